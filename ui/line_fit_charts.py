"""Charts of gradient descent on a line fit y = b + w·x, and the tables they draw.

Three charts: the loss over (b, w) with descent paths on it, the loss per step on a log scale, and
fitted lines over the data. The tables keep every mark inside a fixed view: a diverging path is cut
at the edge of the view instead of stretching the axes towards 10⁶ (Vega-Lite widens a scale to
every value it is given, clipped or not).
"""
import altair as alt
import numpy as np
import pandas as pd

from nncore.line_fit import line_loss
from ui.charts import INK, LINE_WIDTH, PALETTE, data, spec_cache
from ui.surface_path import clip_segment

RUN_COLOURS = [PALETTE[1], PALETTE[0], PALETTE[2], PALETTE[3]]
RUN_DASHES = [[1, 0], [7, 5], [2, 3], [10, 3]]
RUN_SHAPES = ["circle", "diamond", "square", "triangle-up"]
RUN_SIZES = [130, 45, 45, 45]  # a later run drawn on the same points stays small enough to show the first
DATA_COLOUR = PALETTE[5]
HEAT_SCHEME = "greys"
CONTOUR_LEGEND_LENGTH = 150  # short enough for the smallest square the chart is drawn in


# --- the tables ---------------------------------------------------------------------------------

def loss_grid_frame(x, y, view, cells=40):
    """The loss on a cells × cells grid over the view ((b_low, b_high), (w_low, w_high)): one rectangle per
    cell (b, b2, w, w2, loss). Losses are kept above a millionth of the largest one, so a log colour scale
    never meets 0."""
    b_edges, w_edges = np.linspace(*view[0], cells + 1), np.linspace(*view[1], cells + 1)
    b_mid, w_mid = (b_edges[:-1] + b_edges[1:]) / 2, (w_edges[:-1] + w_edges[1:]) / 2
    grid_b, grid_w = np.meshgrid(b_mid, w_mid)
    loss = line_loss(grid_b, grid_w, x, y).ravel()
    loss = np.maximum(loss, loss.max() * 1e-6)
    row, col = np.divmod(np.arange(cells * cells), cells)
    return pd.DataFrame({"b": b_edges[col], "b2": b_edges[col + 1], "w": w_edges[row], "w2": w_edges[row + 1],
                         "loss": loss})


def line_frame(intercept, slope, x_range, y_range, name):
    """The line y = intercept + slope·x over x_range, cut to y_range: rows (x, y, name), none if it misses."""
    ends = ((x_range[0], intercept + slope * x_range[0]), (x_range[1], intercept + slope * x_range[1]))
    if not all(np.isfinite(ends).ravel()):
        cut = None
    else:
        cut = clip_segment(*ends, (x_range, y_range))
    rows = [{"x": x, "y": y, "name": name} for x, y in (cut or ())]
    return pd.DataFrame(rows, columns=["x", "y", "name"])


