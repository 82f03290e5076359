"""A training run kept in session state, played in the browser by ui.live_player: Play, Step, Reset.

The run restarts whenever its configuration (network, data, optimizer settings) changes. While
playing, the server trains a chunk of frames at a time and the browser plays them; each frame keeps
a snapshot of the weights and the optimizer, so that Pause can put the run back on the frame the
browser shows.

A run's history is indexed by epoch: entry 0 is measured on the initial weights (LiveRun.start),
so that the curves start from the run's real starting point before Play.
"""
import copy
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np
import streamlit as st

from nncore.mlp import accuracy, l2_penalty, loss, make_optimizer, predict, train
from ui.i18n import t

FRAME_SECONDS = 0.3
SNAPSHOTS = 400  # frames that Pause can go back to: a few chunks


def _empty_history():
    return {"loss": [], "accuracy": [], "test_loss": [], "test_accuracy": []}


@dataclass
class LiveRun:
    config: tuple
    params: dict
    optimizer: object
    epoch: int = 0
    history: dict = field(default_factory=_empty_history)
    diverged: dict | None = None
    max_epochs: int = 100_000
    playing: bool = False
    # a new token whenever the state the browser shows is replaced (a new run, Pause, Step)
    sync: str = field(default_factory=lambda: uuid.uuid4().hex)
    snapshots: OrderedDict = field(default_factory=OrderedDict)  # epoch -> (weights, optimizer)
    sent: list = field(default_factory=list)  # the frames of the last chunk

    @property
    def finished(self):
        return bool(self.diverged) or self.epoch >= self.max_epochs

    def start(self, x, targets, x_test=None, t_test=None, *, activation, output, l2=0.0, **_):
        """Record epoch 0 (loss with L2 and accuracy of the initial weights, on the training and the
        test data) once, as train() measures them: inputs in the weights' dtype."""
        if self.history["loss"]:
            return
        for prefix, inputs, wanted in (("", x, targets), ("test_", x_test, t_test)):
            if inputs is None:
                continue
            y = predict(self.params, np.asarray(inputs, dtype=self.params["W1"].dtype), activation, output)
            self.history[prefix + "loss"].append(loss(y, wanted, output) + l2_penalty(self.params, l2))
            self.history[prefix + "accuracy"].append(accuracy(y, wanted, output))
        self.snapshot()

    def advance(self, epochs, x, targets, x_test=None, t_test=None, **settings):
        """Train `epochs` more epochs (settings: activation, output, batch_size, l2) unless it has
        diverged; epoch e's mini-batches are the same however the run is cut into calls."""
        if self.diverged:
            return
        self.start(x, targets, x_test, t_test, **settings)
        epochs = min(epochs, self.max_epochs - self.epoch)
        step = train(self.params, x, targets, optimizer=self.optimizer, epochs=epochs, seed=0,
                     first_epoch=self.epoch + 1, x_test=x_test, t_test=t_test, **settings)
        for name, values in self.history.items():
            values.extend(step.get(name) or [])
        self.epoch += len(step["loss"])
        if step["diverged"]:
            self.diverged = step["diverged"]

    def snapshot(self):
        """Keep the weights and the optimizer at the current epoch, for rewind()."""
        self.snapshots[self.epoch] = ({k: v.copy() for k, v in self.params.items()}, copy.deepcopy(self.optimizer))
        while len(self.snapshots) > SNAPSHOTS:
            self.snapshots.popitem(last=False)

    def rewind(self, epoch):
        """Go back to a kept epoch (the frame the browser shows): weights, optimizer and history.
        Returns False, changing nothing, when that epoch is not kept."""
        if epoch not in self.snapshots:
            return False
        weights, optimizer = self.snapshots[epoch]
        for key, value in self.params.items():
            value[...] = weights[key]
        self.optimizer = copy.deepcopy(optimizer)
        for values in self.history.values():
            del values[epoch + 1:]
        if self.diverged and epoch < self.epoch:
            self.diverged = None
        self.epoch = epoch
        for later in [e for e in self.snapshots if e > epoch]:
            del self.snapshots[later]
        return True

    def resync(self):
        self.sync = uuid.uuid4().hex
        self.sent = []


def current_run(key, config, init_params, optimizer_name, lr, max_epochs=100_000):
    """The session's run for `key`, started afresh (and paused) when `config` differs from the stored one."""
    run = st.session_state.get(key)
    if run is None or run.config != config:
        run = LiveRun(config, init_params(), make_optimizer(optimizer_name, lr), max_epochs=max_epochs)
        st.session_state[key] = run
        st.session_state[f"{key}.playing"] = False
    return run


def is_playing(key):
    """The Play switch is on and the run can go on."""
    run = st.session_state.get(key)
    return bool(st.session_state.get(f"{key}.playing")) and run is not None and not run.finished


def reset_run(key):
    """Forget the run: the page starts it again, paused, from its initial weights."""
    st.session_state.pop(key, None)
    st.session_state[f"{key}.playing"] = False


def epochs_step_label(epochs):
    return t("live.step_one") if epochs == 1 else t("live.step", n=epochs)


def play_controls(key, step_epochs, train_more):
    """The Play switch, Step and Reset in one row, outside the animated fragment.

    Play is a switch, not a button: a change of a widget's value reaches the script even when it
    arrives while timer-driven frames are queued (a button's click can be lost among them), and a
    widget outside the fragment reruns the whole page, which makes the fragment again with or
    without its timer."""
    run = st.session_state[key]
    with st.container(horizontal=True, vertical_alignment="center", gap="medium"):
        st.toggle(t("live.play"), key=f"{key}.playing", disabled=run.finished)
        st.button(epochs_step_label(step_epochs), key=f"{key}.step_button", on_click=train_more,
                  icon=":material/skip_next:", disabled=is_playing(key) or run.finished)
        st.button(t("live.reset"), key=f"{key}.reset_button", on_click=reset_run, args=(key,),
                  icon=":material/restart_alt:")


def shown(value, spec=".4f"):
    """A figure for a metric: "–" when there is none or it is not finite."""
    return "–" if value is None or not np.isfinite(value) else format(value, spec)


def headline(key, metrics):
    """From inside the fragment, right under play_controls: the epoch counter and the figures that
    move with it, side by side. metrics: (label, value) or (label, value, help) tuples."""
    with st.container(horizontal=True, gap="medium", key=f"{key}.headline"):
        for label, value, *help_text in metrics:
            st.metric(label, value, help=help_text[0] if help_text else None, width="content")


def stop_if_finished(key):
    """From inside the fragment: when the run has diverged or reached its limit, rerun the page without the timer."""
    if st.session_state[key].finished:
        st.rerun()


def animate(key, draw):
    """Run draw() inside a fragment that reruns itself while the run is playing.

    Each frame's duration (train and redraw) is kept in session state under "{key}.frame_seconds":
    bench.animation_frames reads it."""

    def frame():
        started = time.perf_counter()
        draw()
        st.session_state[f"{key}.frame_seconds"] = time.perf_counter() - started

    st.fragment(frame, run_every=FRAME_SECONDS if is_playing(key) else None)()


def report_divergence(run):
    if run.diverged:
        last = run.diverged["last_finite_loss"]
        st.error(t("live.diverged", epoch=run.diverged["epoch"], loss="–" if last is None else f"{last:.4g}"),
                 icon=":material/warning:")
        return True
    return False
