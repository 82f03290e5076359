"""The NumPy network: backprop against numerical gradients, the book's loss values, XOR, divergence."""
import math

import numpy as np
import pytest

from nncore import mlp
from nncore import optimizer as optim
from nncore.divergence import DIVERGENCE_LIMIT
from nncore.gradient import numerical_gradient

XOR_X = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
XOR_T = np.array([0, 1, 1, 0])
# Book, ch. 4.2.1: ten softmax outputs, "2" the most likely
BOOK_Y = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])


def one_hot(index, size=10):
    return np.eye(size)[index]


# --- numerical_gradient ---------------------------------------------------------------

def test_numerical_gradient_book_values():
    # Book, ch. 4.4: f(x0, x1) = x0**2 + x1**2 has gradient (2 x0, 2 x1)
    def function_2(x):
        return np.sum(x ** 2)

    np.testing.assert_allclose(numerical_gradient(function_2, np.array([3.0, 4.0])), [6.0, 8.0], atol=1e-6)
    np.testing.assert_allclose(numerical_gradient(function_2, np.array([0.0, 2.0])), [0.0, 4.0], atol=1e-6)
    np.testing.assert_allclose(numerical_gradient(function_2, np.array([3.0, 0.0])), [6.0, 0.0], atol=1e-6)


@pytest.mark.parametrize("shape", [(3, 4), (2, 3, 4)])
def test_numerical_gradient_keeps_x_bit_identical_and_finds_each_slope(shape):
    rng = np.random.default_rng(0)
    # magnitudes from 1e-6 to 10: for the small ones, (x - h) + h is not x again
    x = rng.normal(size=shape) * 10.0 ** rng.integers(-6, 2, size=shape)
    w = rng.normal(size=shape)
    saved = x.tobytes()
    grad = numerical_gradient(lambda v: np.sum(w * v ** 2), x)
    assert x.tobytes() == saved
    assert grad.shape == shape
    # d/dx sum(w x^2) = 2 w x, element by element (so a mixed-up index fails)
    np.testing.assert_allclose(grad, 2 * w * x, rtol=1e-6, atol=1e-8)


def test_numerical_gradient_refuses_integer_arrays():
    with pytest.raises(TypeError):
        numerical_gradient(lambda v: np.sum(v ** 2), np.array([3, 4]))


# --- backward against the numerical gradient ------------------------------------------

def check_setup(activation, output, seed=1):
    """A [3, 4, 5, k] float64 net on 6 random samples, with targets suited to the output."""
    k = {"sigmoid_bce": 1, "softmax_ce": 3, "identity_mse": 2}[output]
    params = mlp.init_params([3, 4, 5, k], activation, seed=seed)
    rng = np.random.default_rng(seed + 100)
    for key in params:  # non-zero biases, so their gradients are checked on a general point
        params[key] += rng.normal(0.0, 0.3, size=params[key].shape)
    x = rng.normal(size=(6, 3))
    if output == "sigmoid_bce":
        t = rng.integers(0, 2, size=(6, 1)).astype(float)
    elif output == "softmax_ce":
        t = np.eye(k)[rng.integers(0, k, size=6)]
    else:
        t = rng.normal(size=(6, k))
    return params, x, t


def relative_error(a, b):
    return np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b))


def numerical_grads(params, x, t, activation, output, l2):
    # delta=0: backward() is the exact gradient of the loss without the book's 1e-7, and
    # with it the slope of log(y + 1e-7) differs from log(y)'s by about 1e-7 / y, which is
    # close to the 1e-6 tolerance for small y.
    def f(_):
        return mlp.total_loss(params, x, t, activation, output, l2, delta=0.0)

    return {key: numerical_gradient(f, params[key]) for key in params}


