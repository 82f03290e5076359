"""The perceptron, XOR and Playground pages under AppTest: book weights, Step, Reset, divergence, export."""
import numpy as np
import pytest

from nncore.mlp import total_loss
from nncore.perceptron import INPUTS as X, TRUTH_TABLES

from tests.app_driver import assert_healthy, click, metric, open_page
from ui.catalog import PAGES
from ui.i18n import translate
from ui.live_views import curves_frame

PERCEPTRON, XOR, PLAYGROUND = (next(p for p in PAGES if p.page_id == name) for name in ("perceptron", "xor", "playground"))
TARGETS = np.array(TRUTH_TABLES["XOR"], dtype=float).reshape(-1, 1)


def title(page, lang):
    return translate(f"{page.page_id}.title", lang)



@pytest.mark.parametrize("gate, weights", [("OR", (0.5, 0.5, -0.2)), ("NAND", (-0.5, -0.5, 0.7))])
def test_book_button_sets_the_books_weights(gate, weights):
    at = open_page(PERCEPTRON, lang="en", query={"gate": gate})
    assert metric(at, "perceptron.right") != "4 / 4"  # AND's default weights do not make this gate
    click(at, "Use the book's")
    assert_healthy(at, title(PERCEPTRON, "en"))
    assert tuple(at.slider(key=f"perceptron.{k}").value for k in ("w1", "w2", "b")) == weights
    assert metric(at, "perceptron.right") == "4 / 4"
    assert at.query_params["b"] == f"{weights[2]:g}"


def test_xor_gate_shows_that_no_line_works_and_two_layers_do():
    at = open_page(PERCEPTRON, lang="ko", query={"gate": "XOR"})
    assert_healthy(at, title(PERCEPTRON, "ko"))
    assert any(translate("perceptron.search_result", "ko", count=10000, best=3) == m.value for m in at.markdown)
    table = at.dataframe[-1].value
    assert table["s₁ = NAND"].tolist() == [1, 1, 1, 0] and table["s₂ = OR"].tolist() == [0, 1, 1, 1]
    assert table.iloc[:, -1].tolist() == ["✓"] * 4


def test_xor_network_learns_with_step_and_resets():
    at = open_page(XOR, lang="en")  # 2-2-1, sigmoid, SGD, learning rate 2, seed 0
    for _ in range(60):  # at most 1,500 epochs
        click(at, "Step")
        if metric(at, "live.accuracy") == "100%":
            break
    assert_healthy(at, title(XOR, "en"))
    assert metric(at, "live.accuracy") == "100%"
    assert int(metric(at, "live.epoch").replace(",", "")) <= 1500
    click(at, "Reset")
    assert metric(at, "live.epoch") == "0"


def test_xor_curves_start_at_epoch_0_with_the_initial_weights_loss():
    at = open_page(XOR, lang="en")
    run = at.session_state["xor.run"]
    initial = {name: value.copy() for name, value in run.params.items()}
    expected = total_loss(initial, X.astype(np.float32), TARGETS, "sigmoid", "sigmoid_bce")
    assert run.epoch == 0 and run.history["loss"] == [pytest.approx(expected, rel=1e-6)]
    assert metric(at, "live.loss") == f"{expected:.4f}"
    click(at, "Step")
    run = at.session_state["xor.run"]
    # full batch: epoch 1's loss is measured before its first step, on the same initial weights
    assert len(run.history["loss"]) == 26 and run.history["loss"][1] == pytest.approx(run.history["loss"][0], rel=1e-6)
    assert curves_frame(run.history, ("train",), "loss")["epoch"].iloc[0] == 0


def test_xor_without_hidden_layer_says_why_and_stays_at_most_75_percent():
    at = open_page(XOR, lang="en", query={"hidden": "0"})
    assert [w.value for w in at.warning] == [translate("xor.no_hidden", "en")]
    for _ in range(20):
        click(at, "Step")
    assert int(metric(at, "live.accuracy").rstrip("%")) <= 75


def test_playground_trains_and_exports():
    at = open_page(PLAYGROUND, lang="en", query={"data": "gauss", "lr": "0.1"})
    for _ in range(4):
        click(at, "Step")
    assert_healthy(at, title(PLAYGROUND, "en"))
    assert metric(at, "live.epoch") == "20"
    assert float(metric(at, "playground.test_accuracy").rstrip("%")) > 90  # two well separated Gaussians
    confusion = at.dataframe[0].value
    assert confusion.to_numpy().sum() == 200  # 400 points, 50 % for testing
    assert any("keras.layers.Dense(4, activation='tanh')" in c.value for c in at.code)


def test_playground_reports_divergence_instead_of_drawing_nan():
    at = open_page(PLAYGROUND, lang="ko", query={"out": "identity_mse", "lr": "10"})
    click(at, "5 에포크")
    assert_healthy(at, title(PLAYGROUND, "ko"))
    before_the_loss = translate("live.diverged", "ko", epoch=1, loss="\0").split("\0")[0]
    assert len(at.error) == 1 and at.error[0].value.startswith(before_the_loss)
    assert all(m.value != "nan" for m in at.metric)


def test_playground_uses_softmax_for_more_than_two_classes():
    at = open_page(PLAYGROUND, lang="en", query={"data": "blobs", "classes": "5", "out": "sigmoid_bce"})
    assert [i.value for i in at.info] == [translate("playground.softmax_needed", "en", classes=5)]
    assert "→ 5 ·" in next(c.value for c in at.caption if c.value.startswith("Network:"))
