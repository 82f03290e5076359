"""A plain stack of fully connected layers, the book's init_network/forward style.

Parameters live in a dict: W1, b1, W2, b2, ... Used to show that stacking
layers without an activation function gives nothing but one linear layer.
"""
import numpy as np


def init_network(sizes, seed=0, scale=1.0):
    """Random weights for layer sizes like [1, 5, 1]: W_i is (sizes[i-1], sizes[i])."""
    rng = np.random.default_rng(seed)
    network = {}
    for i, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:]), start=1):
        network[f"W{i}"] = rng.normal(0.0, scale, size=(n_in, n_out))
        network[f"b{i}"] = rng.normal(0.0, scale, size=n_out)
    return network


def layer_count(network):
    return sum(1 for name in network if name.startswith("W"))


def forward(network, x, activation):
    """x -> affine -> activation -> ... -> affine (no activation after the last layer)."""
    n = layer_count(network)
    h = np.asarray(x, dtype=float)
    for i in range(1, n + 1):
        h = np.dot(h, network[f"W{i}"]) + network[f"b{i}"]
        if i < n:
            h = activation(h)
    return h


def collapse_linear(network):
    """The single layer (W, b) that equals the whole stack when no activation is used.

    (x W1 + b1) W2 + b2 = x (W1 W2) + (b1 W2 + b2), and so on for every layer:
    a linear function of a linear function is linear.
    """
    n = layer_count(network)
    W = network["W1"]
    b = network["b1"]
    for i in range(2, n + 1):
        W = np.dot(W, network[f"W{i}"])
        b = np.dot(b, network[f"W{i}"]) + network[f"b{i}"]
    return W, b


def book_network():
    """The book's 3-layer example network (ch. 3.4.3): 2 inputs, 3 and 2 hidden neurons, 2 outputs."""
    return {
        "W1": np.array([[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]]), "b1": np.array([0.1, 0.2, 0.3]),
        "W2": np.array([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]]), "b2": np.array([0.1, 0.2]),
        "W3": np.array([[0.1, 0.3], [0.2, 0.4]]), "b3": np.array([0.1, 0.2]),
    }


def forward_steps(network, x, activation, output=None):
    """The book's forward() one operation at a time: [(name, value), ...] with names
    "x", "a1" (= x·W1 + b1), "z1" (= h(a1)), "a2", "z2", ..., and "y" = output(a_last)
    (the identity when output is None, as in the book's example)."""
    n = layer_count(network)
    h = np.asarray(x, dtype=float)
    steps = [("x", h)]
    for i in range(1, n + 1):
        a = np.dot(h, network[f"W{i}"]) + network[f"b{i}"]
        steps.append((f"a{i}", a))
        if i < n:
            h = activation(a)
            steps.append((f"z{i}", h))
    steps.append(("y", output(a) if output else a))
    return steps


# The course's exercise: one input x and a 2×3 weight matrix (no bias), y = x·W
COURSE_X = np.array([0.6, 0.9])
COURSE_W = np.array([[0.4, 0.7, 0.9], [0.2, 0.3, 0.1]])
