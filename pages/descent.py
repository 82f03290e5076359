"""Page: gradient descent on a curve or a contour map. Learning rate, steps and start point; the path
revealed step by step; converges, oscillates or diverges, with the critical learning rate 2/λmax of
quadratics; the book's three experiments run with the book's own code."""
import numpy as np
import pandas as pd
import streamlit as st

from nncore.descent import (
    LANDSCAPES,
    barely_moves,
    classify_path,
    critical_learning_rate,
    cut_at_divergence,
    descend,
    descend_batch,
    local_critical_rates,
    quadratic_regime,
    regime_of_run,
    regimes_against_lr,
    run_verdict,
)
from nncore.divergence import DIVERGENCE_LIMIT
from nncore.example_functions import function_2
from nncore.gradient import gradient_descent, numerical_gradient
from ui.charts import INK, LINE_WIDTH, PALETTE, show
from ui.descent_charts import MINIMUM_COLOUR, PATH_COLOUR, regime_strip
from ui.descent_views import SHADE_PALETTE, learning_rate_from_log10, point_text, regime_bands, shade_codes
from ui.frame import PageFrame
from ui.i18n import t
from ui.live_player import (
    LivePlayer,
    image_layer,
    legend_item,
    line_layer,
    named,
    padded_domain,
    plot_panel,
    points_layer,
    prefix_layer,
    show_player,
)
from ui.replay import current_replay_run
from ui.surface_path import PathOnSurface, view_around

KEY = "descent.reveal"
BOOK_START = (-3.0, 4.0)
BOOK_STEPS = 100
BOOK_EXPONENTS = (-1.0, 1.0, -10.0)  # the book's learning rates 0.1, 10 and 1e-10, as log₁₀ η
START_STEP = {"square": 0.1, "double_well": 0.05, "book": 0.5, "bowl": 0.5, "double_well_2d": 0.05}
AXES = ("x₀", "x₁")
STRIP_CELLS = 240
CURVE_POINTS = 400
SURFACE_CELLS = 100  # a side of the shaded image (about 4 pixels a cell on a projector)


@st.cache_data(max_entries=64)
def run(name, start, lr, steps):
    """(the run shown, where it ended, the steps it ran): the book's gradient_descent (numerical
    gradient) on its function, else descend."""
    if name == "book":
        final, path = gradient_descent(function_2, np.array(start), lr, steps)
        return cut_at_divergence(path, function_2(path)), final, steps
    result = descend(LANDSCAPES[name], start, lr, steps)
    return result, result.path[-1], len(result.path) - 1


@st.cache_data(max_entries=64)
def strip(name, start, steps):
    landscape = LANDSCAPES[name]
    top = 2 * landscape.critical_lr if landscape.curvatures else 1.5 * max(local_critical_rates(landscape))
    edges = np.linspace(0.0, top, STRIP_CELLS + 1)
    return edges, regimes_against_lr(landscape, start, (edges[:-1] + edges[1:]) / 2, steps)


@st.cache_data
def book_experiments():
    rows = []
    for exponent in BOOK_EXPONENTS:
        lr = learning_rate_from_log10(exponent)
        final, path = gradient_descent(function_2, np.array(BOOK_START), lr, BOOK_STEPS)
        cut = cut_at_divergence(path, function_2(path))
        regime = classify_path(cut.path, cut.loss, cut.diverged_at)
        rows.append((lr, final, run_verdict(regime, path, LANDSCAPES["book"].minima)))
    return rows


def load_book_experiment(exponent):
    st.session_state.update({"descent.f": "book", "descent.log_lr": exponent, "descent.steps": BOOK_STEPS,
                             "descent.x0_book": BOOK_START[0], "descent.x1_book": BOOK_START[1]})


page = PageFrame("descent")
ctl = page.controls
# the two controls that drive the picture right above it (the player comes next); the rest in "More settings"
function_column, lr_column, settings_column = st.columns([1.1, 1.05, 1.3], gap="medium")
with function_column:
    name = ctl.choice("f", t("descent.function"), list(LANDSCAPES), "book", format_key="descent.fn")
    landscape = LANDSCAPES[name]
with settings_column:  # as on Overshooting and Mini-batch
    settings = st.popover(t("descent.more_settings"), icon=":material/tune:", width="stretch")
