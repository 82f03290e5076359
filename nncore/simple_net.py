"""The book's simpleNet (ch. 4.4.2): one 2×3 weight matrix, softmax and cross-entropy."""
import numpy as np

from nncore.losses import cross_entropy_error
from nncore.softmax import softmax

# The weights the book prints, so that its numbers come out again.
BOOK_W = np.array([[0.47355232, 0.9977393, 0.84668094],
                   [0.85557411, 0.03563661, 0.69422093]])
BOOK_X = np.array([0.6, 0.9])
BOOK_T = np.array([0, 0, 1])


class simpleNet:  # noqa: N801 - the book's name, so that learners find it
    def __init__(self, W=None, seed=None):
        """W (2, 3) as given (copied), else random normal like the book's np.random.randn(2, 3)."""
        self.W = np.array(W, dtype=float) if W is not None else np.random.default_rng(seed).normal(size=(2, 3))

    def predict(self, x):
        return np.dot(x, self.W)

    def loss(self, x, t):
        z = self.predict(x)
        y = softmax(z)
        return cross_entropy_error(y, t)


def simple_net_gradient(W, x, t):
    """dL/dW worked out by hand: softmax followed by cross-entropy has dL/dz = y - t (per sample,
    averaged over the batch), and z = x·W gives dL/dW = xᵀ(y - t). Without the 1e-7 inside the log;
    that changes the result by about 1e-7 / y_t, far below the 1e-6 the page compares to."""
    x = np.atleast_2d(np.asarray(x, dtype=float))
    t = np.atleast_2d(np.asarray(t, dtype=float))
    y = softmax(np.dot(x, W))
    return np.dot(x.T, y - t) / x.shape[0]
