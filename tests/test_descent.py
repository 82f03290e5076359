"""Gradient descent on the page's functions: paths against the closed form on quadratics, divergence,
the regime of a path against quadratic_regime, the two minima, and the page under AppTest."""
import os
import warnings

import numpy as np
import pytest

from nncore.descent import (
    LANDSCAPES,
    Landscape,
    barely_moves,
    classify_path,
    cut_at_divergence,
    descend,
    descend_batch,
    local_critical_rates,
    quadratic_regime,
    regime_of_run,
    regimes_against_lr,
    run_verdict,
)
from nncore.divergence import DIVERGENCE_LIMIT
from nncore.example_functions import function_2
from nncore.gradient import gradient_descent, numerical_gradient
from tests.app_driver import assert_healthy, click, metric, open_page, player_action, player_data
from tools.browser import chromium_available
from ui.catalog import PAGES
from ui.descent_views import learning_rate_from_log10
from ui.i18n import translate

DESCENT = next(p for p in PAGES if p.page_id == "descent")
KEY = "descent.reveal"


def shown(at, stat):
    """A figure of the step the replay shows (paused)."""
    return player_data(at, KEY)["frames"][0]["stats"][stat]
# curvatures read off the formulas by hand: x² → 2; x0² + x1² → 2, 2; x0²/20 + x1² → 1/10, 2
QUADRATICS = {"square": (2.0,), "book": (2.0, 2.0), "bowl": (0.1, 2.0)}


def well_slope(x):
    return 4 * x ** 3 - 6 * x + 1  # d/dx (x⁴ − 3x² + x)


def bisect(f, low, high):
    for _ in range(200):
        middle = (low + high) / 2
        low, high = (middle, high) if np.sign(f(middle)) == np.sign(f(low)) else (low, middle)
    return (low + high) / 2


LEFT_MINIMUM, RIGHT_MINIMUM = bisect(well_slope, -2.0, -1.0), bisect(well_slope, 1.0, 1.5)


# --- the functions ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", LANDSCAPES)
def test_exact_gradients_and_hessians_match_numerical_ones(name):
    landscape = LANDSCAPES[name]
    rng = np.random.default_rng(1)
    for _ in range(5):
        point = np.array([rng.uniform(low, high) for low, high in landscape.domain])
        np.testing.assert_allclose(landscape.gradient(point), numerical_gradient(landscape.value, point.copy()),
                                   rtol=1e-6, atol=1e-6)
        hessian = np.array([numerical_gradient(lambda p, i=i: landscape.gradient(p)[i], point.copy())
                            for i in range(landscape.dim)])
        np.testing.assert_allclose(landscape.hessian(point), hessian, rtol=1e-6, atol=1e-6)


def test_quadratics_declare_their_curvatures_and_the_book_function_is_function_2():
    for name, curvatures in QUADRATICS.items():
        assert LANDSCAPES[name].curvatures == curvatures
        assert LANDSCAPES[name].critical_lr == pytest.approx(2 / max(curvatures))
    assert LANDSCAPES["book"].value is function_2
    assert LANDSCAPES["double_well"].curvatures is None and LANDSCAPES["double_well"].critical_lr is None


def test_double_well_minima_and_their_critical_rates():
    minima = [point[0] for point in LANDSCAPES["double_well"].minima]
    np.testing.assert_allclose(minima, [LEFT_MINIMUM, RIGHT_MINIMUM], atol=1e-12)
    # near a minimum x*, the curvature is f''(x*) = 12x*² − 6, so the critical rate is 2 / f''(x*)
    expected = [2 / (12 * x ** 2 - 6) for x in (LEFT_MINIMUM, RIGHT_MINIMUM)]
    np.testing.assert_allclose(local_critical_rates(LANDSCAPES["double_well"]), expected, rtol=1e-12)
    np.testing.assert_allclose(local_critical_rates(LANDSCAPES["double_well_2d"]), expected, rtol=1e-12)
    assert local_critical_rates(LANDSCAPES["bowl"]) == [1.0]


@pytest.mark.parametrize("exponent, lr", [(-10, 1e-10), (-1, 0.1), (1, 10), (0, 1), (-0.3, 0.5), (-0.02, 0.95),
                                          (-1.3, 0.05), (-0.7, 0.2), (0.01, 1.02)])
