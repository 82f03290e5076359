"""The "Your CSV" page under AppTest with the sample (AppTest cannot upload: tests/test_browser_csv.py does),
and the page's words for every file ui.csv_table rejects."""
import numpy as np
import pytest

from nncore.table_fit import fit_table, split_rows
from tests.app_driver import assert_healthy, click, metric, open_page
from ui.catalog import PAGES
from ui.csv_fit_charts import error_message
from ui.csv_table import CODES, TableError, read_table, sample_csv
from ui.i18n import LANGUAGES, STRINGS, translate

PAGE = next(p for p in PAGES if p.page_id == "csv_fit")
QUICK = {"epochs": "10"}

BAD_FILES = {  # name -> (bytes, read_table keywords, error code, words the message must contain)
    "empty": (b"", {}, "empty", []),
    "header_only": (b"x1,x2,y\n", {}, "empty", []),
    "one_row": (b"x,y\n1,2\n", {}, "one_row", ["1", "4"]),
    "text_only": ("이름,도시\n김,서울\n이,부산\n박,대구\n최,광주\n".encode(), {}, "no_numeric", ["`이름`, `도시`"]),
    "blank_cell": (b"x,y\n1,2\n3,\n5,6\n7,8\n9,10\n", {}, "missing_values", ["`y` (1)", "3"]),
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", {}, "not_csv", []),
    "xlsx": (b"PK\x03\x04\x14\x00\x06\x00", {}, "not_csv", ["CSV UTF-8"]),
    "ragged": (b"x,y\n1,2\n3,4,5\n", {}, "not_csv", ["3"]),
    "too_many_bytes": (b"x,y\n1,2\n3,4\n5,6\n7,8\n", {"max_bytes": 10}, "too_large", ["20 bytes", "10 bytes"]),
    "too_many_rows": (b"x,y\n1,2\n3,4\n5,6\n7,8\n", {"max_rows": 3}, "too_large", ["3"]),
    "too_many_fields": ((",".join(["a"] * 1001) + "\n" + ",".join(["1"] * 1001) + "\n").encode(), {}, "too_large",
                        ["1,001", "1,000"]),
}


def title(lang):
    return translate("csv_fit.title", lang)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", BAD_FILES)
def test_every_bad_file_gets_a_message_in_both_languages(name, lang):
    raw, limits, code, words = BAD_FILES[name]
    with pytest.raises(TableError) as caught:
        read_table(raw, **limits)
    assert caught.value.code == code
    message = error_message(caught.value, lang)
    assert "{" not in message and all(word in message for word in words), message
    other = error_message(caught.value, "en" if lang == "ko" else "ko")
    assert message != other


