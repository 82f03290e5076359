"""Activation functions against the book's printed values and central differences."""
import numpy as np
import pytest

from nncore.activations import (
    ACTIVATIONS,
    relu,
    relu_grad,
    sigmoid,
    sigmoid_grad,
    step_function,
    step_function_grad,
    tanh,
    tanh_grad,
)


def test_step_function_book_example():
    # Book, ch. 3.2.3: step_function(np.array([-1.0, 1.0, 2.0])) -> [0, 1, 1]
    assert step_function(np.array([-1.0, 1.0, 2.0])).tolist() == [0, 1, 1]


def test_step_function_at_zero_is_zero():
    assert step_function(0) == 0
    assert step_function(np.array([0.0])).tolist() == [0]


def test_sigmoid_book_example():
    # Book, ch. 3.2.4: sigmoid(np.array([-1.0, 1.0, 2.0]))
    np.testing.assert_allclose(
        sigmoid(np.array([-1.0, 1.0, 2.0])), [0.26894142, 0.73105858, 0.88079708], atol=1e-8
    )


def test_sigmoid_extreme_inputs_do_not_overflow():
    with np.errstate(all="raise"):
        values = sigmoid(np.array([-1000.0, 0.0, 1000.0]))
    np.testing.assert_allclose(values, [0.0, 0.5, 1.0], atol=1e-200)


def test_relu_book_example():
    assert relu(np.array([-1.0, 0.0, 2.0])).tolist() == [0.0, 0.0, 2.0]


def test_tanh_known_value():
    # tanh(0.5) = (e - 1) / (e + 1) with e = exp(1)
    e = np.exp(1.0)
    assert tanh(0.5) == pytest.approx((e - 1) / (e + 1), abs=1e-12)


def test_derivative_peaks():
    assert sigmoid_grad(0.0) == pytest.approx(0.25)
    assert tanh_grad(0.0) == pytest.approx(1.0)
    grid = np.linspace(-8, 8, 1601)
    assert sigmoid_grad(grid).max() == pytest.approx(0.25)


def test_kinked_derivatives():
    assert relu_grad(np.array([-2.0, 0.0, 3.0])).tolist() == [0.0, 0.0, 1.0]
    assert step_function_grad(np.array([-2.0, 0.5, 3.0])).tolist() == [0.0, 0.0, 0.0]


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_derivative_matches_central_difference(name):
    f, df = ACTIVATIONS[name]
    # points away from the kinks of step and ReLU at 0
    x = np.array([-3.1, -1.7, -0.4, 0.3, 1.2, 2.9])
    h = 1e-5
    central = (f(x + h) - f(x - h)) / (2 * h)
    np.testing.assert_allclose(df(x), central, atol=1e-7)


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_shapes_are_preserved(name):
    f, df = ACTIVATIONS[name]
    x = np.linspace(-2, 2, 12).reshape(3, 4)
    assert f(x).shape == (3, 4)
    assert df(x).shape == (3, 4)
