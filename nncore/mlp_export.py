"""Taking a network trained on the Playground page elsewhere: its weights as JSON, and equivalent Keras code."""
import json

import numpy as np

# output name -> (Keras activation of the last layer, Keras loss)
KERAS_OUTPUTS = {"sigmoid_bce": ("sigmoid", "binary_crossentropy"), "softmax_ce": ("softmax", "categorical_crossentropy"),
                 "identity_mse": ("linear", "mse")}
KERAS_OPTIMIZERS = {"sgd": "keras.optimizers.SGD(learning_rate={lr})",
                    "momentum": "keras.optimizers.SGD(learning_rate={lr}, momentum=0.9)",
                    "adam": "keras.optimizers.Adam(learning_rate={lr})"}


def layer_sizes(params):
    count = sum(1 for name in params if name.startswith("W"))
    return [params["W1"].shape[0]] + [params[f"W{i}"].shape[1] for i in range(1, count + 1)]


def params_to_json(params, setup):
    """{"setup": ..., "sizes": [...], "params": {"W1": [[...]], ...}} as indented JSON text."""
    return json.dumps({"setup": setup, "sizes": layer_sizes(params),
                       "params": {name: np.asarray(value).tolist() for name, value in params.items()}}, indent=1)


def params_from_json(text):
    return {name: np.array(value) for name, value in json.loads(text)["params"].items()}


def keras_code(sizes, activation, output, optimizer, lr, l2, features):
    """Keras code for the same network, loading the exported weights.json. Our L2 term is l2/2·ΣW², Keras' L2(c)
    adds c·ΣW², hence c = l2/2; and our MSE is half Keras' for one output."""
    keras_activation = "linear" if activation == "linear" else activation
    last_activation, loss = KERAS_OUTPUTS[output]
    regulariser = f", kernel_regularizer=keras.regularizers.L2({l2 / 2:g})" if l2 else ""
    layers = [f"    keras.layers.Dense({units}, activation='{keras_activation}'{regulariser}),"
              for units in sizes[1:-1]]
    layers.append(f"    keras.layers.Dense({sizes[-1]}, activation='{last_activation}'{regulariser}),")
    names = ", ".join(f"'{kind}{i}'" for i in range(1, len(sizes)) for kind in ("W", "b"))
    return "\n".join([
        "import json",
        "",
        "import keras",
        "import numpy as np",
        "",
        f"# inputs, in this order: {', '.join(features)}",
        "model = keras.Sequential([",
        f"    keras.Input(({sizes[0]},)),",
        *layers,
        "])",
        f"model.compile(optimizer={KERAS_OPTIMIZERS[optimizer].format(lr=lr)}, loss='{loss}', metrics=['accuracy'])",
        "",
        "# the weights trained on the Playground page (its 'weights.json' download)",
        "with open('weights.json') as f:",
        "    params = json.load(f)['params']",
        f"model.set_weights([np.array(params[name]) for name in ({names},)])",
    ])
