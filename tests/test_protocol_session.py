"""The classroom bench's protocol-level session (bench/protocol_session.py) drives the real app as a
browser's frontend does: its lesson is not timed here, only checked to do what it says."""
import asyncio
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import parse_qs

from bench.protocol_lesson import CANVAS, Player, lesson
from bench.protocol_session import ProtocolSession, drawn_one


def run(coroutine):
    """In a thread of its own: another test may have left an event loop running in this one."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def test_a_slider_move_reaches_the_url(app):
    async def steps():
        session = ProtocolSession(app.url)
        try:
            await session.open("softmax", "lang=en")
            before = parse_qs(session.query)["T"]
            await session.move_slider("softmax.T")
            return before, parse_qs(session.query)["T"]
        finally:
            await session.close()

    before, after = run(steps())
    assert (before, after) == (["1"], ["1.1"])  # Softmax opens at T = 1; one step of 0.1 to the right


def test_play_brings_frames_after_the_first_and_pause_stops_on_one(app):
    async def steps():
        session = ProtocolSession(app.url)
        try:
            await session.open("playground", "lang=en")
            player = Player(session, "playground.run.player")
            await player.play()
            first = [f["epoch"] for f in player.frames]
            fps = await player.keep_playing(1.0)
            shown = player.shown["epoch"]
            await player.pause()
            return first, fps, shown, [f["epoch"] for f in player.frames]
        finally:
            await session.close()

    first, fps, shown, paused = run(steps())
    assert first[0] == 1 and first == sorted(first) and len(first) > 1
    assert fps > 0
    assert paused == [shown]


def test_a_drawn_one_is_read_as_one(app):
    async def steps():
        session = ProtocolSession(app.url)
        try:
            await session.open("digits_draw", "lang=en")
            result = await session.component_state("digits_draw.canvas", drawn_one(CANVAS))
            return [m.proto.body for m in result.of_kind("metric")]
        finally:
            await session.close()

    assert run(steps())[0] == "1"


def test_the_lesson_makes_every_action(app):
    times, fps = [], []
    run(lesson(app.url, 1.0, times, fps))
    assert [name for name, _ in times] == ["open Softmax", "move a slider", "open Playground", "press Play",
                                           "press Pause", "open Draw a digit", "draw a digit"]
    assert len(fps) == 1 and fps[0] > 0
