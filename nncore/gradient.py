"""The book's numerical gradient (ch. 4.4): a central difference for every element of x."""
import numpy as np


def numerical_gradient(f, x, h=1e-4):
    """(f(x + h) - f(x - h)) / 2h for each element of x in turn, for an x of any shape.

    f is called with x itself, which is changed in place one element at a time,
    so f can close over a parameter dict that holds x:
    ``numerical_gradient(lambda w: total_loss(params, ...), params["W1"])``.
    Each element is put back exactly as it was, so x is bit-identical afterwards.
    Returns a float array of x's shape.
    """
    if not np.issubdtype(x.dtype, np.floating):
        # x + h would be truncated back to the same integer: every slope would read 0.
        raise TypeError(f"numerical_gradient needs a float array, got {x.dtype}")
    grad = np.zeros(x.shape, dtype=float)
    it = np.nditer(x, flags=["multi_index"])
    while not it.finished:
        idx = it.multi_index
        original = x[idx].copy()
        x[idx] = original + h
        fxh1 = f(x)
        x[idx] = original - h
        fxh2 = f(x)
        # Restore the saved value rather than adding h back: (x - h) + h need not equal x.
        x[idx] = original
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        it.iternext()
    return grad
