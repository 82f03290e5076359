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
