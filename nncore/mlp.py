"""A small fully connected network trained live in NumPy (the XOR and Playground pages): the fast form.

The pages show nncore.backprop, the same computation written as the book writes it; the two are
tested equal to 1e-12 for every activation, output and optimizer (tests/test_backprop.py).

Parameters are the book's dict W1, b1, W2, b2, ... with W_i of shape (n_in, n_out) and
b_i of shape (n_out,). Every hidden layer uses the same activation; the output layer and
the loss come as a pair, chosen so that the output delta is always (y - t) / n:

- "sigmoid_bce": sigmoid outputs, binary cross-entropy;
- "softmax_ce": softmax outputs, cross-entropy (t one-hot or integer labels);
- "identity_mse": identity outputs, the course's 0.5 * sum of squares.
"""
import functools
import math

import numpy as np

from nncore.activations import relu, sigmoid, tanh
from nncore.divergence import has_diverged
from nncore.losses import DELTA, binary_cross_entropy, cross_entropy_error, mean_squared_error
from nncore.run import Run

ACTIVATIONS = ("sigmoid", "tanh", "relu", "linear")
OUTPUTS = ("sigmoid_bce", "softmax_ce", "identity_mse")



def softmax_rows(a):
    """nncore.softmax.softmax for a batch of rows (n, k), computed column by column.

    The same overflow-safe formula, exp(a - max) / sum(exp(a - max)) per row, but the max and
    the sum run over the k columns of a transposed copy: NumPy's reductions and broadcasts
    along a last axis of 2 to 5 entries cost 3 to 10 times more than k whole-column operations,
    and this runs at every training step.
    """
    columns = np.ascontiguousarray(a.T)  # (k, n)
    exp_a = np.exp(columns - functools.reduce(np.maximum, columns))
    return (exp_a / functools.reduce(np.add, exp_a)).T.copy()


def _identity(x):
    """The book's identity_function, which returns x as it is (nncore's makes a float64 array)."""
    return x


_HIDDEN = {"sigmoid": sigmoid, "tanh": tanh, "relu": relu, "linear": _identity}
_OUTPUT = {"sigmoid_bce": sigmoid, "softmax_ce": softmax_rows, "identity_mse": _identity}
# Each activation's derivative written with its output h, as the book's layers do in their backward
# pass (chapter 5): no second exp or tanh per step. They equal sigmoid_grad, tanh_grad, ... of the input.
_GRAD_FROM_OUTPUT = {
    "sigmoid": lambda h: h * (1 - h),
    "tanh": lambda h: 1 - h * h,
    "relu": lambda h: (h > 0).astype(h.dtype),
    "linear": lambda h: 1,
}


def layer_count(params):
    return len(params) // 2


def init_params(sizes, activation="tanh", seed=0, dtype=np.float64):
    """Weights for layer sizes like [2, 8, 8, 1]; biases 0.

    He normal, std sqrt(2 / n_in), for relu; Xavier (Glorot) normal,
    std sqrt(2 / (n_in + n_out)), for the other activations.
    The network computes in the parameters' dtype: float32 trains 1.5 to 2 times as fast
    (NumPy's float64 tanh is slow); float64 is what numerical gradient checks need.
    All parameters are views of one flat array (see flat_view).
    """
    rng = np.random.default_rng(seed)
    params = _views(np.zeros(sum((n_in + 1) * n_out for n_in, n_out in zip(sizes[:-1], sizes[1:])), dtype),
                    [((n_in, n_out), (n_out,)) for n_in, n_out in zip(sizes[:-1], sizes[1:])])
    for i, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:]), start=1):
        std = np.sqrt(2 / n_in) if activation == "relu" else np.sqrt(2 / (n_in + n_out))
        params[f"W{i}"][...] = rng.normal(0.0, std, size=(n_in, n_out))
    return params


def _views(flat, shapes):
    """{W1, b1, W2, b2, ...} as consecutive views of the flat array, for [(W shape, b shape), ...]."""
    params, start = {}, 0
    for i, layer in enumerate(shapes, start=1):
        for name, shape in zip(("W", "b"), layer):
            size = math.prod(shape)
            params[f"{name}{i}"] = flat[start:start + size].reshape(shape)
            start += size
    return params


def empty_like_params(params):
    """Uninitialised arrays shaped like W1, b1, W2, ..., laid out as views of one flat array."""
    return _views(np.empty(sum(value.size for value in params.values()), params["W1"].dtype),
                  [(params[f"W{i}"].shape, params[f"b{i}"].shape) for i in range(1, layer_count(params) + 1)])


def flat_view(params):
    """The one flat array all parameters are views of (made by init_params or empty_like_params, which lay
    them out in key order), or None, e.g. for arrays loaded from JSON.

    Optimizer steps, snapshots and finiteness checks then cost one NumPy call instead of one per
    array: with layers this small, NumPy's per-call overhead is most of a training step.
    """
    base = params["W1"].base
    if base is None or base.ndim != 1:
        return None
    size = 0
    for value in params.values():
        if value.base is not base:
            return None
        size += value.size
    return base if size == base.size else None


