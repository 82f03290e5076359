"""Chart builders of the "Forward pass & shapes" page (structure only; data by name)."""
import altair as alt

from ui.charts import INK, PALETTE, data, spec_cache

BLOCK_COLOURS = {"X": PALETTE[0], "W": PALETTE[1], "B": PALETTE[2], "Y": PALETTE[3]}


CELL = 34  # px of one cell where the column is wide enough


@spec_cache
def matrix_blocks(element_title, shape_title, width, height):
    """X · W + B = Y as grids of cells, B's copies over the batch paler; each block labelled with its shape.
    Drawn as wide as its column: the scales' domains grow with the chart's shape so that cells stay square
    (CELL px, centred, where there is room; smaller on a narrow column).

    Data: "cells" (matrix, element, x, x2, y, y2, copy: "own" or "broadcast"), "labels" (x, y, text)."""
    axis_free = alt.Axis(labels=False, ticks=False, domain=False, grid=False, title=None)
    spare_x = f"max(0, {height} * width / height - {width}) / 2"
    spare_y = f"max(0, {width} * height / width - {height})"
    x = alt.X("x:Q", axis=axis_free, scale=alt.Scale(
        domain=[alt.expr(f"-{spare_x}"), alt.expr(f"{width} + {spare_x}")], nice=False, zero=False))
    y = alt.Y("y:Q", axis=axis_free, scale=alt.Scale(
        domain=[alt.expr(f"{height} + {spare_y}"), 0], nice=False, zero=False))
    cells = alt.Chart(data("cells")).mark_rect(stroke="white", strokeWidth=2).encode(
        x=x, x2="x2:Q", y=y, y2="y2:Q",
        color=alt.Color("matrix:N", scale=alt.Scale(domain=list(BLOCK_COLOURS), range=list(BLOCK_COLOURS.values())),
                        legend=None),
        opacity=alt.Opacity("copy:N", scale=alt.Scale(domain=["own", "broadcast"], range=[0.9, 0.3]), legend=None),
        tooltip=[alt.Tooltip("element:N", title=element_title), alt.Tooltip("shape:N", title=shape_title)])
    labels = alt.Chart(data("labels")).mark_text(fontSize=18, color=INK, baseline="bottom").encode(
        x=x, y=y, text="text:N")
    return (cells + labels).properties(height=int(height * CELL))


@spec_cache
def network_diagram(layer_title, height=300):
    """Neurons as circles in columns, every connection between neighbouring layers as a line.

    Data: "nodes" (x, y, layer, label), "edges" (x, y, x2, y2)."""
    edges = alt.Chart(data("edges")).mark_rule(color="#9a9a9a", strokeWidth=1, opacity=0.6).encode(
        x=alt.X("x:Q", axis=None), y=alt.Y("y:Q", axis=None), x2="x2:Q", y2="y2:Q")
    nodes = alt.Chart(data("nodes")).mark_circle(size=260, opacity=1, stroke="white", strokeWidth=1.5).encode(
        x=alt.X("x:Q", axis=None), y=alt.Y("y:Q", axis=None),
        color=alt.Color("layer:N", title=layer_title, sort=None, scale=alt.Scale(range=PALETTE),
                        legend=alt.Legend(orient="bottom")),
        tooltip=[alt.Tooltip("label:N", title=layer_title)])
    return (edges + nodes).properties(height=height)
