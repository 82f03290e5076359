"""Page: the lecture's assignment on any CSV file: pick inputs and a target, split 700 / 300, scale the
inputs, train one hidden layer of ReLU units, and compare raw, min-max and standardised inputs."""
import hashlib
import math

import pandas as pd
import streamlit as st

from nncore import backprop
from nncore.minibatch import steps_per_epoch
from nncore.optimizer import OPTIMIZERS
from nncore.sample_table import SAMPLE_NOISE, sample_frame
from nncore.scaling import SCALINGS, fit_scaler
from nncore.table_fit import compare_scalings, fit_table, reference_mses, split_rows
from ui.charts import show, show_square
from ui.csv_fit_charts import error_message, mse_curves, predicted_against_actual, table_notes
from ui.csv_table import MAX_BYTES, MAX_ROWS, MIN_ROWS, TableError, describe_bytes, read_table, sample_csv
from ui.frame import PageFrame
from ui.i18n import current_language, t
from ui.kept_results import keep_result, kept_results
from ui.keras_code import keras_equivalent
from ui.layout import main_picture
from ui.loss_formulas import state_loss

RESULTS = "csv_fit.results"  # {setup: FitResult or {scaling: FitResult}}, so a rerun does not train again
KEPT_RESULTS = 8
MAX_UPDATES = 100_000  # weight updates per training run (a comparison trains three): about 10 s
LEARNING_RATES = ["0.0001", "0.0003", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1"]
SAMPLE_NAME = "csv_fit_sample.csv"
SETUP_CONTROLS = ("target", "inputs", "split", "shuffle", "hidden", "batch", "epochs", "scaling", "opt", "lr",
                  "scale_y", "seed")
INSTRUCTIONS = '[data-testid="stFileUploaderDropzoneInstructions"]'


@st.cache_data(max_entries=8, show_spinner=False)
def load(raw, drop_missing):
    return read_table(raw, drop_missing=drop_missing)


@st.cache_data(show_spinner=False)
def sample_bytes():
    return sample_csv()


def progress_bar(text):
    bar = st.progress(0.0, text=text)

    def update(done, total):
        if done == total or done % max(1, total // 50) == 0:  # about 50 redraws, however long the run
            bar.progress(done / total, text=text)

    return bar, update


def curves_frame(series):
    """{label: list of MSE per epoch} → (epoch, mse, series) rows."""
    return pd.DataFrame([{"epoch": epoch, "mse": value, "series": label}
                         for label, values in series.items() for epoch, value in enumerate(values, start=1)])


def r_text(value):
    return "–" if value is None else f"{value:.4f}"


def mse_text(value):
    return "–" if value is None or not math.isfinite(value) else f"{value:,.4f}"


def choose_data(ctl):
    """(raw bytes or None, file name, source): the sample, or the learner's file."""
    source = ctl.choice("data", t("csv_fit.source"), ["sample", "upload"], "sample", widget="segmented",
                        format_key="csv_fit.source")
    if source == "sample":
        return sample_bytes(), SAMPLE_NAME, source
    uploaded = st.file_uploader(t("csv_fit.upload"), key="csv_fit.file", help=t("csv_fit.upload_help"))
    # Streamlit writes the server's upload limit (200MB) there in English; the caption gives this page's own
    st.html(f"<style>.st-key-csv_fit-file {INSTRUCTIONS} {{display: none}}</style>")
    st.caption(t("csv_fit.limits", size=describe_bytes(MAX_BYTES), rows=f"{MAX_ROWS:,}", minimum=MIN_ROWS))
    if uploaded is None:
        st.info(t("csv_fit.waiting"), icon=":material/upload_file:")
        return None, None, source
    return uploaded.getvalue(), uploaded.name, source


def describe_sample(source):
    """The generated sample: its formula and the file to download (to upload it changed, or to use elsewhere)."""
    if source == "sample":
        st.info(t("csv_fit.using_sample"), icon=":material/dataset:")
    st.markdown(t("csv_fit.sample_title"))
    st.latex(r"y = 3x_1 - 4x_2 + 2x_3 + \varepsilon,\quad \varepsilon \sim N(0,\,1^2)")
    st.markdown(r"$x_1 \in [0, 1]$, $\ x_2 \in [0, 10]$, $\ x_3 \in [0, 100]$")
    st.download_button(t("csv_fit.download"), sample_bytes(), file_name=SAMPLE_NAME, mime="text/csv",
                       icon=":material/download:", on_click="ignore")
    page.uses(sample_frame)


def read(raw):
    """The Table, or None after explaining in words why the file cannot be used."""
    drop = st.session_state.get("csv_fit.drop_missing", False)
    try:
        table = load(raw, drop)
    except TableError as error:
        st.error(error_message(error, current_language()), icon=":material/error:")
        if error.code == "missing_values":
            st.toggle(t("csv_fit.drop_missing", rows=error.details["rows"]), key="csv_fit.drop_missing")
        return None
    for note in table_notes(table, current_language()):
        st.caption(note)
    if table.dropped_rows:
        st.toggle(t("csv_fit.drop_missing", rows=table.dropped_rows), key="csv_fit.drop_missing")
    return table


def show_columns(frame):
    """Each column's range: the scales the inputs come in are what scaling is about."""
    summary = frame.agg(["min", "max", "mean", "std"]).T
    summary.columns = [t(f"csv_fit.stat.{name}") for name in ("min", "max", "mean", "std")]
    with st.expander(t("csv_fit.preview", rows=f"{len(frame):,}"), icon=":material/table:"):
        left, right = st.columns([1.2, 1])
        left.dataframe(frame.head(200), height=260)
        right.dataframe(summary.style.format("{:,.4g}"))


def show_fit(result, y_label, target_scaled):
    if result.diverged:
        last = result.history.last_finite_loss
        advice = t("csv_fit.diverged.lower_rate" if target_scaled else "csv_fit.diverged.scale_target")
        st.error(t("csv_fit.diverged", epoch=result.history.diverged_at, loss="–" if last is None else f"{last:,.4g}")
                 + " " + advice, icon=":material/warning:")
        return
    labels = (t("live.train"), t("live.test"))
    show(mse_curves(t("csv_fit.curves_title"), t("live.epoch"), t("csv_fit.mse_log"), t("live.data"), labels, 300),
         curves=curves_frame(dict(zip(labels, (result.train_mse, result.test_mse)))))
    scatter, numbers = st.columns([1.6, 1], gap="medium")
    with scatter:
        low = float(min(result.actual.min(), result.predicted.min()))
        high = float(max(result.actual.max(), result.predicted.max()))
        show_square(predicted_against_actual(t("csv_fit.scatter_title"), t("csv_fit.actual", name=y_label),
                                             t("csv_fit.predicted", name=y_label), t("csv_fit.diagonal")),
                    "scatter", points=pd.DataFrame({"actual": result.actual, "predicted": result.predicted}),
                    diagonal=pd.DataFrame({"actual": [low, high], "predicted": [low, high]}))
    with numbers:
        st.metric(t("csv_fit.train_mse"), mse_text(result.train_mse[-1]))
        st.metric(t("csv_fit.test_mse"), mse_text(result.test_mse[-1]))
        st.metric(t("csv_fit.r"), r_text(result.correlation), help=t("csv_fit.r_help"))
    if result.correlation is None:
        st.warning(t("csv_fit.r_undefined"), icon=":material/info:")
    st.caption(t("csv_fit.curves_caption"))
    state_loss("mean_square")


def show_comparison(results):
    rows, curves = [], {}
    for scaling, result in results.items():
        label = t(f"csv_fit.scaling.{scaling}")
        if result.diverged:
            rows.append({t("csv_fit.scaling"): label, t("csv_fit.test_mse"): t("csv_fit.diverged_short",
                                                                                  epoch=result.history.diverged_at),
                         t("csv_fit.r"): "–"})
            continue
        rows.append({t("csv_fit.scaling"): label, t("csv_fit.test_mse"): mse_text(result.test_mse[-1]),
                     t("csv_fit.r"): r_text(result.correlation)})
        curves[label] = result.test_mse
    left, right = st.columns([1, 1.4], gap="large")
    left.dataframe(pd.DataFrame(rows), hide_index=True)
    left.caption(t("csv_fit.compare_caption"))
    if curves:
        with right:
            show(mse_curves(t("csv_fit.compare_title"), t("live.epoch"), t("csv_fit.test_mse_log"),
                            t("csv_fit.scaling"), tuple(curves)), curves=curves_frame(curves))


def choose_setup(ctl, columns):
    """The setup in a narrow column: the columns, scaling, epochs and units; the rest one click away."""
    target = ctl.choice("target", t("csv_fit.target"), columns, columns[-1])
    others = [name for name in columns if name != target]
    inputs = ctl.multiselect("inputs", t("csv_fit.inputs"), others, others, placeholder=t("csv_fit.inputs_placeholder"))
    scaling = ctl.choice("scaling", t("csv_fit.scaling"), list(SCALINGS), "standard", format_key="csv_fit.scaling")
    epochs = ctl.slider("epochs", t("csv_fit.epochs"), 10, 1000, 100, 10)
    hidden = ctl.slider("hidden", t("csv_fit.hidden"), 1, 32, 4, 1)
    with st.expander(t("csv_fit.more_settings"), icon=":material/tune:"):
        fraction = ctl.slider("split", t("csv_fit.split"), 0.5, 0.9, 0.7, 0.05)
        shuffle = ctl.toggle("shuffle", t("csv_fit.shuffle"), False, help=t("csv_fit.shuffle_help"))
        batch_size = ctl.slider("batch", t("csv_fit.batch"), 1, 256, 50, 1)
        optimizer = ctl.choice("opt", t("live.optimizer"), list(OPTIMIZERS), "adam", format_key="live.opt")
        lr = float(ctl.choice("lr", t("live.lr"), LEARNING_RATES, "0.01", help=t("csv_fit.lr_help")))
        scale_target = ctl.toggle("scale_y", t("csv_fit.scale_target"), True, help=t("csv_fit.scale_target_help"))
        seed = ctl.slider("seed", t("live.seed"), 0, 20, 0, 1)
    return target, inputs, scaling, fraction, shuffle, dict(
        hidden=hidden, batch_size=batch_size, epochs=epochs, lr=lr, seed=seed, scale_target=scale_target,
        optimizer=optimizer)


page = PageFrame("csv_fit")
ctl = page.controls
raw, file_name, source = choose_data(ctl)
table = read(raw) if raw is not None else None
if table is not None:
    frame = table.frame
    controls, picture = st.columns([1.1, 2.3], gap="medium")
    with controls:
        buttons = st.container()
        target, inputs, scaling, fraction, shuffle, settings = choose_setup(ctl, list(frame.columns))
    batch_size, epochs = settings["batch_size"], settings["epochs"]
    train_rows, test_rows = page.uses(split_rows)(len(frame), fraction, shuffle, settings["seed"])
    page.uses(fit_scaler, backprop.init_params, backprop.forward, backprop.backward, backprop.train, fit_table)
    steps = page.uses(steps_per_epoch)(len(train_rows), batch_size)
    updates = steps * epochs
    page.report(train_rows=len(train_rows), steps=steps, updates=updates,
                last_batch=len(train_rows) - (steps - 1) * batch_size)
    results = kept_results(RESULTS)
    x, y = frame[inputs].to_numpy(), frame[target].to_numpy()
    digest = hashlib.sha256(raw).hexdigest()[:16], table.dropped_rows
    split = (tuple(inputs), target, fraction, shuffle)
    fit_key = ("fit", digest, split, scaling, tuple(settings.items()))
    compare_key = ("compare", digest, split, tuple(settings.items()))
    with picture, main_picture():
        if not inputs:
            st.warning(t("csv_fit.no_inputs"), icon=":material/block:")
        else:
            too_long = updates > MAX_UPDATES
            if too_long:
                st.warning(t("csv_fit.too_long", updates=f"{updates:,}", limit=f"{MAX_UPDATES:,}"),
                           icon=":material/timer:")
            train_clicked = buttons.button(t("csv_fit.train"), type="primary", icon=":material/play_arrow:",
                                           disabled=too_long, width="stretch")
            compare_clicked = buttons.button(t("csv_fit.compare"), icon=":material/compare_arrows:", disabled=too_long,
                                             width="stretch")
            if train_clicked:
                bar, update = progress_bar(t("csv_fit.training", epochs=epochs))
                keep_result(RESULTS, fit_key, fit_table(x, y, train_rows, test_rows, scaling=scaling, progress=update,
                                                      **settings), KEPT_RESULTS)
                bar.empty()
            if compare_clicked:
                bar, update = progress_bar(t("csv_fit.comparing", epochs=epochs))
                keep_result(RESULTS, compare_key,
                            compare_scalings(x, y, train_rows, test_rows, progress=update, **settings), KEPT_RESULTS)
                bar.empty()
            st.markdown(f"**{t('csv_fit.result_title', scaling=t(f'csv_fit.scaling.{scaling}'))}**")
            if fit_key in results:
                show_fit(results[fit_key], target, settings["scale_target"])
            else:
                st.info(t("csv_fit.press_train"), icon=":material/play_arrow:")
    st.markdown(t("csv_fit.arithmetic", train=len(train_rows), test=len(test_rows), batch=batch_size,
                  steps=steps, epochs=epochs, updates=f"{updates:,}", sizes=f"{len(inputs)}-{settings['hidden']}-1"))
    if inputs and fit_key in results:
        references = page.uses(reference_mses)(x, y, train_rows, test_rows)
        st.caption(t("csv_fit.references", mean=mse_text(references["mean"]), linear=mse_text(references["linear"])))
        if raw == sample_bytes():  # the sample, chosen or uploaded unchanged: its noise is known
            st.caption(t("csv_fit.noise_floor", floor=f"{SAMPLE_NOISE ** 2:g}"))
    show_columns(frame)
    if inputs:
        st.subheader(t("csv_fit.compare_title_section"))
        if compare_key in results:
            page.uses(compare_scalings)
            show_comparison(results[compare_key])
        else:
            st.info(t("csv_fit.press_compare"), icon=":material/compare_arrows:")
        with st.expander(t("csv_fit.keras_title"), icon=":material/code:"):
            st.code(page.uses(keras_equivalent)(inputs, target, len(train_rows), scaling=scaling, file_name=file_name,
                                                shuffle=shuffle, split_seed=settings["seed"], encoding=table.encoding,
                                                separator=table.separator, header=table.header,
                                                drop_missing=bool(table.dropped_rows),
                                                **{k: v for k, v in settings.items() if k != "seed"}),
                    language="python")
describe_sample(source)
if table is None:  # a shared link's setup waits in the URL until a file has columns to apply it to
    for name in SETUP_CONTROLS:
        if name in ctl.url:
            ctl.params.setdefault(name, ctl.url[name])
page.finish()
