"""Page: the lecture's overshooting experiment. Gradient descent on (b, w) fits y = b + w·x with x drawn
from [0, s]; stretching x makes the same learning rate overshoot, and min-max normalisation or
standardisation of x cures it. The same loop in TensorFlow 2 runs on demand."""
import math

import numpy as np
import pandas as pd
import streamlit as st

from nncore.descent import quadratic_regime
from nncore.divergence import DIVERGENCE_LIMIT
from nncore.line_fit import (
    descend_line,
    expected_stable_learning_rate,
    least_squares_line,
    line_curvatures,
    line_gradient,
    line_hessian,
    line_loss,
    make_line_data,
    max_stable_learning_rate,
)
from nncore.scaling import SCALINGS, fit_scaler
from ui.charts import INK, LINE_WIDTH, show, show_square
from ui.frame import PageFrame, source_without_import
from ui.i18n import t
from ui.keras_session import page_keras_turn
from ui.line_fit_charts import (
    DATA_COLOUR,
    RUN_COLOURS,
    curve_frame,
    line_frame,
    loss_contour,
    loss_curve,
    loss_grid_frame,
)
from ui.line_fit_layers import HEAT_PALETTE, fitted_line_layer, line_loss_heat, line_text
from ui.live_player import (
    LivePlayer,
    hline_layer,
    legend_item,
    line_layer,
    named,
    plot_panel,
    points_layer,
    prefix_layer,
    show_player,
)
from ui.loss_formulas import state_loss
from ui.replay import current_replay_run
from ui.surface_path import PathOnSurface, path_tables, view_around

KEY = "overshoot.path"
TF_KEY = "overshoot.tf"
FRAMES_PER_RUN = 150  # Play shows a whole run in about this many frames (5 s)
LR_MIN, LR_MAX, LR_STEP = 0.001, 1.0, 0.001
TF_MODULE, TF_FUNCTION = "nncore.tf_line_fit", "descend_line_tf"
REGIME_BOX = {"converges": (st.success, ":material/check_circle:"),
              "oscillates": (st.warning, ":material/swap_vert:"),
              "bounces": (st.warning, ":material/sync_alt:"),
              "diverges": (st.error, ":material/warning:")}
SCALED_X = {"raw": r"\tilde x = x",
            "minmax": r"\tilde x = \frac{x - \min x}{\max x - \min x} \in [0, 1]",
            "standard": r"\tilde x = \frac{x - \mu_x}{\sigma_x}"}


def on_grid(lr):
    """The learning-rate slider's nearest value."""
    return round(min(max(round(lr / LR_STEP) * LR_STEP, LR_MIN), LR_MAX), 3)


def set_lr(lr):
    st.session_state["overshoot.lr"] = lr


LECTURE = {"scaling": "raw", "s": 5.0, "n": 500, "noise": 0.0, "lr": 0.1, "steps": 100, "start": 0.5}
BORDERLINE = 0.15  # a learning rate within 15 % of the limit: the drawn data decide whether it diverges


def load_lecture():
    """The lecture's own experiment: 500 points in [0, 5], no noise, lr 0.1 from b = w = 0.5, 100 steps."""
    st.session_state.update({f"overshoot.{name}": value for name, value in LECTURE.items()})


def in_original_units(b, w, scaler):
    """b + w·x̃ with x̃ = scaler(x) (an affine map) written as intercept + slope·x in x's own units."""
    at0, at1 = scaler(np.array([0.0, 1.0]))
    return b + w * at0, w * (at1 - at0)


def fmt(value):
    return f"{value:.4g}"


def path_view(path, optimum):
    """The start, the optimum, and the path as far as 3 × the start's distance from the optimum. Gradient
    descent on a quadratic never moves away from the optimum unless it diverges, so that is all of a run that
    does not; a diverging one is seen swinging out and cut at the edge."""
    distance = np.linalg.norm(path - optimum, axis=1)
    return view_around(np.vstack([optimum[None, :], path[distance <= 3 * distance[0]]]), margin=0.15)


