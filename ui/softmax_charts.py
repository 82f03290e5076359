"""Chart builders of the page "Softmax" (structure only; data by name)."""
import altair as alt

from ui.charts import CLASS_COLOURS, data, spec_cache

MANY = 5  # more classes than this: no legend beside the pie, numbers only under the bars
SMALLEST_LABELLED = 0.04  # a slice or bar this small gets no percentage: it would cover its neighbours'


def _class_colour(labels, legend_title):
    scale = alt.Scale(domain=list(labels), range=CLASS_COLOURS)
    shown = legend_title and len(labels) <= MANY  # beside a pie, ten entries leave no room for the pie
    return alt.Color("class:N", title=legend_title, sort=list(labels), scale=scale,
                     legend=alt.Legend() if shown else None)


def _tooltip(class_title, score_title, prob_title):
    return [alt.Tooltip("class:N", title=class_title), alt.Tooltip("a:Q", title=score_title, format=".3f"),
            alt.Tooltip("y:Q", title=prob_title, format=".4f")]


def _class_axis(labels):
    if len(labels) <= MANY:
        return alt.Axis(labelAngle=0)
    return alt.Axis(labelAngle=0, labelExpr="replace(datum.label, regexp('[^0-9]', 'g'), '')")  # "class 10" → "10"


@spec_cache
def pie_chart(title, class_title, score_title, prob_title, labels, height):
    base = alt.Chart(data("probs")).encode(
        theta=alt.Theta("y:Q", stack=True), color=_class_colour(labels, class_title), order=alt.Order("order:Q"),
        tooltip=_tooltip(class_title, score_title, prob_title))
    # the pie's radius follows the chart's size, with room for the percentages around it
    radius = "max(40, min(width, height) / 2 - 30)"
    pie = base.mark_arc(outerRadius=alt.expr(radius), stroke="white", strokeWidth=2) + base.mark_text(
        radius=alt.expr(f"{radius} + 22"), fontSize=15).encode(text="pct:N").transform_filter(
        f"datum.y >= {SMALLEST_LABELLED}")
    return pie.properties(title=title, height=height)


@spec_cache
def bar_chart(title, class_title, score_title, prob_title, labels, height):
    bars = alt.Chart(data("probs")).mark_bar().encode(
        x=alt.X("class:N", title=class_title, sort=list(labels), axis=_class_axis(labels)),
        y=alt.Y("y:Q", title=prob_title, scale=alt.Scale(domain=[0, 1])),
        color=_class_colour(labels, None),
        tooltip=_tooltip(class_title, score_title, prob_title),
    )
    text = bars.mark_text(dy=-10, fontSize=15).encode(text="pct:N", color=alt.value("black"))
    if len(labels) > MANY:  # ten bars leave no room for ten percentages: only the larger ones
        text = text.transform_filter(f"datum.y >= {SMALLEST_LABELLED * 2}")
    return (bars + text).properties(title=title, height=height)
