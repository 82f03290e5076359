"""Every page under AppTest, in both languages, before and after each control changes."""
import pytest

from tests.app_driver import ALL_PAGES, assert_healthy, open_page, poke_every_control
from ui.catalog import HOME, PAGES
from ui.challenge_views import STATE
from ui.i18n import LANGUAGES, translate

SOFTMAX = next(p for p in PAGES if p.page_id == "softmax")
ACTIVATIONS = next(p for p in PAGES if p.page_id == "activations")


def title(page, lang):
    return translate(f"{page.page_id}.title", lang)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", ALL_PAGES, ids=lambda p: p.page_id)
def test_page_runs_and_survives_every_control(page, lang):
    at = open_page(page, lang=lang)
    assert_healthy(at, title(page, lang))
    assert at.query_params["lang"] == lang
    # The numbers behave alike in both languages: English moves the sliders one by one, Korean moves
    # them all at once (its messages at the extremes are still drawn); both pick every option.
    poke_every_control(at, title(page, lang), sliders_one_by_one=lang == "en")


@pytest.mark.parametrize("locale, lang", [("ko-KR", "ko"), ("ko", "ko"), ("en-US", "en"), ("de-DE", "en")])
def test_language_follows_the_browser(locale, lang):
    at = open_page(ACTIVATIONS, locale=locale)
    assert_healthy(at, title(ACTIVATIONS, lang))
    assert at.query_params["lang"] == lang


def test_url_language_beats_the_browser():
    at = open_page(SOFTMAX, lang="en", locale="ko-KR")
    assert_healthy(at, title(SOFTMAX, "en"))


def test_switching_language_keeps_the_setup():
    at = open_page(ACTIVATIONS, lang="en")
    at.slider(key="activations.x").set_value(2.5).run()
    at.sidebar.radio[0].set_value("ko").run()
    assert_healthy(at, title(ACTIVATIONS, "ko"))
    assert at.slider(key="activations.x").value == 2.5
    assert at.query_params["lang"] == "ko" and at.query_params["x"] == "2.5"


def test_home_lists_exactly_the_existing_pages():
    at = open_page(HOME, lang="ko")
    linked = [link.proto.page for link in at.page_link]
    assert linked == [p.page_id for p in PAGES]
    assert [link.proto.label for link in at.page_link] == [title(p, "ko") for p in PAGES]


def test_softmax_link_restores_its_setup():
    at = open_page(SOFTMAX, lang="ko", query={"mode": "typed", "scores": "1, 2, 3", "T": "2"})
    assert_healthy(at, title(SOFTMAX, "ko"))
    assert at.text_input(key="softmax.scores").value == "1, 2, 3"
    assert at.slider(key="softmax.T").value == 2.0
    # softmax([1, 2, 3] / 2) = [0.18632, 0.30720, 0.50648], worked by hand: the last class, numbered from 0
    # as in NumPy, Keras and the loss page (t = [0, 0, 1] is class 2 there too)
    top = at.metric[1]
    assert top.value == translate("softmax.class_label", "ko", k=2)
    assert top.delta == "50.6%"
    assert at.metric[0].value == "1.000000"


def test_sliders_link_restores_every_score():
    at = open_page(SOFTMAX, lang="en", query={"n": "4", "a1": "1", "a2": "1", "a3": "1", "a4": "1"})
    assert [at.slider(key=f"softmax.a{k}").value for k in range(1, 5)] == [1.0] * 4
    assert at.metric[1].delta == "25.0%"  # four equal scores share equally


@pytest.mark.parametrize("query", [{"T": "abc", "n": "99", "mode": "nonsense"}, {"a1": "1e999", "x1": "-7"}])
def test_broken_links_fall_back_to_defaults(query):
    at = open_page(SOFTMAX, lang="en", query=query)
    assert_healthy(at, title(SOFTMAX, "en"))
    assert at.slider(key="softmax.T").value == 1.0
    assert at.slider(key="softmax.n").value == 3
    assert at.segmented_control[0].value == "sliders"


def test_softmax_book_scores_by_default():
    at = open_page(SOFTMAX, lang="en")
    # book: softmax([0.3, 2.9, 4.0]) = [0.0182, 0.2452, 0.7366]
    assert at.metric[1].delta == "73.7%"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_typed_scores_that_are_not_numbers(lang):
    at = open_page(SOFTMAX, lang=lang)
    at.segmented_control[0].set_value("typed").run()
    at.text_input(key="softmax.scores").input("0.3, 2.9, 4.0").run()
    at.text_input(key="softmax.scores").input("0.3, abc").run()
    assert_healthy(at, title(SOFTMAX, lang))
    assert at.error[0].value == translate("err.not_a_number", lang, detail="`abc`")
    # the page keeps working with the last valid list
    assert at.metric[1].delta == "73.7%"


def test_overflow_demo_shows_nan_then_agreement():
    at = open_page(SOFTMAX, lang="en")
    assert at.error[0].value == translate("softmax.naive_nan", "en")
    at.text_input(key="softmax.big").input("700, 690, 680").run()
    assert not at.error
    assert translate("softmax.naive_ok", "en") in [s.value for s in at.success]


# the largest float64 is about 1.798e308 = exp(709.78): exp(709.5) ≈ 1.36e308 is finite, twice it is not;
# the smallest subnormal is about 4.9e-324 = exp(-744.4): exp(-1000) is 0
@pytest.mark.parametrize(("typed", "verdict"), [
    ("709.5, 709.5", "sum"),  # each exp finite, their sum inf: [0, 0]
    ("-1000, -1000", "underflow"),  # 0/0
    ("-1000, -1001", "underflow"),
    ("800, 0", "nan"),  # inf/inf
    ("-800, 0", "ok"),  # exp(-800) is 0 either way: [0, 1]
    ("709, 1", "ok"),
])
def test_overflow_demo_names_what_went_wrong(typed, verdict):
    at = open_page(SOFTMAX, lang="ko", query={"big": typed})
    assert_healthy(at, title(SOFTMAX, "ko"))
    assert at.session_state[STATE]["state"]["naive_verdict"] == verdict
    shown = [e.value for e in at.error] + [s.value for s in at.success]
    assert translate(f"softmax.naive_{verdict}", "ko") in shown


def test_course_example_numbers():
    at = open_page(SOFTMAX, lang="en")
    text = " ".join(m.value for m in at.markdown)
    assert "[0.42, 0.69, 0.63]" in text
    assert "[0.2822, 0.3697, 0.3481]" in text


def test_linear_layers_collapse_message():
    at = open_page(ACTIVATIONS, lang="en", query={"linear": "1", "layers": "4", "seed": "3"})
    assert_healthy(at, title(ACTIVATIONS, "en"))
    message = at.success[0].value
    assert message.startswith("With no activation the 4 layers equal one layer, y = ")
    gap = float(message.split("curves: ")[1].rstrip(").").split(")")[0])
    assert gap < 1e-9


def test_code_behind_shows_the_functions_the_page_called():
    at = open_page(ACTIVATIONS, lang="en", query={"fn": "sigmoid", "linear": "1"})
    code = "\n".join(c.value for c in at.code)
    assert "def sigmoid(x):" in code and "def sigmoid_grad(x):" in code
    assert "def collapse_linear(network):" in code
    assert "def relu(x):" not in code
