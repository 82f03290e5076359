"""Challenges of the perceptron page: the state holds its controls (gate, w1, w2, b) and `right`, how many
of the gate's four rows the perceptron gets right."""
from nncore.perceptron import GATE_WEIGHTS
from ui.challenges.challenge import Challenge


def _not_the_books(state, gate):
    (w1, w2), b = GATE_WEIGHTS[gate]
    return (state["w1"], state["w2"], state["b"]) != (w1, w2, b)


CHALLENGES = (
    Challenge("perceptron.or_own", "perceptron",
              lambda s: s["gate"] == "OR" and s["right"] == 4 and _not_the_books(s, "OR"),
              "gate=OR&w1=0.5&w2=0.5&b=-0.3"),
    Challenge("perceptron.nand_uneven", "perceptron",
              lambda s: s["gate"] == "NAND" and s["right"] == 4 and s["w1"] != s["w2"],
              "gate=NAND&w1=-0.5&w2=-0.3&b=0.6"),
    Challenge("perceptron.xor_three", "perceptron",
              lambda s: s["gate"] == "XOR" and s["right"] == 3,
              "gate=XOR&w1=0.5&w2=0.5&b=-0.2"),
)
