"""nncore: the NumPy (and, lazily, Keras) model behind every page.

Import the concept modules directly (``from nncore.activations import sigmoid``).
This package never imports streamlit, and nothing here imports TensorFlow at
module level, so the NumPy pages stay fast.
"""
