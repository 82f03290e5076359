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
