"""`python -m bench.live_play`: what Play costs and shows, in headless Chromium against a real server.

For each live page, N browser sessions press Play together; over the measured seconds the table gives
- frames/s: frames the player painted per second (each a new state of the run), per session:
  the median and the slowest session;
- stalls/s: animation ticks that found no frame to show (the browser waiting on the server);
- server CPU: the server process's CPU seconds per second of Play, per playing session.

Targets (issue 13): >= 24 frames/s with one session and >= 15 with ten; server CPU per playing
session at most a fifth of the fragment animation's (0.30 core on this machine before).
"""
import argparse
import os
import statistics
import time

from tools.browser import chromium, open_page
from tools.serve import running_app

# page -> (URL query, longest measure in seconds): a replay ends (descent: 200 steps, 6.7 s; overshoot:
# 150 frames, 5 s; mini-batch: 30 epochs of 10 frames, 10 s), so it is measured for a shorter time,
# after 1 s instead of 2.5 s
LIVE_PAGES = {"xor": ("", None), "playground": ("", None), "hidden_regression": ("", None),
              "descent": ("&steps=200", 3.5), "overshoot": ("", 2.0), "minibatch": ("&epochs=30", 6.0)}


def cpu_seconds(pid):
    """User + system CPU time of a process and its threads, from /proc (Linux)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def counters(page):
    return page.evaluate("""() => { const r = document.querySelector('.nnx-player');
        return r ? {paints: +(r.dataset.paints || 0), stalls: +(r.dataset.stalls || 0), epoch: +(r.dataset.epoch || 0)}
                 : null; }""")


def measure(app, browser, page_id, query, sessions, seconds, size):
    pages = [open_page(browser, f"{app.url}/{page_id}?lang=en{query}", "en", *size) for _ in range(sessions)]
    try:
        for page in pages:
            page.wait_for_selector(".nnx-player canvas")
            page.locator(".nnx-player .btn-play").click()
        replay = LIVE_PAGES[page_id][1] is not None
        pages[0].wait_for_timeout(1000 if replay else 2500)  # the first chunk arrives, the players settle
        before = [counters(page) for page in pages]
        cpu_before, started = cpu_seconds(app.pid), time.perf_counter()
        pages[0].wait_for_timeout(seconds * 1000)
        elapsed = time.perf_counter() - started
        cpu = (cpu_seconds(app.pid) - cpu_before) / elapsed / sessions
        after = [counters(page) for page in pages]
        fps = [(b["paints"] - a["paints"]) / elapsed for a, b in zip(before, after, strict=True)]
        stalls = [(b["stalls"] - a["stalls"]) / elapsed for a, b in zip(before, after, strict=True)]
        epochs = [(b["epoch"] - a["epoch"]) / elapsed for a, b in zip(before, after, strict=True)]
        return statistics.median(fps), min(fps), statistics.median(stalls), statistics.median(epochs), cpu
    finally:
        for page in pages:
            page.context.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", nargs="*", default=list(LIVE_PAGES))
    parser.add_argument("--sessions", nargs="*", type=int, default=[1, 10])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--size", default="1280x720")
    args = parser.parse_args()
    size = tuple(int(v) for v in args.size.split("x"))
    print(f"{'page':20} {'sessions':>8} {'frames/s median':>16} {'slowest':>8} {'stalls/s':>9} "
          f"{'epochs/s':>9} {'server CPU/session':>19}")
    with running_app() as app, chromium() as browser:
        for page_id in args.pages:
            for sessions in args.sessions:
                query, longest = LIVE_PAGES[page_id]
                seconds = min(args.seconds, longest or args.seconds)
                fps, slowest, stalls, epochs, cpu = measure(app, browser, page_id, query, sessions, seconds, size)
                print(f"{page_id:20} {sessions:8d} {fps:16.1f} {slowest:8.1f} {stalls:9.1f} {epochs:9.0f} "
                      f"{cpu:19.3f}", flush=True)


if __name__ == "__main__":
    main()
