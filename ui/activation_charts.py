"""Chart builders of the page "Activation functions" (structure only; data by name)."""
import altair as alt

from ui.charts import LINE_WIDTH, PALETTE, corner_legend, data, spec_cache


@spec_cache
def function_panel(value, title, x_title, legend_title, labels, legend=True):
    """h(x) or h'(x) of the chosen functions, with the point at the slider's x marked."""
    # the legend inside the plot, where no curve goes (beside or above it, it would take a third of a narrow
    # panel): h alone, a full-width panel: top-left (x < −3, y > 0.6); h′ (never below 0 or above 1): the band
    # left free above 1. With both panels, h′'s legend serves both.
    inside = corner_legend("top-left", symbolSize=120, rowPadding=2, columns=2 if value == "dh" else 1)
    colour = alt.Color("fn:N", title=legend_title, scale=alt.Scale(domain=list(labels), range=PALETTE),
                       legend=inside if legend else None)
    y = alt.Y(f"{value}:Q", title=title, scale=alt.Scale(domain=[-0.2, 1.8] if value == "dh" else [-1.2, 2.2]))
    tooltip = [alt.Tooltip("fn:N", title=legend_title), alt.Tooltip("x:Q", format=".2f"),
               alt.Tooltip(f"{value}:Q", title=title, format=".4f")]
    curves = alt.Chart(data("curves")).mark_line(strokeWidth=LINE_WIDTH, clip=True).encode(
        x=alt.X("x:Q", title=x_title), y=y, color=colour, tooltip=tooltip)
    rule = alt.Chart(data("marks")).mark_rule(strokeDash=[6, 4], color="gray").encode(x="x:Q")
    dots = alt.Chart(data("marks")).mark_point(size=180, filled=True, stroke="white", strokeWidth=1.5).encode(
        x="x:Q", y=y, color=colour, tooltip=tooltip)
    return (curves + rule + dots).properties(title=title, height=340)


@spec_cache
def network_chart(x_title, y_title, legend_title, labels):
    """The stacked network's output, and (dashed) the single layer it collapses to."""
    return alt.Chart(data("lines")).mark_line(strokeWidth=LINE_WIDTH).encode(
        x=alt.X("x:Q", title=x_title),
        y=alt.Y("y:Q", title=y_title),
        color=alt.Color("curve:N", title=legend_title, scale=alt.Scale(domain=list(labels), range=PALETTE),
                        legend=alt.Legend(orient="bottom", direction="vertical")),
        strokeDash=alt.StrokeDash("curve:N", scale=alt.Scale(domain=list(labels), range=[[1, 0], [10, 6]]),
                                  legend=None),
        tooltip=[alt.Tooltip("curve:N", title=legend_title), alt.Tooltip("x:Q", format=".2f"),
                 alt.Tooltip("y:Q", format=".4f")],
    ).properties(height=360)
