"""`python -m bench.digits --data ../shared/data/mnist`: the digit models' figures (issue 3).

- accuracy of the shipped weights on the test digits (val5k here; targets MLP >= 94.5 %, CNN >= 98.0 %);
- the same digits pasted onto a 280×280 canvas at random positions, sizes (80-220 px tall) and stroke
  thicknesses, then read back through preprocess_canvas (target: at most 1 point lost);
- one drawing (preprocess_canvas + classify) against Keras' model.predict on one image (target <= 5 %).
"""
import argparse
import json
import statistics
import time

import numpy as np
from PIL import Image

from nncore.digits import INK_THRESHOLD, MODELS, WEIGHTS_DIR, classify, crop_to_ink, preprocess_canvas, shipped_weights
from nncore.mnist import load_mnist

CANVAS = 280


def dilate(image, radius):
    """Grey-level dilation (radius > 0) or erosion (radius < 0) with a (2|r|+1)-square window."""
    if radius == 0:
        return image
    r = abs(radius)
    padded = np.pad(image, r, constant_values=0)
    windows = np.lib.stride_tricks.sliding_window_view(padded, (2 * r + 1, 2 * r + 1))
    return windows.max(axis=(2, 3)) if radius > 0 else windows.min(axis=(2, 3))


def paste_on_canvas(digit, height, top, left, stroke):
    """An MNIST digit (28×28, 0-1) drawn as on the page's canvas: white ink on black RGBA, `height` px tall."""
    crop = crop_to_ink(digit, INK_THRESHOLD).astype(np.float32)
    scale = height / crop.shape[0]
    width = max(1, min(CANVAS - 2, round(crop.shape[1] * scale)))
    big = np.asarray(Image.fromarray(crop, mode="F").resize((width, height), Image.Resampling.BILINEAR))
    big = dilate(np.clip(big, 0, 1), stroke)
    canvas = np.zeros((CANVAS, CANVAS), np.float32)
    top, left = min(top, CANVAS - height), min(left, CANVAS - width)
    canvas[top:top + height, left:left + width] = big
    grey = (canvas * 255).round().astype(np.uint8)
    return np.dstack([grey, grey, grey, np.full_like(grey, 255)])


def random_canvases(digits, rng):
    for digit in digits:
        height = int(rng.integers(80, 221))
        stroke = int(rng.integers(-1, 6)) * height // 140  # thinner to much thicker, scaled with size
        yield paste_on_canvas(digit, height, int(rng.integers(0, CANVAS - height + 1)),
                              int(rng.integers(0, CANVAS - 60)), stroke)


def median_seconds(function, repeats):
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", help="folder of MNIST IDX .gz files (default: NNX_MNIST_DIR, then Keras)")
    parser.add_argument("--repeats", type=int, default=200)
    args = parser.parse_args()

    _, (x_test, y_test) = load_mnist(args.data)
    x_test = x_test / np.float32(255)
    canvases = list(random_canvases(x_test, np.random.default_rng(0)))
    prepared = np.stack([preprocess_canvas(c) for c in canvases])

    from nncore.keras_digits import from_params  # TensorFlow only now, after the NumPy figures' inputs

    print(f"{len(x_test)} test digits; weights from {WEIGHTS_DIR}\n")
    print("| model | trained on | accuracy | on a 280×280 canvas | lost (points) | one drawing (ms) "
          "| model.predict, one image (ms) | drawing / predict |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name in MODELS:
        info = json.loads((WEIGHTS_DIR / f"{name}.json").read_text())
        accuracy = (classify(x_test, name).argmax(axis=1) == y_test).mean()
        on_canvas = (classify(prepared, name).argmax(axis=1) == y_test).mean()
        one = canvases[0]
        drawing = median_seconds(lambda one=one, name=name: classify(preprocess_canvas(one), name), args.repeats)
        model = from_params(shipped_weights(name))
        single = x_test[:1]
        model.predict(single, verbose=0)
        predict = median_seconds(lambda model=model, single=single: model.predict(single, verbose=0),
                                 max(20, args.repeats // 10))
        print(f"| {name} | {info['train_digits']:,} digits | {accuracy:.2%} | {on_canvas:.2%} "
              f"| {100 * (accuracy - on_canvas):.2f} | {1000 * drawing:.2f} | {1000 * predict:.1f} "
              f"| {drawing / predict:.1%} |")


if __name__ == "__main__":
    main()
