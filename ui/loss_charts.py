"""Chart builders of the loss-function page (structure only; data by name)."""
import altair as alt

from ui.charts import INK, LINE_WIDTH, PALETTE, corner_legend, data, spec_cache

CORRECT, OTHER = "#D55E00", "#0072B2"
# the top-right corner is empty in both charts for every preset; below the plot, a legend would take a
# third of its height
LEGEND_CORNER = "top-right"


@spec_cache
def prediction_bars(title, class_title, prob_title, legend_title, kinds, height=320):
    """The ten predicted probabilities, the correct class in its own colour.

    Data: "probs" (cls, y, kind)."""
    return alt.Chart(data("probs")).mark_bar().encode(
        x=alt.X("cls:N", title=class_title, sort=None, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("y:Q", title=prob_title, scale=alt.Scale(domain=[0, 1])),
        color=alt.Color("kind:N", title=legend_title, scale=alt.Scale(domain=list(kinds), range=[CORRECT, OTHER]),
                        legend=corner_legend(LEGEND_CORNER)),
        tooltip=[alt.Tooltip("cls:N", title=class_title), alt.Tooltip("y:Q", title=prob_title, format=".4f")],
    ).properties(title=title, height=height)


@spec_cache
def loss_against_probability(title, p_title, loss_title, legend_title, names, height=320):
    """Both losses as the probability of the correct class goes from 0 to 1, the current prediction marked.

    Data: "curves" (p, loss, name), "now" (p, loss, name)."""
    colour = alt.Color("name:N", title=legend_title, scale=alt.Scale(domain=list(names), range=PALETTE[:len(names)]),
                       legend=corner_legend(LEGEND_CORNER))
    x = alt.X("p:Q", title=p_title, scale=alt.Scale(domain=[0, 1]))
    y = alt.Y("loss:Q", title=loss_title, scale=alt.Scale(domain=[0, 5], clamp=True))
    tooltip = [alt.Tooltip("name:N", title=legend_title), alt.Tooltip("p:Q", title=p_title, format=".3f"),
               alt.Tooltip("loss:Q", title=loss_title, format=".4f")]
    lines = alt.Chart(data("curves")).mark_line(strokeWidth=LINE_WIDTH, clip=True).encode(
        x=x, y=y, color=colour, tooltip=tooltip)
    now = alt.Chart(data("now")).mark_point(size=260, filled=True, stroke=INK, strokeWidth=1.5, opacity=1).encode(
        x=x, y=y, color=colour, tooltip=tooltip)
    return (lines + now).properties(title=title, height=height)
