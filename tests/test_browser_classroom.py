"""The classroom server (tools/classroom.py: nginx in front of two Streamlit workers) in a real browser.

Each browser stays on one worker (the nnx_worker cookie names its port), uploads and the drawing
canvas work through the proxy, a browser whose worker dies comes back on the other worker with the
settings of its URL, and while no worker answers the proxy shows "the class server is starting".
Needs Debian's nginx besides chromium; CI (CI=true) fails without either, a laptop skips.
"""
import os
import signal
import urllib.error
import urllib.request

import pytest
from playwright.sync_api import expect

from tests.browser_support import require_chromium
from tests.test_browser_canvas import draw, one, prediction
from tests.test_browser_csv import assert_no_traceback, upload
from tools.browser import open_page, page_at, wait_until_drawn
from tools.classroom import find_nginx, running_classroom
from ui.i18n import translate

pytestmark = pytest.mark.browser

require_chromium()
if find_nginx() is None:
    if os.environ.get("CI"):
        raise RuntimeError("CI needs Debian's nginx for the classroom tests (apt-get install nginx)")
    pytest.skip("no nginx on this machine (apt-get install nginx)", allow_module_level=True)


@pytest.fixture(scope="module")
def classroom(tmp_path_factory):
    with running_classroom(workers=2, state=tmp_path_factory.mktemp("classroom")) as running:
        yield running


def worker_port(page):
    cookies = {cookie["name"]: cookie["value"] for cookie in page.context.cookies()}
    return int(cookies["nnx_worker"])


def test_two_browsers_land_on_different_workers(classroom, browser):
    first = open_page(browser, f"{classroom.url}/softmax?lang=en", "en")
    second = open_page(browser, f"{classroom.url}/softmax?lang=ko", "ko")
    try:
        ports = {worker_port(first), worker_port(second)}
        assert ports == {worker.port for worker in classroom.workers}
        for page in (first, second):  # each one's session works: a rerun reaches its own worker
            page.reload()
            wait_until_drawn(page)
            assert_no_traceback(page)
    finally:
        first.context.close()
        second.context.close()


def test_an_upload_and_a_drawing_work_through_the_proxy(classroom, browser):
    rows = "\n".join(f"{i},{2 * i + 1}" for i in range(30))
    with page_at(browser, f"{classroom.url}/csv_fit?lang=en&data=upload", "en", height=1400) as page:
        upload(page, "line.csv", f"x,y\n{rows}\n".encode())
        expect(page.get_by_role("combobox", name=translate("csv_fit.target", "en"))).to_have_value("y")
        assert_no_traceback(page)
    with page_at(browser, f"{classroom.url}/digits_draw?lang=en", "en") as page:
        draw(page, one())
        assert prediction(page) == "1"


def test_a_browser_whose_worker_dies_comes_back_on_the_other_with_its_settings(browser, tmp_path):
    with running_classroom(workers=2, state=tmp_path) as classroom, \
            page_at(browser, f"{classroom.url}/softmax?lang=en&T=2.5", "en") as page:
        before = worker_port(page)
        slider = page.locator('[data-testid="stSlider"]').filter(has_text=translate("softmax.temperature", "en"))
        expect(slider).to_contain_text("2.50")
        os.killpg(classroom.worker_on(before).process.pid, signal.SIGKILL)  # as a crash would
        # the frontend reconnects through the proxy, which moves the browser to the live worker
        for _ in range(60):
            if worker_port(page) != before:
                break
            page.wait_for_timeout(500)
        assert worker_port(page) != before
        slider.get_by_role("slider").press("ArrowRight")  # the learner's next move reruns the page there
        expect(page.get_by_text(translate("app.reconnected", "en"))).to_be_visible(timeout=60_000)
        wait_until_drawn(page)
        # its settings came back from its URL (T=2.5; the default is 1.0), with the move when the
        # frontend's rerun carried it
        value = float(slider.get_by_role("slider").input_value())
        assert value in (2.5, 2.6) and f"T={value:g}" in page.url
        assert_no_traceback(page)


def test_while_no_worker_answers_the_proxy_says_the_server_is_starting(tmp_path):
    with running_classroom(workers=1, state=tmp_path, restart=False) as room:
        room.workers[0].stop()
        with pytest.raises(urllib.error.HTTPError) as answer:
            urllib.request.urlopen(f"{room.url}/softmax?lang=ko", timeout=10)
        assert answer.value.code == 503
        assert answer.value.headers["Retry-After"] == "2"
        page = answer.value.read().decode()
        assert "수업 서버를 시작하는 중입니다" in page and "The class server is starting" in page
        assert 'http-equiv="refresh"' in page  # it tries again by itself
