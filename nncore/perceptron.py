"""The book's perceptron (chapter 2): logic gates from one neuron, and why XOR needs two layers."""
import numpy as np

INPUTS = np.array([[0, 0], [1, 0], [0, 1], [1, 1]])
# the book's weights and biases: (w1, w2), b
GATE_WEIGHTS = {"AND": ((0.5, 0.5), -0.7), "OR": ((0.5, 0.5), -0.2), "NAND": ((-0.5, -0.5), 0.7)}
TRUTH_TABLES = {"AND": [0, 0, 0, 1], "OR": [0, 1, 1, 1], "NAND": [1, 1, 1, 0], "XOR": [0, 1, 1, 0]}


def perceptron(x, w, b):
    """1 where w·x + b > 0, else 0, for one input (2,) or a batch (n, 2)."""
    return (np.dot(x, w) + b > 0).astype(int)


def AND(x1, x2):
    x = np.array([x1, x2])
    w = np.array([0.5, 0.5])
    b = -0.7
    tmp = np.sum(w * x) + b
    return 0 if tmp <= 0 else 1


def NAND(x1, x2):
    x = np.array([x1, x2])
    w = np.array([-0.5, -0.5])
    b = 0.7
    tmp = np.sum(w * x) + b
    return 0 if tmp <= 0 else 1


def OR(x1, x2):
    x = np.array([x1, x2])
    w = np.array([0.5, 0.5])
    b = -0.2
    tmp = np.sum(w * x) + b
    return 0 if tmp <= 0 else 1


def XOR(x1, x2):
    s1 = NAND(x1, x2)
    s2 = OR(x1, x2)
    return AND(s1, s2)


def xor_hidden(x):
    """The two-layer answer for a batch (n, 2): the hidden outputs (s1, s2) = (NAND, OR) and y = AND(s1, s2)."""
    s = np.stack([perceptron(x, *GATE_WEIGHTS["NAND"]), perceptron(x, *GATE_WEIGHTS["OR"])], axis=-1)
    return s, perceptron(s, *GATE_WEIGHTS["AND"])


def search_single_line(targets, count=2000, seed=0):
    """Try `count` random lines w·x + b = 0 on the four inputs; (best number right, w, b) of the best.

    A line separates the targets when it gets all four right: for XOR no line ever does.
    """
    rng = np.random.default_rng(seed)
    angles = rng.uniform(0, 2 * np.pi, count)
    w = np.stack([np.cos(angles), np.sin(angles)], axis=1)
    b = rng.uniform(-1.5, 1.5, count)
    outputs = (INPUTS @ w.T + b > 0).astype(int)  # (4, count)
    right = (outputs == np.asarray(targets)[:, None]).sum(axis=0)
    best = int(np.argmax(right))
    return int(right[best]), w[best], float(b[best])


def line_segment(w, b, low=-0.5, high=1.5):
    """The part of the line w1·x1 + w2·x2 + b = 0 inside the square [low, high]²: two (x1, x2) ends, or None."""
    w1, w2 = w
    ends = []
    for x1 in (low, high):  # where it crosses the left and right edges
        if w2 != 0:
            x2 = -(w1 * x1 + b) / w2
            if low <= x2 <= high:
                ends.append((x1, x2))
    for x2 in (low, high):  # and the bottom and top edges
        if w1 != 0:
            x1 = -(w2 * x2 + b) / w1
            if low <= x1 <= high:
                ends.append((x1, x2))
    ends = sorted(set((round(a, 12), round(c, 12)) for a, c in ends))
    return (ends[0], ends[-1]) if len(ends) >= 2 and ends[0] != ends[-1] else None