with lr_column:
    exponent = ctl.slider("log_lr", t("descent.log_lr"), -10.0, 1.0, -1.0, 0.01, format="%.2f")
    lr = learning_rate_from_log10(exponent)
    st.markdown(t("descent.lr_is", exponent=f"{exponent:.2f}", lr=f"{lr:g}"))
with settings:
    steps = ctl.slider("steps", t("descent.steps"), 1, 200, 100, 1)
    axis_names = ("x",) if landscape.dim == 1 else AXES
    start = tuple(ctl.slider(f"x{i}_{name}", t("descent.start", name=axis), low, high, default, START_STEP[name])
                  for i, (axis, (low, high), default) in enumerate(zip(axis_names, landscape.domain, landscape.start)))
    st.caption(t("descent.book_presets"))
    presets = st.container(horizontal=True)
    for preset in BOOK_EXPONENTS:
        presets.button(t("descent.preset", lr=f"{learning_rate_from_log10(preset):g}"),
                       key=f"descent.preset{preset:g}", on_click=load_book_experiment, args=(preset,))

result, final, steps_run = run(name, start, lr, steps)
if name == "book":
    page.uses(function_2, gradient_descent, numerical_gradient)
else:
    page.uses(landscape.value, landscape.gradient, descend, descend_batch)
path, values, diverged_at = result.path, result.loss, result.diverged_at
regime = page.uses(regime_of_run)(landscape, lr, result)
shown_verdict = page.uses(run_verdict, barely_moves)[0](regime, path, landscape.minima)
with np.errstate(over="ignore", invalid="ignore"):  # the book's diverged runs end far out
    gaps = [float(np.linalg.norm(np.asarray(final, dtype=float) - np.asarray(point))) for point in landscape.minima]
page.report(verdict=shown_verdict, lr=lr, critical_lr=landscape.critical_lr, distance=min(gaps),
            nearest_minimum=int(np.argmin(gaps)))
page.uses(classify_path)  # also the book's table below
if landscape.curvatures:
    page.uses(quadratic_regime)
one_dimensional = landscape.dim == 1

# --- the path, replayed step by step -----------------------------------------------------------
total = len(path) - 1
reveal = current_replay_run(KEY, (name, start, lr, steps), total)
x_domain = landscape.domain[0]
minima = np.array(landscape.minima, dtype=float)
if one_dimensional:
    curve_x = np.linspace(*x_domain, CURVE_POINTS)
    curve_y = landscape.value(curve_x[:, None])
    y_domain = (float(curve_y.min()), float(curve_y.max()))
    y_domain = (y_domain[0] - 0.05 * (y_domain[1] - y_domain[0]), y_domain[1])
    minima_y = [float(landscape.value(np.array(p))) for p in landscape.minima]
    under = [line_layer(curve_x, curve_y, PALETTE[0], LINE_WIDTH, under=True)]
    plane = np.column_stack([path[:, 0], values])  # the path drawn on the curve: (x, f(x))
else:
    x_domain, y_domain = view_around(np.transpose(landscape.domain), margin=0.0, min_half=0.0)
    plane = path
    codes = shade_codes(landscape.value, (x_domain, y_domain), (SURFACE_CELLS, SURFACE_CELLS))
    minima_y = minima[:, 1]
    under = [{**image_layer(codes, x_domain, y_domain, "shade", smooth=False), "under": True}]
log_values = bool((values > 0).all()) and float(values.max()) > 100 * float(values.min())
value_domain = (float(values.min()), float(values.max()))
if log_values:
    value_domain = (value_domain[0] / 1.5, value_domain[1] * 1.5)
else:  # a little room below and above, and a flat run still gets a visible axis
    value_domain = padded_domain(*value_domain)


# the whole path once: each frame draws its first steps
drawing = PathOnSurface(plane, (x_domain, y_domain), PATH_COLOUR)


def frame():
    shown = reveal.epoch
    left = drawing.left_at is not None and shown >= drawing.left_at
    return {"stats": {"step": f"{shown} / {total}", "value": f"{float(values[shown]):.4g}",
                      "point": point_text(path[shown], 3)},
            "layers": {"path": drawing.layers(shown),
                       "values": [prefix_layer("values", shown + 1),
                                  points_layer([shown], [values[shown]], INK, r=10, shape="ring")]},
            "note": t("descent.left_view", step=drawing.left_at) if left else None}


minimum = points_layer(minima[:, 0], minima_y, MINIMUM_COLOUR, r=9, shape="diamond")
legend = [legend_item(t("descent.step"), PATH_COLOUR, "point"), legend_item(t("descent.minimum"), MINIMUM_COLOUR,
                                                                            "diamond")]
