"""The overshooting page: descent paths against the closed form of gradient descent on a quadratic,
divergence found at the step the closed form predicts, the TensorFlow loop giving the same path, the
chart tables, and the page under AppTest."""
import inspect
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nncore.line_fit import descend_line, expected_stable_learning_rate, make_line_data
from tests.app_driver import assert_healthy, click, metric, open_page, page_successes, player_action, player_data
from ui.catalog import PAGES
from ui.frame import source_without_import
from ui.i18n import translate
from ui.line_fit_charts import line_frame

OVERSHOOT = next(p for p in PAGES if p.page_id == "overshoot")
TITLE = {lang: translate("overshoot.title", lang) for lang in ("ko", "en")}
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = dict(b=1.0, w=2.0, n=100, noise=0.5, seed=0)  # the page's defaults


# --- the closed form, worked independently of nncore.line_fit -------------------------------------

def quadratic(x, y):
    """The loss mean((b + w·x − y)²) as optimum θ*, minimum L* and Hessian H = (2/n)·XᵀX."""
    slope, intercept = np.polyfit(x, y, 1)
    optimum = np.array([intercept, slope])
    m1, m2 = np.mean(x), np.mean(x * x)
    hessian = 2 * np.array([[1.0, m1], [m1, m2]])
    return optimum, np.mean((intercept + slope * x - y) ** 2), hessian


def closed_form_path(x, y, lr, steps, start=0.0):
    """θ_k = θ* + (I − lr·H)^k (θ_0 − θ*) from θ_0 = (start, start), and L_k = L* + ½ (θ_k − θ*)ᵀ H (θ_k − θ*)."""
    optimum, best, hessian = quadratic(x, y)
    step = np.eye(2) - lr * hessian
    errors = [np.linalg.matrix_power(step, k) @ (start - optimum) for k in range(steps + 1)]
    return optimum + np.array(errors), np.array([best + 0.5 * e @ hessian @ e for e in errors])


def largest_curvature(x):
    """λ_max of 2·[[1, m1], [m1, m2]]: (1 + m2) + √((1 − m2)² + 4·m1²)."""
    m1, m2 = np.mean(x), np.mean(x * x)
    return (1 + m2) + np.sqrt((1 - m2) ** 2 + 4 * m1 ** 2)


def first_step_above(losses, limit=1e6):
    return next(k for k, loss in enumerate(losses) if not loss <= limit)


def standardised(x):
    return (x - x.mean()) / x.std()


# --- TensorFlow's loop -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def tf_line_fit():
    return pytest.importorskip("nncore.tf_line_fit")


def test_tensorflow_path_is_the_closed_form_path(tf_line_fit):
    x, y = make_line_data(scale=1.0, **DEFAULT_DATA)
    run, learning_rate = tf_line_fit.descend_line_tf(x, y, 0.1, 30, start=0.0)
    keras_lr = float(np.float32(0.1))  # Keras keeps the learning rate as a float32 variable
    assert learning_rate == keras_lr and run.diverged_at is None
    path, losses = closed_form_path(x, y, keras_lr, 30)
    np.testing.assert_allclose(run.path, path, rtol=0, atol=1e-10)
    np.testing.assert_allclose(run.loss, losses, rtol=1e-10)
    np.testing.assert_allclose(run.path, descend_line(x, y, keras_lr, 30).path, rtol=0, atol=1e-12)
    # against exactly 0.1 the float32 rounding (1.5e-8 relative) shows, and stays that small
    exact = descend_line(x, y, 0.1, 30).path
    assert 0 < np.abs(run.path - exact).max() < 1e-6


def test_tensorflow_detects_divergence_where_the_closed_form_passes_the_limit(tf_line_fit):
    x, y = make_line_data(scale=5.0, **DEFAULT_DATA)
    run, _ = tf_line_fit.descend_line_tf(x, y, 0.1, 60, start=0.0)
    _, losses = closed_form_path(x, y, float(np.float32(0.1)), 60)
    expected = first_step_above(losses)
    assert expected < 60 and run.diverged_at == expected
    assert len(run.path) == expected and np.isfinite(run.loss).all()
    np.testing.assert_allclose(run.loss, losses[:expected], rtol=1e-9)


