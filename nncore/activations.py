"""Activation functions from the course, each next to its derivative.

All functions are vectorised: they take a scalar or a NumPy array of any
shape and return an array of the same shape.
"""
import numpy as np


def step_function(x):
    """1 where x > 0, else 0 (so step_function(0) is 0, as in the book)."""
    return np.array(np.asarray(x) > 0, dtype=int)


def step_function_grad(x):
    """0 everywhere (undefined at x = 0): no slope, so nothing to learn from."""
    return np.zeros_like(np.asarray(x, dtype=float))


def sigmoid(x):
    # Clipping keeps np.exp from overflowing for very negative x; in float64
    # sigmoid(-500) is already 7e-218, so the result does not change.
    return 1 / (1 + np.exp(-np.clip(x, -500, 500)))


def sigmoid_grad(x):
    """sigmoid'(x) = sigmoid(x) * (1 - sigmoid(x)); at most 0.25, at x = 0."""
    s = sigmoid(x)
    return s * (1 - s)


def tanh(x):
    return np.tanh(x)


def tanh_grad(x):
    """tanh'(x) = 1 - tanh(x)**2; at most 1, at x = 0."""
    return 1 - np.tanh(x) ** 2


def relu(x):
    return np.maximum(0, x)


def relu_grad(x):
    """1 where x > 0, else 0: ReLU's slope is the step function (0 at x = 0, as in TensorFlow)."""
    return np.array(np.asarray(x) > 0, dtype=float)


def identity_function(x):
    return np.asarray(x, dtype=float)


def identity_function_grad(x):
    return np.ones_like(np.asarray(x, dtype=float))


# name -> (function, derivative); the order is the order pages list them in.
ACTIVATIONS = {
    "step": (step_function, step_function_grad),
    "sigmoid": (sigmoid, sigmoid_grad),
    "tanh": (tanh, tanh_grad),
    "relu": (relu, relu_grad),
    "identity": (identity_function, identity_function_grad),
}
