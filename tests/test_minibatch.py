"""Mini-batch gradient descent on the line: against full-batch descent, updates worked by hand, how rows are
sampled, the epochs/steps arithmetic of the course and the book, the contour ellipses; then the page."""
import numpy as np
import pytest

from nncore.divergence import DIVERGENCE_LIMIT
from nncore.line_fit import descend_line, least_squares_line, line_loss, make_line_data
from nncore.minibatch import (
    SAMPLINGS,
    descent_kind,
    epoch_arithmetic,
    epoch_batches,
    final_loss_grid,
    loss_ellipses,
    sgd_line,
)
from tests.app_driver import assert_healthy, metric, open_page, player_action, player_data
from ui.catalog import PAGES
from ui.i18n import translate

PAGE = next(p for p in PAGES if p.page_id == "minibatch")


def title(lang):
    return translate("minibatch.title", lang)


# --- nncore ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sampling", ["slice", "shuffle"])
@pytest.mark.parametrize("lr, epochs", [(0.1, 25), (0.9, 60)])  # 0.9 > 2/λ_max ≈ 0.76: diverges
def test_batch_of_all_rows_is_full_batch_descent(sampling, lr, epochs):
    x, y = make_line_data(1.0, 2.0, 1.0, 40, 0.5, seed=3)
    expected = descend_line(x, y, lr, epochs, start=(0.5, -1.0))
    for batch_size in (40, 64):  # a batch larger than the data is the whole data too
        run = sgd_line(x, y, lr, epochs, batch_size, sampling, seed=7, start=(0.5, -1.0))
        assert np.array_equal(run.path, expected.path)
        assert np.array_equal(run.loss, expected.loss)
        assert run.diverged_at == expected.diverged_at
    assert (expected.diverged_at is None) == (lr == 0.1)


def test_batch_size_one_in_order_worked_by_hand():
    # rows (x, y) = (1, 3), (2, 5); lr 0.1 from (0, 0); gradient (2r, 2r·x) with r = b + w·x − y
    # update 1 on row 0: r = −3, gradient (−6, −6), (b, w) = (0.6, 0.6)
    # update 2 on row 1: r = 0.6 + 1.2 − 5 = −3.2, gradient (−6.4, −12.8), (b, w) = (1.24, 1.88)
    run = sgd_line([1.0, 2.0], [3.0, 5.0], 0.1, 1, 1, "slice")
    assert run.path == pytest.approx(np.array([[0, 0], [0.6, 0.6], [1.24, 1.88]]))
    # loss on both rows: start (9 + 25) / 2 = 17; then ((−1.8)² + (−3.2)²) / 2 = 6.74;
    # then (0.12² + 0²) / 2 = 0.0072
    assert run.loss == pytest.approx([17.0, 6.74, 0.0072])
    assert run.metrics["batch_loss"] == pytest.approx([9.0, 10.24])  # each row's own loss before its update
    assert run.steps_per_epoch == 2 and run.diverged_at is None


def test_a_smaller_last_batch_worked_by_hand():
    # rows (1, 3), (2, 5), (3, 7), batches of 2 in order, lr 0.1 from (0, 0)
    # update 1 on rows 0, 1: r = (−3, −5), gradient (2·(−4), 2·(−3 − 10)/2) = (−8, −13), (b, w) = (0.8, 1.3)
    # update 2 on row 2 alone: r = 0.8 + 3.9 − 7 = −2.3, gradient (−4.6, −13.8), (b, w) = (1.26, 2.68)
    run = sgd_line([1.0, 2.0, 3.0], [3.0, 5.0, 7.0], 0.1, 1, 2, "slice")
    assert run.path == pytest.approx(np.array([[0, 0], [0.8, 1.3], [1.26, 2.68]]))
    assert run.metrics["batch_loss"] == pytest.approx([(9 + 25) / 2, 2.3 ** 2])


def test_updates_per_epoch_round_up():
    x, y = make_line_data(0.0, 1.0, 1.0, 10, 0.1, seed=0)
    for sampling in SAMPLINGS:
        batches = epoch_batches(10, 3, sampling, np.random.default_rng(0))
        assert len(batches) == 4  # ceil(10 / 3)
        run = sgd_line(x, y, 0.05, 2, 3, sampling, seed=1)
        assert run.steps_per_epoch == 4
        assert len(run.path) == len(run.loss) == 9 and len(run.metrics["batch_loss"]) == 8
    assert [len(b) for b in epoch_batches(10, 3, "slice", None)] == [3, 3, 3, 1]


def test_how_rows_are_picked():
    rng = np.random.default_rng(0)
    in_order = epoch_batches(10, 4, "slice", rng)
    assert [b.tolist() for b in in_order] == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]
    first, second = (np.concatenate(epoch_batches(10, 4, "shuffle", rng)) for _ in range(2))
    assert sorted(first) == sorted(second) == list(range(10))  # every row exactly once per epoch
    assert first.tolist() != second.tolist()  # in a new order
    # with replacement, a row is left out of an epoch of n draws with probability (1 − 1/n)^n ≈ 0.366
    n = 100
    left_out = [n - len(np.unique(np.concatenate(epoch_batches(n, 10, "choice", np.random.default_rng(s)))))
                for s in range(300)]
    assert np.mean(left_out) / n == pytest.approx((1 - 1 / n) ** n, abs=0.015)
    with pytest.raises(ValueError):
        epoch_batches(10, 2, "random", rng)


