"""tf.GradientTape (imported here, as on the page's autodiff part) against hand-worked and NumPy gradients."""
import numpy as np
import pytest

from nncore.gradient import matmul_mean_square_gradient, numerical_gradient
from nncore.simple_net import BOOK_T, BOOK_W, BOOK_X, simple_net_gradient, simpleNet

autodiff = pytest.importorskip("nncore.autodiff")


@pytest.mark.parametrize("x", [0.0, 1.5, -4.0])
def test_linear_function_has_slope_two(x):
    assert autodiff.tape_linear(x) == (2 * x + 3, 2.0)


def test_the_courses_zeros_variable_has_gradient_two_everywhere():
    y, grad = autodiff.tape_linear_matrix()
    np.testing.assert_array_equal(y, np.full((2, 2), 3.0))
    np.testing.assert_array_equal(grad, np.full((2, 2), 2.0))


def test_the_courses_dense_layer_gradient_is_that_of_the_sum_of_y():
    x = [[0.1, 0.2], [0.3, 0.7]]
    W = [[0.5, 0.4], [0.9, 0.6]]
    y, dW, db = autodiff.tape_dense(x, W, [0.0, 0.0])
    np.testing.assert_allclose(y, [[0.23, 0.16], [0.78, 0.54]], atol=1e-12)  # worked by hand
    # d(sum of y)/dW[i, j] = x[0, i] + x[1, i]; d(sum of y)/db[j] = 2 rows
    np.testing.assert_allclose(dW, [[0.4, 0.4], [0.9, 0.9]], atol=1e-12)
    np.testing.assert_array_equal(db, [2.0, 2.0])


def test_sum_then_square_of_a_watched_constant():
    z, dz_dx = autodiff.tape_sum_squared()
    assert z == 16.0  # (1 + 1 + 1 + 1)²
    np.testing.assert_array_equal(dz_dx, np.full((2, 2), 8.0))  # dz/dx = 2y = 8 for every element


def test_matmul_gradients_match_the_hand_worked_ones():
    x, w, b = [[1.0, 2.0, 3.0]], [[0.1, -0.2], [0.3, 0.0], [-0.5, 0.4]], [0.0, 0.5]
    loss, dw, db = autodiff.tape_matmul(x, w, b)
    expected_loss, expected_dw, expected_db = matmul_mean_square_gradient(x, w, b)
    # y = x·w + b = (-0.8, 1.5): mean(y²) = (0.64 + 2.25) / 2, dloss/dy = y
    assert loss == pytest.approx(1.445, abs=1e-12) and expected_loss == pytest.approx(1.445, abs=1e-12)
    np.testing.assert_allclose(dw, expected_dw, atol=1e-12)
    np.testing.assert_allclose(db, [-0.8, 1.5], atol=1e-12)
    np.testing.assert_allclose(expected_db, [-0.8, 1.5], atol=1e-12)


def test_simple_net_gradient_three_ways():
    tape = autodiff.tape_simple_net_gradient(BOOK_W, BOOK_X, BOOK_T)
    net = simpleNet(BOOK_W)
    numeric = numerical_gradient(lambda w: net.loss(BOOK_X, BOOK_T), net.W)
    np.testing.assert_allclose(tape, numeric, atol=1e-6)
    np.testing.assert_allclose(tape, simple_net_gradient(BOOK_W, BOOK_X, BOOK_T), atol=1e-6)
