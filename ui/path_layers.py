"""A descent path on a loss surface, as layers of the live player (ui.live_player): the surface as a
shaded image, and a path's first k steps cut at the edge of the view (ui.line_fit_charts.path_frames
chooses what is drawn and numbered)."""
import numpy as np

from nncore.line_fit import line_loss
from ui.charts import INK
from ui.line_fit_charts import line_frame, path_frames
from ui.live_player import image_layer, line_layer, points_layer, segments_layer

HEAT_LEVELS = 64
HEAT_LOW, HEAT_HIGH = np.array([250, 250, 250]), np.array([95, 95, 95])  # low loss light, high loss dark
# the heat's colours, lightest first: equal steps of log(loss) between the view's smallest and largest
HEAT_PALETTE = np.rint(HEAT_LOW + np.linspace(0, 1, HEAT_LEVELS)[:, None] * (HEAT_HIGH - HEAT_LOW)).astype(int)
HEAT_PALETTE = HEAT_PALETTE.ravel().tolist()


def line_loss_heat(x, y, box, cells=60):
    """The line fit's loss over the view box (b_low, b_high, w_low, w_high) as a shaded image layer
    (palette "heat"), on a log scale: the bowl's rings stay visible far from the optimum."""
    b = np.linspace(box[0], box[1], cells)
    w = np.linspace(box[3], box[2], cells)  # image row 0 at the top: the largest w
    grid_b, grid_w = np.meshgrid(b, w)
    loss = np.log(np.maximum(line_loss(grid_b, grid_w, x, y), 1e-12))
    span = loss.max() - loss.min() or 1.0
    codes = np.rint((loss - loss.min()) / span * (HEAT_LEVELS - 1)).astype(np.uint8)
    return {**image_layer(codes, box[:2], box[2:], "heat"), "under": True}


class PathOnSurface:
    """A whole descent path in the view box (b_low, b_high, w_low, w_high), cut and numbered once, so that
    each frame of a replay only takes its first k steps: segments cut at the view's edge, the points
    inside it, step numbers and a ring on step k.

    Numbered: step k, and the first points (at most max_labels) at least `spacing` × the view's width
    from every numbered one before them, leaving out those too close to step k's own number."""

    def __init__(self, path, losses, box, colour, max_labels=12, spacing=0.05):
        segments, points = path_frames(path, losses, box, "run")
        self.segments = segments[["b", "w", "b2", "w2"]].to_numpy()
        self.segment_steps = segments["step"].to_numpy()
        self.points = points[["b", "w"]].to_numpy()
        self.steps = points["step"].to_numpy()
        self.gap = spacing * (box[1] - box[0])
        self.colour = colour
        self.labelled = np.zeros(len(self.points), dtype=bool)
        for i, point in enumerate(self.points):
            kept = self.points[self.labelled]
            if self.labelled.sum() < max_labels and np.all(np.hypot(*(kept - point).T) >= self.gap):
                self.labelled[i] = True

    def layers(self, k):
        shown = self.steps <= k
        points, steps = self.points[shown], self.steps[shown]
        labels = np.where(self.labelled[shown], steps.astype(str), "")
        now = len(steps) and steps[-1] == k
        if now:
            labels[np.hypot(*(points - points[-1]).T) < self.gap] = ""
            labels[-1] = str(k)
        layers = [segments_layer(self.segments[self.segment_steps <= k], self.colour, 2.5),
                  points_layer(points[:, 0], points[:, 1], self.colour, r=5, labels=labels.tolist())]
        if now:
            layers.append(points_layer(points[-1:, 0], points[-1:, 1], INK, r=11, shape="ring"))
        return layers


def fitted_line_layer(intercept, slope, x_range, y_range, colour, dash=()):
    """The line intercept + slope·x across x_range, cut to y_range (no layer when it misses the view)."""
    ends = line_frame(intercept, slope, x_range, y_range, "")
    return [line_layer(ends["x"], ends["y"], colour, 3, dash)] if len(ends) else []
