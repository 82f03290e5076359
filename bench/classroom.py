"""`python -m bench.classroom`: a class on one server. N sessions follow the same short lesson at once,
and every action is timed from the moment it is made to its result:

1. open the link to Softmax         -> the page is drawn (script finished, charts painted)
2. move its temperature slider (a key press) -> the rerun is drawn (its value reaches the URL)
3. open Playground from the sidebar  -> drawn
4. press Play                        -> the first new frame is painted
5. play 10 s (frames painted counted), press Pause -> the server is back on the frame shown
6. open Draw a digit from the sidebar, draw a "1" -> the prediction is shown (from the pen lifted)

The sessions are of two kinds (--clients). `protocol`: sessions that speak Streamlit's protocol as a
browser's frontend does (bench/protocol_session.py: the page's HTML and its scripts and styles, then the
websocket's messages), without drawing; an action ends when the script run that answers it has finished.
They measure the server, as a class whose browsers run on the students' own machines meets it. `browser`:
Chromium tabs on this machine, an action ending when its result is painted. Browsers and server then
share this machine's cores, so the browsers' own work is part of every figure: loading a Streamlit app
costs a Chromium tab about 2 CPU seconds (once per link opened; the sidebar then switches pages in the
tab). --nice 19 gives the browsers the lowest CPU priority, though they still take what the servers leave.

The table gives, for 1, 10 and 20 sessions, against one Streamlit process and against the classroom
server (`make serve-class`: nginx in front of --workers processes), the median and 95th percentile over
all actions of all sessions, the slowest action, the frames per second the players painted while
playing, and the cores the Streamlit processes and the clients kept busy (CPU seconds per second of the
class); then each action's own median and 95th percentile.
Targets: with 10 sessions the 95th percentile <= 2 s (issue 13); with 20 sessions, the classroom
server's 95th percentile at most half of one process's (issue 15).
--spread S starts the sessions evenly over S seconds, as a class opening the lecturer's link does,
instead of in the same instant.
"""
import argparse
import asyncio
import contextlib
import os
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.live_play import cpu_seconds
from bench.protocol_lesson import lesson as protocol_lesson
from tools.browser import CHROMIUM, CHROMIUM_ARGS, LOCALES
from tools.classroom import running_classroom
from tools.serve import running_app

DRAWN = """() => document.querySelector('[data-testid="stApp"]')?.dataset.testScriptState === 'notRunning'
    && document.querySelectorAll('[data-testid="stSkeleton"]').length === 0
    && [...document.querySelectorAll('.vega-embed')].every(e => e.querySelector('canvas, svg'))"""
PLAYER = "() => { const r = document.querySelector('.nnx-player'); return r ? {...r.dataset} : null; }"
CANVAS = '.st-key-digits_draw-canvas canvas.upper-canvas'
TIMEOUT = 180_000
VERBOSE = False


async def drawn(page):
    await page.wait_for_function(DRAWN, timeout=TIMEOUT, polling=50)


async def timed(times, name, action):
    started = time.perf_counter()
    await action()
    times.append((name, time.perf_counter() - started))
    if VERBOSE:
        print(f"  {name}: {times[-1][1]:.2f} s", flush=True)


