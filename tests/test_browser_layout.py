"""Every page as a projector shows it: pictures inside their columns, none covering another, no
sideways scrolling, no label cut short, and the main picture on the first screen.

Measured from bounding boxes in Chromium (tools.layout) at the projector sizes 1280×720 and
1024×768 in both languages, on the pages' default views and on states that only exist after an
action (a drawn digit, a chosen confusion cell, a trained Playground); at 390×844 (a phone, where
columns stack) and 1920×1080 for the pages with the widest pictures. Needs /usr/bin/chromium.
"""
import pytest

from tests.browser_support import require_chromium
from tests.test_browser_canvas import draw, one
from tools.browser import page_at, wait_until_drawn
from tools.layout import PROJECTORS, SIZES, main_picture_top, measure
from ui.catalog import HOME, PAGES
from ui.i18n import LANGUAGES, translate

pytestmark = pytest.mark.browser
FOLD = 720
VISIBLE = 200  # at least this much of the main picture is on the first screen at 1280×720

require_chromium()

# Views that exist only after an action, opened through their URL (every control is in it).
STATES = {
    "digits_draw-sample": ("digits_draw", "input=sample&sample=3_small_corner"),
    "digits_explorer-7to2": ("digits_explorer", "true=7&pred=2"),
    "overshoot-diverging": ("overshoot", "s=5"),
    "playground-spiral-deep": ("playground", "data=spiral&layers=6&features=x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2"),
}
# Pages that show their picture only with the MNIST digits (tests/conftest.py's mnist_folder).
NEEDS_MNIST = ("digits_explorer", "digits_train")
# Pages with the widest pictures, also on a phone and a large screen.
WIDE = ("perceptron", "softmax", "descent", "playground", "overshoot", "digits_draw", "digits_explorer")


def url(app, page_id, lang, query=""):
    path = "" if page_id == "home" else page_id
    return f"{app.url}/{path}?lang={lang}" + (f"&{query}" if query else "")


def resize(page, size):
    width, height = SIZES[size]
    page.set_viewport_size({"width": width, "height": height})
    page.wait_for_timeout(700)  # Vega redraws on its container's resize
    wait_until_drawn(page)


def assert_fits(page, where):
    layout = measure(page)
    assert layout["problems"] == [], f"{where}: {layout['problems']}"
    return layout


def check_projector_sizes(page, where):
    for size in PROJECTORS:
        resize(page, size)
        assert_fits(page, f"{where} at {size}")


def assert_main_picture_first(page, where):
    top = main_picture_top(page)
    assert top is not None, f"{where} marks no main picture (ui.layout.main_picture)"
    assert top + VISIBLE <= FOLD, f"{where}: the main picture starts {top:.0f} px down"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page_id", [p.page_id for p in (HOME, *PAGES)])
def test_pictures_fit_a_projector_and_the_main_picture_comes_first(app, browser, page_id, lang, request):
    if page_id in NEEDS_MNIST:
        request.getfixturevalue("mnist_folder")
    width, height = SIZES["1280x720"]
    assert height == FOLD
    with page_at(browser, url(app, page_id, lang), lang, width=width, height=height) as page:
        assert_main_picture_first(page, f"{page_id} ({lang})")
        check_projector_sizes(page, f"{page_id} ({lang})")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("state", list(STATES))
def test_pictures_fit_a_projector_after_an_action(app, browser, state, lang, request):
    page_id, query = STATES[state]
    if page_id in NEEDS_MNIST:
        request.getfixturevalue("mnist_folder")
    width, height = SIZES["1280x720"]
    with page_at(browser, url(app, page_id, lang, query), lang, width=width, height=height) as page:
        check_projector_sizes(page, f"{state} ({lang})")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_trained_playground_fits_a_projector(app, browser, lang):
    width, height = SIZES["1024x768"]
    with page_at(browser, url(app, "playground", lang), lang, width=width, height=height) as page:
        page.wait_for_selector(".nnx-player canvas")
        player = page.locator(".nnx-player")
        page.get_by_role("button", name=translate("live.play", lang)).click()
        page.wait_for_function("() => +document.querySelector('.nnx-player').dataset.epoch >= 15", timeout=30_000)
        page.get_by_role("button", name=translate("live.pause", lang)).click()
        sync = player.get_attribute("data-sync")
        page.wait_for_function("(s) => document.querySelector('.nnx-player').dataset.sync !== s", arg=sync)
        wait_until_drawn(page)
        assert int(player.get_attribute("data-epoch")) >= 15
        check_projector_sizes(page, f"trained playground ({lang})")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_drawn_digit_fits_a_projector(app, browser, lang):
    width, height = SIZES["1024x768"]
    with page_at(browser, url(app, "digits_draw", lang), lang, width=width, height=height) as page:
        draw(page, one())
        page.wait_for_selector('[data-testid="stMetricValue"]', timeout=30_000)
        wait_until_drawn(page)
        check_projector_sizes(page, f"drawn digit ({lang})")