@pytest.mark.parametrize("l2", [0.0, 0.1])
@pytest.mark.parametrize("output", mlp.OUTPUTS)
@pytest.mark.parametrize("activation", mlp.ACTIVATIONS)
def test_backward_matches_numerical_gradient(activation, output, l2):
    params, x, t = check_setup(activation, output)
    _, cache = mlp.forward(params, x, activation, output)
    if activation == "relu":
        # h = 1e-4 moves a pre-activation by at most about 1e-4 * |x| < 1e-3: never across the kink
        assert min(np.abs(a).min() for a in cache["pre"]) > 1e-3
    grads = mlp.backward(params, cache, t, activation, output, l2)
    expected = numerical_grads(params, x, t, activation, output, l2)
    assert grads.keys() == params.keys()
    for key in params:
        assert grads[key].shape == params[key].shape, key
        assert relative_error(grads[key], expected[key]) < 1e-6, key


def test_backward_accepts_integer_labels_for_softmax():
    params, x, t = check_setup("tanh", "softmax_ce")
    _, cache = mlp.forward(params, x, "tanh", "softmax_ce")
    with_labels = mlp.backward(params, cache, t.argmax(axis=1), "tanh", "softmax_ce")
    with_one_hot = mlp.backward(params, cache, t, "tanh", "softmax_ce")
    for key in params:
        np.testing.assert_array_equal(with_labels[key], with_one_hot[key])


def test_backward_writes_into_a_reused_gradient_dict():
    params, x, t = check_setup("relu", "sigmoid_bce")
    _, cache = mlp.forward(params, x, "relu", "sigmoid_bce")
    fresh = mlp.backward(params, cache, t, "relu", "sigmoid_bce", l2=0.1)
    out = mlp.empty_like_params(params)
    out["W1"][...] = np.nan  # left-overs of an earlier step must not leak into the result
    reused = mlp.backward(params, cache, t, "relu", "sigmoid_bce", l2=0.1, out=out)
    assert reused is out and mlp.flat_view(out) is not None
    for key in params:
        np.testing.assert_array_equal(reused[key], fresh[key])


def test_gradient_check_notices_a_missing_l2_term():
    params, x, t = check_setup("tanh", "identity_mse")
    _, cache = mlp.forward(params, x, "tanh", "identity_mse")
    grads = mlp.backward(params, cache, t, "tanh", "identity_mse", l2=0.0)
    expected = numerical_grads(params, x, t, "tanh", "identity_mse", l2=0.1)
    assert relative_error(grads["W1"], expected["W1"]) > 1e-3


# --- forward, loss, accuracy ----------------------------------------------------------

def test_forward_shapes_and_hidden_outputs():
    params = mlp.init_params([2, 8, 6, 3])
    x = np.random.default_rng(0).normal(size=(5, 2))
    y, cache = mlp.forward(params, x, "tanh", "softmax_ce")
    assert y.shape == (5, 3)
    np.testing.assert_allclose(y.sum(axis=1), 1.0)
    assert [h.shape for h in cache["hidden"]] == [(5, 8), (5, 6)]
    np.testing.assert_allclose(cache["hidden"][0], np.tanh(x @ params["W1"] + params["b1"]))
    np.testing.assert_array_equal(mlp.predict(params, x, "tanh", "softmax_ce"), y)


def test_network_without_hidden_layer():
    params = {"W1": np.array([[2.0], [-1.0]]), "b1": np.array([0.5])}
    y, cache = mlp.forward(params, np.array([[1.0, 3.0]]), "relu", "identity_mse")
    assert cache["hidden"] == []
    np.testing.assert_allclose(y, [[2.0 - 3.0 + 0.5]])


def test_softmax_ce_book_values():
    # Book, ch. 4.2.2: 0.51082545709933802 when "2" is right, 2.3025840929945458 when "7" is
    assert mlp.loss(BOOK_Y, one_hot(2), "softmax_ce") == pytest.approx(0.51082545709933802, abs=1e-12)
    assert mlp.loss(BOOK_Y, one_hot(7), "softmax_ce") == pytest.approx(2.3025840929945458, abs=1e-12)


def test_softmax_ce_averages_the_batch_and_accepts_labels():
    y = np.stack([BOOK_Y, BOOK_Y])
    expected = (0.51082545709933802 + 2.3025840929945458) / 2
    assert mlp.loss(y, np.stack([one_hot(2), one_hot(7)]), "softmax_ce") == pytest.approx(expected, abs=1e-12)
    assert mlp.loss(y, np.array([2, 7]), "softmax_ce") == pytest.approx(expected, abs=1e-12)


