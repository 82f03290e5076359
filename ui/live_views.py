"""Tables for the live-training charts: the plane coloured by prediction, points, lines, curves."""
import numpy as np
import pandas as pd

from nncore.perceptron import line_segment
from ui.charts import hex_rgb
from ui.png import png_data_url
from ui.training_charts import SURFACE_OPACITY, class_range


def grid(domain, cells):
    """Cell centres (cells², 2) over domain², and the cell width."""
    edges = np.linspace(*domain, cells + 1)
    centres = (edges[:-1] + edges[1:]) / 2
    gx, gy = np.meshgrid(centres, centres)
    return np.column_stack([gx.ravel(), gy.ravel()]), edges[1] - edges[0]


def surface_frame(probabilities, cells, domain):
    """probabilities (cells², k) at the points of grid(domain, cells) → the plane as one image, in a
    one-row table (x, x2, y, y2, url) for the surface chart: each cell in its predicted class's
    colour over white, paler where the network is unsure (SURFACE_OPACITY from "all classes equally
    likely" to "certain"). One small PNG instead of a rectangle per cell keeps a frame cheap."""
    probs = np.asarray(probabilities, dtype=float)
    if probs.shape[1] == 1:  # one sigmoid output: P(class 1)
        probs = np.column_stack([1 - probs[:, 0], probs[:, 0]])
    k = probs.shape[1]
    confidence = (probs.max(axis=1) - 1 / k) / (1 - 1 / k)  # 0 when all classes are equally likely, 1 when certain
    low, high = SURFACE_OPACITY
    alpha = (low + (high - low) * np.clip(confidence, 0, 1))[:, None]
    colours = np.array([hex_rgb(c) for c in class_range(k)], dtype=float)
    rgb = 255 * (1 - alpha) + colours[probs.argmax(axis=1)] * alpha
    image = np.rint(rgb).astype(np.uint8).reshape(cells, cells, 3)[::-1]  # image row 0 is the top of the plane
    return pd.DataFrame({"x": [domain[0]], "x2": [domain[1]], "y": [domain[0]], "y2": [domain[1]],
                         "url": [png_data_url(image)]})


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


def unit_lines_frame(params, names, domain):
    """The first layer's lines w·x + b = 0, one per hidden unit (only for two raw inputs)."""
    return lines_frame({name: (params["W1"][:, j], params["b1"][j]) for j, name in enumerate(names)}, domain)


def curves_frame(history, labels, measure, max_points=400):
    """history's measure and test_measure as a long table (epoch, series, value), finite values only,
    thinned to about max_points per series so that long runs draw as fast as short ones. Entry i
    of a history is epoch i (entry 0: the initial weights, see ui.live_run)."""
    rows = []
    for prefix, label in zip(("", "test_"), labels):
        values = history.get(prefix + measure) or []
        stride = max(1, len(values) // max_points)
        last = len(values) - 1
        rows += [{"epoch": i, "series": label, "value": v} for i, v in enumerate(values)
                 if (i % stride == 0 or i == last) and v is not None and np.isfinite(v)]
    return pd.DataFrame(rows, columns=["epoch", "series", "value"])
