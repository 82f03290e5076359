"""A live run played in the browser: the server trains a chunk of frames, the browser plays them.

The player is a Streamlit component (components v2) whose JavaScript and CSS ship with the app
(ui/frame_player.js and .css, passed inline). It holds Play, Step and Reset, the headline figures
and the pictures, and draws every frame itself at FPS frames a second. It asks for the next chunk
when LOW_WATER frames (1.5 s) are left, so Play never waits on the server, and the server is
idle between chunks. Pause stops on the frame shown; the server's run goes back to that frame
(ui.live_run.LiveRun.rewind), so Step and the rest of the page continue from what was seen.

A page describes its pictures once (panels, built with the helpers below) and says how to train
(`advance`) and what one frame shows (`frame`); show_player() does the rest.
"""
import base64
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import streamlit as st

from ui.i18n import t
from ui.layout import main_picture
from ui.live_run import epochs_step_label, reset_run
from ui.presenter import presenting

FPS = 30
CHUNK_FRAMES = 60  # two seconds of frames per request
LOW_WATER = 45  # ask for the next chunk with 1.5 s of frames left: a busy server has time
CURVE_POINTS = 400  # a curve's history, thinned, when the player is (re)built
PRESENTER_SCALE = 1.25

_HERE = Path(__file__).resolve().parent
_component = st.components.v2.component(
    "nnx_frame_player", js=(_HERE / "frame_player.js").read_text(), css=(_HERE / "frame_player.css").read_text(),
    isolate_styles=False)  # in the page's DOM, so that layout measurements and tests see it


# ---- what a page draws: panels and layers (plain dicts, as the browser reads them) ----

def b64(codes):
    return base64.b64encode(np.ascontiguousarray(codes, np.uint8).tobytes()).decode("ascii")


def finite(values):
    """Numbers for JSON: NaN and infinities become None (JSON has no NaN)."""
    return [float(v) if v is not None and math.isfinite(v) else None for v in np.asarray(values, float).ravel()]


def plot_panel(panel_id, title, x_title, y_title, *, x_domain=None, y_domain=None, log=False, x_log=False,
               square=False, legend=(), static=(), curves=(), palettes=None, include=(), height=300):
    """A plot. curves: [{"label", "colour", "key"}] grow from the run's history (history.series(key)) frame by
    frame, on an epoch axis; otherwise the axes are fixed by x_domain and y_domain. square: a square
    plot area (a plane with equal units). include: values the y axis always shows."""
    return {"id": panel_id, "kind": "plot", "title": title, "square": square, "height": height,
            "x": {"title": x_title, "domain": list(x_domain) if x_domain else None, "log": x_log},
            "y": {"title": y_title, "domain": list(y_domain) if y_domain else None, "log": log,
                  "include": finite(include)},
            "legend": list(legend), "static": list(static), "curves": list(curves), "palettes": palettes or {}}


def padded_domain(low, high, margin=0.05):
    """An axis from low to high with `margin` of the span added on each side. A span that is only rounding
    (within 1e-9 of the values' size, such as f = 25 ± 4e-15 on a bouncing run) counts as none: the axis
    then reaches half the value on each side, so that a constant is drawn as a flat line."""
    low, high = float(low), float(high)
    size = max(abs(low), abs(high))
    if high - low <= 1e-9 * size:  # also low == high == 0
        half, middle = 0.5 * size or 1.0, (low + high) / 2
        return middle - half, middle + half
    return low - margin * (high - low), high + margin * (high - low)


def thumbs_panel(panel_id, title, groups, cells, palette):
    """Small cells×cells pictures in rows (groups: one list of captions per row), coloured by palette."""
    return {"id": panel_id, "kind": "thumbs", "title": title, "groups": [list(g) for g in groups], "cells": cells,
            "palette": [int(v) for v in np.asarray(palette).ravel()]}


def table_panel(panel_id, title, columns):
    return {"id": panel_id, "kind": "table", "title": title, "columns": list(columns)}


def legend_item(label, colour, mark="line"):
    return {"label": label, "colour": colour, "mark": mark}


