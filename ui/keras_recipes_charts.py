"""Chart builders of the Keras recipes page (structure only; data by name)."""
import altair as alt

from ui.charts import INK, LINE_WIDTH, PALETTE, data, spec_cache

TARGET_COLOUR = "#999999"


@spec_cache
def epoch_lines(title, epoch_title, value_title, legend_title, names, log_scale=False, height=300, colours=None,
                y_domain=None):
    """A value per epoch (loss or a metric), one line per series (colours: one per name, else the palette's).

    Data: "curves" (epoch, value, series)."""
    legend = alt.Legend(orient="bottom") if len(names) > 1 else None
    if log_scale:
        scale = alt.Scale(type="log")
    else:
        scale = alt.Scale(zero=False, domain=list(y_domain)) if y_domain else alt.Scale(zero=False)
    # small points, hidden under the thick line, so that a one-epoch run still shows something
    return alt.Chart(data("curves")).mark_line(strokeWidth=LINE_WIDTH, point=alt.OverlayMarkDef(size=14)).encode(
        x=alt.X("epoch:Q", title=epoch_title, axis=alt.Axis(tickMinStep=1)),
        y=alt.Y("value:Q", title=value_title, scale=scale),
        color=alt.Color("series:N", title=legend_title, legend=legend,
                        scale=alt.Scale(domain=list(names), range=list(colours or PALETTE[:len(names)]))),
        tooltip=[alt.Tooltip("series:N", title=legend_title), alt.Tooltip("epoch:Q", title=epoch_title),
                 alt.Tooltip("value:Q", title=value_title, format=".4f")],
    ).properties(title=title, height=height)


@spec_cache
def probability_bars(title, class_title, prob_title, legend_title, names, height=340):
    """Predicted probabilities before and after training next to the target, class by class.

    Data: "probs" (cls, series, p); names = (before, after, target)."""
    return alt.Chart(data("probs")).mark_bar().encode(
        x=alt.X("cls:N", title=class_title, axis=alt.Axis(labelAngle=0)),
        xOffset=alt.XOffset("series:N", sort=list(names)),
        y=alt.Y("p:Q", title=prob_title, scale=alt.Scale(domain=[0, 1])),
        color=alt.Color("series:N", title=legend_title, sort=list(names),
                        scale=alt.Scale(domain=list(names), range=[PALETTE[5], PALETTE[0], TARGET_COLOUR]),
                        legend=alt.Legend(orient="bottom")),
        tooltip=[alt.Tooltip("cls:N", title=class_title), alt.Tooltip("series:N", title=legend_title),
                 alt.Tooltip("p:Q", title=prob_title, format=".4f")],
    ).properties(title=title, height=height)


@spec_cache
def weight_heatmap(title, row_title, col_title, value_title, before_title, limit, width=220, height=200):
    """One Dense layer's weights with its biases as the last row, values written in, red below 0 and blue above,
    on the colour scale −limit..limit (one limit for every layer of a model, so their colours compare).

    Data: "cells" (row, col, value, text, before)."""
    base = alt.Chart(data("cells")).encode(
        x=alt.X("col:O", title=col_title, axis=alt.Axis(labelAngle=0, orient="top")),
        y=alt.Y("row:O", title=row_title, sort=None, axis=alt.Axis(titleAngle=0, titleAlign="right")))
    cells = base.mark_rect(stroke="white", strokeWidth=1).encode(
        color=alt.Color("value:Q", title=value_title, legend=None,
                        scale=alt.Scale(scheme="redblue", domain=[-limit, limit], clamp=True)),
        tooltip=[alt.Tooltip("row:O", title=row_title), alt.Tooltip("col:O", title=col_title),
                 alt.Tooltip("value:Q", title=value_title, format=".5f"),
                 alt.Tooltip("before:Q", title=before_title, format=".5f")])
    # white on the darkest cells, dark ink elsewhere
    text = base.mark_text(fontSize=14).encode(
        text="text:N", color=alt.condition(f"abs(datum.value) > {0.6 * limit}", alt.value("white"), alt.value(INK)))
    return (cells + text).properties(title=title, width=width, height=height)


@spec_cache
def prediction_scatter(title, actual_title, predicted_title, domain, colour, height=340):
    """Predicted against actual test prices, with the diagonal where a perfect model's points would lie.

    Data: "points" (actual, predicted), "diagonal" (actual, predicted: the two ends of the line)."""
    scale = alt.Scale(domain=list(domain), nice=False)
    diagonal = alt.Chart(data("diagonal")).mark_line(color=INK, strokeDash=[6, 4], strokeWidth=2).encode(
        x=alt.X("actual:Q", scale=scale, title=actual_title),
        y=alt.Y("predicted:Q", scale=scale, title=predicted_title))
    points = alt.Chart(data("points")).mark_circle(size=55, opacity=0.7, color=colour, clip=True).encode(
        x=alt.X("actual:Q", scale=scale), y=alt.Y("predicted:Q", scale=scale),
        tooltip=[alt.Tooltip("actual:Q", title=actual_title, format=".1f"),
                 alt.Tooltip("predicted:Q", title=predicted_title, format=".1f")])
    return (diagonal + points).properties(title=title, height=height)
