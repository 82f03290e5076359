"""The book's simpleNet (ch. 4.4.2): its printed outputs, loss and gradient, three ways."""
import numpy as np
import pytest

from nncore.gradient import numerical_gradient
from nncore.losses import cross_entropy_error
from nncore.simple_net import BOOK_T, BOOK_W, BOOK_X, simple_net_gradient, simpleNet
from nncore.softmax import softmax

BOOK_DW = np.array([[0.21924763, 0.14356247, -0.36281009], [0.32887144, 0.2153437, -0.54421514]])


def test_book_predict_loss_and_numerical_gradient():
    net = simpleNet(BOOK_W)
    np.testing.assert_allclose(net.predict(BOOK_X), [1.05414809, 0.63071653, 1.1328074], atol=1e-8)
    assert np.argmax(net.predict(BOOK_X)) == 2
    # The book prints 0.92806853663411326, which is -log(y_2) for y_2 = softmax(z)_2 = 0.3953165; the 1e-7
    # inside cross_entropy_error's log lowers it by 1e-7 / y_2 = 2.53e-7.
    assert net.loss(BOOK_X, BOOK_T) == pytest.approx(0.92806853663411326 - 1e-7 / 0.3953165, abs=1e-8)
    dW = numerical_gradient(lambda w: net.loss(BOOK_X, BOOK_T), net.W)
    np.testing.assert_allclose(dW, BOOK_DW, atol=1e-7)


def test_analytic_gradient_agrees_with_the_numerical_one():
    rng = np.random.default_rng(1)
    for _ in range(5):
        net = simpleNet(seed=int(rng.integers(1000)))
        x, t = rng.normal(size=(4, 2)), np.eye(3)[rng.integers(0, 3, size=4)]
        # the formula is the derivative of the loss without the 1e-7 (see simple_net_gradient)
        numeric = numerical_gradient(lambda w, x=x, t=t: cross_entropy_error(softmax(x @ w), t, delta=0), net.W)
        np.testing.assert_allclose(simple_net_gradient(net.W, x, t), numeric, atol=1e-8)
    for label in range(3):  # the page's setting: the book's W, with the 1e-7, each correct class
        t = np.eye(3)[label]
        numeric = numerical_gradient(lambda w, t=t: simpleNet(w).loss(BOOK_X, t), BOOK_W.copy())
        np.testing.assert_allclose(simple_net_gradient(BOOK_W, BOOK_X, t), numeric, atol=1e-6)
    np.testing.assert_allclose(simple_net_gradient(BOOK_W, BOOK_X, BOOK_T), BOOK_DW, atol=1e-6)


def test_given_weights_are_copied():
    W = BOOK_W.copy()
    net = simpleNet(W)
    net.W[0, 0] = 99.0
    assert W[0, 0] == BOOK_W[0, 0]
    assert simpleNet(seed=3).W.shape == (2, 3)