def test_identity_mse_book_value_and_batch_mean():
    # Book, ch. 4.2.1: mean_squared_error(y, t) = 0.097500000000000031 with t at "2"
    assert mlp.loss(BOOK_Y, one_hot(2), "identity_mse") == pytest.approx(0.0975, abs=1e-12)
    # per sample 0.5 * (0 + 1) = 0.5 and 0.5 * (4 + 9) = 6.5: mean 3.5
    y = np.array([[1.0, 2.0], [3.0, 4.0]])
    assert mlp.loss(y, np.ones((2, 2)), "identity_mse") == pytest.approx(3.5, abs=1e-12)


def test_binary_cross_entropy_by_hand():
    # -ln(0.8) = 0.22314355; the book's delta lowers it by about 1e-7 / 0.8
    assert mlp.loss(np.array([0.8]), np.array([1]), "sigmoid_bce") == pytest.approx(0.2231434263, abs=1e-10)
    # (-ln 0.8 - ln 0.6) / 2 = (0.22314355 + 0.51082562) / 2
    loss = mlp.loss(np.array([[0.8], [0.4]]), np.array([1, 0]), "sigmoid_bce")
    assert loss == pytest.approx(0.36698459, abs=1e-6)


def test_accuracy_by_hand():
    y = np.array([[0.9], [0.45], [0.55], [0.2]])
    assert mlp.accuracy(y, np.array([1, 1, 0, 0]), "sigmoid_bce") == 0.5  # right, wrong, wrong, right
    scores = np.array([[0.1, 0.2, 0.7], [0.5, 0.3, 0.2], [0.2, 0.6, 0.2]])
    assert mlp.accuracy(scores, np.array([2, 1, 1]), "softmax_ce") == pytest.approx(2 / 3)
    assert mlp.accuracy(scores, np.eye(3)[[2, 1, 1]], "softmax_ce") == pytest.approx(2 / 3)
    assert mlp.accuracy(scores, scores, "identity_mse") is None


def test_total_loss_adds_half_l2_times_squared_weights_only():
    params = {"W1": np.array([[1.0], [2.0]]), "b1": np.array([5.0])}
    x, t = np.zeros((1, 2)), np.array([[5.0]])  # y = b1 = t: zero data loss
    # 0.5 * 0.1 * (1 + 4) = 0.25; the bias is not regularised
    assert mlp.total_loss(params, x, t, "tanh", "identity_mse", l2=0.1) == pytest.approx(0.25, abs=1e-12)


# --- initialisation -------------------------------------------------------------------

# a 1000 x 500 layer: He sqrt(2 / 1000) = 0.0447, Xavier sqrt(2 / 1500) = 0.0365 (and sqrt(1 / 1000) = 0.0316)
@pytest.mark.parametrize("activation, std", [("relu", math.sqrt(2 / 1000)), ("tanh", math.sqrt(2 / 1500)),
                                             ("sigmoid", math.sqrt(2 / 1500)), ("linear", math.sqrt(2 / 1500))])
def test_init_std_he_for_relu_xavier_otherwise(activation, std):
    W = mlp.init_params([1000, 500], activation)["W1"]
    assert W.std() == pytest.approx(std, rel=0.05)
    assert abs(W.mean()) < 0.05 * std


def test_init_shapes_zero_biases_and_seeds():
    params = mlp.init_params([2, 8, 8, 1], seed=3)
    assert {key: value.shape for key, value in params.items()} == {
        "W1": (2, 8), "b1": (8,), "W2": (8, 8), "b2": (8,), "W3": (8, 1), "b3": (1,)}
    assert all(not params[f"b{i}"].any() for i in (1, 2, 3))
    again = mlp.init_params([2, 8, 8, 1], seed=3)
    assert all(np.array_equal(params[key], again[key]) for key in params)
    assert not np.array_equal(params["W1"], mlp.init_params([2, 8, 8, 1], seed=4)["W1"])
    assert mlp.init_params([2, 1]).keys() == {"W1", "b1"}


# --- optimizers, one step by hand -----------------------------------------------------

