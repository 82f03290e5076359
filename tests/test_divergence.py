"""One divergence rule for every loop: NaN, infinite or larger than 10⁶ in size."""
import numpy as np

from nncore.divergence import DIVERGENCE_LIMIT, has_diverged


def test_the_rule_at_its_edges():
    assert DIVERGENCE_LIMIT == 1e6
    values = [0.0, 1e6, -1e6, 1e6 * (1 + 1e-12), -2e6, np.nan, np.inf, -np.inf]
    assert has_diverged(values).tolist() == [False, False, False, True, True, True, True, True]
    assert not has_diverged(3.5) and has_diverged(float("nan"))
