"""Pictures drawn as PNGs: the neuron thumbnails, the decision surface and the hand-written PNG encoder."""
import io

import numpy as np
from PIL import Image

from ui.neuron_images import layer_images
from ui.png import png_bytes, png_data_url


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


def test_decision_surface_image_colours_cells_by_class_and_certainty():
    from ui.live_views import grid, surface_codes, surface_palette

    cells, domain = 2, (-1.0, 1.0)
    points, _ = grid(domain, cells)
    # a sigmoid output at the grid's four cells: bottom-left certain 1, bottom-right certain 0,
    # top-left unsure (0.5), top-right 0.75 (halfway to certain)
    p1 = {(-0.5, -0.5): 1.0, (0.5, -0.5): 0.0, (-0.5, 0.5): 0.5, (0.5, 0.5): 0.75}
    probabilities = np.array([[p1[tuple(point)]] for point in points])
    codes = surface_codes(probabilities, cells)
    assert codes.shape == (cells, cells) and codes.dtype == np.uint8
    image = np.array(surface_palette(2)).reshape(-1, 3)[codes]  # what the browser paints, cell by cell
    orange, blue = np.array([0xE6, 0x9F, 0x00]), np.array([0x00, 0x72, 0xB2])

    def over_white(colour, alpha):
        return 255 * (1 - alpha) + colour * alpha

    # opacity 0.55 when certain, 0.05 when unsure, 0.30 halfway; image row 0 is the top of the plane
    np.testing.assert_allclose(image[1, 0], over_white(orange, 0.55), atol=0.5)
    np.testing.assert_allclose(image[1, 1], over_white(blue, 0.55), atol=0.5)
    np.testing.assert_allclose(image[0, 0], over_white(blue, 0.05), atol=0.5)  # a tie goes to class 0
    # 40 shades a class: halfway is the nearest shade, within 2 of 255 levels
    np.testing.assert_allclose(image[0, 1], over_white(orange, 0.30), atol=2)
