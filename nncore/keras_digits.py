"""The course's Keras models for MNIST, and the bridge to nncore's NumPy parameter dicts.

This module imports Keras (and so TensorFlow, about 5 s) when it is imported:
import it only inside the code paths that need Keras.
"""
import keras
import numpy as np

from nncore.digits import dense_count

INPUT_SHAPE = (28, 28)
CLASSES = 10


def build_mlp(hidden=(100,), optimizer="adam"):
    """The course's network: Flatten → Dense(100, relu) → Dense(10, softmax), compiled as in the lecture."""
    layers = [keras.Input(INPUT_SHAPE), keras.layers.Flatten()]
    layers += [keras.layers.Dense(units, activation="relu") for units in hidden]
    layers.append(keras.layers.Dense(CLASSES, activation="softmax"))
    model = keras.Sequential(layers)
    model.compile(optimizer=optimizer, loss="categorical_crossentropy", metrics=["accuracy"])
    return model


def build_cnn(filters=(32, 64), dropout=0.4):
    """A small convolutional net: [Conv2D 3×3 relu → MaxPool 2×2] × 2 → Flatten → Dense(10, softmax)."""
    layers = [keras.Input(INPUT_SHAPE), keras.layers.Reshape(INPUT_SHAPE + (1,))]
    for count in filters:
        layers += [keras.layers.Conv2D(count, 3, activation="relu"), keras.layers.MaxPooling2D(2)]
    layers += [keras.layers.Flatten(), keras.layers.Dropout(dropout), keras.layers.Dense(CLASSES, activation="softmax")]
    model = keras.Sequential(layers)
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    return model


def to_params(model):
    """The model's weights as nncore's dict: C1, c1, ... for convolutions, W1, b1, ... for Dense layers."""
    params = {}
    for layer in model.layers:
        if isinstance(layer, keras.layers.Conv2D):
            i = sum(1 for name in params if name.startswith("C")) + 1
            params[f"C{i}"], params[f"c{i}"] = (np.asarray(w, dtype=np.float32) for w in layer.get_weights())
        elif isinstance(layer, keras.layers.Dense):
            i = dense_count(params) + 1
            params[f"W{i}"], params[f"b{i}"] = (np.asarray(w, dtype=np.float32) for w in layer.get_weights())
    return params


def from_params(params):
    """A Keras model holding exactly these parameters (the inverse of to_params)."""
    if "C1" in params:
        filters = tuple(params[f"C{i}"].shape[-1] for i in range(1, sum(k.startswith("C") for k in params) + 1))
        model = build_cnn(filters)
    else:
        model = build_mlp(tuple(params[f"b{i}"].size for i in range(1, dense_count(params))))
    conv_i = dense_i = 0
    for layer in model.layers:
        if isinstance(layer, keras.layers.Conv2D):
            conv_i += 1
            layer.set_weights([params[f"C{conv_i}"], params[f"c{conv_i}"]])
        elif isinstance(layer, keras.layers.Dense):
            dense_i += 1
            layer.set_weights([params[f"W{dense_i}"], params[f"b{dense_i}"]])
    return model


def one_hot(labels):
    return keras.utils.to_categorical(labels, CLASSES)


class EpochReport(keras.callbacks.Callback):
    """Calls report(epoch, logs) after every epoch, so a page can draw progress while fit() runs."""

    def __init__(self, report):
        super().__init__()
        self.report = report

    def on_epoch_end(self, epoch, logs=None):
        self.report(epoch + 1, dict(logs or {}))


def train_mlp(data, hidden, epochs, batch_size, optimizer, report=None, seed=0):
    """The course's pipeline on data = (x_train, y_train, x_test, y_test) of uint8;
    returns (model, history, test accuracy).

    report(epoch, logs) is called after every epoch with loss, accuracy, val_loss and val_accuracy.
    """
    x_train, y_train, x_test, y_test = data
    x_train, x_test = x_train / np.float32(255), x_test / np.float32(255)
    keras.utils.set_random_seed(seed)  # the same settings train the same model, in class and at home
    model = build_mlp(tuple(hidden), optimizer)
    callbacks = [EpochReport(report)] if report else []
    history = model.fit(x_train, one_hot(y_train), epochs=epochs, batch_size=batch_size, verbose=0,
                        validation_data=(x_test, one_hot(y_test)), callbacks=callbacks)
    _, test_accuracy = model.evaluate(x_test, one_hot(y_test), verbose=0)
    return model, history.history, float(test_accuracy)
