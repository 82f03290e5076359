"""Make sure every page runs through app.py.

Because the design card names the page folder `pages/`, Streamlit starts in its
older multipage mode, in which a link straight to a page (a lecture link opened
right after the server started) runs that file alone: no app.py, so no
navigation, no language switch, no wide layout. app.py's st.navigation ends
that mode for the whole server; this ends it when a page is reached first, and
reruns the same page (st.Page url paths hash like the old page names) through app.py.
"""
import streamlit as st
from streamlit.runtime.pages_manager import PagesManager


def require_app_entry():
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
