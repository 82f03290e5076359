"""Tables for the live-training charts: the plane coloured by prediction, points, lines, curves."""
import numpy as np
import pandas as pd

from nncore.perceptron import line_segment
from ui.charts import hex_rgb
from ui.training_charts import SURFACE_OPACITY, class_range


def grid(domain, cells):
    """Cell centres (cells², 2) over domain², and the cell width."""
    edges = np.linspace(*domain, cells + 1)
    centres = (edges[:-1] + edges[1:]) / 2
    gx, gy = np.meshgrid(centres, centres)
    return np.column_stack([gx.ravel(), gy.ravel()]), edges[1] - edges[0]


CONFIDENCE_LEVELS = 40  # shades of a class's colour on the decision surface


def surface_palette(classes):
    """RGB of every surface code (flat list): code = class × CONFIDENCE_LEVELS + level, each class's
    colour over white from SURFACE_OPACITY's "all classes equally likely" (level 0) to "certain"."""
    low, high = SURFACE_OPACITY
    alpha = (low + (high - low) * np.linspace(0, 1, CONFIDENCE_LEVELS))[:, None]
    colours = np.array([hex_rgb(c) for c in class_range(classes)], dtype=float)
    rgb = [255 * (1 - alpha) + colour * alpha for colour in colours]
    return np.rint(np.concatenate(rgb)).astype(int).ravel().tolist()


def surface_codes(probabilities, cells):
    """probabilities (cells², k) at the points of grid(domain, cells) → uint8 codes (cells, cells), row 0
    at the top of the plane: the predicted class and how sure the network is (see surface_palette)."""
    probs = np.asarray(probabilities, dtype=float)
    if probs.shape[1] == 1:  # one sigmoid output: P(class 1)
        probs = np.column_stack([1 - probs[:, 0], probs[:, 0]])
    k = probs.shape[1]
    confidence = np.clip((probs.max(axis=1) - 1 / k) / (1 - 1 / k), 0, 1)  # 0: all classes equally likely
    codes = probs.argmax(axis=1) * CONFIDENCE_LEVELS + np.rint(confidence * (CONFIDENCE_LEVELS - 1)).astype(int)
    return codes.astype(np.uint8).reshape(cells, cells)[::-1]


def points_frame(x, labels, split):
    return pd.DataFrame({"x": x[:, 0], "y": x[:, 1], "cls": np.asarray(labels).astype(str), "split": split})


def lines_frame(lines, domain):
    """{name: (w, b)} → the visible part of each decision line."""
    rows = []
    for name, (w, b) in lines.items():
        ends = line_segment(w, b, *domain)
        if ends:
            rows += [{"line": name, "x": x, "y": y} for x, y in ends]
    return pd.DataFrame(rows, columns=["line", "x", "y"])
