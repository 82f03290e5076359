"""Which loss a page's numbers are, stated in one line under them: the book's ½·Σ, the course's
reduce_mean (Keras' "mse") and the cross-entropies differ in scale, so every loss value says which it is."""
import streamlit as st

from ui.i18n import t

LOSS_LATEX = {
    "sum_of_squares": r"E = \tfrac{1}{2}\sum_k (y_k - t_k)^2",
    "mean_square": r"L = \tfrac{1}{n}\sum_{i=1}^{n} (\hat y_i - y_i)^2",
    "half_mean_square": r"L = \tfrac{1}{n}\sum_{i=1}^{n} \tfrac{1}{2}\sum_k (y_{ik} - t_{ik})^2",
    "cross_entropy": r"L = -\tfrac{1}{n}\sum_{i=1}^{n}\sum_k t_{ik}\log(y_{ik} + 10^{-7})",
    "binary_cross_entropy": r"L = -\tfrac{1}{n}\sum_{i=1}^{n}\left[t_i\log y_i + (1 - t_i)\log(1 - y_i)\right]",
}
OUTPUT_LOSS = {"identity_mse": "half_mean_square", "softmax_ce": "cross_entropy",
               "sigmoid_bce": "binary_cross_entropy"}  # nncore.mlp's output-and-loss pairs


def loss_statement(kind):
    """The loss's formula and what it is, as one line of Markdown."""
    return t("loss.statement", formula=f"${LOSS_LATEX[kind]}$", note=t(f"loss.note.{kind}"))


def state_loss(kind):
    st.caption(loss_statement(kind))
