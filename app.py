"""nn-explainer: run with `streamlit run app.py`."""
import streamlit as st

from ui.catalog import navigation
from ui.i18n import language_switch

st.set_page_config(page_title="nn-explainer", page_icon=":material/neurology:", layout="wide")
language_switch()
navigation().run()
