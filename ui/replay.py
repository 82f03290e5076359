"""A precomputed run (a descent path, three mini-batch runs) played step by step by ui.live_player:
Play, Step, Reset. A new setup is drawn whole at once, so every control shows its effect
immediately; Play and Step then replay it from its start."""
import uuid
from dataclasses import dataclass, field

import streamlit as st


@dataclass
class ReplayRun:
    """A precomputed run (a descent path) played by ui.live_player like a training run: its `epoch` is
    the step shown. A new setup shows its whole run; Play at the end replays it from step 0."""
    config: tuple
    total: int
    epoch: int = -1  # -1: the whole run, as a new setup opens
    playing: bool = False
    sync: str = field(default_factory=lambda: uuid.uuid4().hex)
    sent: list = field(default_factory=list)
    diverged = None
    replays = True

    def __post_init__(self):
        if self.epoch < 0:
            self.epoch = self.total

    @property
    def max_epochs(self):
        return self.total

    @property
    def finished(self):
        return self.epoch >= self.total

    def advance(self, steps):
        self.epoch = min(self.total, self.epoch + steps)

    def snapshot(self):
        """Nothing to keep: every step of a replay is known."""

    def rewind(self, step):
        self.epoch = max(0, min(self.total, int(step)))
        return True

    def resync(self):
        self.sync = uuid.uuid4().hex
        self.sent = []

    def restart(self):
        """Reset: back to step 0, paused."""
        self.rewind(0)
        self.playing = False
        self.resync()


def current_replay_run(key, config, total):
    """The session's ReplayRun for `key`, showing the whole new run when `config` changed."""
    replay = st.session_state.get(key)
    if not isinstance(replay, ReplayRun) or replay.config != config:
        replay = st.session_state[key] = ReplayRun(config, total)
    return replay
