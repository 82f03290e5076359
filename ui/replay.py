"""A precomputed run (a descent path, a few training runs) shown step by step: Play, Step, Reset.

A new setup is drawn whole at once, so every control shows its effect immediately. Step and Play
then replay it from its start, Reset goes back to the start, and Play switches itself off at the
end (switching it on again replays from the start). ui.live_run's animate, is_playing and
stop_if_finished work with it: they only need `finished`.
"""
import uuid
from dataclasses import dataclass, field

import streamlit as st

from ui.i18n import t
from ui.live_run import is_playing


@dataclass
class Replay:
    config: tuple
    total: int
    shown: int | None = None  # None: the whole run, as a page opens or after a change
    # the Play switch as the last whole-page run saw it: tells a switch turned on at the end (replay
    # from the start) from a replay that has just reached it (switch off)
    switch_was_on: bool = False

    @property
    def finished(self):
        return self.shown is not None and self.shown >= self.total

    @property
    def visible(self):
        """How many steps are drawn."""
        return self.total if self.shown is None else self.shown

    def advance(self, steps):
        """Show `steps` more; from the whole run, a replay starts again at step 0."""
        self.shown = min(self.total, (self.shown or 0) + steps)


def current_replay(key, config, total):
    """The session's Replay for `key`, showing the whole new run (and paused) when `config` changed."""
    replay = st.session_state.get(key)
    if replay is None or replay.config != config:
        replay = Replay(config, total)
        st.session_state[key] = replay
        st.session_state[f"{key}.playing"] = False
    return replay


def _rewind(key):
    st.session_state[key].shown = 0
    st.session_state[f"{key}.playing"] = False


def _follow_the_switch(key, replay):
    """At the end of a replay, Play switches itself off; switched on there, it replays from the start.

    Decided here, in the whole page's run, not in the switch's on_change: a frame's timer that fires
    while the page learns that Play went off sends the switch's old value (on) with a frame's run, and
    a callback would take that for a click and start the replay again."""
    playing = bool(st.session_state.get(f"{key}.playing"))
    if playing and replay.finished:
        if replay.switch_was_on:
            playing = st.session_state[f"{key}.playing"] = False
        else:
            replay.shown = 0
    replay.switch_was_on = playing


def replay_controls(key, steps, step_label=None):
    """Play (a switch, for the reason given in ui.live_run.play_controls), Step (`steps` more; labelled
    "One step" / "Step n steps" unless the page names its steps otherwise) and Reset."""
    step_label = step_label or (t("replay.one_step") if steps == 1 else t("replay.steps", n=steps))
    replay = st.session_state[key]
    _follow_the_switch(key, replay)
    # one row that wraps in a narrow column instead of squeezing the labels
    row = st.container(horizontal=True, vertical_alignment="center", key=f"{key}.controls")
    row.toggle(t("replay.play"), key=f"{key}.playing", help=t("replay.play_help"))
    row.button(step_label, key=f"{key}.step_button", on_click=replay.advance, args=(steps,),
               icon=":material/skip_next:", disabled=is_playing(key) or replay.finished)
    row.button(t("live.reset"), key=f"{key}.reset_button", on_click=_rewind, args=(key,),
               icon=":material/restart_alt:")


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