def test_sgd_step():
    params = {"W": np.array([1.0, -2.0])}
    optim.SGD(lr=0.1).update(params, {"W": np.array([0.5, 1.0])})
    np.testing.assert_allclose(params["W"], [0.95, -2.1], atol=1e-15)


def test_momentum_two_steps():
    params = {"W": np.array([1.0, -2.0])}
    optimizer = optim.Momentum(lr=0.1, momentum=0.9)
    grads = {"W": np.array([0.5, 1.0])}
    optimizer.update(params, grads)  # v = -0.1 g = [-0.05, -0.1]
    np.testing.assert_allclose(params["W"], [0.95, -2.1], atol=1e-15)
    optimizer.update(params, grads)  # v = 0.9 v - 0.1 g = [-0.095, -0.19]
    np.testing.assert_allclose(params["W"], [0.855, -2.29], atol=1e-15)


def test_adam_moves_lr_per_step_for_a_constant_gradient():
    # With g constant the bias-corrected m / sqrt(v) is exactly sign(g), whatever |g|
    params = {"W": np.array([1.0, -2.0, 3.0])}
    optimizer = optim.Adam(lr=0.1, eps=0.0)
    for _ in range(3):
        optimizer.update(params, {"W": np.array([0.5, -4.0, 1e-3])})
    np.testing.assert_allclose(params["W"], [0.7, -1.7, 2.7], atol=1e-12)


def test_adam_two_different_gradients_by_hand():
    params = {"W": np.array([1.0])}
    optimizer = optim.Adam(lr=0.1, eps=0.0)
    optimizer.update(params, {"W": np.array([0.5])})  # first step: lr * sign(g)
    np.testing.assert_allclose(params["W"], [0.9], atol=1e-12)
    # m = 0.9 * 0.05 - 0.1 = -0.055, v = 0.999 * 0.00025 + 0.001 = 0.00124975
    # W -= 0.1 * (m / 0.19) / sqrt(v / 0.001999) = 0.1 * -0.2894737 / 0.7906880
    optimizer.update(params, {"W": np.array([-1.0])})
    np.testing.assert_allclose(params["W"], [0.93661035], atol=1e-8)


def test_make_optimizer():
    assert isinstance(optim.make_optimizer("sgd", 0.1), optim.SGD)
    assert isinstance(optim.make_optimizer("momentum", 0.1), optim.Momentum)
    adam = optim.make_optimizer("adam", 0.02)
    assert isinstance(adam, optim.Adam) and adam.lr == 0.02
    with pytest.raises(ValueError):
        optim.make_optimizer("rmsprop", 0.1)


# --- training -------------------------------------------------------------------------

@pytest.mark.parametrize("seed", range(5))
def test_xor_is_learned_with_one_hidden_layer(seed):
    params = mlp.init_params([2, 4, 1], "tanh", seed=seed)
    history = mlp.train(params, XOR_X, XOR_T, activation="tanh", output="sigmoid_bce",
                        optimizer=optim.Adam(0.05), epochs=2000)
    assert history.diverged_at is None
    y = mlp.predict(params, XOR_X, "tanh", "sigmoid_bce")
    assert ((y.ravel() > 0.5) == XOR_T).all()


def test_xor_is_not_learned_without_hidden_layer():
    # one line cannot separate XOR: at most 3 of the 4 points
    for seed in range(3):
        params = mlp.init_params([2, 1], "tanh", seed=seed)
        history = mlp.train(params, XOR_X, XOR_T, activation="tanh", output="sigmoid_bce",
                            optimizer=optim.Adam(0.05), epochs=3000)
        assert max(history.metrics["accuracy"]) <= 0.75
        assert mlp.accuracy(mlp.predict(params, XOR_X, "tanh", "sigmoid_bce"), XOR_T, "sigmoid_bce") <= 0.75


def test_train_step_reports_loss_before_the_update():
    params = mlp.init_params([2, 4, 1], seed=0)
    before = mlp.total_loss(params, XOR_X, XOR_T, "tanh", "sigmoid_bce", l2=0.01)
    stats = mlp.train_step(params, optim.SGD(0.5), XOR_X, XOR_T, "tanh", "sigmoid_bce", l2=0.01)
    assert stats["loss"] == pytest.approx(before, rel=1e-12)
    assert stats["accuracy"] in (0.0, 0.25, 0.5, 0.75, 1.0)
    assert mlp.total_loss(params, XOR_X, XOR_T, "tanh", "sigmoid_bce", l2=0.01) < before


