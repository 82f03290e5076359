"""Altair charts for a projector: large labels, thick lines, colour-blind-safe colours.

Pages build charts with Altair and draw them with `show`, which keeps a rerun cheap:
it skips Altair's JSON-schema check of the whole spec (the tests turn it back on with
VALIDATE, so every chart the pages draw is still checked), and it hands the chart's
DataFrames to Streamlit as named datasets, which travel as Arrow instead of JSON rows.
"""
import threading

import altair as alt
import streamlit as st

# Okabe & Ito's colour-blind-safe palette, minus its yellow (invisible on a white projector screen)
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
# ten classes, none of them red, so that red stays free to mark a prediction
CLASS_COLOURS = ["#4C78A8", "#F58518", "#54A24B", "#B279A2", "#72B7B2", "#EECA3B", "#9D755D", "#1B9E77",
                 "#7570B3", "#79706E"]
LINE_WIDTH = 3.5
INK = "#1f1f1f"
VALIDATE = False


@alt.theme.register("projector", enable=True)
def projector_theme():
    return alt.theme.ThemeConfig(config={
        "axis": {"labelFontSize": 15, "titleFontSize": 16, "titleFontWeight": "normal", "gridOpacity": 0.6,
                 "labelColor": INK, "titleColor": INK},
        "legend": {"labelFontSize": 15, "titleFontSize": 15, "labelColor": INK, "titleColor": INK,
                   "symbolStrokeWidth": 4, "symbolSize": 200, "labelLimit": 400},
        "title": {"fontSize": 18, "anchor": "start", "color": INK, "offset": 12},
        "view": {"strokeWidth": 0},
    })


def _name_dataframes(data, datasets):
    """Altair data transformer: refer to each DataFrame by name and keep it aside."""
    for name, frame in datasets.items():
        if frame is data:
            return {"name": name}
    name = f"frame{len(datasets)}"
    datasets[name] = data
    return {"name": name}


alt.data_transformers.register("named_dataframes", _name_dataframes)
# Altair's data transformer is global; sessions run in threads of one process.
_TRANSFORMER_LOCK = threading.Lock()


def show(chart):
    datasets = {}
    with _TRANSFORMER_LOCK, alt.data_transformers.enable("named_dataframes", datasets=datasets):
        spec = chart.to_dict(validate=VALIDATE)
    spec["datasets"] = datasets
    st.vega_lite_chart(spec, width="stretch")
