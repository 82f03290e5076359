"""The live player in a real browser: Play animates, Pause stops on the frame shown (and the server's run
with it), Step advances exactly one epoch."""
import pytest
from playwright.sync_api import expect

from tests.browser_support import require_chromium
from tools.browser import page_at
from tools.serve import ROOT

require_chromium()
SCREENSHOTS = ROOT / "build" / "screenshots"


def player_state(page):
    return page.evaluate("""() => { const r = document.querySelector('.nnx-player');
        return {epoch: +r.dataset.epoch, paints: +(r.dataset.paints || 0), sync: r.dataset.sync,
                server: +r.dataset.serverEpoch, playing: r.dataset.playing === 'true'}; }""")


def surface_pixels(page):
    return page.evaluate("() => document.querySelector('.nnx-player .panel-plot canvas').toDataURL()")


def wait_for_new_sync(page, sync):
    page.wait_for_function("(s) => document.querySelector('.nnx-player').dataset.sync !== s", arg=sync,
                           timeout=30_000)


@pytest.mark.parametrize("page_id", ["xor", "playground"])
def test_play_animates_pause_stops_on_the_frame_shown_and_step_adds_one_epoch(app, browser, page_id):
    with page_at(browser, f"{app.url}/{page_id}?lang=en", "en", width=1280, height=720) as page:
        page.wait_for_selector(".nnx-player canvas")
        start = player_state(page)
        first_picture = surface_pixels(page)
        assert start["epoch"] == 0
        page.get_by_role("button", name="Play").click()
        page.wait_for_function("() => +document.querySelector('.nnx-player').dataset.paints >= 40", timeout=30_000)
        playing = player_state(page)
        assert playing["epoch"] > 0 and playing["playing"]
        assert surface_pixels(page) != first_picture  # the decision surface itself changed
        page.get_by_role("button", name="Pause").click()
        paused = player_state(page)
        wait_for_new_sync(page, paused["sync"])
        after = player_state(page)
        assert after["server"] == paused["epoch"] == after["epoch"]  # the server went back to the frame shown
        page.wait_for_timeout(1_000)
        assert player_state(page)["paints"] == after["paints"]  # frozen
        page.get_by_role("button", name="Step 1 epoch").click()
        wait_for_new_sync(page, after["sync"])
        assert player_state(page)["epoch"] == paused["epoch"] + 1
        assert page.locator('[data-testid="stException"]').count() == 0
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{page_id}-played.png"))


def test_reset_goes_back_to_epoch_0(app, browser):
    with page_at(browser, f"{app.url}/xor?lang=ko", "ko", width=1024, height=768) as page:
        page.wait_for_selector(".nnx-player canvas")
        page.get_by_role("button", name="1 에포크 진행").click()
        expect(page.locator(".nnx-player")).to_have_attribute("data-epoch", "1", timeout=30_000)
        page.get_by_role("button", name="처음부터").click()
        expect(page.locator(".nnx-player")).to_have_attribute("data-epoch", "0", timeout=30_000)


def test_switching_the_language_while_playing_relabels_the_player_and_plays_on(app, browser):
    with page_at(browser, f"{app.url}/xor?lang=en", "en", width=1280, height=720) as page:
        page.wait_for_selector(".nnx-player canvas")
        page.get_by_role("button", name="Play").click()
        page.wait_for_function("() => +document.querySelector('.nnx-player').dataset.epoch >= 50", timeout=30_000)
        page.locator('[data-testid="stSidebar"]').get_by_text("한국어").click()
        expect(page.locator(".nnx-player .btn-play")).to_have_text("일시 정지", timeout=30_000)
        before = player_state(page)["epoch"]
        page.wait_for_function("(e) => +document.querySelector('.nnx-player').dataset.epoch > e + 30", arg=before,
                               timeout=30_000)
        assert player_state(page)["playing"]