page = PageFrame("overshoot")
ctl = page.controls
# what drives the picture (scaling, s, the learning rate) right above it, the player next; the data in a popover
scaling_column, lr_column, settings_column = st.columns([1.15, 1.1, 1.25], gap="medium")
with scaling_column:
    scaling = ctl.choice("scaling", t("overshoot.scaling"), list(SCALINGS), "raw", widget="radio",
                         format_key="overshoot.scaling", horizontal=True)
    scale = ctl.slider("s", t("overshoot.scale"), 1.0, 10.0, 10.0, 0.5)
with settings_column:
    settings = st.popover(t("overshoot.more_settings"), icon=":material/tune:", width="stretch")
with settings:
    st.markdown(f"**{t('overshoot.data_title')}**")
    true_b = ctl.slider("b", t("overshoot.true_b"), -3.0, 3.0, 1.0, 0.5)
    true_w = ctl.slider("w", t("overshoot.true_w"), -3.0, 3.0, 2.0, 0.5)
    n = ctl.slider("n", t("overshoot.n"), 10, 500, 100, 10)
    noise = ctl.slider("noise", t("overshoot.noise"), 0.0, 2.0, 0.5, 0.1)
    seed = ctl.slider("seed", t("overshoot.seed"), 0, 20, 0, 1)
    st.markdown(f"**{t('overshoot.descent_title')}**")
    steps = ctl.slider("steps", t("overshoot.steps"), 10, 1000, 300, 10)
    start = ctl.slider("start", t("overshoot.start"), -1.0, 1.0, 0.0, 0.5)
    st.button(t("overshoot.lecture"), key="overshoot.lecture_button", on_click=load_lecture,
              icon=":material/school:", help=t("overshoot.lecture_help"))
x, y = page.uses(make_line_data)(true_b, true_w, scale, n, noise, seed)
scaler = page.uses(fit_scaler)(x, scaling)
x_used = scaler(x)
# Rounded: eigenvalues carry errors of about 1e-16, and a round bowl (standardised x: both exactly 2)
# must sit on the regimes' boundaries, not a hair beyond them.
curvatures = np.round(page.uses(line_curvatures)(x_used), 12)
limit = page.uses(max_stable_learning_rate)(x_used)
with lr_column:
    lr = ctl.slider("lr", t("live.lr"), LR_MIN, LR_MAX, 0.1, LR_STEP, format="%.3f")
    st.caption(t("overshoot.limit_here", limit=f"{limit:.4f}"))
    below, above = on_grid(0.95 * limit), on_grid(1.05 * limit)
    presets = st.container(horizontal=True)
    presets.button(t("overshoot.just_below", lr=f"{below:.3f}"), key="overshoot.below_button", on_click=set_lr,
                   args=(below,), disabled=not below < limit, icon=":material/south:",
                   help=t("overshoot.just_below_help"))
    presets.button(t("overshoot.just_above", lr=f"{above:.3f}"), key="overshoot.above_button", on_click=set_lr,
                   args=(above,), disabled=not above > limit, icon=":material/north:",
                   help=t("overshoot.just_above_help"))

run = page.uses(descend_line)(x_used, y, lr, steps, (start, start))
page.uses(line_loss, line_gradient, line_hessian, least_squares_line, quadratic_regime)
optimum = least_squares_line(x_used, y)
best_loss = float(line_loss(*optimum, x_used, y))
regime = quadratic_regime(lr, curvatures, bounce=True)
product = lr * curvatures.max()
limit_text = f"{DIVERGENCE_LIMIT:,.0f}"
path, losses, diverged_at = run.path, run.loss, run.diverged_at
if diverged_at:
    outcome = t("overshoot.outcome.diverged", step=diverged_at, loss=fmt(losses[-1]), limit=limit_text)
