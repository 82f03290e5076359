"""Preparing a drawn digit the MNIST way, and classifying it with the shipped networks."""
import numpy as np
import pytest
from PIL import Image, ImageDraw

from nncore.digits import MODELS, classify, forward, preprocess_canvas, shipped_weights, squash_canvas
from nncore.mnist import load_mnist
from nncore.sample_drawings import MISREAD_BY, SAMPLES, render_sample, sample_label

CENTRE = 13.5  # the middle of 28 pixels numbered 0..27


def drawing(shapes, size=280, width=18):
    """White ink on black, fully opaque, as the page's canvas returns it: RGBA uint8."""
    image = Image.new("L", (size, size), 0)
    pen = ImageDraw.Draw(image)
    for kind, box in shapes:
        if kind == "line":
            pen.line(box, fill=255, width=width)
        else:
            pen.rectangle(box, fill=255)
    grey = np.asarray(image)
    return np.dstack([grey, grey, grey, np.full_like(grey, 255)])


def mass_centre(image):
    rows, cols = np.indices(image.shape)
    return np.average(rows, weights=image), np.average(cols, weights=image)


def ink_box(image, threshold=0.1):
    rows, cols = np.nonzero(image > threshold)
    return rows.max() - rows.min() + 1, cols.max() - cols.min() + 1


@pytest.mark.parametrize("canvas", [
    np.zeros((280, 280, 4), np.uint8),                                            # transparent, nothing drawn
    np.dstack([np.zeros((280, 280, 3), np.uint8), np.full((280, 280), 255, np.uint8)]),  # black, nothing drawn
    np.full((280, 280, 4), 255, np.uint8),                                        # white paper, nothing drawn
], ids=["transparent", "black", "white"])
def test_blank_canvas_gives_none(canvas):
    assert preprocess_canvas(canvas) is None


def test_small_off_centre_stroke_is_centred_by_mass():
    canvas = drawing([("line", [(20, 20), (40, 30), (45, 80)])], width=8)  # small, in the top-left corner
    image = preprocess_canvas(canvas)
    assert image.shape == (28, 28) and image.dtype == np.float32
    assert image.min() >= 0 and image.max() == pytest.approx(1.0)
    row, col = mass_centre(image)
    assert abs(row - CENTRE) <= 1 and abs(col - CENTRE) <= 1
    assert max(ink_box(image)) == 20  # the longer side is scaled to 20 pixels


def test_aspect_ratio_is_kept():
    wide = preprocess_canvas(drawing([("rect", (40, 100, 239, 149))]))  # 200 × 50 pixels of ink
    height, width = ink_box(wide, threshold=0.5)
    assert width == 20 and height == 5
    tall = preprocess_canvas(drawing([("rect", (130, 20, 149, 259))]))  # 20 wide × 240 tall
    height, width = ink_box(tall, threshold=0.5)
    assert height == 20 and width in (1, 2)  # 20 × 20/240 ≈ 1.7 pixels


def test_ink_only_in_alpha_reads_the_same():
    opaque = drawing([("line", [(100, 40), (180, 240)])])
    alpha_only = np.zeros_like(opaque)
    alpha_only[..., 3] = opaque[..., 0]  # black strokes on a transparent canvas
    np.testing.assert_allclose(preprocess_canvas(alpha_only), preprocess_canvas(opaque), atol=1e-6)


def test_dark_ink_on_light_paper_reads_the_same():
    light = drawing([("line", [(100, 40), (180, 240)])])
    dark = light.copy()
    dark[..., :3] = 255 - light[..., :3]
    np.testing.assert_allclose(preprocess_canvas(dark), preprocess_canvas(light), atol=1e-6)


def test_any_canvas_size():
    small = preprocess_canvas(drawing([("line", [(100, 40), (180, 240)])], size=280, width=18))
    large = preprocess_canvas(drawing([("line", [(200, 80), (360, 480)])], size=560, width=36))
    assert np.abs(small - large).mean() < 0.02


def test_squash_shrinks_the_whole_canvas():
    canvas = drawing([("rect", (0, 0, 139, 279))])  # the left half inked
    squashed = squash_canvas(canvas)
    assert squashed.shape == (28, 28)
    assert squashed[:, :13].min() == pytest.approx(1.0) and squashed[:, 15:].max() == pytest.approx(0.0)


@pytest.mark.parametrize("model", MODELS)
def test_probabilities_are_rows_that_sum_to_one(model):
    images = np.random.default_rng(0).random((5, 28, 28), dtype=np.float32)
    probs = classify(images, model)
    assert probs.shape == (5, 10)
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, rtol=1e-6)
    assert classify(images[0], model).shape == (1, 10)


def test_mlp_is_the_courses_784_100_10():
    params = shipped_weights("mlp")
    assert {k: v.shape for k, v in params.items()} == {"W1": (784, 100), "b1": (100,), "W2": (100, 10), "b2": (10,)}
    _, layers = forward(params, np.zeros((1, 28, 28)))
    assert [layer.shape for layer in layers] == [(1, 100), (1, 10)]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("name", SAMPLES)
def test_sample_drawings_are_recognised(name, model):
    probs = classify(preprocess_canvas(render_sample(name)), model)[0]
    misread = model in MISREAD_BY.get(name, ())  # a sample kept to show one model's mistake
    assert (str(np.argmax(probs)) == sample_label(name)) != misread


@pytest.mark.parametrize("model, target", [("mlp", 0.945), ("cnn", 0.980)])
def test_shipped_weights_reach_the_issues_accuracy(model, target, mnist_folder):
    """Issue 3's figures: trained on train10k only, measured on val5k."""
    _, (x_test, y_test) = load_mnist(mnist_folder)
    probs = classify(x_test / np.float32(255), model)
    assert np.mean(np.argmax(probs, axis=1) == y_test) >= target


@pytest.mark.parametrize("model", MODELS)
def test_squashing_a_small_corner_digit_misreads_it(model):
    """The page's first experiment: the whole canvas shrunk to 28×28 turns a small 3 in the corner
    into a speck the network gets wrong; prepared the MNIST way, it is read as 3."""
    canvas = render_sample("3_small_corner")
    assert np.argmax(classify(squash_canvas(canvas), model)) != 3
    assert np.argmax(classify(preprocess_canvas(canvas), model)) == 3
