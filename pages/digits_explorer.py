"""Page: the model on the test digits: accuracy, confusion matrix, confident mistakes, a random gallery."""
import numpy as np
import pandas as pd
import streamlit as st

from nncore.digits import classify
from nncore.evaluation import accuracy, confident_mistakes, confusion_matrix
from nncore.mnist import load_mnist
from ui.charts import show_square
from ui.digit_charts import confusion_matrix as confusion_chart
from ui.digit_views import (
    choose_model,
    enlarge,
    gallery,
    mnist_or_explain,
    probability_chart,
    test_probabilities,
    usable_shipped_models,
)
from ui.frame import PageFrame
from ui.i18n import t
from ui.layout import main_picture

DIGIT_CODES = [str(d) for d in range(10)]
MATRIX_KEY = "digits_explorer.matrix"
SHOWN = 24


def pick_cell_from_chart():
    """A click on a matrix cell sets the two selectboxes below it (which also keep it in the URL)."""
    points = st.session_state[MATRIX_KEY].selection.get("cell", [])
    if points:
        st.session_state["digits_explorer.true"] = str(points[0]["true"])
        st.session_state["digits_explorer.pred"] = str(points[0]["pred"])


def matrix_frame(counts, chosen):
    true, pred = np.indices(counts.shape)
    row_totals = counts.sum(axis=1, keepdims=True)
    # shade by the share of each true digit, so the rare mistakes still show against the diagonal
    share = np.divide(counts, row_totals, out=np.zeros(counts.shape), where=row_totals > 0)
    shade = np.where(true == pred, share, np.minimum(1.0, share * 10))
    return pd.DataFrame({"true": true.ravel(), "pred": pred.ravel(), "count": counts.ravel(), "shade": shade.ravel(),
                         "chosen": ((true == chosen[0]) & (pred == chosen[1])).ravel()})


page = PageFrame("digits_explorer")
ctl = page.controls
page.uses(load_mnist)
data = mnist_or_explain()
if data is not None:
    page.uses(classify)
    _, _, x_test, y_test = data
    # the model and its three figures in one row, so that the whole matrix fits the first screen
    c0, c1, c2, c3 = st.columns([1.4, 1, 1, 1], gap="small", vertical_alignment="bottom")
    with c0:
        choice = choose_model(ctl, widget="selectbox")
    probs = test_probabilities(choice, x_test)
    predicted = np.argmax(probs, axis=1)
    counts = page.uses(confusion_matrix)(y_test, predicted)
    c1.metric(t("digits_explorer.accuracy"), f"{page.uses(accuracy)(probs, y_test):.2%}")
    c2.metric(t("digits_explorer.right"), f"{int(np.trace(counts)):,}")
    c3.metric(t("digits_explorer.wrong"), f"{int(counts.sum() - np.trace(counts)):,}")

    with main_picture():
        left, right = st.columns([1.35, 1], gap="medium")
    with right:  # first, as the matrix outlines the cell chosen here
        worst = np.unravel_index(np.argmax(counts - np.diag(np.diag(counts))), counts.shape)
        s1, s2 = st.columns(2)
        with s1:
            true_digit = int(ctl.choice("true", t("digits_explorer.true"), DIGIT_CODES, str(worst[0])))
        with s2:
            pred_digit = int(ctl.choice("pred", t("digits_explorer.pred"), DIGIT_CODES, str(worst[1])))
        chosen = np.flatnonzero((y_test == true_digit) & (predicted == pred_digit))
        page.report(cell_count=len(chosen))
        if "mlp" in usable_shipped_models()[0]:  # the same cell for the shipped MLP, to compare (cached, fast)
            mlp_predicted = predicted if choice == "mlp" else np.argmax(test_probabilities("mlp", x_test), axis=1)
            page.report(mlp_cell_count=int(np.sum((y_test == true_digit) & (mlp_predicted == pred_digit))))
        st.markdown(t("digits_explorer.cell_count", count=len(chosen), true=true_digit, pred=pred_digit))
        if len(chosen):
            gallery(x_test[chosen[:SHOWN]] / 255.0, [f"#{i} · {probs[i, pred_digit]:.0%}" for i in chosen[:SHOWN]],
                    columns=4)
    with left:
        show_square(confusion_chart(t("digits_explorer.matrix_title"), t("digits_explorer.matrix_chart"),
                                    t("digits_explorer.true"), t("digits_explorer.pred"), t("digits_explorer.count")),
                    "matrix", key=MATRIX_KEY, on_select=pick_cell_from_chart,
                    cells=matrix_frame(counts, (true_digit, pred_digit)))
        st.caption(t("digits_explorer.matrix_help"))

    st.subheader(t("digits_explorer.mistakes_title"))
    st.markdown(t("digits_explorer.mistakes_help"))
    mistakes = page.uses(confident_mistakes)(probs, y_test, k=6)
    for column, index in zip(st.columns(3) * 2, mistakes):
        with column.container(border=True):
            image_col, text_col = st.columns([1, 2])
            image_col.image(enlarge(x_test[index] / 255.0), clamp=True)
            text_col.markdown(t("digits_explorer.mistake", index=index, true=y_test[index], pred=predicted[index],
                                p=f"{probs[index, predicted[index]]:.1%}"))
            probability_chart(probs[index], height=170, compact=True)

    st.subheader(t("digits_explorer.gallery_title"))
    seed = ctl.slider("seed", t("digits_explorer.seed"), 0, 999, 0, 1)
    picked = np.random.default_rng(seed).choice(len(x_test), size=SHOWN, replace=False)
    marks = ["✓" if predicted[i] == y_test[i] else "✗" for i in picked]
    page.report(gallery_wrong=marks.count("✗"))
    st.caption(t("digits_explorer.gallery_help"))
    gallery(x_test[picked] / 255.0, [f"{y_test[i]} → {predicted[i]} {m}" for i, m in zip(picked, marks)])
page.finish()