def test_standardised_path_follows_the_closed_form_and_lands_in_one_step_at_half():
    """Standardised x has mean 0 and mean square 1, so H = 2·I: a learning rate of 0.5 lands on θ* at once."""
    x, y = make_line_data(scale=5.0, **DEFAULT_DATA)
    z = standardised(x)
    run = descend_line(z, y, 0.1, 40)
    path, _ = closed_form_path(z, y, 0.1, 40)
    np.testing.assert_allclose(run.path, path, rtol=0, atol=1e-10)
    one = descend_line(z, y, 0.5, 1).path[1]
    np.testing.assert_allclose(one, [y.mean(), np.mean(z * y)], atol=1e-12)  # b* = ȳ, w* = cov(z, y)


def test_expected_limit_for_x_uniform_on_zero_to_five():
    # E x = 2.5, E x² = 25/3: H = 2·[[1, 2.5], [2.5, 25/3]]; trace 28/3, determinant 25/12 before the factor 2,
    # largest eigenvalue (28/3 + √((28/3)² − 25/3)) / 2 = 9.1045, so the limit is 2 / (2 · 9.1045) = 0.10984
    largest = (28 / 3 + np.sqrt((28 / 3) ** 2 - 4 * 25 / 12)) / 2
    assert expected_stable_learning_rate(5.0) == pytest.approx(1 / largest, rel=1e-12)
    assert expected_stable_learning_rate(5.0) == pytest.approx(0.10984, abs=1e-5)
    x = np.random.default_rng(0).uniform(0, 5, 1_000_000)  # many points: the drawn limit reaches it
    assert 2 / largest_curvature(x) == pytest.approx(expected_stable_learning_rate(5.0), rel=5e-3)


# --- the chart tables --------------------------------------------------------------------------------

def test_line_frame_keeps_the_part_inside():
    frame = line_frame(0.0, 2.0, (0.0, 5.0), (0.0, 4.0), "line")  # y = 2x leaves the top at x = 2
    assert frame[["x", "y"]].to_numpy().tolist() == [[0.0, 0.0], [2.0, 4.0]]
    assert line_frame(100.0, 0.0, (0.0, 5.0), (0.0, 4.0), "line").empty
    assert line_frame(np.nan, 1.0, (0.0, 5.0), (0.0, 4.0), "line").empty


# --- the page -----------------------------------------------------------------------------------------

def metric_value(at, label):
    """A figure of the step the replay shows: "b", "w", "step" or "loss"."""
    return player_data(at, "overshoot.path")["frames"][0]["stats"][label]


def test_narrow_x_converges_on_the_closed_form_path():
    at = open_page(OVERSHOOT, lang="en", query={"s": "1"})
    assert_healthy(at, TITLE["en"])
    x, y = make_line_data(scale=1.0, **DEFAULT_DATA)
    assert metric(at, "overshoot.limit") == f"{2 / largest_curvature(x):.4f}"
    path, _ = closed_form_path(x, y, 0.1, 300)
    assert metric_value(at, "step") == "300 / 300"
    assert (metric_value(at, "b"), metric_value(at, "w")) == (f"{path[-1][0]:.4f}", f"{path[-1][1]:.4f}")
    assert len(at.success) == 1 and at.success[0].value.startswith("**Slides straight in.**")
    assert not at.error


def test_lecture_case_overshoots_and_diverges_at_the_closed_form_step():
    at = open_page(OVERSHOOT, lang="en", query={"s": "5", "lr": "0.1"})
    assert_healthy(at, TITLE["en"])
    x, y = make_line_data(scale=5.0, **DEFAULT_DATA)
    assert float(metric(at, "overshoot.limit")) < 0.1
    _, losses = closed_form_path(x, y, 0.1, 300)
    step = first_step_above(losses)
    product = f"{0.1 * largest_curvature(x):.4g}"
    expected = (translate("overshoot.regime.diverges", "en", product=product) + " "
                + translate("overshoot.outcome.diverged", "en", step=step, loss=f"{losses[step - 1]:.4g}",
                            limit="1,000,000"))
    assert [e.value for e in at.error] == [expected]
    assert metric_value(at, "step") == f"{step} / {step}"
    assert metric_value(at, "loss") == "> 1,000,000" and metric_value(at, "b") == "–"
    caption = player_data(at, "overshoot.path")["frames"][0]["caption"]
    assert caption.startswith(f"At step {step} the loss passed 1,000,000, so its line cannot be drawn. "
                              f"The line of step {step - 1} before it")
    assert "+ −" not in caption and "+ -" not in caption


