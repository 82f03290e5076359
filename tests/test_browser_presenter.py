"""Presenter mode in Chromium at 1280×720: no sidebar in the way, text for the back row, a larger
main picture, and still nothing outside its column."""
import pytest

from tests.browser_support import require_chromium
from tools.browser import page_at
from tools.layout import measure

pytestmark = pytest.mark.browser

require_chromium()

MAIN_PICTURE_WIDTH = """() => { const el = document.querySelector('.st-key-main_picture');
    return el ? el.getBoundingClientRect().width : 0; }"""


def body_font_size(page):
    """The computed font size of the page's explanatory text (the "Try this" list)."""
    return page.evaluate("""() => parseFloat(getComputedStyle(
        document.querySelector('[data-testid="stMain"] [data-testid="stMarkdownContainer"] li')).fontSize)""")


def sidebar_visible_width(page):
    box = page.locator('[data-testid="stSidebar"]').bounding_box()
    return 0 if box is None else max(0, box["x"] + box["width"])


@pytest.mark.parametrize("page_id", ["softmax", "playground"])
def test_presenter_mode_is_large_and_still_fits(app, browser, page_id):
    with page_at(browser, f"{app.url}/{page_id}?lang=ko", "ko", width=1280, height=720) as normal:
        normal_width = normal.evaluate(MAIN_PICTURE_WIDTH)
        assert sidebar_visible_width(normal) > 200
        assert body_font_size(normal) < 20
    with page_at(browser, f"{app.url}/{page_id}?lang=ko&present=1", "ko", width=1280, height=720) as page:
        assert "present=1" in page.url
        assert sidebar_visible_width(page) == 0
        assert body_font_size(page) >= 20
        assert page.locator('[data-testid="stExpander"]', has_text="이 그림을 그린 코드").count() == 0
        assert page.evaluate(MAIN_PICTURE_WIDTH) > normal_width * 1.1
        problems = measure(page)["problems"]
        assert problems == []
