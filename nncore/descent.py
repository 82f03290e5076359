"""Gradient descent's regimes: converge, oscillate, diverge.

On a quadratic with curvature λ along some direction (an eigenvalue of its Hessian), one step
x ← x − lr·∇f multiplies the distance to the minimum along that direction by (1 − lr·λ). So:
lr·λ < 1 slides straight in, 1 < lr·λ < 2 overshoots but shrinks (oscillates), lr·λ = 2
bounces for ever, and lr·λ > 2 grows every step (diverges). The largest curvature decides.

For the gradient-descent page: a small catalogue of functions (LANDSCAPES) with exact gradients,
descent for one run or many at once that stops cleanly on divergence, and a regime for any path
(classify_path) that agrees with quadratic_regime on quadratics.
"""
import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from nncore.divergence import DIVERGENCE_LIMIT, has_diverged
from nncore.example_functions import function_2, function_2_gradient
from nncore.run import stopped_run

REGIMES = ("converges", "oscillates", "diverges")
EDGE_TOLERANCE = 1e-9  # lr·λ this close to 2 (relative) counts as exactly on the edge


def critical_learning_rate(curvatures):
    """2 / largest curvature: every larger learning rate diverges on that quadratic."""
    return 2.0 / float(np.max(curvatures))


def quadratic_regime(lr, curvatures, bounce=False):
    """One of REGIMES for gradient descent with learning rate lr on a quadratic whose Hessian has
    the eigenvalues `curvatures` (all > 0).

    lr·λ = 2 (to 1e-9, so that rounding in λ does not decide) oscillates: each step flips the distance
    along λ and keeps its size. With bounce=True that edge case is named "bounces" instead: the run
    neither closes in nor runs away, for ever."""
    products = lr * np.asarray(curvatures, dtype=float)
    top = float(products.max())
    if math.isclose(top, 2.0, rel_tol=EDGE_TOLERANCE):
        return "bounces" if bounce else "oscillates"
    if float(np.max(np.abs(1.0 - products))) > 1.0:
        return "diverges"
    if top > 1.0:
        return "oscillates"
    return "converges"


# --- the page's functions: value, exact gradient and Hessian of points on the last axis --------------



def square(x):
    """x² of 1-D points (..., 1)."""
    return np.asarray(x, dtype=float)[..., 0] ** 2


def square_gradient(x):
    return 2.0 * np.asarray(x, dtype=float)


def square_hessian(x):
    return np.array([[2.0]])


def double_well(x):
    """x⁴ − 3x² + x of 1-D points (..., 1): a deep minimum left of 0 and a shallower one right of it."""
    x = np.asarray(x, dtype=float)[..., 0]
    return x ** 4 - 3.0 * x ** 2 + x


def double_well_gradient(x):
    x = np.asarray(x, dtype=float)
    return 4.0 * x ** 3 - 6.0 * x + 1.0


def double_well_hessian(x):
    return np.array([[12.0 * float(np.asarray(x).ravel()[0]) ** 2 - 6.0]])


def book_hessian(x):
    return np.diag([2.0, 2.0])


def narrow_bowl(x):
    """x0²/20 + x1² (the book's ch. 6.1.3): its contour ellipses are √20 ≈ 4.5 times longer along x0
    than along x1, and SGD zig-zags across the valley."""
    x = np.asarray(x, dtype=float)
    return x[..., 0] ** 2 / 20.0 + x[..., 1] ** 2


def narrow_bowl_gradient(x):
    x = np.asarray(x, dtype=float)
    return np.stack([x[..., 0] / 10.0, 2.0 * x[..., 1]], axis=-1)


def narrow_bowl_hessian(x):
    return np.diag([0.1, 2.0])


def double_well_2d(x):
    """x0⁴ − 3x0² + x0 + x1²: the double well along x0, a plain valley along x1."""
    x = np.asarray(x, dtype=float)
    return double_well(x[..., :1]) + x[..., 1] ** 2


def double_well_2d_gradient(x):
    x = np.asarray(x, dtype=float)
    return np.stack([double_well_gradient(x[..., 0]), 2.0 * x[..., 1]], axis=-1)


def double_well_2d_hessian(x):
    return np.diag([double_well_hessian(np.asarray(x).ravel()[:1])[0, 0], 2.0])


def double_well_minima():
    """The two minima of x⁴ − 3x² + x: the roots of f'(x) = 4x³ − 6x + 1 where f''(x) > 0
    (the middle root is the hump between them), left first."""
    roots = np.sort(np.roots([4.0, 0.0, -6.0, 1.0]).real)
    return roots[0], roots[2]