@pytest.mark.parametrize("scaling", ["minmax", "standard"])
def test_scaling_makes_the_same_learning_rate_converge(scaling):
    at = open_page(OVERSHOOT, lang="en", query={"s": "5", "lr": "0.1", "scaling": scaling})
    assert_healthy(at, TITLE["en"])
    assert not at.error and len(at.success) == 1
    assert at.success[0].value.startswith("**Slides straight in.**")
    x, y = make_line_data(scale=5.0, **DEFAULT_DATA)
    slope, intercept = np.polyfit(x, y, 1)  # scaling is affine: the best line in x's units is the raw fit
    best = np.mean((intercept + slope * x - y) ** 2)
    assert float(metric_value(at, "loss")) == pytest.approx(best, rel=0.01)
    caption = translate("overshoot.line_equation", "en", step=300, line=f"{intercept:.3f} + {slope:.3f}·x",
                        true_line="1 + 2·x")
    if scaling == "standard":  # converged to many digits: the line in x's units is the least-squares line
        assert player_data(at, "overshoot.path")["frames"][0]["caption"] == caption
    assert float(metric(at, "overshoot.limit")) > 0.1


def test_standardised_limit_is_one_and_half_lands_at_once():
    at = open_page(OVERSHOOT, lang="en", query={"s": "5", "scaling": "standard", "lr": "0.5", "steps": "10"})
    x, y = make_line_data(scale=5.0, **DEFAULT_DATA)
    z = standardised(x)
    assert metric(at, "overshoot.limit") == "1.0000"  # H = 2·I
    assert (metric_value(at, "b"), metric_value(at, "w")) == (f"{y.mean():.4f}", f"{np.mean(z * y):.4f}")


def test_standardised_at_learning_rate_one_bounces_between_two_points():
    """I − 1·H = −I: every step mirrors θ through θ*, so θ_10 = θ_0 and the loss stays mean(y²)."""
    at = open_page(OVERSHOOT, lang="en", query={"s": "5", "scaling": "standard", "lr": "1", "steps": "10"})
    assert [w.value.split("**")[1] for w in at.warning] == ["Bounces for ever."] and not at.error
    _, y = make_line_data(scale=5.0, **DEFAULT_DATA)
    assert metric_value(at, "loss") == f"{np.mean(y ** 2):.4g}"


def test_buttons_just_below_and_above_the_limit():
    at = open_page(OVERSHOOT, lang="en", query={"s": "5"})
    x, _ = make_line_data(scale=5.0, **DEFAULT_DATA)
    limit = 2 / largest_curvature(x)
    below, above = round(0.95 * limit, 3), round(1.05 * limit, 3)
    click(at, f"lr = {below:.3f}")
    assert at.slider(key="overshoot.lr").value == pytest.approx(below)
    assert [w.value.split("**")[1] for w in at.warning] == ["Overshoots, but converges."] and not at.error
    click(at, f"lr = {above:.3f}")
    assert at.slider(key="overshoot.lr").value == pytest.approx(above)
    assert at.error[0].value.startswith("**Overshoots and diverges.**")
    assert at.query_params["lr"] == f"{above:g}"


def test_reset_goes_back_to_step_zero_and_step_reveals_one_more():
    at = open_page(OVERSHOOT, lang="en", query={"s": "5"})
    total = metric_value(at, "step").split(" / ")[1]  # 44 steps up to the divergence: one a click
    player_action(at, "overshoot.path", "reset")
    assert metric_value(at, "step") == f"0 / {total}"
    player_action(at, "overshoot.path", "step")
    assert metric_value(at, "step") == f"1 / {total}"
    assert metric_value(at, "loss") != "> 1,000,000"
    at.slider(key="overshoot.steps").set_value(20).run()  # a new setup shows its whole run again
    assert metric_value(at, "step") == "20 / 20"


def test_switching_language_keeps_the_lecture_case():
    at = open_page(OVERSHOOT, lang="en", query={"s": "5", "scaling": "minmax"})
    at.sidebar.radio[0].set_value("ko").run()
    assert_healthy(at, TITLE["ko"])
    assert at.slider(key="overshoot.s").value == 5.0
    assert at.success[0].value.startswith("**곧바로 수렴합니다.**")
    assert at.query_params["lang"] == "ko" and at.query_params["scaling"] == "minmax"


def test_tensorflow_runs_the_lecture_setting_by_default(tf_line_fit):
    at = open_page(OVERSHOOT, lang="en")
    assert inspect.getsource(tf_line_fit.descend_line_tf).rstrip() in [c.value for c in at.code]
    assert translate("overshoot.tf_run", "en", steps=100) in [b.label for b in at.button]
    click(at, "Run in TensorFlow")
    assert_healthy(at, TITLE["en"])
    # the lecture: 500 points in [0, 5], no noise, lr 0.1 from b = w = 0.5, 100 steps
    x, y = make_line_data(scale=5.0, **{**DEFAULT_DATA, "n": 500, "noise": 0.0})
    _, losses = closed_form_path(x, y, 0.1, 100, start=0.5)
    shown = first_step_above(losses) - 1 if losses.max() > 1e6 else 100
    assert [s.value for s in at.success] == [translate("overshoot.tf_same", "en", steps=shown)]
    assert float(metric(at, "overshoot.tf_gap_same")) < 1e-9


