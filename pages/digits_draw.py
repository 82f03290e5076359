"""Page: draw a digit; see the 28×28 image the network receives, its probabilities and hidden units."""
import math

import numpy as np
import pandas as pd
import streamlit as st
from streamlit_drawable_canvas import st_canvas

from nncore.digits import classify, forward, preprocess_canvas, squash_canvas
from nncore.sample_drawings import SAMPLES, render_sample
from ui.charts import show
from ui.digit_charts import unit_heatmap
from ui.digit_views import (
    USER_MODEL,
    choose_model,
    model_params,
    pixel_chart,
    probability_chart,
    top_three,
    usable_shipped_models,
)
from ui.frame import PageFrame
from ui.i18n import t
from ui.keras_session import page_keras_turn
from ui.layout import main_picture

CANVAS = 240
DIFFERENCE = "|NumPy − Keras|"
KERAS_TWIN = "digits_draw.keras_twin"  # (the session's trained model, its Keras twin)


@st.cache_resource(show_spinner=False)
def shipped_keras_model(name):
    from nncore.keras_digits import from_params  # TensorFlow: only when the comparison is opened

    return from_params(model_params(name))


def keras_model(choice):
    """The Keras model holding the same weights. The session's own ("Train your own") is built from its
    weights the first time it is compared and kept for the session's next reruns: a model for prediction,
    not the trained one with its optimizer and compiled training graph."""
    if choice != "yours":
        return shipped_keras_model(choice)
    user = st.session_state[USER_MODEL]
    kept = st.session_state.get(KERAS_TWIN)
    if kept is None or kept[0] is not user:  # a new training replaced the session's model
        from nncore.keras_digits import from_params

        kept = st.session_state[KERAS_TWIN] = (user, from_params(user["params"]))
    return kept[1]


def hidden_units(values):
    columns = math.ceil(math.sqrt(values.size))
    rows = math.ceil(values.size / columns)
    index = np.arange(values.size)
    frame = pd.DataFrame({"unit": index + 1, "row": index // columns, "col": index % columns, "value": values})
    show(unit_heatmap(t("digits.hidden_title", n=values.size), t("digits.unit"), t("digits.activation"), columns,
                      rows, 34),
         width="content", units=frame)


page = PageFrame("digits_draw")
ctl = page.controls
model_column, input_column = st.columns(2, gap="small")
with model_column:
    choice = choose_model(ctl)
with input_column:
    source = ctl.choice("input", t("digits.input"), ["draw", "sample"], "draw", widget="segmented",
                        format_key="digits.input_mode")
params = model_params(choice)

with main_picture():
    # the canvas has a fixed pixel size: its column is at least CANVAS wide from a 1024 px window with the sidebar
    left, middle, right = st.columns([1.1, 0.8, 0.85], gap="small")
with left:
    if source == "draw":
        st.space("small")  # room for the canvas' toolbar, which appears above it on hover
        canvas_slot = st.container()  # the canvas goes above the brush slider, but needs its value
        brush = ctl.slider("brush", t("digits.brush"), 6, 40, 20, 1)
        with canvas_slot:
            result = st_canvas(stroke_width=brush, stroke_color="#FFFFFF", background_color="#000000", height=CANVAS,
                               width=CANVAS, drawing_mode="freedraw", return_image_data=True, key="digits_draw.canvas")
        canvas = result.image_data if result.json_data and result.json_data.get("objects") else None
        st.caption(t("digits.canvas_help"))
    else:
        sample = ctl.choice("sample", t("digits.sample"), list(SAMPLES), "3_small_corner",
                            format_key="digits.sample_name")
        canvas = render_sample(sample)
        st.image(canvas, caption=t("digits.sample_caption"), width=CANVAS)

page.uses(preprocess_canvas, forward, squash_canvas, classify)  # shown even before anything is drawn
image = preprocess_canvas(canvas) if canvas is not None else None
if image is None:
    with middle:
        st.info(t("digits.blank"), icon=":material/draw:")
else:
    probs, layers = forward(params, image[np.newaxis])
    probs = probs[0]
    # for a sample, what each shipped model reads, whichever is shown (the challenges compare them)
    compared = usable_shipped_models()[0] if source == "sample" else ()
    page.report(digit=int(np.argmax(probs)), **{f"{name}_digit": int(np.argmax(
        probs if name == choice else classify(image, name)[0])) for name in compared})
    with middle:
        pixel_chart(image, "pixels")
    with right:
        st.metric(t("digits.prediction"), str(int(np.argmax(probs))), t("digits.confidence", p=f"{probs.max():.1%}"),
                  delta_color="off", delta_arrow="off")
        probability_chart(probs, height=240)
    st.markdown(top_three(probs))
    st.caption(t("digits.pixels_help", size=CANVAS))
if image is not None:
    if len(layers) > 1:
        hidden_units(layers[0][0])
        st.caption(t("digits.hidden_help"))

    with st.expander(t("digits.squash_title"), icon=":material/compress:"):
        squashed = squash_canvas(canvas)
        squashed_probs = classify(squashed, params)[0]
        page.report(squashed_digit=int(np.argmax(squashed_probs)))
        c1, c2 = st.columns(2)
        with c1:
            pixel_chart(squashed, "squashed")
        with c2:
            st.markdown(t("digits.squash_result", digit=int(np.argmax(squashed_probs)),
                          p=f"{squashed_probs.max():.1%}"))
        st.markdown(t("digits.squash_help"))

    if ctl.toggle("keras", t("digits.compare_keras"), False, help=t("digits.compare_keras_help")):
        with st.spinner(t("digits.loading_keras")), page_keras_turn():
            keras_probs = np.asarray(keras_model(choice)(image[np.newaxis], training=False))[0]
        number, difference = st.column_config.NumberColumn(format="%.7f"), np.abs(probs - keras_probs)
        st.dataframe(pd.DataFrame({t("digits.digit"): range(10), "NumPy": probs, "Keras": keras_probs,
                                   DIFFERENCE: difference}),
                     hide_index=True, column_config={"NumPy": number, "Keras": number,
                                                     DIFFERENCE: st.column_config.NumberColumn(format="%.1e")})
        st.markdown(t("digits.keras_difference", diff=f"{difference.max():.1e}"))

page.finish()
