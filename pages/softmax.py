"""Page: softmax as a pie and as bars, temperature, the overflow fix, the course's x·W example."""
import numpy as np
import pandas as pd
import streamlit as st

from nncore.losses import cross_entropy_error
from nncore.network import COURSE_W
from nncore.number_list import parse_number_list
from nncore.softmax import softmax, softmax_naive, softmax_with_temperature
from ui.charts import show
from ui.frame import PageFrame
from ui.i18n import t
from ui.layout import main_picture
from ui.loss_formulas import state_loss
from ui.softmax_charts import bar_chart, pie_chart
from ui.typed_input import typed_or_previous

BOOK_SCORES = [0.3, 2.9, 4.0, 1.0, -1.0, 2.0, 0.5, -2.0, 1.5, 0.0]
MAX_TYPED = 10
TYPED_LIMIT = 1e4  # scores for the pie
OVERFLOW_LIMIT = 1e6  # large enough to overflow exp, small enough to stay readable


def typed_numbers(text, memory_key, fallback, **limits):
    return typed_or_previous(text, memory_key, fallback, lambda typed: parse_number_list(typed, **limits),
                             limit=f"{limits.get('max_abs', 0):g}")


def class_labels(n):
    return [t("softmax.class_label", k=k) for k in range(n)]  # from 0, as NumPy, Keras and the loss page count


def probability_charts(scores, probs, height=300):
    labels = tuple(class_labels(len(probs)))
    frame = pd.DataFrame({"class": labels, "order": range(len(labels)), "a": scores, "y": probs,
                          "pct": [f"{p:.1%}" for p in probs]})
    titles = (t("softmax.class"), t("softmax.score"), t("softmax.prob"), labels, height)
    left, right = st.columns(2)
    with left:
        show(pie_chart(t("softmax.pie_title"), *titles), probs=frame)
    with right:
        show(bar_chart(t("softmax.bar_title"), *titles), probs=frame)


def score_controls(ctl):
    """The scores, from sliders or typed; below the picture they drive."""
    mode_column, n_column = st.columns([1, 2])
    with mode_column:
        mode = ctl.choice("mode", t("softmax.input_mode"), ["sliders", "typed"], "sliders", widget="segmented",
                          format_key="softmax.mode")
    if mode == "typed":
        with n_column:
            text = ctl.text("scores", t("softmax.typed"), "0.3, 2.9, 4.0")
        return typed_numbers(text, "_softmax_last_scores", BOOK_SCORES[:3], min_count=2, max_count=MAX_TYPED,
                             max_abs=TYPED_LIMIT)
    with n_column:
        n = ctl.slider("n", t("softmax.n_classes"), 3, 10, 3, 1)
    columns = st.columns(5)
    scores = []
    for k in range(n):
        with columns[k % 5]:
            scores.append(ctl.slider(f"a{k + 1}", t("softmax.logit", k=k), -10.0, 10.0, BOOK_SCORES[k], 0.1))
    return scores


def naive_verdict(naive_exp, naive, safe):
    """What the direct formula did: "ok" (the same as the safe one), "nan" (an exp overflowed to inf:
    inf/inf), "underflow" (every exp became 0: 0/0) or "sum" (the exp values are finite but their sum
    overflowed to inf, so every probability became 0)."""
    if np.allclose(naive, safe, rtol=1e-9, atol=1e-12):
        return "ok"
    if np.isinf(naive_exp).any():
        return "nan"
    if not naive_exp.any():
        return "underflow"
    return "sum"


page = PageFrame("softmax")
ctl = page.controls
st.latex(r"y_k = \frac{\exp(a_k / T)}{\sum_{i=1}^{n} \exp(a_i / T)}")
picture = main_picture()  # drawn once the controls below it are read
temperature_column, sum_column, top_column = st.columns([2, 1, 1])
with temperature_column:
    temperature = ctl.slider("T", t("softmax.temperature"), 0.1, 5.0, 1.0, 0.1, help=t("softmax.temperature_help"))
scores = score_controls(ctl)

probs = page.uses(softmax_with_temperature)(scores, temperature)
page.uses(softmax)
with picture:
    probability_charts(scores, probs)
sum_column.metric(t("softmax.sum"), f"{probs.sum():.6f}")
top_column.metric(t("softmax.top"), class_labels(len(probs))[int(np.argmax(probs))], f"{probs.max():.1%}")
page.report(scores=tuple(float(a) for a in scores), probs=tuple(float(p) for p in probs), top_prob=float(probs.max()))

st.divider()
st.subheader(t("softmax.overflow_title"))
st.markdown(t("softmax.overflow_intro"))
big_text = ctl.text("big", t("softmax.big_input"), "1010, 1000, 990")
big = np.array(typed_numbers(big_text, "_softmax_last_big", [1010.0, 1000.0, 990.0], min_count=2, max_count=MAX_TYPED,
                             max_abs=OVERFLOW_LIMIT))
with np.errstate(over="ignore", invalid="ignore"):
    naive_exp = np.exp(big)
    naive = page.uses(softmax_naive)(big)
shifted = big - big.max()
safe = softmax(big)
columns = {"a": big, t("softmax.col.exp_naive"): naive_exp, t("softmax.col.naive"): naive,
           t("softmax.col.shifted"): shifted, t("softmax.col.exp_safe"): np.exp(shifted),
           t("softmax.col.safe"): safe}
# as text, so that inf and nan are shown as what they are
st.dataframe(pd.DataFrame({name: [f"{v:.6g}" for v in values] for name, values in columns.items()}), hide_index=True)
verdict = naive_verdict(naive_exp, naive, safe)
page.report(naive_verdict=verdict)
if verdict == "ok":
    st.success(t("softmax.naive_ok"))
else:
    st.error(t(f"softmax.naive_{verdict}"))

st.divider()
st.subheader(t("softmax.course_title"))
st.markdown(t("softmax.course_intro"))
c1, c2 = st.columns(2)
with c1:
    x1 = ctl.slider("x1", "x₁", -2.0, 2.0, 0.6, 0.1)
with c2:
    x2 = ctl.slider("x2", "x₂", -2.0, 2.0, 0.9, 0.1)
x = np.array([x1, x2])
a = x @ COURSE_W
y = softmax(a)
st.markdown(
    f"**{t('softmax.course_scores')}** = [{', '.join(f'{v:.2f}' for v in a)}]  →  "
    f"**{t('softmax.course_probs')}** = [{', '.join(f'{v:.4f}' for v in y)}]"
)
probability_charts(a, y, height=240)
label_column, loss_column = st.columns([1, 2])
with label_column:
    label = int(ctl.choice("t", t("softmax.course_label"), ["0", "1", "2"], "2", widget="segmented"))
target = np.eye(len(y))[label]
loss_column.metric(t("softmax.course_loss", target=target.astype(int).tolist()),
                   f"{page.uses(cross_entropy_error)(y, target):.10f}")
page.report(course_loss=float(cross_entropy_error(y, target)))
st.caption(t("softmax.course_loss_note"))
state_loss("cross_entropy")

page.finish()
