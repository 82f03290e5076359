"""Chart builders of the derivatives page (structure only; data by name)."""
import altair as alt

from ui.charts import INK, LINE_WIDTH, PALETTE, data, equal_unit_scales, spec_cache

DIVERGING = "redblue"


@spec_cache
def function_with_tangent(title, x_title, y_title, legend_title, names, height=340):
    """f over its domain, the tangent line at the chosen point, and the point.

    Data: "curves" (x, y, name: f or the tangent), "point" (x, y)."""
    colour = alt.Color("name:N", title=legend_title,
                       scale=alt.Scale(domain=list(names), range=[PALETTE[0], PALETTE[1]]),
                       legend=alt.Legend(orient="bottom"))
    curves = alt.Chart(data("curves")).mark_line(strokeWidth=LINE_WIDTH, clip=True).encode(
        x=alt.X("x:Q", title=x_title), y=alt.Y("y:Q", title=y_title), color=colour,
        strokeDash=alt.StrokeDash("name:N", scale=alt.Scale(domain=list(names), range=[[1, 0], [8, 5]]), legend=None),
        tooltip=[alt.Tooltip("name:N", title=legend_title), alt.Tooltip("x:Q", format=".3f"),
                 alt.Tooltip("y:Q", format=".4f")])
    point = alt.Chart(data("point")).mark_point(size=260, filled=True, color=INK, opacity=1).encode(
        x="x:Q", y="y:Q", tooltip=[alt.Tooltip("x:Q", format=".3f"), alt.Tooltip("y:Q", format=".4f")])
    return (curves + point).properties(title=title, height=height)


@spec_cache
def error_against_step(title, h_title, error_title, legend_title, names, chosen_title, height=340):
    """|numerical - exact derivative| against the step h, both axes logarithmic, the chosen h marked.

    Data: "errors" (h, error, name), "chosen" (h)."""
    x = alt.X("h:Q", title=h_title, scale=alt.Scale(type="log"), axis=alt.Axis(format="~e", tickCount=8))
    lines = alt.Chart(data("errors")).mark_line(strokeWidth=LINE_WIDTH, point=True).encode(
        x=x, y=alt.Y("error:Q", title=error_title, scale=alt.Scale(type="log"), axis=alt.Axis(format="~e")),
        color=alt.Color("name:N", title=legend_title, scale=alt.Scale(domain=list(names), range=PALETTE[:len(names)]),
                        legend=alt.Legend(orient="bottom")),
        tooltip=[alt.Tooltip("name:N", title=legend_title), alt.Tooltip("h:Q", title=h_title, format=".0e"),
                 alt.Tooltip("error:Q", title=error_title, format=".2e")])
    chosen = alt.Chart(data("chosen")).mark_rule(color=INK, strokeDash=[6, 4], strokeWidth=2).encode(
        x="h:Q", tooltip=[alt.Tooltip("h:Q", title=chosen_title, format=".0e")])
    return (lines + chosen).properties(title=title, height=height)


@spec_cache
def gradient_field(title, x_title, y_title, value_title, domain):
    """Arrows of −gradient (downhill) on a grid over a shaded f, and the chosen point's own arrow; equal
    units across and up, showing more than `domain` along the plot's longer side (f's shading covers it).

    Data: "background" (x, x2, y, y2, value), "arrows" (x, y, x2, y2, angle, chosen)."""
    x_scale, y_scale = equal_unit_scales(domain)
    background = alt.Chart(data("background")).mark_rect(opacity=0.55, clip=True).encode(
        x=alt.X("x:Q", scale=x_scale, title=x_title), x2="x2:Q", y=alt.Y("y:Q", scale=y_scale, title=y_title),
        y2="y2:Q", color=alt.Color("value:Q", title=value_title, scale=alt.Scale(scheme="greys"),
                                   legend=alt.Legend(orient="right", gradientLength=120)))
    colour = alt.Color("chosen:N", scale=alt.Scale(domain=["grid", "point"], range=[PALETTE[0], PALETTE[1]]),
                       legend=None)
    shafts = alt.Chart(data("arrows")).mark_rule(strokeWidth=2.5).encode(
        x=alt.X("x:Q", scale=x_scale), y=alt.Y("y:Q", scale=y_scale), x2="x2:Q", y2="y2:Q", color=colour)
    heads = alt.Chart(data("arrows")).mark_point(shape="triangle", filled=True, size=90, opacity=1).encode(
        x=alt.X("x2:Q", scale=x_scale), y=alt.Y("y2:Q", scale=y_scale), angle=alt.Angle("angle:Q", scale=None),
        color=colour, tooltip=[alt.Tooltip("x:Q", format=".2f"), alt.Tooltip("y:Q", format=".2f"),
                               alt.Tooltip("gx:Q", title="∂f/∂x₀", format=".2f"),
                               alt.Tooltip("gy:Q", title="∂f/∂x₁", format=".2f")])
    return (background + shafts + heads).properties(title=title)  # as large as the square it is drawn in


@spec_cache
def matrix_heatmap(title, row_title, col_title, value_title, limit):
    """A small matrix as coloured cells with its values written in, on a symmetric colour scale.

    Data: "cells" (row, col, value, text)."""
    base = alt.Chart(data("cells")).encode(
        x=alt.X("col:O", title=col_title, axis=alt.Axis(labelAngle=0)), y=alt.Y("row:O", title=row_title))
    cells = base.mark_rect().encode(
        color=alt.Color("value:Q", title=value_title, legend=None,
                        scale=alt.Scale(scheme=DIVERGING, domain=[-limit, limit], reverse=True)),
        tooltip=[alt.Tooltip("row:O", title=row_title), alt.Tooltip("col:O", title=col_title),
                 alt.Tooltip("value:Q", title=value_title, format=".8f")])
    text = base.mark_text(fontSize=15, color=INK).encode(text="text:N")
    # Streamlit fits title, axes and all into the height: 230 px leave about 60 px per row
    return (cells + text).properties(title=title, height=230)
