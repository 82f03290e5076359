"""`python -m bench.animation_frames`: one frame of the fragment-animated replay (Mini-batch) against the one-chart reference page.

While Play is on, a running server reruns only the page's fragment (ui.live_run.animate): train or
reveal a few more steps, then redraw the animated charts. animate() keeps each frame's duration in
session state under "<run key>.frame_seconds"; here Play is switched on under AppTest, so every
run draws one frame, and that duration is read back. When a run reaches its end (a path fully
shown, the epoch limit) it is reset and played again, untimed. Two more columns bound a frame
from above:

- frame + the empty reference page's rerun, for the fixed cost of any rerun;
- a Step click, which reruns the whole page, controls and "code behind" included.

Rounds interleave the reference pages and every setup, so that a slow moment of the (shared,
virtual) machine hits all of them alike. Target (issues 4 and 6): a frame <= 3× the one-chart page.
"""
import argparse
import statistics
import time

from streamlit.testing.v1 import AppTest

from bench.__main__ import REFERENCES
from tests.app_driver import as_on_a_running_server, open_page
from ui.catalog import PAGES

SETUPS = {  # page id -> {setup name: URL query}; the live pages are measured by bench.live_play
    "minibatch": {"default (batch 1, 10 and 100 side by side)": {}},
}


def run_key(at):
    """The live run's session key: the Play switch's key without its ".playing"."""
    return next(w.key for w in at.toggle if w.key and w.key.endswith(".playing")).removesuffix(".playing")


def press(at, key):
    with as_on_a_running_server():
        at.button(key=key).click().run()
    assert not at.exception, [e.value for e in at.exception]


def play(at, key):
    press(at, f"{key}.reset_button")
    at.toggle(key=f"{key}.playing").set_value(True).run()
    assert not at.exception, [e.value for e in at.exception]


def frame_seconds(at, key):
    """One frame while playing; a finished run is replayed from its start first (untimed)."""
    for _ in range(2):
        at.session_state[f"{key}.frame_seconds"] = None
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        seconds = at.session_state[f"{key}.frame_seconds"]
        if seconds is not None and at.toggle(key=f"{key}.playing").value:
            return seconds
        play(at, key)
    raise RuntimeError(f"{key}: Play draws no frame")


def step_seconds(at, key):
    if at.session_state[key].finished:
        press(at, f"{key}.reset_button")
    started = time.perf_counter()
    press(at, f"{key}.step_button")
    return time.perf_counter() - started


def timed_run(at):
    started = time.perf_counter()
    at.run()
    seconds = time.perf_counter() - started
    assert not at.exception, [e.value for e in at.exception]
    return seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--pages", nargs="*", default=list(SETUPS), choices=list(SETUPS))
    args = parser.parse_args()
    pages = {p.page_id: p for p in PAGES}
    setups = [(page_id, name, query) for page_id in args.pages for name, query in SETUPS[page_id].items()]
    with as_on_a_running_server():
        references = {name: AppTest.from_file(str(REFERENCES / f"{name}.py"), default_timeout=60)
                      for name in ("empty", "one_chart")}
        for at in references.values():
            at.run()
        players, steppers = {}, {}
        for page_id, name, query in setups:
            players[name] = open_page(pages[page_id], lang="en", query=query)
            steppers[name] = open_page(pages[page_id], lang="en", query=query)
            play(players[name], run_key(players[name]))
        times = {key: [] for key in [*references, *((n, kind) for _, n, _ in setups for kind in ("frame", "step"))]}
        for round_ in range(args.repeats + 1):  # round 0 warms up caches and imports
            for name, at in references.items():
                seconds = timed_run(at)
                if round_:
                    times[name].append(seconds)
            for _, name, _ in setups:
                frame = frame_seconds(players[name], run_key(players[name]))
                step = step_seconds(steppers[name], run_key(steppers[name]))
                if round_:
                    times[(name, "frame")].append(frame)
                    times[(name, "step")].append(step)
    median = {key: statistics.median(values) for key, values in times.items()}
    empty, one_chart = median["empty"], median["one_chart"]
    print(f"Median of {args.repeats} interleaved rounds. References: empty page {empty * 1000:.1f} ms, "
          f"one-chart page {one_chart * 1000:.1f} ms.")
    print()
    print("| page | setup | frame (ms) | frame ÷ one-chart | (frame + empty) ÷ one-chart "
          "| Step click, whole page (ms) | Step ÷ one-chart |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for page_id, name, _ in setups:
        frame, step = median[(name, "frame")], median[(name, "step")]
        print(f"| {page_id} | {name} | {frame * 1000:.1f} | {frame / one_chart:.2f}× | {(frame + empty) / one_chart:.2f}× "
              f"| {step * 1000:.1f} | {step / one_chart:.2f}× |")


if __name__ == "__main__":
    main()
