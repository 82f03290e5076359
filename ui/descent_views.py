"""The gradient-descent page's tables and images: the shaded surface, the regime strip, points as text."""

import numpy as np
import pandas as pd

SHADE_BANDS = 12
SHADE_LOW, SHADE_HIGH = (250, 250, 250), (112, 136, 168)  # low f almost white, high f grey-blue


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


def learning_rate_from_log10(exponent):
    """10 ** exponent rounded to a number one can say: two significant digits below 1 (0.5, 0.95,
    0.05), three from 1 up (1.02, just above the critical rate 1 of x² or x0² + x1²)."""
    lr = 10.0 ** exponent
    return float(f"{lr:.2g}" if lr < 1 else f"{lr:.3g}")
