"""Results of slow runs (a Keras training, a CSV fit) kept in session state by their settings, so
that a rerun shows them without running again. The oldest go once there are more than `limit`."""
import streamlit as st


def kept_results(key):
    """{settings: result} of this session, oldest first."""
    return st.session_state.setdefault(key, {})


def keep_result(key, settings, result, limit):
    results = kept_results(key)
    results[settings] = result
    for old in list(results)[:-limit]:
        del results[old]