elif regime == "diverges":
    outcome = t("overshoot.outcome.growing", steps=steps, loss=fmt(losses[-1]), limit=limit_text)
elif losses[-1] <= best_loss * 1.01 + 1e-12:
    outcome = t("overshoot.outcome.reached", steps=steps, loss=fmt(losses[-1]), best=fmt(best_loss))
elif regime == "bounces":
    outcome = t("overshoot.outcome.stuck", steps=steps, loss=fmt(losses[-1]), best=fmt(best_loss))
else:
    outcome = t("overshoot.outcome.not_yet", steps=steps, loss=fmt(losses[-1]), best=fmt(best_loss))
page.report(regime=regime, limit=float(limit), diverged=diverged_at is not None,
            arrived_at=next((k for k, value in enumerate(losses) if value <= best_loss * 1.01 + 1e-12), None))
view = path_view(path, optimum)
pad = 0.1 * (y.max() - y.min() + 1e-9)
y_range = (min(y.min(), true_b, true_b + true_w * scale) - pad, max(y.max(), true_b, true_b + true_w * scale) + pad)
true_line = line_frame(true_b, true_w, (0.0, scale), y_range, t("overshoot.true_line"))
numpy_run = t("overshoot.run_numpy")
b_title, w_title = ("b", "w") if scaling == "raw" else ("b", "w  (x̃)")

config = (true_b, true_w, scale, noise, n, seed, lr, steps, scaling, start)
reveal = current_replay_run(KEY, config, diverged_at or len(path) - 1)
last = len(path) - 1  # the step where a run diverged has no point to draw
value_top = float(np.nanmax(losses)) * 1.5
drawing = PathOnSurface(path, view, RUN_COLOURS[0])


def frame():
    shown = reveal.epoch
    k = min(shown, last)
    b_k, w_k = path[k]
    intercept, slope = in_original_units(b_k, w_k, scaler)
    return {"stats": {"step": f"{shown} / {reveal.total}", "loss": f"> {limit_text}" if shown > k else fmt(losses[k]),
                      "b": "–" if shown > k else f"{b_k:.4f}", "w": "–" if shown > k else f"{w_k:.4f}"},
            "layers": {"contour": drawing.layers(k),
                       "loss": [prefix_layer("losses", k + 1), points_layer([k], [losses[k]], INK, r=9, shape="ring")],
                       "line": fitted_line_layer(intercept, slope, (0.0, scale), y_range, RUN_COLOURS[0])},
            "caption": t("overshoot.line_before_divergence" if shown > k else "overshoot.line_equation", step=k,
                         shown=shown, limit=limit_text, line=line_text(intercept, slope, ".3f"),
                         true_line=line_text(true_b, true_w, "g"))}


true_ends = line_frame(true_b, true_w, (0.0, scale), y_range, "")
panels = [
    plot_panel("contour", t("overshoot.contour_title"), b_title, w_title, x_domain=view[0], y_domain=view[1],
               square=True, palettes={"heat": HEAT_PALETTE},
               static=[line_loss_heat(x_used, y, view), points_layer([optimum[0]], [optimum[1]], INK, r=9,
                                                                     shape="diamond"),
                       *drawing.static_layers()],
               legend=[legend_item(t("overshoot.step"), RUN_COLOURS[0], "point"),
                       legend_item(t("overshoot.optimum"), INK, "diamond")]),
    plot_panel("loss", t("overshoot.curve_title"), t("overshoot.step"), t("live.loss_log"), log=True,
               x_domain=(0, max(reveal.total, 1)), y_domain=(max(best_loss, float(np.nanmin(losses))) / 2, value_top),
               static=[*([hline_layer(best_loss, INK)] if best_loss > 0 else []),
                       named(line_layer(np.arange(len(losses)), losses, RUN_COLOURS[0], LINE_WIDTH), "losses")],
               legend=[legend_item(t("overshoot.floor"), INK, "dash")] if best_loss > 0 else []),
    plot_panel("line", t("overshoot.line_title"), "x", "y", x_domain=(0.0, scale), y_domain=y_range,
               static=[points_layer(x, y, DATA_COLOUR, r=3.5), line_layer(true_ends["x"], true_ends["y"], INK, 2.5,
                                                                            (7, 5), under=True)],
               legend=[legend_item(t("overshoot.true_line"), INK, "dash"),
                       legend_item(t("overshoot.fitted_line"), RUN_COLOURS[0])]),
]
player = LivePlayer(KEY, reveal, reveal.advance, frame, panels, [["contour", "loss", "line"]],
                    [{"id": "step", "label": t("overshoot.step")}, {"id": "loss", "label": t("live.loss")},
                     {"id": "b", "label": "b"}, {"id": "w", "label": "w"}],
                    epochs_per_frame=max(1, math.ceil(reveal.total / FRAMES_PER_RUN)), step_label=t("replay.one_step"),
                    chunk_frames=FRAMES_PER_RUN + 1)


