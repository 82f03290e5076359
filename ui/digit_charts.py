"""Chart builders of the MNIST pages (structure only; data by name)."""
import altair as alt

from ui.charts import INK, LINE_WIDTH, PALETTE, data, spec_cache

PREDICTED = "#D62728"  # red: the predicted digit, as in the course's bar chart
OTHER = "#9BB7D4"
DIGITS = [str(d) for d in range(10)]


@spec_cache
def pixel_grid(title, row_title, col_title, value_title):
    """A 28×28 image, enlarged, each pixel a cell with its grid line, white ink on black; drawn in a
    square (ui.charts.show_square)."""
    return alt.Chart(data("pixels")).mark_rect(stroke="#555555", strokeWidth=0.5).encode(
        x=alt.X("col:O", title=None, axis=None),
        y=alt.Y("row:O", title=None, axis=None),
        color=alt.Color("value:Q", scale=alt.Scale(domain=[0, 1], range=["black", "white"]), legend=None),
        tooltip=[alt.Tooltip("row:O", title=row_title), alt.Tooltip("col:O", title=col_title),
                 alt.Tooltip("value:Q", title=value_title, format=".2f")],
    ).properties(title=title)


@spec_cache
def probability_bars(title, digit_title, prob_title, height, compact=False, subtitle=""):
    """The ten probabilities, the predicted digit in red; compact: no titles, for small multiples.

    In Streamlit the height is the whole chart's, titles and axes included."""
    axis_title = None if compact else digit_title
    base = alt.Chart(data("probs")).encode(
        x=alt.X("digit:N", title=axis_title, sort=DIGITS, axis=alt.Axis(labelAngle=0, labelFontSize=18)),
        y=alt.Y("p:Q", title=None if compact else prob_title, scale=alt.Scale(domain=[0, 1]),
                axis=alt.Axis(format="%", tickCount=2 if compact else 5)),
        tooltip=[alt.Tooltip("digit:N", title=digit_title), alt.Tooltip("p:Q", title=prob_title, format=".2%")],
    )
    bars = base.mark_bar().encode(
        color=alt.condition("datum.top", alt.value(PREDICTED), alt.value(OTHER)))
    labels = base.mark_text(dy=-10, fontSize=14, color=INK).encode(text="pct:N")
    # room at the left: in a narrow column Vega places the rotated y title a few pixels short of its width
    chart = (bars + labels).properties(height=height, padding={"left": 12, "top": 5, "right": 5, "bottom": 5})
    return chart if compact else chart.properties(title=alt.TitleParams(title, subtitle=subtitle, subtitleFontSize=15))


@spec_cache
def unit_heatmap(title, unit_title, value_title, columns, rows, cell):
    """Hidden-layer activations, one cell per unit, laid out `columns` to a row."""
    return alt.Chart(data("units")).mark_rect(stroke="white", strokeWidth=1).encode(
        x=alt.X("col:O", axis=None), y=alt.Y("row:O", axis=None),
        color=alt.Color("value:Q", title=value_title, scale=alt.Scale(scheme="greens", domainMin=0)),
        tooltip=[alt.Tooltip("unit:Q", title=unit_title), alt.Tooltip("value:Q", title=value_title, format=".3f")],
    ).properties(title=title, width=columns * cell, height=rows * cell)


@spec_cache
def confusion_matrix(title, subtitle, true_title, pred_title, count_title):
    """Counts of (true, predicted) pairs, the chosen cell outlined in red; a click selects a cell ("cell").
    Sized by its square."""
    cell = alt.selection_point(name="cell", fields=["true", "pred"], on="click", clear=False)
    x = alt.X("pred:O", title=pred_title, sort=list(range(10)), axis=alt.Axis(labelAngle=0, orient="top"))
    y = alt.Y("true:O", title=true_title, sort=list(range(10)))
    tooltip = [alt.Tooltip("true:O", title=true_title), alt.Tooltip("pred:O", title=pred_title),
               alt.Tooltip("count:Q", title=count_title)]
    rects = alt.Chart(data("cells")).mark_rect().encode(
        x=x, y=y, tooltip=tooltip,
        color=alt.Color("shade:Q", scale=alt.Scale(domain=[0, 1], range=["white", "#08519C"], interpolate="rgb"),
                        legend=None),
        stroke=alt.value("#DDDDDD"), strokeWidth=alt.value(1),
    ).add_params(cell)
    # the outline in a layer of its own, so that no neighbouring cell is drawn over it
    outline = alt.Chart(data("cells")).transform_filter("datum.chosen").mark_rect(
        fill=None, stroke=PREDICTED, strokeWidth=4).encode(x=x, y=y)
    text = alt.Chart(data("cells")).mark_text(fontSize=14).encode(
        x=x, y=y, text="count:Q", tooltip=tooltip,
        color=alt.condition("datum.shade > 0.5", alt.value("white"), alt.value(INK)))
    return (rects + outline + text).properties(title=alt.TitleParams(title, subtitle=subtitle, subtitleFontSize=15),
                                               width=400, height=400)


@spec_cache
def training_curves(epoch_title, value_title, legend_title, labels):
    """Loss and accuracy per epoch (train and validation), one panel per measure."""
    return alt.Chart(data("history")).mark_line(point=True, strokeWidth=LINE_WIDTH).encode(
        x=alt.X("epoch:Q", title=epoch_title, axis=alt.Axis(tickMinStep=1)),
        y=alt.Y("value:Q", title=value_title),
        color=alt.Color("series:N", title=legend_title, scale=alt.Scale(domain=list(labels), range=PALETTE),
                        legend=alt.Legend(orient="bottom")),
        tooltip=[alt.Tooltip("series:N", title=legend_title), alt.Tooltip("epoch:Q", title=epoch_title),
                 alt.Tooltip("value:Q", title=value_title, format=".4f")],
    ).properties(height=340)


@spec_cache
def per_image_time(title, batch_title, time_title, sizes, spread_title):
    """Median time per image against the batch size, on log-log axes, with a bar from the fastest to the
    slowest repeat; every measured size (`sizes`) is labelled on the x axis, and the padding keeps the end
    points' marks inside the plot."""
    x = alt.X("batch:Q", title=batch_title, scale=alt.Scale(type="log", padding=16, nice=False),
              axis=alt.Axis(values=list(sizes), format=",d", labelOverlap=False))
    y_scale = alt.Scale(type="log", padding=16)
    base = alt.Chart(data("timing")).encode(
        x=x, y=alt.Y("us:Q", title=time_title, scale=y_scale),
        tooltip=[alt.Tooltip("batch:Q", title=batch_title), alt.Tooltip("us:Q", title=time_title, format=".1f"),
                 alt.Tooltip("range:N", title=spread_title)],
    )
    spread = alt.Chart(data("timing")).mark_rule(strokeWidth=3, color=PALETTE[0], opacity=0.45).encode(
        x=x, y=alt.Y("low:Q", scale=y_scale), y2="high:Q")
    return (spread + base.mark_line(strokeWidth=LINE_WIDTH, color=PALETTE[0])
            + base.mark_point(size=120, filled=True, color=PALETTE[0])).properties(title=title, height=320)