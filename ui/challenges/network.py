"""Challenges of the "network" group's pages. Besides their controls, the pages report:
softmax: `scores` and `probs` (tuples), `top_prob`, and `course_loss` (the course example's cross-entropy
error); activations: `dh_<name>`, each shown function's slope at x, and `collapse_gap` when the activation
is removed; shapes: `y_size` and `layer_params` (when X·W fits), `sizes` and `params`, `reshape_to` and
`reshaped` (when the reshape works)."""
import math

from ui.challenges.challenge import Challenge

BOOK_SCORES = (0.3, 2.9, 4.0)  # the softmax page's default scores (the book's example)
BOOK_PROBS = tuple(math.exp(a) / sum(math.exp(b) for b in BOOK_SCORES) for a in BOOK_SCORES)


def _book_scores(state):
    scores = state["scores"]
    return len(scores) == len(BOOK_SCORES) and all(abs(a - b) < 1e-9 for a, b in zip(scores, BOOK_SCORES))


def _book_probs_from_other_scores(state):
    scores, probs = state["scores"], state["probs"]
    return (len(scores) == len(probs) == len(BOOK_SCORES)
            and all(abs(a - b) > 1e-9 for a, b in zip(scores, BOOK_SCORES))
            and all(abs(p - q) < 1e-6 for p, q in zip(probs, BOOK_PROBS)))


CHALLENGES = (
    Challenge("softmax.sharp_top", "softmax",
              lambda s: _book_scores(s) and s["top_prob"] > 0.9,
              "T=0.4"),
    Challenge("softmax.same_probs", "softmax", _book_probs_from_other_scores,
              "a1=1.3&a2=3.9&a3=5"),
    Challenge("softmax.course_loss", "softmax",
              lambda s: s["t"] == "0" and s["course_loss"] < 0.8,
              "x1=-2&x2=-2&t=0"),
    Challenge("activations.sigmoid_vanishes", "activations",
              lambda s: s["dh_sigmoid"] < 0.01 and s["dh_relu"] == 1,
              "x=5"),
    Challenge("activations.relu_silent", "activations",
              lambda s: s["dh_relu"] == 0 and s["dh_tanh"] > 0.5,
              "x=-0.5"),
    Challenge("activations.deep_line", "activations",
              lambda s: s["linear"] and s["layers"] >= 4 and s["collapse_gap"] < 1e-6,
              "linear=1&layers=5"),
    Challenge("shapes.params_outnumber", "shapes",
              lambda s: s["layer_params"] > s["y_size"],
              "b=1"),
    Challenge("shapes.small_mnist", "shapes",
              lambda s: len(s["sizes"]) == 4 and s["sizes"][0] == 784 and s["sizes"][-1] == 10
              and s["params"] < 10_000,
              "sizes=784,10,10,10"),
    Challenge("shapes.reshape_3d", "shapes",
              lambda s: len(s["reshaped"]) == 3 and -1 in s["reshape_to"],
              "reshape=2,-1,3"),
)
