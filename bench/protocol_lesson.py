"""The classroom bench's lesson (bench/classroom.py) followed by a protocol-level session
(bench/protocol_session.py) instead of a browser: the same actions, each timed from the message that
makes it to the end of the script run that answers it. Playing is the player's own loop: it paints the
frames it holds at the player's frame rate and asks for more when fewer than its low-water mark are
left, so the frames per second painted are those a browser could have painted from what the server sent."""
import asyncio
import time

from bench.protocol_session import ProtocolSession, ScriptError, component_data, drawn_one

CANVAS = 240  # pages/digits_draw.py


class Player:
    """The Playground's player, as ui/frame_player.js drives it."""

    def __init__(self, session, key):
        self.session, self.key = session, key
        self.requests = 0
        self.frames = []
        self.shown = None
        self.final = False
        self._take(component_data(session.widgets[key]))

    def _take(self, data):
        held = self.frames[-1]["epoch"] if self.frames else (self.shown or {}).get("epoch", -1)
        self.frames += [f for f in data["frames"] if f["epoch"] > held]
        self.fps, self.low_water, self.final = data["fps"], data["low_water"], data["final"]

    async def send(self, what, **extra):
        self.requests += 1
        request = {"do": what, "at": (self.shown or {}).get("epoch", 0), "id": f"bench:{self.requests}", **extra}
        await self.session.component_event(self.key, "action", request)
        data = component_data(self.session.widgets[self.key])
        if what == "pause":
            self.frames = data["frames"]
        return data

    async def play(self):
        """Press Play; returns when frames after the one shown have arrived."""
        shown = self.frames.pop(0) if self.frames else None
        self.shown = shown
        self.frames = []
        self._take(await self.send("play"))

    async def keep_playing(self, seconds):
        """Paint frames for `seconds`; the frames per second painted."""
        painted, asking = 0, None
        started = time.perf_counter()
        next_paint = started
        while time.perf_counter() - started < seconds:
            if asking is None and len(self.frames) < self.low_water and not self.final:
                have = (self.frames[-1] if self.frames else self.shown or {}).get("epoch", 0)
                asking = asyncio.create_task(self.send("more", have=have))
            if asking is not None and asking.done():
                self._take(asking.result())
                asking = None
            if self.frames and time.perf_counter() >= next_paint:
                self.shown = self.frames.pop(0)
                painted += 1
                next_paint += 1 / self.fps
            await asyncio.sleep(max(0.0, min(next_paint - time.perf_counter(), 0.02)))
            next_paint = max(next_paint, time.perf_counter() - 1 / self.fps)  # a stall does not bank frames
        if asking is not None:
            self._take(await asking)
        return painted / (time.perf_counter() - started)

    async def pause(self):
        await self.send("pause")


async def timed(times, name, action):
    started = time.perf_counter()
    result = await action()
    times.append((name, time.perf_counter() - started))
    return result


async def lesson(url, play_seconds, times, fps, delay=0.0):
    await asyncio.sleep(delay)
    session = ProtocolSession(url)
    try:
        await timed(times, "open Softmax", lambda: session.open("softmax", "lang=en"))
        await timed(times, "move a slider", lambda: session.move_slider("softmax.T"))
        await timed(times, "open Playground", lambda: session.switch_page("playground"))
        player = Player(session, "playground.run.player")
        await timed(times, "press Play", player.play)
        fps.append(await player.keep_playing(play_seconds))
        await timed(times, "press Pause", player.pause)
        await timed(times, "open Draw a digit", lambda: session.switch_page("digits_draw"))
        drawn = await timed(times, "draw a digit",
                            lambda: session.component_state("digits_draw.canvas", drawn_one(CANVAS)))
        if not drawn.of_kind("metric"):
            raise ScriptError("the drawn digit got no prediction")
    finally:
        await session.close()
