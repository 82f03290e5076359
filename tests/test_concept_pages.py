"""The shapes, loss and derivative pages under AppTest: the book's numbers on screen, presets, bad input."""
import pytest

from tests.app_driver import assert_healthy, click, metric, open_page, page_successes
from ui.catalog import PAGES
from ui.i18n import translate

SHAPES, LOSSES, DERIVATIVES, SOFTMAX = (next(p for p in PAGES if p.page_id == name)
                                        for name in ("shapes", "losses", "derivatives", "softmax"))



def test_shapes_page_counts_parameters_and_steps_the_book_network():
    at = open_page(SHAPES, lang="en")
    assert_healthy(at, translate("shapes.title", "en"))
    assert (metric(at, "shapes.weights"), metric(at, "shapes.biases"), metric(at, "shapes.total")) == ("37", "10", "47")
    book = at.dataframe[0].value
    assert book.iloc[-1].tolist()[-1] == "[0.3168, 0.6963]"  # the book's y
    at.text_input(key="shapes.sizes").set_value("784, 50, 100, 10").run()
    assert metric(at, "shapes.total") == "45,360"  # 45,200 weights + 160 biases


def test_shapes_page_explains_bad_input_and_shape_errors():
    at = open_page(SHAPES, lang="ko")
    at.text_input(key="shapes.sizes").set_value("3, 4.5, 1").run()
    assert_healthy(at, translate("shapes.title", "ko"))
    assert translate("err.not_whole", "ko", detail="`4.5`") in [e.value for e in at.error]
    assert metric(at, "shapes.total", "ko") == "47"  # the last good sizes are kept
    at.toggle(key="shapes.wrong").set_value(True).run()
    assert translate("shapes.mismatch_error", "ko", m=2, rows=3) in [e.value for e in at.error]
    assert any("not aligned" in c.value for c in at.code)
    at.text_input(key="shapes.reshape").set_value("5, -1").run()
    assert translate("shapes.reshape_error", "ko", shape=(5, -1)) in [e.value for e in at.error]


def test_losses_page_shows_the_books_values_for_its_presets():
    at = open_page(LOSSES, lang="en")
    assert (metric(at, "losses.mse"), metric(at, "losses.cee")) == ("0.0975", "0.5108")
    click(at, translate("losses.preset.book_wrong", "en"))
    assert (metric(at, "losses.mse"), metric(at, "losses.cee")) == ("0.5975", "2.3026")
    assert metric(at, "losses.keras_mse") == "0.1195"  # 2 · 0.5975 / 10
    click(at, translate("losses.preset.book_right", "en"))
    assert (metric(at, "losses.mse"), metric(at, "losses.cee")) == ("0.0975", "0.5108")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_losses_page_reproduces_course_problems_59_and_60_on_vectors_that_sum_to_0_9(lang):
    at = open_page(LOSSES, lang=lang)
    click(at, translate("losses.preset.course_59", lang))
    assert metric(at, "losses.mse", lang) == "0.0925"  # the course's answer
    assert [i.value for i in at.info] == [translate("losses.as_typed", lang, total="0.90")]
    click(at, translate("losses.preset.course_60", lang))
    assert metric(at, "losses.mse", lang) == "0.6925"
    assert metric(at, "losses.cee", lang) == "16.1181"  # y₂ = 0: −log(1e-7)
    at.toggle(key="losses.rescale").set_value(True).run()
    assert metric(at, "losses.mse", lang) == "0.7377"  # y / 0.9: ½·(1 + 0.4444 + 2·0.0123 + 2·0.0031)
    click(at, translate("losses.preset.book_right", lang))
    assert at.toggle(key="losses.rescale").value and metric(at, "losses.mse", lang) == "0.0975"


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_softmax_page_chains_the_course_example_into_problem_55(lang):
    at = open_page(SOFTMAX, lang=lang)
    loss = [m.value for m in at.metric if m.label == translate("softmax.course_loss", lang, target=[0, 0, 1])]
    assert loss == ["1.0551548687"]  # the course's answer to problem 55


def test_losses_page_handles_zero_probabilities_and_bad_labels():
    at = open_page(LOSSES, lang="ko", query={"y2": "0"})
    assert_healthy(at, translate("losses.title", "ko"))
    assert metric(at, "losses.cee", "ko") == "16.1181"  # -log(1e-7): the delta at work
    for k in range(10):
        at.slider(key=f"losses.y{k}").set_value(0.0)
    at.run()
    assert [w.value for w in at.warning] == [translate("losses.all_zero", "ko")]
    at.text_input(key="losses.labels").set_value("2, 12, 2, 2").run()
    assert translate("err.out_of_range", "ko", detail="`12`", low=0, high=9) in [e.value for e in at.error]


def test_derivatives_page_gradient_rounding_and_autodiff():
    at = open_page(DERIVATIVES, lang="en")
    assert_healthy(at, translate("derivatives.title", "en"))
    label = translate("derivatives.gradient_at", "en", x0="3", x1="4")
    assert [m.value for m in at.metric if m.label == label] == ["(6.0000, 8.0000)"]  # the book's (6, 8)
    assert [s.value for s in at.success] == [translate("derivatives.agree", "en")]
    at.selectbox(key="derivatives.h").set_value("1e-50").run()
    assert [w.value for w in at.warning] == [translate("derivatives.rounding_to_zero", "en", h=1e-50)]
    at.toggle(key="derivatives.autodiff").set_value(True).run(timeout=120)
    assert_healthy(at, translate("derivatives.title", "en"))
    assert page_successes(at) == [translate("derivatives.agree", "en")]  # h = 1e-50 also solves a challenge
    codes = [c.value for c in at.code]
    assert any("x = tf.Variable(0.0)" in c and "tape.gradient(y, x)  # → 2 " in c for c in codes)  # the course's
    assert any("tf.Variable(tf.zeros((2, 2)))" in c and "# → [[2.0, 2.0], [2.0, 2.0]]" in c for c in codes)
    dense = next(c for c in codes if "tape.gradient(y, [W, b])" in c)
    assert "dW = [[0.4, 0.4], [0.9, 0.9]], db = [2.0, 2.0]" in dense  # column sums of x; two rows


# The course's definitions, each on the page where its concept first appears: (page, the term in each language)
DEFINED = [("descent", {"ko": "하이퍼파라미터", "en": "hyperparameter"}),
           ("losses", {"ko": "정확도를 손실로", "en": "accuracy not the loss"}),
           ("playground", {"ko": "테스트 데이터", "en": "test data"}),
           ("xor", {"ko": "가중치의 초깃값", "en": "initial weights"}),
           ("derivatives", {"ko": "편미분", "en": "partial derivative"})]


@pytest.mark.parametrize("page_id, term", DEFINED, ids=[page for page, _ in DEFINED])
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_each_course_definition_is_on_the_page_where_its_concept_starts(page_id, term, lang):
    at = open_page(next(p for p in PAGES if p.page_id == page_id), lang=lang)
    shown = [m.value for m in at.markdown if m.value.endswith(translate(f"{page_id}.define", lang))]
    assert len(shown) == 1 and term[lang] in shown[0].replace("*", "")
