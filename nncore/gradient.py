"""Numerical differentiation (book, ch. 4.3 and 4.4): derivatives, gradients and gradient descent."""
import numpy as np


def numerical_diff(f, x, h=1e-4):
    """(f(x + h) - f(x - h)) / 2h: the central difference, with the book's h = 1e-4.

    Its error shrinks like h²; a smaller h is not better, because f(x + h) - f(x - h) then loses
    its digits to rounding (with h = 1e-50, x + h is x itself and the difference is 0).
    """
    return (f(x + h) - f(x - h)) / (2 * h)


def forward_diff(f, x, h=1e-4):
    """(f(x + h) - f(x)) / h: the forward difference the book warns about, with an error like h."""
    return (f(x + h) - f(x)) / h


def tangent_line(f, x):
    """The line through (x, f(x)) with slope numerical_diff(f, x), as a function of t (book, ch. 4.3.2)."""
    d = numerical_diff(f, x)
    y = f(x) - d * x
    return lambda t: d * t + y


def difference_errors(f, df, x, hs):
    """|forward difference - f'(x)| and |central difference - f'(x)| for each step h in hs."""
    exact = df(x)
    forward = np.array([abs(forward_diff(f, x, h) - exact) for h in hs])
    central = np.array([abs(numerical_diff(f, x, h) - exact) for h in hs])
    return forward, central


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


def gradient_descent(f, init_x, lr=0.01, step_num=100):
    """x <- x - lr * numerical_gradient(f, x), step_num times, from init_x (book, ch. 4.4.1).

    Returns (x, path): the final point and every point visited, path[0] being init_x and path[-1]
    the final x. init_x itself is left as it was (the book's version changes it in place).
    """
    x = np.array(init_x, dtype=float)
    path = [x.copy()]
    for _ in range(step_num):
        x -= lr * numerical_gradient(f, x)
        path.append(x.copy())
    return x, np.array(path)


def matmul_mean_square_gradient(x, w, b):
    """For y = x·w + b and loss = mean(y²) over all of y's elements: (loss, dloss/dw, dloss/db), by
    hand. dloss/dy = 2y / y.size, then dw = xᵀ·(dloss/dy) and db sums dloss/dy over the batch."""
    x, w, b = (np.asarray(v, dtype=float) for v in (x, w, b))
    y = np.dot(x, w) + b
    dy = 2 * y / y.size
    return float(np.mean(y ** 2)), np.dot(x.T, dy), dy.sum(axis=0)
