"""The MNIST loader: IDX files (gzip or not) in a folder, the environment variable, and its errors."""
import gzip
import sys
import types

import numpy as np
import pytest

from nncore.mnist import ENV_VAR, MnistUnavailable, load_mnist, read_idx


def write_idx(path, array):
    """An IDX file as the MNIST README describes it: magic, counts, then one byte per value."""
    header = (2051 if array.ndim == 3 else 2049).to_bytes(4, "big")
    header += b"".join(n.to_bytes(4, "big") for n in array.shape)
    raw = header + array.astype(np.uint8).tobytes()
    if path.suffix == ".gz":
        raw = gzip.compress(raw)
    path.write_bytes(raw)


@pytest.fixture
def tiny_folder(tmp_path):
    rng = np.random.default_rng(1)
    for prefix, n in (("train", 6), ("t10k", 4)):
        write_idx(tmp_path / f"{prefix}-images-idx3-ubyte.gz", rng.integers(0, 256, (n, 28, 28)))
        write_idx(tmp_path / f"{prefix}-labels-idx1-ubyte.gz", np.arange(n) % 10)
    return tmp_path


def test_reads_the_official_file_names(tiny_folder):
    (x_train, y_train), (x_test, y_test) = load_mnist(tiny_folder)
    assert x_train.shape == (6, 28, 28) and x_test.shape == (4, 28, 28)
    assert x_train.dtype == y_train.dtype == np.uint8
    assert y_train.tolist() == [0, 1, 2, 3, 4, 5] and y_test.tolist() == [0, 1, 2, 3]


def test_reads_uncompressed_files(tmp_path):
    images = np.arange(2 * 28 * 28).reshape(2, 28, 28) % 256
    write_idx(tmp_path / "x-images-idx3-ubyte", images)
    assert np.array_equal(read_idx(tmp_path / "x-images-idx3-ubyte"), images)


def test_reads_the_shared_digits(mnist_folder):
    (x_train, y_train), (x_test, y_test) = load_mnist(mnist_folder)
    # the shared README: 10,000 training and 5,000 test digits, bytes 0-255
    assert x_train.shape == (10000, 28, 28) and y_train.shape == (10000,)
    assert x_test.shape == (5000, 28, 28) and y_test.shape == (5000,)
    assert x_train.dtype == x_test.dtype == np.uint8
    assert set(np.unique(y_train)) == set(range(10)) == set(np.unique(y_test))
    assert x_train.max() == 255 and x_train.min() == 0


def test_environment_variable_names_the_folder(tiny_folder, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tiny_folder))
    (x_train, _), _ = load_mnist()
    assert len(x_train) == 6


def test_missing_folder_says_what_to_do(tmp_path):
    with pytest.raises(MnistUnavailable, match=ENV_VAR):
        load_mnist(tmp_path / "nowhere")


def test_folder_without_both_sets_is_explained(tiny_folder):
    for path in tiny_folder.glob("t10k-*"):
        path.unlink()
    with pytest.raises(MnistUnavailable, match="test set"):
        load_mnist(tiny_folder)


def test_not_an_idx_file(tmp_path):
    (tmp_path / "a-images-idx3-ubyte").write_bytes(b"\x00\x00\x00\x07" + bytes(20))
    with pytest.raises(ValueError, match="not an IDX"):
        read_idx(tmp_path / "a-images-idx3-ubyte")


def test_truncated_idx_file(tmp_path):
    path = tmp_path / "a-images-idx3-ubyte"
    write_idx(path, np.zeros((3, 28, 28)))
    path.write_bytes(path.read_bytes()[:-10])
    with pytest.raises(ValueError, match="header says"):
        read_idx(path)


def test_keras_failure_becomes_advice(monkeypatch):
    """Without a folder, Keras is asked; when its download fails the error says what to do."""
    def offline():
        raise OSError("URL fetch failure: Name or service not known")

    fake_datasets = types.ModuleType("keras.datasets")
    fake_datasets.mnist = types.SimpleNamespace(load_data=offline)
    monkeypatch.setitem(sys.modules, "keras", types.ModuleType("keras"))
    monkeypatch.setitem(sys.modules, "keras.datasets", fake_datasets)
    monkeypatch.delenv(ENV_VAR, raising=False)
    with pytest.raises(MnistUnavailable, match=f"internet.*{ENV_VAR}"):
        load_mnist()
