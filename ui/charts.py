"""Altair charts for a projector: large labels, thick lines, colour-blind-safe colours.

A chart builder describes a chart's structure (marks, encodings, titles, scales) and
refers to its data by name (alt.NamedData). Decorated with @spec_cache, it is built
with Altair and checked against the Vega-Lite schema once per structure; moving a
slider then only swaps the DataFrames, which `show` hands to Streamlit as named
datasets (sent as Arrow). Altair's object model is by far the slowest part of a
rerun, and the structure rarely changes while the data does.
"""
import copy
import functools

import altair as alt
import streamlit as st

from ui.layout import square
from ui.presenter import presenting

# Okabe & Ito's colour-blind-safe palette, minus its yellow (invisible on a white projector screen)
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
# ten classes, none of them red, so that red stays free to mark a prediction
CLASS_COLOURS = ["#4C78A8", "#F58518", "#54A24B", "#B279A2", "#72B7B2", "#EECA3B", "#9D755D", "#1B9E77",
                 "#7570B3", "#79706E"]
LINE_WIDTH = 3.5
INK = "#1f1f1f"


@alt.theme.register("projector", enable=True)
def projector_theme():
    return alt.theme.ThemeConfig(config={
        "axis": {"labelFontSize": 15, "titleFontSize": 16, "titleFontWeight": "normal", "gridOpacity": 0.6,
                 "labelColor": INK, "titleColor": INK},
        "legend": {"labelFontSize": 15, "titleFontSize": 15, "labelColor": INK, "titleColor": INK,
                   "symbolStrokeWidth": 4, "symbolSize": 200, "labelLimit": 400},
        "title": {"fontSize": 18, "anchor": "start", "color": INK, "offset": 12},
        "view": {"strokeWidth": 0},
    })


def corner_legend(orient, padding=6, **options):
    """A legend inside one corner of the plot (orient "top-left", "bottom-right", …) on a pale backing:
    it takes none of the plot's width or height and is not cut in a narrow column. The caller picks a
    corner the data leave empty."""
    return alt.Legend(orient=orient, title=None, fillColor="rgba(255, 255, 255, 0.85)", padding=padding, **options)


def hex_rgb(colour):
    """"#0072B2" → (0, 114, 178), for pictures drawn as images in a chart's colours."""
    return tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))


def data(name):
    """Where a builder's chart takes its data from: the DataFrame passed to `show` as `name`."""
    return alt.NamedData(name=name)


def equal_unit_scale(domain, stretch):
    """`domain` widened along the plot's longer side, so that one unit is as long across as up
    (stretch: "width / height" for x, "height / width" for y); the data should cover the margin."""
    centre, half = (domain[0] + domain[1]) / 2, (domain[1] - domain[0]) / 2
    reach = f"{half} * max(1, {stretch})"
    return alt.Scale(domain=[alt.expr(f"{centre} - {reach}"), alt.expr(f"{centre} + {reach}")], nice=False, zero=False)


def equal_unit_scales(domain):
    """x and y scales over `domain` (the same on both axes) with one unit as long across as up, in a
    plot of any shape: the longer side shows more than `domain`."""
    return equal_unit_scale(domain, "width / height"), equal_unit_scale(domain, "height / width")


def spec_cache(builder):
    """Cache a chart builder's validated Vega-Lite spec by its (hashable) arguments."""

    @functools.lru_cache(maxsize=256)
    @functools.wraps(builder)
    def cached(*args):
        return builder(*args).to_dict()

    return cached


# Presenter mode: labels read from the back row of a lecture hall.
PRESENTER_FONTS = {"axis": {"labelFontSize": 18, "titleFontSize": 20},
                   "legend": {"labelFontSize": 18, "titleFontSize": 18},
                   "title": {"fontSize": 22}, "header": {"labelFontSize": 18, "titleFontSize": 20}}


def show(spec, *, width="stretch", height="content", key=None, on_select="ignore", **datasets):
    """Draw a cached spec with these DataFrames; with on_select, returns the chart's selection event.
    width="stretch" (the column's width) for every picture that can take it; "content" only for one
    narrower than any column it may be in (Streamlit does not shrink a chart to fit)."""
    spec = copy.deepcopy(spec)  # the cached spec is shared by every session
    spec["datasets"] = datasets
    if presenting():
        config = spec.setdefault("config", {})
        for part, sizes in PRESENTER_FONTS.items():
            config[part] = {**config.get(part, {}), **sizes}
    return st.vega_lite_chart(spec, width=width, height=height, key=key, on_select=on_select)


LEGEND_CHANNELS = {"color", "fill", "stroke", "size", "shape", "opacity", "strokeDash"}


def legend_beside(spec):
    """Whether a Vega-Lite spec draws a legend left or right of its plot (where Vega-Lite puts one
    unless told otherwise), in any of its layers."""
    for channel, definition in spec.get("encoding", {}).items():
        if channel in LEGEND_CHANNELS and isinstance(definition, dict) and "field" in definition:
            legend = definition.get("legend", {})
            if legend is not None and legend.get("orient", "right") in ("left", "right"):
                return True
    return any(legend_beside(part) for key in ("layer", "hconcat", "vconcat", "concat") for part in spec.get(key, []))


def show_square(spec, name, **kwargs):
    """`show` in a square the width of the column (decision planes, contour maps, images of digits)."""
    with square(name, legend_beside(spec)):
        return show(spec, height="stretch", **kwargs)
