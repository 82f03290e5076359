"""nn-explainer: run with `streamlit run app.py`."""
import streamlit as st

from ui.catalog import navigation
from ui.i18n import language_switch
from ui.keras_session import skip_full_collection_on_rerun
from ui.layout import apply_style
from ui.presenter import presenter_switch, read_presenter_mode

presenting = read_presenter_mode()
st.set_page_config(page_title="nn-explainer", page_icon=":material/neurology:", layout="wide",
                   initial_sidebar_state="collapsed" if presenting else "auto")
apply_style(presenting)
language_switch()
presenter_switch()
navigation().run()
skip_full_collection_on_rerun()  # after the page: it may have imported Keras just now
