"""A browser that comes back without its server session (its classroom worker stopped, or the server
was restarted) is given a new session: Streamlit's frontend reconnects and keeps the page shown; at the
next rerun (the learner's next move, or a playing run's request for frames) the page is computed again
from its URL, and a note says what was lost.

The browser tells: a tiny component remembers, in the page's JavaScript (gone on a reload, kept while
Streamlit reconnects), the server session it last saw; when it sees another one, it says so once.
"""
import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from ui.i18n import t

_MOVED = "_nnx_session_moved"
_JS = """
export default function (component) {
  const session = component.data && component.data.session;
  const seen = window.__nnxServerSession;
  window.__nnxServerSession = session;
  if (seen && session && seen !== session) component.setTriggerValue("moved", seen);
}
"""
_watch = st.components.v2.component("nnx_session_watch", js=_JS)


def _remember_move():
    st.session_state[_MOVED] = True


def announce_new_session():
    """Above the page: the note, on the run that follows the browser's report of a lost session."""
    if st.session_state.pop(_MOVED, False):
        st.info(t("app.reconnected"), icon=":material/sync:")


def watch_session():
    """Below the page: the component that compares this session with the one the browser saw last."""
    context = get_script_run_ctx()
    if context is not None:
        _watch(key="nnx_session_watch", data={"session": context.session_id}, on_moved_change=_remember_move)