def test_learning_rate_from_its_log(exponent, lr):
    assert learning_rate_from_log10(exponent) == lr


# --- paths against the closed form ------------------------------------------------------------------

@pytest.mark.parametrize("name", QUADRATICS)
@pytest.mark.parametrize("lr", [1e-10, 0.01, 0.1, 0.3, 0.5, 0.7, 0.95, 1.0, 1.02])
def test_quadratic_paths_follow_the_closed_form(name, lr):
    """Along an axis of curvature λ one step is x − lr·λ·x, so x_k = (1 − lr·λ)^k x_0."""
    start = np.array(LANDSCAPES[name].start)
    result = descend(LANDSCAPES[name], start, lr, 100)
    factors = 1 - lr * np.array(QUADRATICS[name])
    expected = factors ** np.arange(101)[:, None] * start
    assert result.diverged_at is None
    np.testing.assert_allclose(result.path, expected, rtol=1e-9, atol=1e-300)
    np.testing.assert_allclose(result.loss, LANDSCAPES[name].value(expected), rtol=1e-9, atol=1e-300)


def test_batch_runs_equal_single_runs():
    lrs = [0.01, 0.1, 0.5, 0.9, 1.5]
    path, values, diverged_at = descend_batch(LANDSCAPES["bowl"], (-7.0, 2.0), lrs, 30)
    for i, lr in enumerate(lrs):
        single = descend(LANDSCAPES["bowl"], (-7.0, 2.0), lr, 30)
        k = len(single.path)
        np.testing.assert_array_equal(path[:k, i], single.path)
        assert np.isnan(path[k:, i]).all()
        assert (int(diverged_at[i]) or None) == single.diverged_at


def test_the_books_numerical_path_is_the_closed_form():
    _, path = gradient_descent(function_2, np.array([-3.0, 4.0]), 0.1, 100)
    np.testing.assert_allclose(path, 0.8 ** np.arange(101)[:, None] * [-3.0, 4.0], rtol=1e-6)


# --- divergence -------------------------------------------------------------------------------------

def test_divergence_stops_at_the_first_huge_value():
    # lr 1.5 on x² from 3: x_k = 3·(−2)^k, f = 9·4^k; 9·4^8 = 589,824 is the last value under 10⁶
    result = descend(LANDSCAPES["square"], (3.0,), 1.5, 50)
    assert DIVERGENCE_LIMIT == 1e6
    assert result.diverged_at == 9
    np.testing.assert_array_equal(result.path[:, 0], 3.0 * (-2.0) ** np.arange(9))
    assert classify_path(result.path, result.loss, result.diverged_at) == "diverges"


def test_infinite_and_nan_values_end_a_run_without_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = descend(LANDSCAPES["square"], (3.0,), 1e200, 10, limit=np.inf)  # x² of 6e200 is inf
    assert result.diverged_at == 1
    np.testing.assert_array_equal(result.path, [[3.0]])


def test_the_books_run_with_lr_10_is_cut_where_it_explodes():
    final, path = gradient_descent(function_2, np.array([-3.0, 4.0]), 10.0, 100)
    np.testing.assert_allclose(final, [-2.58983747e13, -1.29524862e12], rtol=1e-6)  # as the book prints
    # each step multiplies x by 1 − 10·2 = −19: f = 25·19^(2k) is 9,025 after one step, 3,258,025 after two
    cut = cut_at_divergence(path, function_2(path))
    assert cut.diverged_at == 2
    np.testing.assert_allclose(cut.loss, [25.0, 9025.0])
    assert classify_path(cut.path, cut.loss, cut.diverged_at) == "diverges"


