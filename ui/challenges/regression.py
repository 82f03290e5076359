"""Challenges of the "regression" group's pages.

overshoot: its controls (scaling, s, lr, b, w, n, noise, seed, steps, start) and `regime` (of lr on the bowl the
scaled x makes: converges, oscillates, bounces or diverges), `limit` (the largest stable learning rate),
`diverged` (whether the run blew up) and `arrived_at` (the first step whose loss is within 1 % of the
least-squares minimum, or None).
minibatch: its controls (batch, lr, b, w, s, noise, n, seed, sorted, epochs, sampling, sseed, ...) and
`one_diverged`, `full_diverged` (whether the batch-size-1 and the full-batch runs diverged), `one_left` (the
batch-size-1 run's final loss minus the lowest possible loss; None when it diverged) and `mini_is_full`
(whether the mini-batch run took exactly the full batch's path).
hidden_regression: its controls (target, layers, n1.., act, points, noise, opt, lr, seed) and `params` (the
network's weights and biases), `epoch` (the run's epoch shown), `hundredth_at` (the first epoch whose loss
was below 1 % of the flat line's, or None) and `all_dead` (whether every ReLU unit of some hidden layer outputs 0
on all the data, with the weights shown).
csv_fit: its controls (data, target, inputs, scaling, epochs, hidden, split, shuffle, batch, opt, lr, scale_y,
seed) and, once a table is read, `train_rows`, `steps` (weight updates per epoch), `updates` (in the whole
run) and `last_batch` (the rows of an epoch's last mini-batch). Training there waits for a button, so its
challenges are about what a setup means before it trains."""
from ui.challenges.challenge import Challenge

OVERSHOOTING = {"s": 10.0, "lr": 0.1}  # the page's opening setting: raw x from [0, 10] overshoots at lr 0.1
LECTURE_LR = 0.1


def _is(value, wanted):
    return abs(value - wanted) < 1e-9


CHALLENGES = (
    Challenge("overshoot.same_lr", "overshoot",
              lambda s: (_is(s["lr"], OVERSHOOTING["lr"]) and _is(s["s"], OVERSHOOTING["s"])
                         and s["regime"] in ("converges", "oscillates") and not s["diverged"]),
              "scaling=standard"),
    Challenge("overshoot.one_step", "overshoot",
              lambda s: s["arrived_at"] == 1,
              "scaling=standard&lr=0.5"),
    Challenge("overshoot.lecture_edge", "overshoot",
              lambda s: (s["scaling"] == "raw" and _is(s["lr"], LECTURE_LR) and s["s"] <= 5.0
                         and s["regime"] == "diverges"),
              "s=5"),
    Challenge("minibatch.one_diverges", "minibatch",
              lambda s: s["one_diverged"] and not s["full_diverged"],
              "lr=0.2&s=3"),
    Challenge("minibatch.same_as_full", "minibatch",
              lambda s: s["mini_is_full"],
              "batch=100&sampling=shuffle"),
    Challenge("minibatch.noise_floor", "minibatch",
              lambda s: s["noise"] >= 0.5 and s["one_left"] is not None and s["one_left"] < 0.005,
              "lr=0.01"),
    Challenge("hidden_regression.fast_bend", "hidden_regression",
              lambda s: s["target"] == "parabola" and s["hundredth_at"] is not None and s["hundredth_at"] <= 300,
              "layers=1&n1=8", train_to=300),
    Challenge("hidden_regression.dead_start", "hidden_regression",
              lambda s: s["act"] == "relu" and s["layers"] >= 1 and s["all_dead"],
              "act=relu&seed=8"),
    Challenge("hidden_regression.straight_stack", "hidden_regression",
              lambda s: s["act"] == "linear" and s["layers"] >= 1 and s["params"] > 100,
              "layers=3&n1=8&n2=8&n3=8&act=linear"),
    Challenge("csv_fit.book_updates", "csv_fit",
              lambda s: s["updates"] == 10_000,
              "batch=7"),
    Challenge("csv_fit.one_row_batch", "csv_fit",
              lambda s: s["steps"] > 1 and s["last_batch"] == 1,
              "batch=233"),
)
