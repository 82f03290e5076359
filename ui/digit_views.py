"""Pieces the MNIST pages share: which models there are, a digit's probabilities, enlarged images."""
import os

import numpy as np
import pandas as pd
import streamlit as st

from nncore.digits import MODELS, WeightsUnavailable, classify, shipped_weights
from nncore.mnist import ENV_VAR, MnistUnavailable, load_mnist
from ui.charts import show, show_square
from ui.digit_charts import pixel_grid, probability_bars
from ui.i18n import t
from ui.user_text import as_typed

USER_MODEL = "_digits_user_model"  # {"params": ..., "info": ...} trained on "Train your own"
MNIST_FAILED = "_digits_mnist_failed"  # (folder, why) of this session's last failed load


def usable_shipped_models():
    """(the shipped models whose weights load, {model: why not} for the others)."""
    usable, broken = [], {}
    for name in MODELS:
        try:
            shipped_weights(name)
        except WeightsUnavailable as error:
            broken[name] = str(error)
        else:
            usable.append(name)
    return usable, broken


def model_params(choice):
    return st.session_state[USER_MODEL]["params"] if choice == "yours" else shipped_weights(choice)


def choose_model(controls, widget="segmented"):
    """The model to use; widget="selectbox" where a row of three buttons would not fit. A shipped model
    whose weights are missing or damaged is left out and named; with no model at all the page stops."""
    usable, broken = usable_shipped_models()
    for name, why in broken.items():
        st.warning(t("digits.weights_missing", model=t(f"digits.model_name.{name}"), detail=as_typed(why)),
                   icon=":material/report:")
    options = [*usable, "yours"] if USER_MODEL in st.session_state else usable
    if not options:
        st.stop()
    return controls.choice("model", t("digits.model"), options, "mlp" if "mlp" in options else options[0],
                           widget=widget, format_key="digits.model_name")


def probability_frame(probs):
    top = int(np.argmax(probs))
    return pd.DataFrame({"digit": [str(d) for d in range(10)], "p": probs, "top": np.arange(10) == top,
                         "pct": [f"{p:.0%}" if p >= 0.005 else "" for p in probs]})


def probability_chart(probs, height=300, compact=False):
    show(probability_bars(t("digits.probs_title"), t("digits.digit"), t("digits.probability"), height, compact,
                          t("digits.probs_note")),
         probs=probability_frame(probs))


def top_three(probs):
    order = np.argsort(probs)[::-1][:3]
    return t("digits.top3", first=order[0], p1=f"{probs[order[0]]:.1%}", second=order[1], p2=f"{probs[order[1]]:.1%}",
             third=order[2], p3=f"{probs[order[2]]:.1%}")


def pixel_chart(image, name):
    """The 28×28 image as a square grid as wide as its column; `name` is unique on the page."""
    rows, cols = np.indices(image.shape)
    frame = pd.DataFrame({"row": rows.ravel(), "col": cols.ravel(), "value": image.ravel()})
    show_square(pixel_grid(t("digits.pixels_title"), t("digits.row"), t("digits.col"), t("digits.value")), name,
                pixels=frame)


def enlarge(image, factor=3):
    """Nearest-neighbour enlargement, so a 28×28 digit stays sharp on a projector."""
    return np.kron(np.clip(image, 0, 1), np.ones((factor, factor), dtype=np.float32))


def gallery(images, captions, columns=8, factor=3):
    for start in range(0, len(images), columns):
        cells = st.columns(columns)
        for cell, image, caption in zip(cells, images[start:start + columns], captions[start:start + columns]):
            cell.image(enlarge(image, factor), caption=caption, clamp=True)


@st.cache_resource(show_spinner=False)
def _mnist(folder):
    (x_train, y_train), (x_test, y_test) = load_mnist(folder)
    return x_train, y_train, x_test, y_test


def mnist_or_explain():
    """(x_train, y_train, x_test, y_test) as uint8, with a caption naming the source; None after a message.

    A failed load is remembered for the session (with its folder): a rerun shows the message again
    instead of trying a download on every move, until the learner asks to try again."""
    folder = os.environ.get(ENV_VAR) or None
    failed = st.session_state.get(MNIST_FAILED)
    if failed is None or failed[0] != folder:
        try:
            with st.spinner(t("digits.loading_data")):
                data = _mnist(folder)
        except (MnistUnavailable, ValueError, OSError) as error:
            failed = st.session_state[MNIST_FAILED] = (folder, str(error))
        else:
            st.session_state.pop(MNIST_FAILED, None)
            source = t("digits.source.folder", folder=folder) if folder else t("digits.source.keras")
            st.caption(t("digits.data_source", train=len(data[0]), test=len(data[2]), source=source))
            return data
    st.error(t("digits.no_data"), icon=":material/dataset:")
    st.caption(t("digits.no_data_detail", detail=as_typed(failed[1])))
    if st.button(t("digits.try_again"), icon=":material/refresh:"):
        st.session_state.pop(MNIST_FAILED, None)
        st.rerun()
    return None


@st.cache_resource(show_spinner=False, max_entries=4)
def _shipped_test_probabilities(name, folder):
    return classify(_mnist(folder)[2] / np.float32(255), name)


def test_probabilities(choice, x_test):
    """Probabilities for every test digit, computed once per model (and per trained model)."""
    if choice != "yours":
        return _shipped_test_probabilities(choice, os.environ.get(ENV_VAR) or None)
    user = st.session_state[USER_MODEL]
    if "test_probs" not in user:
        user["test_probs"] = classify(x_test / np.float32(255), user["params"])
    return user["test_probs"]
