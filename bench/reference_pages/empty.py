"""Reference: the cheapest page Streamlit can run."""
import streamlit as st

st.title("Empty")
