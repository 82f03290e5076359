"""Page: a 2-2-1 network learning XOR live; with no hidden layer it visibly cannot."""
import numpy as np
import pandas as pd
import streamlit as st

from nncore import backprop
from nncore.minibatch import descent_kind
from nncore.mlp import ACTIVATIONS, accuracy, init_params, loss, predict
from nncore.optimizer import OPTIMIZERS, SGD, Adam, Momentum
from nncore.perceptron import INPUTS, TRUTH_TABLES, line_segment
from ui.charts import PALETTE
from ui.frame import PageFrame
from ui.i18n import t
from ui.live_player import (
    LivePlayer,
    image_layer,
    legend_item,
    plot_panel,
    points_layer,
    segments_layer,
    show_player,
    table_panel,
)
from ui.live_run import current_run
from ui.live_views import grid, surface_codes, surface_palette
from ui.loss_formulas import state_loss
from ui.training_charts import BINARY

KEY = "xor.run"
X = INPUTS.astype(float)
LABELS = np.array(TRUTH_TABLES["XOR"])
TARGETS = LABELS.reshape(-1, 1).astype(float)
DOMAIN = (-0.5, 1.5)
EPOCHS_PER_FRAME = 5  # 150 epochs a second: the default network solves XOR in about 5 s
MAX_EPOCHS = 20000
CELLS = 40
GRID, _ = grid(DOMAIN, CELLS)
UNIT_COLOURS = ["#333333", *PALETTE[2:]]

page = PageFrame("xor")
ctl = page.controls
settings, live = st.columns([1, 3], gap="medium")
with settings:  # the network's settings beside the picture, as in TensorFlow Playground
    hidden = ctl.slider("hidden", t("xor.hidden"), 0, 8, 2, 1)
    activation = ctl.choice("act", t("xor.activation"), [a for a in ACTIVATIONS if a != "linear"], "sigmoid",
                            format_key="live.act")
    optimizer = ctl.choice("opt", t("live.optimizer"), list(OPTIMIZERS), "sgd", format_key="live.opt",
                           help=t("live.opt_help"))
    lr = ctl.slider("lr", t("live.lr"), 0.05, 5.0, 2.0, 0.05)
    seed = ctl.slider("seed", t("live.seed"), 0, 20, 0, 1)
    sizes = [2, hidden, 1] if hidden else [2, 1]
    st.caption(t("xor.architecture", sizes="-".join(map(str, sizes))))
    st.caption(t(f"live.kind.{descent_kind(len(X), len(X))}", n=len(X), size=len(X)))  # all four at every step
    if hidden == 0:
        st.warning(t("xor.no_hidden"), icon=":material/block:")
config = (hidden, activation, optimizer, lr, seed)
run = current_run(KEY, config, lambda: init_params(sizes, activation, seed, np.float32), optimizer, lr, MAX_EPOCHS)
run.start(X, TARGETS, activation=activation, output="sigmoid_bce")
check_while_playing = page.report_run(run)
# the book-style code that computes what nncore.mlp trains with (tested equal)
page.uses(backprop.init_params, backprop.forward, backprop.backward, backprop.train_step, backprop.train, SGD, Momentum,
          Adam, loss, accuracy)


def advance(epochs):
    run.advance(epochs, X, TARGETS, activation=activation, output="sigmoid_bce")


def unit_lines():
    """Each hidden neuron's line w·x + b = 0 across the plane, as a dashed segment of its colour."""
    layers = []
    for j in range(hidden):
        ends = line_segment(run.params["W1"][:, j], run.params["b1"][j], *DOMAIN)
        if ends:
            layers.append(segments_layer([(*ends[0], *ends[1])], UNIT_COLOURS[j % len(UNIT_COLOURS)], 2.5, (7, 5)))
    return layers


def frame():
    y = predict(run.params, X, activation, "sigmoid_bce")
    surface = surface_codes(predict(run.params, GRID, activation, "sigmoid_bce"), CELLS)
    return {"stats": {"epoch": f"{run.epoch:,}", "loss": f"{run.history.loss[run.epoch]:.4f}",
                      "accuracy": f"{accuracy(y, TARGETS, 'sigmoid_bce'):.0%}"},
            "layers": {"surface": [image_layer(surface, DOMAIN, DOMAIN, "surface"), *unit_lines()]},
            "cells": {"outputs": [[int(a), int(b), int(c), f"{v:.4f}"]
                                  for (a, b), c, v in zip(INPUTS, LABELS, y[:, 0])]}}


classes = [legend_item(f"{t('xor.target')} {c}", BINARY[c], "point") for c in (0, 1)]
units = [legend_item(t("xor.unit_line", j=j + 1), UNIT_COLOURS[j % len(UNIT_COLOURS)], "dash") for j in range(hidden)]
panels = [
    plot_panel("surface", t("xor.surface_title"), "x₁", "x₂", x_domain=DOMAIN, y_domain=DOMAIN, square=True,
               legend=classes + units, palettes={"surface": surface_palette(2)},
               static=[points_layer(X[:, 0], X[:, 1], colours=[BINARY[c] for c in LABELS], r=9)]),
    plot_panel("loss", t("xor.curve_title"), t("live.epoch"), t("live.loss_log"), log=True,
               curves=[{"label": t("live.train"), "colour": PALETTE[0], "key": "loss"}]),
    table_panel("outputs", "", ["x₁", "x₂", t("xor.target"), t("xor.output")]),
]
player = LivePlayer(KEY, run, advance, frame, panels, [["surface", "loss"], ["outputs"]],
                    [{"id": "epoch", "label": t("live.epoch")}, {"id": "loss", "label": t("live.loss")},
                     {"id": "accuracy", "label": t("live.accuracy")}], EPOCHS_PER_FRAME)


with live:
    show_player(player, lambda: state_loss("binary_cross_entropy"), on_frames=check_while_playing)
    st.caption(t("xor.surface_help") + (" " + t("xor.lines_help") if hidden else ""))
with st.expander(t("xor.weights_title"), icon=":material/tune:"):  # the weights of the frame shown when paused
    for name, value in run.params.items():
        st.markdown(f"**{name}** {tuple(value.shape)}")
        st.dataframe(pd.DataFrame(np.atleast_2d(value)).round(3))
page.finish()
