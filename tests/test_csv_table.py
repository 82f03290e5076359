"""Reading CSV files (every bad case, Korean Excel exports) and the table regression behind the "Your CSV" page."""
import math

import numpy as np
import pytest

from nncore.sample_table import SAMPLE_COEFFICIENTS, SAMPLE_RANGES, sample_frame
from nncore.scaling import SCALINGS
from nncore.table_fit import compare_scalings, correlation, fit_table, mse, prepare, reference_mses, split_rows
from ui.csv_table import MAX_COLUMNS, MIN_ROWS, TableError, read_table, sample_csv
from ui.keras_code import keras_equivalent

FOUR_ROWS = b"a,b\n1,2\n3,4\n5,6\n7,8\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"
XLSX = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml"


def error_of(raw, **kwargs):
    with pytest.raises(TableError) as caught:
        read_table(raw, **kwargs)
    return caught.value


# --- every bad file -----------------------------------------------------------------------------

@pytest.mark.parametrize("raw", [b"", b"   \n\n", b"a,b,c\n", b"a,b,c\n\n\n", b",,,\n,,,\n"])
def test_no_data_rows_is_empty(raw):
    assert error_of(raw).code == "empty"


@pytest.mark.parametrize("rows", [1, 2, 3])
def test_fewer_rows_than_a_split_needs(rows):
    raw = b"a,b\n" + b"".join(b"%d,%d\n" % (i, 2 * i) for i in range(rows))
    error = error_of(raw)
    assert error.code == "one_row"
    # two rows to train on and two to test against
    assert error.details == {"rows": rows, "minimum": 4} and MIN_ROWS == 4


def test_four_rows_are_enough():
    assert read_table(FOUR_ROWS).frame.shape == (4, 2)


def test_text_only_columns():
    error = error_of("이름,도시\n김,서울\n이,부산\n박,대구\n최,광주\n".encode())
    assert error.code == "no_numeric"
    assert error.details == {"found": 0, "needed": 2, "columns": ("이름", "도시")}


def test_a_single_numeric_column_is_not_enough():
    error = error_of(b"name,height\nkim,170\nlee,180\npark,165\nchoi,175\n")
    assert error.code == "no_numeric" and error.details["found"] == 1


def test_a_blank_cell_names_its_column_and_line():
    error = error_of(b"a,b,c\n1,2,3\n4,,6\n7,8,9\n10,11,12\n13,14,\n")
    assert error.code == "missing_values"
    # rows on lines 3 and 6 of the file (the header is line 1); 5 rows, 3 complete
    assert error.details == {"rows": 2, "total": 5, "columns": (("b", 1), ("c", 1)), "line": 3, "remaining": 3}


@pytest.mark.parametrize("cell", [b"NaN", b"nan", b"NA", b"inf", b"-inf", b"1e400", b"#DIV/0!", b"?"])
def test_nan_inf_and_stray_text_are_missing_values(cell):
    error = error_of(b"a,b\n1,2\n3," + cell + b"\n5,6\n7,8\n9,10\n")
    assert error.code == "missing_values"
    assert error.details["columns"] == (("b", 1),) and error.details["line"] == 3


def test_missing_rows_can_be_left_out():
    table = read_table(b"a,b\n1,2\n3,\n5,6\n7,8\n9,10\n", drop_missing=True)
    assert table.dropped_rows == 1
    assert table.frame["a"].tolist() == [1, 5, 7, 9]
    # leaving them out may leave too few rows
    assert error_of(b"a,b\n1,2\n3,\n5,6\n7,8\n", drop_missing=True).details == {"rows": 3, "minimum": 4}


