"""The MNIST pages under AppTest, through the sample-digit input (the canvas needs a browser)."""
import numpy as np
import pytest

from nncore.digits import classify
from nncore.mnist import ENV_VAR, load_mnist
from nncore.sample_drawings import MISREAD_BY, SAMPLES, sample_label
from tests.app_driver import assert_healthy, click, open_page
from ui.catalog import PAGES
from ui.i18n import LANGUAGES, translate

DRAW, EXPLORER, TRAIN, BATCH = (next(p for p in PAGES if p.page_id == name)
                                for name in ("digits_draw", "digits_explorer", "digits_train", "digits_batch"))


def title(page, lang):
    return translate(f"{page.page_id}.title", lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_blank_canvas_prompts_instead_of_predicting(lang):
    at = open_page(DRAW, lang=lang)
    assert_healthy(at, title(DRAW, lang))
    assert [info.value for info in at.info] == [translate("digits.blank", lang)]
    assert len(at.metric) == 0


@pytest.mark.parametrize("model", ["mlp", "cnn"])
def test_every_sample_digit_is_predicted(model):
    at = open_page(DRAW, lang="en", query={"input": "sample", "model": model})
    for name in SAMPLES:
        at.selectbox(key="digits_draw.sample").set_value(name).run()
        assert_healthy(at, title(DRAW, "en"))
        misread = model in MISREAD_BY.get(name, ())  # a sample kept to show one model's mistake
        assert (at.metric[0].value == sample_label(name)) != misread, name
    assert at.query_params["sample"] == name and at.query_params["model"] == model


def test_shared_link_restores_the_sample_and_model():
    at = open_page(DRAW, lang="ko", query={"input": "sample", "sample": "7_wide", "model": "cnn"})
    assert_healthy(at, title(DRAW, "ko"))
    assert at.selectbox(key="digits_draw.sample").value == "7_wide"
    assert at.segmented_control(key="digits_draw.model").value == "cnn"
    assert at.metric[0].value == "7"


def test_mlp_shows_its_hidden_layer_and_keras_agrees():
    at = open_page(DRAW, lang="en", query={"input": "sample", "sample": "4", "keras": "1"})
    assert_healthy(at, title(DRAW, "en"))
    assert any(translate("digits.hidden_help", "en") == c.value for c in at.caption)
    table = at.dataframe[0].value
    np.testing.assert_allclose(table["NumPy"], table["Keras"], atol=1e-5)
    assert table["NumPy"].sum() == pytest.approx(1.0)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_explorer_without_data_says_so(lang, tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "no-mnist-here"))
    at = open_page(EXPLORER, lang=lang)
    assert_healthy(at, title(EXPLORER, lang))
    assert [e.value for e in at.error] == [translate("digits.no_data", lang)]


def test_explorer_counts_agree_with_the_data(mnist_folder):
    _, (x_test, y_test) = load_mnist(mnist_folder)
    predicted = np.argmax(classify(x_test / np.float32(255), "mlp"), axis=1)
    at = open_page(EXPLORER, lang="en", query={"true": "4", "pred": "9"})
    assert_healthy(at, title(EXPLORER, "en"))
    accuracy, right, wrong = (m.value for m in at.metric)
    right, wrong = int(right.replace(",", "")), int(wrong.replace(",", ""))
    assert right + wrong == len(y_test) == 5000
    assert accuracy == f"{right / 5000:.2%}"
    assert right == np.sum(predicted == y_test)
    fours_read_as_nines = np.sum((y_test == 4) & (predicted == 9))
    expected = translate("digits_explorer.cell_count", "en", true=4, pred=9, count=fours_read_as_nines)
    assert expected in [m.value for m in at.markdown]


def test_trained_model_is_offered_on_the_other_pages(mnist_folder):
    at = open_page(TRAIN, lang="en", query={"n": "1000", "epochs": "2", "units": "50"})
    assert_healthy(at, title(TRAIN, "en"))
    assert "1,000 training digits in batches of 100 make **10 updates**" in at.markdown[1].value
    click(at, "Train")
    assert_healthy(at, title(TRAIN, "en"))
    accuracy = float(at.metric[0].value.rstrip("%")) / 100
    assert 0.5 < accuracy < 1.0  # 1,000 digits, two epochs (20 updates): well above chance (10 %)
    at.query_params.update({"model": "yours", "input": "sample", "sample": "0"})
    at.switch_page(DRAW.path)
    at.run()
    assert_healthy(at, title(DRAW, "en"))
    assert at.segmented_control(key="digits_draw.model").value == "yours"
    assert at.metric[0].value in [str(d) for d in range(10)]
    at.toggle(key="digits_draw.keras").set_value(True).run()  # the same weights in Keras
    assert_healthy(at, title(DRAW, "en"))
    compared = at.dataframe[-1].value
    assert compared["|NumPy − Keras|"].max() < 1e-5
    twin = at.session_state["digits_draw.keras_twin"][1]
    at.run()
    assert at.session_state["digits_draw.keras_twin"][1] is twin  # built once for the session's model


def test_batch_page_says_when_the_machine_was_too_busy_instead_of_drawing(monkeypatch):
    from nncore import batch_timing

    def busy(timings):
        return True

    busy.__module__ = batch_timing.__name__  # the page shows it as the code behind its message
    monkeypatch.setattr(batch_timing, "too_busy", busy)
    at = open_page(BATCH, lang="en", query={"n": "200"})
    assert_healthy(at, title(BATCH, "en"))
    assert len(at.warning) == 1 and at.warning[0].value.startswith("The computer was too busy")
    assert len(at.dataframe) == 1 and at.metric[2].value == "–"


def test_batch_page_times_loop_and_batch():
    at = open_page(BATCH, lang="ko", query={"n": "300"})
    assert_healthy(at, title(BATCH, "ko"))
    loop, batch, speedup = (m.value for m in at.metric)
    assert loop.endswith(" ms") and batch.endswith(" ms")
    busy = [w for w in at.warning if w.value.startswith(translate("digits_batch.busy", "ko", size=0, spread=0)[:12])]
    if busy:  # a test run shares the machine: then the page must say so and draw no curve
        assert speedup == "–" and len(at.dataframe) == 1
    else:
        assert float(speedup.rstrip("×")) > 1
    assert any(m.value == translate("digits_batch.same", "ko") for m in at.markdown)
    click(at, "다시 재기")
    assert_healthy(at, title(BATCH, "ko"))
