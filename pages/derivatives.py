"""Page: numerical differentiation (tangent, forward against central difference, the error against h),
partial derivatives and the gradient field, simpleNet's gradient three ways, and tf.GradientTape."""
import numpy as np
import pandas as pd
import streamlit as st

from nncore.example_functions import FUNCTIONS_1D, function_2, function_2_gradient
from nncore.gradient import (
    difference_errors,
    forward_diff,
    matmul_mean_square_gradient,
    numerical_diff,
    numerical_gradient,
    tangent_line,
)
from nncore.simple_net import BOOK_W, BOOK_X, simple_net_gradient, simpleNet
from ui.charts import show, show_square
from ui.derivative_charts import error_against_step, function_with_tangent, gradient_field, matrix_heatmap
from ui.frame import PageFrame
from ui.i18n import t
from ui.keras_session import page_keras_turn
from ui.layout import main_picture
from ui.live_views import grid
from ui.loss_formulas import state_loss

X_RANGES = {"book": (0.0, 20.0, 5.0)}  # the book's function_1 is drawn on 0..20, at x = 5
DEFAULT_RANGE = (-3.0, 3.0, 1.0)
STEPS = ["1e-1", "1e-2", "1e-4", "1e-8", "1e-12", "1e-50"]
ERROR_STEPS = np.logspace(-16, 0, 33)
FIELD_DOMAIN = (-4.0, 4.0)
SHADED_DOMAIN = (-5.0, 5.0)  # f's shading also covers the margin a wide or tall view adds around FIELD_DOMAIN
FIELD_CELLS = 30
ARROW_GRID = np.linspace(-3.5, 3.5, 8)
DENSE_EXAMPLE = ([[0.1, 0.2], [0.3, 0.7]], [[0.5, 0.4], [0.9, 0.6]], [0.0, 0.0])  # one draw of the course's uniforms
MATMUL_EXAMPLE = ([[1.0, 2.0, 3.0]], [[0.1, -0.2], [0.3, 0.0], [-0.5, 0.4]], [0.0, 0.5])


def matrix_cells(matrix):
    return pd.DataFrame([{"row": r, "col": c, "value": v, "text": f"{v:.4f}"}
                         for (r, c), v in np.ndenumerate(matrix)])


def arrows(points, gradients, length, chosen):
    """Arrows of −gradient from each point, scaled so that the longest is `length` long."""
    downhill = -gradients * length / max(np.abs(gradients).max(), 1e-12)
    return pd.DataFrame({"x": points[:, 0], "y": points[:, 1], "x2": points[:, 0] + downhill[:, 0],
                         "y2": points[:, 1] + downhill[:, 1], "gx": gradients[:, 0], "gy": gradients[:, 1],
                         "angle": np.degrees(np.arctan2(downhill[:, 0], downhill[:, 1])), "chosen": chosen})


page = PageFrame("derivatives")
ctl = page.controls

# --- one variable: tangent, forward and central differences ----------------------------
st.subheader(t("derivatives.diff_title"))
st.latex(r"f'(x) \approx \frac{f(x + h) - f(x - h)}{2h} \qquad h = 10^{-4}")
c1, c2 = st.columns([1, 2])
with c1:
    name = ctl.choice("f", t("derivatives.function"), list(FUNCTIONS_1D), "book", format_key="derivatives.fn")
    f, df, latex = FUNCTIONS_1D[name]
    low, high, default = X_RANGES.get(name, DEFAULT_RANGE)
    x = ctl.slider(f"x_{name}", t("derivatives.x"), low, high, default, 0.1)
    h = float(ctl.choice("h", t("derivatives.h"), STEPS, "1e-4"))
    st.latex(f"f(x) = {latex}")
with c2, main_picture():
    xs = np.linspace(low, high, 200)
    line = page.uses(tangent_line)(f, x)
    names = (t("derivatives.curve"), t("derivatives.tangent"))
    curves = pd.concat([pd.DataFrame({"x": xs, "y": f(xs), "name": names[0]}),
                        pd.DataFrame({"x": xs, "y": line(xs), "name": names[1]})])
    show(function_with_tangent(t("derivatives.tangent_title"), "x", "f(x)", "", names), curves=curves,
         point=pd.DataFrame({"x": [x], "y": [f(x)]}))
exact = df(x)
central = page.uses(numerical_diff)(f, x, h)
forward = page.uses(forward_diff)(f, x, h)
page.report(exact=float(exact), central=float(central), central_error=float(abs(central - exact)),
            step_errors=tuple(float(abs(numerical_diff(f, x, float(step)) - exact)) for step in STEPS))
