"""Streamlit view helpers shared by every page: language, page frame, URL state, charts."""
