"""Mini-batch gradient descent on the line y = b + w·x: batch size 1, mini-batches, the full batch.

Each update uses the gradient of the mean squared error on a few rows only. With n rows and a batch of
m, one epoch (every row's worth of work once) makes ceil(n / m) updates: batch 1 takes n small noisy
steps per epoch, the full batch takes one exact step. How the rows of each batch are picked:

- "choice":  the book's way: every update draws np.random.choice(n, m) rows, with replacement (here
             from a seeded Generator), so within an "epoch" some rows come twice and others never;
- "shuffle": a new permutation every epoch, cut into consecutive slices (what Keras fit does);
- "slice":   x[i:i + m] in the data's own order, the same batches in every epoch.
"""
import math

import numpy as np

from nncore.divergence import has_diverged
from nncore.line_fit import least_squares_line, line_gradient, line_hessian, line_loss
from nncore.run import stopped_run

SAMPLINGS = ("choice", "shuffle", "slice")


def steps_per_epoch(samples, batch_size):
    """Weight updates in one epoch: the last, smaller batch counts too (60000 / 128 → 469)."""
    return math.ceil(samples / batch_size)


def descent_kind(batch_size, n):
    """The course's name for gradient descent on n samples, batch_size at a time: "batch" (all at once),
    "stochastic" (SGD: one at a time) or "mini_batch" (a few at a time)."""
    if batch_size >= n:
        return "batch"
    return "stochastic" if batch_size == 1 else "mini_batch"


def epoch_arithmetic(samples, batch_size, epochs):
    """The numbers behind fit(epochs=..., batch_size=...): updates per epoch (60000 / 128 → 469), updates
    in all, the size of the last, smaller batch, and the book's iter_per_epoch = max(samples / batch, 1)."""
    if samples < 1 or batch_size < 1 or epochs < 0:
        raise ValueError("samples and batch_size must be at least 1, epochs at least 0")
    per_epoch = steps_per_epoch(samples, batch_size)
    return {"steps_per_epoch": per_epoch, "total_steps": per_epoch * epochs,
            "last_batch": samples - (per_epoch - 1) * batch_size, "book_iter_per_epoch": max(samples / batch_size, 1)}


def epoch_batches(n, batch_size, sampling, rng):
    """The row indices used by each update of one epoch: ceil(n / batch_size) index arrays.

    Under "choice" all the epoch's draws come from one rng.choice(n, (updates, batch_size)) call, the
    same numbers as one call per update. Under "shuffle" and "slice" a batch of n rows or more is all
    rows in their order, the full batch; under "choice" it is still n draws with replacement."""
    if sampling not in SAMPLINGS:
        raise ValueError(f"sampling must be one of {SAMPLINGS}, not {sampling!r}")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if sampling == "choice":
        return list(rng.choice(n, (steps_per_epoch(n, batch_size), batch_size)))
    order = rng.permutation(n) if sampling == "shuffle" and batch_size < n else np.arange(n)
    return [order[i:i + batch_size] for i in range(0, n, batch_size)]


def batch_losses(thetas, batches, x, y):
    """The loss of each (b, w) in thetas on its own batch of rows: what a training loop sees at each update."""
    losses = np.empty(len(batches))
    for size in {len(rows) for rows in batches}:  # batches of one size go through line_loss together
        which = [i for i, rows in enumerate(batches) if len(rows) == size]
        rows = np.array([batches[i] for i in which])
        losses[which] = line_loss(thetas[which, 0], thetas[which, 1], x[rows], y[rows])
    return losses