@dataclass(frozen=True)
class Landscape:
    """A function to descend, its exact gradient and Hessian, where to draw it and where to start.

    value(points (..., dim)) → (...); gradient(points) → (..., dim); hessian(point) → (dim, dim).
    curvatures: the Hessian's eigenvalues when they are the same everywhere (a quadratic), else None.
    """
    value: Callable
    gradient: Callable
    hessian: Callable
    latex: str
    domain: tuple  # ((low, high), ...) per coordinate
    start: tuple
    minima: tuple  # points
    curvatures: tuple | None = None

    @property
    def dim(self):
        return len(self.domain)

    @property
    def critical_lr(self):
        """2 / the largest curvature for a quadratic, None otherwise."""
        return None if self.curvatures is None else critical_learning_rate(self.curvatures)


_LEFT, _RIGHT = double_well_minima()
LANDSCAPES = {
    "square": Landscape(square, square_gradient, square_hessian, r"x^2", ((-4.0, 4.0),), (3.0,), ((0.0,),), (2.0,)),
    "double_well": Landscape(double_well, double_well_gradient, double_well_hessian, r"x^4 - 3x^2 + x",
                             ((-2.5, 2.5),), (2.0,), ((_LEFT,), (_RIGHT,))),
    "book": Landscape(function_2, function_2_gradient, book_hessian, r"x_0^2 + x_1^2",
                      ((-4.5, 4.5), (-4.5, 4.5)), (-3.0, 4.0), ((0.0, 0.0),), (2.0, 2.0)),
    "bowl": Landscape(narrow_bowl, narrow_bowl_gradient, narrow_bowl_hessian, r"\frac{x_0^2}{20} + x_1^2",
                      ((-10.0, 10.0), (-5.0, 5.0)), (-7.0, 2.0), ((0.0, 0.0),), (0.1, 2.0)),
    "double_well_2d": Landscape(double_well_2d, double_well_2d_gradient, double_well_2d_hessian,
                                r"x_0^4 - 3x_0^2 + x_0 + x_1^2", ((-2.5, 2.5), (-2.5, 2.5)), (2.0, 2.0),
                                ((_LEFT, 0.0), (_RIGHT, 0.0))),
}


# --- descent, a path's regime ---------------------------------------------------------------------------

def descend_batch(landscape, starts, lrs, steps, limit=DIVERGENCE_LIMIT):
    """Gradient descent with the exact gradient for many runs at once: run i starts at starts[i]
    (or all at one start) with learning rate lrs[i] (or one for all).

    Returns (path (steps + 1, runs, dim), values (steps + 1, runs), diverged_at (runs,)). A run whose
    point or value becomes NaN or infinite, or whose |value| exceeds `limit`, at step k stops there:
    diverged_at = k (0 for runs that never diverged), and its path and values are NaN from step k on.
    """
    lrs = np.atleast_1d(np.asarray(lrs, dtype=float))
    starts = np.atleast_2d(np.asarray(starts, dtype=float))
    runs = max(len(lrs), len(starts))
    lrs, x = np.broadcast_to(lrs, (runs,)), np.broadcast_to(starts, (runs, starts.shape[1])).copy()
    path = np.full((steps + 1, runs, x.shape[1]), np.nan)
    values = np.full((steps + 1, runs), np.nan)
    path[0], values[0] = x, landscape.value(x)
    diverged_at = np.zeros(runs, dtype=int)
    alive = np.ones(runs, dtype=bool)
    for step in range(1, steps + 1):
        with np.errstate(over="ignore", invalid="ignore"):
            moved = x - lrs[:, None] * landscape.gradient(x)
            value = landscape.value(moved)
            ok = np.isfinite(moved).all(axis=1) & ~has_diverged(value, limit)
        diverged_at[alive & ~ok] = step
        alive &= ok
        x = np.where(alive[:, None], moved, x)  # a stopped run stays at its last finite point
        path[step, alive], values[step, alive] = x[alive], value[alive]
        if not alive.any():
            break
    return path, values, diverged_at


def descend(landscape, start, lr, steps, limit=DIVERGENCE_LIMIT):
    """One run of descend_batch as a Run: path (k + 1, dim), loss = f at each point (k + 1,), diverged_at:
    k = steps, or fewer when the run diverged, the path then ending at its last finite point."""
    return _one_run(*descend_batch(landscape, start, lr, steps, limit), 0)


def _one_run(path, values, diverged_at, i):
    stop = int(diverged_at[i]) or None
    end = stop or len(values)
    return stopped_run(path[:end, i], values[:end, i], stop)


