"""Shared links carrying Markdown in typed numbers: in a real browser, no outside image is fetched and
no outside link appears (the links found by trying them as a class server would receive them)."""
import pytest

from tests.browser_support import require_chromium
from tools.browser import page_at

pytestmark = pytest.mark.browser

require_chromium()

OUTSIDE = "127.0.0.1:9"  # a port nothing listens on: a request to it is only ever the payload's
IMAGE = f"![p](http://{OUTSIDE}/px.png)"
LINKS = [
    f"softmax?lang=en&mode=typed&scores=1,%20{IMAGE},%202",
    f"softmax?lang=en&big={IMAGE}",
    f"losses?lang=en&labels={IMAGE}",
    f"shapes?lang=en&x=1,%20[l](http://{OUTSIDE}/x)",
]


@pytest.mark.parametrize("link", LINKS)
def test_a_link_with_markdown_fetches_and_links_nothing_outside(app, browser, link):
    with page_at(browser, f"{app.url}/{link}", "en") as page:
        fetched = []
        page.on("request", lambda request: fetched.append(request.url) if OUTSIDE in request.url else None)
        page.reload()
        page.wait_for_selector('[data-testid="stAlertContentError"]', timeout=30_000)
        page.wait_for_timeout(500)
        assert fetched == []
        assert page.locator(f'img[src*="{OUTSIDE}"], a[href*="{OUTSIDE}"]').count() == 0
        error = page.locator('[data-testid="stAlertContentError"]').first
        assert OUTSIDE in error.inner_text()  # shown as typed, in a code span
        assert error.locator("code").count() >= 1
