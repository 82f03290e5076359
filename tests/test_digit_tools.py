"""Accuracy and confusion matrix, the course's steps per epoch and code, batch timing, augmentation."""
import numpy as np
import pytest

from nncore.batch_timing import (
    Timing,
    batch_sizes_up_to,
    classify_in_batches,
    fastest_batch_size,
    time_per_image,
    too_busy,
)
from nncore.digit_augment import affine, augment, thicken
from nncore.digits import classify
from nncore.evaluation import accuracy, confident_mistakes, confusion_matrix
from nncore.minibatch import steps_per_epoch
from ui.keras_code import course_pipeline


def test_confusion_matrix_counts_true_against_predicted():
    labels = np.array([0, 0, 1, 1, 1, 2])
    predicted = np.array([0, 1, 1, 1, 2, 2])
    counts = confusion_matrix(labels, predicted, classes=3)
    assert counts.tolist() == [[1, 1, 0], [0, 2, 1], [0, 0, 1]]


def test_accuracy_and_most_confident_mistakes():
    probs = np.array([[0.9, 0.1], [0.2, 0.8], [0.6, 0.4], [0.3, 0.7], [0.95, 0.05]])
    labels = np.array([0, 0, 1, 1, 1])
    assert accuracy(probs, labels) == pytest.approx(2 / 5)
    # wrong: #1 (said 1 at 0.8), #2 (said 0 at 0.6), #4 (said 0 at 0.95)
    assert confident_mistakes(probs, labels, k=2).tolist() == [4, 1]


@pytest.mark.parametrize("samples, batch, steps", [(60000, 100, 600), (60000, 128, 469), (10000, 100, 100),
                                                   (1000, 3, 334)])
def test_steps_per_epoch_as_in_the_course(samples, batch, steps):
    assert steps_per_epoch(samples, batch) == steps


def test_course_pipeline_is_python_with_the_chosen_settings():
    steps = course_pipeline([100], epochs=10, batch_size=100, optimizer="adam")
    assert [name for name, _ in steps] == ["load", "scale", "one_hot", "model", "compile", "fit", "evaluate"]
    code = "\n".join(snippet for _, snippet in steps)
    compile(code, "course_pipeline", "exec")
    assert "keras.layers.Dense(100, activation='relu')" in code
    assert "epochs=10, batch_size=100" in code and "optimizer='adam'" in code
    assert "x_train[:" not in code
    subset = "\n".join(s for _, s in course_pipeline([], epochs=1, batch_size=32, optimizer="sgd", samples=500))
    assert "x_train[:500]" in subset and "activation='relu'" not in subset


def test_batch_sizes_end_with_all_images():
    assert batch_sizes_up_to(1000) == [1, 10, 100, 1000]
    assert batch_sizes_up_to(250) == [1, 10, 100, 250]


def test_batches_give_the_same_predictions():
    images = np.random.default_rng(3).random((37, 28, 28), dtype=np.float32)
    expected = np.argmax(classify(images, "mlp"), axis=1)
    for size in (1, 5, 37):
        assert np.array_equal(classify_in_batches(lambda x: classify(x, "mlp"), images, size), expected)
    results = time_per_image(lambda x: classify(x, "mlp"), images, [1, 37], budget=0.2)
    assert list(results) == [1, 37] and all(0 < r.low <= r.median <= r.high for r in results.values())
    assert all(np.array_equal(r.predicted, expected[:r.images]) for r in results.values())


class FakeMachine:
    """A clock and a classifier: each call costs `overhead` + `per_image` × batch seconds, and the calls
    listed in `slow_calls` (counted from 0) cost `slowdown` times as much, as if another program ran."""

    def __init__(self, overhead, per_image, slow_calls=(), slowdown=1.0):
        self.now, self.calls = 0.0, 0
        self.overhead, self.per_image, self.slow_calls, self.slowdown = overhead, per_image, slow_calls, slowdown

    def clock(self):
        return self.now

    def classify(self, x):
        cost = self.overhead + self.per_image * len(x)
        self.now += cost * (self.slowdown if self.calls in self.slow_calls else 1.0)
        self.calls += 1
        return np.zeros((len(x), 10))


