"""A descent path in a plane, drawn the same way on every page that shows one (Gradient descent,
Overshooting, Mini-batch): where to look (view_around), and what of the path is in view
(PathOnSurface: segments cut at the view's edge, the points inside it, which steps are numbered).
The live player draws a prefix of it per frame; path_tables gives the same to an Altair chart.

A view is ((x_low, x_high), (y_low, y_high)). A diverging path's far jumps are cut at the edge of
the view instead of stretching it towards 10⁶.
"""
import math

import numpy as np
import pandas as pd

from ui.charts import INK
from ui.live_player import named, points_layer, prefix_layer, segments_layer

MAX_POINTS = 2500  # a longer path is thinned evenly (its first steps all kept)
MAX_LABELS = 12
LABEL_SPACING = 0.05  # a step is numbered when this far (in view widths and heights) from every numbered one


def view_around(points, margin=0.1, min_half=0.5, square=True):
    """The view around points ((k, 2)): their bounding box, at least 2·min_half wide on each axis,
    widened by margin × its larger side on every side, its ends rounded outwards to half a power of
    ten (so that small changes of a run keep the picture), then made square (one unit equally long
    on both axes) around its centre."""
    points = np.asarray(points, dtype=float).reshape(-1, 2)
    low, high = points.min(axis=0), points.max(axis=0)
    centre, half = (low + high) / 2, np.maximum((high - low) / 2, min_half)
    side = 2 * float(half.max())
    low, high = centre - half - margin * side, centre + half + margin * side
    unit = 10 ** math.floor(math.log10(float((high - low).max()))) / 2
    low, high = np.floor(low / unit) * unit, np.ceil(high / unit) * unit
    if square:
        extra = (high - low).max() - (high - low)
        low, high = low - extra / 2, high + extra / 2
    return tuple((float(a), float(b)) for a, b in zip(low, high))


def in_view(points, view):
    """Which points ((k, 2)) lie in the view, edges included."""
    points = np.asarray(points, dtype=float).reshape(-1, 2)
    (x_low, x_high), (y_low, y_high) = view
    with np.errstate(invalid="ignore"):
        return (points[:, 0] >= x_low) & (points[:, 0] <= x_high) & (points[:, 1] >= y_low) & (points[:, 1] <= y_high)


def clip_segment(p, q, view):
    """The part of the segment p→q inside the view (Liang–Barsky), as (p', q'), or None if none is."""
    (x0, y0), (x1, y1) = p, q
    (x_low, x_high), (y_low, y_high) = view
    dx, dy = x1 - x0, y1 - y0
    t0, t1 = 0.0, 1.0
    for step, room in ((-dx, x0 - x_low), (dx, x_high - x0), (-dy, y0 - y_low), (dy, y_high - y0)):
        if step == 0:
            if room < 0:
                return None
            continue
        t = room / step
        if step < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    return (x0 + t0 * dx, y0 + t0 * dy), (x0 + t1 * dx, y0 + t1 * dy)


def thinned(count, max_points=MAX_POINTS, head=200):
    """Indices 0..count-1 kept when drawing: all of the first `head` (they matter on a log axis), then
    evenly spaced, always the last."""
    if count <= max_points:
        return np.arange(count)
    rest = np.arange(head, count, -(-(count - head) // (max_points - head)))
    return np.concatenate([np.arange(head), rest, [count - 1]] if rest[-1] != count - 1 else [np.arange(head), rest])


def numbered(points, view, max_labels=MAX_LABELS, spacing=LABEL_SPACING):
    """Which points get their step number: the first, then each one at least `spacing` view widths (or
    heights) from every point numbered before it, at most max_labels; and always the last, where the run
    ended (later steps crowd near a minimum)."""
    scale = np.array([view[0][1] - view[0][0], view[1][1] - view[1][0]])
    scaled = np.asarray(points, dtype=float).reshape(-1, 2) / scale
    kept = np.zeros(len(scaled), dtype=bool)
    for i, point in enumerate(scaled):
        if kept.sum() < max_labels and np.all(np.hypot(*(scaled[kept] - point).T) >= spacing):
            kept[i] = True
    kept[-1:] = True
    return kept


class PathOnSurface:
    """A whole path ((k + 1, 2), step 0 first) in a view, cut and numbered once.

    The live player draws it a prefix at a time: static_layers() go out once, and the layers(k) of a
    frame only say how many of their segments and points steps 0..k take, plus a ring on step k.
    markers=False draws the path as a line only (thousands of mini-batch updates)."""

    def __init__(self, path, view, colour, name="path", markers=True, width=2.5, max_points=MAX_POINTS):
        self.path, self.view, self.colour, self.name = np.asarray(path, dtype=float), view, colour, name
        self.markers, self.width = markers, width
        outside = ~in_view(self.path, view)
        self.left_at = int(np.argmax(outside)) if outside.any() else None  # the first step out of view
        keep = thinned(len(self.path), max_points)
        points, inside = self.path[keep], ~outside[keep]
        segments, segment_steps = [], []
        for i in range(1, len(keep)):
            cut = clip_segment(points[i - 1], points[i], view) if inside[i - 1] or inside[i] else None
            if cut:  # far jumps of a diverging path, wholly outside, would cross the view as long lines
                segments.append((*cut[0], *cut[1]))
                segment_steps.append(keep[i])
        self.segments, self.segment_steps = np.array(segments).reshape(-1, 4), np.array(segment_steps, dtype=int)
        self.points, self.steps = points[inside], keep[inside]
        self.labelled = numbered(self.points, view) if len(self.points) else np.zeros(0, dtype=bool)

    def static_layers(self):
        layers = [named(segments_layer(self.segments, self.colour, self.width), f"{self.name}.segments")]
        if self.markers:
            labels = np.where(self.labelled, self.steps.astype(str), "")
            layers.append(named(points_layer(self.points[:, 0], self.points[:, 1], self.colour, r=5,
                                             labels=labels.tolist()), f"{self.name}.points"))
        return layers

    def layers(self, k):
        """Steps 0..k, and a ring on step k when it is in view."""
        layers = [prefix_layer(f"{self.name}.segments", np.searchsorted(self.segment_steps, k, side="right"))]
        if self.markers:
            layers.append(prefix_layer(f"{self.name}.points", np.searchsorted(self.steps, k, side="right")))
        if k < len(self.path) and in_view(self.path[k], self.view)[0]:
            layers.append(points_layer(self.path[k:k + 1, 0], self.path[k:k + 1, 1], INK, r=11, shape="ring"))
        return layers


def path_tables(path, losses, view, run):
    """The whole path as tables for an Altair chart: "segments" (x, y, x2, y2, run, step) cut to the view,
    and "points" (x, y, step, loss, run, label) inside it, numbered as PathOnSurface numbers them."""
    drawn = PathOnSurface(path, view, None)
    segments = pd.DataFrame(drawn.segments, columns=["x", "y", "x2", "y2"]).assign(run=run, step=drawn.segment_steps)
    points = pd.DataFrame({"x": drawn.points[:, 0], "y": drawn.points[:, 1], "step": drawn.steps,
                           "loss": np.asarray(losses, dtype=float)[drawn.steps], "run": run,
                           "label": np.where(drawn.labelled, drawn.steps.astype(str), "")})
    return segments, points
