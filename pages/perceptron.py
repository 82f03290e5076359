"""Page: one perceptron as AND, OR and NAND; why no single line makes XOR, and how two layers do."""
import numpy as np
import pandas as pd
import streamlit as st

from nncore.perceptron import (
    AND,
    GATE_WEIGHTS,
    INPUTS,
    NAND,
    OR,
    TRUTH_TABLES,
    XOR,
    perceptron,
    search_single_line,
    xor_hidden,
)
from ui.frame import PageFrame
from ui.i18n import t
from ui.layout import main_picture
from ui.perceptron_views import plane

GATES = list(TRUTH_TABLES)
SEARCHED_LINES = 10000


def use_book_weights(gate):
    (w1, w2), b = GATE_WEIGHTS[gate]
    st.session_state["perceptron.w1"], st.session_state["perceptron.w2"], st.session_state["perceptron.b"] = w1, w2, b


def truth_table(targets, outputs, hidden=None):
    table = {"x₁": INPUTS[:, 0], "x₂": INPUTS[:, 1]}
    if hidden is not None:
        table |= {"s₁ = NAND": hidden[:, 0], "s₂ = OR": hidden[:, 1]}
    table |= {t("perceptron.target"): targets, t("perceptron.output"): outputs,
              "": ["✓" if o == g else "✗" for o, g in zip(outputs, targets)]}
    st.dataframe(pd.DataFrame(table), hide_index=True)


page = PageFrame("perceptron")
ctl = page.controls
controls, picture = st.columns([1, 1.5], gap="medium")
with controls:
    gate = ctl.choice("gate", t("perceptron.gate"), GATES, "AND", widget="segmented")
    targets = TRUTH_TABLES[gate]
    if gate in GATE_WEIGHTS:
        st.button(t("perceptron.book_button", gate=gate), on_click=use_book_weights, args=(gate,),
                  icon=":material/menu_book:")
    else:
        st.caption(t("perceptron.book_button_xor"))
    w1 = ctl.slider("w1", t("perceptron.w1"), -1.0, 1.0, 0.5, 0.05)
    w2 = ctl.slider("w2", t("perceptron.w2"), -1.0, 1.0, 0.5, 0.05)
    b = ctl.slider("b", t("perceptron.b"), -1.5, 1.5, -0.7, 0.05)
w, outputs = (w1, w2), page.uses(perceptron)(INPUTS, (w1, w2), b)
right = int(np.sum(outputs == np.asarray(targets)))
page.report(right=right)
with picture, main_picture():
    plane("plane", t("perceptron.plane_title", gate=gate), "x₁", "x₂", t("perceptron.target"),
          lambda points: perceptron(points, w, b), {t("perceptron.line"): (w, b)}, INPUTS, targets)
with controls:
    truth_table(targets, outputs)
score, verdict = st.columns([1, 1.5], gap="medium", vertical_alignment="center")
with score:
    st.metric(t("perceptron.right"), f"{right} / 4")
with verdict:
    if right == 4:
        st.success(t("perceptron.all_right", gate=gate))
    elif gate == "XOR":
        st.warning(t("perceptron.xor_hint"))
    else:
        st.info(t("perceptron.not_yet", gate=gate))
    st.latex(r"y = \begin{cases} 0 & (w_1 x_1 + w_2 x_2 + b \le 0) \\ 1 & (w_1 x_1 + w_2 x_2 + b > 0) \end{cases}")

page.uses(AND, OR, NAND, XOR)
if gate == "XOR":
    st.divider()
    st.subheader(t("perceptron.search_title"))
    best, best_w, best_b = page.uses(search_single_line)(targets, SEARCHED_LINES)
    st.markdown(t("perceptron.search_result", count=SEARCHED_LINES, best=best))

    st.subheader(t("perceptron.two_layers_title"))
    st.markdown(t("perceptron.two_layers_intro"))
    hidden, y = page.uses(xor_hidden)(INPUTS)
    left, right_col = st.columns(2)
    with left:
        plane("input_space", t("perceptron.input_space"), "x₁", "x₂", t("perceptron.target"),
              lambda p: xor_hidden(p)[1], {"NAND": GATE_WEIGHTS["NAND"], "OR": GATE_WEIGHTS["OR"]}, INPUTS, targets)
        st.caption(t("perceptron.input_space_help"))
    with right_col:
        plane("hidden_space", t("perceptron.hidden_space"), "s₁ (NAND)", "s₂ (OR)", t("perceptron.target"),
              lambda s: perceptron(s, *GATE_WEIGHTS["AND"]), {"AND": GATE_WEIGHTS["AND"]}, hidden, targets)
        st.caption(t("perceptron.hidden_space_help"))
    truth_table(targets, y, hidden)
page.finish()
