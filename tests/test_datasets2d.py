"""Playground's data sets, input features and splits."""
import numpy as np
import pytest

from nncore.datasets2d import DATASETS, feature_matrix, make_dataset, targets_for, train_test_split


@pytest.mark.parametrize("name", DATASETS)
def test_shapes_balance_and_seed(name):
    x, labels = make_dataset(name, 400, noise=0.1, seed=3, classes=4)
    classes = 4 if name == "blobs" else 2
    assert x.shape == (400, 2) and labels.shape == (400,)
    assert set(labels) == set(range(classes))
    assert np.bincount(labels).min() >= 400 / classes * 0.8
    assert np.abs(x).max() < 10
    again, _ = make_dataset(name, 400, noise=0.1, seed=3, classes=4)
    other, _ = make_dataset(name, 400, noise=0.1, seed=4, classes=4)
    assert np.array_equal(x, again) and not np.array_equal(x, other)


def test_xor_and_circle_labels_without_noise():
    x, labels = make_dataset("xor", 200, noise=0.0, seed=0)
    assert np.array_equal(labels, (x[:, 0] * x[:, 1] >= 0).astype(int))
    x, labels = make_dataset("circle", 200, noise=0.0, seed=0)
    assert np.array_equal(labels, (np.hypot(x[:, 0], x[:, 1]) < 2.5).astype(int))


def test_features_by_hand():
    x = np.array([[1.0, 2.0], [-3.0, 0.5]])
    np.testing.assert_allclose(feature_matrix(x, ["x1", "x2"]), x)
    # always in Playground's order, x1², x2², x1·x2, whatever order they were chosen in
    np.testing.assert_allclose(feature_matrix(x, ["x2sq", "x1x2", "x1sq"]), [[1, 4, 2], [9, 0.25, -1.5]])
    np.testing.assert_allclose(feature_matrix(x, ["sinx2"]), [[np.sin(2.0)], [np.sin(0.5)]])


def test_split_and_targets():
    x, labels = make_dataset("gauss", 100, seed=1)
    x_train, y_train, x_test, y_test = train_test_split(x, labels, 0.3, seed=1)
    assert len(x_train) == 30 and len(x_test) == 70
    assert sorted(map(tuple, np.vstack([x_train, x_test]))) == sorted(map(tuple, x))
    assert train_test_split(x, labels, 0.0)[0].shape == (1, 2)  # never an empty side
    np.testing.assert_array_equal(targets_for(np.array([0, 2, 1]), "softmax_ce", 3),
                                  [[1, 0, 0], [0, 0, 1], [0, 1, 0]])
    assert targets_for(np.array([0, 1]), "sigmoid_bce", 2).tolist() == [[0.0], [1.0]]
