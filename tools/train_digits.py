"""Train the digit models the app ships (nncore/weights/mlp.npz and cnn.npz), reproducibly.

    python -m tools.train_digits --data ../shared/data/mnist

Each epoch sees a freshly varied copy of the training digits (nncore.digit_augment:
shifts, rotations, scales, stroke thickness) drawn from a fixed seed, so that digits
drawn with a mouse are recognised, not only MNIST's own. With --all the test digits
are added to the training set (the figures in bench/ need weights trained without them).
"""
import argparse
import json
import time

import numpy as np

from nncore.digit_augment import augment
from nncore.digits import WEIGHTS_DIR, classify
from nncore.mnist import load_mnist

RECIPES = {
    "mlp": {"epochs": 40, "batch_size": 100},
    "cnn": {"epochs": 40, "batch_size": 100},
}


def train(name, x_train, y_train, seed, epochs, batch_size, log):
    import keras
    import tensorflow as tf

    from nncore import keras_digits

    keras.utils.set_random_seed(seed)
    tf.config.experimental.enable_op_determinism()  # same seed, same weights, on any run
    model = keras_digits.build_mlp() if name == "mlp" else keras_digits.build_cnn()
    rng = np.random.default_rng(seed)
    targets = keras_digits.one_hot(y_train)
    for epoch in range(1, epochs + 1):
        # the last epoch sees the digits as they are, the others varied copies
        x = x_train if epoch == epochs else augment(x_train, rng)
        history = model.fit(x, targets, epochs=1, batch_size=batch_size, shuffle=True, verbose=0)
        log(f"{name} epoch {epoch}/{epochs}: loss {history.history['loss'][0]:.4f}, "
            f"accuracy {history.history['accuracy'][0]:.4f}")
    return keras_digits.to_params(model)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", help="folder of MNIST IDX .gz files (default: NNX_MNIST_DIR, then Keras)")
    parser.add_argument("--models", nargs="+", default=list(RECIPES), choices=list(RECIPES))
    parser.add_argument("--all", action="store_true", help="train on the test digits too")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default=str(WEIGHTS_DIR))
    args = parser.parse_args()

    (x_train, y_train), (x_test, y_test) = load_mnist(args.data)
    x_train, x_test = x_train / np.float32(255), x_test / np.float32(255)
    if args.all:
        x_train, y_train = np.concatenate([x_train, x_test]), np.concatenate([y_train, y_test])
    for name in args.models:
        started = time.perf_counter()
        params = train(name, x_train, y_train, args.seed, log=print, **RECIPES[name])
        accuracy = float((classify(x_test, params).argmax(axis=1) == y_test).mean())
        info = {"model": name, "train_digits": int(len(x_train)), "test_digits": int(len(x_test)),
                "test_accuracy": accuracy, "trained_on_test": args.all, "seed": args.seed, **RECIPES[name],
                "seconds": round(time.perf_counter() - started, 1)}
        np.savez_compressed(f"{args.out}/{name}.npz", **params)
        with open(f"{args.out}/{name}.json", "w") as f:
            json.dump(info, f, indent=2)
        print(json.dumps(info))


if __name__ == "__main__":
    main()
