"""Recognising a drawn digit: prepare the canvas the way MNIST digits were prepared,
then run the shipped networks as plain NumPy forward passes (no TensorFlow, no
model.predict: one drawing takes well under a millisecond).

Parameters live in dicts, as everywhere in nncore. An MLP has W1, b1, W2, b2, ...
(Dense layers: ReLU between them, softmax at the end). The CNN has C1, c1, C2, c2
(3×3 convolutions with ReLU, each followed by 2×2 max pooling) and then the same
Dense part; the flattening order is Keras' (rows, columns, channels).
"""
import functools
import zipfile
from pathlib import Path

import numpy as np
from PIL import Image

from nncore.activations import relu
from nncore.softmax import softmax

WEIGHTS_DIR = Path(__file__).resolve().parent / "weights"
MODELS = ("mlp", "cnn")
SIZE, BOX = 28, 20  # MNIST: the digit fits a 20×20 box, centred by mass in 28×28
INK_THRESHOLD = 0.1


def canvas_ink(rgba):
    """How much ink each canvas pixel holds, as uint8 0-255, whatever way the canvas stores it."""
    rgba = np.asarray(rgba, dtype=np.uint8)
    if rgba.ndim == 2:
        return rgba
    if rgba.shape[-1] == 4:
        alpha = rgba[..., 3]
        if alpha.min() < alpha.max():
            return alpha  # a transparent background: the strokes are where the canvas is opaque
    # the brightest channel, in uint8: this runs on every canvas pixel (and .max(axis=-1) is 20× slower)
    grey = np.maximum(np.maximum(rgba[..., 0], rgba[..., 1]), rgba[..., 2])
    border = np.concatenate([grey[0], grey[-1], grey[:, 0], grey[:, -1]])
    light_paper = np.mean(border > 127) > 0.75  # mostly light edges; ink may touch an edge or two
    return 255 - grey if light_paper else grey  # dark ink on light paper is turned round


def centre_of_mass(image):
    """(row, column) of the image's centre of mass, in pixel-centre coordinates."""
    total = image.sum()
    rows, cols = np.indices(image.shape)
    return (rows * image).sum() / total, (cols * image).sum() / total


def crop_to_ink(image, threshold):
    """The smallest rectangle of `image` holding every pixel above `threshold`; None if there is none."""
    inked = image > threshold
    if not inked.any():
        return None
    rows, cols = np.flatnonzero(inked.any(axis=1)), np.flatnonzero(inked.any(axis=0))
    return image[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]


def preprocess_canvas(rgba):
    """A canvas (H×W×4 RGBA, any size) as MNIST would have it: 28×28 float32 in [0, 1], or None if blank."""
    ink = canvas_ink(rgba)
    crop = crop_to_ink(ink, INK_THRESHOLD * 255)
    if crop is None:
        return None
    crop = crop.astype(np.float32)
    height, width = crop.shape
    scale = BOX / max(height, width)
    new_size = (max(1, round(width * scale)), max(1, round(height * scale)))
    small = np.asarray(Image.fromarray(crop, mode="F").resize(new_size, Image.Resampling.BILINEAR))
    small = np.clip(small / small.max(), 0.0, 1.0)
    row, col = centre_of_mass(small)
    centre = (SIZE - 1) / 2
    return paste(small, round(centre - row), round(centre - col))


def squash_canvas(rgba):
    """The usual demo's shortcut, for comparison: the whole canvas shrunk to 28×28, no cropping or centring."""
    ink = canvas_ink(rgba).astype(np.float32) / 255
    return np.asarray(Image.fromarray(ink, mode="F").resize((SIZE, SIZE), Image.Resampling.BILINEAR))


