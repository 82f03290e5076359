"""Chart builders of the gradient-descent page (structure only; data by name)."""
import altair as alt

from ui.charts import INK, LINE_WIDTH, PALETTE, data, spec_cache

PATH_COLOUR = PALETTE[1]
MINIMUM_COLOUR = PALETTE[2]
REGIME_COLOURS = (PALETTE[2], PALETTE[4], PALETTE[1])  # converges green, oscillates orange, diverges vermillion


def _path_layers(x, y, step_title, point_tooltip):
    """The path's steps joined in order, numbered, and the current point ringed.

    Data: "path" (step, x, y, label, ...), "now" (step, x, y, ...)."""
    line = alt.Chart(data("path")).mark_line(strokeWidth=2.5, color=PATH_COLOUR, clip=True).encode(
        x=x, y=y, order=alt.Order("step:Q"))
    points = alt.Chart(data("path")).mark_point(filled=True, size=90, color=PATH_COLOUR, stroke="white",
                                                strokeWidth=1.2, opacity=1, clip=True).encode(
        x=x, y=y, tooltip=point_tooltip)
    labels = alt.Chart(data("path")).mark_text(fontSize=15, fontWeight="bold", color=INK, dx=9, dy=-12,
                                               clip=True).encode(x=x, y=y, text="label:N")
    now = alt.Chart(data("now")).mark_point(size=420, filled=False, color=INK, strokeWidth=3, opacity=1,
                                            clip=True).encode(x=x, y=y, tooltip=point_tooltip)
    return line + points + labels + now


def _minima(x, y, minimum_title):
    """Data: "minima" (x, y)."""
    return alt.Chart(data("minima")).mark_point(shape="diamond", filled=True, size=260, color=MINIMUM_COLOUR,
                                                stroke=INK, strokeWidth=1, opacity=1).encode(
        x=x, y=y, tooltip=[alt.Tooltip("x:Q", title=minimum_title, format=".4f")])


@spec_cache
def path_on_curve(title, x_title, y_title, step_title, minimum_title, x_domain, y_domain, height=440):
    """f(x) over the domain with the path's points (x_k, f(x_k)) joined in order; points that leave
    the axes are clipped.

    Data: "curve" (x, y), "path" (step, x, y, label), "now" (step, x, y), "minima" (x, y)."""
    x = alt.X("x:Q", title=x_title, scale=alt.Scale(domain=list(x_domain), nice=False))
    y = alt.Y("y:Q", title=y_title, scale=alt.Scale(domain=list(y_domain), nice=False))
    curve = alt.Chart(data("curve")).mark_line(strokeWidth=LINE_WIDTH, color=PALETTE[0], clip=True).encode(x=x, y=y)
    tooltip = [alt.Tooltip("step:Q", title=step_title), alt.Tooltip("x:Q", format=".6g"),
               alt.Tooltip("y:Q", title=y_title, format=".6g")]
    return (curve + _minima(x, y, minimum_title) + _path_layers(x, y, step_title, tooltip)).properties(
        title=title, height=height)


@spec_cache
def path_on_contours(title, x_title, y_title, value_title, step_title, minimum_title, x_domain, y_domain):
    """Drawn in a square (ui.charts.show_square) over a square view, one unit as long on both axes.
    f shaded in bands over the plane (an image: darker is higher), the minima, and the path.

    Data: "surface" (x, x2, y, y2, url), "path" (step, x, y, f, label), "now" (step, x, y, f), "minima" (x, y)."""
    x = alt.X("x:Q", title=x_title, scale=alt.Scale(domain=list(x_domain), nice=False))
    y = alt.Y("y:Q", title=y_title, scale=alt.Scale(domain=list(y_domain), nice=False))
    surface = alt.Chart(data("surface")).mark_image(aspect=False).encode(x=x, x2="x2:Q", y=y, y2="y2:Q", url="url:N")
    tooltip = [alt.Tooltip("step:Q", title=step_title), alt.Tooltip("x:Q", title=x_title, format=".6g"),
               alt.Tooltip("y:Q", title=y_title, format=".6g"), alt.Tooltip("f:Q", title=value_title, format=".6g")]
    return (surface + _minima(x, y, minimum_title) + _path_layers(x, y, step_title, tooltip)).properties(
        title=title)


@spec_cache
def value_against_step(title, step_title, value_title, log_scale, last_step, value_domain, height=440):
    """f(x_k) against k on axes fixed for the whole run (a replay does not rescale them), the
    current step ringed.

    Data: "values" (step, value), "now" (step, value)."""
    x = alt.X("step:Q", title=step_title, scale=alt.Scale(domain=[0, last_step], nice=False),
              axis=alt.Axis(tickMinStep=1))
    y = alt.Y("value:Q", title=value_title,
              scale=alt.Scale(type="log" if log_scale else "linear", domain=list(value_domain), nice=log_scale,
                              zero=False),
              axis=alt.Axis(format="~e") if log_scale else alt.Axis())
    tooltip = [alt.Tooltip("step:Q", title=step_title), alt.Tooltip("value:Q", title=value_title, format=".6g")]
    line = alt.Chart(data("values")).mark_line(strokeWidth=LINE_WIDTH, color=PALETTE[0],
                                               point=alt.OverlayMarkDef(size=40, filled=True)).encode(
        x=x, y=y, tooltip=tooltip)
    now = alt.Chart(data("now")).mark_point(size=380, filled=False, color=INK, strokeWidth=3, opacity=1).encode(
        x=x, y=y, tooltip=tooltip)
    return (line + now).properties(title=title, height=height)


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
