"""A stand-in for Keras' Boston housing data, and where Keras would keep the real file.

keras.datasets.boston_housing.load_data() downloads its file the first time; without a network that
fails. When no verified copy is cached, the course's regression recipe runs on make_housing_like():
506 rows split 404 / 102 like the real set, 13 columns whose ranges copy the real ones (a 0/1 column,
fractions, columns in the tens and hundreds), and a price in thousands of dollars, 5..50, from a known
formula plus noise.
"""
import hashlib
import os
from pathlib import Path

import numpy as np

TRAIN_ROWS, TEST_ROWS = 404, 102
PRICE_RANGE = (5.0, 50.0)  # the real set's prices are capped at 50 (thousand dollars)
BOSTON_FILE = "boston_housing.npz"
BOSTON_SHA256 = "f553886a1f8d56431e820c5b82552d9d95cfcb96d1e678153f8839538947dff5"  # the hash Keras checks

# (name, low, high) of each column, in the real data's order and roughly its ranges
FEATURES = (
    ("CRIM", 0.0, 90.0),     # crime rate per person
    ("ZN", 0.0, 100.0),      # % of land zoned for large lots
    ("INDUS", 0.5, 28.0),    # % of business land
    ("CHAS", 0.0, 1.0),      # 1 next to the river, else 0
    ("NOX", 0.38, 0.87),     # nitric oxide concentration
    ("RM", 3.5, 8.8),        # rooms per dwelling
    ("AGE", 3.0, 100.0),     # % of old houses
    ("DIS", 1.1, 12.0),      # distance to employment centres
    ("RAD", 1.0, 24.0),      # access to highways
    ("TAX", 187.0, 711.0),   # property tax per $10,000
    ("PTRATIO", 12.6, 22.0),  # pupils per teacher
    ("B", 0.3, 397.0),
    ("LSTAT", 1.7, 38.0),    # % of lower-status population
)
FEATURE_NAMES = tuple(name for name, _, _ in FEATURES)


def _columns(rng, n):
    """Columns drawn from skewed distributions clipped to each FEATURES range."""
    low = np.array([lo for _, lo, _ in FEATURES])
    high = np.array([hi for _, _, hi in FEATURES])
    u = rng.random((n, len(FEATURES)))
    x = low + (high - low) * u
    col = {name: i for i, name in enumerate(FEATURE_NAMES)}
    x[:, col["CRIM"]] = np.minimum(rng.exponential(3.6, n), high[col["CRIM"]])  # mostly small, a long tail
    x[:, col["ZN"]] = np.where(rng.random(n) < 0.73, 0.0, np.round(rng.uniform(12.5, 100.0, n) / 2.5) * 2.5)
    x[:, col["CHAS"]] = (rng.random(n) < 0.07).astype(float)
    x[:, col["RM"]] = np.clip(rng.normal(6.28, 0.7, n), low[col["RM"]], high[col["RM"]])
    x[:, col["RAD"]] = np.where(rng.random(n) < 0.26, 24.0, rng.integers(1, 9, n))
    x[:, col["B"]] = np.clip(396.9 - rng.exponential(25.0, n), low[col["B"]], high[col["B"]])
    x[:, col["LSTAT"]] = np.clip(rng.gamma(3.0, 4.2, n), low[col["LSTAT"]], high[col["LSTAT"]])
    return x


def housing_price(x):
    """The known formula behind the generated prices (before noise and the 5..50 cap).

    Rooms raise the price more than linearly, a poorer neighbourhood (LSTAT) lowers it along a curve,
    pollution, crime, taxes and crowded schools lower it, the river adds a little."""
    c = {name: x[:, i] for i, name in enumerate(FEATURE_NAMES)}
    return (22.0 + 4.5 * (c["RM"] - 6.3) + 1.6 * (c["RM"] - 6.3) ** 2
            + 28.0 * np.exp(-c["LSTAT"] / 6.0) - 0.25 * c["LSTAT"]
            - 12.0 * (c["NOX"] - 0.55) - 3.0 * np.log1p(c["CRIM"])
            - 0.008 * (c["TAX"] - 400.0) - 0.6 * (c["PTRATIO"] - 18.5) + 2.5 * c["CHAS"] + 1.0)


def make_housing_like(seed=0, noise=2.5):
    """((x_train, y_train), (x_test, y_test)) shaped like keras.datasets.boston_housing: 404 / 102 rows, 13 columns."""
    rng = np.random.default_rng(seed)
    n = TRAIN_ROWS + TEST_ROWS
    x = _columns(rng, n)
    y = np.clip(housing_price(x) + rng.normal(0.0, noise, n), *PRICE_RANGE)
    return (x[:TRAIN_ROWS], y[:TRAIN_ROWS]), (x[TRAIN_ROWS:], y[TRAIN_ROWS:])


def keras_home():
    """Where Keras keeps downloads: $KERAS_HOME, else ~/.keras (/tmp/.keras when home is read-only)."""
    if "KERAS_HOME" in os.environ:
        return Path(os.environ["KERAS_HOME"])
    base = Path.home() if os.access(Path.home(), os.W_OK) else Path("/tmp")
    return base / ".keras"


def cached_boston_path(home=None):
    """The cached boston_housing.npz when it is there and is the real file, else None.

    A file whose hash differs would make Keras try to download it again (and delete it when that fails)."""
    path = (Path(home) if home else keras_home()) / "datasets" / BOSTON_FILE
    if not path.is_file():
        return None
    return path if hashlib.sha256(path.read_bytes()).hexdigest() == BOSTON_SHA256 else None
