"""Colours of the live-training pictures: the classes, and how sure the decision surface is."""
from ui.charts import CLASS_COLOURS

BINARY = ["#0072B2", "#E69F00"]  # class 0 blue, class 1 orange, as in TensorFlow Playground
SURFACE_OPACITY = (0.05, 0.55)  # the predicted class's colour over white: unsure .. certain


def class_range(count):
    return BINARY if count == 2 else CLASS_COLOURS[:count]
