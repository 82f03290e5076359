"""The course's loss functions against the book's printed values and hand-worked sums."""
import math

import numpy as np
import pytest

from nncore.losses import (
    binary_cross_entropy,
    cross_entropy_error,
    keras_mse,
    losses_against_correct_probability,
    mean_squared_error,
)

# Book, ch. 4.2.1-4.2.2: softmax outputs with "2" the most likely, and the same with "7" the most likely
Y_RIGHT = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])
Y_WRONG = np.array([0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0])
T2 = np.eye(10)[2]


def test_mean_squared_error_book_values():
    assert mean_squared_error(Y_RIGHT, T2) == pytest.approx(0.0975, abs=1e-15)
    assert mean_squared_error(Y_WRONG, T2) == pytest.approx(0.5975, abs=1e-15)


def test_keras_mse_is_the_mean_not_half_the_sum():
    # squares: 0.01 + 0.0025 + 0.16 + 0.0025 + 0.01 + 0.01 = 0.195 over 10 outputs
    assert keras_mse(Y_RIGHT, T2) == pytest.approx(0.0195, abs=1e-15)
    batch = np.stack([Y_RIGHT, Y_WRONG])
    assert keras_mse(batch, np.stack([T2, T2])) == pytest.approx((0.0195 + 2 * 0.5975 / 10) / 2, abs=1e-15)


def test_cross_entropy_error_book_values():
    assert cross_entropy_error(Y_RIGHT, T2) == pytest.approx(0.51082545709933802, abs=1e-12)
    assert cross_entropy_error(Y_WRONG, T2) == pytest.approx(2.3025840929945458, abs=1e-12)


def test_cross_entropy_error_takes_labels_and_averages_the_batch():
    assert cross_entropy_error(Y_RIGHT, 2) == pytest.approx(-math.log(0.6 + 1e-7), abs=1e-15)
    batch = np.stack([Y_RIGHT, Y_WRONG])
    mean = (-math.log(0.6 + 1e-7) - math.log(0.1 + 1e-7)) / 2
    assert cross_entropy_error(batch, np.array([2, 2])) == pytest.approx(mean, abs=1e-15)
    assert cross_entropy_error(batch, np.stack([T2, T2])) == pytest.approx(mean, abs=1e-15)


def test_the_delta_keeps_log_zero_finite():
    y = np.array([0.0, 1.0])
    assert cross_entropy_error(y, 0) == pytest.approx(-math.log(1e-7), abs=1e-12)  # 16.118...
    with np.errstate(divide="ignore"):
        assert cross_entropy_error(y, 0, delta=0) == math.inf


def test_binary_cross_entropy_by_hand():
    assert binary_cross_entropy(np.array([0.8]), np.array([1])) == pytest.approx(-math.log(0.8000001), abs=1e-15)
    y, t = np.array([[0.8], [0.4]]), np.array([[1], [0]])
    expected = (-math.log(0.8000001) - math.log(0.6000001)) / 2
    assert binary_cross_entropy(y, t) == pytest.approx(expected, abs=1e-15)


def test_loss_curves_pass_through_the_current_prediction():
    p = np.array([0.6, 0.1, 1.0])
    mse, cee = losses_against_correct_probability(Y_RIGHT, 2, p)
    assert mse[0] == pytest.approx(0.0975, abs=1e-12)  # the others keep Y_RIGHT's shares: Y_RIGHT itself
    assert mse[2] == pytest.approx(0.0, abs=1e-15) and cee[2] == pytest.approx(-math.log(1 + 1e-7))
    np.testing.assert_allclose(cee, -np.log(p + 1e-7), rtol=1e-15)
    # all the mass on the correct class but nothing elsewhere: the rest is shared evenly
    mse_even, _ = losses_against_correct_probability(T2, 2, np.array([0.1]))
    assert mse_even[0] == pytest.approx(0.5 * (0.9 ** 2 + 9 * 0.1 ** 2), abs=1e-12)
