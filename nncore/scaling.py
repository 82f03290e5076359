"""Input scaling as the course does it: raw, min-max normalisation to [0, 1], standardisation.

The statistics come from the training rows only and are then applied to any rows (test rows,
a grid to draw), so nothing about the test set leaks into training.
"""
import numpy as np

SCALINGS = ("raw", "minmax", "standard")


def min_max_normalize(x, low=None, high=None):
    """(x − min) / (max − min) per column; a constant column becomes 0 rather than a division by zero."""
    x = np.asarray(x, dtype=float)
    low = x.min(axis=0) if low is None else low
    high = x.max(axis=0) if high is None else high
    span = np.where(high - low > 0, high - low, 1.0)
    return (x - low) / span


def standardize(x, mean=None, std=None):
    """(x − mean) / std per column (population std, as np.std); a constant column becomes 0."""
    x = np.asarray(x, dtype=float)
    mean = x.mean(axis=0) if mean is None else mean
    std = x.std(axis=0) if std is None else std
    return (x - mean) / np.where(std > 0, std, 1.0)


def fit_scaler(x_train, how):
    """A function that scales any rows with the statistics of x_train; how is one of SCALINGS."""
    x_train = np.asarray(x_train, dtype=float)
    if how == "raw":
        return lambda x: np.asarray(x, dtype=float)
    if how == "minmax":
        low, high = x_train.min(axis=0), x_train.max(axis=0)
        return lambda x: min_max_normalize(x, low, high)
    if how == "standard":
        mean, std = x_train.mean(axis=0), x_train.std(axis=0)
        return lambda x: standardize(x, mean, std)
    raise ValueError(f"unknown scaling {how!r}; expected one of {SCALINGS}")
