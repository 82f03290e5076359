"""Numerical differentiation and gradient descent against the book (ch. 4.3-4.4) and exact derivatives."""
import numpy as np
import pytest

from nncore.example_functions import FUNCTIONS_1D, function_1, function_2, function_2_gradient
from nncore.gradient import (
    difference_errors,
    forward_diff,
    gradient_descent,
    matmul_mean_square_gradient,
    numerical_diff,
    numerical_gradient,
    tangent_line,
)


def test_numerical_diff_book_values():
    assert numerical_diff(function_1, 5) == pytest.approx(0.1999999999990898, abs=1e-13)
    assert numerical_diff(function_1, 10) == pytest.approx(0.2999999999986347, abs=1e-13)


def test_partial_derivatives_book_values():
    assert numerical_diff(lambda x0: x0 * x0 + 4.0 ** 2.0, 3.0) == pytest.approx(6.00000000000378, abs=1e-12)
    assert numerical_diff(lambda x1: 3.0 ** 2.0 + x1 * x1, 4.0) == pytest.approx(7.999999999999119, abs=1e-12)


def test_too_small_a_step_loses_everything_to_rounding():
    assert 5.0 + 1e-50 == 5.0
    assert forward_diff(function_1, 5.0, h=1e-50) == 0.0
    assert np.float32(1e-50) == 0.0  # the book's example


def test_error_orders_forward_h_central_h_squared():
    square, cube = FUNCTIONS_1D["square"], FUNCTIONS_1D["cube"]
    hs = np.array([1e-1, 1e-2])
    forward, _ = difference_errors(*square[:2], 3.0, hs)
    np.testing.assert_allclose(forward, hs, rtol=1e-6)  # ((x + h)² - x²) / h - 2x = h
    _, central = difference_errors(*cube[:2], 1.0, hs)
    np.testing.assert_allclose(central, hs ** 2, rtol=1e-6)  # ((x + h)³ - (x - h)³) / 2h - 3x² = h²


@pytest.mark.parametrize("name", list(FUNCTIONS_1D))
def test_every_listed_derivative_matches_the_central_difference(name):
    f, df, _ = FUNCTIONS_1D[name]
    for x in (-2.0, 0.5, 3.0):
        assert numerical_diff(f, x) == pytest.approx(df(x), rel=1e-7, abs=1e-9)


def test_tangent_line_touches_the_curve_with_the_derivative_as_slope():
    line = tangent_line(function_1, 5.0)
    assert line(5.0) == pytest.approx(0.75, abs=1e-12)  # 0.01·25 + 0.5
    assert line(6.0) - line(5.0) == pytest.approx(0.2, abs=1e-9)


def test_function_2_gradient_book_values():
    for point, expected in [([3.0, 4.0], [6.0, 8.0]), ([0.0, 2.0], [0.0, 4.0]), ([3.0, 0.0], [6.0, 0.0])]:
        np.testing.assert_allclose(numerical_gradient(function_2, np.array(point)), expected, atol=1e-6)
        np.testing.assert_allclose(function_2_gradient(point), expected)


def test_gradient_descent_book_values_and_path():
    init_x = np.array([-3.0, 4.0])
    x, path = gradient_descent(function_2, init_x, lr=0.1, step_num=100)
    np.testing.assert_array_equal(init_x, [-3.0, 4.0])  # untouched
    # each step multiplies x by 1 - 2·lr = 0.8: after 100 steps 0.8**100 · (-3, 4) = (-6.11e-10, 8.15e-10)
    np.testing.assert_allclose(x, 0.8 ** 100 * init_x, rtol=1e-5)
    np.testing.assert_allclose(x, [-6.11110793e-10, 8.14814391e-10], rtol=1e-5)  # as the book prints
    assert path.shape == (101, 2)
    np.testing.assert_array_equal(path[0], init_x)
    np.testing.assert_allclose(path[1], [-2.4, 3.2], atol=1e-9)
    np.testing.assert_array_equal(path[-1], x)


@pytest.mark.parametrize("lr, expected", [(10.0, [-2.58983747e13, -1.29524862e12]), (1e-10, [-2.99999994, 3.99999992])])
def test_gradient_descent_with_a_bad_learning_rate_book_values(lr, expected):
    x, _ = gradient_descent(function_2, np.array([-3.0, 4.0]), lr=lr, step_num=100)
    np.testing.assert_allclose(x, expected, rtol=1e-6)


def test_matmul_mean_square_gradient_against_numerical_gradient():
    rng = np.random.default_rng(0)
    x, w, b = rng.normal(size=(4, 3)), rng.normal(size=(3, 2)), rng.normal(size=2)
    loss, dw, db = matmul_mean_square_gradient(x, w, b)
    assert loss == pytest.approx(np.mean((x @ w + b) ** 2), abs=1e-15)
    np.testing.assert_allclose(dw, numerical_gradient(lambda v: matmul_mean_square_gradient(x, v, b)[0], w), atol=1e-7)
    np.testing.assert_allclose(db, numerical_gradient(lambda v: matmul_mean_square_gradient(x, w, v)[0], b), atol=1e-7)


@pytest.mark.parametrize("name", ["sin", "exp"])
def test_the_central_error_bottoms_out_near_h_1e_6_and_1e_4_is_just_above(name):
    # truncation h²·|f'''|/6 meets rounding ε·|f|/h where h³ ≈ 3ε ≈ 7e-16: h ≈ 1e-5 to 1e-6
    f, exact, _ = FUNCTIONS_1D[name]
    hs = np.logspace(-16, 0, 33)  # the page's error plot
    errors = np.array([abs(numerical_diff(f, 1.0, h) - exact(1.0)) for h in hs])
    assert 1e-7 <= hs[np.argmin(errors)] <= 1e-5
    assert errors.min() < 1e-10
    assert 1e-10 < errors[hs == 1e-4][0] < 1e-8  # eˣ: e·1e-8/6 ≈ 4.5e-9; sin: cos 1·1e-8/6 ≈ 9e-10


def test_on_a_quadratic_the_central_difference_only_rounds():
    # (f(x+h) − f(x−h)) / 2h of a x² + b x is exactly 2a x + b: what is left is rounding, smaller for a larger h
    f, exact, _ = FUNCTIONS_1D["book"]
    errors = [abs(numerical_diff(f, 5.0, h) - exact(5.0)) for h in (1e-1, 1e-4, 1e-8)]
    assert errors[0] < errors[1] < errors[2]