@pytest.mark.parametrize("raw, reason", [
    (PNG, "image"), (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image"), (XLSX, "excel"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "excel"), (b"%PDF-1.7\n%\xe2\xe3", "pdf"),
    (b"a,b\n1,\x002\n", "binary"), (b"a,b\n\x80\x81,1\n3,4\n", "encoding"),
])
def test_files_that_are_not_csv(raw, reason):
    error = error_of(raw)
    assert (error.code, error.details) == ("not_csv", {"reason": reason})


def test_a_line_with_too_many_fields_is_named():
    error = error_of(b"a,b\n1,2\n3,4\n5,6,7\n8,9\n")
    assert (error.code, error.details) == ("not_csv", {"reason": "ragged", "line": 4})


def test_an_unclosed_quote():
    assert error_of(b'a,b\n"1,2\n3,4\n').details == {"reason": "layout"}


def test_too_many_bytes():
    error = error_of(FOUR_ROWS, max_bytes=10)
    assert (error.code, error.details) == ("too_large", {"reason": "bytes", "size": len(FOUR_ROWS), "limit": 10})
    assert read_table(FOUR_ROWS, max_bytes=len(FOUR_ROWS)).frame.shape == (4, 2)


def test_too_many_rows():
    error = error_of(FOUR_ROWS, max_rows=3)
    assert (error.code, error.details) == ("too_large", {"reason": "rows", "limit": 3})


def test_too_many_columns():
    header = ",".join(f"c{i}" for i in range(MAX_COLUMNS + 1))
    rows = "\n".join(",".join(str(r + i) for i in range(MAX_COLUMNS + 1)) for r in range(4))
    raw = f"{header}\n{rows}\n".encode()
    error = error_of(raw)
    assert (error.code, error.details) == ("too_large", {"reason": "columns", "count": MAX_COLUMNS + 1,
                                                         "limit": MAX_COLUMNS})


def test_table_error_codes_are_checked():
    with pytest.raises(ValueError):
        TableError("nonsense")


# --- files that are fine, the way Korean Excel writes them ---------------------------------------

def test_cp949_korean_header():
    raw = "키,몸무게,이름\n170,65,김철수\n180,80,이영희\n165,55,박민수\n175,70,최지우\n".encode("cp949")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # the case that needs the fallback
    table = read_table(raw)
    assert table.encoding == "cp949"
    assert list(table.frame.columns) == ["키", "몸무게"] and table.ignored == ("이름",)
    assert table.frame["몸무게"].tolist() == [65, 80, 55, 70]


def test_utf8_with_byte_order_mark():
    table = read_table("\ufeff높이,무게\n1,2\n3,4\n5,6\n7,8\n".encode())
    assert list(table.frame.columns) == ["높이", "무게"]  # no "\ufeff" glued to the first name


def test_utf16_tab_separated_unicode_text():
    table = read_table("a\tb\n1\t2\n3\t4\n5\t6\n7\t8\n".encode("utf-16"))
    assert (table.encoding, table.separator) == ("utf-16", "\t")
    assert table.frame["b"].tolist() == [2, 4, 6, 8]


def test_semicolons_with_decimal_commas():
    table = read_table(b"a;b\n1,5;2\n3;-0,25\n5;6\n7;8\n")
    assert table.separator == ";"
    assert table.frame["a"].tolist() == [1.5, 3, 5, 7] and table.frame["b"].tolist() == [2, -0.25, 6, 8]


def test_thousands_separators_but_not_ambiguous_commas():
    table = read_table(b'a,b\n"1,234",2\n"-12,345.5",4\n5,6\n7,8\n')
    assert table.frame["a"].tolist() == [1234, -12345.5, 5, 7]
    # "1,5" in a comma file could be 1.5 or 15: reported, not guessed
    assert error_of(b'a,b\n"1,5",2\n3,4\n5,6\n7,8\n').code == "missing_values"


def test_header_less_file_blank_lines_and_trailing_separators():
    table = read_table(b"\n1,2,\n3,4,\n\n5,6,\n7,8,\n")
    assert not table.header and list(table.frame.columns) == ["col1", "col2"]
    assert table.frame["col2"].tolist() == [2, 4, 6, 8]


def test_blank_and_repeated_column_names():
    table = read_table(b"x,x, ,y\n1,2,3,4\n5,6,7,8\n9,10,11,12\n13,14,15,16\n")
    assert list(table.frame.columns) == ["x", "x_2", "col3", "y"]


# --- the sample: the assignment's data ----------------------------------------------------------

def test_sample_recovers_its_formula_by_least_squares():
    frame = read_table(sample_csv()).frame  # through the CSV bytes, as a learner would read it
    assert frame.shape == (1000, 4) and list(frame.columns) == ["x1", "x2", "x3", "y"]
    x = frame[["x1", "x2", "x3"]].to_numpy()
    assert np.all(x >= 0) and np.all(x <= np.array(SAMPLE_RANGES))
    assert np.all(x.max(axis=0) > 0.95 * np.array(SAMPLE_RANGES))
    design = np.column_stack([np.ones(len(x)), x])
    (b, w1, w2, w3), residual, _, _ = np.linalg.lstsq(design, frame["y"].to_numpy(), rcond=None)
    # standard errors with noise σ = 1: about 1 / sqrt(1000 · range² / 12) per coefficient
    assert SAMPLE_COEFFICIENTS == (3.0, -4.0, 2.0)
    assert abs(w1 - 3) < 0.4 and abs(w2 + 4) < 0.04 and abs(w3 - 2) < 0.004 and abs(b) < 0.5
    assert 0.9 < math.sqrt(residual[0] / (1000 - 4)) < 1.1  # the noise's standard deviation, 1


def test_sample_is_reproducible_and_rounded_to_six_decimals():
    assert sample_csv() == sample_csv()
    assert np.allclose(read_table(sample_csv()).frame.to_numpy(), sample_frame().to_numpy(), atol=5e-7)


# --- split, scaling, correlation ----------------------------------------------------------------

def test_lecture_split_is_first_700_and_last_300():
    train, test = split_rows(1000)
    assert np.array_equal(train, np.arange(700)) and np.array_equal(test, np.arange(700, 1000))


def test_shuffled_split_keeps_sizes_and_covers_every_row_once():
    train, test = split_rows(1000, 0.7, shuffle=True, seed=3)
    assert (len(train), len(test)) == (700, 300)
    assert sorted(np.concatenate([train, test]).tolist()) == list(range(1000))
    assert not np.array_equal(train, np.arange(700))
    assert np.array_equal(train, split_rows(1000, 0.7, shuffle=True, seed=3)[0])


@pytest.mark.parametrize("n, fraction, sizes", [(4, 0.9, (2, 2)), (4, 0.5, (2, 2)), (10, 0.9, (8, 2)),
                                                (10, 0.55, (6, 4))])
def test_each_side_keeps_two_rows(n, fraction, sizes):
    train, test = split_rows(n, fraction)
    assert (len(train), len(test)) == sizes


def test_scaling_statistics_come_from_the_training_rows():
    x = np.array([[0.0, 10.0], [2.0, 10.0], [4.0, 30.0], [100.0, 50.0]])
    y = np.array([1.0, 3.0, 5.0, 7.0])
    data = prepare(x, y, np.arange(3), np.arange(3, 4), "minmax")
    # training columns span [0, 4] and [10, 30]: the test row (100, 50) maps to (25, 2)
    assert np.allclose(data.x_test, [[25.0, 2.0]])
    standard = prepare(x, y, np.arange(3), np.arange(3, 4), "standard", scale_target=True)
    # training y = 1, 3, 5: mean 3, population std sqrt(8/3); the test y = 7 is (7 - 3) / sqrt(8/3)
    assert standard.target_mean == 3 and math.isclose(standard.target_std, math.sqrt(8 / 3))
    assert math.isclose(float(standard.t_test[0, 0]), 4 / math.sqrt(8 / 3), rel_tol=1e-6)
    assert np.allclose(standard.x_train.mean(axis=0), 0, atol=1e-6)


def test_correlation_by_hand():
    # deviations (-1.5, -0.5, 0.5, 1.5) and (-3, -1, 0, 4): r = 11 / sqrt(5 · 26)
    assert math.isclose(correlation([1, 2, 3, 4], [2, 4, 5, 9]), 11 / math.sqrt(130))
    assert math.isclose(correlation([1, 2, 3], [-2, -4, -6]), -1.0)
    assert correlation([5, 5, 5], [1, 2, 3]) is None  # constant predictions: r is undefined
    assert correlation([1, 2, 3], [4, 4, 4]) is None


def test_mse_and_references_by_hand():
    assert mse([1, 2], [2, 4]) == (1 + 4) / 2
    x = np.arange(6.0).reshape(-1, 1)
    y = 2 * x[:, 0] + 1  # 1, 3, 5, 7 | 9, 11
    references = reference_mses(x, y, np.arange(4), np.arange(4, 6))
    # the training mean is 4: misses of 5 and 7; the least-squares line is y itself
    assert math.isclose(references["mean"], (25 + 49) / 2)
    assert references["linear"] < 1e-20


# --- training --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sample_xy():
    frame = sample_frame()
    return frame[["x1", "x2", "x3"]].to_numpy(), frame["y"].to_numpy()


SETTINGS = dict(hidden=4, batch_size=50, lr=0.01, seed=0)


# the unscaled target starts in the hundreds, far from the network's first outputs, and comes down slower
@pytest.mark.parametrize("scale_target, shrink", [(True, 0.25), (False, 0.9)])
def test_a_short_training_lowers_the_test_mse_in_the_targets_units(sample_xy, scale_target, shrink):
    x, y = sample_xy
    train, test = split_rows(len(x))
    calls = []
    result = fit_table(x, y, train, test, scaling="standard", epochs=15, scale_target=scale_target,
                       progress=lambda done, total: calls.append((done, total)), **SETTINGS)
    assert result.epochs == 15 and len(result.test_mse) == 15 and not result.diverged
    assert calls[-1] == (15, 15)
    assert result.test_mse[-1] < shrink * result.test_mse[0]
    # the last test MSE is Keras' mse of the returned predictions, in y's units (float32 network)
    assert math.isclose(result.test_mse[-1], np.mean((result.predicted - y[test]) ** 2), rel_tol=1e-4)
    assert np.array_equal(result.actual, y[700:])
    assert math.isclose(result.correlation, np.corrcoef(result.predicted, y[test])[0, 1])


def test_progress_reports_do_not_change_the_result(sample_xy):
    x, y = sample_xy
    train, test = split_rows(len(x))
    quiet = fit_table(x, y, train, test, scaling="minmax", epochs=5, **SETTINGS)
    watched = fit_table(x, y, train, test, scaling="minmax", epochs=5, progress=lambda *_: None, **SETTINGS)
    assert quiet.test_mse == watched.test_mse


def test_scaled_inputs_beat_raw_inputs_on_the_sample(sample_xy):
    x, y = sample_xy
    train, test = split_rows(len(x))
    seen = []
    results = compare_scalings(x, y, train, test, progress=lambda done, total: seen.append((done, total)), epochs=40,
                               **SETTINGS)
    assert tuple(results) == SCALINGS and seen[-1] == (120, 120)
    alone = fit_table(x, y, train, test, scaling="standard", epochs=40, **SETTINGS)
    assert results["standard"].test_mse == alone.test_mse  # the same network, seed and settings
    # x3 spans [0, 100] and x1 [0, 1]: unscaled, the same 40 epochs end far worse
    assert results["raw"].test_mse[-1] > 3 * max(results["minmax"].test_mse[-1], results["standard"].test_mse[-1])


def test_divergence_is_reported_not_returned_as_numbers(sample_xy):
    x, y = sample_xy
    train, test = split_rows(len(x))
    result = fit_table(x, y, train, test, scaling="raw", hidden=4, batch_size=50, epochs=5, lr=1.0,
                       scale_target=False, optimizer="sgd")
    assert result.history.diverged_at == 1 and result.train_mse == [] and result.correlation is None
    assert np.all(np.isfinite(result.predicted))  # the network is put back to its last finite state


@pytest.mark.parametrize("scaling", SCALINGS)
@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_keras_equivalent_is_python(scaling, optimizer):
    code = keras_equivalent(["x1", "키"], "y", 700, scaling=scaling, hidden=4, batch_size=50, epochs=100, lr=0.01,
                            scale_target=scaling != "raw", shuffle=scaling == "minmax", optimizer=optimizer)
    compile(code, "keras_equivalent", "exec")
    assert "x_train, x_test = x[:700], x[700:]" in code and "batch_size=50, epochs=100" in code
    assert "Dense(4, activation='relu')" in code and "loss='mse'" in code


def test_numbers_beyond_float32_are_reported_as_divergence():
    x = np.linspace(0, 1e200, 40).reshape(-1, 2)  # the network computes in float32: at most about 3.4e38
    y = x.sum(axis=1)
    train, test = split_rows(len(x))
    with np.errstate(all="ignore"):
        result = fit_table(x, y, train, test, scaling="standard", epochs=3, **SETTINGS)
    assert result.history.diverged_at == 1 and result.history.last_finite_loss is None
    assert result.correlation is None


@pytest.mark.parametrize("raw", [
    sample_csv(), b"1;2,5;3\n4;5;6\n7;8;9\n10;11;12\n",
    "키;몸무게;이름;나이\n170;65,5;김;20\n180;80;이;30\n165;55,5;박;40\n175;70;최;50\n".encode("cp949"),
    "키\t몸무게\t나이\n170\t65\t20\n180\t80\t30\n165\t55\t40\n175\t70\t50\n".encode("utf-16"),
], ids=["sample", "headerless_semicolons", "cp949_semicolons", "utf16_tabs"])
def test_keras_equivalent_reads_the_file_as_the_page_did(raw, tmp_path, monkeypatch):
    table = read_table(raw)
    *inputs, target = table.frame.columns
    code = keras_equivalent(inputs, target, 2, scaling="raw", hidden=4, batch_size=50, epochs=1, lr=0.01,
                            scale_target=False, shuffle=False, file_name="data.csv", encoding=table.encoding,
                            separator=table.separator, header=table.header)
    (tmp_path / "data.csv").write_bytes(raw)
    monkeypatch.chdir(tmp_path)
    reading = code.split("\n\nmodel = ")[0].replace("import keras\n", "")  # up to the model: pandas only
    names = {}
    exec(reading, names)
    assert np.allclose(names["x"], table.frame[inputs].to_numpy()) and np.allclose(names["y"], table.frame[target])


def test_repeated_column_names_are_numbered_in_linear_time():
    from ui.csv_table import _unique_names

    names = _unique_names(["a"] * 20_000 + ["a_2", None, "b"])
    assert names[:4] == ["a", "a_2", "a_3", "a_4"] and names[19_999] == "a_20000"
    assert names[-3:] == ["a_2_2", "col20002", "b"]  # a literal "a_2" after the numbered ones
    assert len(set(names)) == len(names)


def refuse_parsing(monkeypatch):
    from ui import csv_table

    def never(*args, **kwargs):
        raise AssertionError("the file was parsed")

    monkeypatch.setattr(csv_table.pd, "read_csv", never)
    return csv_table


def test_too_many_columns_is_refused_before_the_file_is_parsed(monkeypatch):
    csv_table = refuse_parsing(monkeypatch)
    header = ",".join(["a"] * (csv_table.MAX_FIELDS + 1))
    error = error_of(f"{header}\n{header}\n".encode())
    assert (error.code, error.details["reason"], error.details["count"]) == ("too_large", "fields", 1001)


def test_too_many_lines_are_refused_before_the_file_is_parsed(monkeypatch):
    refuse_parsing(monkeypatch)
    rows = "".join(f"{i},{i}\n" for i in range(25))
    error = error_of(f"x,y\n{rows}".encode(), max_rows=10)
    assert (error.code, error.details["reason"]) == ("too_large", "rows")


def test_the_server_refuses_uploads_just_above_the_pages_own_limit():
    import math
    import tomllib

    from tools.serve import ROOT
    from ui.csv_table import MAX_BYTES

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["maxUploadSize"] == math.ceil(MAX_BYTES / 2**20) + 1  # MB, as nginx's limit


def test_a_japanese_excel_export_is_read_as_shift_jis():
    rows = "".join(f"{150 + i},{45 + i},たなか{i}\r\n" for i in range(6))
    table = read_table(f"身長,体重,なまえ\r\n{rows}".encode("shift_jis"))
    assert table.encoding == "shift_jis"
    assert list(table.frame.columns) == ["身長", "体重"] and table.ignored == ("なまえ",)


def test_a_korean_export_stays_cp949():
    rows = "".join(f"{150 + i},{45 + i},학생{i}\r\n" for i in range(6))
    table = read_table(f"키,몸무게,이름\r\n{rows}".encode("cp949"))
    assert table.encoding == "cp949" and list(table.frame.columns) == ["키", "몸무게"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text_not_binary(encoding):
    rows = "".join(f"{i},{2 * i}\n" for i in range(6))
    table = read_table(f"키,y\n{rows}".encode(encoding))
    assert table.encoding == "utf-16" and list(table.frame.columns) == ["키", "y"]
    assert table.frame["y"].tolist() == [2.0 * i for i in range(6)]
