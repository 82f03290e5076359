"""Play and Pause on the XOR page in a real browser: the fragment's timer trains and redraws on its own."""

from playwright.sync_api import expect

from tests.browser_support import require_chromium
from tools.browser import page_at, wait_until_drawn
from tools.serve import ROOT
from ui.i18n import translate

require_chromium()
SCREENSHOTS = ROOT / "build" / "screenshots"


def epoch(page):
    label = translate("live.epoch", "en")
    metric = page.locator('[data-testid="stMetric"]').filter(has_text=label).locator('[data-testid="stMetricValue"]')
    return int(metric.inner_text().replace(",", ""))


def test_play_trains_until_paused(app, browser):
    with page_at(browser, f"{app.url}/xor?lang=en", "en", height=1400) as page:
        assert epoch(page) == 0
        switch = page.get_by_role("switch", name=translate("live.play", "en"))
        label = page.locator(".st-key-xor-run-playing label")  # the input itself is visually hidden
        label.click()
        expect(switch).to_be_checked()
        page.wait_for_timeout(3_000)  # a few frames
        assert epoch(page) > 0
        label.click()
        expect(switch).not_to_be_checked()
        page.wait_for_timeout(2_000)  # frames already on their way end
        wait_until_drawn(page)
        paused_at = epoch(page)
        page.wait_for_timeout(2_000)
        assert epoch(page) == paused_at  # paused means no more training
        assert page.locator('[data-testid="stException"]').count() == 0
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "xor-played.png"))