def test_history_lengths_and_test_metrics():
    rng = np.random.default_rng(0)
    x, x_test = rng.normal(size=(40, 2)), rng.normal(size=(10, 2))
    t, t_test = (x[:, 0] > 0).astype(int), (x_test[:, 0] > 0).astype(int)
    params = mlp.init_params([2, 5, 2], "relu")
    history = mlp.train(params, x, t, activation="relu", output="softmax_ce", optimizer=optim.SGD(0.1),
                        epochs=7, batch_size=16, x_test=x_test, t_test=t_test)
    assert {key: len(history.series(key)) for key in ("loss", "accuracy", "test_loss", "test_accuracy")} == {
        "loss": 7, "accuracy": 7, "test_loss": 7, "test_accuracy": 7}
    assert history.diverged_at is None
    assert history.metrics["test_loss"][-1] == pytest.approx(
        mlp.total_loss(params, x_test, t_test, "relu", "softmax_ce"))
    assert all(0.0 <= a <= 1.0 for a in history.metrics["accuracy"] + history.metrics["test_accuracy"])

    without_test = mlp.train(mlp.init_params([2, 5, 1]), x, x[:, :1], activation="tanh", output="identity_mse",
                             optimizer=optim.SGD(0.1), epochs=3)
    assert len(without_test.loss) == 3 and without_test.metrics["test_loss"] == []
    assert without_test.metrics["accuracy"] == [None, None, None]


def test_mini_batches_are_shuffled_and_cover_every_row(monkeypatch):
    seen, losses = [], []
    real_step = mlp.train_step

    def recording_step(params, optimizer, x, t, *args):
        seen.append(x[:, 0].astype(int).tolist())
        stats = real_step(params, optimizer, x, t, *args)
        losses.append(stats["loss"])
        return stats

    monkeypatch.setattr(mlp, "train_step", recording_step)
    x = np.column_stack([np.arange(10.0), np.zeros(10)])  # column 0 names the row
    history = mlp.train(mlp.init_params([2, 3, 1]), x, np.zeros(10), activation="tanh", output="sigmoid_bce",
                        optimizer=optim.SGD(0.01), epochs=2, batch_size=4)
    assert [len(batch) for batch in seen] == [4, 4, 2, 4, 4, 2]
    first_epoch, second_epoch = sum(seen[:3], []), sum(seen[3:], [])
    assert sorted(first_epoch) == sorted(second_epoch) == list(range(10))
    assert first_epoch != list(range(10)) and first_epoch != second_epoch
    # an epoch's loss is its batches' losses weighted by batch size
    assert history.loss == pytest.approx([(4 * losses[0] + 4 * losses[1] + 2 * losses[2]) / 10,
                                             (4 * losses[3] + 4 * losses[4] + 2 * losses[5]) / 10])


def test_training_is_reproducible_with_a_seed():
    rng = np.random.default_rng(1)
    x, t = rng.normal(size=(30, 2)), rng.integers(0, 2, size=30)

    def trained(seed):
        params = mlp.init_params([2, 4, 1], seed=0)
        mlp.train(params, x, t, activation="tanh", output="sigmoid_bce", optimizer=optim.SGD(0.1), epochs=3,
                  batch_size=8, seed=seed)
        return params["W1"]

    np.testing.assert_array_equal(trained(5), trained(5))
    assert not np.array_equal(trained(5), trained(6))


@pytest.mark.parametrize("activation", mlp.ACTIVATIONS)
@pytest.mark.parametrize("output", mlp.OUTPUTS)
def test_float32_parameters_stay_float32(activation, output):
    params = mlp.init_params([2, 4, 3 if output == "softmax_ce" else 1], activation, seed=0, dtype=np.float32)
    _, cache = mlp.forward(params, XOR_X, activation, output)
    assert all(h.dtype == np.float32 for h in [*cache["hidden"], cache["y"]])
    history = mlp.train(params, XOR_X, XOR_T, activation=activation, output=output,
                        optimizer=optim.Adam(0.05), epochs=20)
    assert all(value.dtype == np.float32 for value in params.values())
    assert all(math.isfinite(value) for value in history.loss)


