"""When a run has diverged: the one rule of every descent and training loop in nncore."""
import numpy as np

DIVERGENCE_LIMIT = 1e6  # a loss (or f) above this in size, NaN or infinite, ends a run as diverged


def has_diverged(loss, limit=DIVERGENCE_LIMIT):
    """True where the loss is NaN, infinite or larger than the limit in size (elementwise for arrays)."""
    loss = np.asarray(loss, dtype=float)
    return ~(np.isfinite(loss) & (np.abs(loss) <= limit))
