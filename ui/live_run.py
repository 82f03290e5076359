"""A training run kept in session state, played in the browser by ui.live_player: Play, Step, Reset.

The run restarts whenever its configuration (network, data, optimizer settings) changes. While
playing, the server trains a chunk of frames at a time and the browser plays them; each frame keeps
a snapshot of the weights and the optimizer, so that Pause can put the run back on the frame the
browser shows.

A run's history (a nncore.run.Run) is indexed by epoch: entry 0 is measured on the initial weights
(LiveRun.start), so that the curves start from the run's real starting point before Play.
"""
import copy
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np
import streamlit as st

from nncore.mlp import accuracy, l2_penalty, loss, predict, train
from nncore.optimizer import make_optimizer
from nncore.run import Run
from ui.i18n import t

SNAPSHOTS = 400  # frames that Pause can go back to: a few chunks


def _empty_history():
    return Run([], metrics={"accuracy": [], "test_loss": [], "test_accuracy": []})


@dataclass
class LiveRun:
    config: tuple
    params: dict
    optimizer: object
    epoch: int = 0
    history: Run = field(default_factory=_empty_history)
    max_epochs: int = 100_000
    playing: bool = False
    # a new token whenever the state the browser shows is replaced (a new run, Pause, Step)
    sync: str = field(default_factory=lambda: uuid.uuid4().hex)
    snapshots: OrderedDict = field(default_factory=OrderedDict)  # epoch -> (weights, optimizer)
    sent: list = field(default_factory=list)  # the frames of the last chunk
    replays = False  # a training run: Reset forgets it (ui.replay.ReplayRun replays a known run)

    @property
    def diverged(self):
        return self.history.diverged

    @property
    def finished(self):
        return self.diverged or self.epoch >= self.max_epochs

    def results(self):
        """The epoch held and what was measured at it (what challenges check): loss and accuracy on the
        training data and, where there is test data, on it; whether the run diverged."""
        found = {"epoch": self.epoch, "diverged": bool(self.diverged)}
        for name in ("loss", *self.history.metrics):
            values = self.history.series(name)
            if len(values) > self.epoch and values[self.epoch] is not None:  # none measured after divergence
                found[name] = float(values[self.epoch])
        return found

    def start(self, x, targets, x_test=None, t_test=None, *, activation, output, l2=0.0, **_):
        """Record epoch 0 (loss with L2 and accuracy of the initial weights, on the training and the
        test data) once, as train() measures them: inputs in the weights' dtype."""
        if self.history.loss:
            return
        for prefix, inputs, wanted in (("", x, targets), ("test_", x_test, t_test)):
            if inputs is None:
                continue
            y = predict(self.params, np.asarray(inputs, dtype=self.params["W1"].dtype), activation, output)
            self.history.series(prefix + "loss").append(loss(y, wanted, output) + l2_penalty(self.params, l2))
            self.history.series(prefix + "accuracy").append(accuracy(y, wanted, output))
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
        self.history.loss.extend(step.loss)
        for name, values in self.history.metrics.items():
            values.extend(step.metrics[name])
        self.epoch += len(step.loss)
        self.history.diverged_at, self.history.last_finite_loss = step.diverged_at, step.last_finite_loss

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
        for values in (self.history.loss, *self.history.metrics.values()):
            del values[epoch + 1:]
        if self.diverged and epoch < self.epoch:
            self.history.diverged_at = self.history.last_finite_loss = None
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
    return run


def reset_run(key):
    """Forget the run: the page starts it again, paused, from its initial weights."""
    st.session_state.pop(key, None)


def epochs_step_label(epochs):
    return t("live.step_one") if epochs == 1 else t("live.step", n=epochs)
