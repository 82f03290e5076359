"""Reading a learner's CSV file into a table of numbers, or saying precisely why it cannot be used.

read_table never lets a parser's exception through: every way a file can fail ends in a
TableError whose code names the problem (CODES) and whose details fill in the message the page
shows (which columns, how many rows, what limit). Files exported from a Korean Excel are
common here: UTF-8 with or without a byte-order mark, cp949 (EUC-KR), UTF-16, and comma,
semicolon or tab separators are all read.
"""
import csv
import io
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from nncore.sample_table import sample_frame

CODES = ("not_csv", "empty", "one_row", "no_numeric", "missing_values", "too_large")
MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 20_000
# Two rows to train on and two to test against: a correlation needs at least two points.
MIN_ROWS = 4
MIN_NUMERIC_COLUMNS = 2  # one input and one target
MAX_COLUMNS = 100
MAX_FIELDS = 1000  # columns of any kind, counted on the first line before the file is parsed
BLANKS = ("", "NA", "N/A", "NaN", "nan", "null", "#N/A")  # what Excel and pandas write for nothing
SEPARATORS = (",", ";", "\t")
THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")  # 1,234 or -12,345.6
DECIMAL_COMMA = re.compile(r"[+-]?\d*,\d+")  # 1,5 in a semicolon file
# The first bytes of files people upload by mistake: Excel workbooks (zip or the old OLE format), images, PDF.
SIGNATURES = {b"PK\x03\x04": "excel", b"\xd0\xcf\x11\xe0": "excel", b"\x89PNG": "image", b"\xff\xd8\xff": "image",
              b"GIF8": "image", b"%PDF": "pdf"}
HANGUL, KANA = re.compile("[\uac00-\ud7a3]"), re.compile("[\u3040-\u30ff]")


def _common_hangul(text):
    """Hangul syllables of KS X 1001's 2,350 (cp949 lead bytes 0xB0-0xC8), the ones Korean text uses.
    Shift-JIS bytes read as cp949 land in the rare extension syllables instead."""
    return sum(1 for c in HANGUL.findall(text) if 0xB0 <= c.encode("cp949")[0] <= 0xC8)


def _kana(text):
    return len(KANA.findall(text))


LEGACY_ENCODINGS = {"cp949": _common_hangul, "shift_jis": _kana}  # tried in this order; a tie goes to cp949


class TableError(ValueError):
    """A file the page cannot use; code is one of CODES, details fill in its message."""

    def __init__(self, code, **details):
        if code not in CODES:
            raise ValueError(f"unknown table error {code!r}; expected one of {CODES}")
        super().__init__(code, details)
        self.code = code
        self.details = details


@dataclass(frozen=True)
class Table:
    """The numeric columns of a file, and what was left out on the way."""

    frame: pd.DataFrame  # float columns, rows in file order, index 0..n-1
    ignored: tuple = ()  # columns that are not numbers (names, dates, labels)
    encoding: str = "utf-8"
    separator: str = ","
    header: bool = True  # False: the first line held numbers, so columns are named col1, col2, ...
    dropped_rows: int = 0  # rows with a missing value, left out because drop_missing was asked for


def read_table(raw, max_bytes=MAX_BYTES, max_rows=MAX_ROWS, drop_missing=False):
    """The numeric columns of the CSV file in `raw` (bytes) as a Table, or TableError.

    Cells that are blank, NaN, inf or not numbers in an otherwise numeric column are missing
    values: an error naming the columns, unless drop_missing, which leaves those rows out.
    """
    if len(raw) > max_bytes:
        raise TableError("too_large", reason="bytes", size=len(raw), limit=max_bytes)
    text, encoding = _decode(raw)
    if not text.strip():
        raise TableError("empty")
    first = next(line for line in text.splitlines() if line.strip())
    separator = _separator(first)
    _check_size(first, text, separator, max_rows)
    names, cells, lines, header = _parse(text, separator, max_rows)
    if not len(cells):
        raise TableError("empty")
    numeric, ignored, bad_cells = _numeric_columns(names, cells, lines, separator)
    if len(numeric.columns) < MIN_NUMERIC_COLUMNS:
        raise TableError("no_numeric", found=len(numeric.columns), needed=MIN_NUMERIC_COLUMNS, columns=tuple(names))
    if len(numeric.columns) > MAX_COLUMNS:
        raise TableError("too_large", reason="columns", count=len(numeric.columns), limit=MAX_COLUMNS)
    missing = ~np.isfinite(numeric.to_numpy()) | bad_cells
    dropped = 0
    if missing.any():
        incomplete = missing.any(axis=1)
        if not drop_missing:
            counts = missing.sum(axis=0)
            raise TableError("missing_values", rows=int(incomplete.sum()), total=len(numeric),
                             columns=tuple((name, int(count)) for name, count in zip(numeric.columns, counts) if count),
                             line=int(numeric.index[incomplete][0]), remaining=int((~incomplete).sum()))
        dropped = int(incomplete.sum())
        numeric = numeric[~incomplete]
    if len(numeric) < MIN_ROWS:
        raise TableError("one_row", rows=len(numeric), minimum=MIN_ROWS)
    return Table(numeric.reset_index(drop=True), tuple(ignored), encoding, separator, header, dropped)


