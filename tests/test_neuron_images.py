"""The Playground's neuron thumbnails: colours by value, orientation, and the hand-written PNG encoder."""
import io

import numpy as np
from PIL import Image

from ui.neuron_images import layer_images, png_bytes, png_data_url


def test_colours_run_from_blue_through_white_to_orange_per_neuron():
    cells = 3
    # neuron 0: -2 .. 2 over the grid; neuron 1: the same values times 0.01 (own peak, same picture);
    # neuron 2: all zero (no peak: white, not a division by zero)
    base = np.linspace(-2.0, 2.0, cells * cells)
    values = np.stack([base, base * 0.01, np.zeros_like(base)], axis=1)
    images = layer_images(values, cells)
    assert images.shape == (3, cells, cells, 3) and images.dtype == np.uint8
    np.testing.assert_array_equal(images[0], images[1])
    assert (images[2] == 255).all()
    # grid row 0 (the first three values) is the bottom of the picture; value -2 sits bottom-left
    np.testing.assert_array_equal(images[0][-1, 0], [0, 114, 178])  # the most negative: full blue
    np.testing.assert_array_equal(images[0][0, -1], [230, 159, 0])  # the largest: full orange
    np.testing.assert_array_equal(images[0][1, 1], [255, 255, 255])  # the middle value is 0: white
    # -1 is halfway from white to blue: (255 + 0) / 2, (255 + 114) / 2, (255 + 178) / 2, within one of
    # the palette's 127 steps per side (255 / 127, about 2 levels of red)
    half = layer_images(np.array([[-1.0], [2.0], [0.0], [0.0]]), 2)[0][1, 0]
    np.testing.assert_allclose(half, [127.5, 184.5, 216.5], atol=255 / 127)


def test_png_bytes_decode_to_the_same_pixels():
    rng = np.random.default_rng(0)
    for shape in [(1, 1, 3), (24, 24, 3), (5, 17, 3)]:
        rgb = rng.integers(0, 256, size=shape, dtype=np.uint8)
        decoded = Image.open(io.BytesIO(png_bytes(rgb)))
        assert decoded.mode == "RGB" and decoded.size == (shape[1], shape[0])
        np.testing.assert_array_equal(np.asarray(decoded), rgb)
    assert png_data_url(np.zeros((2, 2, 3), np.uint8)).startswith("data:image/png;base64,iVBORw0KGgo")
