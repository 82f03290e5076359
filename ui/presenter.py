"""Presenter mode: the page as a lecture slide.

On: the sidebar starts collapsed, "the code behind this picture" is left out, body text and chart
labels are large enough for the back row, and the main picture takes the screen. It is kept in the
URL as `?present=1`, so a lecture link opens in it, and in the session, so it survives moving
between pages.
"""
import streamlit as st

from ui.i18n import t

KEY = "present"


def presenting():
    return bool(st.session_state.get(KEY))


def read_presenter_mode():
    """The first run of a session takes ?present= from the URL; later runs keep the session's value."""
    if KEY not in st.session_state:
        st.session_state[KEY] = st.query_params.get(KEY) == "1"
    # written back every run, as the language is (ui/i18n.py)
    st.session_state[KEY] = bool(st.session_state[KEY])
    return st.session_state[KEY]


def presenter_switch():
    st.sidebar.toggle(t("app.present"), key=KEY, help=t("app.present_help"))


def url_value():
    """What the URL carries for presenter mode: {"present": "1"} when on, nothing when off."""
    return {KEY: "1"} if presenting() else {}
