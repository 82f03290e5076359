"""The course's MNIST pipeline as code a learner can copy, and the arithmetic of epochs and steps."""
import math

OPTIMIZERS = ("adam", "sgd", "rmsprop")


def steps_per_epoch(samples, batch_size):
    """Weight updates in one epoch: the last, smaller batch counts too (60000 / 128 → 469)."""
    return math.ceil(samples / batch_size)


def course_pipeline(hidden, epochs, batch_size, optimizer, samples=None):
    """[(step, code)] for load → /255 → to_categorical → Sequential → compile → fit → evaluate."""
    subset = "" if samples is None else f"\nx_train, y_train = x_train[:{samples}], y_train[:{samples}]"
    dense = "".join(f"\n    keras.layers.Dense({units}, activation='relu')," for units in hidden)
    return [
        ("load", "import keras\n\n(x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()" + subset),
        ("scale", "x_train = x_train / 255.0\nx_test = x_test / 255.0"),
        ("one_hot", "y_train = keras.utils.to_categorical(y_train, 10)\ny_test = keras.utils.to_categorical(y_test, 10)"),
        ("model", "model = keras.Sequential([\n    keras.Input((28, 28)),\n    keras.layers.Flatten(),"
                  f"{dense}\n    keras.layers.Dense(10, activation='softmax'),\n])\nmodel.summary()"),
        ("compile", f"model.compile(optimizer='{optimizer}', loss='categorical_crossentropy', metrics=['accuracy'])"),
        ("fit", f"history = model.fit(x_train, y_train, epochs={epochs}, batch_size={batch_size})"),
        ("evaluate", "loss, accuracy = model.evaluate(x_test, y_test)\nprint(accuracy)"),
    ]
