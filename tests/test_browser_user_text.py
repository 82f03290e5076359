"""Shared links carrying Markdown in typed numbers, and uploaded files carrying it in their column names:
in a real browser, no outside image is fetched and no outside link appears (the links found by trying
them as a class server would receive them)."""
import pytest
from playwright.sync_api import expect

from tests.browser_support import require_chromium
from tests.test_browser_csv import assert_no_traceback, upload
from tools.browser import page_at, wait_until_drawn

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


HEADERS = [IMAGE, f"<img src='http://{OUTSIDE}/h.png'>", f"[l](http://{OUTSIDE}/x)", f"$\\href{{http://{OUTSIDE}}}{{k}}$"]


@pytest.mark.parametrize("numeric", [False, True], ids=["words", "numbers"])
def test_an_uploaded_header_with_markdown_fetches_and_links_nothing_outside(app, browser, numeric):
    """Column names from a file: in the "no numeric columns" message (words), and in the column pickers,
    the table and the charts (numbers)."""
    header = ",".join(f'"{name}"' for name in HEADERS)
    rows = "\n".join(",".join(str(i * (k + 1)) if numeric else f"w{i}" for k in range(len(HEADERS)))
                     for i in range(1, 21))
    with page_at(browser, f"{app.url}/csv_fit?lang=en&data=upload", "en", height=1400) as page:
        fetched = []
        page.on("request", lambda request: fetched.append(request.url) if OUTSIDE in request.url else None)
        upload(page, "hostile.csv", f"{header}\n{rows}\n".encode())
        if numeric:
            expect(page.locator(".st-key-csv_fit-target")).to_be_visible(timeout=30_000)
            wait_until_drawn(page)
            assert OUTSIDE in page.locator('[data-testid="stMain"]').text_content()  # the names, as typed
        else:
            error = page.locator('[data-testid="stAlertContentError"]').first
            expect(error).to_contain_text(OUTSIDE, timeout=30_000)
            assert error.locator("code").count() >= len(HEADERS)
        page.wait_for_timeout(500)
        assert_no_traceback(page)
        assert fetched == []
        assert page.locator(f'img[src*="{OUTSIDE}"], a[href*="{OUTSIDE}"]').count() == 0
