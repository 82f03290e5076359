"""Digits drawn as strokes, rendered exactly as the page's canvas would deliver them
(white ink on black, 280×280 RGBA): a way in for keyboard users, projectors and tests.

Each stroke is a list of (x, y) points in a 100×100 box; a sample places its box on the canvas.
"""
import numpy as np
from PIL import Image, ImageDraw

CANVAS = 280
ELLIPSE = [(50 + 27 * np.sin(a), 50 - 40 * np.cos(a)) for a in np.linspace(0, 2 * np.pi, 33)]

STROKES = {
    "0": [ELLIPSE],
    "1": [[(42, 24), (54, 10), (54, 90)]],
    "2": [[(26, 28), (36, 14), (52, 10), (68, 16), (74, 30), (68, 46), (50, 62), (26, 88), (78, 88)]],
    "3": [[(26, 16), (50, 10), (70, 18), (72, 32), (62, 44), (44, 48), (62, 52), (74, 64), (72, 80), (56, 90),
           (26, 86)]],
    "4": [[(58, 10), (22, 64), (80, 64)], [(60, 30), (60, 92)]],
    "5": [[(72, 12), (34, 12), (30, 46), (50, 40), (68, 48), (74, 66), (66, 84), (48, 92), (26, 84)]],
    "6": [[(66, 12), (46, 20), (32, 40), (26, 62), (32, 84), (50, 92), (68, 82), (70, 64), (56, 52), (38, 56),
           (28, 70)]],
    "7": [[(22, 14), (78, 14), (50, 90)]],
    "8": [[(50, 50), (32, 38), (30, 22), (42, 10), (58, 10), (70, 22), (66, 38), (50, 50), (32, 62), (28, 78),
           (40, 90), (60, 90), (72, 78), (68, 62), (50, 50)]],
    "9": [[(70, 30), (60, 14), (44, 10), (30, 20), (30, 38), (44, 48), (62, 42), (70, 30), (68, 60), (62, 90)]],
}

# name -> (digit, left, top, size): the box the strokes are drawn in, in canvas pixels
SAMPLES = {digit: (digit, 30, 30, 220) for digit in STROKES}
SAMPLES.update({"3_small_corner": ("3", 10, 12, 90), "7_wide": ("7", 0, 70, 280), "1_thin": ("1", 100, 20, 240),
                "1_small": ("1", 115, 115, 50)})
# drawn small, a sample's stroke comes out thick once scaled up to the 20×20 box: the shipped MLP reads this 1
# as an 8 while the CNN reads a 1 (the challenge "digits_draw.mlp_wrong")
MISREAD_BY = {"1_small": ("mlp",)}


def sample_label(name):
    return SAMPLES[name][0]


def render_strokes(strokes, left, top, size, brush):
    """The strokes drawn with a round brush of `brush` px, as the canvas returns them (H×W×4 uint8)."""
    image = Image.new("L", (CANVAS, CANVAS), 0)
    pen = ImageDraw.Draw(image)
    radius = brush / 2
    for stroke in strokes:
        points = [(left + x * size / 100, top + y * size / 100) for x, y in stroke]
        pen.line(points, fill=255, width=round(brush), joint="curve")
        for x, y in (points[0], points[-1]):
            pen.ellipse((x - radius, y - radius, x + radius, y + radius), fill=255)
    grey = np.asarray(image)
    return np.dstack([grey, grey, grey, np.full_like(grey, 255)])


def render_sample(name, brush=20):
    digit, left, top, size = SAMPLES[name]
    return render_strokes(STROKES[digit], left, top, size, brush)
