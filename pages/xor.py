"""Page: a 2-2-1 network learning XOR live; with no hidden layer it visibly cannot."""
import numpy as np
import pandas as pd
import streamlit as st

from nncore.mlp import ACTIVATIONS, OPTIMIZERS, accuracy, backward, forward, init_params, predict, train, train_step
from nncore.perceptron import INPUTS, TRUTH_TABLES
from ui.charts import show
from ui.frame import PageFrame
from ui.i18n import t
from ui.live_run import animate, current_run, is_playing, play_controls, report_divergence, stop_if_finished
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

page = PageFrame("xor")
ctl = page.controls
c1, c2, c3 = st.columns(3)
with c1:
    hidden = ctl.slider("hidden", t("xor.hidden"), 0, 8, 2, 1)
    activation = ctl.choice("act", t("xor.activation"), [a for a in ACTIVATIONS if a != "linear"], "sigmoid",
                            format_key="live.act")
with c2:
    optimizer = ctl.choice("opt", t("live.optimizer"), list(OPTIMIZERS), "sgd", format_key="live.opt")
    lr = ctl.slider("lr", t("live.lr"), 0.05, 5.0, 2.0, 0.05)
with c3:
    seed = ctl.slider("seed", t("live.seed"), 0, 20, 0, 1)
sizes = [2, hidden, 1] if hidden else [2, 1]
st.caption(t("xor.architecture", sizes="-".join(map(str, sizes))))
if hidden == 0:
    st.warning(t("xor.no_hidden"), icon=":material/block:")
run = current_run(KEY, (hidden, activation, optimizer, lr, seed),
                  lambda: init_params(sizes, activation, seed, np.float32), optimizer, lr, MAX_EPOCHS)
page.uses(init_params, forward, backward, train_step, train)


def train_more():
    run.advance(EPOCHS_PER_FRAME, X, TARGETS, activation=activation, output="sigmoid_bce")


def draw():
    if is_playing(KEY):
        train_more()
        stop_if_finished(KEY)
    st.metric(t("live.epoch"), f"{run.epoch:,}")
    report_divergence(run)
    y = predict(run.params, X, activation, "sigmoid_bce")
    left, right = st.columns([1.1, 1], gap="large")
    with left:
        lines = unit_lines_frame(run.params, [t("xor.unit_line", j=j + 1) for j in range(hidden)], DOMAIN)
        show(decision_surface(t("xor.surface_title"), "x₁", "x₂", t("xor.class"), t("xor.split"), ("0", "1"),
                              ("XOR",), DOMAIN, 420, 500),
             width="content", surface=surface_frame(predict(run.params, GRID, activation, "sigmoid_bce"), CELLS, DOMAIN),
             points=points_frame(X, LABELS, "XOR"), lines=lines)
        if hidden:
            st.caption(t("xor.lines_help"))
    with right:
        m1, m2 = st.columns(2)
        loss = run.history["loss"][-1] if run.history["loss"] else None
        m1.metric(t("live.loss"), f"{loss:.4f}" if loss is not None else "–")
        m2.metric(t("live.accuracy"), f"{page.uses(accuracy)(y, TARGETS, 'sigmoid_bce'):.0%}")
        show(learning_curves(t("xor.curve_title"), t("live.epoch"), t("live.loss_log"), t("live.data"),
                             (t("live.train"),), True),
             curves=curves_frame(run.history, (t("live.train"),), "loss"))
        st.dataframe(pd.DataFrame({"x₁": INPUTS[:, 0], "x₂": INPUTS[:, 1], t("xor.target"): LABELS,
                                   t("xor.output"): y[:, 0]}), hide_index=True,
                     column_config={t("xor.output"): st.column_config.NumberColumn(format="%.4f")})


play_controls(KEY, EPOCHS_PER_FRAME, train_more)
animate(KEY, draw)
with st.expander(t("xor.weights_title"), icon=":material/tune:"):  # outside the animation: shown when paused
    for name, value in run.params.items():
        st.markdown(f"**{name}** {tuple(value.shape)}")
        st.dataframe(pd.DataFrame(np.atleast_2d(value)).round(3))
page.finish()
