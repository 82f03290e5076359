"""The teaching code the live pages show (nncore.backprop) computes what they train with (nncore.mlp)."""
import inspect
import itertools

import numpy as np
import pytest

from nncore import backprop, mlp
from nncore import optimizer as optim
from tests.app_driver import open_page
from ui.catalog import PAGES


def _data(output, rows=20):
    rng = np.random.default_rng(3)
    x = rng.normal(size=(rows, 3))
    if output == "softmax_ce":
        return x, rng.integers(0, 3, rows), 3
    if output == "sigmoid_bce":
        return x, (x[:, :1] * x[:, 1:2] > 0).astype(float), 1
    return x, np.sin(x[:, :1]) + x[:, 1:2], 1


@pytest.mark.parametrize("activation, output, optimizer",
                         list(itertools.product(mlp.ACTIVATIONS, mlp.OUTPUTS, optim.OPTIMIZERS)))
def test_teaching_code_trains_exactly_as_the_fast_code(activation, output, optimizer):
    x, t, outputs = _data(output)
    fast = mlp.init_params([3, 5, 4, outputs], activation, seed=1)
    plain = {key: value.copy() for key, value in fast.items()}  # plain arrays, no shared flat buffer
    settings = dict(activation=activation, output=output, epochs=6, batch_size=8, l2=0.01, seed=2)
    run = mlp.train(fast, x, t, optimizer=optim.make_optimizer(optimizer, 0.05), **settings)
    losses = backprop.train(plain, x, t, optimizer=optim.make_optimizer(optimizer, 0.05), **settings)
    np.testing.assert_allclose(losses, run.loss, rtol=1e-12, atol=1e-14)
    for key in fast:
        np.testing.assert_allclose(plain[key], fast[key], rtol=1e-12, atol=1e-14, err_msg=key)


def test_backward_matches_the_numerical_gradient():
    x, t, _ = _data("sigmoid_bce", rows=6)
    params = mlp.init_params([3, 4, 1], "tanh", seed=0)
    y, a_list, h_list = backprop.forward(params, x, "tanh", "sigmoid_bce")
    grads = backprop.backward(params, x, a_list, h_list, y, t, "tanh", "sigmoid_bce", l2=0.1)
    h = 1e-6
    for key, value in params.items():
        for index in np.ndindex(value.shape):
            old = value[index]
            value[index] = old + h
            up = mlp.total_loss(params, x, t, "tanh", "sigmoid_bce", l2=0.1, delta=0)
            value[index] = old - h
            down = mlp.total_loss(params, x, t, "tanh", "sigmoid_bce", l2=0.1, delta=0)
            value[index] = old
            assert grads[key][index] == pytest.approx((up - down) / (2 * h), abs=1e-8), (key, index)


@pytest.mark.parametrize("page_id", ["xor", "playground", "hidden_regression"])
def test_the_live_pages_show_the_teaching_code(page_id):
    at = open_page(next(p for p in PAGES if p.page_id == page_id), lang="en")
    shown = "\n".join(code.value for code in at.code)
    for function in (backprop.forward, backprop.backward, backprop.train_step, backprop.train, optim.Adam):
        assert inspect.getsource(function).rstrip() in shown, function.__name__
    assert inspect.getsource(mlp.backward).rstrip() not in shown  # the fast path stays out of sight


@pytest.mark.parametrize("activation", ["sigmoid", "relu"])
def test_the_book_style_initial_weights_are_the_fast_paths(activation):
    sizes = [3, 5, 4, 2]
    plain, fast = backprop.init_params(sizes, activation, seed=7), mlp.init_params(sizes, activation, seed=7)
    assert list(plain) == list(fast) == ["W1", "b1", "W2", "b2", "W3", "b3"]
    for key in plain:
        np.testing.assert_array_equal(plain[key], fast[key])
    # He for ReLU, Xavier otherwise: the first layer's standard deviation
    expected = np.sqrt(2 / 3) if activation == "relu" else np.sqrt(2 / (3 + 5))
    draws = np.random.default_rng(7).normal(0.0, expected, size=(3, 5))
    np.testing.assert_array_equal(plain["W1"], draws)
