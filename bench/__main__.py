"""`python -m bench`: page rerun times under AppTest, as ratios to reference pages, and start-up time.

Targets (issue 2): each page's rerun <= 3x the one-chart page; no NumPy page imports TensorFlow.
"""
import argparse
import statistics
import sys
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.app_driver import ALL_PAGES, as_on_a_running_server, open_page
from tools.browser import chromium, chromium_available, page_at
from tools.serve import running_app

REFERENCES = Path(__file__).resolve().parent / "reference_pages"


def median_rerun(at, repeats):
    at.run()  # warm-up: caches, imports
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - started)
        assert not at.exception, [e.value for e in at.exception]
    return statistics.median(times)


def reference(name, repeats):
    at = AppTest.from_file(str(REFERENCES / f"{name}.py"), default_timeout=60)
    at.run()
    return median_rerun(at, repeats)


def startup():
    """Seconds from `streamlit run app.py` to a healthy server, and to the home page drawn in Chromium."""
    if not chromium_available():
        with running_app() as app:
            return app.seconds_to_healthy, None
    with chromium() as browser:
        started = time.perf_counter()
        with running_app() as app:
            with page_at(browser, app.url, "en"):
                drawn = time.perf_counter() - started
            return app.seconds_to_healthy, drawn


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()

    as_on_a_running_server().__enter__()  # for the whole measurement
    empty, one_chart = reference("empty", args.repeats), reference("one_chart", args.repeats)
    rows = [("empty page (reference)", empty, "", ""), ("one 500-point chart (reference)", one_chart, "", "")]
    for page in ALL_PAGES:
        at = open_page(page, lang="en")
        seconds = median_rerun(at, args.repeats)
        heavy = "tensorflow" in sys.modules or "keras" in sys.modules
        rows.append((f"{page.page_id} ({page.path})", seconds, "yes" if heavy else "no",
                     "keras" if page.keras else "numpy"))

    print("| page | median rerun (ms) | × empty | × one chart | TensorFlow imported | kind |")
    print("|---|---:|---:|---:|---|---|")
    for name, seconds, heavy, kind in rows:
        print(f"| {name} | {seconds * 1000:.1f} | {seconds / empty:.1f} | {seconds / one_chart:.2f} "
              f"| {heavy} | {kind} |")
    healthy, drawn = startup()
    print()
    print(f"| start-up | seconds |\n|---|---:|\n| `streamlit run app.py` → server healthy | {healthy:.2f} |")
    if drawn is not None:
        print(f"| `streamlit run app.py` → home page drawn in Chromium | {drawn:.2f} |")


if __name__ == "__main__":
    main()
