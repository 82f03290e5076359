"""Chart builders of the perceptron pages (structure only; data by name)."""
import altair as alt

from ui.charts import INK, data, equal_unit_scales, spec_cache

TARGET_COLOURS = ["#0072B2", "#D55E00"]  # target 0 blue, target 1 orange-red
REGION_ONE = "#F6D3BC"  # the side where the perceptron outputs 1
LINE_COLOURS = [INK, "#009E73", "#CC79A7"]


@spec_cache
def decision_plane(title, x_title, y_title, target_title, line_names, domain=(-0.5, 1.5)):
    """The four inputs coloured by target, the side where the output is 1 shaded, and the decision line(s);
    as large as the square it is drawn in, with equal units across and up (the view shows more than
    `domain` along its longer side; the data cover that margin).

    Data: "region" (x, x2, y, y2 cells where the output is 1), "lines" (x, y, line), "points" (x, y, target, label).
    """
    x_scale, y_scale = equal_unit_scales(domain)
    x = alt.X("x:Q", title=x_title, scale=x_scale, axis=alt.Axis(values=[0, 1], grid=True))
    y = alt.Y("y:Q", title=y_title, scale=y_scale, axis=alt.Axis(values=[0, 1], grid=True))
    region = alt.Chart(data("region")).mark_rect(color=REGION_ONE, opacity=0.9, clip=True).encode(
        x=alt.X("x:Q", scale=x_scale, title=x_title), x2="x2:Q",
        y=alt.Y("y:Q", scale=y_scale, title=y_title), y2="y2:Q")
    lines = alt.Chart(data("lines")).mark_line(strokeWidth=4, clip=True).encode(
        x=x, y=y, detail="line:N",
        color=alt.Color("line:N", title=None, scale=alt.Scale(domain=list(line_names), range=LINE_COLOURS),
                        legend=alt.Legend(orient="bottom", direction="horizontal") if len(line_names) > 1 else None))
    # the legends in one line each, the targets above the plane and the lines (if named) below it
    target = alt.Color("target:N", title=target_title, scale=alt.Scale(domain=["0", "1"], range=TARGET_COLOURS),
                       legend=alt.Legend(orient="top", direction="horizontal", titleOrient="left"))
    points = alt.Chart(data("points")).mark_point(size=600, filled=True, opacity=1, stroke="white",
                                                  strokeWidth=2).encode(
        x=x, y=y, color=target, tooltip=[alt.Tooltip("label:N", title=f"({x_title}, {y_title})"),
                                         alt.Tooltip("target:N", title=target_title)])
    labels = alt.Chart(data("points")).mark_text(dy=-26, fontSize=15, color=INK).encode(x=x, y=y, text="label:N")
    return (region + lines + points + labels).properties(title=title).resolve_scale(
        color="independent")
