"""Exported weights and the generated Keras code give the same network as nncore's."""
import numpy as np
import pytest

from nncore.mlp import init_params, predict
from ui.keras_code import keras_code
from ui.mlp_export import layer_sizes, params_from_json, params_to_json


def test_json_round_trip():
    params = init_params([3, 4, 2], "relu", seed=2)
    text = params_to_json(params, {"dataset": "circle"})
    back = params_from_json(text)
    assert back.keys() == params.keys()
    for name in params:
        np.testing.assert_array_equal(back[name], params[name])
    assert layer_sizes(params) == [3, 4, 2]


@pytest.mark.parametrize("sizes, activation, output", [([2, 4, 2, 1], "tanh", "sigmoid_bce"),
                                                       ([3, 5, 3], "relu", "softmax_ce"),
                                                       ([2, 1], "linear", "identity_mse")])
def test_keras_code_runs_and_predicts_the_same(sizes, activation, output, tmp_path, monkeypatch):
    pytest.importorskip("keras")
    params = init_params(sizes, activation, seed=5)
    (tmp_path / "weights.json").write_text(params_to_json(params, {}))
    monkeypatch.chdir(tmp_path)
    code = keras_code(sizes, activation, output, "adam", 0.01, 0.003, ["x1", "x2", "x1sq"][:sizes[0]])
    namespace = {}
    exec(compile(code, "playground_model.py", "exec"), namespace)
    x = np.random.default_rng(0).normal(size=(20, sizes[0]))
    np.testing.assert_allclose(np.asarray(namespace["model"](x)), predict(params, x, activation, output), atol=1e-5)
    assert "L2(0.0015)" in code  # our l2/2·ΣW² is Keras' L2(l2 / 2)
