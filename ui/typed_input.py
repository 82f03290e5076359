"""Typed numbers on a page: a translated message instead of a traceback, and the last good value kept."""
import streamlit as st

from nncore.number_list import NumberListError
from ui.i18n import t
from ui.user_text import as_typed

TYPED_DETAIL = {"not_a_number", "not_finite", "too_large", "not_whole", "out_of_range"}  # the learner's own text


def typed_or_previous(text, memory_key, fallback, parse, **message_args):
    """parse(text); when it raises NumberListError, a translated error (err.<code>, filled with the
    error's detail and message_args), then the last value that parsed in this session, else fallback."""
    try:
        values = parse(text)
    except NumberListError as error:
        detail = as_typed(error.detail) if error.code in TYPED_DETAIL else error.detail
        st.error(t(f"err.{error.code}", detail=detail, **message_args))
        values = st.session_state.get(memory_key, fallback)
        st.caption(t("err.kept_previous", values=", ".join(f"{v:g}" for v in values)))
        return values
    st.session_state[memory_key] = values
    return values