async def lesson(url, browser, play_seconds, times, fps, delay=0.0):
    await asyncio.sleep(delay)  # a student opens the link a little after the others
    context = await browser.new_context(locale=LOCALES["en"], viewport={"width": 1280, "height": 720})
    context.set_default_timeout(TIMEOUT)  # a click waits for its navigation: minutes on a crowded machine
    page = await context.new_page()
    try:
        async def open_link(path):
            await page.goto(f"{url}/{path}?lang=en")
            await drawn(page)

        async def open_from_sidebar(path, shown):
            """As a student does: click the page in the sidebar (the app is not loaded again)."""
            await page.locator(f'[data-testid="stSidebarNav"] a[href*="/{path}"]').first.click()
            await page.wait_for_url(f"**/{path}*", timeout=TIMEOUT)
            await page.wait_for_selector(shown, timeout=TIMEOUT)
            await drawn(page)

        await timed(times, "open Softmax", lambda: open_link("softmax"))

        slider = page.get_by_role("slider").first
        await slider.focus()  # the hand on the slider before the clock starts (the page may still settle)

        async def move_slider():
            """Every control is in the URL: the rerun has run when the address changes. (A script run's
            "running" state can be batched away in the DOM under load, so it is not a reliable sign.)"""
            before = page.url
            await page.keyboard.press("ArrowRight")
            await page.wait_for_function("(u) => location.href !== u", arg=before, timeout=TIMEOUT, polling=20)
            await drawn(page)

        await timed(times, "move a slider", move_slider)
        await timed(times, "open Playground", lambda: open_from_sidebar("playground", ".nnx-player canvas"))

        async def play():
            before = int((await page.evaluate(PLAYER)).get("paints", 0))
            await page.locator(".nnx-player .btn-play").click()
            await page.wait_for_function(f"() => +(document.querySelector('.nnx-player')?.dataset.paints) > {before}",
                                         timeout=TIMEOUT, polling=20)

        await timed(times, "press Play", play)
        start = await page.evaluate(PLAYER)
        started = time.perf_counter()
        await page.wait_for_timeout(play_seconds * 1000)
        end = await page.evaluate(PLAYER)
        fps.append((int(end["paints"]) - int(start["paints"])) / (time.perf_counter() - started))

        async def pause():
            sync = (await page.evaluate(PLAYER))["sync"]
            await page.locator(".nnx-player .btn-play").click()
            # the player may be redrawn (absent for a moment) on a busy server: wait for the new one
            await page.wait_for_function("(s) => { const r = document.querySelector('.nnx-player');"
                                         " return !!r && r.dataset.sync !== s; }", arg=sync,
                                         timeout=TIMEOUT, polling=20)

        await timed(times, "press Pause", pause)
        await timed(times, "open Draw a digit", lambda: open_from_sidebar("digits_draw", CANVAS))

        async def draw_one():
            box = await page.locator(CANVAS).bounding_box()
            x = box["x"] + 0.5 * box["width"]
            points = [(x, box["y"] + (0.2 + 0.6 * i / 20) * box["height"]) for i in range(21)]
            await page.mouse.move(*points[0])
            await page.wait_for_timeout(400)  # a hand rests on the canvas before pressing
            await page.mouse.down()
            for x, y in points[1:]:
                await page.mouse.move(x, y, steps=2)
            started = time.perf_counter()
            await page.mouse.up()
            await page.wait_for_selector('[data-testid="stMetricValue"]', timeout=TIMEOUT)
            await drawn(page)
            times.append(("draw a digit", time.perf_counter() - started))  # from the pen lifted

        await draw_one()
    finally:
        await context.close()


async def protocol_classroom(url, sessions, play_seconds, spread=0.0):
    """The class as protocol-level sessions (bench/protocol_lesson.py) in this process; the CPU seconds
    they took."""
    times, fps = [], []
    # each session's HTTP requests in a thread of its own, as each browser has its own connections
    asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(max_workers=4 * sessions))
    started = time.process_time()
    delays = [spread * i / max(1, sessions - 1) for i in range(sessions)]
    await asyncio.gather(*(protocol_lesson(url, play_seconds, times, fps, delay) for delay in delays))
    return times, fps, time.process_time() - started


async def classroom(url, sessions, play_seconds, spread=0.0, nice=0):
    from playwright.async_api import async_playwright

    times, fps = [], []
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        if nice:
            lower_browser_priority(nice)
        try:
            before = browser_cpu_seconds()
            seen, stop = dict(before), asyncio.Event()
            sampler = asyncio.create_task(sample_browsers(seen, stop))
            delays = [spread * i / max(1, sessions - 1) for i in range(sessions)]
            await asyncio.gather(*(lesson(url, browser, play_seconds, times, fps, delay) for delay in delays))
            stop.set()
            await sampler
            seen.update(browser_cpu_seconds())
            browsers = sum(seen.values()) - sum(before.values())
        finally:
            await browser.close()
    return times, fps, browsers


