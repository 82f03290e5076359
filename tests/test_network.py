"""'A linear function of a linear function is linear', checked by hand."""
import numpy as np

from nncore.activations import identity_function, relu
from nncore.network import collapse_linear, forward, init_network


def test_collapse_hand_example():
    # y = 3 * (2x + 1) - 1 = 6x + 2
    network = {"W1": np.array([[2.0]]), "b1": np.array([1.0]), "W2": np.array([[3.0]]), "b2": np.array([-1.0])}
    W, b = collapse_linear(network)
    np.testing.assert_allclose(W, [[6.0]])
    np.testing.assert_allclose(b, [2.0])
    x = np.array([[-1.0], [0.0], [2.5]])
    np.testing.assert_allclose(forward(network, x, identity_function), [[-4.0], [2.0], [17.0]])


def test_collapse_equals_stack_for_random_layers():
    network = init_network([3, 5, 4, 2], seed=7)
    x = np.random.default_rng(1).normal(size=(6, 3))
    W, b = collapse_linear(network)
    assert W.shape == (3, 2) and b.shape == (2,)
    np.testing.assert_allclose(forward(network, x, identity_function), x @ W + b, atol=1e-12)


def test_relu_stack_is_not_a_line():
    network = init_network([1, 5, 1], seed=3)
    x = np.linspace(-4, 4, 201).reshape(-1, 1)
    y = forward(network, x, relu).ravel()
    second_difference = np.abs(np.diff(y, 2))
    assert second_difference.max() > 1e-3  # it bends somewhere


def test_init_network_shapes_and_seed():
    a = init_network([2, 3, 1], seed=5)
    b = init_network([2, 3, 1], seed=5)
    assert sorted(a) == ["W1", "W2", "b1", "b2"]
    assert a["W1"].shape == (2, 3) and a["b1"].shape == (3,) and a["W2"].shape == (3, 1)
    for name in a:
        np.testing.assert_array_equal(a[name], b[name])
