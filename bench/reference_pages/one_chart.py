"""Reference: a page with one 500-point Altair line chart."""
import altair as alt
import numpy as np
import pandas as pd
import streamlit as st

x = np.linspace(-6, 6, 500)
st.title("One chart")
st.altair_chart(alt.Chart(pd.DataFrame({"x": x, "y": np.sin(x)})).mark_line().encode(x="x:Q", y="y:Q"), width="stretch")
