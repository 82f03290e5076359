"""Softmax against the book's and the course's numbers."""
import numpy as np

from nncore.softmax import softmax, softmax_naive, softmax_with_temperature


def test_book_example():
    # Book, ch. 3.5.1: a = [0.3, 2.9, 4.0]
    np.testing.assert_allclose(
        softmax(np.array([0.3, 2.9, 4.0])), [0.01821127, 0.24519181, 0.73659691], atol=1e-8
    )


def test_overflow_example():
    a = np.array([1010.0, 1000.0, 990.0])
    with np.errstate(over="ignore", invalid="ignore"):
        naive = softmax_naive(a)
    assert np.isnan(naive).all()
    # Book, ch. 3.5.2: array([9.99954600e-01, 4.53978686e-05, 2.06106005e-09])
    np.testing.assert_allclose(softmax(a), [9.99954600e-01, 4.53978686e-05, 2.06106005e-09], rtol=1e-6)


def test_naive_and_safe_agree_on_small_inputs():
    a = np.array([-1.0, 0.5, 2.0, 0.0])
    np.testing.assert_allclose(softmax_naive(a), softmax(a), rtol=1e-12)


def test_course_example_x_dot_w():
    x = np.array([0.6, 0.9])
    W = np.array([[0.4, 0.7, 0.9], [0.2, 0.3, 0.1]])
    a = x @ W
    np.testing.assert_allclose(a, [0.42, 0.69, 0.63], atol=1e-12)
    np.testing.assert_allclose(softmax(a), [0.2822, 0.3697, 0.3481], atol=5e-5)


def test_batches_along_last_axis():
    batch = np.array([[0.3, 2.9, 4.0], [1010.0, 1000.0, 990.0], [0.0, 0.0, 0.0]])
    y = softmax(batch)
    assert y.shape == (3, 3)
    np.testing.assert_allclose(y.sum(axis=-1), 1.0)
    for row_in, row_out in zip(batch, y):
        np.testing.assert_allclose(softmax(row_in), row_out)
    np.testing.assert_allclose(y[2], [1 / 3] * 3)


def test_order_is_kept():
    a = np.array([0.5, -2.0, 3.0, 1.0])
    assert np.argmax(softmax(a)) == np.argmax(a)
    assert (np.argsort(softmax(a)) == np.argsort(a)).all()


def test_temperature():
    # softmax([1, 2, 3] / 2) = exp([0.5, 1, 1.5]) / (1.64872 + 2.71828 + 4.48169)
    np.testing.assert_allclose(
        softmax_with_temperature([1.0, 2.0, 3.0], 2.0), [0.18632, 0.30720, 0.50648], atol=2e-5
    )
    np.testing.assert_allclose(softmax_with_temperature([1.0, 2.0, 3.0], 1e6), [1 / 3] * 3, atol=1e-6)
    np.testing.assert_allclose(softmax_with_temperature([1.0, 2.0, 3.0], 0.01), [0, 0, 1], atol=1e-6)
