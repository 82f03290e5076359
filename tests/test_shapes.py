"""Shapes, parameter counts and the book's 3-layer network (ch. 3.4.3)."""
import numpy as np
import pytest

from nncore.activations import sigmoid
from nncore.network import book_network, forward_steps
from nncore.number_list import NumberListError, parse_whole_numbers
from nncore.shapes import count_parameters, layer_shapes, matmul_error, reshape_or_error, tensor_examples


def test_count_parameters():
    assert count_parameters([3, 4, 5, 1]) == (37, 10)  # 12 + 20 + 5 weights, 4 + 5 + 1 biases: 47
    assert count_parameters([784, 50, 100, 10]) == (39200 + 5000 + 1000, 160)  # the book's MNIST network
    assert count_parameters([2, 1]) == (2, 1)  # one perceptron


def test_layer_shapes():
    assert layer_shapes(4, 2, 3) == {"X": (4, 2), "W": (2, 3), "B": (3,), "Y": (4, 3)}
    x, w, b = np.ones((4, 2)), np.ones((2, 3)), np.arange(3.0)
    assert (np.dot(x, w) + b).shape == layer_shapes(4, 2, 3)["Y"]


def test_matmul_error_is_numpys_own_message():
    assert matmul_error((4, 2), (2, 3)) is None
    message = matmul_error((4, 2), (3, 3))
    assert "not aligned" in message and "2 (dim 1) != 3 (dim 0)" in message


def test_reshape_with_minus_one_and_its_error():
    result, error = reshape_or_error(np.arange(12), (3, -1))
    assert error is None and result.shape == (3, 4)
    result, error = reshape_or_error(np.arange(12), (5, -1))
    assert result is None and "cannot reshape array of size 12" in error


def test_tensor_ranks():
    assert [(a.ndim, a.shape) for a in tensor_examples().values()] == [(0, ()), (1, (3,)), (2, (3, 2)), (3, (2, 3, 4))]


def test_book_network_step_by_step():
    steps = dict(forward_steps(book_network(), np.array([1.0, 0.5]), sigmoid))
    assert list(steps) == ["x", "a1", "z1", "a2", "z2", "a3", "y"]
    np.testing.assert_allclose(steps["a1"], [0.3, 0.7, 1.1], atol=1e-12)  # book: A1
    np.testing.assert_allclose(steps["z1"], [0.57444252, 0.66818777, 0.75026011], atol=1e-8)  # book: Z1
    np.testing.assert_allclose(steps["y"], [0.31682708, 0.69627909], atol=1e-8)  # book: y


@pytest.mark.parametrize("text, code", [("3, 4.5", "not_whole"), ("3, 0", "out_of_range"), ("3, x", "not_a_number"),
                                        ("", "empty"), ("3", "too_few")])
def test_parse_whole_numbers_refuses(text, code):
    with pytest.raises(NumberListError) as caught:
        parse_whole_numbers(text, 1, 100, min_count=2)
    assert caught.value.code == code


def test_parse_whole_numbers_accepts():
    assert parse_whole_numbers("3, 4, 5, 1", 1, 100) == [3, 4, 5, 1]
    assert parse_whole_numbers("[784 50 100 10]", 1, 1000) == [784, 50, 100, 10]
