"""Challenge progress in a real Chromium: a challenge solved on its page is ticked; the tick is kept in the
browser (localStorage), so a reload (a new server session) and the home page's learning map still show
it; "Reset my progress" clears it, also after a reload."""
import json

import pytest
from playwright.sync_api import expect

from tests.browser_support import require_chromium
from tools.browser import page_at, wait_until_drawn
from ui.challenges import BY_ID, for_page
from ui.i18n import translate
from ui.progress import STORAGE_KEY

pytestmark = pytest.mark.browser

require_chromium()

CHALLENGE = BY_ID["perceptron.or_own"]
CARD = ".st-key-challenge-perceptron-or_own"
PAGE_COUNT = len(for_page("perceptron"))


def stored(page):
    return json.loads(page.evaluate(f"() => window.localStorage.getItem('{STORAGE_KEY}') || '[]'"))


def home_count(page, done):
    """The learning map's line for the perceptron page shows `done` of its challenges."""
    text = translate("home.progress", "en", done=done, total=PAGE_COUNT)
    expect(page.locator('[data-testid="stCaptionContainer"]', has_text=translate("perceptron.oneliner", "en"))
           ).to_contain_text(text, timeout=30_000)


def test_a_tick_survives_a_reload_and_reset_clears_it(app, browser):
    solved_url = f"{app.url}/perceptron?lang=en&{CHALLENGE.solution_query}"
    with page_at(browser, solved_url, "en", height=1400) as page:
        card = page.locator(CARD)
        expect(card).to_contain_text(translate("challenges.solved", "en"), timeout=30_000)
        expect(card).to_contain_text(translate(f"ch.{CHALLENGE.id}.why", "en"))
        page.wait_for_function(f"() => (window.localStorage.getItem('{STORAGE_KEY}') || '').includes('{CHALLENGE.id}')",
                               timeout=30_000)

        # a new session on the page's default state (which does not solve it): ticked from the browser's list
        page.goto(f"{app.url}/perceptron?lang=en")
        wait_until_drawn(page)
        expect(page.locator(CARD)).to_contain_text(translate("challenges.solved_before", "en"), timeout=30_000)
        title = translate("challenges.title", "en", done=1, total=PAGE_COUNT)
        expect(page.get_by_role("heading", name=title)).to_be_visible()

        page.goto(f"{app.url}/?lang=en")
        wait_until_drawn(page)
        home_count(page, 1)

        page.get_by_role("button", name=translate("home.reset", "en")).click()
        home_count(page, 0)
        page.wait_for_function(f"() => window.localStorage.getItem('{STORAGE_KEY}') === '[]'", timeout=30_000)
        page.reload()
        wait_until_drawn(page)
        home_count(page, 0)
        assert stored(page) == []
