"""The book's perceptron gates (chapter 2), and XOR from two layers."""
import numpy as np
import pytest

from nncore.perceptron import (
    AND,
    GATE_WEIGHTS,
    INPUTS,
    NAND,
    OR,
    TRUTH_TABLES,
    XOR,
    line_segment,
    perceptron,
    search_single_line,
    xor_hidden,
)

BOOK = {  # the book's truth tables, for (0,0), (1,0), (0,1), (1,1)
    AND: [0, 0, 0, 1], OR: [0, 1, 1, 1], NAND: [1, 1, 1, 0], XOR: [0, 1, 1, 0]}


@pytest.mark.parametrize("gate", BOOK, ids=lambda g: g.__name__)
def test_gates_follow_the_books_truth_tables(gate):
    assert [gate(x1, x2) for x1, x2 in INPUTS] == BOOK[gate]
    assert TRUTH_TABLES[gate.__name__] == BOOK[gate]


@pytest.mark.parametrize("name", GATE_WEIGHTS)
def test_vectorised_perceptron_with_the_books_weights(name):
    w, b = GATE_WEIGHTS[name]
    assert perceptron(INPUTS, w, b).tolist() == TRUTH_TABLES[name]
    assert perceptron(np.array([1, 1]), w, b) == TRUTH_TABLES[name][3]


def test_output_is_zero_on_the_line():
    # the book: y = 0 when w·x + b <= 0; 0.5·1 + 0.5·0.4 − 0.7 = 0 exactly on AND's line
    assert perceptron(np.array([1.0, 0.4]), (0.5, 0.5), -0.7) == 0


def test_no_single_line_makes_xor_but_one_makes_and():
    assert search_single_line(TRUTH_TABLES["XOR"], count=5000)[0] == 3
    best, w, b = search_single_line(TRUTH_TABLES["AND"], count=5000)
    assert best == 4 and perceptron(INPUTS, w, b).tolist() == TRUTH_TABLES["AND"]


def test_xor_hidden_layer_is_nand_and_or():
    hidden, y = xor_hidden(INPUTS)
    assert hidden.tolist() == [[1, 0], [1, 1], [1, 1], [0, 1]]  # (NAND, OR) of each input
    assert y.tolist() == [0, 1, 1, 0]


def test_line_segment_inside_the_square():
    # 0.5·x1 + 0.5·x2 − 0.7 = 0  ⇔  x2 = 1.4 − x1: it leaves [−0.5, 1.5]² at (−0.1, 1.5) and (1.5, −0.1)
    assert line_segment((0.5, 0.5), -0.7) == ((-0.1, 1.5), (1.5, -0.1))
    assert line_segment((0, 1), -0.5) == ((-0.5, 0.5), (1.5, 0.5))  # horizontal x2 = 0.5
    assert line_segment((0, 0), 1.0) is None  # no line at all
    assert line_segment((1, 1), 10) is None  # far outside
