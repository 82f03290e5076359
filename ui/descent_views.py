"""The gradient-descent page's tables for its charts, and how many steps a frame reveals."""

import numpy as np
import pandas as pd


SHADE_BANDS = 12
SHADE_LOW, SHADE_HIGH = (250, 250, 250), (112, 136, 168)  # low f almost white, high f grey-blue
LABEL_SPACING = 0.06  # a step is numbered when it is this far (in chart widths) from every numbered one


def numbered(points, scales):
    """Which points get their step number: the first, then each one at least LABEL_SPACING chart
    widths away from every point numbered before it (later steps crowd near a minimum)."""
    scaled = np.asarray(points, dtype=float) / np.asarray(scales, dtype=float)
    kept = []
    for k, point in enumerate(scaled):
        if all(np.hypot(*(point - scaled[j])) > LABEL_SPACING for j in kept):
            kept.append(k)
    return set(kept)


def path_frames(path, values, shown, x_domain, y_domain, one_dimensional):
    """The steps 0..shown as chart rows (step, x, y, f, label) and the current point, cut after the
    first point outside the chart. In 1-D, y is f(x) (inside y_domain whenever x is inside x_domain);
    in 2-D, (x, y) is the point. Returns (path rows, current point rows, step that left the chart or None)."""
    path, values = np.asarray(path[:shown + 1], dtype=float), np.asarray(values[:shown + 1], dtype=float)
    x = path[:, 0]
    y = values if one_dimensional else path[:, 1]
    inside = (x >= x_domain[0]) & (x <= x_domain[1])
    if not one_dimensional:
        inside &= (y >= y_domain[0]) & (y <= y_domain[1])
    left_at = None if inside.all() else int(np.argmin(inside))
    end = len(path) if left_at is None else left_at + 1
    scales = (x_domain[1] - x_domain[0], y_domain[1] - y_domain[0])
    labels = numbered(np.column_stack([x, y])[:end][:left_at], scales)  # the point outside is not numbered
    rows = pd.DataFrame({"step": np.arange(end), "x": x[:end], "y": y[:end], "f": values[:end],
                         "label": [str(k) if k in labels else "" for k in range(end)]})
    now = rows.iloc[[shown]] if left_at is None else rows.iloc[[]]
    return rows, now, left_at


def square_view(domains):
    """The plane's view widened to a square around its centre: the chart is square, and one unit is as long
    on both axes (the long narrow bowl stays long and narrow)."""
    half = max(high - low for low, high in domains) / 2
    return tuple((float((low + high) / 2 - half), float((low + high) / 2 + half)) for low, high in domains)


SHADE_PALETTE = np.rint(np.array(SHADE_LOW) + np.linspace(0, 1, SHADE_BANDS)[:, None]
                        * (np.array(SHADE_HIGH) - np.array(SHADE_LOW))).astype(int).ravel().tolist()


def shade_codes(value, domains, cells):
    """f over the plane in SHADE_BANDS bands (equal steps of √(f − min), so a quadratic's bands are
    evenly spaced rings): uint8 band numbers (rows, columns), row 0 at the top; SHADE_PALETTE colours them."""
    (x_low, x_high), (y_low, y_high) = domains
    nx, ny = cells
    xs = x_low + (np.arange(nx) + 0.5) * (x_high - x_low) / nx
    ys = y_low + (np.arange(ny) + 0.5) * (y_high - y_low) / ny
    gx, gy = np.meshgrid(xs, ys[::-1])
    f = value(np.stack([gx, gy], axis=-1))
    depth = np.sqrt((f - f.min()) / (f.max() - f.min()))
    return np.minimum(np.floor(depth * SHADE_BANDS), SHADE_BANDS - 1).astype(np.uint8)


def regime_bands(edges, regimes, labels):
    """Cells [edges[i], edges[i + 1]) with their regimes merged into bands (lr, lr2, regime label)."""
    rows = []
    for i, regime in enumerate(regimes):
        if rows and rows[-1]["regime"] == labels[regime]:
            rows[-1]["lr2"] = edges[i + 1]
        else:
            rows.append({"lr": edges[i], "lr2": edges[i + 1], "regime": labels[regime]})
    return pd.DataFrame(rows, columns=["lr", "lr2", "regime"])


def point_text(point, digits):
    """A point as the book prints it: one number in 1-D, (x0, x1) in 2-D."""
    numbers = [f"{v:.{digits}g}" for v in np.ravel(point)]
    return numbers[0] if len(numbers) == 1 else f"({', '.join(numbers)})"