def test_the_books_tiny_learning_rate_barely_moves():
    final, path = gradient_descent(function_2, np.array([-3.0, 4.0]), 1e-10, 100)
    np.testing.assert_allclose(final, [-2.99999994, 3.99999992], rtol=1e-9)  # as the book prints
    # (1 − 2e-10)^100 ≈ 1 − 2e-8: it moved 5 · 2e-8 = 1e-7
    assert np.linalg.norm(path[-1] - path[0]) == pytest.approx(1e-7, rel=1e-3)
    # the minimum (0, 0) is 5 away: 1e-7 of 5 is 2e-8 of the way, far below 1 %
    assert barely_moves(path, [(0.0, 0.0)]) and classify_path(path, function_2(path)) == "converges"
    assert run_verdict("converges", path, [(0.0, 0.0)]) == "too_small"
    assert run_verdict("diverges", path, [(0.0, 0.0)]) == "diverges"
    moved = gradient_descent(function_2, np.array([-3.0, 4.0]), 0.1, 100)[1]
    assert not barely_moves(moved, [(0.0, 0.0)]) and run_verdict("converges", moved, [(0.0, 0.0)]) == "converges"
    # 0.04 of 5 (0.8 %) is too little; 0.06 (1.2 %) is not; a start on the minimum never is
    assert barely_moves([[3.0, 4.0], [2.976, 3.968]], [(0.0, 0.0)])
    assert not barely_moves([[3.0, 4.0], [2.964, 3.952]], [(0.0, 0.0)])
    assert not barely_moves([[0.0, 0.0], [0.0, 0.0]], [(0.0, 0.0)])


def test_a_run_that_bounces_back_to_its_start_has_moved():
    # f = x0² + x1², η = 1: x − 1 · 2x = −x, so the path jumps between (−3, 4) and (3, −4) and ends,
    # after an even number of steps, where it began
    path = gradient_descent(function_2, np.array([-3.0, 4.0]), 1.0, 100)[1]
    np.testing.assert_allclose(path[1], [3.0, -4.0])
    np.testing.assert_allclose(path[-1], path[0])
    assert not barely_moves(path, [(0.0, 0.0)])
    assert run_verdict("oscillates", path, [(0.0, 0.0)]) == "oscillates"


# --- regimes ----------------------------------------------------------------------------------------

def diagonal_quadratic(curvatures):
    c = np.asarray(curvatures, dtype=float)
    return Landscape(lambda x: 0.5 * np.sum(c * np.asarray(x) ** 2, axis=-1), lambda x: c * np.asarray(x),
                     lambda x: np.diag(c), "", ((-5.0, 5.0),) * len(c), (1.0,) * len(c), ((0.0,) * len(c),),
                     tuple(c))


QUADRATIC_CASES = [(LANDSCAPES[name], LANDSCAPES[name].start) for name in QUADRATICS] + [
    (LANDSCAPES["bowl"], (3.0, -0.5)), (diagonal_quadratic((0.5, 3.0, 7.0)), (1.0, -2.0, 0.5))]


@pytest.mark.parametrize("landscape, start", QUADRATIC_CASES, ids=["square", "book", "bowl", "bowl2", "3d"])
def test_path_regime_agrees_with_quadratic_regime(landscape, start):
    """Away from the borders lr·λmax = 1 and 2 (within 1 %), where 200 steps cannot show the trend."""
    top = max(landscape.curvatures)
    lrs = np.linspace(0.005, 1.5, 300) * 2 / top
    lrs = [lr for lr in lrs if min(abs(lr * top - 1), abs(lr * top - 2)) > 0.01] + [1 / top, 2 / top]
    path, values, diverged_at = descend_batch(landscape, start, lrs, 200)
    for i, lr in enumerate(lrs):
        end = diverged_at[i] or len(values)
        assert classify_path(path[:end, i], values[:end, i], diverged_at[i] or None) == \
            quadratic_regime(lr, landscape.curvatures), lr
    assert regimes_against_lr(landscape, start, lrs, 200) == [quadratic_regime(lr, landscape.curvatures) for lr in lrs]


def test_the_regime_at_the_critical_rate_is_a_bounce_for_ever():
    result = descend(LANDSCAPES["square"], (3.0,), 1.0, 40)  # x ← x − 2x = −x
    np.testing.assert_array_equal(result.path[:, 0], 3.0 * (-1.0) ** np.arange(41))
    assert classify_path(result.path, result.loss) == "oscillates" == quadratic_regime(1.0, (2.0,))


def test_the_regime_of_a_quadratic_run_shows_from_its_first_step():
    run = descend(LANDSCAPES["square"], (3.0,), 0.9, 1)  # 3 → 3 − 0.9·6 = −2.4: one step across
    np.testing.assert_allclose(run.path[:, 0], [3.0, -2.4])
    assert regime_of_run(LANDSCAPES["square"], 0.9, run) == "oscillates"
    assert classify_path(run.path, run.loss) == "converges"  # one step cannot show a zig-zag


