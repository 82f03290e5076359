"""The learner's challenge progress, kept in their own browser (localStorage) and nowhere else.

A tiny component, mounted on every page, merges the ids the server has seen solved into the browser's
list and reports the browser's list back when the server does not know it yet: after a reload, or next
week, the first run of a session learns what this browser has solved. A reset clears both.
"""
import uuid

import streamlit as st

from ui.challenges import BY_ID

SOLVED = "challenges.solved"  # the ids this session knows as solved (this browser's and today's)
_RESET = "challenges.reset"  # the id of the latest reset, which the browser carries out once
STORAGE_KEY = "nnx-challenges"

_JS = """
export default function (component) {
  const {data, setStateValue} = component;
  const KEY = "STORAGE_KEY", RESET = KEY + "-reset";
  let stored = [];
  try { stored = JSON.parse(window.localStorage.getItem(KEY) || "[]"); } catch (e) { stored = []; }
  if (!Array.isArray(stored)) stored = [];
  if (data.reset && window.localStorage.getItem(RESET) !== data.reset) {
    stored = [];
    window.localStorage.setItem(RESET, data.reset);
  }
  const merged = [...new Set([...stored, ...data.solved])].filter((id) => data.ids.includes(id)).sort();
  window.localStorage.setItem(KEY, JSON.stringify(merged));
  if (JSON.stringify(merged) !== JSON.stringify(data.solved)) setStateValue("solved", merged);
}
""".replace("STORAGE_KEY", STORAGE_KEY)
_component = st.components.v2.component("nnx_progress", js=_JS)


def solved():
    """The ids of the challenges solved in this browser, as far as this session knows."""
    return st.session_state.setdefault(SOLVED, set())


def mark_solved(ids):
    solved().update(ids)


def reset_progress():
    st.session_state[SOLVED] = set()
    st.session_state[_RESET] = uuid.uuid4().hex


def _take_browser_list():
    reported = (st.session_state.get("nnx_progress") or {}).get("solved") or []
    # only this app's ids: the list comes from the browser, where anyone can edit it
    solved().update(i for i in reported if isinstance(i, str) and i in BY_ID)


def keep_progress():
    """Below the page: the component that keeps this browser's list and this session's in step."""
    data = {"solved": sorted(solved()), "reset": st.session_state.get(_RESET, ""), "ids": sorted(BY_ID)}
    _component(key="nnx_progress", data=data, on_solved_change=_take_browser_list)