def describe_bytes(count):
    """A byte count for people: 5 MB, 12.3 KB, 100 bytes."""
    if count >= 2**20:
        return f"{count / 2**20:.3g} MB"
    if count >= 2**10:
        return f"{count / 2**10:.3g} KB"
    return f"{count} bytes"


def _decode(raw):
    """(text, encoding name); a binary file or one in no known encoding is not_csv."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Excel's "Unicode text" is UTF-16 with a byte-order mark
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise TableError("not_csv", reason="encoding") from None
    for signature, kind in SIGNATURES.items():
        if raw.startswith(signature):
            raise TableError("not_csv", reason=kind)
    if b"\x00" in raw[:8192]:
        utf16 = _utf16_without_mark(raw)
        if utf16 is None:
            raise TableError("not_csv", reason="binary")
        return utf16
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Korean and Japanese Excel exports: each decodes many of the other's bytes, so the one whose text
    # holds more of its own script wins (common Hangul syllables for cp949, kana for Shift-JIS)
    candidates = []
    for encoding, script in LEGACY_ENCODINGS.items():
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((script(text), -len(candidates), text, encoding))
    if not candidates:
        raise TableError("not_csv", reason="encoding")
    _, _, text, encoding = max(candidates)
    return text, encoding


def _utf16_without_mark(raw):
    """(text, "utf-16") when raw is UTF-16 text without a byte-order mark: ASCII-range text then has a zero
    in every other byte (the high byte), at odd positions in little-endian and even ones in big-endian."""
    sample = raw[:8192]
    for offset, encoding in ((1, "utf-16-le"), (0, "utf-16-be")):
        if len(sample) >= 4 and sample[offset::2].count(0) >= 0.9 * len(sample[offset::2]):
            try:
                return raw.decode(encoding), "utf-16"
            except UnicodeDecodeError:
                return None
    return None


def _check_size(first, text, separator, max_rows):
    """too_large before any parsing: more fields on the first line than MAX_FIELDS, or more lines
    than a header, max_rows rows and as many blank lines could hold."""
    fields = len(next(csv.reader([first], delimiter=separator)))
    if fields > MAX_FIELDS:
        raise TableError("too_large", reason="fields", count=fields, limit=MAX_FIELDS)
    if text.count("\n") > 2 * max_rows + 1:
        raise TableError("too_large", reason="rows", limit=max_rows)


def _separator(first):
    """The separator that splits the first line into the most fields (quoted text counted as one)."""
    counts = {sep: len(next(csv.reader([first], delimiter=sep))) for sep in SEPARATORS}
    return max(SEPARATORS, key=lambda sep: (counts[sep], -SEPARATORS.index(sep)))


def _parse(text, separator, max_rows):
    """(column names, cells, line numbers, has header): cells is an object array of stripped strings, None
    where blank, one row per line of data; lines holds each row's line number in the file (from 1).

    The first line is the header unless every field in it is a number. A line with more fields
    than the first is not_csv (reason "ragged", with its line number); one with fewer gets blanks.
    """
    lines = text.splitlines(keepends=True)
    leading = next(i for i, line in enumerate(lines) if line.strip())  # pandas cannot start at a blank line
    try:
        frame = pd.read_csv(io.StringIO("".join(lines[leading:])), sep=separator, header=None, dtype=object,
                            keep_default_na=False, skipinitialspace=True, skip_blank_lines=False)
    except pd.errors.EmptyDataError:
        raise TableError("empty") from None
    except (pd.errors.ParserError, csv.Error, ValueError) as error:
        fields = re.search(r"Expected \d+ fields in line (\d+)", str(error))
        if fields:
            raise TableError("not_csv", reason="ragged", line=int(fields.group(1)) + leading) from None
        raise TableError("not_csv", reason="layout") from None
    cells = _CLEAN(frame.to_numpy(dtype=object))
    filled = cells != None  # noqa: E711 (element-wise on an object array)
    used = filled.any(axis=1)  # blank lines, and lines of empty cells ",,,"
    cells, filled, numbers = cells[used], filled[used], np.arange(leading + 1, leading + len(frame) + 1)[used]
    if not len(cells):
        raise TableError("empty")
    first = cells[0]
    header = not all(_number(cell, separator) is not None for cell in first[filled[0]])
    names = _unique_names(first) if header else [f"col{i}" for i in range(1, cells.shape[1] + 1)]
    if header:
        cells, filled, numbers = cells[1:], filled[1:], numbers[1:]
    # a column with neither a name nor data: Excel's trailing separators, ",," after the last column
    keep = filled.any(axis=0) | (np.array([cell is not None for cell in first]) & header)
    names, cells = [name for name, kept in zip(names, keep) if kept], cells[:, keep]
    if len(cells) > max_rows:
        raise TableError("too_large", reason="rows", limit=max_rows)
    return names, cells, numbers, header


def _clean_cell(cell):
    """A cell's text without surrounding spaces; None for a blank cell."""
    text = str(cell).strip()
    return None if text in BLANKS else text