def test_a_start_on_an_axis_feels_only_that_axis_curvature():
    # the bowl from (−7, 0): x1 stays 0 and x0 shrinks by 1 − 1.5·0.1 = 0.85 each step, although 1.5 > 2/λmax
    run = descend(LANDSCAPES["bowl"], (-7.0, 0.0), 1.5, 50)
    np.testing.assert_allclose(run.path, np.column_stack([-7.0 * 0.85 ** np.arange(51), np.zeros(51)]))
    assert regime_of_run(LANDSCAPES["bowl"], 1.5, run) == "converges" == classify_path(run.path, run.loss)
    at_minimum = descend(LANDSCAPES["book"], (0.0, 0.0), 10.0, 5)
    assert regime_of_run(LANDSCAPES["book"], 10.0, at_minimum) == "converges"
    run = descend(LANDSCAPES["bowl"], (-7.0, 2.0), 1.5, 50)
    assert regime_of_run(LANDSCAPES["bowl"], 1.5, run) == "diverges"


def test_rounding_jitter_at_a_minimum_is_not_an_oscillation():
    x = np.concatenate([1 + 0.5 ** np.arange(1, 40), 1 + np.tile([2.2e-16, 0.0], 20)])[:, None]
    assert classify_path(x, (x[:, 0] - 1) ** 2) == "converges"


def test_one_overshoot_is_not_an_oscillation_and_a_zig_zag_is():
    path = np.array([[0.0], [2.0], [1.5], [1.2], [1.1]])  # past the minimum at 1, then straight back in
    assert classify_path(path, (path[:, 0] - 1) ** 2) == "converges"
    path = np.array([[0.0], [2.0], [0.5], [1.3], [0.9]])
    assert classify_path(path, (path[:, 0] - 1) ** 2) == "oscillates"


def test_sliding_off_a_hump_is_not_divergence():
    """From 0.2, just right of the hump at 0.17, the steps grow at first while f falls."""
    result = descend(LANDSCAPES["double_well"], (0.2,), 0.01, 15)
    lengths = np.abs(np.diff(result.path[:, 0]))
    assert (np.diff(lengths) > 0).all() and (np.diff(result.loss) < 0).all()
    assert classify_path(result.path, result.loss) == "converges"


@pytest.mark.parametrize("lr, minimum, regime", [(0.05, RIGHT_MINIMUM, "converges"), (0.1, LEFT_MINIMUM, "oscillates")])
def test_the_learning_rate_decides_which_minimum(lr, minimum, regime):
    """From 2, a small rate settles in the nearby shallow minimum; 0.1 jumps over the hump into the deep one."""
    result = descend(LANDSCAPES["double_well"], (2.0,), lr, 200)
    assert result.path[-1, 0] == pytest.approx(minimum, abs=1e-9)
    assert classify_path(result.path, result.loss) == regime


def test_too_large_a_rate_flies_off_the_double_well():
    # from 2 with lr 0.2: 2 − 0.2·21 = −2.2, then −2.2 − 0.2·(−28.392) = 3.4784, then far beyond
    result = descend(LANDSCAPES["double_well"], (2.0,), 0.2, 100)
    np.testing.assert_allclose(result.path[:3, 0], [2.0, -2.2, 3.4784])
    assert result.diverged_at is not None


@pytest.mark.parametrize("start, minimum", [(0.15, LEFT_MINIMUM), (0.2, RIGHT_MINIMUM)])
def test_the_start_decides_which_minimum(start, minimum):
    result = descend(LANDSCAPES["double_well"], (start,), 0.01, 300)
    assert result.path[-1, 0] == pytest.approx(minimum, abs=1e-6)


def test_regimes_of_a_non_quadratic_are_measured_runs():
    assert regimes_against_lr(LANDSCAPES["double_well"], (2.0,), [0.05, 0.1, 0.2], 100) == \
        ["converges", "oscillates", "diverges"]


# --- the page ---------------------------------------------------------------------------------------

