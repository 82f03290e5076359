"""Page: the book's batch processing, timed live: one image at a time against whole batches."""
import numpy as np
import pandas as pd
import streamlit as st

from nncore.batch_timing import batch_sizes_up_to, classify_in_batches, fastest_batch_size, time_per_image, too_busy
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


TIMINGS_KEY = "digits_batch.timings"
page = PageFrame("digits_batch")
ctl = page.controls
model_column, n_column = st.columns(2, gap="medium")
with model_column:
    choice = choose_model(ctl)
with n_column:
    n = ctl.slider("n", t("digits_batch.n"), 100, 2000, 1000, 100)
params = model_params(choice)
images = varied_samples(n)


RISE = 1.3  # a larger batch this much slower per image than the fastest: worth explaining


def timing_frame(timings):
    rows = timings.values()
    return pd.DataFrame({"batch": list(timings), "us": [row.median * 1e6 for row in rows],
                         "low": [row.low * 1e6 for row in rows], "high": [row.high * 1e6 for row in rows],
                         "range": [f"{row.low * 1e6:,.1f}–{row.high * 1e6:,.1f} µs" for row in rows]})


def measured(again):
    """The timings for this model and N: measured once, and again on request, with a progress bar."""
    key = (choice, n)
    kept = st.session_state.get(TIMINGS_KEY)
    if kept and kept[0] == key and not again:
        return kept[1]
    bar = st.progress(0.0, text=t("digits_batch.measuring"))
    timings = time_per_image(lambda x: classify(x, params), images, batch_sizes_up_to(n),
                             progress=lambda done: bar.progress(done, text=t("digits_batch.measuring")))
    bar.empty()
    st.session_state[TIMINGS_KEY] = (key, timings)
    return timings


@st.fragment
def measurement():
    numbers, picture = st.columns([1, 2.4], gap="medium")
    with numbers:
        again = st.button(t("digits_batch.again"), icon=":material/timer:")
    with picture, main_picture():
        timings = measured(again)
        page.uses(time_per_image, classify_in_batches, too_busy)
        busy = too_busy(timings)
        if busy:
            worst = min(timings, key=lambda size: (timings[size].agreeing(), -timings[size].spread))
            st.warning(t("digits_batch.busy", size=worst, spread=f"{timings[worst].spread:.1f}"),
                       icon=":material/hourglass_top:")
            st.dataframe(timing_frame(timings)[["batch", "us", "range"]].rename(columns={
                "batch": t("digits_batch.col.batch_size"), "us": t("digits_batch.col.us_per_image"),
                "range": t("digits_batch.spread")}), hide_index=True)
        else:
            show(per_image_time(t("digits_batch.chart_title"), t("digits_batch.batch_size"),
                                t("digits_batch.us_per_image"), tuple(timings), t("digits_batch.spread")),
                 timing=timing_frame(timings))
    loop, best = timings[1], fastest_batch_size(timings)
    page.report(busy=bool(busy), best_size=best,
                speedup=None if busy else loop.median / timings[best].median)  # as the metrics show
    with numbers:
        st.metric(t("digits_batch.loop"), f"{loop.median * n * 1000:,.0f} ms",
                  t("digits_batch.per_image", us=f"{loop.median * 1e6:,.1f}"), delta_color="off", delta_arrow="off")
        st.metric(t("digits_batch.batch", size=best), f"{timings[best].median * n * 1000:,.0f} ms",
                  t("digits_batch.per_image", us=f"{timings[best].median * 1e6:,.1f}"), delta_color="off",
                  delta_arrow="off")
        st.metric(t("digits_batch.speedup"), "–" if busy else f"{loop.median / timings[best].median:,.1f}×")
    with picture:
        if not busy and any(timings[size].median > RISE * timings[best].median for size in timings if size > best):
            st.info(t("digits_batch.rises", best=best), icon=":material/memory:")
        whole = timings[n].predicted
        same = all(np.array_equal(row.predicted, whole[:row.images]) for row in timings.values())
        st.markdown(t("digits_batch.same") if same else t("digits_batch.different"))
        st.caption(t("digits_batch.rounds", loop_images=loop.images))


measurement()
st.markdown(t("digits_batch.shapes", n=n))
st.markdown(t("digits_batch.why"))
page.finish()