panels = [
    plot_panel("path", t("descent.path_title_1d" if one_dimensional else "descent.path_title_2d"),
               "x" if one_dimensional else AXES[0], "f(x)" if one_dimensional else AXES[1], x_domain=x_domain,
               y_domain=y_domain, square=not one_dimensional, legend=legend, palettes={"shade": SHADE_PALETTE},
               static=[*under, minimum, *drawing.static_layers()]),
    plot_panel("values", t("descent.value_title"), t("descent.step"),
               t("descent.value_log" if log_values else "descent.value"), x_domain=(0, max(total, 1)),
               y_domain=value_domain, log=log_values,
               static=[named(line_layer(np.arange(total + 1), values, PALETTE[0], LINE_WIDTH), "values")]),
]
player = LivePlayer(KEY, reveal, reveal.advance, frame, panels, [["path", "values"]],
                    [{"id": "step", "label": t("descent.step")}, {"id": "value", "label": t("descent.value")},
                     {"id": "point", "label": t("descent.point")}], epochs_per_frame=1,
                    step_label=t("replay.one_step"), chunk_frames=total + 1)


show_player(player, lambda: st.caption(t("descent.path_help_1d" if one_dimensional else "descent.path_help_2d")))

# --- what this learning rate does ---------------------------------------------------------------------
st.latex(f"f = {landscape.latex}")
message = t(f"descent.msg.{shown_verdict}")
if diverged_at is not None:
    message += " " + t("descent.diverged", step=diverged_at, limit=f"{DIVERGENCE_LIMIT:,.0f}")
{"converges": st.success, "oscillates": st.warning, "too_small": st.warning,
 "diverges": st.error}[shown_verdict](message)
verdict, strip_column = st.columns([1, 1.2], gap="large")
with verdict:
    final_value = float(landscape.value(np.asarray(final)))
    st.markdown(t("descent.final", n=steps_run, x=point_text(final, 9), f=f"{final_value:.9g}"))
    if name == "book" and diverged_at is not None:
        st.info(t("descent.book_keeps_going"), icon=":material/info:")
    if shown_verdict == "too_small":
        st.info(t("descent.barely", n=steps_run,
                  distance=f"{float(np.linalg.norm(path[-1] - path[0])):.2g}"), icon=":material/hourglass_empty:")
    if landscape.curvatures:
        critical = [page.uses(critical_learning_rate)(landscape.curvatures)]
        st.metric(t("descent.critical"), f"{critical[0]:g}")
        factors = ", ".join(t("descent.factor", axis=axis, lr=f"{lr:g}", curvature=f"{curvature:g}",
                              factor=f"{1 - lr * curvature:.4g}")
                            for axis, curvature in zip(axis_names, landscape.curvatures))
        st.markdown(t("descent.factors", factors=factors))
    else:
        critical = page.uses(local_critical_rates)(landscape)
        rates = ", ".join(t("descent.local_rate", axis=axis_names[0], x=f"{point[0]:.3f}", rate=f"{rate:.3f}")
                          for point, rate in zip(landscape.minima, critical))
        st.markdown(t("descent.local_rates", rates=rates))
with strip_column:
    edges, regimes = strip(name, start, steps)
    page.uses(regimes_against_lr)
    labels = {code: t(f"descent.regime.{code}") for code in ("converges", "oscillates", "diverges")}
    show(regime_strip(t("descent.strip_title"), t("descent.strip_lr"), t("descent.strip_regime"),
                      tuple(labels.values()), t("descent.critical_rule"), t("descent.current_lr"), float(edges[-1])),
         bands=regime_bands(edges, regimes, labels), critical=pd.DataFrame({"lr": critical}),
         current=pd.DataFrame({"lr": [lr], "shown": [f"{lr:g}"]}))
    st.caption(t("descent.strip_quadratic" if landscape.curvatures else "descent.strip_measured"))

# --- the book's experiments ----------------------------------------------------------------------
st.divider()
st.subheader(t("descent.book_title"))
st.markdown(t("descent.book_intro"))
st.dataframe(pd.DataFrame([{t("descent.col_lr"): f"{lr_book:g}", t("descent.col_final"): point_text(final, 9),
                            t("descent.col_regime"): t(f"descent.regime.{regime_book}")}
                           for lr_book, final, regime_book in book_experiments()]), hide_index=True)
page.finish()
