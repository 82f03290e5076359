"""The book's claim, measured: classifying images in batches is faster than one by one.

A timing on a shared machine is noisy, so each batch size is timed several times, in rounds that
alternate between the sizes, after one untimed warm-up call; the median is the result and the
fastest and slowest repeats its spread. Small batch sizes are timed on as many images as fit a
time budget (the time per image does not depend on how many images are timed), so that the
whole measurement takes a few seconds even for a slow model.
"""
import math
import time
from dataclasses import dataclass

import numpy as np

AGREE = 1.5  # repeats within this factor of the median agree with it


@dataclass
class Timing:
    """Seconds per image for one batch size, from its repeats."""
    repeats: list
    images: int  # how many images each repeat classified
    predicted: np.ndarray  # the predicted digits of those images

    @property
    def median(self):
        return float(np.median(self.repeats))

    @property
    def low(self):
        return min(self.repeats)

    @property
    def high(self):
        return max(self.repeats)

    @property
    def spread(self):
        return self.high / self.low

    def agreeing(self, factor=AGREE):
        """How many repeats lie within `factor` of the median (the median itself included)."""
        median = self.median
        return sum(1 for value in self.repeats if median / factor <= value <= median * factor)


def classify_in_batches(classify, images, batch_size):
    """Predicted digits for all images, `batch_size` at a time (batch_size 1 is the one-by-one loop)."""
    predicted = [np.argmax(classify(images[i:i + batch_size]), axis=1) for i in range(0, len(images), batch_size)]
    return np.concatenate(predicted)


def batch_sizes_up_to(n):
    """1, 10, 100, ... and n itself: the sizes the page times."""
    sizes = [size for size in (1, 10, 100, 1000, 10000) if size < n]
    return sizes + [n]


def images_to_time(seconds_per_image, batch_size, n, target_seconds):
    """(images, passes): whole batches worth about target_seconds, at least one batch and at most all n
    images, passed over that many times when one pass over all n is shorter than the target (a timing of
    a fraction of a millisecond is mostly the noise of the clock and the machine)."""
    batches = math.ceil(target_seconds / max(seconds_per_image * batch_size, 1e-9))
    images = min(n, max(1, batches) * batch_size)
    return images, max(1, math.ceil(target_seconds / max(seconds_per_image * images, 1e-9)))


def time_per_image(classify, images, batch_sizes, repeats=5, budget=2.0, progress=None, clock=time.perf_counter):
    """{batch size: Timing}, from `repeats` interleaved rounds (fewer, but at least 3, once `budget`
    seconds have passed). progress(fraction done) is called after every timing."""
    def timed(size, count, passes=1):
        started = clock()
        for _ in range(passes):
            predicted = classify_in_batches(classify, images[:count], size)
        return (clock() - started) / (count * passes), predicted

    warm = {size: timed(size, size)[0] for size in batch_sizes}  # untimed warm-up; a first guess of the cost
    target = budget / (repeats * len(batch_sizes))
    plans = {size: images_to_time(warm[size], size, len(images), target) for size in batch_sizes}
    seconds = {size: [] for size in batch_sizes}
    predicted = {}
    started = clock()
    for round_ in range(repeats):
        if round_ >= 3 and clock() - started > budget:
            break
        order = batch_sizes[round_ % len(batch_sizes):] + batch_sizes[:round_ % len(batch_sizes)]
        for i, size in enumerate(order):
            per_image, predicted[size] = timed(size, *plans[size])
            seconds[size].append(per_image)
            if progress:
                progress(min(1.0, (round_ * len(batch_sizes) + i + 1) / (repeats * len(batch_sizes))))
    return {size: Timing(seconds[size], plans[size][0], predicted[size]) for size in batch_sizes}


def fastest_batch_size(timings):
    return min(timings, key=lambda size: timings[size].median)


def too_busy(timings, factor=AGREE):
    """True when, for some batch size, no more than half its repeats agree with their median (within
    `factor`): another program took the processor during the measurement, and the medians may say something
    the machine does not. A disturbed repeat or two out of five is what the median is for."""
    return any(timing.agreeing(factor) <= len(timing.repeats) / 2 for timing in timings.values())
