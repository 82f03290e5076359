"""Challenges of the "learning" group's pages.

losses: its controls (y0 … y9, label, rescale, labels) and mse, cee, verdict ("right"/"wrong"), p_correct
and batch_cee (the batch's mean cross-entropy). derivatives: its controls (f, x_<f>, h, x0, x1, t) and exact,
central, central_error (|central − exact| at the chosen h), step_errors (that error for each h of the list)
and gradient (the numerical gradient at (x0, x1)). descent: its controls (f, log_lr, steps, x0_<f>, x1_<f>)
and verdict (converges, oscillates, diverges or too_small), lr, critical_lr (2/λmax of a quadratic, else
None), distance (from the end of the run to the nearest minimum) and nearest_minimum (its index, left first)."""
import math

import numpy as np

from ui.challenges.challenge import Challenge

# losses, derivatives, descent: their thresholds and named checks
BEST_BATCH_CEE = 0.84  # the best answers give (2·0.5108 + 2.3026 + 0.0090) / 4 = 0.833; any other is above 1.2
PARABOLAS = ("book", "square")  # their central difference has no truncation error: only rounding is left
BOOK_POINT = (3.0, 4.0)
BOOK_GRADIENT_LENGTH = 10.0  # |(6, 8)|
NEAR_CRITICAL = 1.06  # η up to 6 % above 2/λmax: on the slider's grid only 1.02 and 1.05 for a critical rate 1
CONVERGED = 1e-3
# the hump of x⁴ − 3x² + x between its two minima: the middle root of f'(x) = 4x³ − 6x + 1
HUMP = float(np.sort(np.roots([4.0, 0.0, -6.0, 1.0]).real)[1])


def _best_step(state):
    """A curved function, off x = 0 (where an odd function's differences cancel exactly), and the chosen h
    gives the smallest central-difference error of the list, strictly."""
    f = state["f"]
    if f in PARABOLAS or state[f"x_{f}"] == 0:
        return False
    errors = sorted(state["step_errors"])
    return state["central_error"] == errors[0] < errors[1]


def _same_gradient_length(state):
    return ((state["x0"], state["x1"]) != BOOK_POINT
            and math.isclose(math.hypot(*state["gradient"]), BOOK_GRADIENT_LENGTH, rel_tol=1e-6))


def _jumps_the_hump(state):
    """On a double well, a start right of the hump (where a small step rolls into the shallow right minimum)
    and a run that ends in the deeper left one."""
    f = state["f"]
    return (f in ("double_well", "double_well_2d") and state[f"x0_{f}"] > HUMP and state["nearest_minimum"] == 0
            and state["distance"] < CONVERGED and state["verdict"] != "diverges")


CHALLENGES = (
    # losses, derivatives, descent
    Challenge("losses.cee_explodes", "losses",
              lambda s: s["cee"] > 10 and s["mse"] <= 1,
              "y2=0"),
    Challenge("losses.right_but_unsure", "losses",
              lambda s: s["verdict"] == "right" and s["cee"] > 1,
              "y2=0.15"),
    Challenge("losses.best_batch", "losses",
              lambda s: s["batch_cee"] < BEST_BATCH_CEE,
              "labels=2,7,2,2"),
    Challenge("derivatives.best_h", "derivatives", _best_step,
              "f=sin&x_sin=1&h=1e-4"),
    Challenge("derivatives.rounds_to_zero", "derivatives",
              lambda s: s["central"] == 0 and s["exact"] != 0,
              "h=1e-50"),
    Challenge("derivatives.same_length", "derivatives", _same_gradient_length,
              "x0=4&x1=3"),
    Challenge("descent.oscillate_converge", "descent",
              lambda s: s["verdict"] == "oscillates" and s["distance"] < CONVERGED,
              "f=book&log_lr=-0.1"),
    Challenge("descent.smallest_divergence", "descent",
              lambda s: s["verdict"] == "diverges" and s["lr"] < NEAR_CRITICAL * s["critical_lr"],
              "f=square&log_lr=0.01"),
    Challenge("descent.jump_the_hump", "descent", _jumps_the_hump,
              "f=double_well&log_lr=-1"),
    # xor, playground: live runs (train_to: the epoch to train to after opening solution_query)
    Challenge("xor.two_units_fast", "xor",
              lambda s: s["hidden"] == 2 and s["accuracy"] == 1 and s["epoch"] <= 600,
              "hidden=2&lr=5", train_to=600),
    Challenge("xor.no_hidden", "xor",
              lambda s: s["hidden"] == 0 and s["epoch"] >= 1000 and s["accuracy"] < 1,
              "hidden=0", train_to=1000),
    Challenge("xor.stuck", "xor",
              lambda s: s["hidden"] >= 1 and s["epoch"] >= 1000 and s["accuracy"] == 0.75,
              "hidden=2&opt=adam&lr=0.5", train_to=1000),
    Challenge("playground.circle_no_hidden", "playground",
              lambda s: s["data"] == "circle" and s["layers"] == 0 and s["test_accuracy"] >= 0.98,
              "data=circle&layers=0&features=x1sq,x2sq&lr=0.1", train_to=120),
    Challenge("playground.xor_no_hidden", "playground",
              lambda s: s["data"] == "xor" and s["layers"] == 0 and s["test_accuracy"] >= 0.98,
              "data=xor&layers=0&features=x1x2&lr=0.1", train_to=120),
)
