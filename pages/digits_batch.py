"""Page: the book's batch processing, timed live: one image at a time against whole batches."""
import numpy as np
import pandas as pd
import streamlit as st

from nncore.batch_timing import batch_sizes_up_to, classify_in_batches, time_per_image
from nncore.digit_augment import augment
from nncore.digits import classify, preprocess_canvas
from nncore.sample_drawings import SAMPLES, render_sample
from ui.charts import show
from ui.digit_charts import per_image_time
from ui.digit_views import choose_model, model_params
from ui.frame import PageFrame
from ui.i18n import t
from ui.layout import main_picture


@st.cache_data(show_spinner=False)
def varied_samples(n, seed=0):
    """n digits: the sample drawings, prepared as on the canvas, in randomly varied copies."""
    prepared = np.stack([preprocess_canvas(render_sample(name)) for name in SAMPLES])
    rng = np.random.default_rng(seed)
    return augment(prepared[rng.integers(0, len(prepared), n)], rng)


page = PageFrame("digits_batch")
ctl = page.controls
model_column, n_column = st.columns(2, gap="medium")
with model_column:
    choice = choose_model(ctl)
with n_column:
    n = ctl.slider("n", t("digits_batch.n"), 100, 2000, 1000, 100)
params = model_params(choice)
images = varied_samples(n)


@st.fragment
def measurement():
    results = page.uses(time_per_image)(lambda x: classify(x, params), images, batch_sizes_up_to(n))
    page.uses(classify_in_batches)
    loop, batch = results[1][0], results[n][0]
    same = all(np.array_equal(results[1][1], predicted) for _, predicted in results.values())
    numbers, picture = st.columns([1, 2.4], gap="medium")
    with numbers:
        st.button(t("digits_batch.again"), icon=":material/timer:")
        st.metric(t("digits_batch.loop"), f"{loop * n * 1000:,.0f} ms",
                  t("digits_batch.per_image", us=f"{loop * 1e6:,.1f}"), delta_color="off", delta_arrow="off")
        st.metric(t("digits_batch.batch"), f"{batch * n * 1000:,.0f} ms",
                  t("digits_batch.per_image", us=f"{batch * 1e6:,.1f}"), delta_color="off", delta_arrow="off")
        st.metric(t("digits_batch.speedup"), f"{loop / batch:,.1f}×")
    frame = pd.DataFrame({"batch": list(results), "us": [seconds * 1e6 for seconds, _ in results.values()]})
    with picture, main_picture():
        show(per_image_time(t("digits_batch.chart_title"), t("digits_batch.batch_size"), t("digits_batch.us_per_image"),
                            tuple(results)), timing=frame)
    st.markdown(t("digits_batch.same") if same else t("digits_batch.different"))
    st.caption(t("digits_batch.rounds"))


measurement()
st.markdown(t("digits_batch.shapes", n=n))
st.markdown(t("digits_batch.why"))
page.finish()
