"""Chart builders of the gradient-descent page (structure only; data by name)."""
import altair as alt

from ui.charts import INK, PALETTE, data, spec_cache

PATH_COLOUR = PALETTE[1]
MINIMUM_COLOUR = PALETTE[2]
REGIME_COLOURS = (PALETTE[2], PALETTE[4], PALETTE[1])  # converges green, oscillates orange, diverges vermillion


@spec_cache
def regime_strip(title, lr_title, regime_title, regime_labels, critical_title, current_title, lr_max, height=170):
    """The regime of each learning rate in [0, lr_max] as coloured bands, the critical learning rate
    dashed and the current one solid (at the right edge when it is larger than lr_max).

    Data: "bands" (lr, lr2, regime), "critical" (lr), "current" (lr, shown)."""
    scale = alt.Scale(domain=[0, lr_max], nice=False, clamp=True)
    bands = alt.Chart(data("bands")).mark_rect().encode(
        x=alt.X("lr:Q", title=lr_title, scale=scale), x2="lr2:Q",
        color=alt.Color("regime:N", title=None, legend=alt.Legend(orient="right"),
                        scale=alt.Scale(domain=list(regime_labels), range=list(REGIME_COLOURS))),
        tooltip=[alt.Tooltip("regime:N", title=regime_title), alt.Tooltip("lr:Q", title=lr_title, format=".3g"),
                 alt.Tooltip("lr2:Q", title=lr_title, format=".3g")])
    critical = alt.Chart(data("critical")).mark_rule(color=INK, strokeWidth=3, strokeDash=[7, 5]).encode(
        x=alt.X("lr:Q", scale=scale), tooltip=[alt.Tooltip("lr:Q", title=critical_title, format=".4g")])
    current = alt.Chart(data("current")).mark_rule(color=INK, strokeWidth=4).encode(
        x=alt.X("lr:Q", scale=scale), tooltip=[alt.Tooltip("shown:N", title=current_title)])
    return (bands + critical + current).properties(title=title, height=height)
