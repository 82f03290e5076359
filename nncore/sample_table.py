"""The lecture's assignment data: a table of three inputs on very different scales and one target."""
import numpy as np
import pandas as pd

SAMPLE_COEFFICIENTS = (3.0, -4.0, 2.0)  # y = 3·x1 − 4·x2 + 2·x3 + noise
SAMPLE_RANGES = (1.0, 10.0, 100.0)  # x1 in [0, 1], x2 in [0, 10], x3 in [0, 100]: scales far apart
SAMPLE_NOISE = 1.0


def sample_frame(n=1000, seed=0):
    """The lecture's assignment data: three inputs and y = 3·x1 − 4·x2 + 2·x3 + noise.

    x1, x2, x3 are uniform on [0, 1], [0, 10] and [0, 100] (SAMPLE_RANGES): inputs on very
    different scales, which is what the scaling comparison is about. The noise is normal with
    standard deviation SAMPLE_NOISE, so no model can reach a test MSE much below SAMPLE_NOISE².
    """
    rng = np.random.default_rng(seed)
    x = rng.uniform(0.0, 1.0, (n, len(SAMPLE_RANGES))) * np.array(SAMPLE_RANGES)
    y = x @ np.array(SAMPLE_COEFFICIENTS) + rng.normal(0.0, SAMPLE_NOISE, n)
    frame = pd.DataFrame(x, columns=[f"x{i}" for i in range(1, len(SAMPLE_RANGES) + 1)])
    frame["y"] = y
    return frame