def curve_frame(losses, run, max_points=500):
    """Loss per step (step, loss, run), positive losses only (a log axis), thinned to about max_points."""
    losses = np.asarray(losses, dtype=float)
    steps = np.arange(len(losses))
    keep = (steps % max(1, len(losses) // max_points) == 0) | (steps == len(losses) - 1)
    keep &= losses > 0
    return pd.DataFrame({"step": steps[keep], "loss": losses[keep], "run": run})


# --- the charts ----------------------------------------------------------------------------------

def _run_scales(runs):
    return (alt.Scale(domain=list(runs), range=RUN_COLOURS[:len(runs)]),
            alt.Scale(domain=list(runs), range=RUN_DASHES[:len(runs)]),
            alt.Scale(domain=list(runs), range=RUN_SHAPES[:len(runs)]))


@spec_cache
def loss_contour(title, b_title, w_title, loss_title, step_title, optimum_title, runs):
    """Drawn in a square (ui.charts.show_square) over a square view (ui.surface_path.view_around).
    The loss over (b, w) as shaded cells (log colour scale), the least-squares optimum, and each
    run's path as numbered points joined by segments.

    Data: "heat" (b, b2, w, w2, loss: loss_grid_frame), "segments" and "points" (x, y, ...:
    ui.surface_path.path_tables, any number of runs), "optimum" (b, w, loss)."""
    scale_b, scale_w = alt.Scale(nice=False, zero=False), alt.Scale(nice=False, zero=False)
    colour, dash, shape = _run_scales(runs)
    legend = alt.Legend(orient="bottom", title=None) if len(runs) > 1 else None
    heat = alt.Chart(data("heat")).mark_rect(opacity=0.7).encode(
        x=alt.X("b:Q", title=b_title, scale=scale_b), x2="b2:Q",
        y=alt.Y("w:Q", title=w_title, scale=scale_w), y2="w2:Q",
        color=alt.Color("loss:Q", title=loss_title, scale=alt.Scale(type="log", scheme=HEAT_SCHEME),
                        legend=alt.Legend(orient="right", format=".3~r", gradientLength=CONTOUR_LEGEND_LENGTH)),
        tooltip=[alt.Tooltip("loss:Q", title=loss_title, format=".4g")])
    segments = alt.Chart(data("segments")).mark_rule(strokeWidth=2.5).encode(
        x=alt.X("x:Q", scale=scale_b), y=alt.Y("y:Q", scale=scale_w), x2="x2:Q", y2="y2:Q",
        color=alt.Color("run:N", scale=colour, legend=legend),
        strokeDash=alt.StrokeDash("run:N", scale=dash, legend=None))
    tooltip = [alt.Tooltip("run:N", title=None), alt.Tooltip("step:Q", title=step_title),
               alt.Tooltip("x:Q", title="b", format=".4f"), alt.Tooltip("y:Q", title="w", format=".4f"),
               alt.Tooltip("loss:Q", title=loss_title, format=".4g")]
    # no white outline: on a long path of close points the outlines would paint the path white
    points = alt.Chart(data("points")).mark_point(size=RUN_SIZES[0], filled=True, opacity=1).encode(
        x=alt.X("x:Q", scale=scale_b), y=alt.Y("y:Q", scale=scale_w),
        color=alt.Color("run:N", scale=colour, legend=None), shape=alt.Shape("run:N", scale=shape, legend=None),
        tooltip=tooltip)
    if len(runs) > 1:  # a size scale with a single value draws nothing, so only for several runs
        points = points.encode(size=alt.Size("run:N", scale=alt.Scale(domain=list(runs), range=RUN_SIZES[:len(runs)]),
                                             legend=None))
    labels = alt.Chart(data("points")).mark_text(dx=9, dy=-11, fontSize=15, fontWeight="bold", color=INK).encode(
        x=alt.X("x:Q", scale=scale_b), y=alt.Y("y:Q", scale=scale_w), text="label:N")
    optimum = alt.Chart(data("optimum")).mark_point(shape="cross", size=420, filled=True, color=INK, opacity=1,
                                                    stroke="white", strokeWidth=1.5).encode(
        x=alt.X("b:Q", scale=scale_b), y=alt.Y("w:Q", scale=scale_w),
        tooltip=[alt.Tooltip("b:Q", title=f"{optimum_title}: b", format=".4f"),
                 alt.Tooltip("w:Q", title=f"{optimum_title}: w", format=".4f"),
                 alt.Tooltip("loss:Q", title=loss_title, format=".4g")])
    return (heat + segments + points + labels + optimum).properties(
        title=title).resolve_scale(color="independent")


@spec_cache
def loss_curve(title, step_title, loss_title, runs, floor_title, height=340):
    """Loss per step on a log axis for each run, and the least-squares loss (the floor) as a dashed rule.

    Data: "curves" (step, loss, run: curve_frame), "floor" (loss, run=floor_title; empty when it is 0)."""
    names = list(runs) + [floor_title]
    colour = alt.Color("run:N", title=None, scale=alt.Scale(domain=names, range=RUN_COLOURS[:len(runs)] + [INK]),
                       legend=alt.Legend(orient="top", columns=2))
    y = alt.Y("loss:Q", title=loss_title, scale=alt.Scale(type="log"), axis=alt.Axis(format="~g"))
    curves = alt.Chart(data("curves")).mark_line(strokeWidth=LINE_WIDTH).encode(
        x=alt.X("step:Q", title=step_title), y=y, color=colour,
        strokeDash=alt.StrokeDash("run:N", scale=_run_scales(runs)[1], legend=None),
        tooltip=[alt.Tooltip("run:N", title=None), alt.Tooltip("step:Q", title=step_title),
                 alt.Tooltip("loss:Q", title=loss_title, format=".6g")])
    floor = alt.Chart(data("floor")).mark_rule(strokeWidth=2, strokeDash=[6, 4]).encode(
        y=y, color=colour, tooltip=[alt.Tooltip("run:N", title=None), alt.Tooltip("loss:Q", title=loss_title,
                                                                                  format=".6g")])
    return (curves + floor).properties(title=title, height=height)
