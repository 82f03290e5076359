"""Keras code a learner can copy and run: the course's MNIST pipeline, the Playground's network loading
its exported weights, and the CSV page's experiment. Each function returns the code as text."""

MNIST_OPTIMIZERS = ("adam", "sgd", "rmsprop")
# output name -> (Keras activation of the last layer, Keras loss)
KERAS_OUTPUTS = {"sigmoid_bce": ("sigmoid", "binary_crossentropy"),
                 "softmax_ce": ("softmax", "categorical_crossentropy"), "identity_mse": ("linear", "mse")}
KERAS_OPTIMIZERS = {"sgd": "keras.optimizers.SGD(learning_rate={lr})",
                    "momentum": "keras.optimizers.SGD(learning_rate={lr}, momentum=0.9)",
                    "adam": "keras.optimizers.Adam(learning_rate={lr})"}



def course_pipeline(hidden, epochs, batch_size, optimizer, samples=None):
    """[(step, code)] for load → /255 → to_categorical → Sequential → compile → fit → evaluate."""
    subset = "" if samples is None else f"\nx_train, y_train = x_train[:{samples}], y_train[:{samples}]"
    dense = "".join(f"\n    keras.layers.Dense({units}, activation='relu')," for units in hidden)
    return [
        ("load", "import keras\n\n(x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()" + subset),
        ("scale", "x_train = x_train / 255.0\nx_test = x_test / 255.0"),
        ("one_hot", "y_train = keras.utils.to_categorical(y_train, 10)\n"
                    "y_test = keras.utils.to_categorical(y_test, 10)"),
        ("model", "model = keras.Sequential([\n    keras.Input((28, 28)),\n    keras.layers.Flatten(),"
                  f"{dense}\n    keras.layers.Dense(10, activation='softmax'),\n])\nmodel.summary()"),
        ("compile", f"model.compile(optimizer='{optimizer}', loss='categorical_crossentropy', metrics=['accuracy'])"),
        ("fit", f"history = model.fit(x_train, y_train, epochs={epochs}, batch_size={batch_size})"),
        ("evaluate", "loss, accuracy = model.evaluate(x_test, y_test)\nprint(accuracy)"),
    ]


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


TABLE_OPTIMIZERS = {"sgd": "SGD(learning_rate={lr:g})", "momentum": "SGD(learning_rate={lr:g}, momentum=0.9)",
                    "adam": "Adam(learning_rate={lr:g})"}


def keras_equivalent(inputs, target, n_train, *, scaling, hidden, batch_size, epochs, lr, scale_target, shuffle,
                     optimizer="adam", split_seed=0, file_name="data.csv", encoding="utf-8", separator=",", header=True,
                     drop_missing=False):
    """The same experiment written with Keras, as the course writes it, for learners to run themselves.

    The file is read as ui.csv_table read it (encoding, separator; without a header pandas
    numbers the columns from 0, where csv_table named them col1, col2, ...)."""
    def column(name):
        return name if header else int(name[3:]) - 1

    options = "".join([f", encoding={encoding!r}" if encoding != "utf-8" else "",
                       f", sep={separator!r}" if separator != "," else "", ", decimal=','" if separator == ";" else "",
                       "" if header else ", header=None"])
    lines = ["import keras", "import numpy as np", "import pandas as pd", "",
             f"data = pd.read_csv({file_name!r}{options})" + (".dropna()" if drop_missing else ""),
             f"x = data[{[column(name) for name in inputs]!r}].to_numpy()",
             f"y = data[{column(target)!r}].to_numpy()"]
    if shuffle:
        lines += [f"order = np.random.default_rng({split_seed}).permutation(len(x))", "x, y = x[order], y[order]"]
    lines += [f"x_train, x_test = x[:{n_train}], x[{n_train}:]", f"y_train, y_test = y[:{n_train}], y[{n_train}:]"]
    if scaling == "minmax":
        lines += ["low, high = x_train.min(axis=0), x_train.max(axis=0)  # training rows only",
                  "x_train, x_test = (x_train - low) / (high - low), (x_test - low) / (high - low)"]
    elif scaling == "standard":
        lines += ["mean, std = x_train.mean(axis=0), x_train.std(axis=0)  # training rows only",
                  "x_train, x_test = (x_train - mean) / std, (x_test - mean) / std"]
    if scale_target:
        lines += ["y_mean, y_std = y_train.mean(), y_train.std()",
                  "y_train_scaled, y_test_scaled = (y_train - y_mean) / y_std, (y_test - y_mean) / y_std"]
    fit_y = ("y_train_scaled", "y_test_scaled") if scale_target else ("y_train", "y_test")
    lines += ["", "model = keras.Sequential([",
              f"    keras.Input(({len(inputs)},)),",
              f"    keras.layers.Dense({hidden}, activation='relu'),",
              "    keras.layers.Dense(1),", "])",
              f"model.compile(optimizer=keras.optimizers.{TABLE_OPTIMIZERS[optimizer].format(lr=lr)}, loss='mse')",
              f"history = model.fit(x_train, {fit_y[0]}, batch_size={batch_size}, epochs={epochs},",
              f"                    validation_data=(x_test, {fit_y[1]}))", ""]
    if scale_target:
        lines += ["pred = model.predict(x_test).ravel() * y_std + y_mean  # back in y's units"]
    else:
        lines += ["pred = model.predict(x_test).ravel()"]
    lines += ["print('test MSE', np.mean((pred - y_test) ** 2))", "print('r', np.corrcoef(pred, y_test)[0, 1])"]
    return "\n".join(lines)