def final_line(at):
    return next(m.value for m in at.markdown if "`" in m.value and "x =" in m.value)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_page_opens_on_the_books_experiment(lang):
    at = open_page(DESCENT, lang=lang)
    assert_healthy(at, translate("descent.title", lang))
    assert [s.value for s in at.success] == [translate("descent.msg.converges", lang)]
    assert "(-6.11110793e-10, 8.14814391e-10)" in final_line(at)  # the book: [-6.11110793e-10  8.14814391e-10]
    assert metric(at, "descent.critical", lang) == "1"  # 2 / 2
    assert shown(at, "step") == "100 / 100"  # the whole path, as the page opens
    table = at.dataframe[0].value
    assert table.iloc[:, 0].tolist() == ["0.1", "10", "1e-10"]
    assert table.iloc[:, 2].tolist() == [translate(f"descent.regime.{r}", lang)
                                         for r in ("converges", "diverges", "too_small")]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_lr_10_reports_divergence(lang):
    at = open_page(DESCENT, lang=lang, query={"log_lr": "1"})
    assert_healthy(at, translate("descent.title", lang))
    assert len(at.error) == 1
    assert at.error[0].value == (translate("descent.msg.diverges", lang) + " "
                                 + translate("descent.diverged", lang, step=2, limit="1,000,000"))
    assert "(-2.58983747e+13, -1.29524862e+12)" in final_line(at)
    assert [i.value for i in at.info] == [translate("descent.book_keeps_going", lang)]
    # lr 10 is beyond 2/λmax = 1: the first step goes to (−3, 4) − 10·(−6, 8) = (57, −76), off the chart
    frame = player_data(at, KEY)["frames"][0]
    assert frame["stats"]["point"] == "(57, -76)"
    assert frame["note"] == translate("descent.left_view", lang, step=1)


def test_lr_1e_10_barely_moves():
    at = open_page(DESCENT, lang="en", query={"log_lr": "-10"})
    assert "(-2.99999994, 3.99999992)" in final_line(at)
    assert not at.success and translate("descent.msg.too_small", "en") in [w.value for w in at.warning]
    assert [i.value for i in at.info] == [translate("descent.barely", "en", n=100, distance="1e-07")]
    book_table = at.dataframe[0].value
    assert book_table[translate("descent.col_regime", "en")].tolist() == [
        translate(f"descent.regime.{r}", "en") for r in ("converges", "diverges", "too_small")]


def test_lr_1_is_named_an_oscillation_not_a_standstill():
    at = open_page(DESCENT, lang="en", query={"log_lr": "0"})
    assert_healthy(at, translate("descent.title", "en"))
    assert "(-3, 4)" in final_line(at)  # 100 flips of (−3, 4) → (3, −4) → (−3, 4) → …
    assert translate("descent.msg.oscillates", "en") in [w.value for w in at.warning]
    assert translate("descent.msg.too_small", "en") not in [w.value for w in at.warning]


def test_book_buttons_load_the_books_setup():
    at = open_page(DESCENT, lang="en", query={"f": "bowl", "steps": "20"})
    click(at, "η = 10")
    assert_healthy(at, translate("descent.title", "en"))
    assert at.selectbox(key="descent.f").value == "book"
    assert at.slider(key="descent.log_lr").value == 1.0 and at.slider(key="descent.steps").value == 100
    assert at.query_params["log_lr"] == "1" and at.query_params["x0_book"] == "-3"
    assert "(-2.58983747e+13, -1.29524862e+12)" in final_line(at)


def test_narrow_bowl_just_under_the_critical_rate_zig_zags():
    at = open_page(DESCENT, lang="en", query={"f": "bowl", "log_lr": "-0.02"})
    assert [w.value for w in at.warning] == [translate("descent.msg.oscillates", "en")]
    factors = next(m.value for m in at.markdown if m.value.startswith("On a quadratic"))
    # 1 − 0.95·0.1 = 0.905 along the long axis, 1 − 0.95·2 = −0.9 across the valley
    assert "0.905 along x₀ (1 − 0.95 × 0.1)" in factors and "-0.9 along x₁ (1 − 0.95 × 2)" in factors


