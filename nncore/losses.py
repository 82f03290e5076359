"""The course's loss functions (book, ch. 4.2), and how Keras' losses of the same name differ.

Keras' "mse" (keras.losses.MeanSquaredError) is the *mean* of (y - t)² over the outputs, then over
the batch. The course's mean_squared_error is *half the sum*: the 0.5 makes its derivative exactly
y - t, which keeps backpropagation's formulas clean. For k outputs the two differ by the factor
k / 2 (0.5 · Σ against Σ / k), so a loss of 0.0975 here is 0.0195 in Keras for 10 outputs. Only
the scale differs: both are smallest at the same weights.
"""
import numpy as np

DELTA = 1e-7  # added inside the log, so that a predicted 0 gives a large loss instead of -inf

# task -> (output layer, Keras loss name, what t looks like); the loss page shows this table
KERAS_LOSSES = {
    "multiclass_one_hot": ("softmax", "categorical_crossentropy", "one-hot"),
    "multiclass_labels": ("softmax", "sparse_categorical_crossentropy", "label"),
    "binary": ("sigmoid", "binary_crossentropy", "0/1"),
    "regression": ("identity", "mse", "number"),
}


def _floats(a):
    """a as an array, float32 kept as float32 (a float32 network's losses stay in float32)."""
    a = np.asarray(a)
    return a if a.dtype.kind == "f" else a.astype(float)


def mean_squared_error(y, t):
    """0.5 * Σ (y - t)²: the course's sum of squares error, summed over every element."""
    y, t = _floats(y), _floats(t)
    return 0.5 * np.sum((y - t) ** 2)


def keras_mse(y, t):
    """What Keras' "mse" reports: the mean of (y - t)² over the outputs, averaged over the batch."""
    y, t = _floats(y), _floats(t)
    return np.mean((y - t) ** 2)


def cross_entropy_error(y, t, delta=DELTA):
    """-Σ t log(y + delta), averaged over the batch (book, ch. 4.2.4).

    A 1-D y is a batch of one. t is one-hot (the same size as y) or integer labels (one per row);
    with labels only the log of the correct class's output is needed. delta=0 shows why the
    delta is there: a 0 for the correct class gives log 0 = -inf, an infinite loss.
    """
    y, t = _floats(y), np.asarray(t)
    if y.ndim == 1:
        t = t.reshape(1, t.size)
        y = y.reshape(1, y.size)
    batch_size = y.shape[0]
    if t.size == y.size:  # one-hot
        return -np.sum(t * np.log(y + delta)) / batch_size
    return -np.sum(np.log(y[np.arange(batch_size), t.reshape(-1).astype(int)] + delta)) / batch_size


def binary_cross_entropy(y, t, delta=DELTA):
    """-Σ [t log(y + delta) + (1 - t) log(1 - y + delta)] over the outputs, averaged over the batch:
    the loss of sigmoid outputs, each a yes/no answer (Keras' "binary_crossentropy")."""
    y, t = _floats(y), _floats(t)
    if y.ndim < 2:
        y, t = y.reshape(1, -1), t.reshape(1, -1)
    return -np.sum(t * np.log(y + delta) + (1 - t) * np.log(1 - y + delta)) / y.shape[0]


def losses_against_correct_probability(y, label, p):
    """Both losses when the correct class gets probability p (an array) and the other classes share
    1 - p in the proportions they have in y (evenly if they have nothing). Returns (mse, cee) arrays."""
    y = np.asarray(y, dtype=float)
    others = np.delete(y, label)
    share = others / others.sum() if others.sum() > 0 else np.full(len(others), 1 / len(others))
    p = np.asarray(p, dtype=float)[:, None]
    rest = (1 - p) * share  # (len(p), k - 1)
    mse = 0.5 * ((1 - p[:, 0]) ** 2 + np.sum(rest ** 2, axis=1))
    cee = -np.log(p[:, 0] + DELTA)
    return mse, cee