def paste(image, top, left, size=SIZE):
    """`image` placed with its corner at (top, left) on a black size×size square; what falls outside is cut."""
    out = np.zeros((size, size), dtype=np.float32)
    h, w = image.shape
    r0, c0 = max(top, 0), max(left, 0)
    r1, c1 = min(top + h, size), min(left + w, size)
    out[r0:r1, c0:c1] = image[r0 - top:r1 - top, c0 - left:c1 - left]
    return out


def dense_count(params):
    return sum(1 for name in params if name.startswith("W"))


def mlp_layers(params, x):
    """Every Dense layer's output for images x (n, 28, 28): [hidden_1, ..., probabilities]."""
    h = np.asarray(x, dtype=np.float32).reshape(len(x), -1)
    outputs = []
    n = dense_count(params)
    for i in range(1, n + 1):
        a = h @ params[f"W{i}"] + params[f"b{i}"]
        h = relu(a) if i < n else softmax(a)
        outputs.append(h)
    return outputs


def conv3x3(x, kernel, bias):
    """'valid' 3×3 convolution of x (n, H, W, C) with kernel (3, 3, C, F), as one matrix product (the
    book's im2col): each row of `col` is one 3×3×C window, unrolled in the kernel's order."""
    n, height, width, channels = x.shape
    windows = np.lib.stride_tricks.sliding_window_view(x, (3, 3), axis=(1, 2))  # n, H-2, W-2, C, 3, 3
    col = np.ascontiguousarray(windows.transpose(0, 1, 2, 4, 5, 3)).reshape(-1, 9 * channels)
    out = col @ kernel.reshape(9 * channels, -1) + bias
    return out.reshape(n, height - 2, width - 2, -1)


def max_pool2(x):
    """The largest of the four values in each 2×2 window (a last odd row or column is dropped)."""
    x = x[:, :x.shape[1] // 2 * 2, :x.shape[2] // 2 * 2]
    return np.maximum(np.maximum(x[:, 0::2, 0::2], x[:, 0::2, 1::2]), np.maximum(x[:, 1::2, 0::2], x[:, 1::2, 1::2]))


def cnn_features(params, x):
    h = np.asarray(x, dtype=np.float32)[..., np.newaxis]
    i = 1
    while f"C{i}" in params:
        h = max_pool2(relu(conv3x3(h, params[f"C{i}"], params[f"c{i}"])))
        i += 1
    return h.reshape(len(h), -1)


def forward(params, images):
    """Probabilities (n, 10) and the Dense layers' outputs, for an MLP or CNN parameter dict."""
    x = cnn_features(params, images) if "C1" in params else images
    layers = mlp_layers(params, x)
    return layers[-1], layers


class WeightsUnavailable(RuntimeError):
    """A shipped weights file is missing or damaged; the message names it and says how to make it again."""


@functools.cache
def shipped_weights(name):
    """The pretrained parameters shipped with the app (made by `python -m tools.train_digits`)."""
    if name not in MODELS:
        raise ValueError(f"unknown model {name!r}; choose one of {MODELS}")
    path = WEIGHTS_DIR / f"{name}.npz"
    try:
        with np.load(path) as stored:
            params = {key: stored[key] for key in stored.files}
    except FileNotFoundError:
        raise WeightsUnavailable(f"{path} is missing: make it with `make weights`.") from None
    except (OSError, ValueError, EOFError, zipfile.BadZipFile) as error:
        raise WeightsUnavailable(f"{path} is damaged ({type(error).__name__}): make it again with "
                                 "`make weights`.") from error
    if "W1" not in params or "b1" not in params:
        raise WeightsUnavailable(f"{path} holds no network (no W1, b1): make it again with `make weights`.")
    return params


def classify(images, model="mlp"):
    """(n, 10) probabilities for images (n, 28, 28) in [0, 1]; model is "mlp", "cnn" or a parameter dict."""
    params = shipped_weights(model) if isinstance(model, str) else model
    images = np.asarray(images, dtype=np.float32)
    if images.ndim == 2:
        images = images[np.newaxis]
    return forward(params, images)[0]
