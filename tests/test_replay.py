"""A precomputed run shown step by step (ui.replay): whole at first, then replayed from its start."""
from ui.replay import Replay


def test_whole_run_first_then_a_replay_from_the_start():
    replay = Replay(config=(), total=10)
    assert replay.visible == 10 and not replay.finished  # a new setup shows its whole run; Play may start
    replay.advance(4)  # Step or a Play frame on the whole run: the replay starts at step 0
    assert replay.visible == 4 and not replay.finished
    replay.advance(4)
    assert replay.visible == 8 and not replay.finished
    replay.advance(100)
    assert replay.visible == 10 and replay.finished


def test_a_run_of_one_step_still_has_a_step_to_show():
    replay = Replay(config=(), total=1)  # e.g. a descent that diverged at its first step
    replay.shown = 0  # Reset
    assert replay.visible == 0 and not replay.finished
    replay.advance(1)
    assert replay.visible == 1 and replay.finished


def test_the_switch_at_the_end_stops_once_and_a_stale_on_from_a_frame_does_not_restart(monkeypatch):
    from ui import replay as module

    state = {}
    monkeypatch.setattr(module.st, "session_state", state)
    replay = Replay(config=(), total=12)
    replay.advance(12)
    state["r.playing"] = True
    replay.switch_was_on = True  # the page ran while Play was on, and the frames reached the end
    module._follow_the_switch("r", replay)
    assert state["r.playing"] is False and replay.visible == 12  # Play switched itself off at the end
    # A frame's timer fired before the browser heard: its run carries the switch's old value, and no
    # page code runs in a frame's run. The page's next run brings the browser's real value (off).
    state["r.playing"] = False
    module._follow_the_switch("r", replay)
    assert replay.visible == 12 and state["r.playing"] is False
    state["r.playing"] = True  # the lecturer switches Play on again: a replay from the start
    module._follow_the_switch("r", replay)
    assert replay.visible == 0 and state["r.playing"] is True


def test_play_switched_on_after_stepping_to_the_end_replays_from_the_start(monkeypatch):
    from ui import replay as module

    state = {"r.playing": False}
    monkeypatch.setattr(module.st, "session_state", state)
    replay = Replay(config=(), total=3)
    module._follow_the_switch("r", replay)
    replay.advance(3)  # Step to the end with Play off
    state["r.playing"] = True
    module._follow_the_switch("r", replay)
    assert replay.visible == 0 and state["r.playing"] is True
