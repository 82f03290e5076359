"""Page: a 2-2-1 network learning XOR live; with no hidden layer it visibly cannot."""
import numpy as np
import pandas as pd
import streamlit as st

from nncore.mlp import ACTIVATIONS, OPTIMIZERS, accuracy, backward, forward, init_params, loss, predict, train, train_step
from nncore.perceptron import INPUTS, TRUTH_TABLES
from ui.charts import show, show_square
from ui.frame import PageFrame
from ui.i18n import t
from ui.layout import main_picture
from ui.live_run import (animate, current_run, headline, is_playing, play_controls, report_divergence, shown,
                          stop_if_finished)
from ui.live_views import curves_frame, grid, points_frame, surface_frame, unit_lines_frame
from ui.training_charts import decision_surface, learning_curves

KEY = "xor.run"
X = INPUTS.astype(float)
LABELS = np.array(TRUTH_TABLES["XOR"])
TARGETS = LABELS.reshape(-1, 1).astype(float)
DOMAIN = (-0.5, 1.5)
EPOCHS_PER_FRAME = 25
MAX_EPOCHS = 20000
CELLS = 40
GRID, _ = grid(DOMAIN, CELLS)
CURVE_HEIGHT = 330  # the whole loss chart, about as tall as the square beside it

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
    if hidden == 0:
        st.warning(t("xor.no_hidden"), icon=":material/block:")
run = current_run(KEY, (hidden, activation, optimizer, lr, seed),
                  lambda: init_params(sizes, activation, seed, np.float32), optimizer, lr, MAX_EPOCHS)
run.start(X, TARGETS, activation=activation, output="sigmoid_bce")
page.uses(init_params, forward, backward, train_step, train, loss)


def train_more():
    run.advance(EPOCHS_PER_FRAME, X, TARGETS, activation=activation, output="sigmoid_bce")


def draw():
    if is_playing(KEY):
        train_more()
        stop_if_finished(KEY)
    y = predict(run.params, X, activation, "sigmoid_bce")
    headline(KEY, [(t("live.epoch"), f"{run.epoch:,}"), (t("live.loss"), shown(run.history["loss"][-1])),
              (t("live.accuracy"), f"{page.uses(accuracy)(y, TARGETS, 'sigmoid_bce'):.0%}")])
    report_divergence(run)
    with main_picture():
        left, right = st.columns(2)
        with left:
            lines = unit_lines_frame(run.params, [t("xor.unit_line", j=j + 1) for j in range(hidden)], DOMAIN)
            show_square(decision_surface(t("xor.surface_title"), "x₁", "x₂", t("xor.class"), t("xor.split"), ("0", "1"),
                                         ("XOR",), DOMAIN, 400),
                        "xor_surface", surface=surface_frame(predict(run.params, GRID, activation, "sigmoid_bce"),
                                                             CELLS, DOMAIN),
                        points=points_frame(X, LABELS, "XOR"), lines=lines)
        with right:
            show(learning_curves(t("xor.curve_title"), t("live.epoch"), t("live.loss_log"), t("live.data"),
                                 (t("live.train"),), True, CURVE_HEIGHT),
                 curves=curves_frame(run.history, (t("live.train"),), "loss"))
    st.caption(t("xor.surface_help") + (" " + t("xor.lines_help") if hidden else ""))
    st.dataframe(pd.DataFrame({"x₁": INPUTS[:, 0], "x₂": INPUTS[:, 1], t("xor.target"): LABELS,
                               t("xor.output"): y[:, 0]}), hide_index=True,
                 column_config={t("xor.output"): st.column_config.NumberColumn(format="%.4f")})


with live:
    play_controls(KEY, EPOCHS_PER_FRAME, train_more)
    animate(KEY, draw)
with st.expander(t("xor.weights_title"), icon=":material/tune:"):  # outside the animation: shown when paused
    for name, value in run.params.items():
        st.markdown(f"**{name}** {tuple(value.shape)}")
        st.dataframe(pd.DataFrame(np.atleast_2d(value)).round(3))
page.finish()
