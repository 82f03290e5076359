"""Gradient descent's regimes: converge, oscillate, diverge.

On a quadratic with curvature λ along some direction (an eigenvalue of its Hessian), one step
x ← x − lr·∇f multiplies the distance to the minimum along that direction by (1 − lr·λ). So:
lr·λ < 1 slides straight in, 1 < lr·λ < 2 overshoots but shrinks (oscillates), lr·λ = 2
bounces for ever, and lr·λ > 2 grows every step (diverges). The largest curvature decides.
"""
import numpy as np

REGIMES = ("converges", "oscillates", "diverges")


def critical_learning_rate(curvatures):
    """2 / largest curvature: every larger learning rate diverges on that quadratic."""
    return 2.0 / float(np.max(curvatures))


def quadratic_regime(lr, curvatures):
    """One of REGIMES for gradient descent with learning rate lr on a quadratic whose Hessian has
    the eigenvalues `curvatures` (all > 0)."""
    worst = float(np.max(np.abs(1.0 - lr * np.asarray(curvatures, dtype=float))))
    if worst > 1.0:
        return "diverges"
    if lr * float(np.max(curvatures)) > 1.0:
        return "oscillates"
    return "converges"
