"""The course's three small Keras recipes: softmax on one sample, two hidden ReLU layers, and a 13-input regression.

This module imports Keras (and so TensorFlow, about 5 s) when it is imported:
import it only inside the code paths that need Keras.
"""
import keras
import numpy as np

from nncore.regression_data import cached_boston_path, make_housing_like
from nncore.scaling import fit_scaler

# (a) one sample through a softmax layer, (b) one sample through two hidden ReLU layers
SOFTMAX_X, SOFTMAX_Y = np.array([[0.6, 0.9]]), np.array([[0.0, 0.0, 1.0]])
HIDDEN_X, HIDDEN_Y = np.array([[0.7, 0.2]]), np.array([[0.0, 1.0]])


def build_softmax_model(learning_rate=0.001):
    model = keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(3, activation="softmax"),
    ])
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate),
        loss="categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


def build_hidden_model(learning_rate=0.001):
    model = keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(3, activation="relu"),
        keras.layers.Dense(3, activation="relu"),
        keras.layers.Dense(2, activation="softmax"),
    ])
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate),
        loss="categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


def build_regression_model(learning_rate=0.001):
    model = keras.Sequential([
        keras.Input(shape=(13,)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(1),
    ])
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate),
        loss="mse",
        metrics=["mae"],
    )
    return model


RECIPES = {"softmax": (build_softmax_model, SOFTMAX_X, SOFTMAX_Y),
           "hidden": (build_hidden_model, HIDDEN_X, HIDDEN_Y)}


def summary_text(model):
    """What model.summary() prints, as one string."""
    lines = []
    model.summary(print_fn=lambda line, line_break=True: lines.append(line), line_length=50)
    return "\n".join(lines)


def dense_weights(model):
    """[(W, b), ...] of the Dense layers, as NumPy arrays."""
    return [tuple(np.array(w) for w in layer.get_weights()) for layer in model.layers
            if isinstance(layer, keras.layers.Dense)]


def plain_history(history):
    """Keras' History as {name: [float per epoch]}."""
    return {name: [float(v) for v in values] for name, values in history.history.items()}


def diverged_at(history):
    """The first epoch (1-based) whose loss is not finite, or None."""
    bad = [i for i, value in enumerate(history["loss"], start=1) if not np.isfinite(value)]
    return bad[0] if bad else None


def train_recipe(recipe, epochs, learning_rate=0.001, seed=0):
    """Recipe (a) "softmax" or (b) "hidden": fit the one sample for `epochs` epochs from seeded initial weights.

    Returns NumPy only: summary, history, weights and predictions before and after training."""
    build, x, y = RECIPES[recipe]
    keras.utils.set_random_seed(seed)  # the same settings train the same model, in class and at home
    model = build(learning_rate)
    summary = summary_text(model)  # before fit, as in the course: after it, the optimizer's variables count too
    weights_before, before = dense_weights(model), np.array(model.predict(x, verbose=0))
    history = model.fit(x, y, epochs=epochs, verbose=0, callbacks=[keras.callbacks.TerminateOnNaN()])
    history = plain_history(history)
    return {"summary": summary, "params": model.count_params(), "history": history,
            "diverged_at": diverged_at(history), "weights_before": weights_before, "weights": dense_weights(model),
            "before": before[0], "after": np.array(model.predict(x, verbose=0))[0], "target": y[0]}


def relu_activations(weights, x):
    """The hidden layers' outputs for x, layer by layer ([h1, h2, ...]), computed in NumPy from the weights."""
    outputs, h = [], np.asarray(x, dtype=float)
    for w, b in weights[:-1]:
        h = np.maximum(h @ w + b, 0.0)
        outputs.append(h)
    return outputs


COURSE_SPLIT_SEED = 777  # the course's load_data(seed=777); Keras' default is 113


def load_regression_data(seed=0):
    """(data, source): Keras' Boston housing split as the course splits it, when a verified copy is cached
    ("boston"), else the generated stand-in of the same shape ("generated"). load_data() never runs without
    the file: it would download."""
    if cached_boston_path() is not None:
        return keras.datasets.boston_housing.load_data(seed=COURSE_SPLIT_SEED), "boston"
    return make_housing_like(seed), "generated"


def regression_scores(predictions, targets):
    """Test mse, mae and the correlation of predictions with targets (NaN when the predictions are constant)."""
    predictions, targets = np.asarray(predictions, dtype=float).ravel(), np.asarray(targets, dtype=float).ravel()
    error = predictions - targets
    finite = np.all(np.isfinite(predictions))
    spread = finite and predictions.std() > 1e-9
    return {"mse": float(np.mean(error ** 2)) if finite else float("nan"),
            "mae": float(np.mean(np.abs(error))) if finite else float("nan"),
            "corr": float(np.corrcoef(predictions, targets)[0, 1]) if spread else float("nan")}


def train_regression(data, scaling, epochs, batch_size=32, learning_rate=0.001, seed=0, report=None):
    """Recipe (c) on inputs scaled one way (SCALINGS), the scaler fitted on the training rows only.

    report(epoch) is called after every epoch. The test rows are scored once, at the end: Keras'
    validation_data would evaluate them after every epoch and more than double the time."""
    (x_train, y_train), (x_test, y_test) = data
    scale = fit_scaler(x_train, scaling)
    keras.utils.set_random_seed(seed)  # every scaling starts from the same initial weights
    model = build_regression_model(learning_rate)
    summary = summary_text(model)
    callbacks = [keras.callbacks.TerminateOnNaN()]
    if report:
        callbacks.append(keras.callbacks.LambdaCallback(on_epoch_end=lambda epoch, logs: report(epoch + 1)))
    history = model.fit(scale(x_train), y_train, epochs=epochs, batch_size=batch_size, verbose=0, callbacks=callbacks)
    history = plain_history(history)
    predictions = np.array(model.predict(scale(x_test), verbose=0)).ravel()
    return {"scaling": scaling, "summary": summary, "params": model.count_params(), "history": history,
            "diverged_at": diverged_at(history), "predictions": predictions, "targets": np.asarray(y_test, dtype=float),
            **regression_scores(predictions, y_test)}


def compare_scalings(data, scalings, epochs, batch_size=32, learning_rate=0.001, seed=0, report=None):
    """train_regression for each scaling, all from the same seed; report(i, scaling, epoch) after every epoch."""
    results = []
    for i, scaling in enumerate(scalings):
        each_epoch = (lambda epoch, i=i, scaling=scaling: report(i, scaling, epoch)) if report else None
        results.append(train_regression(data, scaling, epochs, batch_size, learning_rate, seed, each_epoch))
    return results
