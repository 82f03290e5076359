"""Regression with hidden layers: the lecture's targets, parameter counts by hand, the collapse of linear
layers, the page's "getting stuck" experiments, and the page under AppTest."""
import numpy as np
import pytest

from nncore.curve_fit import (
    TARGETS,
    collapsed_line,
    dead_units,
    flat_line_loss,
    layer_sizes,
    make_data,
    parameter_breakdown,
    parameter_count,
    plane_coefficients,
)
from nncore.mlp import forward, init_params, loss, predict, train
from nncore.optimizer import make_optimizer
from tests.app_driver import assert_healthy, metric, open_page, player_action, player_data
from ui.catalog import PAGES
from ui.hidden_regression_charts import linear_latex, target_latex
from ui.i18n import LANGUAGES, translate

PAGE = next(p for p in PAGES if p.page_id == "hidden_regression")
KEY = "hidden_regression.run"


def title(lang):
    return translate("hidden_regression.title", lang)


# --- nncore.curve_fit -------------------------------------------------------------------------------


@pytest.mark.parametrize("sizes, expected", [
    ([1, 4, 1], 4 * 1 + 4 + 4 * 1 + 1),                      # the lecture's 1-4-1: 13
    ([3, 4, 1], 3 * 4 + 4 + 4 * 1 + 1),                      # 21
    ([3, 1], 3 + 1),                                          # no hidden layer: y = w·x + b
    ([1, 8, 8, 8, 1], 16 + 72 + 72 + 9),                      # 169
    ([3, 5, 3, 1], 15 + 5 + 15 + 3 + 3 + 1),                  # 42
])
def test_parameter_count_by_hand(sizes, expected):
    assert parameter_count(sizes) == expected
    params = init_params(sizes, "tanh", 0)
    assert sum(value.size for value in params.values()) == expected


def test_parameter_breakdown_rows():
    assert parameter_breakdown([3, 4, 1]) == [(3, 4, 12, 4), (4, 1, 4, 1)]
    assert layer_sizes(3, [4]) == [3, 4, 1] and layer_sizes(1, []) == [1, 1]


def test_targets_at_hand_picked_points():
    x = np.array([[0.0], [0.5], [0.6], [1.0]])
    np.testing.assert_allclose(TARGETS["parabola"].function(x), [-0.75, 0.0, -0.03, -0.75])
    # (-.3)(-.6)(-.9) = -0.162; (.2)(-.1)(-.4) = 0.008; 0.6 is a root; (.7)(.4)(.1) = 0.028
    np.testing.assert_allclose(TARGETS["cubic"].function(x), [4.838, 5.008, 5.0, 5.028])
    np.testing.assert_allclose(TARGETS["line"].function(x), [1.0, 2.0, 2.2, 3.0])
    three = np.array([[1.0, 1.0, 1.0], [0.5, 0.25, 1.0]])
    np.testing.assert_allclose(TARGETS["plane"].function(three, 2.0), [0.0, 1.0 - 1.0 + 2.0])
    np.testing.assert_allclose(TARGETS["plane"].function(three, 3.0), [1.0, 1.5 - 1.0 + 2.0])
    assert [TARGETS[name].inputs for name in ("parabola", "cubic", "line", "plane")] == [1, 1, 1, 3]
    assert target_latex("plane", 2.5) == r"y = 2.5\,x_1 - 4x_2 + 2x_3"
    weights, intercept = plane_coefficients(2.5)
    assert weights.tolist() == [2.5, -4.0, 2.0] and intercept == 0.0


def test_make_data_in_unit_interval_and_reproducible():
    x, y = make_data("plane", 40, 0.0, 3, a=1.5)
    assert x.shape == (40, 3) and y.shape == (40,)
    assert x.min() >= 0.0 and x.max() <= 1.0
    np.testing.assert_allclose(y, 1.5 * x[:, 0] - 4 * x[:, 1] + 2 * x[:, 2])
    x2, y2 = make_data("plane", 40, 0.0, 3, a=1.5)
    np.testing.assert_array_equal(x, x2)
    np.testing.assert_array_equal(y, y2)


def test_noise_is_a_fraction_of_the_targets_range():
    x, y = make_data("line", 20000, 0.1, 0)
    clean = 2 * x[:, 0] + 1
    spread = clean.max() - clean.min()  # close to 2, the line's rise over [0, 1]
    assert np.std(y - clean) == pytest.approx(0.1 * spread, rel=0.03)


def test_flat_line_loss_by_hand():
    # mean 3, squared deviations 4, 1, 0, 9: mean 3.5, halved 1.75
    assert flat_line_loss([1.0, 2.0, 3.0, 6.0]) == pytest.approx(1.75)
    assert flat_line_loss([0.0, 2.0]) == pytest.approx(0.5)


