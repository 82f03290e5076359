"""Altair styling for a projector: large labels, thick lines, colour-blind-safe colours."""
import altair as alt
import streamlit as st

# Okabe & Ito's colour-blind-safe palette, minus its yellow (invisible on a white projector screen)
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
HIGHLIGHT = "#D62728"
LINE_WIDTH = 3.5
INK = "#1f1f1f"


def projector(chart):
    return (
        chart.configure_axis(labelFontSize=15, titleFontSize=16, titleFontWeight="normal", gridOpacity=0.6,
                             labelColor=INK, titleColor=INK)
        .configure_legend(labelFontSize=15, titleFontSize=15, labelColor=INK, titleColor=INK, symbolStrokeWidth=4, symbolSize=200, labelLimit=400)
        .configure_title(fontSize=18, anchor="start", color=INK, offset=12)
        .configure_view(strokeWidth=0)
    )


def show(chart):
    st.altair_chart(projector(chart), width="stretch")