show_player(player, lambda: st.caption(t("overshoot.contour_help")))

verdict_column, limit_column = st.columns([3, 1], gap="medium")
with verdict_column:
    box, icon = REGIME_BOX[regime]
    box(t(f"overshoot.regime.{regime}", product=f"{product:.4g}") + " " + outcome, icon=icon)
    st.caption(t("overshoot.curvatures", low=fmt(curvatures[0]), high=fmt(curvatures[1]), lr=f"{lr:g}",
                 limit=f"{limit:.4f}"))
    if scaling == "raw" and abs(lr - limit) <= BORDERLINE * limit:
        expected = page.uses(expected_stable_learning_rate)(scale)
        st.info(t("overshoot.borderline", lr=f"{lr:g}", s=f"{scale:g}", expected=f"{expected:.3f}",
                  limit=f"{limit:.4f}", n=n), icon=":material/balance:")
limit_column.metric(t("overshoot.limit"), f"{limit:.4f}", help=t("overshoot.limit_help"))
st.latex(r"\hat y = b + w\,\tilde x \qquad L(b, w) = \frac{1}{n}\sum_{i=1}^{n} (b + w\,\tilde x_i - y_i)^2 \qquad "
         r"(b, w) \leftarrow (b, w) - \eta\,\nabla L")
state_loss("mean_square")
st.markdown(t(f"overshoot.model.{scaling}"))
st.latex(SCALED_X[scaling])

