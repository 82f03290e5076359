"""Array shapes of a layer's computation X·W + B, parameter counts, and the errors NumPy gives."""
import numpy as np


def layer_shapes(batch, inputs, outputs):
    """Shapes of X, W, B and Y in Y = X·W + B: (b, m), (m, n), (n,) broadcast over the b rows, (b, n)."""
    return {"X": (batch, inputs), "W": (inputs, outputs), "B": (outputs,), "Y": (batch, outputs)}


def count_parameters(sizes):
    """(weights, biases) of fully connected layers with these sizes, e.g. [3, 4, 5, 1] → (37, 10):
    every neuron of a layer connects to every neuron of the next (n_in · n_out weights) and each
    neuron after the input layer has one bias."""
    sizes = [int(s) for s in sizes]
    return sum(a * b for a, b in zip(sizes[:-1], sizes[1:])), sum(sizes[1:])


def matmul_error(x_shape, w_shape):
    """NumPy's own message for np.dot of arrays with these shapes, or None when they fit."""
    try:
        np.dot(np.zeros(x_shape), np.zeros(w_shape))
    except ValueError as error:
        return str(error)
    return None


def reshape_or_error(array, shape):
    """(array.reshape(shape), None), or (None, NumPy's message) when the sizes do not fit."""
    try:
        return np.reshape(array, shape), None
    except ValueError as error:
        return None, str(error)


def tensor_examples():
    """One array of each rank the course shows: scalar, vector, matrix, 3-D."""
    return {
        "scalar": np.array(5),
        "vector": np.array([1, 2, 3]),
        "matrix": np.array([[1, 2], [3, 4], [5, 6]]),
        "tensor3": np.arange(24).reshape(2, 3, 4),
    }