def image_layer(codes, x_range, y_range, palette, smooth=True):
    """codes: uint8 (rows, columns), row 0 at the top; each code is an entry of the panel's palettes[palette]."""
    rows, columns = np.shape(codes)
    return {"type": "image", "codes": b64(codes), "w": columns, "h": rows, "x": list(x_range), "y": list(y_range),
            "palette": palette, "smooth": smooth}


def points_layer(x, y, colour=None, colours=None, hollow=False, r=4, shape="circle", labels=None):
    """Points (shape: circle, ring, diamond, square or cross), each in `colour` or its own of `colours`; labels: a text
    beside each point ("" for none)."""
    layer = {"type": "points", "x": finite(x), "y": finite(y), "r": r, "shape": shape,
             "hollow": hollow if isinstance(hollow, bool) else [bool(h) for h in hollow]}
    if labels is not None:
        layer["labels"] = list(labels)
    if colours is not None:
        layer["colours"] = list(colours)
    else:
        layer["colour"] = colour
    return layer


def line_layer(x, y, colour, width=3, dash=(), under=False):
    return {"type": "line", "x": finite(x), "y": finite(y), "colour": colour, "width": width, "dash": list(dash),
            "under": under}


def segments_layer(segments, colour, width=2, dash=()):
    """segments: [(x1, y1, x2, y2), ...]."""
    return {"type": "segments", "segs": finite(np.ravel(segments)) if len(segments) else [], "colour": colour,
            "width": width, "dash": list(dash)}


def named(layer, name):
    """A static layer kept as data only: frames draw its first points with prefix_layer(name, n)."""
    return {**layer, "id": name, "hidden": True}


def prefix_layer(name, n):
    """The first n points (segments, of a segments layer) of the static layer named `name` (see named)."""
    return {"type": "prefix", "of": name, "n": int(n)}


def hline_layer(y, colour, width=2, dash=(6, 4)):
    return {"type": "hline", "y": float(y), "colour": colour, "width": width, "dash": list(dash)}


# ---- the run's frames ----

