"""Chart builders of the page "Softmax" (structure only; data by name)."""
import altair as alt

from ui.charts import CLASS_COLOURS, data, spec_cache


def _class_colour(labels, legend_title):
    scale = alt.Scale(domain=list(labels), range=CLASS_COLOURS)
    return alt.Color("class:N", title=legend_title, sort=list(labels), scale=scale,
                     legend=alt.Legend() if legend_title else None)


def _tooltip(class_title, score_title, prob_title):
    return [alt.Tooltip("class:N", title=class_title), alt.Tooltip("a:Q", title=score_title, format=".3f"),
            alt.Tooltip("y:Q", title=prob_title, format=".4f")]


@spec_cache
def pie_chart(title, class_title, score_title, prob_title, labels, height):
    base = alt.Chart(data("probs")).encode(
        theta=alt.Theta("y:Q", stack=True), color=_class_colour(labels, class_title), order=alt.Order("order:Q"),
        tooltip=_tooltip(class_title, score_title, prob_title))
    pie = base.mark_arc(outerRadius=110, stroke="white", strokeWidth=2) + base.mark_text(radius=136, fontSize=15).encode(
        text="pct:N")
    return pie.properties(title=title, height=height, padding={"top": 30})


@spec_cache
def bar_chart(title, class_title, score_title, prob_title, labels, height):
    bars = alt.Chart(data("probs")).mark_bar().encode(
        x=alt.X("class:N", title=class_title, sort=list(labels), axis=alt.Axis(labelAngle=0)),
        y=alt.Y("y:Q", title=prob_title, scale=alt.Scale(domain=[0, 1])),
        color=_class_colour(labels, None),
        tooltip=_tooltip(class_title, score_title, prob_title),
    )
    return (bars + bars.mark_text(dy=-10, fontSize=15).encode(text="pct:N", color=alt.value("black"))).properties(
        title=title, height=height)