def test_tensorflow_button_runs_the_shown_code_on_the_settings_above(tf_line_fit):
    at = open_page(OVERSHOOT, lang="en", query={"s": "5", "lr": "0.1", "steps": "60", "tf_data": "page"})
    click(at, "Run in TensorFlow")
    assert_healthy(at, TITLE["en"])
    x, y = make_line_data(scale=5.0, **DEFAULT_DATA)
    _, losses = closed_form_path(x, y, 0.1, 60)
    assert page_successes(at) == [translate("overshoot.tf_same", "en", steps=first_step_above(losses) - 1)]
    assert float(metric(at, "overshoot.tf_gap_same")) < 1e-9
    assert metric(at, "overshoot.tf_keras_lr") == f"{float(np.float32(0.1)):.12g}"
    at.slider(key="overshoot.steps").set_value(50).run()
    stale = translate("overshoot.tf_stale", "en")
    assert [i.value for i in at.info if i.value == stale] == [stale]


def test_tf_source_is_read_without_importing_tensorflow():
    """The page shows the TensorFlow function before anyone runs it: the text must be the real source."""
    code = ("import sys; from ui.frame import source_without_import; "
            "text = source_without_import('nncore.tf_line_fit', 'descend_line_tf'); "
            "print(text.splitlines()[0], 'tensorflow' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.stdout.split() == ["def", "descend_line_tf(x,", "y,", "lr,", "steps,", "start=0.5):",
                                     "False"], result.stderr
    from nncore import tf_line_fit
    assert source_without_import("nncore.tf_line_fit", "descend_line_tf") == inspect.getsource(
        tf_line_fit.descend_line_tf).rstrip()


def test_the_page_opens_on_a_divergence_for_every_data_seed():
    at = open_page(OVERSHOOT, lang="en")
    diverges = translate("overshoot.regime.diverges", "en", product="\0").split("\0")[0]
    for seed in range(21):
        at.slider(key="overshoot.seed").set_value(seed).run()
        assert_healthy(at, TITLE["en"])
        assert len(at.error) == 1 and at.error[0].value.startswith(diverges), seed
        assert float(metric(at, "overshoot.limit")) < 0.1 / 2, seed  # clearly: lr 0.1 is over twice the limit
    at.radio(key="overshoot.scaling").set_value("standard").run()  # the cure, one click away
    assert not at.error and float(metric(at, "overshoot.limit")) == pytest.approx(1.0)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_lectures_setting_is_a_preset_explained_as_borderline(lang):
    at = click(open_page(OVERSHOOT, lang=lang), translate("overshoot.lecture", lang))
    assert_healthy(at, translate("overshoot.title", lang))
    values = {name: at.slider(key=f"overshoot.{name}").value for name in ("s", "n", "noise", "lr", "steps", "start")}
    assert values == {"s": 5.0, "n": 500, "noise": 0.0, "lr": 0.1, "steps": 100, "start": 0.5}
    x, _ = make_line_data(1.0, 2.0, 5.0, 500, 0.0, seed=0)
    limit = 2 / largest_curvature(x)
    assert abs(0.1 - limit) < 0.15 * limit  # within 15 % of this draw's limit
    expected = translate("overshoot.borderline", lang, lr="0.1", s="5", expected="0.110", limit=f"{limit:.4f}", n=500)
    assert [i.value for i in at.info if i.value.startswith(expected[:20])] == [expected]
    # the run starts at b = w = 0.5 and lasts 100 steps (or stops earlier when this draw diverges)
    first = player_action(at, "overshoot.path", "reset")["frames"][0]
    assert (first["stats"]["b"], first["stats"]["w"]) == ("0.5000", "0.5000")



def test_a_line_is_written_with_the_slopes_sign():
    from ui.line_fit_layers import line_text

    assert line_text(-14.0642, -100.5471, ".3f") == "−14.064 − 100.547·x"
    assert line_text(1, 2, "g") == "1 + 2·x"
    assert line_text(0.5, -1e-5, "g") == "0.5 − 1e−05·x"
