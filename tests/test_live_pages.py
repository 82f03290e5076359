"""The perceptron, XOR and Playground pages under AppTest: book weights, Step, Reset, divergence, export."""
import numpy as np
import pytest

from nncore.mlp import predict, total_loss
from nncore.perceptron import INPUTS as X
from nncore.perceptron import TRUTH_TABLES
from tests.app_driver import assert_healthy, click, metric, open_page, player_action, player_data
from ui.catalog import PAGES
from ui.i18n import translate

PERCEPTRON, XOR, PLAYGROUND = (next(p for p in PAGES if p.page_id == name)
                               for name in ("perceptron", "xor", "playground"))
TARGETS = np.array(TRUTH_TABLES["XOR"], dtype=float).reshape(-1, 1)
XOR_KEY, PLAYGROUND_KEY = "xor.run", "playground.run"


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


def test_xor_network_learns_with_play_pauses_on_the_frame_shown_and_resets():
    at = open_page(XOR, lang="en")  # 2-2-1, sigmoid, SGD, learning rate 2, seed 0
    data = player_action(at, XOR_KEY, "play")
    frames = data["frames"]
    assert [f["epoch"] for f in frames] == list(range(5, 301, 5))  # a chunk: 60 frames of 5 epochs
    while frames[-1]["stats"]["accuracy"] != "100%" and frames[-1]["epoch"] < 1500:
        frames = player_action(at, XOR_KEY, "more", have=frames[-1]["epoch"])["frames"]
    solved = next(f for f in frames if f["stats"]["accuracy"] == "100%")
    assert_healthy(at, title(XOR, "en"))
    assert solved["epoch"] <= 1500
    data = player_action(at, XOR_KEY, "pause", shown=solved["epoch"])  # the frame the browser shows
    run = at.session_state[XOR_KEY]
    assert run.epoch == solved["epoch"] and len(run.history.loss) == solved["epoch"] + 1
    assert data["frames"] == [solved] and not data["playing"]
    outputs = [row[3] for row in solved["cells"]["outputs"]]
    y = predict(run.params, X.astype(np.float32), "sigmoid", "sigmoid_bce")[:, 0]
    assert outputs == [f"{v:.4f}" for v in y]  # the table shows the weights the server is at
    data = player_action(at, XOR_KEY, "step")
    assert data["frames"][0]["epoch"] == solved["epoch"] + 1  # exactly one epoch more
    player_action(at, XOR_KEY, "reset")
    assert player_data(at, XOR_KEY)["frames"][0]["epoch"] == 0


def test_a_request_sent_again_is_carried_out_once():
    at = open_page(XOR, lang="en")
    player_action(at, XOR_KEY, "step", request_id="tab:1")
    player_action(at, XOR_KEY, "step", shown=1, request_id="tab:1")  # the browser's retry of the same Step
    assert at.session_state[XOR_KEY].epoch == 1
    player_action(at, XOR_KEY, "step", shown=1, request_id="tab:2")
    assert at.session_state[XOR_KEY].epoch == 2


def test_xor_curves_start_at_epoch_0_with_the_initial_weights_loss():
    at = open_page(XOR, lang="en")
    run = at.session_state[XOR_KEY]
    initial = {name: value.copy() for name, value in run.params.items()}
    expected = total_loss(initial, X.astype(np.float32), TARGETS, "sigmoid", "sigmoid_bce")
    assert run.epoch == 0 and run.history.loss == [pytest.approx(expected, rel=1e-6)]
    frame = player_data(at, XOR_KEY)["frames"][0]
    assert frame["stats"]["loss"] == f"{expected:.4f}"
    assert frame["curves"]["loss"] == [pytest.approx(expected, rel=1e-6)]
    data = player_action(at, XOR_KEY, "step")
    run = at.session_state[XOR_KEY]
    # full batch: epoch 1's loss is measured before its first step, on the same initial weights
    assert len(run.history.loss) == 2 and run.history.loss[1] == pytest.approx(run.history.loss[0], rel=1e-6)
    assert data["history"]["loss"] == {"epochs": [0], "series": [[pytest.approx(expected, rel=1e-6)]]}


def test_xor_without_hidden_layer_says_why_and_stays_at_most_75_percent():
    at = open_page(XOR, lang="en", query={"hidden": "0"})
    assert [w.value for w in at.warning] == [translate("xor.no_hidden", "en")]
    frames = player_action(at, XOR_KEY, "play")["frames"]
    assert max(int(f["stats"]["accuracy"].rstrip("%")) for f in frames) <= 75


def test_playground_trains_and_exports():
    at = open_page(PLAYGROUND, lang="en", query={"data": "gauss", "lr": "0.1"})
    player_action(at, PLAYGROUND_KEY, "play")
    data = player_action(at, PLAYGROUND_KEY, "pause", shown=20)
    assert_healthy(at, title(PLAYGROUND, "en"))
    frame = data["frames"][0]
    assert frame["epoch"] == 20 and at.session_state[PLAYGROUND_KEY].epoch == 20
    assert float(frame["stats"]["test_accuracy"].rstrip("%")) > 90  # two well separated Gaussians
    confusion = np.array([row[1:] for row in frame["cells"]["confusion"]])
    assert confusion.sum() == 200  # 400 points, 50 % for testing
    assert len(frame["images"]["neurons"]) == 4 + 2  # one picture per hidden neuron
    assert any("keras.layers.Dense(4, activation='tanh')" in c.value for c in at.code)


def test_playground_reports_divergence_instead_of_drawing_nan():
    at = open_page(PLAYGROUND, lang="ko", query={"out": "identity_mse", "lr": "10"})
    data = player_action(at, PLAYGROUND_KEY, "play")
    before_the_loss = translate("live.diverged", "ko", epoch=1, loss="\0").split("\0")[0]
    last = data["frames"][-1]
    assert data["final"] and last["end"].startswith(before_the_loss)
    assert all("nan" not in value for f in data["frames"] for value in f["stats"].values())
    data = player_action(at, PLAYGROUND_KEY, "pause", shown=last["epoch"])
    assert_healthy(at, title(PLAYGROUND, "ko"))
    assert data["final"] and data["message"] == last["end"]


def test_playground_uses_softmax_for_more_than_two_classes():
    at = open_page(PLAYGROUND, lang="en", query={"data": "blobs", "classes": "5", "out": "sigmoid_bce"})
    assert [i.value for i in at.info] == [translate("playground.softmax_needed", "en", classes=5)]
    assert "→ 5 ·" in next(c.value for c in at.caption if c.value.startswith("Network:"))


@pytest.mark.parametrize("batch, kind", [("1", "stochastic"), ("10", "mini_batch"), ("30", "mini_batch")])
def test_playground_names_its_descent_by_the_batch_size(batch, kind):
    at = open_page(PLAYGROUND, lang="ko", query={"batch": batch})
    kinds = [c.value for c in at.caption if c.value.startswith("한 번 갱신할 때")]
    assert len(kinds) == 1
    n = int(kinds[0].split("학습 데이터 ")[1].split("개")[0]) if kind != "stochastic" else None
    expected = translate(f"live.kind.{kind}", "ko", n=n, size=int(batch))
    assert kinds == [expected]


def test_xor_names_full_batch_gradient_descent():
    at = open_page(XOR, lang="en")
    assert translate("live.kind.batch", "en", n=4, size=4) in [c.value for c in at.caption]
