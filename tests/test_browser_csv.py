"""The "Your CSV" page in a real Chromium: files go through Streamlit's own uploader, which AppTest cannot drive.

Bad files get the page's translated message and never a traceback; a good file (a Korean Excel export in
cp949) gets its column pickers and trains.
"""
import pytest
from playwright.sync_api import expect

from tests.browser_support import require_chromium
from tools.browser import page_at, wait_until_drawn
from tools.serve import ROOT
from ui.csv_table import MAX_BYTES, describe_bytes
from ui.i18n import translate

pytestmark = pytest.mark.browser
SCREENSHOTS = ROOT / "build" / "screenshots"
ERROR = '[data-testid="stAlertContentError"]'

require_chromium()


def upload(page, name, data):
    """Choose a file in the page's uploader and wait until the page has been redrawn with it."""
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        files=[{"name": name, "mimeType": "text/csv", "buffer": data}])
    expect(page.locator('[data-testid="stFileChipName"]')).to_have_text(name, timeout=30_000)
    page.wait_for_timeout(300)
    wait_until_drawn(page)


def assert_no_traceback(page):
    assert page.locator('[data-testid="stException"]').count() == 0


def error_text(page, expected, timeout=30_000):
    expect(page.locator(ERROR).first).to_contain_text(expected, timeout=timeout)
    return page.locator(ERROR).first.inner_text()


def test_bad_files_get_a_translated_message(app, browser):
    with page_at(browser, f"{app.url}/csv_fit?lang=ko&data=upload", "ko", height=1400) as page:
        # Streamlit's own "200MB per file" is hidden: the caption gives this page's limits, in Korean
        expect(page.locator('[data-testid="stFileUploaderDropzoneInstructions"]')).to_be_hidden()

        upload(page, "graph.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
        text = error_text(page, translate("csv_fit.err.not_csv.image", "ko"))
        assert f'{translate("csv_fit.err.not_csv", "ko")} {translate("csv_fit.err.not_csv.image", "ko")}' in text
        assert_no_traceback(page)

        upload(page, "성적.xlsx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00")
        error_text(page, translate("csv_fit.err.not_csv.excel", "ko"))
        assert_no_traceback(page)

        big = b"x,y\n" + b"1,2\n" * (MAX_BYTES // 4 + 1)
        upload(page, "big.csv", big)
        error_text(page, translate("csv_fit.err.too_large.bytes", "ko", size=describe_bytes(len(big)),
                                   limit=describe_bytes(MAX_BYTES)))
        assert_no_traceback(page)

        upload(page, "blank.csv", b"x1,x2,y\n1,2,3\n4,,6\n7,8,9\n10,11,12\n13,14,15\n")
        error_text(page, translate("csv_fit.err.missing_values", "ko", rows=1, total=5, columns="x2 (1)", line=3,
                                   remaining=4))
        assert page.locator(".st-key-csv_fit-target").count() == 0  # nothing to pick from yet
        page.locator(".st-key-csv_fit-drop_missing label").click()  # the switch's input itself is hidden
        expect(page.locator(".st-key-csv_fit-target")).to_be_visible(timeout=30_000)
        wait_until_drawn(page)
        assert page.locator(ERROR).count() == 0
        assert translate("csv_fit.dropped", "ko", rows=1) in page.locator(
            '[data-testid="stCaptionContainer"]').all_inner_texts()
        assert_no_traceback(page)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "csv_fit-dropped-ko.png"), full_page=True)


def test_a_korean_excel_export_gets_column_pickers_and_trains(app, browser):
    rows = "\n".join(f"{150 + i},{20 + i % 30},{45 + 0.5 * i + (i % 7)},학생{i}" for i in range(40))
    data = f"키,나이,몸무게,이름\n{rows}\n".encode("cp949")
    with page_at(browser, f"{app.url}/csv_fit?lang=en&data=upload&epochs=10", "en", height=1600) as page:
        upload(page, "students.csv", data)
        # the last numeric column is the target; the others are the inputs
        expect(page.get_by_role("combobox", name=translate("csv_fit.target", "en"))).to_have_value("몸무게")
        captions = page.locator('[data-testid="stCaptionContainer"]').all_inner_texts()
        assert translate("csv_fit.read_summary", "en", rows="40", columns=3, encoding="cp949",
                         separator=translate("csv_fit.sep.comma", "en")) in captions
        assert translate("csv_fit.ignored", "en", names="이름") in captions
        inputs = page.locator(".st-key-csv_fit-inputs").inner_text()
        assert "키" in inputs and "나이" in inputs
        page.get_by_role("button", name=translate("csv_fit.train", "en"), exact=True).click()
        metric = page.locator('[data-testid="stMetric"]').filter(has_text=translate("csv_fit.test_mse", "en"))
        expect(metric).to_be_visible(timeout=60_000)
        wait_until_drawn(page)
        assert_no_traceback(page)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "csv_fit-uploaded-en.png"), full_page=True)
