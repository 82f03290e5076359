"""Tables behind the perceptron pages' decision planes."""
import numpy as np
import pandas as pd

from ui.charts import show_square
from ui.live_views import grid, lines_frame
from ui.perceptron_charts import decision_plane

DRAWN = (-1.5, 2.5)  # the decision plane (-0.5..1.5) and the margin a wide or tall view adds around it


def region_frame(output_of, cells=64, domain=DRAWN):
    """Grid cells (x, x2, y, y2) where output_of(points (n, 2)) is 1."""
    points, step = grid(domain, cells)
    one = np.asarray(output_of(points)).ravel() == 1
    x, y = points[one, 0], points[one, 1]
    return pd.DataFrame({"x": x - step / 2, "x2": x + step / 2, "y": y - step / 2, "y2": y + step / 2})


def points_frame(points, targets):
    points = np.asarray(points)
    return pd.DataFrame({"x": points[:, 0], "y": points[:, 1], "target": [str(v) for v in targets],
                         "label": [f"({a:g}, {c:g})" for a, c in points]})


def plane(name, title, x_title, y_title, target_title, output_of, lines, points, targets):
    """A decision plane in a square the width of its column; `name` is unique on the page."""
    show_square(decision_plane(title, x_title, y_title, target_title, tuple(lines)), name,
                region=region_frame(output_of), lines=lines_frame(lines, DRAWN), points=points_frame(points, targets))
