"""Page: mean squared error against cross-entropy on a 10-class prediction, the 1e-7 delta, batches,
and which Keras loss goes with which task."""
import numpy as np
import pandas as pd
import streamlit as st

from nncore.losses import (
    DELTA,
    KERAS_LOSSES,
    cross_entropy_error,
    keras_mse,
    losses_against_correct_probability,
    mean_squared_error,
)
from nncore.number_list import parse_whole_numbers
from ui.charts import show
from ui.frame import PageFrame
from ui.i18n import t
from ui.layout import main_picture
from ui.loss_charts import loss_against_probability, prediction_bars
from ui.loss_formulas import state_loss
from ui.typed_input import typed_or_previous

CLASSES = 10
PRESETS = {  # name -> (prediction, correct label); the book's (ch. 4.2.1), then the course's problems 59 and 60
    "book_right": ([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0], 2),
    "book_wrong": ([0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0], 2),
    "course_59": ([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.0, 0.0, 0.0], 2),
    "course_60": ([0.1, 0.05, 0.0, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0], 2),
    "uniform": ([0.1] * 10, 2),
    "confident": ([0.001] * 2 + [0.991] + [0.001] * 7, 2),
}
AS_TYPED = ("course_59", "course_60")  # the course computes on these as they are, though they sum to 0.9
BATCH_ROWS = ("book_right", "book_wrong", "uniform", "confident")
CURVE_P = np.linspace(0.0, 1.0, 201)
DELTA_TABLE_P = [0.5, 0.1, 0.01, 1e-4, 1e-7, 0.0]


def load_preset(name):
    values, label = PRESETS[name]
    for k, value in enumerate(values):
        st.session_state[f"losses.y{k}"] = value
    st.session_state["losses.label"] = str(label)
    st.session_state["losses.rescale"] = name not in AS_TYPED


page = PageFrame("losses")
ctl = page.controls
buttons = st.columns(3)
for k, name in enumerate(PRESETS):
    buttons[k % 3].button(t(f"losses.preset.{name}"), key=f"losses.preset_{name}", on_click=load_preset,
                          args=(name,), help=t(f"losses.preset_long.{name}"), width="stretch")
picture = main_picture()  # drawn once the prediction below it is read
m1, m2, m3 = st.columns(3)
st.latex(r"E_{\mathrm{MSE}} = \frac{1}{2}\sum_k (y_k - t_k)^2 \qquad "
         r"E_{\mathrm{CEE}} = -\sum_k t_k \log(y_k + 10^{-7})")
state_loss("sum_of_squares")
verdict_line = st.empty()

st.subheader(t("losses.edit_title"))
label = int(ctl.choice("label", t("losses.label"), [str(k) for k in range(CLASSES)], "2"))
columns = st.columns(5)
raw = []
for k in range(CLASSES):
    with columns[k % 5]:
        raw.append(ctl.slider(f"y{k}", t("losses.prob_of", k=k), 0.0, 1.0, PRESETS["book_right"][0][k], 0.01))
raw = np.array(raw)
rescale = ctl.toggle("rescale", t("losses.rescale"), True, help=t("losses.rescale_help"))
if raw.sum() == 0:
    st.warning(t("losses.all_zero"), icon=":material/warning:")
    y = np.full(CLASSES, 1 / CLASSES)
elif abs(raw.sum() - 1) > 1e-9 and rescale:
    y = raw / raw.sum()
    st.info(t("losses.normalised", total=f"{raw.sum():.2f}"), icon=":material/info:")
elif abs(raw.sum() - 1) > 1e-9:
    y = raw
    st.info(t("losses.as_typed", total=f"{raw.sum():.2f}"), icon=":material/info:")
else:
    y = raw
target = np.eye(CLASSES)[label]

mse = page.uses(mean_squared_error)(y, target)
cee = page.uses(cross_entropy_error)(y, target)
m1.metric(t("losses.mse"), f"{mse:.4f}")
m2.metric(t("losses.cee"), f"{cee:.4f}")
m3.metric(t("losses.keras_mse"), f"{page.uses(keras_mse)(y, target):.4f}", help=t("losses.keras_mse_help"))
verdict = "right" if int(np.argmax(y)) == label else "wrong"
page.report(mse=float(mse), cee=float(cee), verdict=verdict, p_correct=float(y[label]))
verdict_line.markdown(t(f"losses.verdict.{verdict}", top=int(np.argmax(y)), label=label, p=f"{y[label]:.3f}"))