def test_timing_per_image_and_how_many_images_are_timed():
    machine = FakeMachine(overhead=1e-3, per_image=1e-5)  # batch 1: 1.01 ms an image; batch 100: 20 µs
    images = np.zeros((1000, 28, 28), np.float32)
    timings = time_per_image(machine.classify, images, [1, 100, 1000], repeats=5, budget=1.5, clock=machine.clock)
    assert timings[1].median == pytest.approx(1.01e-3) and timings[1].spread == pytest.approx(1.0)
    assert timings[100].median == pytest.approx(1e-3 / 100 + 1e-5)
    assert timings[1000].median == pytest.approx(1e-3 / 1000 + 1e-5)
    # 1.5 s over 5 rounds × 3 sizes: 0.1 s a timing, so 99 images one by one (0.1 / 1.01 ms), rounded up
    assert (timings[1].images, timings[100].images, timings[1000].images) == (100, 1000, 1000)
    assert fastest_batch_size(timings) == 1000 and not too_busy(timings)


def test_a_busy_moment_shows_as_spread_and_the_median_ignores_it():
    # Calls 0-2 are the warm-up. Each timing gets 0.15 s / (5 × 3) = 10 ms: batch size 1 takes 10 calls (3-12),
    # batch size 10 then takes all 100 images, 10 calls (13-22): its first repeat is slowed down.
    machine = FakeMachine(overhead=1e-3, per_image=1e-5, slow_calls=range(13, 23), slowdown=5.0)
    images = np.zeros((100, 28, 28), np.float32)
    timings = time_per_image(machine.classify, images, [1, 10, 100], repeats=5, budget=0.15, clock=machine.clock)
    assert timings[10].median == pytest.approx(1e-3 / 10 + 1e-5)  # four clean repeats out of five
    assert timings[10].spread == pytest.approx(5.0)
    repeats = len(timings[10].repeats)  # 4 or 5: the slow calls use up the budget after 3 rounds
    assert timings[10].agreeing() == repeats - 1 and not too_busy(timings)  # one disturbed repeat: the median holds


def test_a_long_busy_spell_is_reported_as_too_busy():
    one = np.zeros(1, dtype=int)
    steady = Timing([1.0, 1.1, 0.95, 1.0, 1.05], 10, one)
    assert steady.agreeing() == 5 and not too_busy({1: steady})
    scattered = Timing([1.0, 2.0, 4.0, 8.0, 16.0], 10, one)  # median 4: only 2.0 … 6.0 agree with it
    assert scattered.agreeing() == 1 and too_busy({1: steady, 10: scattered})


def test_the_budget_cuts_rounds_but_keeps_three():
    machine = FakeMachine(overhead=0.0, per_image=1e-3)
    images = np.zeros((1000, 28, 28), np.float32)  # a slow model: 1 s for every timing of all 1000
    progress = []
    time_per_image(machine.classify, images, [1000], repeats=5, budget=2.0, progress=progress.append,
                   clock=machine.clock)
    assert machine.calls == 1 + 3  # the warm-up, then three rounds: 3 s > the 2 s budget
    assert progress == pytest.approx([0.2, 0.4, 0.6])


def dot(row, col):
    image = np.zeros((28, 28), np.float32)
    image[row - 1:row + 1, col - 1:col + 1] = 1  # a 2×2 dot centred at (row - 0.5, col - 0.5)
    return image


def centre(image):
    rows, cols = np.indices(image.shape)
    return np.average(rows, weights=image), np.average(cols, weights=image)


def test_affine_moves_rotates_and_scales_about_the_centre():
    image = dot(10, 14)  # centred at (9.5, 13.5): 4 pixels above the middle (13.5, 13.5)
    np.testing.assert_allclose(affine(image, 0, 1, (0, 0)), image, atol=1e-6)
    np.testing.assert_allclose(centre(affine(image, 0, 1, (2, -1))), (8.5, 15.5), atol=1e-4)
    np.testing.assert_allclose(centre(affine(image, 90, 1, (0, 0))), (13.5, 17.5), atol=1e-4)  # a quarter turn
    np.testing.assert_allclose(centre(affine(image, 0, 1.5, (0, 0))), (7.5, 13.5), atol=1e-4)  # 4 × 1.5 = 6 above


def test_thicken_grows_and_shrinks_strokes():
    image = np.zeros((1, 28, 28), np.float32)
    image[0, 10:18, 12:15] = 1  # a bar 3 pixels wide
    assert thicken(image, [1.0]).sum() == (8 + 1) * (3 + 1)
    assert thicken(image, [-1.0]).sum() == (8 - 1) * (3 - 1)
    assert thicken(image, [0.5]).sum() == pytest.approx((24 + 36) / 2)


def test_augment_is_reproducible_and_stays_in_range():
    images = np.stack([dot(14, 14), dot(8, 20)])
    first = augment(images, np.random.default_rng(5))
    again = augment(images, np.random.default_rng(5))
    assert first.shape == images.shape and first.min() >= 0 and first.max() <= 1
    np.testing.assert_array_equal(first, again)
