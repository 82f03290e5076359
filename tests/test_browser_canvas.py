"""Draw a digit with real mouse strokes on the page's canvas and read the network's prediction.

The canvas (streamlit-drawable-canvas, a components-v2 component) lives in the main DOM inside an
open shadow root; Playwright's CSS selectors pierce it, so `canvas.upper-canvas` (fabric.js's
event layer) is the element the mouse draws on. Needs Debian's /usr/bin/chromium, like test_browser.py.
"""
import math

import pytest

from tests.browser_support import require_chromium
from tools.browser import page_at, wait_until_drawn
from tools.serve import ROOT
from ui.i18n import translate

pytestmark = pytest.mark.browser
SCREENSHOTS = ROOT / "build" / "screenshots"
CANVAS = '.st-key-digits_draw-canvas canvas.upper-canvas'
PREDICTION = '[data-testid="stMetricValue"]'
RESET = '.st-key-digits_draw-canvas [aria-label="Reset canvas & history"]'

require_chromium()


def one():
    """A vertical stroke down the middle, from 20% to 80% of the height: (x, y) as fractions of the canvas."""
    return [(0.5, 0.2 + 0.6 * i / 40) for i in range(41)]


def zero():
    """An ellipse half the canvas wide and three quarters tall, closed back at its start."""
    return [(0.5 + 0.25 * math.sin(a), 0.5 - 0.375 * math.cos(a))
            for a in (2 * math.pi * i / 60 for i in range(61))]


def draw(page, points):
    """One mouse stroke through `points`, with intermediate mouse moves so fabric.js sees a smooth path."""
    box = page.locator(CANVAS).bounding_box()
    at = [(box["x"] + fx * box["width"], box["y"] + fy * box["height"]) for fx, fy in points]
    page.mouse.move(*at[0])
    # as a hand does: the pointer rests on the canvas before the button goes down (the canvas' toolbar
    # appears on hover, and a press in the same instant as the pointer's arrival is lost)
    page.wait_for_timeout(400)
    page.mouse.down()
    for x, y in at[1:]:
        page.mouse.move(x, y, steps=3)
    page.mouse.up()


def prediction(page):
    """The predicted digit once Streamlit has rerun with the drawing."""
    page.wait_for_selector(PREDICTION, timeout=30_000)
    wait_until_drawn(page)
    assert page.locator('[data-testid="stException"]').count() == 0
    assert translate("digits.prediction", "en") in page.locator('[data-testid="stMetric"]').inner_text()
    return page.locator(PREDICTION).inner_text().strip()


def assert_blank_prompt(page):
    page.wait_for_selector(PREDICTION, state="detached", timeout=30_000)
    wait_until_drawn(page)
    assert translate("digits.blank", "en") in page.locator('[data-testid="stAlert"]').inner_text()
    assert page.locator('[data-testid="stException"]').count() == 0


@pytest.mark.parametrize("digit, stroke", [("1", one), ("0", zero)])
def test_drawn_digit_is_recognised(app, browser, digit, stroke):
    with page_at(browser, f"{app.url}/digits_draw?lang=en", "en") as page:
        assert_blank_prompt(page)
        draw(page, stroke())
        assert prediction(page) == digit
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"digits_draw-drawn-{digit}.png"), full_page=True)


def test_toolbar_reset_brings_back_the_blank_prompt(app, browser):
    with page_at(browser, f"{app.url}/digits_draw?lang=en", "en") as page:
        draw(page, one())
        assert prediction(page) == "1"
        page.locator(RESET).click()  # the toolbar only shows on hover; click() hovers first
        assert_blank_prompt(page)
