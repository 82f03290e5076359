"""Random variations of MNIST digits for training, so that digits drawn with a mouse are
recognised too: small shifts, rotations and scalings, and thinner or thicker strokes."""
import numpy as np
from PIL import Image

SIZE = 28


def thicken(images, amount):
    """Blend each image towards its 2×2 dilation (amount > 0) or erosion (amount < 0); amount in [-1, 1]."""
    padded = np.pad(images, ((0, 0), (0, 1), (0, 1)))
    shifted = np.stack([padded[:, :-1, :-1], padded[:, 1:, :-1], padded[:, :-1, 1:], padded[:, 1:, 1:]])
    grown, shrunk = shifted.max(axis=0), shifted.min(axis=0)
    amount = np.asarray(amount, dtype=np.float32)[:, None, None]
    target = np.where(amount > 0, grown, shrunk)
    return images + np.abs(amount) * (target - images)


def affine(image, angle_deg, scale, shift):
    """Rotate and scale about the centre, then shift by (dx, dy) pixels; bilinear, black outside."""
    centre = SIZE / 2  # PIL puts pixel i's centre at i + 0.5
    a = np.deg2rad(angle_deg)
    cos, sin = np.cos(a) / scale, np.sin(a) / scale
    dx, dy = shift
    # PIL maps each output pixel (x, y) to the input pixel (ax + by + c, dx + ey + f)
    c = centre - cos * (centre + dx) - sin * (centre + dy)
    f = centre + sin * (centre + dx) - cos * (centre + dy)
    out = Image.fromarray(image, mode="F").transform((SIZE, SIZE), Image.Transform.AFFINE,
                                                      (cos, sin, c, -sin, cos, f), Image.Resampling.BILINEAR)
    return np.asarray(out)


def augment(images, rng, max_angle=12.0, scale_range=(0.85, 1.12), max_shift=2.0, thickness=0.8):
    """A randomly varied copy of float images (n, 28, 28) in [0, 1]."""
    n = len(images)
    angles = rng.uniform(-max_angle, max_angle, n)
    scales = rng.uniform(*scale_range, n)
    shifts = rng.uniform(-max_shift, max_shift, (n, 2))
    moved = np.stack([affine(img, a, s, d) for img, a, s, d in zip(images.astype(np.float32), angles, scales, shifts)])
    return np.clip(thicken(moved, rng.uniform(-thickness, thickness, n)), 0.0, 1.0)
