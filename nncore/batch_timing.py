"""The book's claim, measured: classifying images in batches is faster than one by one."""
import time

import numpy as np


def timed(function, *args):
    started = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - started


def classify_in_batches(classify, images, batch_size):
    """Predicted digits for all images, `batch_size` at a time (batch_size 1 is the one-by-one loop)."""
    predicted = [np.argmax(classify(images[i:i + batch_size]), axis=1) for i in range(0, len(images), batch_size)]
    return np.concatenate(predicted)


def batch_sizes_up_to(n):
    """1, 10, 100, ... and n itself: the sizes the page times."""
    sizes = [size for size in (1, 10, 100, 1000, 10000) if size < n]
    return sizes + [n]


def time_per_image(classify, images, batch_sizes, rounds=2):
    """{batch size: (seconds per image, predicted digits)}: the fastest of `rounds` interleaved
    rounds, so that a moment of load on the machine does not distort one batch size only."""
    results = {}
    for _ in range(rounds):
        for size in batch_sizes:
            predicted, seconds = timed(classify_in_batches, classify, images, size)
            if size not in results or seconds / len(images) < results[size][0]:
                results[size] = (seconds / len(images), predicted)
    return results
