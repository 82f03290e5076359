"""Regression on a table's columns, as in the lecture's assignment: split the rows, scale the inputs
with the training rows' statistics, train one hidden layer of ReLU units (with Adam, as Keras' course
code does, or SGD or momentum), and judge the test predictions by their mean squared error and their
correlation with the truth.

Every loss here is Keras' "mse", mean((prediction − target)²), in the target's own units: a test
MSE of 4 means the predictions miss by about 2 of whatever the target measures. nncore.mlp's
identity_mse is half of that (0.5·Σ, the book's), and when the target is standardised for
training, its losses are multiplied back by the target's variance.
"""
from dataclasses import dataclass

import numpy as np

from nncore.mlp import init_params, predict, train
from nncore.optimizer import make_optimizer
from nncore.run import Run
from nncore.scaling import SCALINGS, fit_scaler

MIN_SPLIT = 2  # rows each side of the split keeps at least: a correlation needs two points
TRAIN_FRACTION = 0.7  # the lecture's 700 / 300
ACTIVATION, OUTPUT = "relu", "identity_mse"


def split_rows(n, train_fraction=TRAIN_FRACTION, shuffle=False, seed=0):
    """(training row indices, test row indices).

    Unshuffled it is the lecture's slicing, x[:700] and x[700:] for 1,000 rows; shuffled, the
    rows are permuted with the seed first (wise when the file is sorted, say by date or by y).
    Each side keeps at least MIN_SPLIT rows.
    """
    if n < 2 * MIN_SPLIT:
        raise ValueError(f"{n} rows cannot be split: each side needs at least {MIN_SPLIT}")
    n_train = min(max(round(n * train_fraction), MIN_SPLIT), n - MIN_SPLIT)
    order = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    return order[:n_train], order[n_train:]


@dataclass(frozen=True)
class Prepared:
    """The network's view of the data: scaled inputs, and targets as a column, standardised or not."""

    x_train: np.ndarray
    t_train: np.ndarray
    x_test: np.ndarray
    t_test: np.ndarray
    target_mean: float  # prediction in the target's units = network output · target_std + target_mean
    target_std: float


def prepare(x, y, train_rows, test_rows, scaling, scale_target=True, dtype=np.float32):
    """Inputs scaled per SCALINGS and the target standardised (or not), all with the training rows' statistics."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    scale = fit_scaler(x[train_rows], scaling)
    mean, std = 0.0, 1.0
    if scale_target:
        mean = float(y[train_rows].mean())
        std = float(y[train_rows].std()) or 1.0  # a constant target: nothing to divide by
    column = ((y - mean) / std).reshape(-1, 1)
    return Prepared(scale(x[train_rows]).astype(dtype), column[train_rows].astype(dtype),
                    scale(x[test_rows]).astype(dtype), column[test_rows].astype(dtype), mean, std)


def correlation(predicted, actual):
    """Pearson's r, np.corrcoef's off-diagonal entry; None when either side is constant (r is undefined)."""
    predicted, actual = np.asarray(predicted, dtype=float), np.asarray(actual, dtype=float)
    if len(predicted) < 2 or np.ptp(predicted) == 0 or np.ptp(actual) == 0:
        return None
    r = float(np.corrcoef(predicted, actual)[0, 1])
    return r if np.isfinite(r) else None  # numbers too large to square


def mse(predicted, actual):
    """Keras' "mse": mean((predicted − actual)²)."""
    return float(np.mean((np.asarray(predicted, dtype=float) - np.asarray(actual, dtype=float)) ** 2))