def forward(params, x, activation, output):
    """(y, cache): cache["hidden"] holds each hidden layer's outputs, (n, units) each, and
    cache["pre"] their inputs a = h·W + b.

    np.dot as in the book: for a single output unit it multiplies through BLAS, where the @
    operator takes a slow path (12 µs against 2.5 µs on 500 rows).
    """
    f = _HIDDEN[activation]
    h = np.asarray(x, dtype=params["W1"].dtype)
    cache = {"x": h, "pre": [], "hidden": []}
    n = layer_count(params)
    for i in range(1, n):
        a = np.dot(h, params[f"W{i}"]) + params[f"b{i}"]
        h = f(a)
        cache["pre"].append(a)
        cache["hidden"].append(h)
    y = _OUTPUT[output](np.dot(h, params[f"W{n}"]) + params[f"b{n}"])
    cache["y"] = y
    return y, cache


def predict(params, x, activation, output):
    return forward(params, x, activation, output)[0]


def as_targets(t, shape, output, dtype=float):
    """t as a float array of the outputs' shape: integer labels become one-hot rows for softmax_ce."""
    if isinstance(t, np.ndarray) and t.shape == shape and t.dtype == dtype:
        return t  # already targets: the training loop converts once, not at every step
    t = np.asarray(t)
    if output == "softmax_ce" and t.size != math.prod(shape):
        return np.eye(shape[-1], dtype=dtype)[t.astype(int)].reshape(shape)
    return t.astype(dtype, copy=False).reshape(shape)


def loss(y, t, output, delta=DELTA):
    """Mean over the batch of each sample's loss; a 1-D y is one sample, as in the book.

    - sigmoid_bce: nncore.losses.binary_cross_entropy;
    - softmax_ce: the book's cross_entropy_error, t one-hot (n, k) or integer labels (n,);
    - identity_mse: the course's mean_squared_error, 0.5 * sum((y - t)**2), divided by n.

    delta=0 gives the exact function whose gradient backward() computes.
    """
    y = np.asarray(y)
    y = y.reshape(1, -1) if y.ndim < 2 else y
    t = as_targets(t, y.shape, output, y.dtype)
    if output == "sigmoid_bce":
        return float(binary_cross_entropy(y, t, delta))
    if output == "softmax_ce":
        return float(cross_entropy_error(y, t, delta))
    if output == "identity_mse":
        return float(mean_squared_error(y, t) / y.shape[0])
    raise ValueError(f"unknown output {output!r}; expected one of {OUTPUTS}")


def l2_penalty(params, l2):
    """0.5 * l2 * the sum of every squared weight (biases are not regularised)."""
    if not l2:
        return 0.0
    return 0.5 * l2 * sum(float((params[f"W{i}"] ** 2).sum()) for i in range(1, layer_count(params) + 1))


def total_loss(params, x, t, activation, output, l2=0.0, delta=DELTA):
    """loss + 0.5 * l2 * sum ||W_i||^2: what training minimises and backward() differentiates."""
    return loss(predict(params, x, activation, output), t, output, delta) + l2_penalty(params, l2)


def backward(params, cache, t, activation, output, l2=0.0, out=None):
    """Gradients of total_loss (with delta=0) for every parameter, by backpropagation.

    out: a gradient dict from an earlier call on parameters of the same shapes, to write into
    (the training loop reuses one; making the arrays anew costs as much as a layer's backward).
    """
    df = _GRAD_FROM_OUTPUT[activation]
    y = cache["y"]
    # With each output paired with its loss, dL/d(output pre-activation) is (y - t) / n.
    d = (y - as_targets(t, y.shape, output, y.dtype)) / y.shape[0]
    inputs = [cache["x"], *cache["hidden"]]
    grads = out if out is not None else empty_like_params(params)
    ones = np.ones(len(d), y.dtype)  # ones @ d sums the rows: a BLAS call, 8x faster than d.sum(axis=0) here
    for i in range(layer_count(params), 0, -1):
        W = params[f"W{i}"]
        np.dot(inputs[i - 1].T, d, out=grads[f"W{i}"])
        if l2:
            grads[f"W{i}"] += l2 * W
        np.dot(ones, d, out=grads[f"b{i}"])
        if i > 1:
            d = np.dot(d, W.T) * df(cache["hidden"][i - 2])
    return grads


