"""Two-input classification data, as in TensorFlow Playground: points in [-6, 6]², integer labels."""
import numpy as np

DATASETS = ("xor", "circle", "gauss", "spiral", "blobs")
FEATURES = ("x1", "x2", "x1sq", "x2sq", "x1x2", "sinx1", "sinx2")
RADIUS = 5.0


def make_dataset(name, n=400, noise=0.0, seed=0, classes=3):
    """(x (n, 2), labels (n,)); noise in [0, 0.5] is Playground's noise slider (0-50 %)."""
    rng = np.random.default_rng(seed)
    if name == "xor":
        x = rng.uniform(-RADIUS, RADIUS, (n, 2))
        x += np.sign(x) * 0.3  # Playground's padding: keep points off the axes
        labels = (x[:, 0] * x[:, 1] >= 0).astype(int)
        x += rng.uniform(-RADIUS, RADIUS, (n, 2)) * noise
    elif name == "circle":
        inner = np.arange(n) < n // 2
        radius = np.where(inner, rng.uniform(0, RADIUS * 0.5, n), rng.uniform(RADIUS * 0.7, RADIUS, n))
        angle = rng.uniform(0, 2 * np.pi, n)
        x = np.column_stack([radius * np.sin(angle), radius * np.cos(angle)])
        x += rng.uniform(-RADIUS, RADIUS, (n, 2)) * noise
        labels = (np.hypot(x[:, 0], x[:, 1]) < RADIUS * 0.5).astype(int)
    elif name == "gauss":
        labels = (np.arange(n) < n // 2).astype(int)
        centres = np.where(labels[:, None] == 1, 2.0, -2.0)
        x = centres + rng.normal(0, 0.5 + 4 * noise, (n, 2))
    elif name == "spiral":
        labels = np.arange(n) % 2
        r = np.repeat(np.arange(n // 2 + 1), 2)[:n] / (n / 2) * RADIUS
        t = 1.75 * np.repeat(np.arange(n // 2 + 1), 2)[:n] / (n / 2) * 2 * np.pi + labels * np.pi
        x = np.column_stack([r * np.sin(t), r * np.cos(t)]) + rng.uniform(-1, 1, (n, 2)) * noise * 2
    elif name == "blobs":
        labels = np.arange(n) % classes
        angles = 2 * np.pi * labels / classes
        centres = 3.5 * np.column_stack([np.cos(angles), np.sin(angles)])
        x = centres + rng.normal(0, 0.6 + 4 * noise, (n, 2))
    else:
        raise ValueError(f"unknown dataset {name!r}; choose one of {DATASETS}")
    order = rng.permutation(n)
    return x[order], labels[order]


def train_test_split(x, labels, train_fraction, seed=0):
    """Shuffled split: (x_train, labels_train, x_test, labels_test); both sides get at least one point."""
    order = np.random.default_rng(seed).permutation(len(x))
    cut = min(max(1, round(len(x) * train_fraction)), len(x) - 1)
    train, test = order[:cut], order[cut:]
    return x[train], labels[train], x[test], labels[test]


def feature_matrix(x, features):
    """The chosen input features, in FEATURES order: x1, x2, x1², x2², x1·x2, sin x1, sin x2."""
    x1, x2 = x[:, 0], x[:, 1]
    columns = {"x1": x1, "x2": x2, "x1sq": x1 ** 2, "x2sq": x2 ** 2, "x1x2": x1 * x2,
               "sinx1": np.sin(x1), "sinx2": np.sin(x2)}
    return np.column_stack([columns[name] for name in FEATURES if name in features])


def targets_for(labels, output, classes):
    """Labels as the network's targets: a column for sigmoid, one-hot rows for softmax, a column for identity."""
    if output == "softmax_ce":
        return np.eye(classes)[labels]
    return labels.reshape(-1, 1).astype(float)
