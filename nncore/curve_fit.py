"""Regression with hidden layers: the lecture's target functions, their data, and what a network's size means.

x is drawn uniformly from [0, 1] (each input of the 3-input target too), as in the lecture. The network
itself is nncore.mlp's, with identity outputs and the course's squared error ("identity_mse").
"""
from dataclasses import dataclass

import numpy as np

from nncore.network import collapse_linear


def parabola(x, a=None):
    """y = -3(x - 0.5)²"""
    return -3.0 * (x[:, 0] - 0.5) ** 2


def cubic(x, a=None):
    """y = (x - 0.3)(x - 0.6)(x - 0.9) + 5: a small wave (about 0.2 high) on top of a large offset"""
    return (x[:, 0] - 0.3) * (x[:, 0] - 0.6) * (x[:, 0] - 0.9) + 5.0


def line(x, a=None):
    """y = 2x + 1"""
    return 2.0 * x[:, 0] + 1.0


def plane(x, a=1.0):
    """y = a·x1 - 4·x2 + 2·x3"""
    return a * x[:, 0] - 4.0 * x[:, 1] + 2.0 * x[:, 2]


@dataclass(frozen=True)
class Target:
    function: object  # y = function(x of shape (n, inputs), a) of shape (n,)
    inputs: int


TARGETS = {
    "parabola": Target(parabola, 1),
    "cubic": Target(cubic, 1),
    "line": Target(line, 1),
    "plane": Target(plane, 3),
}
PLANE_WEIGHTS = (-4.0, 2.0)  # the 3-input target's weights of x2 and x3; x1's is the adjustable a


def plane_coefficients(a):
    """The 3-input target's exact weights (a, -4, 2) and intercept 0, which a network without a hidden layer
    should learn."""
    return np.array([a, *PLANE_WEIGHTS]), 0.0


def make_data(name, n=50, noise=0.0, seed=0, a=1.0):
    """n points (x of shape (n, inputs) uniform in [0, 1], y of shape (n,)) of the target `name`.

    noise is the standard deviation of the normal noise added to y, as a fraction of the clean
    targets' range (max y - min y over the n points): the same setting is then as visible on the
    cubic, whose shape spans 0.2, as on the plane, which spans about 6.
    """
    target = TARGETS[name]
    rng = np.random.default_rng(seed)
    x = rng.uniform(0.0, 1.0, size=(n, target.inputs))
    y = target.function(x, a)
    return x, y + rng.normal(0.0, noise * float(np.ptp(y)), n)


def layer_sizes(inputs, hidden):
    """[inputs, *hidden units, 1]: one output, the regression's y."""
    return [inputs, *hidden, 1]


def parameter_breakdown(sizes):
    """One row per layer: (inputs, units, weights = inputs·units, biases = units)."""
    return [(n_in, n_out, n_in * n_out, n_out) for n_in, n_out in zip(sizes[:-1], sizes[1:])]


def parameter_count(sizes):
    """Σ (inputs·units + units) over the layers: every weight and bias training adjusts."""
    return sum(weights + biases for _, _, weights, biases in parameter_breakdown(sizes))


def collapsed_line(params):
    """For a network without activation functions: the single (w, c) with y = x·w + c exactly.

    w has one entry per input. W2(W1x + b1) + b2 = (W2W1)x + (W2b1 + b2), and so for every layer
    (nncore.network.collapse_linear): however many layers, the network is one straight line (a plane
    for several inputs).
    """
    W, b = collapse_linear(params)
    return W[:, 0].copy(), float(b[0])


def dead_units(hidden_outputs):
    """For each hidden layer's outputs (n, units) on the data: how many units output 0 at every data point.

    With ReLU such a unit also passes back a zero gradient at every point, so its incoming weights
    and bias never change again: it is dead, and the network has that many fewer units.
    """
    return [int(np.count_nonzero(~np.any(h != 0, axis=0))) for h in hidden_outputs]


def flat_line_loss(y):
    """The loss of the best constant prediction, mean(y): 0.5·mean((y - mean y)²), in mlp's identity_mse.

    A network stuck predicting a flat line sits at this loss: the plateau on the loss curve.
    """
    y = np.asarray(y, dtype=float)
    return 0.5 * float(np.mean((y - y.mean()) ** 2))