def accuracy(y, t, output):
    """Share of correct predictions; None for identity_mse (regression has no accuracy).

    sigmoid_bce: (y > 0.5) == t for every output; softmax_ce: argmax(y) == the label.
    """
    if output == "identity_mse":
        return None
    y = np.asarray(y)
    y = y.reshape(1, -1) if y.ndim < 2 else y
    t = as_targets(t, y.shape, output, y.dtype)
    if output == "sigmoid_bce":
        return np.count_nonzero((y > 0.5) == (t > 0.5)) / y.size
    return np.count_nonzero(y.argmax(axis=1) == t.argmax(axis=1)) / len(y)


def is_finite(params):
    flat = flat_view(params)
    if flat is not None:
        return bool(np.isfinite(flat).all())
    return all(np.isfinite(value).all() for value in params.values())


def train_step(params, optimizer, x, t, activation, output, l2=0.0, grads=None):
    """One gradient step on (x, t), in place. Returns the loss (with L2) and accuracy before the step.

    grads: arrays for backward() to write into (see its out), reused by the training loop.
    """
    y, cache = forward(params, x, activation, output)
    stats = {"loss": loss(y, t, output) + l2_penalty(params, l2), "accuracy": accuracy(y, t, output)}
    grads = backward(params, cache, t, activation, output, l2, out=grads)
    flat, flat_grads = flat_view(params), flat_view(grads)
    if flat is not None and flat_grads is not None:  # one update of the whole flat array: the same arithmetic
        optimizer.update({"all": flat}, {"all": flat_grads})
    else:
        optimizer.update(params, grads)
    return stats


def _snapshot(params):
    flat = flat_view(params)
    return flat.copy() if flat is not None else {key: value.copy() for key, value in params.items()}


def _restore(params, snapshot):
    if isinstance(snapshot, dict):
        for key in params:
            params[key][...] = snapshot[key]
    else:
        flat_view(params)[...] = snapshot


def _batches(n, batch_size, rng):
    if batch_size is None or batch_size >= n:
        return [slice(None)]
    order = rng.permutation(n)
    return [order[start:start + batch_size] for start in range(0, n, batch_size)]


def _weighted_mean(values, weights):
    if values[0] is None:
        return None
    return sum(v * w for v, w in zip(values, weights)) / sum(weights)


def train(params, x, t, *, activation, output, optimizer, epochs, batch_size=None, l2=0.0, seed=0,
          x_test=None, t_test=None, first_epoch=1):
    """Train params in place and return the history as a nncore.run.Run; never prints or plots.

    run.loss and run.metrics["accuracy"]: per epoch, the mean over its mini-batches of the
    loss (with L2) and accuracy measured just before each step (as Keras reports them);
    accuracy entries are None for identity_mse. run.metrics["test_loss"] and
    ["test_accuracy"]: per epoch, on (x_test, t_test) after the epoch, loss with L2 as
    for training; empty lists without test data. batch_size=None is full batch;
    mini-batches are reshuffled every epoch e with np.random.default_rng((seed, e)): epochs
    are counted from first_epoch, so that training 10 epochs equals training 4 and then 6 more
    from first_epoch=5 (with the same optimizer object).

    run.diverged_at is None, or the epoch e (counted as above) during which a loss was NaN, inf
    or above nncore.divergence.DIVERGENCE_LIMIT, or a step made a parameter NaN or inf; the
    history then holds the epochs before e. Training stops there, and params are put back to
    the last state whose (batch) loss was measured finite and within the limit:
    run.last_finite_loss is that loss (None if the very first loss was already too large, and
    params are then the initial ones).
    """
    x = np.asarray(x, dtype=params["W1"].dtype)
    t_rows = as_targets(t, (len(x), params[f"W{layer_count(params)}"].shape[1]), output, x.dtype)
    history = Run([], metrics={"accuracy": [], "test_loss": [], "test_accuracy": []})
    good, good_loss = _snapshot(params), None
    grads = empty_like_params(params)
    for epoch in range(first_epoch, first_epoch + epochs):
        losses, accuracies, sizes = [], [], []
        for rows in _batches(len(x), batch_size, np.random.default_rng((seed, epoch))):
            before = _snapshot(params)
            stats = train_step(params, optimizer, x[rows], t_rows[rows], activation, output, l2, grads)
            loss_ok = not has_diverged(stats["loss"])
            if loss_ok:
                good, good_loss = before, stats["loss"]
            if not (loss_ok and is_finite(params)):
                _restore(params, good)
                history.diverged_at, history.last_finite_loss = epoch, good_loss
                return history
            losses.append(stats["loss"])
            accuracies.append(stats["accuracy"])
            sizes.append(len(x) if isinstance(rows, slice) else len(rows))
        history.loss.append(_weighted_mean(losses, sizes))
        history.metrics["accuracy"].append(_weighted_mean(accuracies, sizes))
        if x_test is not None:
            y_test = predict(params, x_test, activation, output)
            history.metrics["test_loss"].append(loss(y_test, t_test, output) + l2_penalty(params, l2))
            history.metrics["test_accuracy"].append(accuracy(y_test, t_test, output))
    return history