@dataclass
class LivePlayer:
    """How a page's run plays. advance(epochs) trains; frame() is what the current state shows:
    {"stats": {id: text}, "layers": {panel: [layer]}, "cells": {panel: rows}, "images": {panel: [codes]},
    "note": a remark in a box above the pictures, "caption": a line under them} (all optional).
    The curves of the plot panels come from run.history and need not be in it."""
    key: str
    run: object
    advance: Callable[[int], None]
    frame: Callable[[], dict]
    panels: list
    rows: list
    stats: list  # [{"id", "label", "help"?}]
    epochs_per_frame: int
    step_epochs: int = 1
    step_label: str | None = None  # default: "Step 1 epoch" / "Step n epochs"
    chunk_frames: int = CHUNK_FRAMES  # a replay, whose frames cost next to nothing, sends them all at once

    def curve_panels(self):
        return [p for p in self.panels if p["kind"] == "plot" and p["curves"]]

    def current_frame(self):
        run = self.run
        frame = {"epoch": run.epoch, "end": end_message(run), **self.frame()}
        frame["curves"] = {p["id"]: finite([_at(run.history.series(c["key"]), run.epoch) for c in p["curves"]])
                           for p in self.curve_panels()}
        return frame

    def chunk(self):
        """Train up to chunk_frames frames from the current state; keep a snapshot at each."""
        frames = []
        while len(frames) < self.chunk_frames and not self.run.finished:
            self.advance(self.epochs_per_frame)
            self.run.snapshot()
            frames.append(self.current_frame())
        return frames

    def history(self, before):
        """The curves' points before epoch `before`, thinned to about CURVE_POINTS."""
        out = {}
        for panel in self.curve_panels():
            epochs = list(range(min(before, len(self.run.history.series(panel["curves"][0]["key"])))))
            stride = max(1, len(epochs) // CURVE_POINTS)
            kept = [e for e in epochs if e % stride == 0 or e == epochs[-1]]
            series = [finite([_at(self.run.history.series(c["key"]), e) for e in kept]) for c in panel["curves"]]
            out[panel["id"]] = {"epochs": kept, "series": series}
        return out


def _at(values, epoch):
    return values[epoch] if values and epoch < len(values) and values[epoch] is not None else math.nan


def end_message(run):
    """Why the run cannot go on, or None."""
    if run.diverged:
        last = run.history.last_finite_loss
        return t("live.diverged", epoch=run.history.diverged_at, loss="–" if last is None else f"{last:.4g}")
    if run.epoch >= run.max_epochs and not run.replays:
        return t("live.finished", n=f"{run.max_epochs:,}")
    return None


def is_new_request(request_id, latest):
    """Whether the browser's request `mount:n` is still to be carried out, after `latest` was.

    The player sends a request again until it is answered; a copy can reach the server after the
    player's next request (a Play resent while a busy server was answering it, arriving after the
    Pause at the run's end). Only a request numbered after the latest one of the same player mount
    is new; one without an id (a test's) always is."""
    if request_id is None or latest is None:
        return True
    mount, _, number = str(request_id).rpartition(":")
    latest_mount, _, latest_number = str(latest).rpartition(":")
    if mount != latest_mount:
        return True  # a new player (the page was opened again)
    try:
        return int(number) > int(latest_number)
    except ValueError:
        return request_id != latest


def _take_action(key):
    st.session_state[f"{key}.action"] = st.session_state[f"{key}.player"]["action"]


def _apply(player, action):
    """Carry out the browser's request; True when the whole page must be redrawn (the run's state
    was replaced: Pause, Step, Reset). Reset replays a replay from its start and forgets a training
    run, which the page then starts again from its initial weights."""
    run, what = player.run, action.get("do")
    at = action.get("at")
    if what == "reset":
        if run.replays:
            run.restart()
        else:
            reset_run(player.key)
        return True
    if what in ("pause", "step"):
        run.playing = False
        if at is not None:
            run.rewind(int(at))
        if what == "step" and run.finished and run.replays:  # a replay steps from its start
            run.rewind(0)
        if what == "step" and not run.finished:
            player.advance(player.step_epochs)
            run.snapshot()
        run.resync()
        return True
    if what == "play" and run.finished and run.replays:  # a replay starts again
        run.rewind(0)
        run.resync()
        run.playing = True
        run.sent = [player.current_frame(), *player.chunk()]
    elif what == "play" and not run.finished:
        if at is not None and run.epoch != at:
            run.rewind(int(at))
        run.playing = True
        run.sent = player.chunk()
    elif what == "more" and run.playing:
        have = int(action.get("have", -1))
        if run.epoch <= have:
            run.sent = player.chunk()
        else:  # the browser lacks frames the last chunk held: send them again
            run.sent = [f for f in run.sent if f["epoch"] > have]
    return False


def play(player):
    """Mount the player for `player.run` (inside a fragment: a request for more frames reruns only
    the fragment)."""
    key, run = player.key, player.run
    action = st.session_state.pop(f"{key}.action", None)
    if action:
        latest = st.session_state.get(f"{key}.done")
        if is_new_request(action.get("id"), latest):
            st.session_state[f"{key}.done"] = action.get("id")
        else:
            action = None  # a request sent again while its first sending was on its way: done already
    if action and _apply(player, action):
        st.rerun()
    frames = run.sent if run.playing and run.sent else [player.current_frame()]
    data = {
        "sync": run.sync, "playing": run.playing, "final": run.finished, "message": end_message(run),
        "replay": run.replays,
        "fps": FPS, "low_water": LOW_WATER, "font_scale": PRESENTER_SCALE if presenting() else 1,
        "labels": {"play": t("live.play"), "pause": t("live.pause"), "reset": t("live.reset"),
                   "step": player.step_label or epochs_step_label(player.step_epochs)},
        "stats": player.stats, "panels": player.panels, "rows": player.rows,
        "history": player.history(frames[0]["epoch"]), "frames": frames,
    }
    # as JSON bytes: Streamlit hashes bytes as they are, where a dict would be encoded twice
    _component(key=f"{key}.player", data=json.dumps(data, separators=(",", ":"), allow_nan=False).encode(),
               on_action_change=lambda: _take_action(key))


def show_player(player, below=None, on_frames=None):
    """The player as the page's main picture, in a fragment of its own: a request for more frames
    reruns only the fragment. below(): what the fragment draws under the player (a caption, the
    reports of a paused run); on_frames(): called after every chunk of frames (the page's live checks)."""

    def view():
        with main_picture():
            play(player)
        if on_frames:
            on_frames()
        if below:
            below()

    st.fragment(view)()
