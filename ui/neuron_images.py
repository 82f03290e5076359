"""Small pictures of what each hidden neuron computes over the input plane (as in TensorFlow Playground).

Drawn as images rather than charts: up to 48 neurons redraw on every animation frame.
"""
import base64
import io

import numpy as np
from PIL import Image

NEGATIVE, ZERO, POSITIVE = np.array([0, 114, 178]), np.array([255, 255, 255]), np.array([230, 159, 0])


def neuron_image(values, cells, scale=4):
    """values over a cells×cells grid (row 0 at the bottom) → an RGB uint8 image, blue < 0 < orange."""
    grid = np.asarray(values, dtype=float).reshape(cells, cells)[::-1]  # images have row 0 at the top
    peak = np.max(np.abs(grid)) or 1.0
    v = (grid / peak)[..., None]
    rgb = np.where(v < 0, ZERO + (NEGATIVE - ZERO) * -v, ZERO + (POSITIVE - ZERO) * v)
    return np.kron(rgb, np.ones((scale, scale, 1))).astype(np.uint8)


def png_data_url(rgb):
    buffer = io.BytesIO()
    Image.fromarray(rgb).save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def thumbnails_html(images, captions, size=72):
    """One row of captioned thumbnails, inlined as data URLs: during an animation a frame's images
    must not be fetched separately (a fetch can lose the race with the next frame)."""
    cells = "".join(
        f'<figure style="margin:0 6px 6px 0;text-align:center">'
        f'<img src="{png_data_url(image)}" width="{size}" height="{size}" style="image-rendering:pixelated;'
        f'border:1px solid #ccc" alt="{caption}"><figcaption style="font-size:0.8rem;color:#555">{caption}'
        f'</figcaption></figure>'
        for image, caption in zip(images, captions))
    return f'<div style="display:flex;flex-wrap:wrap">{cells}</div>'
