"""nn-explainer: run with `streamlit run app.py`."""
import streamlit as st

from ui.catalog import navigation
from ui.i18n import language_switch
from ui.keras_session import guard_session_reset
from ui.layout import apply_style
from ui.presenter import presenter_switch, read_presenter_mode
from ui.progress import keep_progress
from ui.reconnect import announce_new_session, watch_session

presenting = read_presenter_mode()
st.set_page_config(page_title="nn-explainer", page_icon=":material/neurology:", layout="wide",
                   initial_sidebar_state="collapsed" if presenting else "auto")
apply_style(presenting)
language_switch()
presenter_switch()
announce_new_session()
navigation().run()
watch_session()
keep_progress()
guard_session_reset()  # after the page: it may have imported Keras just now
