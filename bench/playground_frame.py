"""`python -m bench.playground_frame`: one Playground animation frame against the one-chart reference page.

A frame on a running server reruns only the fragment (train EPOCHS_PER_FRAME epochs, redraw the
surface, curves, confusion matrix and neuron pictures). Here the whole page reruns with a Step
click, controls included: an upper bound of a frame. Target (issue 4): <= 3× the one-chart page.
"""
import argparse
import statistics
import time

from bench.__main__ import reference
from tests.app_driver import as_on_a_running_server, click, open_page
from ui.catalog import PAGES

SETUPS = {  # name -> URL query
    "default (circle, 2-4-2-1)": {},
    "spiral, 4 features, 8-8-4": {"data": "spiral", "features": "x1,x2,sinx1,sinx2", "layers": "3", "n1": "8",
                                   "n2": "8", "n3": "4"},
    "5 blobs, softmax, 6 layers of 8": {"data": "blobs", "classes": "5", "layers": "6",
                                        **{f"n{i}": "8" for i in range(1, 7)}},
}


def median_step(query, repeats):
    playground = next(p for p in PAGES if p.page_id == "playground")
    at = open_page(playground, lang="en", query=query)
    click(at, "Step")  # warm-up
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        click(at, "Step")
        times.append(time.perf_counter() - started)
        assert not at.exception, [e.value for e in at.exception]
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    with as_on_a_running_server():
        one_chart = reference("one_chart", args.repeats)
        print(f"| Playground setup | Step + redraw (ms) | × one-chart page ({one_chart * 1000:.1f} ms) |")
        print("|---|---:|---:|")
        for name, query in SETUPS.items():
            seconds = median_step(query, args.repeats)
            print(f"| {name} | {seconds * 1000:.1f} | {seconds / one_chart:.2f} |")


if __name__ == "__main__":
    main()
