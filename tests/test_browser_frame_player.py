"""ui/frame_player.js on its own in Chromium, called the way Streamlit's components v2 call it: the default
export gets {parentElement, data, setTriggerValue} on every data change and may return a cleanup."""
import json

import pytest

from tests.browser_support import require_chromium
from tools.serve import ROOT

require_chromium()
pytestmark = pytest.mark.browser
FRAMES = 100

# loads the module from its text, renders into a fresh element, and keeps what the player sends
LOAD = """async (source) => {
    const url = URL.createObjectURL(new Blob([source], {type: "text/javascript"}));
    window.render = (await import(url)).default;
    window.sent = [];
    window.host = document.createElement("div");
    document.body.appendChild(window.host);
    window.draw = (data) => window.render({parentElement: window.host, data,
                                           setTriggerValue: (key, value) => window.sent.push([key, value])});
}"""


def replay(playing):
    """A whole run sent at once, as the Gradient descent replay sends it: every frame, final."""
    return {"sync": "run-1", "playing": playing, "final": True, "replay": True, "message": "", "fps": 60,
            "low_water": 30, "labels": {"play": "Play", "pause": "Pause", "step": "Step", "reset": "Reset"},
            "stats": [{"id": "step", "label": "step"}], "history": {},
            "panels": [{"id": "table", "kind": "table", "title": "", "columns": ["step"]}], "rows": [["table"]],
            "frames": [{"epoch": e, "stats": {"step": f"{e} / {FRAMES}"}, "cells": {"table": [[str(e)]]}, "end": None}
                       for e in range(FRAMES + 1)]}


@pytest.fixture
def player_page(browser):
    context = browser.new_context(viewport={"width": 1024, "height": 768})
    page = context.new_page()
    page.set_content("<!doctype html><html><body></body></html>")
    page.evaluate(LOAD, (ROOT / "ui" / "frame_player.js").read_text())
    yield page
    context.close()


def shown(page):
    return page.evaluate("""() => { const r = document.querySelector('.nnx-player');
        return {epoch: +r.dataset.epoch, playing: r.dataset.playing === 'true',
                button: r.querySelector('.btn-play').textContent,
                step_disabled: r.querySelector('.btn-step').disabled}; }""")


def test_an_overtaken_renders_cleanup_does_not_stop_the_replay(player_page):
    page = player_page
    page.evaluate("(data) => { window.stale = window.draw(data); }", replay(False))
    page.click(".btn-play")
    # new data while the player is on the page, then the cleanup of the render it overtook, which
    # Streamlit runs late when that render's loader was still busy
    page.evaluate("(data) => { window.draw(data); window.stale(); }", json.loads(json.dumps(replay(True))))
    page.wait_for_function(f"""() => {{ const r = document.querySelector('.nnx-player');
        return +r.dataset.epoch === {FRAMES} && r.dataset.playing === 'false'; }}""", timeout=15_000)
    end = shown(page)
    assert end == {"epoch": FRAMES, "playing": False, "button": "Play", "step_disabled": False}  # Step starts it again
    assert ["action", "pause"] in [[key, value["do"]] for key, value in page.evaluate("window.sent")]


def test_the_cleanup_of_a_removed_player_stops_it(player_page):
    page = player_page
    page.evaluate("(data) => { window.cleanup = window.draw(data); }", replay(False))
    page.click(".btn-play")
    page.wait_for_function("() => +document.querySelector('.nnx-player').dataset.epoch > 5", timeout=15_000)
    stopped_at = page.evaluate("""() => { const r = document.querySelector('.nnx-player');
        window.host.remove(); window.cleanup(); return +r.dataset.epoch; }""")
    page.wait_for_timeout(500)
    assert page.evaluate("() => +window.host.querySelector('.nnx-player').dataset.epoch") <= stopped_at + 1


def paused_at(epoch, sync):
    """A training run paused on `epoch`, as the server sends it after Step or Pause."""
    data = replay(False)
    data.update(sync=sync, final=False, replay=False,
                frames=[{"epoch": epoch, "stats": {"step": str(epoch)}, "cells": {"table": [[str(epoch)]]},
                         "end": None}])
    return data


def requests(page):
    return [(value["do"], value.get("at")) for key, value in page.evaluate("window.sent") if key == "action"]


def test_play_clicked_before_the_server_answered_step_plays_on_from_the_step(player_page):
    page = player_page
    page.evaluate("(data) => window.draw(data)", paused_at(3, "s1"))
    page.click(".btn-step")
    page.click(".btn-play")  # before the answer to Step: sent now, it would carry epoch 3 and undo the step
    assert requests(page) == [("step", 3)]
    page.evaluate("(data) => window.draw(data)", paused_at(4, "s2"))  # the server's answer to Step
    assert requests(page) == [("step", 3), ("play", 4)]
    assert shown(page)["button"] == "Pause"


def test_without_an_answer_a_click_is_not_held_forever(player_page):
    page = player_page
    page.evaluate("(data) => window.draw(data)", paused_at(3, "s1"))
    page.click(".btn-step")
    page.evaluate("() => { const now = performance.now.bind(performance); performance.now = () => now() + 30000; }")
    page.click(".btn-step")
    assert requests(page) == [("step", 3), ("step", 3)]
