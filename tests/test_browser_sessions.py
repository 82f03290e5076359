"""Several students on one server process: their Keras trainings at the same time never break each other."""
import pytest
from playwright.sync_api import expect

from tests.browser_support import require_chromium
from tools.browser import open_page

pytestmark = pytest.mark.browser

require_chromium()


def test_three_sessions_training_at_once_all_finish_without_an_error(app, browser, mnist_folder):
    pages = [open_page(browser, f"{app.url}/digits_train?lang=en&n=1000&epochs=4&units=30&batch=32", "en")
             for _ in range(3)]
    try:
        for page in pages:  # three clicks within a second or so: the trainings overlap
            page.get_by_role("button", name="Train: 1,000 digits, 4 epochs").click()
        for page in pages:
            expect(page.get_by_text("Test accuracy (evaluate)")).to_be_visible(timeout=180_000)
            assert page.locator('[data-testid="stException"]').count() == 0
            assert page.locator('[data-testid="stAlertContentError"]').count() == 0
            accuracy = page.locator('[data-testid="stMetricValue"]').first.inner_text()
            assert 50 < float(accuracy.rstrip("%")) <= 100  # 1,000 digits, 4 epochs: far above chance (10 %)
    finally:
        for page in pages:
            page.context.close()