def reference_mses(x, y, train_rows, test_rows):
    """Two yardsticks for a test MSE, both fitted on the training rows only:
    "mean", predicting the training mean of y for every row (no learning at all), and
    "linear", the least-squares plane b + w·x (linear regression, no hidden layer), None if it cannot be computed."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    design = np.column_stack([np.ones(len(x)), x])
    with np.errstate(all="ignore"):  # numbers near float64's limits: an inf or NaN yardstick, not a warning
        mean = mse(np.full(len(test_rows), y[train_rows].mean()), y[test_rows])
        try:
            coefficients = np.linalg.lstsq(design[train_rows], y[train_rows], rcond=None)[0]
            linear = mse(design[test_rows] @ coefficients, y[test_rows])
        except np.linalg.LinAlgError:  # SVD did not converge
            linear = None
    return {"mean": mean, "linear": linear}


@dataclass
class FitResult:
    """One training run and its predictions. history.loss[e] (train_mse) is Keras' epoch "loss" (the mean
    over the epoch's mini-batches, each measured before its step); history.metrics["test_loss"] (test_mse)
    is "val_loss", after the epoch. Both, and history.last_finite_loss, in the target's units."""

    history: Run
    predicted: np.ndarray  # test rows, in the target's units
    actual: np.ndarray
    correlation: float | None
    params: dict

    @property
    def train_mse(self):
        return self.history.loss

    @property
    def test_mse(self):
        return self.history.metrics["test_loss"]

    @property
    def diverged(self):
        return self.history.diverged

    @property
    def epochs(self):
        return len(self.train_mse)


def fit_table(x, y, train_rows, test_rows, *, scaling, hidden, batch_size, epochs, lr, seed=0, scale_target=True,
              optimizer="adam", progress=None):
    """Train an inputs-hidden-1 network of ReLU units on the training rows; a FitResult.

    Trained one epoch per nncore.mlp.train call, epoch e's mini-batches shuffled with the
    generator seeded by (seed, e), so the result does not depend on how often progress(done, total)
    is called back. A diverging run (NaN, inf or a loss above nncore.divergence.DIVERGENCE_LIMIT) stops there,
    with the network as it was before.
    """
    data = prepare(x, y, train_rows, test_rows, scaling, scale_target)
    params = init_params([data.x_train.shape[1], hidden, 1], ACTIVATION, seed, np.float32)
    step = make_optimizer(optimizer, lr)
    to_units = 2.0 * data.target_std ** 2  # identity_mse is 0.5 · mean square, of the scaled target
    history = Run([], metrics={"test_loss": []})
    for epoch in range(1, epochs + 1):
        one = train(params, data.x_train, data.t_train, activation=ACTIVATION, output=OUTPUT, optimizer=step,
                        epochs=1, batch_size=batch_size, seed=seed, first_epoch=epoch, x_test=data.x_test,
                        t_test=data.t_test)
        if one.diverged:
            last = one.last_finite_loss
            history.diverged_at, history.last_finite_loss = epoch, None if last is None else last * to_units
            break
        losses = one.loss[0] * to_units, one.metrics["test_loss"][0] * to_units
        if not np.isfinite(losses).all():  # finite in the network's float32, not in the target's units
            history.diverged_at, history.last_finite_loss = epoch, history.loss[-1] if history.loss else None
            break
        history.loss.append(losses[0])
        history.metrics["test_loss"].append(losses[1])
        if progress:
            progress(epoch, epochs)
    predicted = (predict(params, data.x_test, ACTIVATION, OUTPUT)[:, 0].astype(float) * data.target_std
                 + data.target_mean)
    actual = np.asarray(y, dtype=float)[test_rows]
    return FitResult(history, predicted, actual, None if history.diverged else correlation(predicted, actual), params)


def compare_scalings(x, y, train_rows, test_rows, progress=None, **settings):
    """{scaling: FitResult} for raw, min-max and standardised inputs: the same network, seed and settings
    (those of fit_table), only the inputs' scaling differs. progress(done, total) counts epochs of all three."""
    results = {}
    for k, scaling in enumerate(SCALINGS):
        def report(done, total, k=k):
            progress(k * total + done, len(SCALINGS) * total)

        results[scaling] = fit_table(x, y, train_rows, test_rows, scaling=scaling,
                                     progress=report if progress else None, **settings)
    return results