def sgd_line(x, y, lr, epochs, batch_size, sampling="choice", seed=0, start=(0.0, 0.0)):
    """Mini-batch gradient descent on (b, w) for `epochs` epochs, the batches drawn by epoch_batches
    with np.random.default_rng(seed): every update is θ ← θ − lr · line_gradient(θ, x[rows], y[rows]).

    Returns a Run: path, a (k + 1, 2) array of (b, w); loss, the loss on all the data at each point of
    the path; metrics["batch_loss"], k losses on the batch each update used (measured before the update);
    steps_per_epoch; diverged_at, an update or None.
    A run stops like nncore.line_fit.descend_line: at the first update whose loss on all the data is NaN,
    inf or above nncore.divergence.DIVERGENCE_LIMIT (diverged_at); path and losses end at the last finite
    point before it."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    rng = np.random.default_rng(seed)
    theta = np.array(start, dtype=float)
    path, losses, seen = [theta], [float(line_loss(*theta, x, y))], []
    with np.errstate(over="ignore", invalid="ignore"):
        for _ in range(epochs):
            batches = epoch_batches(len(x), batch_size, sampling, rng)
            before = len(path) - 1  # updates so far
            for rows in batches:
                theta = theta - lr * line_gradient(*theta, x[rows], y[rows])
                path.append(theta)
            points = np.array(path[before:])  # θ before each of this epoch's updates, then after the last
            seen.extend(batch_losses(points[:-1], batches, x, y))
            new = line_loss(points[1:, 0], points[1:, 1], x, y)
            bad = has_diverged(new)
            if bad.any():
                diverged_at = before + 1 + int(np.argmax(bad))
                losses.extend(new[:diverged_at - before - 1])
                return _run(path[:diverged_at], losses, seen[:diverged_at - 1], len(x), batch_size, diverged_at)
            losses.extend(new)
    return _run(path, losses, seen, len(x), batch_size, None)


def _run(path, losses, seen, n, batch_size, diverged_at):
    return stopped_run(np.array(path), np.array(losses, dtype=float), diverged_at,
                       metrics={"batch_loss": np.array(seen, dtype=float)},
                       steps_per_epoch=steps_per_epoch(n, batch_size))


def final_loss_grid(x, y, lrs, batch_sizes, epochs, sampling="choice", seed=0, start=(0.0, 0.0)):
    """The loss on all the data after `epochs` epochs of sgd_line, for every learning rate (rows) and
    batch size (columns); NaN where the run diverged.

    All learning rates of one batch size descend together, as the columns of one array, over the same
    batches (the same seed), so a grid costs about as much as one run per batch size."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    lrs = np.asarray(lrs, dtype=float)
    grid = np.full((len(lrs), len(batch_sizes)), np.nan)
    # the loss as a quadratic in (b, w), from the data's means: a cheap divergence check after each update
    xx, xy, yy = (x * x).mean(), (x * y).mean(), (y * y).mean()

    def quadratic_loss(b, w):
        return b * b + 2 * b * w * x.mean() + w * w * xx - 2 * b * y.mean() - 2 * w * xy + yy

    with np.errstate(over="ignore", invalid="ignore"):
        for column, batch_size in enumerate(batch_sizes):
            rng = np.random.default_rng(seed)
            b, w = np.full(len(lrs), float(start[0])), np.full(len(lrs), float(start[1]))
            alive = np.ones(len(lrs), dtype=bool)
            for _ in range(epochs):
                bs, ws = [], []
                for rows in epoch_batches(len(x), batch_size, sampling, rng):
                    x_batch = x[rows]
                    residual = b[:, None] + w[:, None] * x_batch - y[rows]
                    # sum / count is np.mean's own arithmetic (line_gradient), without its per-call overhead
                    b = b - lrs * (2.0 * (np.add.reduce(residual, axis=1) / len(rows)))
                    w = w - lrs * (2.0 * (np.add.reduce(residual * x_batch, axis=1) / len(rows)))
                    bs.append(b)
                    ws.append(w)
                losses = quadratic_loss(np.array(bs), np.array(ws))  # (updates, learning rates)
                alive &= ~has_diverged(losses).any(axis=0)
            grid[:, column] = np.where(alive, line_loss(b, w, x, y), np.nan)
    return grid


def loss_ellipses(x, y, levels, points=120):
    """Contour lines of the loss over (b, w): for each level above the minimum, `points` points (b, w)
    around the closed curve where loss = level.

    The loss is a quadratic bowl, loss(θ* + d) = loss(θ*) + dᵀ(H/2)d with H = line_hessian(x), so each
    contour is an ellipse around the least-squares line θ* with axes along H's eigenvectors.
    Returns [(level, (points, 2) array)], levels at or below the minimum left out."""
    centre = least_squares_line(x, y)
    floor = float(line_loss(*centre, x, y))
    curvatures, axes = np.linalg.eigh(line_hessian(x) / 2.0)
    angle = np.linspace(0.0, 2.0 * np.pi, points)
    circle = np.column_stack([np.cos(angle), np.sin(angle)])
    shape = axes / np.sqrt(curvatures)  # maps the unit circle onto dᵀ(H/2)d = 1
    return [(level, centre + np.sqrt(level - floor) * circle @ shape.T) for level in levels if level > floor]
