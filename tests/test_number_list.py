import pytest

from nncore.number_list import NumberListError, parse_number_list, parse_whole_numbers


@pytest.mark.parametrize(
    "text, expected",
    [
        ("0.3, 2.9, 4.0", [0.3, 2.9, 4.0]),
        ("[1010, 1000, 990]", [1010.0, 1000.0, 990.0]),
        ("1 -2 3e2", [1.0, -2.0, 300.0]),
        (" 1;2 ; 3 ", [1.0, 2.0, 3.0]),
        ("1，2，3", [1.0, 2.0, 3.0]),
    ],
)
def test_accepted(text, expected):
    assert parse_number_list(text) == expected


@pytest.mark.parametrize(
    "text, kwargs, code",
    [
        ("", {}, "empty"),
        ("[ ]", {}, "empty"),
        ("1, two, 3", {}, "not_a_number"),
        ("1, nan", {}, "not_finite"),
        ("inf, 2", {}, "not_finite"),
        ("1, 2", {"min_count": 3}, "too_few"),
        ("1, 2, 3, 4", {"max_count": 3}, "too_many"),
        ("1, 1e6", {"max_abs": 1e4}, "too_large"),
    ],
)
def test_refused(text, kwargs, code):
    with pytest.raises(NumberListError) as info:
        parse_number_list(text, **kwargs)
    assert info.value.code == code


@pytest.mark.parametrize("text, code, detail", [
    ("3, 3.000000000000001", "not_whole", "3.000000000000001"),  # as typed, not rounded to "3"
    ("2, 4.50", "not_whole", "4.50"),
    ("3, 1e3", "out_of_range", "1e3"),
])
def test_whole_numbers_name_the_number_as_it_was_typed(text, code, detail):
    with pytest.raises(NumberListError) as info:
        parse_whole_numbers(text, 0, 100)
    assert (info.value.code, info.value.detail) == (code, detail)
