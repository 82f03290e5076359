"""The functions the derivative pages differentiate: the book's function_1 and function_2 and a few
more, each with its exact derivative written out, so numerical results can be checked.

Only these fixed functions are ever evaluated; a page never runs code a user typed.
"""
import numpy as np


def function_1(x):
    """0.01x² + 0.1x (book, ch. 4.3.2)."""
    return 0.01 * x ** 2 + 0.1 * x


def function_1_diff(x):
    return 0.02 * x + 0.1


def function_2(x):
    """x0² + x1² (book, ch. 4.3.3): x is an array with x[0] and x[1] (or a batch of points, last axis)."""
    return np.sum(np.asarray(x) ** 2, axis=-1)


def function_2_gradient(x):
    """(2 x0, 2 x1): the exact gradient of function_2."""
    return 2 * np.asarray(x, dtype=float)


# name -> (f, f', LaTeX); the derivative page offers these and nothing else
FUNCTIONS_1D = {
    "book": (function_1, function_1_diff, r"0.01x^2 + 0.1x"),
    "square": (lambda x: x ** 2, lambda x: 2 * x, r"x^2"),
    "cube": (lambda x: x ** 3, lambda x: 3 * x ** 2, r"x^3"),
    "sin": (np.sin, np.cos, r"\sin x"),
    "exp": (np.exp, np.exp, r"e^x"),
    "sigmoid": (lambda x: 1 / (1 + np.exp(-x)), lambda x: np.exp(-x) / (1 + np.exp(-x)) ** 2,
                r"\frac{1}{1 + e^{-x}}"),
}
