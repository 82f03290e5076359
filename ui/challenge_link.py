"""A link that highlights one challenge of its page: `?challenge=<id>`, for homework or an exercise in
class. The URL keeps it while the learner works on that page."""
import streamlit as st

from ui.challenges import BY_ID

KEY = "challenge"


def highlighted(page_id):
    """The challenge the URL highlights on this page, or None (an unknown id, or another page's)."""
    challenge = BY_ID.get(st.query_params.get(KEY, ""))
    return challenge if challenge is not None and challenge.page_id == page_id else None


def url_value(page_id):
    challenge = highlighted(page_id)
    return {KEY: challenge.id} if challenge else {}