@pytest.mark.parametrize("sampling", SAMPLINGS)
def test_first_update_uses_the_first_epochs_first_batch(sampling):
    # the page draws the first epoch's batches with the run's seed: they must be the ones the run used
    x, y = make_line_data(1.0, 2.0, 1.0, 30, 0.5, seed=2)
    rows = epoch_batches(30, 4, sampling, np.random.default_rng(5))[0]
    r = -y[rows]  # residual at (0, 0)
    expected = -0.2 * np.array([2 * r.mean(), 2 * (r * x[rows]).mean()])
    assert sgd_line(x, y, 0.2, 1, 4, sampling, seed=5).path[1] == pytest.approx(expected)


def test_divergence_stops_at_the_first_bad_update():
    x, y = make_line_data(1.0, 2.0, 3.0, 20, 0.5, seed=1)
    run = sgd_line(x, y, 0.5, 30, 1, "slice")
    # the same updates written out: batch 1, rows in order
    b = w = 0.0
    for step in range(1, 30 * 20 + 1):
        i = (step - 1) % 20
        r = b + w * x[i] - y[i]
        b, w = b - 0.5 * 2 * r, w - 0.5 * 2 * r * x[i]
        loss = np.mean((b + w * x - y) ** 2)
        if not loss <= DIVERGENCE_LIMIT:
            break
    assert run.diverged_at == step
    assert len(run.path) == len(run.loss) == step and len(run.metrics["batch_loss"]) == step - 1
    assert np.all(np.isfinite(run.loss)) and run.loss.max() <= DIVERGENCE_LIMIT


@pytest.mark.parametrize("sampling", SAMPLINGS)
def test_grid_agrees_with_single_runs(sampling):
    x, y = make_line_data(-1.0, 1.5, 1.0, 12, 0.4, seed=4)
    lrs, sizes = (5.0, 0.3, 0.05), (1, 5, 12)
    grid = final_loss_grid(x, y, lrs, sizes, 6, sampling, seed=9)
    for i, lr in enumerate(lrs):
        for j, size in enumerate(sizes):
            run = sgd_line(x, y, lr, 6, size, sampling, seed=9)
            if run.diverged_at is None:
                assert grid[i, j] == pytest.approx(run.loss[-1], rel=1e-12)
            else:
                assert np.isnan(grid[i, j])
    assert np.isnan(grid[0]).all() and np.isfinite(grid[2]).all()


def test_epochs_and_steps_of_the_course_and_the_book():
    course = epoch_arithmetic(60000, 128, 10)
    assert course["steps_per_epoch"] == 469  # the course: Keras prints 469/469
    assert course["last_batch"] == 60000 - 468 * 128 == 96
    assert course["total_steps"] == 4690
    assert course["book_iter_per_epoch"] == 468.75
    book = epoch_arithmetic(60000, 100, 1)
    assert book["steps_per_epoch"] == 600 and book["book_iter_per_epoch"] == 600 and book["last_batch"] == 100
    assert epoch_arithmetic(60000, 32, 1)["steps_per_epoch"] == 1875  # Keras's default batch size
    tiny = epoch_arithmetic(50, 128, 3)
    assert tiny["steps_per_epoch"] == 1 and tiny["last_batch"] == 50 and tiny["book_iter_per_epoch"] == 1
    with pytest.raises(ValueError):
        epoch_arithmetic(0, 10, 1)


def test_contour_ellipses_lie_on_their_levels():
    x, y = make_line_data(1.0, 2.0, 2.0, 50, 0.5, seed=0)
    best = least_squares_line(x, y)
    floor = float(line_loss(*best, x, y))
    ellipses = loss_ellipses(x, y, [floor - 0.1, floor + 0.05, floor + 2.0], points=40)
    assert [level for level, _ in ellipses] == [floor + 0.05, floor + 2.0]
    for level, points in ellipses:
        assert line_loss(points[:, 0], points[:, 1], x, y) == pytest.approx(np.full(40, level), rel=1e-9)
        assert points[:-1].mean(axis=0) == pytest.approx(best)


# --- the page ----------------------------------------------------------------------------------------------


KEY = "minibatch.reveal"


def summary(at, lang="en"):
    """The runs table of the frame shown: {run name: {column: value}}."""
    data = player_data(at, KEY)
    columns = next(p for p in data["panels"] if p["id"] == "summary")["columns"]
    return {row[0]: dict(zip(columns, row)) for row in data["frames"][0]["cells"]["summary"]}


