"""Chart builders of the page "Regression with hidden layers" (structure only; data by name)."""
import altair as alt

from ui.charts import INK, PALETTE, data, spec_cache

GREY = "#8a8a8a"
# legends under the plot, in `columns` columns (Vega does not wrap a legend that is too wide: it cuts it):
# they cover no data and leave the plot its width
BELOW = {"title": None, "orient": "bottom", "direction": "horizontal", "labelLimit": 260, "symbolSize": 150}
DARK_GREY = "#4d4d4d"  # the flat line's loss, drawn over the loss curve that often sits on it


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


TARGET_LATEX = {"parabola": r"y = -3(x - 0.5)^2", "cubic": r"y = (x - 0.3)(x - 0.6)(x - 0.9) + 5",
                "line": r"y = 2x + 1", "plane": r"y = {a}\,x_1 - 4x_2 + 2x_3"}  # {a}: the plane's adjustable weight


def target_latex(name, a=1.0):
    return TARGET_LATEX[name].replace("{a}", f"{a:g}")


def linear_latex(w, c, digits=4):
    """y = w1·x1 + ... + c as LaTeX, with `digits` significant digits: "y = 2\\,x + 1" for one input."""
    names = ["x"] if len(w) == 1 else [f"x_{i}" for i in range(1, len(w) + 1)]
    terms = [(" - " if weight < 0 else " + ", f"{abs(weight):.{digits}g}\\,{name}") for weight, name in zip(w, names)]
    terms.append((" - " if c < 0 else " + ", f"{abs(c):.{digits}g}"))
    first_sign, first = terms[0]
    return "y = " + ("-" if first_sign == " - " else "") + first + "".join(sign + term for sign, term in terms[1:])
