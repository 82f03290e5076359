"""Gradient descent on (b, w) against the closed form of descent on a quadratic."""
import numpy as np
import pytest

from nncore.descent import critical_learning_rate, quadratic_regime
from nncore.gradient import numerical_gradient
from nncore.line_fit import (
    descend_line,
    least_squares_line,
    line_gradient,
    line_hessian,
    line_loss,
    make_line_data,
    max_stable_learning_rate,
)
from nncore.scaling import fit_scaler, min_max_normalize, standardize


def test_data_follow_the_line():
    x, y = make_line_data(b=1.0, w=2.0, scale=5.0, n=2000, noise=0.1, seed=3)
    assert x.min() >= 0 and x.max() <= 5 and x.max() > 4.9
    b, w = least_squares_line(x, y)
    assert b == pytest.approx(1.0, abs=0.02) and w == pytest.approx(2.0, abs=0.01)


def test_loss_by_hand_and_on_a_grid():
    x, y = np.array([0.0, 1.0, 2.0]), np.array([1.0, 3.0, 5.0])  # exactly y = 1 + 2x
    assert line_loss(1.0, 2.0, x, y) == 0
    assert line_loss(0.0, 0.0, x, y) == pytest.approx((1 + 9 + 25) / 3)
    grid = line_loss(np.array([[0.0, 1.0]]), np.array([[0.0, 2.0]]), x, y)
    np.testing.assert_allclose(grid, [[35 / 3, 0.0]])


def test_gradient_and_hessian_match_numerical_ones():
    x, y = make_line_data(0.5, -1.0, 3.0, n=40, seed=1)
    theta = np.array([0.3, 0.7])
    numeric = numerical_gradient(lambda p: line_loss(p[0], p[1], x, y), theta.copy())
    np.testing.assert_allclose(line_gradient(*theta, x, y), numeric, rtol=1e-6)
    columns = [numerical_gradient(lambda p, i=i: line_gradient(p[0], p[1], x, y)[i], theta.copy()) for i in range(2)]
    np.testing.assert_allclose(line_hessian(x), np.array(columns), rtol=1e-5)


def test_descent_follows_the_closed_form():
    """θ_k − θ* = (I − lr·H)^k (θ_0 − θ*) for gradient descent on a quadratic."""
    x, y = make_line_data(1.0, 2.0, 1.0, n=50, seed=0)
    run = descend_line(x, y, lr=0.1, steps=30)
    optimum, step_matrix = least_squares_line(x, y), np.eye(2) - 0.1 * line_hessian(x)
    expected = [optimum + np.linalg.matrix_power(step_matrix, k) @ (np.zeros(2) - optimum) for k in range(31)]
    np.testing.assert_allclose(run.path, expected, atol=1e-10)
    assert run.diverged_at is None and len(run.loss) == 31


def test_lecture_overshoot_and_its_cure():
    """x in [0, 5] with lr 0.1 overshoots and diverges; normalised x converges with the same lr."""
    x, y = make_line_data(1.0, 2.0, 5.0, n=100, seed=0)
    # mean x² ≈ 25/3, so the largest curvature is ≈ 2·(1 + 25/3) ≈ 19 > 2 / 0.1
    assert max_stable_learning_rate(x) < 0.1
    assert quadratic_regime(0.1, np.linalg.eigvalsh(line_hessian(x))) == "diverges"
    assert descend_line(x, y, lr=0.1, steps=500).diverged_at is not None
    for how in ("minmax", "standard"):
        scaled = fit_scaler(x, how)(x)
        assert max_stable_learning_rate(scaled) > 0.1
        run = descend_line(scaled, y, lr=0.1, steps=2000)
        assert run.diverged_at is None
        np.testing.assert_allclose(run.path[-1], least_squares_line(scaled, y), atol=1e-6)


def test_unit_interval_x_has_the_textbook_limit():
    """For x = (0, 1) exactly the Hessian is 2·[[1, ½], [½, ½]]: eigenvalues (3 ± √5)/2, limit 4/(3 + √5)."""
    x = np.array([0.0, 1.0])
    assert max_stable_learning_rate(x) == pytest.approx(4 / (3 + 5 ** 0.5))
    assert critical_learning_rate([2.0]) == 1.0


@pytest.mark.parametrize("lr, regime", [(0.4, "converges"), (0.5, "converges"), (0.75, "oscillates"),
                                        (1.0, "oscillates"), (1.01, "diverges")])
def test_quadratic_regimes_on_x_squared(lr, regime):
    """f = x² has curvature 2: lr·2 < 1 slides in, up to 2 oscillates, beyond diverges."""
    assert quadratic_regime(lr, [2.0]) == regime


def test_the_edge_lr_times_curvature_two_is_one_regime_whatever_the_rounding():
    for lr in (1.0, 1.0 + 1e-12, 1.0 - 1e-12):  # x² has curvature 2: lr = 1 maps x to −x
        assert quadratic_regime(lr, [2.0]) == "oscillates"
        assert quadratic_regime(lr, [2.0], bounce=True) == "bounces"
    assert quadratic_regime(0.5, [0.5, 4.0], bounce=True) == "bounces"  # the largest curvature decides
    assert quadratic_regime(1.0 + 1e-6, [2.0], bounce=True) == "diverges"


def test_scalings():
    x = np.array([[1.0, 5.0], [3.0, 5.0], [5.0, 5.0]])
    np.testing.assert_allclose(min_max_normalize(x), [[0, 0], [0.5, 0], [1, 0]])
    np.testing.assert_allclose(standardize(x), [[-(1.5 ** 0.5), 0], [0, 0], [1.5 ** 0.5, 0]])
    scale = fit_scaler(x, "minmax")
    np.testing.assert_allclose(scale(np.array([[7.0, 5.0]])), [[1.5, 0.0]])  # test rows use the training range
    with pytest.raises(ValueError):
        fit_scaler(x, "log")
