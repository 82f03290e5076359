"""Click a cell of the test-set explorer's confusion matrix with the real mouse and see the page follow.

The matrix is a Vega-Lite chart. Streamlit renders it with vega-embed's SVG renderer (it only switches to
canvas above 2,000 data points per mark, and drops ARIA above 5,000 in all; this chart has 200), and
Vega gives every mark item its own SVG element with role="graphics-symbol" and an aria-label built
from the encoded fields: "Predicted: 2; True digit: 7; shade: …; Count: …". So the cell is located
by what Vega itself says the item is, and the browser's layout gives its position: no arithmetic on
axis paddings, title heights or the plot size (vega-embed fits the plot into the 520×520 chart, so
the cells are not 52 px). Needs Debian's /usr/bin/chromium, like test_browser.py.
"""
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

from tests.browser_support import require_chromium
from tools.browser import page_at, wait_until_drawn
from tools.serve import ROOT
from ui.digit_charts import PREDICTED
from ui.i18n import translate

pytestmark = pytest.mark.browser
SCREENSHOTS = ROOT / "build" / "screenshots"
MATRIX = ".st-key-digits_explorer-matrix"

require_chromium()


def cell_label(true, pred):
    return f'{translate("digits_explorer.pred", "en")}: {pred}; {translate("digits_explorer.true", "en")}: {true};'


def cell(page, true, pred):
    """The matrix's rect mark for (true, pred), found by the aria-label Vega gives it."""
    found = page.locator(f'{MATRIX} path[role="graphics-symbol"][aria-label^="{cell_label(true, pred)}"]')
    expect(found).to_have_count(1)
    return found


def click_centre(page, locator):
    """A real mouse click in the middle of the element (on the cell's count, which selects the cell too)."""
    locator.scroll_into_view_if_needed()
    box = locator.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def chosen(page, key):
    """The selectbox `digits_explorer.{key}`: its text input (role combobox) holds the chosen digit."""
    return page.locator(f'.st-key-digits_explorer-{key} input[role="combobox"]')


def test_clicking_a_matrix_cell_chooses_its_digits(app, browser, mnist_folder):
    # tall enough for the whole matrix and the gallery in the screenshot
    with page_at(browser, f"{app.url}/digits_explorer?lang=en", "en", height=1400) as page:
        heading = page.get_by_text("True 7 → predicted 2")
        assert heading.count() == 0  # the page opens on the worst mistake (4 → 9 here), not on this cell
        click_centre(page, cell(page, 7, 2))

        page.wait_for_url(lambda url: parse_qs(urlparse(url).query).get("true") == ["7"], timeout=30_000)
        wait_until_drawn(page)
        assert page.locator('[data-testid="stException"]').count() == 0
        expect(chosen(page, "true")).to_have_value("7")
        expect(chosen(page, "pred")).to_have_value("2")
        expect(heading).to_have_count(1)
        query = parse_qs(urlparse(page.url).query)
        assert query["true"] == ["7"] and query["pred"] == ["2"]
        # the redrawn matrix outlines the chosen cell, and only it, in red (a layer above the cells)
        outline = page.locator(f'{MATRIX} path[role="graphics-symbol"][stroke="{PREDICTED}"]')
        expect(outline).to_have_count(1)
        expect(outline).to_have_attribute("aria-label", cell_label(7, 2).rstrip(";"))
        page.mouse.move(0, 0)  # no tooltip over the matrix in the screenshot
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "digits_explorer-cell.png"), full_page=True)
