"""The course's Keras recipes: parameter counts by hand, the softmax sample's loss from its initial weights,
Adam's step, dead ReLUs, the scaling comparison, both sources of the regression data, and the page."""
import functools
import gc
import hashlib
import math
import re

import numpy as np
import pytest

from nncore import regression_data
from nncore.regression_data import FEATURE_NAMES, FEATURES, make_housing_like
from nncore.scaling import SCALINGS
from tests.app_driver import assert_healthy, click, open_page
from ui.catalog import PAGES
from ui.i18n import translate

kr = pytest.importorskip("nncore.keras_recipes")
PAGE = next(p for p in PAGES if p.page_id == "keras_recipes")


def softmax(a):
    e = np.exp(a - a.max())
    return e / e.sum()


def forward(weights, x):
    """The recipes' networks in NumPy: ReLU between Dense layers, softmax at the end."""
    h = np.asarray(x, dtype=float)
    for w, b in weights[:-1]:
        h = np.maximum(h @ w + b, 0.0)
    w, b = weights[-1]
    return softmax(h @ w + b)


@pytest.fixture
def empty_keras_home(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    return tmp_path


@pytest.fixture
def no_download(monkeypatch):
    """Any attempt by Keras to download fails the test at once (this machine has no network)."""
    from keras.src.utils import file_utils

    def refuse(*args, **kwargs):
        raise AssertionError(f"Keras tried to download {args[0]}")

    monkeypatch.setattr(file_utils, "urlretrieve", refuse)
    return file_utils


# --- the generated stand-in for Boston housing -------------------------------------------

def test_generated_data_has_the_shape_and_scales_of_boston_housing():
    (x_train, y_train), (x_test, y_test) = make_housing_like(seed=0)
    assert x_train.shape == (404, 13) and y_train.shape == (404,)
    assert x_test.shape == (102, 13) and y_test.shape == (102,)
    x, y = np.vstack([x_train, x_test]), np.concatenate([y_train, y_test])
    low, high = np.array([f[1] for f in FEATURES]), np.array([f[2] for f in FEATURES])
    assert np.all(x >= low) and np.all(x <= high)
    chas = x[:, FEATURE_NAMES.index("CHAS")]
    assert set(np.unique(chas)) == {0.0, 1.0}
    assert 0.38 <= x[:, FEATURE_NAMES.index("NOX")].min() and x[:, FEATURE_NAMES.index("NOX")].max() <= 0.87
    assert x[:, FEATURE_NAMES.index("TAX")].max() > 600  # columns in the hundreds next to columns below 1
    spans = x.max(axis=0) - x.min(axis=0)
    assert spans.max() / spans.min() > 500
    # prices in thousands of dollars like the real set's (mean 22.5, std 9.2, 5..50)
    assert y.min() >= 5.0 and y.max() <= 50.0
    assert 18 < y.mean() < 27 and 6 < y.std() < 12


def test_generated_data_is_seeded():
    first, again, other = make_housing_like(3), make_housing_like(3), make_housing_like(4)
    np.testing.assert_array_equal(first[0][0], again[0][0])
    np.testing.assert_array_equal(first[1][1], again[1][1])
    assert not np.array_equal(first[0][0], other[0][0])


def test_generated_prices_follow_the_stated_formula():
    row = np.zeros((1, 13))
    for name, value in {"RM": 7.3, "LSTAT": 6.0, "NOX": 0.55, "CRIM": math.e - 1, "TAX": 400.0, "PTRATIO": 18.5,
                        "CHAS": 1.0}.items():
        row[0, FEATURE_NAMES.index(name)] = value
    # 22 + 4.5·1 + 1.6·1² + 28·e^-1 − 0.25·6 − 12·0 − 3·log(e) − 0.008·0 − 0.6·0 + 2.5·1 + 1
    expected = 22 + 4.5 + 1.6 + 28 / math.e - 1.5 - 3 + 2.5 + 1
    assert regression_data.housing_price(row)[0] == pytest.approx(expected)
    (x, y), _ = make_housing_like(seed=0)
    inside = (regression_data.housing_price(x) > 6) & (regression_data.housing_price(x) < 49)
    noise = y[inside] - regression_data.housing_price(x[inside])
    assert abs(noise.mean()) < 0.5 and 2.0 < noise.std() < 3.0  # the noise is N(0, 2.5²)


# --- where the data comes from --------------------------------------------------------------

def test_without_a_cached_file_the_generated_data_is_shown(empty_keras_home, no_download):
    assert regression_data.cached_boston_path() is None
    ((x_train, _), _), source = kr.load_regression_data()
    assert source == "generated"
    np.testing.assert_array_equal(x_train, make_housing_like()[0][0])


def test_a_cached_file_that_is_not_the_real_one_is_left_alone(empty_keras_home, no_download):
    fake = empty_keras_home / "datasets" / "boston_housing.npz"
    fake.parent.mkdir()
    np.savez(fake, x=np.ones((10, 13)), y=np.ones(10))
    assert regression_data.cached_boston_path() is None
    assert kr.load_regression_data()[1] == "generated"
    assert fake.is_file()  # Keras would have tried to download it again and deleted it


def test_a_cached_file_is_loaded_through_keras(empty_keras_home, no_download, monkeypatch):
    """A tiny .npz stands in for the real file: its hash is made the expected one, for us and for Keras."""
    from keras.src.backend import config

    x = np.arange(30 * 13, dtype=float).reshape(30, 13)
    y = np.arange(30, dtype=float) + 5
    path = empty_keras_home / "datasets" / "boston_housing.npz"
    path.parent.mkdir()
    np.savez(path, x=x, y=y)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    monkeypatch.setattr(regression_data, "BOSTON_SHA256", digest)
    monkeypatch.setattr(config, "_KERAS_DIR", str(empty_keras_home))  # Keras read KERAS_HOME when it was imported
    monkeypatch.setattr(no_download, "validate_file",
                        lambda file, file_hash, **kwargs: hashlib.sha256(open(file, "rb").read()).hexdigest() == digest)
    assert regression_data.cached_boston_path() == path
    ((x_train, y_train), (x_test, y_test)), source = kr.load_regression_data()
    assert source == "boston"
    # the course's split: rows shuffled by RandomState(777), the last 20 % kept for testing (24 + 6 rows)
    order = np.random.RandomState(777).permutation(30)
    np.testing.assert_array_equal(x_train, x[order[:24]])
    np.testing.assert_array_equal(x_test, x[order[24:]])
    np.testing.assert_array_equal(np.concatenate([y_train, y_test]), y[order])


# --- the three models -------------------------------------------------------------------------

def test_parameter_counts_by_hand():
    assert kr.build_softmax_model().count_params() == 2 * 3 + 3
    assert kr.build_hidden_model().count_params() == (2 * 3 + 3) + (3 * 3 + 3) + (3 * 2 + 2)
    assert kr.build_regression_model().count_params() == 13 * 64 + 64 + 64 * 32 + 32 + 32 + 1 == 3009


def test_summary_text_shows_the_layer_shapes():
    hidden = kr.summary_text(kr.build_hidden_model())
    assert hidden.count("(None, 3)") == 2 and "(None, 2)" in hidden and "Total params: 29" in hidden
    regression = kr.summary_text(kr.build_regression_model())
    for shape in ("(None, 64)", "(None, 32)", "(None, 1)"):
        assert shape in regression
    assert "Total params: 3,009" in regression


def test_softmax_recipe_learns_the_sample():
    result = kr.train_recipe("softmax", epochs=30, learning_rate=0.001, seed=0)
    before = forward(result["weights_before"], kr.SOFTMAX_X[0])
    np.testing.assert_allclose(result["before"], before, atol=1e-6)
    np.testing.assert_allclose(result["after"], forward(result["weights"], kr.SOFTMAX_X[0]), atol=1e-6)
    # one sample, one batch: the first epoch's loss is computed before the first update
    assert result["history"]["loss"][0] == pytest.approx(-math.log(before[2]), abs=1e-5)
    assert len(result["history"]["loss"]) == 30 and result["history"]["loss"][-1] < result["history"]["loss"][0]
    assert result["after"][2] > result["before"][2]
    assert result["after"].sum() == pytest.approx(1.0, abs=1e-6)
    # Adam's step is about the learning rate whatever the gradient's size: 30 steps of 0.001 each
    (w, b), (w0, b0) = result["weights"][0], result["weights_before"][0]
    np.testing.assert_allclose(np.abs(np.concatenate([(w - w0).ravel(), b - b0])), 30 * 0.001, atol=0.002)
    assert result["params"] == 9 and result["diverged_at"] is None


def test_same_seed_same_run():
    first, again = (kr.train_recipe("softmax", epochs=2, seed=5) for _ in range(2))
    for (w1, b1), (w2, b2) in zip(first["weights"], again["weights"]):
        np.testing.assert_array_equal(w1, w2)
        np.testing.assert_array_equal(b1, b2)
    assert first["history"] == again["history"]


def test_hidden_recipe_matches_numpy_and_lowers_the_loss():
    result = kr.train_recipe("hidden", epochs=5, learning_rate=0.01, seed=1)
    np.testing.assert_allclose(result["before"], forward(result["weights_before"], kr.HIDDEN_X[0]), atol=1e-6)
    assert result["history"]["loss"][0] == pytest.approx(-math.log(result["before"][1]), abs=1e-5)
    assert result["history"]["loss"][-1] < result["history"]["loss"][0]
    assert result["after"][1] > result["before"][1]
    assert [w.shape for w, _ in result["weights"]] == [(2, 3), (3, 3), (3, 2)]


def test_dead_relu_layer_leaves_only_the_last_biases_learning():
    """Seed 0: the second hidden layer outputs 0 for x = [0.7, 0.2], so softmax(b3) = [0.5, 0.5] at the start
    and no gradient reaches any weight; only b3 moves."""
    result = kr.train_recipe("hidden", epochs=3, seed=0)
    hidden = kr.relu_activations(result["weights_before"], kr.HIDDEN_X)
    assert np.all(hidden[1] == 0)
    np.testing.assert_allclose(result["before"], [0.5, 0.5], atol=1e-7)
    assert result["history"]["loss"][0] == pytest.approx(math.log(2), abs=1e-6)
    for k, ((w, b), (w0, b0)) in enumerate(zip(result["weights"], result["weights_before"]), start=1):
        np.testing.assert_array_equal(w, w0)
        if k < 3:
            np.testing.assert_array_equal(b, b0)
    assert np.all(result["weights"][2][1] != result["weights_before"][2][1])


def test_regression_scores_by_hand():
    scores = kr.regression_scores([1.0, 2.0, 3.0], [1.0, 2.0, 5.0])
    assert scores["mse"] == pytest.approx(4 / 3) and scores["mae"] == pytest.approx(2 / 3)
    # deviations (-1, 0, 1) and (-5/3, -2/3, 7/3): r = 4 / sqrt(2 · 26/3)
    assert scores["corr"] == pytest.approx(4 / math.sqrt(2 * 26 / 3))
    assert math.isnan(kr.regression_scores([7.0, 7.0, 7.0], [1.0, 2.0, 5.0])["corr"])


def test_scaling_comparison_returns_three_finite_rows(monkeypatch):
    data = make_housing_like()
    fitted_on, original_fit = [], kr.fit_scaler
    monkeypatch.setattr(kr, "fit_scaler", lambda x, how: fitted_on.append((x, how)) or original_fit(x, how))
    seen = []
    rows = kr.compare_scalings(data, SCALINGS, epochs=2, batch_size=64, seed=0,
                               report=lambda i, scaling, epoch: seen.append((i, scaling, epoch)))
    # the scaling's statistics come from the training rows only
    assert [how for _, how in fitted_on] == list(SCALINGS)
    assert all(x is data[0][0] for x, _ in fitted_on)
    assert [row["scaling"] for row in rows] == list(SCALINGS)
    assert seen == [(i, scaling, epoch) for i, scaling in enumerate(SCALINGS) for epoch in (1, 2)]
    for row in rows:
        assert all(math.isfinite(row[name]) for name in ("mse", "mae", "corr"))
        assert len(row["history"]["loss"]) == 2 and row["history"]["loss"][1] < row["history"]["loss"][0]
        assert row["predictions"].shape == (102,)
        errors = row["predictions"] - row["targets"]
        assert (row["mse"] == pytest.approx(np.mean(errors ** 2))
                and row["mae"] == pytest.approx(np.mean(np.abs(errors))))
    # the same architecture each time (Keras numbers the names of models made in the same thread)
    tables = [re.sub(r"\s+", " ", re.sub(r"\w+ \(Dense\)", "(Dense)", row["summary"].split("\n", 1)[1]))
              for row in rows]
    assert tables[0] == tables[1] == tables[2] and "(None, 64)" in tables[0]


# --- the page -----------------------------------------------------------------------------------

def counting(monkeypatch, name):
    calls = []
    original = getattr(kr, name)

    @functools.wraps(original)
    def wrapper(*args, **kwargs):
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(kr, name, wrapper)
    return calls


def test_page_trains_a_and_c_in_english(empty_keras_home, no_download, monkeypatch):
    recipe_runs, regression_runs = counting(monkeypatch, "train_recipe"), counting(monkeypatch, "compare_scalings")
    collections = []
    monkeypatch.setattr(gc, "collect", lambda *args: collections.append(args))
    at = open_page(PAGE, lang="en", query={"a_epochs": "3", "c_epochs": "1", "c_batch": "128"}, timeout=120)
    assert_healthy(at, "Keras recipes")
    notice = translate("keras_recipes.data_generated", "en", train=404, test=102)
    assert notice in [i.value for i in at.info]
    assert [i.value for i in at.info].count(translate("keras_recipes.press_train", "en")) == 3
    assert "def build_softmax_model(learning_rate=0.001):" in "\n".join(c.value for c in at.code)

    assert collections == []  # no full collection after a run that trains nothing
    click(at, translate("keras_recipes.train_a", "en", epochs=3))
    assert_healthy(at, "Keras recipes")
    assert len(recipe_runs) == 1 and recipe_runs[0][:2] == ("softmax", 3)
    assert len(collections) == 1  # one, after the training
    probability = next(m for m in at.metric if m.label == translate("keras_recipes.p_target", "en", k=2))
    assert probability.delta.startswith("+")
    assert next(m for m in at.metric if m.label == translate("keras_recipes.prob_sum", "en")).value == "1.000000"
    assert any("Total params: 9" in c.value for c in at.code)

    click(at, translate("keras_recipes.train_c", "en", n=3))
    assert_healthy(at, "Keras recipes")
    table = at.dataframe[-1].value
    assert list(table.iloc[:, 0]) == ["Raw", "Min-max", "Standardised"]
    assert all(math.isfinite(float(v)) for v in table.iloc[:, 1:].to_numpy().ravel())
    assert len(regression_runs) == 1

    at.toggle(key="keras_recipes.a_change").set_value(True).run()  # a rerun that needs no training
    assert_healthy(at, "Keras recipes")
    assert len(recipe_runs) == 1 and len(regression_runs) == 1
    assert at.dataframe[-1].value.equals(table)
    assert at.query_params["a_change"] == "1"


def test_page_trains_b_in_korean_and_warns_of_dead_relus(empty_keras_home, no_download):
    at = open_page(PAGE, lang="ko", query={"b_epochs": "2", "b_seed": "0"}, timeout=120)
    assert_healthy(at, "Keras 레시피")
    assert translate("keras_recipes.data_generated", "ko", train=404, test=102) in [i.value for i in at.info]
    click(at, translate("keras_recipes.train_b", "ko", epochs=2))
    assert_healthy(at, "Keras 레시피")
    assert translate("keras_recipes.dead_relu", "ko", k=2) in [w.value for w in at.warning]
    assert any("Total params: 29" in c.value for c in at.code)
    at.slider(key="keras_recipes.b_seed").set_value(1).run()
    assert translate("keras_recipes.settings_changed", "ko") in [i.value for i in at.info]


def test_divergence_is_found_and_not_scored():
    assert kr.diverged_at({"loss": [2.0, 1.5, float("nan"), float("nan")]}) == 3
    assert kr.diverged_at({"loss": [2.0, float("inf")]}) == 2
    assert kr.diverged_at({"loss": [2.0, 1.0]}) is None
    scores = kr.regression_scores([1.0, float("nan")], [1.0, 2.0])
    assert all(math.isnan(scores[name]) for name in ("mse", "mae", "corr"))


def test_page_sets_up_the_courses_regression_recipe(empty_keras_home, no_download):
    """Problem 57's sizes credited to the course; the course's split (seed 777) and 100 epochs by default."""
    at = open_page(PAGE, lang="ko", timeout=120)
    assert_healthy(at, translate("keras_recipes.title", "ko"))
    assert at.slider(key="keras_recipes.c_epochs").value == 100
    assert translate("keras_recipes.train_c", "ko", n=3, epochs=100) in [b.label for b in at.button]
    code = "\n".join(c.value for c in at.code)
    assert "keras.datasets.boston_housing.load_data(seed=777)" in code and "epochs=100" in code
    assert "강의 문제 57" in translate("keras_recipes.b_intro", "ko")
    assert "problem 57" in translate("keras_recipes.b_intro", "en")
