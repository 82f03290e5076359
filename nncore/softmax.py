"""Softmax: the naive formula and the overflow-safe one the book uses."""
import numpy as np


def softmax_naive(a):
    """exp(a_k) / sum(exp(a)): overflows to inf, and then gives NaN, for large a."""
    exp_a = np.exp(a)
    return exp_a / np.sum(exp_a, axis=-1, keepdims=True)


def softmax(a):
    """Overflow-safe softmax along the last axis (1-D input or a batch of rows).

    Subtracting the largest value from every input leaves the result unchanged,
    because exp(a - c) / sum(exp(a - c)) = exp(a) / sum(exp(a)), but keeps every
    exponent at or below 0, so np.exp never overflows.
    """
    a = np.asarray(a)
    a = a if np.issubdtype(a.dtype, np.floating) else a.astype(float)  # float32 stays float32
    c = np.max(a, axis=-1, keepdims=True)
    exp_a = np.exp(a - c)
    return exp_a / np.sum(exp_a, axis=-1, keepdims=True)


def softmax_with_temperature(a, temperature):
    """softmax(a / T): T > 1 flattens the distribution, T < 1 sharpens it."""
    return softmax(np.asarray(a, dtype=float) / temperature)
