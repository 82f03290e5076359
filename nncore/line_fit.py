"""Fitting a line y = b + w·x by gradient descent: the course's trial-and-error regression.

The loss is the lecture's mean squared error, mean((b + w·x − y)²), a quadratic bowl in (b, w)
whose Hessian depends only on x. That is why stretching x (drawing it from [0, 5] instead of
[0, 1]) makes the same learning rate overshoot, and why normalising x cures it.
"""
import numpy as np

from nncore.descent import critical_learning_rate
from nncore.divergence import has_diverged
from nncore.run import stopped_run


def make_line_data(b, w, scale, n=100, noise=0.5, seed=0):
    """n points with x uniform in [0, scale] and y = b + w·x + normal noise (standard deviation `noise`)."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(0.0, scale, n)
    return x, b + w * x + rng.normal(0.0, noise, n)


def line_loss(b, w, x, y):
    """mean((b + w·x − y)²); b and w may be arrays of the same shape (a contour grid)."""
    b, w = np.asarray(b, dtype=float), np.asarray(w, dtype=float)
    residual = b[..., None] + w[..., None] * np.asarray(x, dtype=float) - np.asarray(y, dtype=float)
    return np.mean(residual ** 2, axis=-1)


def line_gradient(b, w, x, y):
    """(∂loss/∂b, ∂loss/∂w) = (2·mean(r), 2·mean(r·x)) with r = b + w·x − y."""
    residual = b + w * x - y
    return np.array([2.0 * residual.mean(), 2.0 * (residual * x).mean()])


def line_hessian(x):
    """The loss's constant Hessian in (b, w): 2·[[1, mean x], [mean x, mean x²]]."""
    x = np.asarray(x, dtype=float)
    return 2.0 * np.array([[1.0, x.mean()], [x.mean(), (x ** 2).mean()]])


def line_curvatures(x):
    """The Hessian's eigenvalues, smallest first: the bowl's curvature along its two axes."""
    return np.linalg.eigvalsh(line_hessian(x))


def max_stable_learning_rate(x):
    """2 / the largest eigenvalue of the Hessian: above it gradient descent on (b, w) diverges."""
    return critical_learning_rate(line_curvatures(x))


def expected_stable_learning_rate(scale):
    """max_stable_learning_rate for x uniform on [0, scale], as the number of points grows: the Hessian
    is then 2·[[1, E x], [E x, E x²]] with E x = scale / 2 and E x² = scale² / 3. A finite draw of x
    moves the limit around this value (for scale 5 and 500 points by about ±8 %)."""
    mean, square = scale / 2.0, scale ** 2 / 3.0
    return critical_learning_rate(np.linalg.eigvalsh(2.0 * np.array([[1.0, mean], [mean, square]])))


def least_squares_line(x, y):
    """The exact minimum (b*, w*) of the loss, by least squares."""
    design = np.column_stack([np.ones_like(x, dtype=float), x])
    return np.linalg.lstsq(design, y, rcond=None)[0]


def descend_line(x, y, lr, steps, start=(0.0, 0.0)):
    """Full-batch gradient descent on (b, w) from `start`.

    Returns a Run: path, a (k + 1, 2) array of (b, w), k + 1 losses, diverged_at (step or None).
    k = steps, unless the loss became NaN, inf or larger than nncore.divergence.DIVERGENCE_LIMIT: the run then stops
    at that step (diverged_at), and path and loss end at the last finite point before it.
    """
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    theta = np.array(start, dtype=float)
    path, losses = [theta.copy()], [float(line_loss(*theta, x, y))]
    for step in range(1, steps + 1):
        theta = theta - lr * line_gradient(*theta, x, y)
        loss = float(line_loss(*theta, x, y))
        if has_diverged(loss):
            return stopped_run(np.array(path), np.array(losses), step)
        path.append(theta.copy())
        losses.append(loss)
    return stopped_run(np.array(path), np.array(losses), None)