def test_double_well_ends_in_the_minimum_the_learning_rate_picks():
    at = open_page(DESCENT, lang="en", query={"f": "double_well", "log_lr": "-1.3", "steps": "200"})
    final = float(final_line(at).split("`")[1])
    assert final == pytest.approx(RIGHT_MINIMUM, abs=1e-8)
    assert translate("descent.critical", "en") not in [m.label for m in at.metric]  # not a quadratic
    rates = ", ".join(f"{2 / (12 * x ** 2 - 6):.3f} near x = {x:.3f}" for x in (LEFT_MINIMUM, RIGHT_MINIMUM))
    assert any(rates in m.value for m in at.markdown)


def test_reset_step_and_play_replay_the_path():
    at = open_page(DESCENT, lang="en")
    player_action(at, KEY, "reset")
    assert shown(at, "step") == "0 / 100"
    assert shown(at, "point") == "(-3, 4)"
    player_action(at, KEY, "step")
    assert shown(at, "step") == "1 / 100"
    assert shown(at, "point") == "(-2.4, 3.2)"  # (−3, 4) − 0.1·(−6, 8)
    frames = player_action(at, KEY, "play")["frames"]  # one step a frame from step 1
    assert frames[3]["stats"]["step"] == "5 / 100"
    assert frames[3]["stats"]["point"] == "(-0.983, 1.31)"  # 0.8⁵ · (−3, 4) = (−0.98304, 1.31072)
    at.slider(key="descent.steps").set_value(50).run()  # a new setup: the whole path again, paused
    data = player_data(at, KEY)
    assert data["frames"][0]["stats"]["step"] == "50 / 50" and not data["playing"]


def test_play_at_the_end_replays_from_the_start_and_stops_at_the_end():
    at = open_page(DESCENT, lang="en", query={"steps": "2"})
    data = player_action(at, KEY, "play")  # from the whole path, a replay starts again at step 0
    assert [f["stats"]["step"] for f in data["frames"]] == ["0 / 2", "1 / 2", "2 / 2"] and data["final"]
    data = player_action(at, KEY, "pause", shown=2)  # what the browser sends when its last frame is shown
    assert not data["playing"] and data["frames"][0]["stats"]["step"] == "2 / 2"
    assert player_action(at, KEY, "play")["frames"][0]["stats"]["step"] == "0 / 2"


def test_a_late_copy_of_play_never_restarts_a_replay_that_has_ended():
    at = open_page(DESCENT, lang="en", query={"steps": "2"})
    player_action(at, KEY, "play", request_id="tab:1")  # replays 0, 1, 2
    data = player_action(at, KEY, "pause", shown=2, request_id="tab:2")  # the browser showed the last frame
    assert not data["playing"]
    # the browser's resent Play, still on its way when the server answered it, arrives after the Pause
    data = player_action(at, KEY, "play", shown=2, request_id="tab:1")
    assert not data["playing"] and data["frames"][0]["stats"]["step"] == "2 / 2"
    data = player_action(at, KEY, "play", shown=2, request_id="tab:3")  # a new Play replays again
    assert data["playing"] and data["frames"][0]["stats"]["step"] == "0 / 2"


def test_a_reopened_page_is_a_new_player_whose_first_request_counts():
    at = open_page(DESCENT, lang="en", query={"steps": "2"})
    player_action(at, KEY, "reset", request_id="old:7")
    data = player_action(at, KEY, "step", shown=0, request_id="new:1")
    assert data["frames"][0]["stats"]["step"] == "1 / 2"


@pytest.mark.browser
@pytest.mark.skipif(not chromium_available() and not os.environ.get("CI"), reason="no /usr/bin/chromium")
def test_play_in_the_browser_reveals_the_path_to_its_end(app, browser):
    from playwright.sync_api import expect

    from tools.browser import page_at

    with page_at(browser, f"{app.url}/descent?lang=en&f=square&log_lr=-0.05&steps=12", "en", height=1600) as page:
        player = page.locator(".nnx-player")
        expect(player).to_have_attribute("data-epoch", "12")
        page.get_by_role("button", name=translate("live.play", "en")).click()
        expect(player).not_to_have_attribute("data-epoch", "12", timeout=10_000)
        expect(player).to_have_attribute("data-epoch", "12", timeout=30_000)
        expect(page.get_by_role("button", name=translate("live.play", "en"))).to_be_visible()  # not "Pause"
        assert int(player.get_attribute("data-paints")) >= 13  # every step was painted
        assert page.locator('[data-testid="stException"]').count() == 0