st.dataframe(pd.DataFrame({
    t("derivatives.method"): [t("derivatives.exact"), t("derivatives.central"), t("derivatives.forward")],
    t("derivatives.value"): [f"{exact:.12g}", f"{central:.12g}", f"{forward:.12g}"],
    t("derivatives.error"): ["", f"{abs(central - exact):.2e}", f"{abs(forward - exact):.2e}"]}), hide_index=True)
if central == 0 and exact != 0:
    st.warning(t("derivatives.rounding_to_zero", h=h), icon=":material/warning:")

st.markdown(t("derivatives.error_intro"))
forward_errors, central_errors = page.uses(difference_errors)(f, df, x, ERROR_STEPS)
error_names = (t("derivatives.forward"), t("derivatives.central"))
errors = pd.concat([pd.DataFrame({"h": ERROR_STEPS, "error": e, "name": n})
                    for e, n in zip((forward_errors, central_errors), error_names)])
errors = errors[errors["error"] > 0]  # an exact hit has no place on a log axis
show(error_against_step(t("derivatives.error_title"), "h", t("derivatives.abs_error"), "", error_names,
                        t("derivatives.chosen_h")), errors=errors, chosen=pd.DataFrame({"h": [h]}))

# --- two variables: partial derivatives and the gradient field ---------------------------
st.divider()
st.subheader(t("derivatives.gradient_title"))
st.latex(r"f(x_0, x_1) = x_0^2 + x_1^2 \qquad \nabla f = \left(\frac{\partial f}{\partial x_0}, "
         r"\frac{\partial f}{\partial x_1}\right) = (2x_0,\ 2x_1)")
g1, g2 = st.columns([1, 1.4])
with g1:
    x0 = ctl.slider("x0", "x₀", -4.0, 4.0, 3.0, 0.5)
    x1 = ctl.slider("x1", "x₁", -4.0, 4.0, 4.0, 0.5)
    point = np.array([x0, x1])
    gradient = page.uses(numerical_gradient)(function_2, point.copy())
    page.report(gradient=(float(gradient[0]), float(gradient[1])))
    st.metric(t("derivatives.gradient_at", x0=f"{x0:g}", x1=f"{x1:g}"), f"({gradient[0]:.4f}, {gradient[1]:.4f})")
    st.markdown(t("derivatives.gradient_explain"))
with g2:
    centres, cell = grid(SHADED_DOMAIN, FIELD_CELLS)
    background = pd.DataFrame({"x": centres[:, 0] - cell / 2, "x2": centres[:, 0] + cell / 2,
                               "y": centres[:, 1] - cell / 2, "y2": centres[:, 1] + cell / 2,
                               "value": function_2(centres)})
    ax, ay = np.meshgrid(ARROW_GRID, ARROW_GRID)
    grid_points = np.column_stack([ax.ravel(), ay.ravel()])
    field = arrows(grid_points, function_2_gradient(grid_points), 0.8, "grid")
    mine = arrows(point[None, :], gradient[None, :], 1.6, "point")
    show_square(gradient_field(t("derivatives.field_title"), "x₀", "x₁", "f", FIELD_DOMAIN), "field",
                background=background, arrows=pd.concat([field, mine]))

# --- simpleNet's gradient: numerical, by hand, and by GradientTape ------------------------
st.divider()
st.subheader(t("derivatives.simplenet_title"))
st.markdown(t("derivatives.simplenet_intro"))
label = int(ctl.choice("t", t("derivatives.label"), ["0", "1", "2"], "2", widget="segmented"))
target = np.eye(3)[label]
net = page.uses(simpleNet)(BOOK_W)
numeric = numerical_gradient(lambda w: net.loss(BOOK_X, target), net.W)
analytic = page.uses(simple_net_gradient)(BOOK_W, BOOK_X, target)
limit = float(np.abs(numeric).max())
st.metric(t("derivatives.net_loss"), f"{net.loss(BOOK_X, target):.8f}")
state_loss("cross_entropy")
autodiff_on = ctl.toggle("autodiff", t("derivatives.autodiff_toggle"), False)
heatmaps = [(t("derivatives.numeric_dw"), numeric), (t("derivatives.analytic_dw"), analytic)]
if autodiff_on:
    with st.spinner(t("derivatives.loading_tf")):
        from nncore import autodiff  # TensorFlow: only once this part is switched on
    page.uses(autodiff.tape_simple_net_gradient, autodiff.tape_linear, autodiff.tape_linear_matrix,
              autodiff.tape_dense, autodiff.tape_sum_squared, autodiff.tape_matmul)
    with page_keras_turn():
        tape = {"net": autodiff.tape_simple_net_gradient(BOOK_W, BOOK_X, target),
                "matrix": autodiff.tape_linear_matrix(), "dense": autodiff.tape_dense(*DENSE_EXAMPLE),
                "sum": autodiff.tape_sum_squared(), "matmul": autodiff.tape_matmul(*MATMUL_EXAMPLE)}
    heatmaps.append((t("derivatives.tape_dw"), tape["net"]))
