"""A live run cut into chunks and frames is the same run as one uninterrupted training; Pause goes back."""
import numpy as np
import pytest

from nncore.mlp import init_params, train
from nncore.optimizer import make_optimizer
from ui.live_run import LiveRun

RNG = np.random.default_rng(3)
X = RNG.normal(size=(23, 2))
T = (X[:, :1] * X[:, 1:] > 0).astype(float)
SETTINGS = {"activation": "tanh", "output": "sigmoid_bce", "batch_size": 7}


def new_run(optimizer):
    return LiveRun((), init_params([2, 5, 1], "tanh", 4), make_optimizer(optimizer, 0.05))


def trained(optimizer, epochs):
    """The reference: one call of nncore's train for `epochs` epochs from the same start."""
    params = init_params([2, 5, 1], "tanh", 4)
    train(params, X, T, optimizer=make_optimizer(optimizer, 0.05), epochs=epochs, seed=0, **SETTINGS)
    return params


def assert_same(params, expected):
    for name in expected:
        np.testing.assert_allclose(params[name], expected[name], rtol=0, atol=1e-12)


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_a_run_in_chunks_equals_an_uninterrupted_run(optimizer):
    run = new_run(optimizer)
    for epochs in (3, 5, 1, 11):  # mini-batches of 7 reshuffled every epoch
        run.advance(epochs, X, T, **SETTINGS)
    assert run.epoch == 20 and len(run.history.loss) == 21  # entry 0: the initial weights
    assert_same(run.params, trained(optimizer, 20))


@pytest.mark.parametrize("optimizer", ["momentum", "adam"])
def test_rewind_goes_back_to_a_frame_and_the_run_goes_on_from_there(optimizer):
    run = new_run(optimizer)
    run.start(X, T, **SETTINGS)
    for _ in range(10):  # ten frames of two epochs, each kept
        run.advance(2, X, T, **SETTINGS)
        run.snapshot()
    loss_at_8 = run.history.loss[8]
    assert run.rewind(8)
    assert run.epoch == 8 and len(run.history.loss) == 9 and run.history.loss[8] == loss_at_8
    assert_same(run.params, trained(optimizer, 8))
    run.advance(1, X, T, **SETTINGS)  # Step: exactly one epoch, with the optimizer's state of epoch 8
    assert_same(run.params, trained(optimizer, 9))
    assert not run.rewind(7)  # an epoch between frames was never kept: nothing changes
    assert run.epoch == 9


def test_a_diverging_run_stops_at_its_last_finite_weights():
    run = LiveRun((), init_params([2, 5, 1], "tanh", 4), make_optimizer("sgd", 1e4))
    run.advance(50, X, X[:, :1] * 1e3, activation="tanh", output="identity_mse")
    assert run.finished and run.history.diverged_at == run.epoch + 1
    assert all(np.isfinite(v).all() for v in run.params.values())
    assert len(run.history.loss) == run.epoch + 1 and np.isfinite(run.history.loss).all()


def test_a_replay_opens_on_its_whole_run_and_plays_within_it():
    from ui.replay import ReplayRun

    replay = ReplayRun(config=("setup",), total=12)
    assert replay.epoch == 12 and replay.finished  # a new setup is drawn whole
    sync = replay.sync
    replay.restart()
    assert replay.epoch == 0 and not replay.finished and not replay.playing and replay.sync != sync
    replay.advance(5)
    replay.advance(10)
    assert replay.epoch == 12 and replay.finished  # never beyond its last step
    assert replay.rewind(30) and replay.epoch == 12 and replay.rewind(-3) and replay.epoch == 0


def test_an_axis_pads_its_data_and_shows_a_constant_as_a_flat_line():
    from ui.live_player import padded_domain

    assert padded_domain(0.0, 10.0) == pytest.approx((-0.5, 10.5))
    assert padded_domain(-0.75, 0.0, 0.08) == pytest.approx((-0.81, 0.06))
    # f = 25 up to rounding (a run bouncing between (−3, 4) and (3, −4)): the axis spans 12.5 … 37.5
    assert padded_domain(25 - 4e-15, 25 + 4e-15) == pytest.approx((12.5, 37.5))
    assert padded_domain(0.0, 0.0) == (-1.0, 1.0)
