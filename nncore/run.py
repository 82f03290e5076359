"""What a descent or a training run recorded: one result type for every loop in nncore."""
from dataclasses import dataclass, field

import numpy as np


@dataclass
class Run:
    """A run, point by point.

    loss[k]: the loss at the k-th recorded point (f itself when descending a plain function).
    path[k]: the parameters there, a (points, dim) array; None for a network, whose parameters
    are its own dict (nncore.mlp) and are not kept point by point.
    metrics: other series recorded at the same points, by name: "accuracy", "test_loss",
    "test_accuracy" for training, "batch_loss" (one per update) for mini-batch descent.
    diverged_at: the step (update, or epoch when training) at which the loss became NaN,
    infinite or larger than nncore.divergence.DIVERGENCE_LIMIT, None if it never did. The run
    stopped there, so every recorded point is finite.
    last_finite_loss: the last loss measured finite before the divergence, None if there was none.
    steps_per_epoch: updates per epoch, for a run recorded update by update.
    """

    loss: list
    path: np.ndarray | None = None
    metrics: dict = field(default_factory=dict)
    diverged_at: int | None = None
    last_finite_loss: float | None = None
    steps_per_epoch: int = 1

    @property
    def diverged(self):
        return self.diverged_at is not None

    def series(self, name):
        """The loss or one of the metrics, by name."""
        return self.loss if name == "loss" else self.metrics[name]


def stopped_run(path, loss, diverged_at, **extra):
    """A Run whose last_finite_loss is its last loss when it diverged (a descent's points are all measured)."""
    last = float(loss[-1]) if diverged_at is not None and len(loss) else None
    return Run(loss, path, diverged_at=diverged_at, last_finite_loss=last, **extra)