for column, (title, matrix) in zip(st.columns(len(heatmaps)), heatmaps):
    with column:
        show(matrix_heatmap(title, t("derivatives.row"), t("derivatives.col"), "dL/dW", limit),
             cells=matrix_cells(matrix))
differences = {t("derivatives.numeric_vs_analytic"): np.abs(numeric - analytic).max()}
if autodiff_on:
    differences[t("derivatives.tape_vs_analytic")] = np.abs(heatmaps[2][1] - analytic).max()
for column, (title, value) in zip(st.columns(len(differences)), differences.items()):
    column.metric(title, f"{value:.1e}")
agree = all(value < 1e-6 for value in differences.values())
(st.success if agree else st.error)(t("derivatives.agree" if agree else "derivatives.disagree"))

if autodiff_on:
    st.divider()
    st.subheader(t("derivatives.tape_title"))
    st.markdown(t("derivatives.tape_intro"))
    tx = ctl.slider("tx", "x", -5.0, 5.0, 0.0, 0.5)  # the course's tf.Variable(0.)
    with page_keras_turn():
        y, slope = autodiff.tape_linear(tx)
    st.code(f"x = tf.Variable({float(tx)!r})\nwith tf.GradientTape() as tape:\n    y = 2 * x + 3\n"
            f"grad_of_y_wrt_x = tape.gradient(y, x)  # → {slope:g}   (y = {y:g})", language="python")
    y, grad = tape["matrix"]
    st.code("x = tf.Variable(tf.zeros((2, 2)))\nwith tf.GradientTape() as tape:\n    y = 2 * x + 3\n"
            f"grad_of_y_wrt_x = tape.gradient(y, x)  # → {grad.tolist()}", language="python")
    y, dW, db = tape["dense"]
    st.code("W = tf.Variable(tf.random.uniform((2, 2)))\nb = tf.Variable(tf.zeros((2,)))\n"
            "x = tf.random.uniform((2, 2))\nwith tf.GradientTape() as tape:\n    y = tf.matmul(x, W) + b\n"
            "grad_of_y_wrt_W_and_b = tape.gradient(y, [W, b])\n"
            f"# x = {DENSE_EXAMPLE[0]}, W = {DENSE_EXAMPLE[1]}   ({t('derivatives.dense_draw')})\n"
            f"# → dW = {np.round(dW, 6).tolist()}, db = {db.tolist()}", language="python")
    st.markdown(t("derivatives.dense_note"))
    st.subheader(t("derivatives.tape_ours_title"))
    z, dz_dx = tape["sum"]
    st.code("x = tf.ones((2, 2))\nwith tf.GradientTape() as tape:\n    tape.watch(x)\n    y = tf.reduce_sum(x)\n"
            f"    z = tf.multiply(y, y)  # z = {z:g}\ntape.gradient(z, x)  # → {dz_dx.tolist()}", language="python")
    loss, dl_dw, dl_db = tape["matmul"]
    _, hand_dw, hand_db = page.uses(matmul_mean_square_gradient)(*MATMUL_EXAMPLE)
    st.code(f"x = tf.constant({MATMUL_EXAMPLE[0]})\nw = tf.Variable({MATMUL_EXAMPLE[1]})\n"
            f"b = tf.Variable({MATMUL_EXAMPLE[2]})\n"
            "with tf.GradientTape() as tape:\n    y = x @ w + b\n    loss = tf.reduce_mean(y ** 2)\n"
            f"dl_dw, dl_db = tape.gradient(loss, [w, b])  # loss = {loss:.4f}\n"
            f"# dl_dw = {np.round(dl_dw, 6).tolist()}\n# dl_db = {np.round(dl_db, 6).tolist()}", language="python")
    st.markdown(t("derivatives.tape_check", dw=f"{np.abs(dl_dw - hand_dw).max():.1e}",
                  db=f"{np.abs(dl_db - hand_db).max():.1e}"))

page.finish()
