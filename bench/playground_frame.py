"""`python -m bench.playground_frame`: one Playground animation frame against the one-chart reference page.

While Play is on, a running server reruns only the page's fragment: train EPOCHS_PER_FRAME epochs,
then redraw the metrics, surface, loss curves, confusion matrix and neuron pictures. The page keeps
each frame's duration in session state (ui.live_run.animate); here Play is switched on under AppTest
and every run draws one frame. Two more columns bound it from above:

- frame + the empty reference page's rerun, for the fixed cost of any rerun;
- a Step click, which reruns the whole page, controls included.

Rounds interleave the reference page and every setup, so that a slow moment of the (shared,
virtual) machine hits all of them alike. Target (issue 4): a frame <= 3× the one-chart page.
"""
import argparse
import statistics
import time

from streamlit.testing.v1 import AppTest

from bench.__main__ import REFERENCES
from tests.app_driver import as_on_a_running_server, click, open_page
from ui.catalog import PAGES

KEY = "playground.run"
SETUPS = {  # name -> URL query
    "default (circle, 2-4-2-1)": {},
    "spiral, 4 features, 8-8-4": {"data": "spiral", "features": "x1,x2,sinx1,sinx2", "layers": "3", "n1": "8",
                                   "n2": "8", "n3": "4"},
    "5 blobs, softmax, 6 layers of 8": {"data": "blobs", "classes": "5", "layers": "6",
                                        **{f"n{i}": "8" for i in range(1, 7)}},
}


def timed_run(at):
    started = time.perf_counter()
    at.run()
    seconds = time.perf_counter() - started
    assert not at.exception, [e.value for e in at.exception]
    return seconds


def playing(query):
    """The Playground with Play switched on: every run trains and draws one frame."""
    at = open_page(next(p for p in PAGES if p.page_id == "playground"), lang="en", query=query)
    at.toggle(key=f"{KEY}.playing").set_value(True).run()
    return at


def frame_seconds(at):
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at.session_state[f"{KEY}.frame_seconds"]


def step_seconds(at):
    started = time.perf_counter()
    click(at, "Step")
    seconds = time.perf_counter() - started
    assert not at.exception, [e.value for e in at.exception]
    return seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    with as_on_a_running_server():
        references = {name: AppTest.from_file(str(REFERENCES / f"{name}.py"), default_timeout=60)
                      for name in ("empty", "one_chart")}
        for at in references.values():
            at.run()
        players = {name: playing(query) for name, query in SETUPS.items()}
        steppers = {name: open_page(next(p for p in PAGES if p.page_id == "playground"), lang="en", query=query)
                    for name, query in SETUPS.items()}
        times = {key: [] for key in [*references, *((n, "frame") for n in SETUPS), *((n, "step") for n in SETUPS)]}
        for round_ in range(args.repeats + 1):  # round 0 warms up caches and imports
            for name, at in references.items():
                seconds = timed_run(at)
                if round_:
                    times[name].append(seconds)
            for name in SETUPS:
                frame, step = frame_seconds(players[name]), step_seconds(steppers[name])
                if round_:
                    times[(name, "frame")].append(frame)
                    times[(name, "step")].append(step)
    median = {key: statistics.median(values) for key, values in times.items()}
    empty, one_chart = median["empty"], median["one_chart"]
    print(f"Median of {args.repeats} interleaved rounds. References: empty page {empty * 1000:.1f} ms, "
          f"one-chart page {one_chart * 1000:.1f} ms.")
    print()
    print("| Playground setup | frame (ms) | frame ÷ one-chart | (frame + empty) ÷ one-chart "
          "| Step click, whole page (ms) | Step ÷ one-chart |")
    print("|---|---:|---:|---:|---:|---:|")
    for name in SETUPS:
        frame, step = median[(name, "frame")], median[(name, "step")]
        print(f"| {name} | {frame * 1000:.1f} | {frame / one_chart:.2f}× | {(frame + empty) / one_chart:.2f}× "
              f"| {step * 1000:.1f} | {step / one_chart:.2f}× |")


if __name__ == "__main__":
    main()
