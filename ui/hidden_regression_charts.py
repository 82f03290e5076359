"""Chart builders of the page "Regression with hidden layers" (structure only; data by name)."""
import altair as alt

from ui.charts import INK, LINE_WIDTH, PALETTE, data, spec_cache
from ui.training_charts import EPOCH_SCALE, latest_epoch_point

GREY = "#8a8a8a"
# legends under the plot, in `columns` columns (Vega does not wrap a legend that is too wide: it cuts it):
# they cover no data and leave the plot its width
BELOW = {"title": None, "orient": "bottom", "direction": "horizontal", "labelLimit": 260, "symbolSize": 150}
DARK_GREY = "#4d4d4d"  # the flat line's loss, drawn over the loss curve that often sits on it


@spec_cache
def fit_chart(title, x_title, y_title, legend_title, names, height=330):
    """The data points, the network's prediction curve over x in [0, 1], and the true target (dashed).
    height: the whole chart's, the legend under the plot included.

    names: (data, network, target) labels. Data: "points" (x, y), "curves" (x, y, name: network or target)."""
    data_name, network_name, target_name = names
    colour = alt.Color("name:N", title=legend_title, legend=alt.Legend(columns=2, **BELOW),
                       scale=alt.Scale(domain=[data_name, network_name, target_name],
                                       range=[PALETTE[0], PALETTE[1], GREY]))
    x = alt.X("x:Q", title=x_title, scale=alt.Scale(domain=[0, 1], nice=False))
    y = alt.Y("y:Q", title=y_title, scale=alt.Scale(zero=False))
    tooltip = [alt.Tooltip("name:N", title=legend_title), alt.Tooltip("x:Q", format=".3f"),
               alt.Tooltip("y:Q", format=".4f")]
    target = alt.Chart(data("curves")).transform_filter(alt.datum.name == target_name).mark_line(
        strokeWidth=2.5, strokeDash=[7, 5], clip=True).encode(x=x, y=y, color=colour, tooltip=tooltip)
    network = alt.Chart(data("curves")).transform_filter(alt.datum.name == network_name).mark_line(
        strokeWidth=LINE_WIDTH + 0.5, clip=True).encode(x=x, y=y, color=colour, tooltip=tooltip)
    points = alt.Chart(data("points")).transform_calculate(name=f"'{data_name}'").mark_point(
        filled=True, size=70, opacity=0.85, stroke="white", strokeWidth=1).encode(
        x=x, y=y, color=colour, tooltip=[alt.Tooltip("x:Q", format=".3f"), alt.Tooltip("y:Q", format=".4f")])
    return (target + points + network).properties(title=title, height=height)


@spec_cache
def parity_chart(title, actual_title, predicted_title, diagonal_title, height=330):
    """Predicted against actual y for every data point, over the diagonal y = x of a perfect fit.

    Data: "points" (actual, predicted), "diagonal" (actual, predicted: two ends of the diagonal)."""
    diagonal = alt.Chart(data("diagonal")).mark_line(color=GREY, strokeWidth=2, strokeDash=[7, 5]).encode(
        x=alt.X("actual:Q", title=actual_title), y=alt.Y("predicted:Q", title=predicted_title),
        tooltip=[alt.Tooltip("label:N", title=None)])
    points = alt.Chart(data("points")).mark_point(filled=True, size=70, opacity=0.85, color=PALETTE[1],
                                                   stroke="white", strokeWidth=1).encode(
        x="actual:Q", y="predicted:Q",
        tooltip=[alt.Tooltip("actual:Q", title=actual_title, format=".4f"),
                 alt.Tooltip("predicted:Q", title=predicted_title, format=".4f")])
    return (diagonal + points).properties(title=title, height=height)


@spec_cache
def weights_chart(title, value_title, legend_title, series, height=340):
    """The learned weights and bias beside the exact ones, as grouped bars.

    Data: "weights" (name, value, series: learned or exact)."""
    colour = alt.Color("series:N", title=legend_title, legend=alt.Legend(orient="bottom"),
                       scale=alt.Scale(domain=list(series), range=[PALETTE[1], GREY]))
    bars = alt.Chart(data("weights")).mark_bar().encode(
        x=alt.X("name:N", title=None, sort=None, axis=alt.Axis(labelAngle=0, labelFontSize=17)),
        xOffset=alt.XOffset("series:N", sort=list(series)), y=alt.Y("value:Q", title=value_title), color=colour,
        tooltip=[alt.Tooltip("name:N", title=None), alt.Tooltip("series:N", title=legend_title),
                 alt.Tooltip("value:Q", format=".4f")])
    zero = alt.Chart(data("weights")).mark_rule(color=INK, strokeWidth=1).encode(y=alt.datum(0))
    return (bars + zero).properties(title=title, height=height)


@spec_cache
def loss_chart(title, epoch_title, loss_title, names, height=330):
    """The training loss per epoch (0: the initial weights) on a log scale, with the loss of the best flat
    line (predicting the mean). height: the whole chart's, the legend under the plot included.

    names: (network, flat line) labels. Data: "curves" (epoch, value, series), "flat" (value, series)."""
    colour = alt.Color("series:N", title=None, legend=alt.Legend(columns=1, **BELOW),
                       scale=alt.Scale(domain=list(names), range=[PALETTE[1], DARK_GREY]))
    y = alt.Y("value:Q", title=loss_title, scale=alt.Scale(type="log"), axis=alt.Axis(format="~e"))
    curve = alt.Chart(data("curves")).encode(
        x=alt.X("epoch:Q", title=epoch_title, scale=EPOCH_SCALE, axis=alt.Axis(format=",d", tickMinStep=1)), y=y,
        color=colour,
        tooltip=[alt.Tooltip("epoch:Q", title=epoch_title), alt.Tooltip("value:Q", title=loss_title, format=".3e")])
    flat = alt.Chart(data("flat")).mark_rule(strokeWidth=2.5, strokeDash=[7, 5]).encode(
        y=y, color=colour, tooltip=[alt.Tooltip("series:N", title=None),
                                    alt.Tooltip("value:Q", title=loss_title, format=".3e")])
    return (curve.mark_line(strokeWidth=LINE_WIDTH) + latest_epoch_point(curve) + flat).properties(title=title, height=height)
