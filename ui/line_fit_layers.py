"""The line fit's pictures as layers of the live player (ui.live_player): the loss over (b, w) as a
shaded image, and a fitted line cut to the data's view. The path on it is ui.surface_path's."""
import numpy as np

from nncore.line_fit import line_loss
from ui.line_fit_charts import line_frame
from ui.live_player import image_layer, line_layer

HEAT_LEVELS = 64
HEAT_LOW, HEAT_HIGH = np.array([250, 250, 250]), np.array([95, 95, 95])  # low loss light, high loss dark
# the heat's colours, lightest first: equal steps of log(loss) between the view's smallest and largest
HEAT_PALETTE = np.rint(HEAT_LOW + np.linspace(0, 1, HEAT_LEVELS)[:, None] * (HEAT_HIGH - HEAT_LOW)).astype(int)
HEAT_PALETTE = HEAT_PALETTE.ravel().tolist()


def line_loss_heat(x, y, view, cells=60):
    """The line fit's loss over the view ((b_low, b_high), (w_low, w_high)) as a shaded image layer
    (palette "heat"), on a log scale: the bowl's rings stay visible far from the optimum."""
    (b_low, b_high), (w_low, w_high) = view
    b = np.linspace(b_low, b_high, cells)
    w = np.linspace(w_high, w_low, cells)  # image row 0 at the top: the largest w
    grid_b, grid_w = np.meshgrid(b, w)
    loss = np.log(np.maximum(line_loss(grid_b, grid_w, x, y), 1e-12))
    span = loss.max() - loss.min() or 1.0
    codes = np.rint((loss - loss.min()) / span * (HEAT_LEVELS - 1)).astype(np.uint8)
    return {**image_layer(codes, view[0], view[1], "heat"), "under": True}


def fitted_line_layer(intercept, slope, x_range, y_range, colour, dash=()):
    """The line intercept + slope·x across x_range, cut to y_range (no layer when it misses the view)."""
    ends = line_frame(intercept, slope, x_range, y_range, "")
    return [line_layer(ends["x"], ends["y"], colour, 3, dash)] if len(ends) else []


def line_text(b, w, spec):
    """b + w·x as text, numbers formatted by `spec`, with the slope's sign in front of it:
    "−14.064 − 100.547·x", never "+ −100.547"."""
    sign = "−" if w < 0 else "+"
    return f"{b:{spec}} {sign} {abs(w):{spec}}·x".replace("-", "−")
