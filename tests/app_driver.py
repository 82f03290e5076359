"""Opening pages of the real app (app.py, with its navigation) under AppTest."""
import contextlib
import json
from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

from ui.catalog import HOME, PAGES
from ui.i18n import translate

APP = str(Path(__file__).resolve().parent.parent / "app.py")
ALL_PAGES = (HOME, *PAGES)


def open_page(page, lang=None, query=None, locale=None, timeout=60):
    """Run app.py, then switch to `page` with `query` in the URL, as a shared link would."""
    at = AppTest.from_file(APP, default_timeout=timeout)
    if locale:
        at.context["locale"] = locale
    if lang:
        at.query_params["lang"] = lang
    at.run()
    if page is not HOME:
        at.query_params.update(query or {})
        at.switch_page(page.path)
        at.run()
    return at


@contextlib.contextmanager
def as_on_a_running_server():
    """AppTest resets Streamlit's old-multipage-mode flag before every run, so each run of a
    page also pays for ui/entry.py's one-off switch out of that mode, a rerun that swallows
    a button's click. A running server pays it once, at its first request; behave like one."""
    original_init = PagesManager.__init__

    def init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    PagesManager.__init__ = init
    try:
        yield
    finally:
        PagesManager.__init__ = original_init


def click(at, label_start, timeout=120):
    """Click the button whose label starts with `label_start` and run, as a running server would."""
    button = next(b for b in at.button if b.label.startswith(label_start))
    with as_on_a_running_server():
        button.click().run(timeout=timeout)
    return at


def metric(at, label_key, lang="en"):
    """The value of the metric labelled with the translation of label_key."""
    return next(m.value for m in at.metric if m.label == translate(label_key, lang))


def assert_healthy(at, title):
    assert not at.exception, [e.value for e in at.exception]
    assert [h.value for h in at.title] == [title]


def poke_every_control(at, title, sliders_one_by_one=True):
    """Move every slider to both ends, flip every toggle, pick every selectbox option,
    empty every multiselect and type good and bad text; the page must survive each.

    sliders_one_by_one=False moves all sliders to their minimum in one run, then to their maximum
    in one run: the extremes' messages are drawn, in two reruns instead of two per slider."""
    if sliders_one_by_one:
        for key in [w.key for w in at.slider]:
            for end in ("min", "max"):
                if key in [w.key for w in at.slider]:
                    slider = at.slider(key=key)
                    slider.set_value(getattr(slider, end)).run()
                    assert_healthy(at, title)
    else:
        for end in ("min", "max"):
            for slider in at.slider:
                if not slider.disabled:
                    slider.set_value(getattr(slider, end))
            at.run()
            assert_healthy(at, title)
    for key in [w.key for w in at.toggle]:
        for _ in range(2):  # flip and flip back, so later controls start from the default setup
            at.toggle(key=key).set_value(not at.toggle(key=key).value).run()
            assert_healthy(at, title)
    for key in [w.key for w in at.selectbox if not w.disabled]:
        for index in range(len(at.selectbox(key=key).options)):
            at.selectbox(key=key).select_index(index).run()
            assert_healthy(at, title)
    for key in [w.key for w in at.multiselect]:
        at.multiselect(key=key).set_value([]).run()
        assert_healthy(at, title)
    for key in [w.key for w in at.text_input]:
        for text in ("1, two, 3", "", "nan", " 5 ; 7 ", "1e400"):
            at.text_input(key=key).input(text).run()
            assert_healthy(at, title)


def player_data(at, key):
    """What the live player (ui.live_player) of run `key` was given on the last run: its JSON data."""
    element = next(e for e in at.get("bidi_component") if e.proto.id.endswith(f"-{key}.player"))
    return json.loads(element.proto.bytes)


def player_action(at, key, what, shown=None, have=None, request_id=None, timeout=120):
    """Send the live player's request (play, more, pause, step, reset) as its buttons would, and run.
    shown: the epoch of the frame shown (default: the first frame the player was given); have:
    the last frame the browser holds (for "more"); request_id: the id the browser gives a request."""
    if shown is None:
        shown = player_data(at, key)["frames"][0]["epoch"]
    at.session_state[f"{key}.action"] = {"do": what, "at": shown, "id": request_id,
                                         **({} if have is None else {"have": have})}
    with as_on_a_running_server():
        at.run(timeout=timeout)
    assert not at.exception, [e.value for e in at.exception]
    return player_data(at, key)


def page_successes(at):
    """The page's own success messages: without the explanations of the challenges its state solves."""
    from ui.challenges import BY_ID
    from ui.i18n import STRINGS

    reasons = {STRINGS[lang][f"ch.{cid}.why"] for cid in BY_ID for lang in STRINGS}
    return [s.value for s in at.success if s.value not in reasons]