def test_dead_units_counts_units_silent_on_every_point():
    layer1 = np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 0.0], [0.0, 2.0, 0.0]])
    layer2 = np.array([[0.5, 0.0], [0.0, 0.0], [0.0, 0.0]])
    assert dead_units([layer1, layer2]) == [2, 1]
    assert dead_units([]) == []


def test_linear_latex():
    assert linear_latex([2.0], 1.0) == r"y = 2\,x + 1"
    assert linear_latex([-0.5], -0.25) == r"y = -0.5\,x - 0.25"
    assert linear_latex([3.0, -4.0, 2.0], 0.0) == r"y = 3\,x_1 - 4\,x_2 + 2\,x_3 + 0"
    assert linear_latex([1 / 3], 2 / 3) == r"y = 0.3333\,x + 0.6667"


def test_collapsed_line_hand_example():
    # 3·(2x + 1) - 1 = 6x + 2
    params = {"W1": np.array([[2.0]]), "b1": np.array([1.0]), "W2": np.array([[3.0]]), "b2": np.array([-1.0])}
    w, c = collapsed_line(params)
    assert w.tolist() == [6.0] and c == 2.0


@pytest.mark.parametrize("name, hidden", [("parabola", [8, 8, 8]), ("plane", [5, 3])])
def test_linear_network_is_exactly_its_collapsed_line_after_training(name, hidden):
    x, y = make_data(name, 50, 0.1, 0, a=2.0)
    params = init_params(layer_sizes(x.shape[1], hidden), "linear", 4)
    history = train(params, x, y, activation="linear", output="identity_mse", optimizer=make_optimizer("adam", 0.03),
                    epochs=200)
    assert history.diverged_at is None and history.loss[-1] < history.loss[0]
    w, c = collapsed_line(params)
    probe = np.random.default_rng(1).uniform(-2, 3, size=(100, x.shape[1]))  # inside and outside [0, 1]
    np.testing.assert_allclose(predict(params, probe, "linear", "identity_mse")[:, 0], probe @ w + c, rtol=0, atol=1e-9)


def test_plane_without_hidden_layer_learns_a_minus_4_and_2():
    x, y = make_data("plane", 50, 0.0, 0, a=3.0)
    params = init_params([3, 1], "linear", 0)
    train(params, x, y, activation="linear", output="identity_mse", optimizer=make_optimizer("adam", 0.03), epochs=1000)
    w, c = collapsed_line(params)
    np.testing.assert_allclose(w, [3.0, -4.0, 2.0], atol=1e-4)
    assert abs(c) < 1e-4


# --- the page's "Try this" claims, on the page's default data (parabola, 50 points, no noise, data seed 0) ---


def run_default_data(activation, optimizer, lr, seed, epochs, hidden=(4,)):
    x, y = make_data("parabola", 50, 0.0, 0)
    params = init_params(layer_sizes(1, list(hidden)), activation, seed)
    history = train(params, x, y, activation=activation, output="identity_mse", optimizer=make_optimizer(optimizer, lr),
                    epochs=epochs)
    return params, history, x, y


def current_loss(params, x, y, activation):
    return loss(predict(params, x, activation, "identity_mse"), y, "identity_mse")


def test_defaults_stay_on_the_flat_line_then_bend():
    params, history, x, y = run_default_data("tanh", "adam", 0.03, 0, 300)
    flat = flat_line_loss(y)
    assert current_loss(params, x, y, "tanh") > 0.95 * flat
    params, history, x, y = run_default_data("tanh", "adam", 0.03, 0, 500)
    assert current_loss(params, x, y, "tanh") < 0.05 * flat


def test_relu_seed_8_starts_with_every_unit_dead_and_stays_flat():
    params, history, x, y = run_default_data("relu", "adam", 0.03, 8, 0)
    assert dead_units(forward(params, x, "relu", "identity_mse")[1]["hidden"]) == [4]
    params, history, x, y = run_default_data("relu", "adam", 0.03, 8, 1000)
    assert dead_units(forward(params, x, "relu", "identity_mse")[1]["hidden"]) == [4]
    prediction = predict(params, x, "relu", "identity_mse")[:, 0]
    assert np.ptp(prediction) == 0.0  # one value for every x: a flat line
    assert current_loss(params, x, y, "relu") == pytest.approx(flat_line_loss(y), rel=1e-3)


def test_relu_seed_7_fits_the_parabola():
    params, history, x, y = run_default_data("relu", "adam", 0.03, 7, 300)
    assert current_loss(params, x, y, "relu") < 0.02 * flat_line_loss(y)


def test_sigmoid_sgd_crawls_and_a_large_rate_diverges():
    params, history, x, y = run_default_data("sigmoid", "sgd", 0.1, 0, 5000)
    assert current_loss(params, x, y, "sigmoid") > 0.95 * flat_line_loss(y)
    _, history, _, _ = run_default_data("sigmoid", "sgd", 3.0, 0, 10)
    assert history.diverged_at is not None


