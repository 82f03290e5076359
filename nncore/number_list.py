"""Reading a list of numbers that a person typed, with errors a page can translate."""
import math
import re


class NumberListError(ValueError):
    """Why a typed list was refused; `code` names a message, `detail` fills it in."""

    def __init__(self, code, detail=""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


_SEPARATORS = re.compile(r"[,;\s]+")


def _tokens(text):
    """The numbers as typed: brackets around the list and full-width commas allowed."""
    body = text.strip().strip("[]()").replace("，", ",")
    return [tok for tok in _SEPARATORS.split(body) if tok]


def parse_number_list(text, min_count=1, max_count=None, max_abs=None):
    """'0.3, 2.9, 4.0' (also '[0.3 2.9 4.0]' or '0.3; 2.9; 4') -> [0.3, 2.9, 4.0].

    Raises NumberListError with code 'empty', 'not_a_number', 'not_finite',
    'too_few', 'too_many' or 'too_large'.
    """
    tokens = _tokens(text)
    if not tokens:
        raise NumberListError("empty")
    values = []
    for tok in tokens:
        try:
            value = float(tok)
        except ValueError:
            raise NumberListError("not_a_number", tok) from None
        if not math.isfinite(value):
            raise NumberListError("not_finite", tok)
        if max_abs is not None and abs(value) > max_abs:
            raise NumberListError("too_large", tok)
        values.append(value)
    if len(values) < min_count:
        raise NumberListError("too_few", str(min_count))
    if max_count is not None and len(values) > max_count:
        raise NumberListError("too_many", str(max_count))
    return values


def parse_whole_numbers(text, low, high, min_count=1, max_count=None):
    """'3, 4, 5, 1' -> [3, 4, 5, 1]: whole numbers from low to high, e.g. layer sizes or labels.

    Raises NumberListError as parse_number_list does, and with code 'not_whole' for 2.5 or
    'out_of_range' for a number outside low..high (detail: the number as typed).
    """
    values = parse_number_list(text, min_count=min_count, max_count=max_count)
    for value, tok in zip(values, _tokens(text)):  # as typed: 3.000000000000001 is not "3"
        if value != int(value):
            raise NumberListError("not_whole", tok)
        if not low <= value <= high:
            raise NumberListError("out_of_range", tok)
    return [int(value) for value in values]
