"""Chart builders of the mini-batch page (structure only; data by name) and the tables they draw."""
import altair as alt
import numpy as np
import pandas as pd

from ui.charts import INK, PALETTE, data, spec_cache
from ui.surface_path import thinned

RUN_COLOURS = (PALETTE[1], PALETTE[2], PALETTE[0])  # batch 1, mini-batch, full batch
CONTOUR_GREY = "#9a9a9a"
DIVERGED_GREY = "#d9d9d9"
LOSS_FLOOR = 1e-6  # losses below this are drawn at it: a log axis cannot reach 0


def revealed_steps(run, epochs):
    """Updates of `run` made in its first `epochs` epochs (fewer when it diverged earlier)."""
    return min(epochs * run.steps_per_epoch, len(run.path) - 1)


# --- tables ---------------------------------------------------------------------------------------------


def loss_frame(runs, names, epochs):
    """The loss on all the data after each update of the first `epochs` epochs: (run, step, epoch, loss)."""
    frames = []
    for run, name in zip(runs, names):
        last = revealed_steps(run, epochs)
        keep = thinned(last + 1)
        frames.append(pd.DataFrame({"run": name, "step": keep, "epoch": keep / run.steps_per_epoch,
                                    "loss": np.maximum(run.loss[keep], LOSS_FLOOR)}))
    return pd.concat(frames, ignore_index=True)


def loss_domain(runs, floor):
    """The loss axis, whole decades around the lowest possible loss `floor` and the runs that stayed finite
    (all runs when none did): a diverged run's climb leaves the chart at the top instead of squashing the others."""
    finite = [run for run in runs if run.diverged_at is None] or runs
    losses = np.concatenate([run.loss for run in finite])
    low, high = max(min(losses.min(), floor), LOSS_FLOOR), max(losses.max(), LOSS_FLOOR)
    return float(10 ** np.floor(np.log10(low * 0.9))), float(10 ** np.ceil(np.log10(high * 1.1)))


def usage_frame(batches, n):
    """Which rows each update of one epoch used, and how often: (update, row, row_end, count)."""
    rows = []
    for update, batch in enumerate(batches, start=1):
        used, counts = np.unique(batch, return_counts=True)
        rows += [{"update": update, "row": int(r), "row_end": int(r) + 1, "count": int(c)}
                 for r, c in zip(used, counts)]
    return pd.DataFrame(rows, columns=["update", "row", "row_end", "count"])


def short_number(value):
    """0.29, 0.012, 7.2e-4: two significant digits, a short exponent for small values."""
    if value >= 0.01:
        return f"{value:.2g}"
    mantissa, exponent = f"{value:.1e}".split("e")
    return f"{mantissa}e{int(exponent)}"


def grid_frame(grid, lrs, batch_sizes, floor, current, diverged_text):
    """nncore.minibatch.final_loss_grid as heatmap cells: the final loss above the least-squares minimum
    (log10 for the colour), NaN cells as `diverged_text`, the page's own setting flagged."""
    cells = []
    excess = np.maximum(grid - floor, 1e-12)
    logs = np.log10(excess[np.isfinite(excess)])
    low, high = (logs.min(), logs.max()) if logs.size else (0.0, 1.0)
    for i, lr in enumerate(lrs):
        for j, batch in enumerate(batch_sizes):
            value = excess[i, j]
            finite = bool(np.isfinite(value))
            share = (np.log10(value) - low) / (high - low) if finite and high > low else 0.0
            cells.append({"lr": float(lr), "batch": int(batch), "diverged": not finite,
                          "log_excess": float(np.log10(value)) if finite else 0.0,
                          "text": short_number(value) if finite else diverged_text,
                          "dark": finite and share > 0.55, "current": (lr, batch) == current})
    return pd.DataFrame(cells)


# --- charts ---------------------------------------------------------------------------------------------


@spec_cache
def rows_used(title, update_title, row_title, count_title, height=340):
    """Each update of one epoch as a row of cells: the data rows it used, darker when used twice or more.

    Data: "usage" (update, row, row_end, count)."""
    return alt.Chart(data("usage")).mark_rect().encode(
        x=alt.X("row:Q", title=row_title, scale=alt.Scale(nice=False, zero=True)), x2="row_end:Q",
        y=alt.Y("update:O", title=update_title, axis=alt.Axis(labelOverlap=True)),
        color=alt.Color("count:O", title=count_title, scale=alt.Scale(scheme="oranges"),
                        legend=alt.Legend(orient="bottom")),
        tooltip=[alt.Tooltip("update:O", title=update_title), alt.Tooltip("row:Q", title=row_title),
                 alt.Tooltip("count:O", title=count_title)],
    ).properties(title=title, height=height)


@spec_cache
def lr_batch_heatmap(title, batch_title, lr_title, excess_title, height=400):
    """The final loss above the minimum for each learning rate × batch size; diverged cells grey, the
    current setting outlined.

    Data: "cells" (lr, batch, diverged, log_excess, text, dark, current)."""
    base = alt.Chart(data("cells")).encode(
        x=alt.X("batch:O", title=batch_title, sort="ascending", axis=alt.Axis(labelAngle=0)),
        y=alt.Y("lr:O", title=lr_title, sort="descending"))
    tooltip = [alt.Tooltip("lr:O", title=lr_title), alt.Tooltip("batch:O", title=batch_title),
               alt.Tooltip("text:N", title=excess_title)]
    cells = base.mark_rect().encode(
        color=alt.Color("log_excess:Q", title=f"log₁₀ {excess_title}",
                        scale=alt.Scale(scheme="viridis", reverse=True),
                        legend=alt.Legend(orient="bottom", gradientLength=260)),
        tooltip=tooltip).transform_filter("!datum.diverged")
    diverged = base.mark_rect(color=DIVERGED_GREY).encode(tooltip=tooltip).transform_filter("datum.diverged")
    text = base.mark_text(fontSize=14).encode(
        text="text:N", color=alt.condition("datum.dark", alt.value("white"), alt.value(INK)), tooltip=tooltip)
    current = base.mark_rect(filled=False, stroke=PALETTE[1], strokeWidth=4).transform_filter("datum.current")
    return (cells + diverged + text + current).properties(title=title, height=height)
