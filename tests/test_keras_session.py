"""Keras shared by many sessions: one turn at a time, and Streamlit's reset never cuts into a turn."""
import gc
import sys
import threading

import keras
import numpy as np
import pytest

from nncore.keras_digits import train_mlp
from ui.keras_session import guard_session_reset, keras_turn


@pytest.fixture
def guarded(monkeypatch):
    """Keras' own clear_session, wrapped as app.py wraps it (restored after the test)."""
    original = getattr(keras.backend.clear_session, "wrapped", keras.backend.clear_session)
    monkeypatch.setattr(keras.backend, "clear_session", original)
    guard_session_reset()
    guard_session_reset()  # a second run leaves the wrapper as it is
    assert keras.backend.clear_session.wrapped is original
    return original


def test_the_reset_keeps_its_effect_but_not_the_collection(guarded, monkeypatch):
    collections = []
    monkeypatch.setattr(gc, "collect", lambda *args: collections.append(args))
    keras.layers.Dense(2)
    keras.backend.clear_session()  # what Streamlit calls after every run
    assert collections == []
    assert keras.layers.Dense(2).name == "dense"  # Keras' global state was reset
    guarded()  # the unwrapped function collects: the test would notice if the wrapper did nothing
    assert collections


def test_the_reset_waits_for_no_one_and_leaves_a_running_turn_alone(guarded):
    keras.layers.Dense(2)
    started, release = threading.Event(), threading.Event()

    def other_session():
        with keras_turn():
            started.set()
            release.wait(10)

    thread = threading.Thread(target=other_session)
    thread.start()
    started.wait(10)
    keras.backend.clear_session()  # returns at once: another session is in its turn
    assert keras.layers.Dense(2).name == "dense_1"  # nothing was reset
    release.set()
    thread.join()
    keras.backend.clear_session()
    assert keras.layers.Dense(2).name == "dense"


def test_a_session_that_has_to_wait_is_told_so():
    waited, entered = [], threading.Event()
    with keras_turn(on_wait=lambda: waited.append("mine")):
        pass
    assert waited == []

    def other_session():
        with keras_turn(on_wait=lambda: waited.append("theirs")):
            entered.set()

    with keras_turn():
        thread = threading.Thread(target=other_session)
        thread.start()
        assert not entered.wait(0.5)  # still waiting for this turn to end
        assert waited == ["theirs"]
    assert entered.wait(10)
    thread.join(10)


def small_digits(seed):
    rng = np.random.default_rng(seed)
    x = rng.integers(0, 256, (240, 28, 28), dtype=np.uint8)
    y = rng.integers(0, 10, 240)
    return x[:160], y[:160], x[160:], y[160:]


def session_training(seed):
    """What "Train your own" does for one student: a seeded fit and evaluate, in a Keras turn."""
    with keras_turn():
        model, history, accuracy = train_mlp(small_digits(seed), (16,), 3, 32, "adam", seed=seed)
        return history["loss"], accuracy, [w.copy() for w in model.get_weights()]


def test_four_sessions_training_at_once_each_get_their_solo_result(guarded):
    seeds = (1, 2, 3, 4)
    solo = {seed: session_training(seed) for seed in seeds}
    results, errors, done = {}, [], threading.Event()

    def student(seed):
        try:
            results[seed] = session_training(seed)
        except Exception as error:  # noqa: BLE001 - collected and reported by the test
            errors.append(error)

    def reruns():  # other sessions' script runs end with Streamlit's reset, many times a second
        while not done.wait(0.02):
            keras.backend.clear_session()

    resetter = threading.Thread(target=reruns)
    students = [threading.Thread(target=student, args=(seed,)) for seed in seeds]
    resetter.start()
    for thread in students:
        thread.start()
    for thread in students:
        thread.join(120)
    done.set()
    resetter.join()
    assert errors == []
    for seed in seeds:
        loss, accuracy, weights = results[seed]
        assert loss == solo[seed][0] and accuracy == solo[seed][1]
        for ours, alone in zip(weights, solo[seed][2]):
            np.testing.assert_array_equal(ours, alone)


def test_without_keras_nothing_is_imported(monkeypatch):
    monkeypatch.delitem(sys.modules, "keras")
    guard_session_reset()
    assert "keras" not in sys.modules


def traced_graphs():
    gc.collect()
    return sum(type(obj).__name__ == "FuncGraph" for obj in gc.get_objects())


def custom_gradients():
    from tensorflow.python.framework import ops

    return {name for name in ops._gradient_registry._registry if name.startswith("CustomGradient-")}


def test_a_finished_training_leaves_no_traced_graph_behind():
    session_training(5)  # TensorFlow's own first-use state, once per process
    graphs, registered = traced_graphs(), custom_gradients()
    for seed in (6, 7, 8):
        loss, _, _ = session_training(seed)
        assert np.isfinite(loss).all()  # each training still traces and differentiates its own step
    assert custom_gradients() == registered
    assert traced_graphs() == graphs


def test_custom_gradients_registered_outside_a_turn_are_kept():
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
    model.compile(optimizer="sgd", loss="mse")
    model.fit(np.ones((4, 3)), np.ones(4), verbose=0)  # registers a custom gradient, not in a turn
    registered = custom_gradients()
    assert registered
    with keras_turn():
        pass
    assert custom_gradients() == registered
