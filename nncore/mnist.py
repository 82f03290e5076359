"""MNIST, as the course loads it: (x_train, y_train), (x_test, y_test) of uint8.

Sources, in this order:
1. a folder of IDX files (``*-images-idx3-ubyte.gz`` with ``*-labels-idx1-ubyte.gz``),
   given as the argument or in the NNX_MNIST_DIR environment variable: the set
   whose name starts with "train" is the training set, the other one the test set;
2. ``keras.datasets.mnist.load_data()``: its cache in ~/.keras/datasets, or a download.
"""
import gzip
import os
import zlib
from pathlib import Path

import numpy as np

ENV_VAR = "NNX_MNIST_DIR"
IMAGE_MAGIC, LABEL_MAGIC = 2051, 2049


class MnistUnavailable(RuntimeError):
    """No MNIST source worked; the message says what was tried and what to do."""


def read_idx(path):
    """One IDX file (gzip or plain) as a uint8 array: (n, rows, cols) images or (n,) labels."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rb") as f:
            raw = f.read()
    except (EOFError, OSError, zlib.error) as error:  # a truncated or corrupt download
        raise MnistUnavailable(f"{path} is damaged ({type(error).__name__}: {error}). "
                               "Replace it with a fresh copy of the file.") from error
    magic = int.from_bytes(raw[:4], "big")
    if magic == IMAGE_MAGIC:
        n, rows, cols = (int.from_bytes(raw[i:i + 4], "big") for i in (4, 8, 12))
        shape, offset = (n, rows, cols), 16
    elif magic == LABEL_MAGIC:
        shape, offset = (int.from_bytes(raw[4:8], "big"),), 8
    else:
        raise ValueError(f"{path.name}: not an IDX image or label file (magic number {magic})")
    body = np.frombuffer(raw, dtype=np.uint8, offset=offset)
    if body.size != np.prod(shape):
        raise ValueError(f"{path.name}: header says {shape}, file holds {body.size} bytes")
    return body.reshape(shape)


def idx_sets(folder):
    """{prefix: (images path, labels path)} for every complete IDX set in the folder."""
    folder = Path(folder)
    sets = {}
    for images in sorted(folder.glob("*-images-idx3-ubyte*")):
        prefix = images.name.split("-images-idx3-ubyte")[0]
        labels = next(iter(sorted(folder.glob(f"{prefix}-labels-idx1-ubyte*"))), None)
        if labels is not None:
            sets[prefix] = (images, labels)
    return sets


def load_idx_folder(folder):
    sets = idx_sets(folder)
    train = [p for p in sets if p.startswith("train")]
    test = [p for p in sets if not p.startswith("train")]
    if len(train) != 1 or len(test) != 1:
        raise MnistUnavailable(
            f"{folder} should hold one training set (train*-images-idx3-ubyte.gz and its labels) and one test set "
            f"(for example t10k-images-idx3-ubyte.gz and its labels); found: {sorted(sets) or 'none'}")
    result = []
    for prefix in (train[0], test[0]):
        images, labels = (read_idx(p) for p in sets[prefix])
        if len(images) != len(labels):
            raise ValueError(f"{prefix}: {len(images)} images but {len(labels)} labels")
        result.append((images, labels))
    return tuple(result)


def load_mnist(folder=None):
    """(x_train, y_train), (x_test, y_test), uint8; raises MnistUnavailable saying what to do."""
    folder = folder or os.environ.get(ENV_VAR)
    if folder:
        if not Path(folder).is_dir():
            raise MnistUnavailable(f"{folder} is not a folder. Point {ENV_VAR} at the folder of MNIST IDX .gz files.")
        return load_idx_folder(folder)
    try:
        from keras.datasets import mnist  # imports TensorFlow: only when no folder is given
        return mnist.load_data()
    except Exception as error:  # a download failure surfaces as many different exception types
        raise MnistUnavailable(
            f"keras.datasets.mnist.load_data() failed ({type(error).__name__}: {error}). Connect to the internet "
            f"once so Keras can cache mnist.npz, or set {ENV_VAR} to a folder holding the MNIST IDX .gz files."
        ) from error
