"""Presenter mode under AppTest: ?present=1 keeps itself in the URL and across pages, leaves out the
code, and draws chart labels large enough for the back row (≥ 16 px)."""
import json

from streamlit.testing.v1 import AppTest

from tests.app_driver import APP, assert_healthy
from ui.catalog import PAGES
from ui.i18n import translate

SOFTMAX = next(p for p in PAGES if p.page_id == "softmax")
DESCENT = next(p for p in PAGES if p.page_id == "descent")


def open_softmax(present):
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = "en"
    if present is not None:
        at.query_params["present"] = present
    at.run()
    at.switch_page(SOFTMAX.path)
    at.run()
    assert_healthy(at, translate("softmax.title", "en"))
    return at


def expander_labels(at):
    return [e.label for e in at.expander]


def chart_fonts(at):
    """The smallest axis label and title sizes over the page's charts."""
    specs = [json.loads(chart.proto.spec) for chart in at.get("vega_lite_chart")]
    assert specs
    axes = [spec["config"]["axis"] for spec in specs]
    return min(a["labelFontSize"] for a in axes), min(a["titleFontSize"] for a in axes)


def test_presenter_link_hides_the_code_and_enlarges_chart_labels():
    at = open_softmax("1")
    assert at.query_params["present"] == "1"
    assert translate("frame.code_behind", "en") not in expander_labels(at)
    assert at.sidebar.toggle(key="present").value is True
    label, title = chart_fonts(at)
    assert label >= 16 and title >= 16


def test_without_presenter_mode_the_code_is_there_and_the_url_is_clean():
    at = open_softmax(None)
    assert "present" not in at.query_params
    assert translate("frame.code_behind", "en") in expander_labels(at)
    assert at.sidebar.toggle(key="present").value is False


def test_presenter_switch_goes_into_the_url_and_survives_a_page_change():
    at = open_softmax(None)
    at.sidebar.toggle(key="present").set_value(True).run()
    assert at.query_params["present"] == "1"
    assert translate("frame.code_behind", "en") not in expander_labels(at)
    at.switch_page(DESCENT.path)
    at.run()
    assert_healthy(at, translate("descent.title", "en"))
    assert at.query_params["present"] == "1"
    at.sidebar.toggle(key="present").set_value(False).run()
    assert "present" not in at.query_params
    assert translate("frame.code_behind", "en") in expander_labels(at)


def test_a_bad_present_value_means_off():
    at = open_softmax("yes please")
    assert "present" not in at.query_params
    assert at.sidebar.toggle(key="present").value is False