kinds = (t("losses.kind.correct"), t("losses.kind.other"))
probs = pd.DataFrame({"cls": [str(k) for k in range(CLASSES)], "y": y,
                      "kind": [kinds[0] if k == label else kinds[1] for k in range(CLASSES)]})
names = (t("losses.mse"), t("losses.cee"))
mse_curve, cee_curve = page.uses(losses_against_correct_probability)(y, label, CURVE_P)
curves = pd.concat([pd.DataFrame({"p": CURVE_P, "loss": mse_curve, "name": names[0]}),
                    pd.DataFrame({"p": CURVE_P, "loss": cee_curve, "name": names[1]})])
now = pd.DataFrame({"p": [y[label]] * 2, "loss": [mse, cee], "name": list(names)})
with picture:
    left, right = st.columns(2)
    with left:
        show(prediction_bars(t("losses.bars_title"), t("losses.class"), t("losses.prob"), t("losses.kind"), kinds),
             probs=probs)
    with right:
        show(loss_against_probability(t("losses.curve_title"), t("losses.p_correct"), t("losses.loss"),
                                      t("losses.which"), names), curves=curves, now=now)
    st.caption(t("losses.curve_caption"))

st.divider()
st.subheader(t("losses.delta_title"))
st.markdown(t("losses.delta_intro"))
rows = []
for p in DELTA_TABLE_P:
    with np.errstate(divide="ignore"):
        without = cross_entropy_error(np.array([p, 1 - p]), 0, delta=0)
    rows.append({"p": f"{p:g}", t("losses.without_delta"): f"{without:.4f}",
                 t("losses.with_delta"): f"{cross_entropy_error(np.array([p, 1 - p]), 0):.4f}"})
st.dataframe(pd.DataFrame(rows), hide_index=True)
st.caption(t("losses.delta_caption", delta=f"{DELTA:g}"))

st.divider()
st.subheader(t("losses.batch_title"))
st.markdown(t("losses.batch_intro"))
labels_text = ctl.text("labels", t("losses.batch_labels", n=len(BATCH_ROWS)), "2, 2, 2, 2")
labels = np.array(typed_or_previous(
    labels_text, "_losses_last_labels", [2] * len(BATCH_ROWS),
    lambda typed: parse_whole_numbers(typed, 0, CLASSES - 1, min_count=len(BATCH_ROWS), max_count=len(BATCH_ROWS)),
    low=0, high=CLASSES - 1))
batch = np.array([PRESETS[name][0] for name in BATCH_ROWS])
table = pd.DataFrame({t("losses.row"): [t(f"losses.preset_long.{name}") for name in BATCH_ROWS],
                      t("losses.label_short"): labels,
                      t("losses.p_correct"): [f"{batch[i, labels[i]]:.3f}" for i in range(len(labels))],
                      t("losses.cee"): [f"{cross_entropy_error(batch[i], labels[i]):.4f}" for i in range(len(labels))]})
st.dataframe(table, hide_index=True)
with_labels = cross_entropy_error(batch, labels)
with_one_hot = cross_entropy_error(batch, np.eye(CLASSES)[labels])
page.report(batch_cee=float(with_labels))
st.code(f"cross_entropy_error(y_batch, t_labels)   # t = {labels.tolist()}\n→ {with_labels:.6f}\n"
        f"cross_entropy_error(y_batch, t_one_hot)  # (4, 10)\n→ {with_one_hot:.6f}", language="python")
st.markdown(t("losses.batch_mean", value=f"{with_labels:.4f}"))

st.divider()
st.subheader(t("losses.keras_title"))
keras_rows = [{t("losses.task"): t(f"losses.task.{task}"), t("losses.output_layer"): output,
               t("losses.keras_name"): f'"{name}"', t("losses.target_form"): t(f"losses.target.{form}")}
              for task, (output, name, form) in KERAS_LOSSES.items()]
st.dataframe(pd.DataFrame(keras_rows), hide_index=True)
st.code('model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])\n'
        'model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])\n'
        'model.compile(optimizer="sgd", loss="mse")', language="python")
st.markdown(t("losses.keras_note"))

page.finish()