def epoch_shown(at):
    return player_data(at, KEY)["frames"][0]["stats"]["epoch"]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_calculator_shows_the_courses_469(lang):
    at = open_page(PAGE, lang=lang)
    assert_healthy(at, title(lang))
    assert metric(at, "minibatch.steps_per_epoch", lang) == "469"
    assert metric(at, "minibatch.total_steps", lang) == "4,690"
    assert metric(at, "minibatch.last_batch", lang) == "96"
    at.text_input(key="minibatch.cbatch").input("100").run()
    assert metric(at, "minibatch.steps_per_epoch", lang) == "600"  # the book
    at.text_input(key="minibatch.cbatch").input("12.5").run()
    assert_healthy(at, title(lang))
    assert at.error[0].value == translate("err.not_whole", lang, detail="`12.5`")
    assert metric(at, "minibatch.steps_per_epoch", lang) == "600"  # the last valid batch size is kept
    runs = summary(at)
    names = [translate(f"minibatch.run.{k}", lang) for k in ("one", "mini", "full")]
    updates = translate("minibatch.col.updates", lang)
    assert [runs[name][updates] for name in names] == [2000, 200, 20]  # 20 epochs of 100 points


def test_sampling_changes_the_small_batches_only():
    at = open_page(PAGE, lang="en")
    losses = {}
    for sampling in SAMPLINGS:
        at.radio(key="minibatch.sampling").set_value(sampling).run()
        assert_healthy(at, title("en"))
        runs = summary(at)
        losses[sampling] = [float(runs[name]["Loss on all data"])
                            for name in ("Batch size 1", "Mini-batch", "Full batch")]
    one, mini, full = zip(*losses.values())
    assert len(set(one)) == 3 and len(set(mini)) == 3  # each way of picking rows gives other paths
    assert len(set(full)) == 1  # the full batch uses every row whatever the sampling


def test_mini_batch_of_all_rows_is_the_full_batch():
    at = open_page(PAGE, lang="en", query={"n": "50", "batch": "80", "sampling": "shuffle"})
    assert_healthy(at, title("en"))
    assert translate("minibatch.capped", "en", batch=80, n=50) in [c.value for c in at.caption]
    runs = summary(at)
    mini, full = runs["Mini-batch"], runs["Full batch"]
    assert mini["Batch size"] == full["Batch size"] == 50
    assert mini["Loss on all data"] == full["Loss on all data"] and mini["Updates so far"] == full["Updates so far"]
    assert not at.info
    at.radio(key="minibatch.sampling").set_value("choice").run()  # with replacement: not the full batch
    runs = summary(at)
    assert runs["Mini-batch"]["Loss on all data"] != runs["Full batch"]["Loss on all data"]
    assert at.info[0].value.startswith(translate("minibatch.choice_is_not_full", "en", n=50, never="\0").split("\0")[0])


def test_divergence_is_reported_not_drawn():
    at = open_page(PAGE, lang="ko", query={"lr": "1"})
    assert_healthy(at, title("ko"))
    note = player_data(at, KEY)["frames"][0]["note"]
    before_the_step = translate("minibatch.diverged", "ko", run="\0", step="\0", epoch=0, loss=0).split("\0")[1]
    assert note.count(before_the_step) == 3  # 1 > 2/λ_max: all three runs blow up
    assert translate("minibatch.run.full", "ko") + before_the_step in note
    loss = translate("minibatch.col.loss", "ko")
    assert all(np.isfinite(float(row[loss])) for row in summary(at, "ko").values())


def test_step_and_reset_reveal_the_runs_epoch_by_epoch():
    at = open_page(PAGE, lang="en", query={"epochs": "5"})
    assert epoch_shown(at) == "5.0 / 5"  # a new setup is drawn in full
    player_action(at, KEY, "step")  # replays from the start
    assert epoch_shown(at) == "1.0 / 5"
    player_action(at, KEY, "reset")
    assert epoch_shown(at) == "0.0 / 5"
    runs = summary(at)
    assert [runs[name]["Updates so far"] for name in ("Batch size 1", "Mini-batch", "Full batch")] == [0, 0, 0]
    player_action(at, KEY, "step")
    player_action(at, KEY, "step")
    assert_healthy(at, title("en"))
    assert epoch_shown(at) == "2.0 / 5"
    runs = summary(at)
    assert [runs[name]["Updates so far"] for name in ("Batch size 1", "Mini-batch", "Full batch")] == [200, 20, 2]


def test_play_moves_every_run_by_its_own_updates_per_epoch():
    at = open_page(PAGE, lang="en", query={"epochs": "5"})
    frames = player_action(at, KEY, "play")["frames"]  # from the whole run: again from epoch 0, a tenth a frame
    assert [f["stats"]["epoch"] for f in frames[:3]] == ["0.0 / 5", "0.1 / 5", "0.2 / 5"]
    half = next(f for f in frames if f["stats"]["epoch"] == "0.5 / 5")
    assert [half["stats"][f"updates{i}"] for i in range(3)] == ["50", "5", "0"]  # 100 points: batches of 1, 10, 100


@pytest.mark.parametrize("batch_size, n, kind", [(100, 100, "batch"), (500, 100, "batch"), (1, 100, "stochastic"),
                                                  (10, 100, "mini_batch"), (1, 1, "batch")])
def test_descent_is_named_by_its_batch_size(batch_size, n, kind):
    assert descent_kind(batch_size, n) == kind