# --- the page under AppTest ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_page_defaults(lang):
    at = open_page(PAGE, lang=lang)
    assert_healthy(at, title(lang))
    assert metric(at, "hidden_regression.param_total", lang) == "13"  # 1-4-1: (1·4 + 4) + (4·1 + 1)
    assert player_data(at, KEY)["frames"][0]["stats"]["epoch"] == "0"
    assert r"y = -3(x - 0.5)^2" in at.latex[0].value
    assert not at.error and not at.warning


def test_play_reduces_the_loss():
    at = open_page(PAGE, lang="en")
    before = float(player_data(at, KEY)["frames"][0]["stats"]["loss"])
    frames = player_action(at, KEY, "play")["frames"]
    assert_healthy(at, title("en"))
    assert [f["epoch"] for f in frames[:3]] == [5, 10, 15]
    data = player_action(at, KEY, "pause", shown=150)
    assert data["frames"][0]["epoch"] == 150 and at.session_state[KEY].epoch == 150
    assert float(data["frames"][0]["stats"]["loss"]) < before


def test_no_activation_says_why_and_gives_the_line():
    at = open_page(PAGE, lang="en", query={"act": "linear", "layers": "2", "n1": "3", "n2": "5"})
    assert [i.value for i in at.info] == [translate("hidden_regression.linear_why", "en")]
    player_action(at, KEY, "step")
    player_action(at, KEY, "step")
    assert_healthy(at, title("en"))
    assert at.session_state[KEY].epoch == 2
    params = at.session_state[KEY].params
    # the network by hand at x = 0 and x = 1: its value there is the line's intercept and slope + intercept
    def network_at(value):
        h = np.array([[value]])
        for i in (1, 2, 3):
            h = h @ params[f"W{i}"] + params[f"b{i}"]
        return float(h[0, 0])
    c = network_at(0.0)
    w = network_at(1.0) - c
    line = f"$y = {'-' if w < 0 else ''}{abs(w):.4g}\\,x {'-' if c < 0 else '+'} {abs(c):.4g}$"
    # 1-3-5-1: (1·3 + 3) + (3·5 + 5) + (5·1 + 1) = 32 parameters, but a line has 2 numbers
    expected = translate("hidden_regression.collapsed", "en", layers=2, params=32, line=line, effective=2)
    assert [s.value for s in at.success] == [expected]


def test_parameter_count_for_a_three_input_setup():
    at = open_page(PAGE, lang="ko", query={"target": "plane", "layers": "2", "n1": "5", "n2": "3"})
    assert_healthy(at, title("ko"))
    # 3-5-3-1: (3·5 + 5) + (5·3 + 3) + (3·1 + 1) = 20 + 18 + 4
    assert metric(at, "hidden_regression.param_total", "ko") == "42"
    table = at.dataframe[0].value
    assert table.iloc[:, -1].tolist() == [20, 18, 4]


def test_three_inputs_without_hidden_layer_train_and_compare_weights():
    at = open_page(PAGE, lang="en", query={"target": "plane", "a": "2", "layers": "0"})
    assert [i.value for i in at.info] == [translate("hidden_regression.no_hidden", "en")]
    assert metric(at, "hidden_regression.param_total") == "4"
    before = float(player_data(at, KEY)["frames"][0]["stats"]["loss"])
    player_action(at, KEY, "play")
    data = player_action(at, KEY, "pause", shown=20)
    assert_healthy(at, title("en"))
    assert float(data["frames"][0]["stats"]["loss"]) < before
    message = at.success[0].value
    assert r"\,x_1" in message and r"\,x_3" in message
    assert [p["title"] for p in data["panels"]] == [translate("hidden_regression.parity_title", "en"),
                                                    translate("hidden_regression.loss_title", "en")]
    assert len(data["frames"][0]["layers"]["fit"][0]["x"]) == 50  # a point per data point, predicted against actual
    assert len(at.get("vega_lite_chart")) == 1  # the weights against (a, -4, 2)


def test_dead_relu_units_are_reported():
    at = open_page(PAGE, lang="en", query={"act": "relu", "seed": "8"})
    player_action(at, KEY, "step")
    assert_healthy(at, title("en"))
    detail = translate("hidden_regression.dead_layer", "en", i=1, dead=4, units=4)
    assert at.warning[0].value.startswith(translate("hidden_regression.dead", "en", detail=detail))


def test_divergence_is_reported_not_drawn():
    at = open_page(PAGE, lang="ko", query={"opt": "sgd", "lr": "10"})
    frames = player_action(at, KEY, "play")["frames"]
    before_the_epoch = translate("live.diverged", "ko", epoch="\0", loss="").split("\0")[0]
    assert frames[-1]["end"].startswith(before_the_epoch)
    data = player_action(at, KEY, "pause", shown=frames[-1]["epoch"])
    assert_healthy(at, title("ko"))
    assert data["final"] and data["message"].startswith(before_the_epoch)
    shown = data["frames"][0]
    assert shown["stats"]["loss"] == "–" and shown["layers"]["fit"] == []  # no prediction curve
