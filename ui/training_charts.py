"""Chart builders of the live-training pages (structure only; data by name)."""
import altair as alt

from ui.charts import CLASS_COLOURS, INK, LINE_WIDTH, PALETTE, corner_legend, data, spec_cache

BINARY = ["#0072B2", "#E69F00"]  # class 0 blue, class 1 orange, as in TensorFlow Playground
SURFACE_OPACITY = (0.05, 0.55)  # the predicted class's colour over white: unsure .. certain
# inside the plot's bottom left corner, where curves falling from the left rarely are: it neither
# shrinks the plot nor is cut in a narrow column
CORNER_LEGEND = corner_legend("bottom-left", padding=4, direction="vertical")
# epochs from 0, and at least to 10: before Play the single point at epoch 0 sits on a real axis
EPOCH_SCALE = alt.Scale(domain={"unionWith": [0, 10]}, nice=True)


def class_range(count):
    return BINARY if count == 2 else CLASS_COLOURS[:count]


@spec_cache
def decision_surface(title, x_title, y_title, class_title, split_title, classes, splits, domain, point_size=70):
    """The predicted class over the plane (paler where the network is unsure), the data points on top
    (shaped by split). Drawn with charts.show_square: its size is its square's.

    Data: "surface" (x, x2, y, y2, url: live_views.surface_frame's image of the plane),
    "points" (x, y, cls, split), "lines" (x, y, line)."""
    scale_x, scale_y = alt.Scale(domain=list(domain), nice=False), alt.Scale(domain=list(domain), nice=False)
    # no legends: in a narrow square they are cut or squash the plane; the page's caption says what colours
    # and shapes mean
    colour = alt.Color("cls:N", title=class_title, scale=alt.Scale(domain=list(classes), range=class_range(len(classes))),
                       legend=None)
    surface = alt.Chart(data("surface")).mark_image(aspect=False).encode(
        x=alt.X("x:Q", scale=scale_x, title=x_title), x2="x2:Q", y=alt.Y("y:Q", scale=scale_y, title=y_title), y2="y2:Q",
        url="url:N")
    lines = alt.Chart(data("lines")).mark_line(strokeWidth=2.5, strokeDash=[6, 4], color=INK, clip=True).encode(
        x=alt.X("x:Q", scale=scale_x), y=alt.Y("y:Q", scale=scale_y), detail="line:N",
        tooltip=[alt.Tooltip("line:N", title=None)])
    points = alt.Chart(data("points")).mark_point(filled=True, size=point_size, strokeWidth=1.2).encode(
        x=alt.X("x:Q", scale=scale_x), y=alt.Y("y:Q", scale=scale_y), color=colour,
        shape=alt.Shape("split:N", title=split_title, scale=alt.Scale(domain=list(splits), range=["circle", "triangle"]),
                        legend=None),
        stroke=alt.value("white"),
        tooltip=[alt.Tooltip("cls:N", title=class_title), alt.Tooltip("split:N", title=split_title),
                 alt.Tooltip("x:Q", format=".2f"), alt.Tooltip("y:Q", format=".2f")])
    return (surface + lines + points).properties(title=title)


def latest_epoch_point(curves):
    """A dot on each series' latest epoch (data "epoch", "series"): before Play, the whole curve."""
    return curves.transform_joinaggregate(last="max(epoch)", groupby=["series"]).transform_filter(
        "datum.epoch == datum.last").mark_point(filled=True, size=90, opacity=1)


@spec_cache
def learning_curves(title, epoch_title, value_title, legend_title, labels, log_scale, height=330):
    """Loss (or accuracy) per epoch, train and test, with a dot at the latest epoch: before Play the
    curve is that one dot at epoch 0 (the initial weights). height: the whole chart's, legend included."""
    y_scale = alt.Scale(type="log") if log_scale else alt.Scale(zero=True)
    base = alt.Chart(data("curves")).encode(
        x=alt.X("epoch:Q", title=epoch_title, scale=EPOCH_SCALE, axis=alt.Axis(format=",d", tickMinStep=1)),
        y=alt.Y("value:Q", title=value_title, scale=y_scale),
        color=alt.Color("series:N", title=legend_title, scale=alt.Scale(domain=list(labels), range=PALETTE),
                        legend=CORNER_LEGEND if len(labels) > 1 else None),
        tooltip=[alt.Tooltip("series:N", title=legend_title), alt.Tooltip("epoch:Q", title=epoch_title),
                 alt.Tooltip("value:Q", title=value_title, format=".4f")],
    )
    return (base.mark_line(strokeWidth=LINE_WIDTH) + latest_epoch_point(base)).properties(title=title, height=height)
