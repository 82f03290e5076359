"""Page: the course's Keras pipeline step by step, trained live on MNIST with the learner's choices."""
import pandas as pd
import streamlit as st

from nncore.digits import MODELS
from nncore.minibatch import steps_per_epoch
from nncore.mnist import load_mnist
from ui.charts import show
from ui.digit_charts import training_curves
from ui.digit_views import USER_MODEL, mnist_or_explain
from ui.frame import PageFrame
from ui.i18n import current_language, t
from ui.keras_code import MNIST_OPTIMIZERS as OPTIMIZERS
from ui.keras_code import course_pipeline
from ui.keras_session import page_keras_turn
from ui.layout import main_picture
from ui.loss_formulas import state_loss

SAMPLE_CODES = ["1000", "5000", "10000", "all"]
BATCH_CODES = ["16", "32", "64", "100", "128", "256", "512"]
COURSE_CASES = ((60000, 100), (60000, 128))


def history_frames(history):
    """Per-epoch loss and accuracy, train and test, as two long tables for the curves."""
    series = {"": t("digits_train.train"), "val_": t("digits_train.test")}  # Keras' prefixes for the two data sets
    frames = []
    for measure in ("loss", "accuracy"):
        rows = [{"epoch": epoch, "series": label, "value": value}
                for prefix, label in series.items()
                for epoch, value in enumerate(history.get(prefix + measure, []), start=1)]
        frames.append(pd.DataFrame(rows, columns=["epoch", "series", "value"]))
    return frames


def draw_curves(history):
    labels = (t("digits_train.train"), t("digits_train.test"))
    loss, acc = history_frames(history)
    left, right = st.columns(2)
    with left:
        show(training_curves(t("digits_train.epoch"), t("digits_train.loss"), t("digits_train.data"), labels),
             history=loss)
    with right:
        show(training_curves(t("digits_train.epoch"), t("digits_train.accuracy"), t("digits_train.data"), labels),
             history=acc)
    state_loss("cross_entropy")


def train(data, hidden, epochs, batch_size, optimizer):
    from nncore.keras_digits import to_params, train_mlp  # TensorFlow: only when training starts

    progress = st.progress(0.0, text=t("digits_train.starting"))
    curves = st.empty()
    history = {}

    def report(epoch, logs):
        for name, value in logs.items():
            history.setdefault(name, []).append(value)
        progress.progress(epoch / epochs, text=t("digits_train.progress", epoch=epoch, epochs=epochs,
                                                   loss=f"{logs['loss']:.4f}", acc=f"{logs['accuracy']:.2%}"))
        with curves.container():
            draw_curves(history)

    with page_keras_turn(collect=True):
        model, history, accuracy = train_mlp(data, hidden, epochs, batch_size, optimizer, report)
        params = to_params(model)
    curves.empty()
    progress.empty()
    return {"params": params, "history": history, "accuracy": accuracy,
            "setup": t("digits_train.setup", hidden=" → ".join(map(str, hidden)) or "—", epochs=epochs,
                       batch=batch_size, optimizer=optimizer, samples=len(data[0]))}


def show_result(user):
    """The model trained in this session: its setup, test accuracy and curves, and where to use it."""
    from nncore.keras_digits import EpochReport, build_mlp, train_mlp  # already imported: it trained this model

    page.uses(train_mlp, build_mlp, EpochReport)
    st.markdown(f"**{t('digits_train.result_title')}**: {user['setup']}")
    st.metric(t("digits_train.test_accuracy"), f"{user['accuracy']:.2%}")
    draw_curves(user["history"])
    st.page_link("pages/digits_draw.py", label=t("digits_train.use_it"), icon=":material/draw:",
                 query_params={"lang": current_language(), "model": "yours"})
    st.caption(t("digits_train.shipped_note", models=", ".join(t(f"digits.model_name.{m}") for m in MODELS)))


page = PageFrame("digits_train")
ctl = page.controls
page.uses(load_mnist)
data = mnist_or_explain()
if data is not None:
    x_train, y_train, x_test, y_test = data
    settings, picture = st.columns([1, 2.3], gap="medium")
    with settings:  # the button first, the picture beside it; the settings below the button
        train_slot = st.container()
        samples = ctl.choice("n", t("digits_train.samples"), SAMPLE_CODES, "all",
                             format_key="digits_train.samples_option")
        layers = ctl.slider("layers", t("digits_train.layers"), 0, 3, 1, 1)
        units = ctl.slider("units", t("digits_train.units"), 10, 500, 100, 10, disabled=layers == 0)
        epochs = ctl.slider("epochs", t("digits_train.epochs"), 1, 30, 10, 1)
        batch_size = int(ctl.choice("batch", t("digits_train.batch"), BATCH_CODES, "100"))
        optimizer = ctl.choice("opt", t("digits_train.optimizer"), list(OPTIMIZERS), "adam")
    n = len(x_train) if samples == "all" else min(int(samples), len(x_train))
    hidden = [units] * layers
    clicked = train_slot.button(t("digits_train.train_button", n=n, epochs=epochs), type="primary",
                                icon=":material/play_arrow:", width="stretch")
    with picture, main_picture():
        if clicked:
            subset = (x_train[:n], y_train[:n], x_test, y_test)
            st.session_state[USER_MODEL] = train(subset, hidden, epochs, batch_size, optimizer)
        user = st.session_state.get(USER_MODEL)
        if user:
            show_result(user)
        else:
            st.info(t("digits_train.press_train"), icon=":material/play_arrow:")

    st.subheader(t("digits_train.steps_title"))
    steps = page.uses(steps_per_epoch)(n, batch_size)
    page.report(n_train=n, steps=steps, updates=steps * epochs, last_batch=n - (steps - 1) * batch_size)
    st.markdown(t("digits_train.steps_now", n=n, batch=batch_size, steps=steps, epochs=epochs, total=steps * epochs))
    st.markdown(" · ".join(t("digits_train.steps_case", n=cn, batch=cb, steps=steps_per_epoch(cn, cb))
                           for cn, cb in COURSE_CASES))

    st.subheader(t("digits_train.pipeline_title"))
    code = page.uses(course_pipeline)(hidden, epochs, batch_size, optimizer, None if samples == "all" else n)
    for number, (step, snippet) in enumerate(code, start=1):
        st.markdown(f"**{number}. {t(f'digits_train.step.{step}')}**")
        st.code(snippet, language="python")
page.finish()