def lower_browser_priority(niceness):
    """Give every Chromium process (the browser and its zygotes, whose renderers inherit it) this niceness."""
    for pid in browser_cpu_seconds():
        try:
            os.setpriority(os.PRIO_PROCESS, int(pid), niceness)
        except OSError:
            pass


def browser_cpu_seconds():
    """{pid: CPU seconds} of every Chromium process on the machine (the bench's browsers)."""
    seconds = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        if "(chromium" in text or "(chrome" in text:
            fields = text.rsplit(")", 1)[1].split()
            seconds[stat.parent.name] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return seconds


async def sample_browsers(seen, stop):
    """Keep each browser process's latest CPU time in `seen` until `stop` is set: a tab closed at the end
    of its lesson takes its process, and its CPU time, with it."""
    while not stop.is_set():
        seen.update(browser_cpu_seconds())
        await asyncio.sleep(0.5)


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


@contextlib.contextmanager
def class_server(kind, workers):
    """(url, pids of the Streamlit processes): one `streamlit run`, or the classroom server (nginx + workers)."""
    if kind == "one":
        with running_app() as app:
            yield app.url, [app.pid]
    else:
        with running_classroom(workers) as room:
            yield room.url, [worker.process.pid for worker in room.workers]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", nargs="*", type=int, default=[1, 10, 20])
    parser.add_argument("--servers", nargs="*", choices=["one", "classroom"], default=["one", "classroom"],
                        help="one streamlit process, or the classroom server (tools/classroom.py)")
    parser.add_argument("--clients", nargs="*", choices=["protocol", "browser"], default=["protocol", "browser"],
                        help="protocol-level sessions (the server's own times) or Chromium tabs (what learners "
                             "see, on the same cores as the servers)")
    parser.add_argument("--workers", type=int, default=2, help="the classroom server's workers")
    parser.add_argument("--play", type=float, default=10.0, help="seconds of Play")
    parser.add_argument("--spread", type=float, default=0.0,
                        help="seconds over which the sessions start, evenly (0: all at once)")
    parser.add_argument("--nice", type=int, default=0,
                        help="the browsers' niceness (19: the lowest CPU priority, as if the students' browsers "
                             "ran on their own machines; 0: the same as the servers')")
    parser.add_argument("--verbose", action="store_true", help="print every action's time")
    args = parser.parse_args()
    global VERBOSE
    VERBOSE = args.verbose
    print(f"{'clients':>8} {'server':>12} {'sessions':>8} {'actions':>7} {'median s':>9} {'p95 s':>7} "
          f"{'slowest':>28} {'frames/s playing':>17} {'server CPU':>10} {'clients CPU':>11}")
    for clients in args.clients:
        for sessions in args.sessions:
            for kind in args.servers:
                name = "one process" if kind == "one" else f"{args.workers} workers"
                with class_server(kind, args.workers) as (url, pids):  # a fresh server for each class
                    server, started = sum(map(cpu_seconds, pids)), time.perf_counter()
                    if clients == "protocol":
                        run = protocol_classroom(url, sessions, args.play, args.spread)
                    else:
                        run = classroom(url, sessions, args.play, args.spread, args.nice)
                    times, fps, client_cpu = asyncio.run(run)
                    wall = time.perf_counter() - started
                    server = (sum(map(cpu_seconds, pids)) - server) / wall
                report(clients, name, sessions, times, fps, server, client_cpu / wall)


def report(clients, server_name, sessions, times, fps, server_cores, client_cores):
    seconds = [s for _, s in times]
    slowest = max(times, key=lambda item: item[1])
    print(f"{clients:>8} {server_name:>12} {sessions:8d} {len(seconds):7d} {statistics.median(seconds):9.2f} "
          f"{percentile(seconds, 0.95):7.2f} {slowest[0] + f' {slowest[1]:.1f} s':>28} "
          f"{statistics.median(fps):7.1f} (min {min(fps):4.1f}) {server_cores:10.2f} {client_cores:11.2f}",
          flush=True)
    for action in dict(times):  # each action's own median and 95th percentile
        own = [s for label, s in times if label == action]
        print(f"{'':30} {action:>24}: median {statistics.median(own):6.2f} s, p95 {percentile(own, 0.95):6.2f} s")


if __name__ == "__main__":
    main()