# --- the same experiment in TensorFlow 2 ---------------------------------------------------------
def tensorflow_comparison(x_tf, y_tf, lr_tf, steps_tf, start_tf, tf_config, axes=("b", "w")):
    """The button that runs descend_line_tf on (x_tf, y_tf), and its path against NumPy's."""
    stored = st.session_state.get(TF_KEY)
    if st.button(t("overshoot.tf_run", steps=steps_tf), key="overshoot.tf_button", icon=":material/play_arrow:"):
        with st.spinner(t("overshoot.tf_running")), page_keras_turn():
            from nncore import tf_line_fit  # TensorFlow: only once asked for

            stored = st.session_state[TF_KEY] = {
                "config": tf_config, "result": tf_line_fit.descend_line_tf(x_tf, y_tf, lr_tf, steps_tf, start_tf)}
    if stored and stored["config"] != tf_config:
        st.info(t("overshoot.tf_stale"), icon=":material/refresh:")
    if not stored or stored["config"] != tf_config:
        return
    tf_run, keras_lr = stored["result"]
    np_run = descend_line(x_tf, y_tf, lr_tf, steps_tf, (start_tf, start_tf))
    same_rate = descend_line(x_tf, y_tf, keras_lr, steps_tf, (start_tf, start_tf))
    common = min(len(tf_run.path), len(np_run.path), len(same_rate.path))
    size = max(1.0, float(np.abs(np_run.path[:common]).max()))
    gap_same = float(np.abs(tf_run.path[:common] - same_rate.path[:common]).max())
    gap_set = float(np.abs(tf_run.path[:common] - np_run.path[:common]).max())
    t1, t2, t3 = st.columns(3)
    t1.metric(t("overshoot.tf_keras_lr"), f"{keras_lr:.12g}")
    t2.metric(t("overshoot.tf_gap_same"), f"{gap_same:.1e}")
    t3.metric(t("overshoot.tf_gap_page"), f"{gap_set:.1e}")
    if gap_same <= 1e-9 * size and tf_run.diverged_at == np_run.diverged_at:
        st.success(t("overshoot.tf_same", steps=len(tf_run.path) - 1), icon=":material/check_circle:")
    else:
        st.warning(t("overshoot.tf_differs", tf_stop=tf_run.diverged_at or "–", np_stop=np_run.diverged_at or "–"),
                   icon=":material/warning:")
    st.caption(t("overshoot.tf_float32", keras_lr=f"{keras_lr:.17g}", lr=f"{lr_tf:g}"))
    optimum_tf = least_squares_line(x_tf, y_tf)
    best_tf = float(line_loss(*optimum_tf, x_tf, y_tf))
    view_tf = path_view(np_run.path, optimum_tf)
    tf_name = t("overshoot.run_tf")
    runs = (numpy_run, tf_name)
    np_segments, np_points = path_tables(np_run.path, np_run.loss, view_tf, numpy_run)
    tf_segments, tf_points = path_tables(tf_run.path, tf_run.loss, view_tf, tf_name)
    tf_points["label"] = ""  # NumPy's numbers already mark the same points
    left, right = st.columns([1.1, 1], gap="medium")
    with left:
        show_square(loss_contour(t("overshoot.tf_contour_title"), *axes, t("live.loss"),
                                 t("overshoot.step"), t("overshoot.optimum"), runs),
                    "overshoot_tf_contour", key="overshoot.tf_contour", heat=loss_grid_frame(x_tf, y_tf, view_tf),
                    segments=pd.concat([np_segments, tf_segments]), points=pd.concat([np_points, tf_points]),
                    optimum=pd.DataFrame({"b": [optimum_tf[0]], "w": [optimum_tf[1]], "loss": [best_tf]}))
    with right:
        show(loss_curve(t("overshoot.tf_curve_title"), t("overshoot.step"), t("live.loss_log"), runs,
                        t("overshoot.floor")),
             key="overshoot.tf_curve", floor=pd.DataFrame({"loss": [best_tf] if best_tf > 0 else [],
                                                           "run": t("overshoot.floor")}),
             curves=pd.concat([curve_frame(np_run.loss, numpy_run), curve_frame(tf_run.loss, tf_name)]))


st.divider()
st.subheader(t("overshoot.tf_title"))
st.markdown(t("overshoot.tf_intro"))
st.code(source_without_import(TF_MODULE, TF_FUNCTION), language="python")
tf_data = ctl.choice("tf_data", t("overshoot.tf_data"), ["lecture", "page"], "lecture", widget="segmented",
                     format_key="overshoot.tf_data")
if tf_data == "lecture":
    x_tf, y_tf = make_line_data(true_b, true_w, LECTURE["s"], LECTURE["n"], LECTURE["noise"], seed)
    lecture_run = (LECTURE["lr"], LECTURE["steps"], LECTURE["start"])
    st.caption(t("overshoot.tf_lecture_caption", b=f"{true_b:g}", w=f"{true_w:g}", seed=seed))
    tensorflow_comparison(x_tf, y_tf, *lecture_run, ("lecture", true_b, true_w, seed))
else:
    tensorflow_comparison(x_used, y, lr, steps, start, ("page", *config), (b_title, w_title))

page.finish()