def cut_at_divergence(path, values, limit=DIVERGENCE_LIMIT):
    """A path computed elsewhere (the book's gradient_descent, which never stops) cut as descend cuts
    it: up to the last point before the first value that is NaN, infinite or above limit in size."""
    with np.errstate(invalid="ignore"):
        bad = has_diverged(values, limit)
    step = int(np.argmax(bad)) if bad.any() else None
    return stopped_run(np.asarray(path)[:step], np.asarray(values)[:step], step)


def classify_path(path, values, diverged_at=None, noise=1e-12, growth=1e-6):
    """Name a descent path's regime, one of REGIMES, from the path (k + 1, dim) and its values.

    diverges: the run stopped on a NaN, infinite or huge value (diverged_at), or it is running away:
    its last step is longer (by more than the fraction `growth`) than every earlier step and raised f.
    oscillates: otherwise, if along some coordinate the steps went back, forth and back again (two
    reversals in a row: a zig-zag, not one overshoot). Steps shorter than `noise` times the longest
    step are rounding jitter around a minimum and have no direction.
    converges: otherwise.

    On a quadratic this agrees with quadratic_regime once the path is long enough to show its
    trend: the factor (1 − lr·λ) along a curvature λ is negative (each step reverses) exactly when
    lr·λ > 1, and larger than 1 in size (each step longer) exactly when lr·λ > 2.
    """
    if diverged_at is not None:
        return "diverges"
    steps = np.diff(np.asarray(path, dtype=float), axis=0)
    if len(steps) == 0:
        return "converges"
    lengths = np.linalg.norm(steps, axis=1)
    longest_before = lengths[:-1].max(initial=0.0)
    if lengths[-1] > longest_before * (1.0 + growth) and values[-1] > values[-2]:
        return "diverges"
    signs = np.where(np.abs(steps) > noise * lengths.max(), np.sign(steps), 0.0)
    reversals = signs[1:] * signs[:-1] < 0
    if (reversals[1:] & reversals[:-1]).any():
        return "oscillates"
    return "converges"


def regimes_against_lr(landscape, start, lrs, steps):
    """The regime for each learning rate in lrs: quadratic_regime for a quadratic (it holds for
    every start and every long run), else classify_path of a run from `start` with `steps` steps."""
    if landscape.curvatures is not None:
        return [quadratic_regime(lr, landscape.curvatures) for lr in lrs]
    batch = descend_batch(landscape, start, lrs, steps)
    runs = (_one_run(*batch, i) for i in range(len(lrs)))
    return [classify_path(run.path, run.loss, run.diverged_at) for run in runs]


def regime_of_run(landscape, lr, run):
    """The regime of a run (a Run, as descend returns it). On a quadratic it
    is exact however few the steps: quadratic_regime over the curvatures along which the start is off
    the minimum (along the others nothing ever moves). Otherwise classify_path of the run."""
    if landscape.curvatures is None:
        return classify_path(run.path, run.loss, run.diverged_at)
    curvatures, directions = np.linalg.eigh(landscape.hessian(run.path[0]))
    offset = np.dot(directions.T, run.path[0] - np.asarray(landscape.minima[0]))
    active = np.abs(offset) > 1e-12 * max(1.0, float(np.abs(offset).max()))
    return quadratic_regime(lr, curvatures[active]) if active.any() else "converges"


def barely_moves(path, minima, fraction=0.01):
    """True when the path never got farther from its start than `fraction` of the way to the nearest minimum:
    the learning rate is too small to learn anything (the book's 1e-10 covers 2e-8 of the way). A run that
    bounces back to its start has moved: only its last point is where it began."""
    path = np.asarray(path, dtype=float)
    to_minimum = min(float(np.linalg.norm(path[0] - np.asarray(point))) for point in minima)
    farthest = float(np.linalg.norm(path - path[0], axis=1).max())
    return to_minimum > 0 and farthest < fraction * to_minimum


def run_verdict(regime, path, minima):
    """What a run did, for the learner: its regime (one of REGIMES), or "too_small" when a run that did not
    diverge barely moved towards a minimum (barely_moves)."""
    return "too_small" if regime != "diverges" and barely_moves(path, minima) else regime


def local_critical_rates(landscape):
    """2 / the largest curvature at each minimum: near a minimum every function looks like a
    quadratic with the Hessian there, so a larger learning rate cannot settle into it."""
    return [critical_learning_rate(np.linalg.eigvalsh(landscape.hessian(np.array(point))))
            for point in landscape.minima]
