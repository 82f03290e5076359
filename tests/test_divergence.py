"""One divergence rule for every loop: NaN, infinite or larger than 10⁶ in size."""
import numpy as np

from nncore import mlp
from nncore import optimizer as optim
from nncore.descent import LANDSCAPES, cut_at_divergence, descend
from nncore.divergence import DIVERGENCE_LIMIT, has_diverged
from nncore.line_fit import descend_line, make_line_data
from nncore.minibatch import sgd_line
from nncore.run import Run, stopped_run


def test_the_rule_at_its_edges():
    assert DIVERGENCE_LIMIT == 1e6
    values = [0.0, 1e6, -1e6, 1e6 * (1 + 1e-12), -2e6, np.nan, np.inf, -np.inf]
    assert has_diverged(values).tolist() == [False, False, False, True, True, True, True, True]
    assert not has_diverged(3.5) and has_diverged(float("nan"))


def _diverging_and_settling_runs():
    """Each loop of nncore twice: once with a learning rate far past its critical one, once well below."""
    x, y = make_line_data(1.0, 2.0, 5.0, n=50, noise=0.5, seed=0)  # lr·λmax > 2 from about lr = 0.11
    xor_x = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    xor_t = np.array([0.0, 1.0, 1.0, 0.0])
    for lr, diverges in ((1.5, True), (0.05, False)):
        square = LANDSCAPES["square"]  # x²: critical rate 1
        yield "descend", descend(square, (3.0,), lr, 60), diverges
        yield "descend_line", descend_line(x, y, lr, 200), diverges
        yield "sgd_line", sgd_line(x, y, lr, 20, 10, "shuffle", seed=1), diverges
        path = [np.array([3.0])]
        for _ in range(60):  # the book's loop, which never stops
            path.append(path[-1] - lr * 2.0 * path[-1])
        path = np.array(path)
        yield "cut_at_divergence", cut_at_divergence(path, path[:, 0] ** 2), diverges
    params = mlp.init_params([2, 4, 1], "linear", seed=0)
    yield "mlp.train", mlp.train(params, xor_x * 100.0, xor_t, activation="linear", output="identity_mse",
                                 optimizer=optim.SGD(1.0), epochs=50), True
    params = mlp.init_params([2, 4, 1], "tanh", seed=0)
    yield "mlp.train", mlp.train(params, xor_x, xor_t, activation="tanh", output="sigmoid_bce",
                                 optimizer=optim.SGD(0.1), epochs=50), False


def test_every_loop_returns_one_run_type_stopped_by_the_one_rule():
    for name, run, diverges in _diverging_and_settling_runs():
        assert isinstance(run, Run), name
        assert run.diverged is diverges, name
        assert not has_diverged(run.loss).any(), name  # every recorded point is finite and within the limit
        if run.path is not None:
            assert len(run.path) == len(run.loss) and np.isfinite(run.path).all(), name
        if diverges:
            assert run.last_finite_loss is not None and not has_diverged(run.last_finite_loss), name
        else:
            assert run.last_finite_loss is None, name


def test_a_descent_stops_right_before_the_first_step_past_the_limit():
    # x² from 3 with lr 1.5: x ← x − 3x = −2x, so x_k = 3·(−2)^k and f = 9·4^k passes 10⁶ at k = 9 (2.4e6)
    run = descend(LANDSCAPES["square"], (3.0,), 1.5, 60)
    assert run.diverged_at == 9 and len(run.loss) == 9
    assert run.last_finite_loss == run.loss[-1] == 9.0 * 4 ** 8
    assert stopped_run(np.zeros((3, 1)), [1.0, 2.0, 3.0], None).last_finite_loss is None
