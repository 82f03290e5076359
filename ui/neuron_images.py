"""Small pictures of what each hidden neuron computes over the input plane (as in TensorFlow Playground).

Drawn as images rather than charts: up to 48 neurons redraw on every animation frame. Each image
holds one pixel per grid cell, which the browser enlarges without smoothing, and is written by
ui.png: 48 images then cost about 4 ms a frame, against 25 ms for enlarged images saved through PIL.
"""
import numpy as np

from ui.charts import hex_rgb
from ui.training_charts import BINARY

# Playground's colours: blue below 0, orange above, as the decision surface's classes 0 and 1
NEGATIVE, POSITIVE = (np.array(hex_rgb(colour)) for colour in BINARY)
ZERO = np.array([255, 255, 255])
# PALETTE[i] is the colour of the value i / 127 - 1: blue at -1, white at 0 (i = 127), orange at +1
_LEVELS = np.linspace(-1.0, 1.0, 255)[:, None]
PALETTE = np.rint(np.where(_LEVELS < 0, ZERO + (NEGATIVE - ZERO) * -_LEVELS, ZERO + (POSITIVE - ZERO) * _LEVELS)
                  ).astype(np.uint8)


def layer_levels(values, cells):
    """A layer's outputs over a cells×cells grid, (cells², units) with grid row 0 at the bottom,
    → uint8 levels (units, cells, cells), image row 0 at the top: PALETTE[level] is white at 0,
    orange towards each neuron's largest positive value, blue towards its most negative one (each
    neuron scaled by its own peak |value|)."""
    v = np.asarray(values, dtype=float).T.reshape(-1, cells, cells)[:, ::-1]
    peak = np.abs(v).max(axis=(1, 2), keepdims=True)
    return np.rint((v / np.where(peak > 0, peak, 1.0) + 1.0) * 127).astype(np.uint8)


def layer_images(values, cells):
    """layer_levels as uint8 RGB images (units, cells, cells, 3)."""
    return PALETTE[layer_levels(values, cells)]
