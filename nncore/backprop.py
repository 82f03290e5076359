"""Training a small network by backpropagation, written as the book writes it: the code the live
pages (XOR, Playground, Regression with hidden layers) show.

The pages train with nncore.mlp, which computes exactly this (tested equal to 1e-12) in a faster
form: one flat buffer for all the parameters and gradients written into reused arrays.

params is the book's dict W1, b1, W2, b2, ...; every hidden layer uses one activation, and the
output layer comes paired with its loss so that the output's delta is (y − t) / n:
sigmoid with binary cross-entropy, softmax with cross-entropy, identity with ½·sum of squares.
"""
import numpy as np

from nncore.activations import (
    identity_function,
    identity_function_grad,
    relu,
    relu_grad,
    sigmoid,
    sigmoid_grad,
    tanh,
    tanh_grad,
)
from nncore.mlp import as_targets, l2_penalty, loss
from nncore.softmax import softmax

ACTIVATION = {"sigmoid": sigmoid, "tanh": tanh, "relu": relu, "linear": identity_function}
ACTIVATION_GRAD = {"sigmoid": sigmoid_grad, "tanh": tanh_grad, "relu": relu_grad, "linear": identity_function_grad}
OUTPUT = {"sigmoid_bce": sigmoid, "softmax_ce": softmax, "identity_mse": identity_function}


def init_params(sizes, activation="tanh", seed=0):
    """Weights for layer sizes like [2, 8, 8, 1], biases 0. The initial weights are small random numbers, neither
    0 nor all equal, and smaller when a layer has more inputs: He (std √(2 / n_in)) for ReLU, Xavier (Glorot,
    std √(2 / (n_in + n_out))) for the other activations."""
    rng = np.random.default_rng(seed)
    params = {}
    for i, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:]), start=1):
        std = np.sqrt(2 / n_in) if activation == "relu" else np.sqrt(2 / (n_in + n_out))
        params[f"W{i}"] = rng.normal(0.0, std, size=(n_in, n_out))
        params[f"b{i}"] = np.zeros(n_out)
    return params


def forward(params, x, activation, output):
    """The prediction y and, for backward, each hidden layer's input a = h·W + b and output h = f(a)."""
    layers = len(params) // 2
    h = x
    a_list, h_list = [], []
    for i in range(1, layers):
        a = h @ params[f"W{i}"] + params[f"b{i}"]
        h = ACTIVATION[activation](a)
        a_list.append(a)
        h_list.append(h)
    y = OUTPUT[output](h @ params[f"W{layers}"] + params[f"b{layers}"])
    return y, a_list, h_list


def backward(params, x, a_list, h_list, y, t, activation, output, l2=0.0):
    """The gradient of the loss (+ ½·l2·sum of squared weights) for every parameter, from the output back."""
    layers = len(params) // 2
    t = as_targets(t, y.shape, output, y.dtype)
    inputs = [x] + h_list  # what each layer received
    delta = (y - t) / len(y)  # ∂loss/∂(the output layer's a), for each of the three pairs
    grads = {}
    for i in range(layers, 0, -1):
        grads[f"W{i}"] = inputs[i - 1].T @ delta + l2 * params[f"W{i}"]
        grads[f"b{i}"] = delta.sum(axis=0)
        if i > 1:
            delta = (delta @ params[f"W{i}"].T) * ACTIVATION_GRAD[activation](a_list[i - 2])
    return grads


def train_step(params, optimizer, x, t, activation, output, l2=0.0):
    """One step of gradient descent on (x, t); returns the loss measured before it."""
    y, a_list, h_list = forward(params, x, activation, output)
    before = loss(y, t, output) + l2_penalty(params, l2)
    grads = backward(params, x, a_list, h_list, y, t, activation, output, l2)
    optimizer.update(params, grads)  # SGD, Momentum or Adam of nncore.optimizer
    return before


def train(params, x, t, *, activation, output, optimizer, epochs, batch_size=None, l2=0.0, seed=0, first_epoch=1):
    """Train for `epochs` epochs; the mean loss of each epoch's steps. Epoch e's mini-batches come from
    a permutation by np.random.default_rng((seed, e)); batch_size None is the whole data at once."""
    x, t = np.asarray(x, dtype=float), np.asarray(t)
    epoch_losses = []
    for epoch in range(first_epoch, first_epoch + epochs):
        if batch_size is None or batch_size >= len(x):
            batches = [np.arange(len(x))]
        else:
            order = np.random.default_rng((seed, epoch)).permutation(len(x))
            batches = [order[i:i + batch_size] for i in range(0, len(x), batch_size)]
        losses = [train_step(params, optimizer, x[rows], t[rows], activation, output, l2) for rows in batches]
        sizes = [len(rows) for rows in batches]
        epoch_losses.append(sum(L * n for L, n in zip(losses, sizes)) / len(x))
    return epoch_losses
