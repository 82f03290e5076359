"""Debian's Chromium driven by Playwright (never `playwright install`: no internet here)."""
import contextlib
import os
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
# Without the background-networking flags Chromium keeps dialling out, and this machine refuses it.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]
LOCALES = {"ko": "ko-KR", "en": "en-US"}


def chromium_available():
    return CHROMIUM.exists() and os.access(CHROMIUM, os.X_OK)


@contextlib.contextmanager
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@contextlib.contextmanager
def page_at(browser, url, lang, **size):
    """open_page, closing the page's browser context afterwards."""
    page = open_page(browser, url, lang, **size)
    try:
        yield page
    finally:
        page.context.close()


def open_page(browser, url, lang, width=1400, height=1000):
    """Open `url` with the browser's language set to `lang`; return once Streamlit has drawn the page."""
    context = browser.new_context(locale=LOCALES[lang], viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(url)
    wait_until_drawn(page)
    return page


def wait_until_drawn(page, timeout_ms=60_000):
    page.wait_for_selector("h1", state="visible", timeout=timeout_ms)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout_ms)
    page.wait_for_function(
        """() => document.querySelectorAll('[data-testid="stSkeleton"]').length === 0
              && [...document.querySelectorAll('.vega-embed')].every(e => e.querySelector('canvas, svg'))""",
        timeout=timeout_ms,
    )
    page.wait_for_timeout(300)  # Vega's first paint after the canvas exists