# Pages whose picture appears after pressing a button: (page, the button's label, its arguments).
TRAINED = {"csv_fit": ("csv_fit.train", {}), "keras_recipes": ("keras_recipes.train_a", {"epochs": 30})}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page_id", list(TRAINED))
def test_a_trained_result_fits_a_projector(app, browser, page_id, lang):
    key, values = TRAINED[page_id]
    width, height = SIZES["1024x768"]
    with page_at(browser, url(app, page_id, lang), lang, width=width, height=height) as page:
        charts = page.locator('[data-testid="stVegaLiteChart"]')
        before = charts.count()
        page.get_by_role("button", name=translate(key, lang, **values)).first.click()
        page.wait_for_timeout(1500)
        wait_until_drawn(page, timeout_ms=120_000)
        assert charts.count() > before, f"{page_id}: no new picture after training"
        check_projector_sizes(page, f"{page_id} trained ({lang})")


@pytest.mark.parametrize("size", ["phone", "1920x1080"])
@pytest.mark.parametrize("page_id", WIDE)
def test_pictures_fit_a_phone_and_a_large_screen(app, browser, page_id, size, request):
    if page_id in NEEDS_MNIST:
        request.getfixturevalue("mnist_folder")
    width, height = SIZES[size]
    with page_at(browser, url(app, page_id, "ko"), "ko", width=width, height=height) as page:
        assert_fits(page, f"{page_id} at {size}")


# The live and replayed pages: what the lecturer presses and what moves, on one screen.
LIVE = ("xor", "playground", "hidden_regression", "descent", "overshoot", "minibatch")  # all on ui.live_player
BOTTOMS_JS = """(selectors) => Object.fromEntries(Object.entries(selectors).map(([name, selector]) => {
    const boxes = [...document.querySelectorAll(selector)].map(el => el.getBoundingClientRect())
                                                         .filter(r => r.width > 0 && r.height > 0);
    return [name, boxes.length ? Math.max(...boxes.map(r => r.bottom)) : null]; }))"""


def settled(page, selectors, tries=25):
    """The elements' bottoms once the page has stopped moving: fonts loaded (KaTeX's and the app's change
    line heights) and three reads 200 ms apart agreeing, as a lecturer sees the page after it opens. The
    fonts are awaited before every read: Korean glyphs come in subsets, fetched as text needs them."""
    fonts_ready = "() => document.fonts.ready.then(() => true)"
    page.evaluate(fonts_ready)
    bottoms, agreeing = page.evaluate(BOTTOMS_JS, selectors), 0
    for _ in range(tries):
        page.wait_for_timeout(200)
        page.evaluate(fonts_ready)
        again = page.evaluate(BOTTOMS_JS, selectors)
        agreeing = agreeing + 1 if again == bottoms else 0
        if agreeing == 2:
            break
        bottoms = again
    return bottoms


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page_id", LIVE)
def test_play_controls_and_the_animated_picture_share_one_screen(app, browser, page_id, lang):
    width, height = SIZES["1280x720"]
    with page_at(browser, url(app, page_id, lang), lang, width=width, height=height) as page:
        page.wait_for_selector(".nnx-player canvas")  # the live player: its buttons, counter and plots
        selectors = {"play": ".nnx-player .btn-play", "step": ".nnx-player .btn-step",
                     "reset": ".nnx-player .btn-reset", "counter": ".nnx-player .stat:first-child",
                     "picture": ".st-key-main_picture .nnx-player .note + .row .panel-plot canvas"}  # first row
        bottoms = settled(page, selectors)
        for name, bottom in bottoms.items():
            assert bottom is not None, f"{page_id} ({lang}): no {name} on the page"
            assert bottom <= FOLD, f"{page_id} ({lang}): the {name} ends {bottom:.0f} px down, below the first screen"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_glossary_fits_a_projector_and_a_phone(app, browser, lang):
    """A page of text: nothing overlaps, overflows or is cut at a projector's sizes and on a phone."""
    width, height = SIZES["1280x720"]
    with page_at(browser, url(app, "glossary", lang), lang, width=width, height=height) as page:
        check_projector_sizes(page, f"glossary ({lang})")
    width, height = SIZES["phone"]
    with page_at(browser, url(app, "glossary", lang), lang, width=width, height=height) as page:
        assert_fits(page, f"glossary ({lang}) on a phone")