_CLEAN = np.frompyfunc(_clean_cell, 1, 1)


def _unique_names(cells):
    """Header cells as column names: a blank one named by its position, repeats numbered (a_2, a_3, ...).
    Each name's next number is remembered, so 10,000 repeats take 10,000 steps, not 10,000²."""
    names, taken, next_number = [], set(), {}
    for i, cell in enumerate(cells, start=1):
        base = cell if cell is not None else f"col{i}"
        name, k = base, next_number.get(base, 2)
        while name in taken:
            name, k = f"{base}_{k}", k + 1
        next_number[base] = k
        taken.add(name)
        names.append(name)
    return names


def _number(text, separator):
    """The number a cell's text writes, or None. Excel writes thousands separators ("1,234", quoted in a
    comma file) and, in a semicolon file, often a decimal comma ("1,5"); both are read, in exactly those forms."""
    if text is None:
        return None
    try:
        return float(text)
    except ValueError:
        pass
    if separator == ";" and DECIMAL_COMMA.fullmatch(text):
        return float(text.replace(",", "."))
    if separator != ";" and THOUSANDS.fullmatch(text):
        return float(text.replace(",", ""))
    return None


def _numeric_columns(names, cells, lines, separator):
    """(numeric frame indexed by line number, ignored column names, bad cells).

    A column is numeric when at least half of its filled cells are numbers; its other filled cells
    ("#DIV/0!", "?") are bad cells, reported as missing values."""
    to_number = np.frompyfunc(lambda text: _number(text, separator), 1, 1)
    columns, ignored, bad = {}, [], []
    for j, name in enumerate(names):
        values = to_number(cells[:, j])
        filled, parsed = cells[:, j] != None, values != None  # noqa: E711
        if filled.any() and 2 * parsed.sum() >= filled.sum():
            columns[name] = np.where(parsed, values, np.nan).astype(float)
            bad.append(filled & ~parsed)
        else:
            ignored.append(name)
    bad_cells = np.column_stack(bad) if bad else np.zeros((len(cells), 0), bool)
    return pd.DataFrame(columns, index=lines), ignored, bad_cells


def sample_csv(n=1000, seed=0):
    """nncore.sample_table.sample_frame as UTF-8 CSV bytes (6 decimals), ready for a download button."""
    return sample_frame(n, seed).to_csv(index=False, float_format="%.6f").encode("utf-8")