@pytest.mark.parametrize("classes", [2, 3, 5])
def test_softmax_rows_equals_the_books_softmax_and_is_overflow_safe(classes):
    from nncore.softmax import softmax

    rng = np.random.default_rng(classes)
    a = rng.normal(0.0, 5.0, size=(40, classes))
    a[0] += 1000.0  # np.exp(1000) overflows: only the max-subtracted formula survives
    a[1] -= 1000.0
    y = mlp.softmax_rows(a)
    assert y.flags.c_contiguous and y.shape == a.shape
    np.testing.assert_allclose(y, softmax(a), rtol=1e-12, atol=0)
    np.testing.assert_allclose(y.sum(axis=1), 1.0, rtol=1e-12)
    # row 2 with inputs (1, 2, 3, ...) by hand: e^k / sum e^j
    by_hand = np.exp(np.arange(classes)) / np.exp(np.arange(classes)).sum()
    np.testing.assert_allclose(mlp.softmax_rows(np.arange(classes, dtype=float)[None, :])[0], by_hand, rtol=1e-12)


@pytest.mark.parametrize("lr", [10.0, 0.01])  # diverges in the second epoch / a few epochs later
def test_divergence_is_detected_and_params_restored(lr):
    rng = np.random.default_rng(0)
    x = rng.normal(0.0, 10.0, size=(64, 2))
    t = x @ np.array([[1.0], [-2.0]])
    params = mlp.init_params([2, 8, 1], "linear", seed=0)
    history = mlp.train(params, x, t, activation="linear", output="identity_mse", optimizer=optim.SGD(lr),
                        epochs=100)
    assert history.diverged
    assert history.diverged_at >= 2 and len(history.loss) == history.diverged_at - 1
    assert math.isfinite(history.last_finite_loss) and history.last_finite_loss <= DIVERGENCE_LIMIT
    assert mlp.is_finite(params)
    # full batch: the params left behind are exactly the ones that had the last finite loss
    assert mlp.total_loss(params, x, t, "linear", "identity_mse") == history.last_finite_loss


def test_parameters_that_overflow_count_as_divergence():
    # an infinite learning rate makes every weight inf (or NaN where the gradient is 0) in one step
    params = mlp.init_params([2, 4, 1], "tanh", seed=0)
    start = {key: value.copy() for key, value in params.items()}
    with np.errstate(all="ignore"):
        history = mlp.train(params, XOR_X, XOR_T, activation="tanh", output="sigmoid_bce",
                            optimizer=optim.SGD(math.inf), epochs=5)
    assert history.diverged_at == 1
    assert history.loss == []
    assert all(np.array_equal(params[key], start[key]) for key in params)
    assert history.last_finite_loss == pytest.approx(
        mlp.total_loss(start, XOR_X, XOR_T, "tanh", "sigmoid_bce"))


def test_is_finite():
    assert mlp.is_finite({"W1": np.ones((2, 2)), "b1": np.zeros(2)})
    assert not mlp.is_finite({"W1": np.array([[1.0, np.nan]]), "b1": np.zeros(2)})
    assert not mlp.is_finite({"W1": np.ones((1, 2)), "b1": np.array([0.0, -np.inf])})


@pytest.mark.parametrize("name", ["sigmoid", "tanh", "relu", "linear"])
def test_derivative_from_the_output_equals_the_activations_derivative(name):
    """backward() uses h(1 - h), 1 - h², h > 0 and 1, the book's layer trick; they must be the derivatives."""
    from nncore.activations import ACTIVATIONS as FUNCTIONS
    from nncore.mlp import _GRAD_FROM_OUTPUT, _HIDDEN

    _, df = FUNCTIONS["identity" if name == "linear" else name]
    a = np.array([-3.0, -0.5, 0.25, 2.0])
    np.testing.assert_allclose(_GRAD_FROM_OUTPUT[name](_HIDDEN[name](a)) * np.ones_like(a), df(a), rtol=1e-12)
