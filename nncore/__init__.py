"""nncore: the NumPy (and, lazily, Keras) model behind every page.

Import the concept modules directly (``from nncore.activations import sigmoid``).
This package never imports streamlit. Its NumPy modules never import TensorFlow; the four
modules in TENSORFLOW_MODULES import it (and Keras) when they are imported, about 5 s the first
time, so the pages import them only inside the code paths that need them.
"""
TENSORFLOW_MODULES = ("autodiff", "keras_digits", "keras_recipes", "tf_line_fit")
