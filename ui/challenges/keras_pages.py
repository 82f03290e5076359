"""Challenges of the "keras" group's pages. None of them trains a model: each is reached with what a page
computes before any training (its arithmetic, the shipped models' readings, the timings).

- digits_draw: its controls (model, input, sample) and `digit` (the shown model's reading of the prepared
  image), `mlp_digit` and `cnn_digit` (each shipped model's), `squashed_digit` (the shown model's reading of
  the whole canvas squashed to 28×28), while something is drawn or a sample shown.
- digits_explorer: its controls (model, true, pred, seed) and `cell_count` (test digits in the chosen cell),
  `mlp_cell_count` (the same for the shipped MLP), `gallery_wrong` (mistakes among the 24 random digits).
- digits_train: its controls (n, layers, units, epochs, batch, opt) and `n_train`, `steps` (updates per
  epoch), `updates` (in all), `last_batch` (the last batch's size).
- digits_batch: its controls (model, n) and `busy` (the machine was too busy for clean timings: then no
  timing challenge is judged), `best_size` (the fastest batch size) and `speedup` (the loop's time over the
  fastest batch's; None when busy). Timings: each check holds with a wide
  margin (on a 2-core machine the MLP's speed-up is 12-21×, the CNN's about 2×, and the CNN's batches of
  1,000 and more take about 1.6× longer per image than its batch of 10).
- keras_recipes: its controls (a_epochs, a_lr, ..., c_batch, ...) and `c_rows` (the regression's training rows).
"""
import math

from nncore.sample_drawings import sample_label
from ui.challenges.challenge import Challenge

COURSE_BATCH, COURSE_EPOCHS = 32, 100  # (c)'s defaults, the course's fit(epochs=100, batch_size=32)
MLP_MISREAD_SAMPLE = "1_small"  # the sample the MLP misreads and the CNN reads right


def _sample_label(state):
    """The digit the sample shown was drawn as; None while drawing by hand (the page cannot know it)."""
    return int(sample_label(state["sample"])) if state.get("input") == "sample" else None


def _squashing_misreads(state):
    """A sample read right prepared the MNIST way, and wrong squashed whole."""
    label = _sample_label(state)
    return label is not None and state["digit"] == label and state["squashed_digit"] != label


def _mlp_wrong_cnn_right(state):
    label = _sample_label(state)
    return label is not None and state["mlp_digit"] != label and state["cnn_digit"] == label


def _same_updates_as_the_course(state):
    rows = state["c_rows"]
    updates = math.ceil(rows / int(state["c_batch"])) * state["c_epochs"]
    return int(state["c_batch"]) != COURSE_BATCH and updates == math.ceil(rows / COURSE_BATCH) * COURSE_EPOCHS


_MLP_WRONG_CNN_RIGHT = Challenge("digits_draw.mlp_wrong", "digits_draw", _mlp_wrong_cnn_right,
                                 f"input=sample&sample={MLP_MISREAD_SAMPLE}")

CHALLENGES = (
    Challenge("digits_draw.squash_other", "digits_draw",
              lambda s: _squashing_misreads(s) and s["sample"] != "3_small_corner",
              "input=sample&sample=1_thin"),
    Challenge("digits_draw.cnn_squashed", "digits_draw",
              lambda s: s.get("model") == "cnn" and _squashing_misreads(s),
              "model=cnn&input=sample&sample=3_small_corner"),
    _MLP_WRONG_CNN_RIGHT,
    Challenge("digits_explorer.all_right", "digits_explorer",
              lambda s: s.get("model") == "mlp" and s.get("gallery_wrong") == 0,
              "seed=2"),
    Challenge("digits_explorer.cnn_worse", "digits_explorer",
              lambda s: (s.get("model") == "cnn" and s["true"] != s["pred"]
                         and s["cell_count"] > s.get("mlp_cell_count", s["cell_count"])),
              "model=cnn&true=5&pred=3"),
    Challenge("digits_train.last_batch", "digits_train",
              lambda s: "last_batch" in s and s["last_batch"] < int(s["batch"]),
              "batch=128"),
    Challenge("digits_train.few_updates", "digits_train",
              lambda s: "updates" in s and s["epochs"] >= 20 and s["updates"] < 1000,
              "n=1000&epochs=30&batch=64"),
    Challenge("digits_batch.small_gain", "digits_batch",
              lambda s: s.get("busy") is False and s["speedup"] < 4,
              "model=cnn", timed=True),
    Challenge("digits_batch.not_largest", "digits_batch",
              lambda s: s.get("busy") is False and s["best_size"] < s["n"],
              "model=cnn&n=2000", timed=True),
    Challenge("keras_recipes.adam_reach", "keras_recipes",
              lambda s: s["a_epochs"] <= 30 and s["a_epochs"] * float(s["a_lr"]) >= 0.3 - 1e-9,
              "a_lr=0.01"),
    Challenge("keras_recipes.same_updates", "keras_recipes", _same_updates_as_the_course,
              "c_batch=16&c_epochs=50"),
)