def test_every_error_and_reason_has_words():
    """Each code (and each reason read_table gives) has a message in both languages."""
    reasons = {"not_csv": ("excel", "image", "pdf", "binary", "encoding", "ragged", "layout"),
               "too_large": ("bytes", "rows", "columns", "fields")}
    for lang in LANGUAGES:
        for code in CODES:
            assert f"csv_fit.err.{code}" in STRINGS[lang]
            for reason in reasons.get(code, ()):
                assert f"csv_fit.err.{code}.{reason}" in STRINGS[lang]
    assert set(reasons) <= set(CODES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_sample_is_ready_before_any_upload(lang):
    at = open_page(PAGE, lang=lang)
    assert_healthy(at, title(lang))
    assert translate("csv_fit.read_summary", lang, rows="1,000", columns=4, encoding="utf-8",
                     separator=translate("csv_fit.sep.comma", lang)) in [c.value for c in at.caption]
    assert at.selectbox(key="csv_fit.target").value == "y"
    assert at.multiselect(key="csv_fit.inputs").value == ["x1", "x2", "x3"]
    # the lecture's setup: 700 / 300, batch 50 -> 14 updates an epoch, network 3-4-1
    text = " ".join(m.value for m in at.markdown)
    assert translate("csv_fit.arithmetic", lang, train=700, test=300, batch=50, steps=14, epochs=100,
                     updates="1,400", sizes="3-4-1") in text
    assert not at.metric  # nothing is trained until asked


@pytest.mark.parametrize("lang", LANGUAGES)
def test_train_shows_the_losses_and_correlation(lang):
    at = open_page(PAGE, lang=lang, query=QUICK)
    click(at, translate("csv_fit.train", lang))
    assert_healthy(at, title(lang))
    frame = read_table(sample_csv()).frame  # what the page trains on: the sample as its CSV file has it
    x, y = frame[["x1", "x2", "x3"]].to_numpy(), frame["y"].to_numpy()
    train, test = split_rows(1000)
    expected = fit_table(x, y, train, test, scaling="standard", hidden=4, batch_size=50, epochs=10, lr=0.01, seed=0)
    assert metric(at, "csv_fit.test_mse", lang) == f"{expected.test_mse[-1]:,.4f}"
    assert metric(at, "csv_fit.train_mse", lang) == f"{expected.train_mse[-1]:,.4f}"
    assert metric(at, "csv_fit.r", lang) == f"{np.corrcoef(expected.predicted, y[700:])[0, 1]:.4f}"
    assert len(at.get("vega_lite_chart")) == 2  # loss curves, predicted against actual
    assert translate("csv_fit.noise_floor", lang, floor="1") in [c.value for c in at.caption]


def test_a_kept_result_comes_back_without_training():
    at = open_page(PAGE, lang="en", query=QUICK)
    click(at, "Train")
    shown = metric(at, "csv_fit.test_mse")
    at.slider(key="csv_fit.hidden").set_value(5).run()
    assert not at.metric and translate("csv_fit.press_train", "en") in [i.value for i in at.info]
    at.slider(key="csv_fit.hidden").set_value(4).run()
    assert metric(at, "csv_fit.test_mse") == shown


def test_compare_the_three_scalings():
    at = open_page(PAGE, lang="ko", query=QUICK)
    click(at, translate("csv_fit.compare", "ko"))
    assert_healthy(at, title("ko"))
    table = at.dataframe[-1].value
    assert table[translate("csv_fit.scaling", "ko")].tolist() == [
        translate(f"csv_fit.scaling.{s}", "ko") for s in ("raw", "minmax", "standard")]
    raw, minmax, standard = (float(v.replace(",", "")) for v in table[translate("csv_fit.test_mse", "ko")])
    assert raw > minmax and raw > standard  # x3 up to 100, x1 up to 1: raw inputs learn slowest


@pytest.mark.parametrize("scale_y, advice", [("0", "csv_fit.diverged.scale_target"),
                                             ("1", "csv_fit.diverged.lower_rate")])
def test_divergence_is_reported_not_drawn(scale_y, advice):
    at = open_page(PAGE, lang="en", query={"epochs": "10", "opt": "sgd", "lr": "1", "scaling": "raw", "hidden": "32",
                                           "scale_y": scale_y})
    click(at, "Train")
    assert_healthy(at, title("en"))
    assert at.error and at.error[0].value.startswith("Training diverged at epoch 1")
    assert at.error[0].value.endswith(translate(advice, "en"))  # never "standardise the target" when it is
    assert not at.metric and not at.get("vega_lite_chart")


@pytest.mark.parametrize("query, target, inputs", [
    ({"target": "nope", "inputs": "a,b", "scaling": "bad", "lr": "7"}, "y", ["x1", "x2", "x3"]),
    ({"target": "x3", "inputs": "x1,y"}, "x3", ["x1", "y"]),
    ({"target": "x3", "inputs": "x1,x3"}, "x3", ["x1", "x2", "y"]),  # the target cannot be an input
])
def test_links_with_columns_of_another_file(query, target, inputs):
    at = open_page(PAGE, lang="en", query=query)
    assert_healthy(at, title("en"))
    assert at.selectbox(key="csv_fit.target").value == target
    assert at.multiselect(key="csv_fit.inputs").value == inputs
    assert at.query_params["inputs"] == ",".join(inputs)


def test_target_taken_out_of_the_inputs():
    at = open_page(PAGE, lang="en")
    at.selectbox(key="csv_fit.target").select("x2").run()
    assert at.multiselect(key="csv_fit.inputs").value == ["x1", "x3"]
    assert "y" in at.multiselect(key="csv_fit.inputs").options


def test_no_inputs_no_training():
    at = open_page(PAGE, lang="ko")
    at.multiselect(key="csv_fit.inputs").set_value([]).run()
    assert_healthy(at, title("ko"))
    assert at.warning[0].value == translate("csv_fit.no_inputs", "ko")
    assert not [b for b in at.button if b.label == translate("csv_fit.train", "ko")]


def test_too_much_work_disables_training():
    at = open_page(PAGE, lang="en", query={"batch": "1", "epochs": "1000"})
    # 700 updates an epoch for 1,000 epochs: 700,000
    assert translate("csv_fit.too_long", "en", updates="700,000", limit="100,000") in [w.value for w in at.warning]
    assert next(b for b in at.button if b.label == "Train").disabled


def test_upload_mode_waits_for_a_file_and_keeps_the_links_setup():
    at = open_page(PAGE, lang="ko", query={"data": "upload", "epochs": "300", "target": "price", "bogus": "1"})
    assert_healthy(at, title("ko"))
    assert translate("csv_fit.waiting", "ko") in [i.value for i in at.info]
    assert not at.selectbox  # no columns to pick before a file
    # kept for the file to come, so that a shared link's setup is not lost before the upload
    assert at.query_params["epochs"] == "300" and at.query_params["target"] == "price"
    assert "bogus" not in at.query_params


def test_keras_code_follows_the_setup():
    at = open_page(PAGE, lang="en", query={"scaling": "minmax", "batch": "32", "hidden": "8", "opt": "sgd"})
    code = "\n".join(c.value for c in at.code)
    assert "x_train, x_test = x[:700], x[700:]" in code and "batch_size=32" in code
    assert "Dense(8, activation='relu')" in code and "keras.optimizers.SGD(learning_rate=0.01)" in code
    assert "low, high = x_train.min(axis=0), x_train.max(axis=0)" in code

