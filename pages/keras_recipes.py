"""Page: the course's small Keras recipes, trained live: (a) one sample through a softmax layer,
(b) two hidden ReLU layers, (c) a 13-input regression on raw, min-max and standardised inputs."""
import math
import time

import numpy as np
import pandas as pd
import streamlit as st

from nncore.regression_data import FEATURE_NAMES, make_housing_like
from nncore.scaling import SCALINGS, fit_scaler
from ui.charts import PALETTE, show
from ui.frame import PageFrame, source_of
from ui.i18n import t
from ui.kept_results import keep_result, kept_results
from ui.keras_recipes_charts import epoch_lines, prediction_scatter, probability_bars, weight_heatmap
from ui.keras_session import page_keras_turn
from ui.layout import main_picture
from ui.loss_formulas import state_loss

LEARNING_RATES = ["0.001", "0.01", "0.1"]
BATCH_SIZES = ["16", "32", "64", "128"]
RESULTS = "keras_recipes._results"  # {settings: result}, so a rerun never trains again
KEPT_RESULTS = 12
SCALING_COLOURS = dict(zip(SCALINGS, (PALETTE[1], PALETTE[4], PALETTE[0])))


@st.cache_resource(show_spinner=False)
def keras_recipes_module():
    from nncore import keras_recipes  # TensorFlow: a few seconds, once per server

    return keras_recipes


def missing_run_note(section):
    """Say why nothing is drawn: never trained here, or trained with other settings."""
    earlier = any(settings[0] == section for settings in kept_results(RESULTS))
    st.info(t("keras_recipes.settings_changed" if earlier else "keras_recipes.press_train"),
            icon=":material/play_arrow:")


def fmt(value, digits):
    return "–" if math.isnan(value) else f"{value:.{digits}f}"


def history_frame(series):
    """{series label: values per epoch} → long table (epoch, value, series), finite values only."""
    rows = [{"epoch": epoch, "value": value, "series": label}
            for label, values in series.items() for epoch, value in enumerate(values, start=1) if math.isfinite(value)]
    return pd.DataFrame(rows, columns=["epoch", "value", "series"])


def weight_cells(w, b, w_before, b_before, change):
    """One Dense layer as heatmap cells: a row per input (1, 2, ...) and the biases as row b; a column per unit."""
    matrix, before = np.vstack([w, b]), np.vstack([w_before, b_before])
    shown = matrix - before if change else matrix
    rows = [str(i + 1) for i in range(w.shape[0])] + ["b"]
    return pd.DataFrame([{"row": rows[r], "col": c + 1, "value": shown[r, c], "before": before[r, c],
                          "text": f"{shown[r, c]:+.3f}" if change else f"{shown[r, c]:.3f}"}
                         for r in range(matrix.shape[0]) for c in range(matrix.shape[1])])


def colour_limit(matrices):
    """The heatmaps' colour range ±limit: the largest magnitude, rounded up to a quarter (a hundredth below 0.25)."""
    largest = max(float(np.abs(m).max()) for m in matrices)
    step = 0.25 if largest > 0.25 else 0.01
    return max(step, math.ceil(largest / step) * step)


def draw_weights(result, change):
    """A heatmap per Dense layer, all on one colour scale: the learned values, or their change since the start."""
    layers = [(w.shape, weight_cells(w, b, w0, b0, change))
              for (w, b), (w0, b0) in zip(result["weights"], result["weights_before"])]
    limit = colour_limit([cells["value"].to_numpy() for _, cells in layers])
    # a column per layer as wide as its units (and room for three layers), each heatmap as wide as its column
    spans = [units + 1 for (_, units), _ in layers] + [4] * (3 - len(layers))
    for k, (column, ((inputs, units), cells)) in enumerate(zip(st.columns(spans), layers), start=1):
        with column:
            show(weight_heatmap(t("keras_recipes.layer_title", k=k, units=units), "x" if k == 1 else f"h{k - 1}",
                                t("keras_recipes.unit"), t("keras_recipes.value"), t("keras_recipes.before_value"),
                                limit, 64 * units + 50, 44 * (inputs + 1) + 80), cells=cells)


def recipe_probabilities(result):
    """The recipe's picture: the probabilities before and after training next to the target."""
    names = (t("keras_recipes.before"), t("keras_recipes.after"), t("keras_recipes.target"))
    probs = pd.DataFrame([{"cls": str(k), "series": name, "p": float(values[k])}
                          for name, values in zip(names, (result["before"], result["after"], result["target"]))
                          for k in range(len(values))])
    show(probability_bars(t("keras_recipes.probs_title"), t("keras_recipes.class"), t("keras_recipes.probability"),
                          "", names, 300), probs=probs)


def draw_recipe_result(result, letter, epochs, lr, change):
    """Metrics, curves, summary and weights below the picture; False (and a message) if the run diverged."""
    history = result["history"]
    if result["diverged_at"]:
        st.error(t("keras_recipes.diverged", what=f"({letter})", epoch=result["diverged_at"]),
                 icon=":material/warning:")
        return False
    target = int(np.argmax(result["target"]))
    before, after = result["before"][target], result["after"][target]
    m1, m2, m3 = st.columns(3)
    m1.metric(t("keras_recipes.p_target", k=target), f"{after:.4f}", f"{after - before:+.4f}")
    m2.metric(t("keras_recipes.loss_first_last"), f"{history['loss'][-1]:.4f}",
              f"{history['loss'][-1] - history['loss'][0]:+.4f}", delta_color="inverse")
    m3.metric(t("keras_recipes.prob_sum"), f"{result['after'].sum():.6f}")
    st.markdown(t("keras_recipes.loss_check", loss=f"{history['loss'][0]:.4f}", p=f"{before:.4f}",
                  nll=f"{-math.log(before):.4f}" if before > 0 else "∞"))
    state_loss("cross_entropy")

    loss_col, acc_col = st.columns(2)
    loss_name, acc_name = t("live.loss"), t("live.accuracy")
    with loss_col:
        show(epoch_lines(t("keras_recipes.loss_curve"), t("keras_recipes.epoch"), loss_name, "", (loss_name,)),
             curves=history_frame({loss_name: history["loss"]}))
    with acc_col:
        show(epoch_lines(t("keras_recipes.acc_curve"), t("keras_recipes.epoch"), acc_name, "", (acc_name,), False, 300,
                         None, (0, 1)), curves=history_frame({acc_name: history["accuracy"]}))
        st.caption(t("keras_recipes.accuracy_caption"))

    st.markdown(f"**{t('keras_recipes.summary_title')}**")
    st.code(result["summary"], language=None)
    st.markdown(f"**{t('keras_recipes.weights_title')}**")
    draw_weights(result, change)
    st.caption(t("keras_recipes.change_caption", epochs=epochs, lr=lr, step=f"{epochs * float(lr):.4g}")
               if change else t("keras_recipes.weights_caption"))
    return True


def recipe_section(letter, recipe, default_seed, main=False):
    """Section (a) or (b): Train and its settings beside the picture; the code and what else the model shows below."""
    kr = keras_recipes_module()
    build, x, y = kr.RECIPES[recipe]
    st.header(t(f"keras_recipes.{letter}_title"))
    controls, picture = st.columns([1.25, 2.2], gap="medium")
    with controls:
        train_slot = st.container()
        epochs = ctl.slider(f"{letter}_epochs", t("keras_recipes.epochs"), 1, 300, 30, 1)
        lr = ctl.choice(f"{letter}_lr", t("live.lr"), LEARNING_RATES, "0.001", format_key="keras_recipes.lr_option")
        seed = ctl.slider(f"{letter}_seed", t("live.seed"), 0, 20, default_seed, 1)
        change = ctl.toggle(f"{letter}_change", t("keras_recipes.change_toggle"), False)
        settings = (recipe, epochs, lr, seed)
    clicked = train_slot.button(t(f"keras_recipes.train_{letter}", epochs=epochs), type="primary",
                                icon=":material/play_arrow:", key=f"keras_recipes.train_{letter}", width="stretch")
    page.uses(build, kr.train_recipe, kr.summary_text)
    with picture, (main_picture() if main else st.container()):
        if clicked:
            with st.spinner(t("keras_recipes.training")), page_keras_turn(collect=True):
                keep_result(RESULTS, settings, kr.train_recipe(recipe, epochs, float(lr), seed), KEPT_RESULTS)
        result = kept_results(RESULTS).get(settings)
        if result is None:
            missing_run_note(recipe)
        elif not result["diverged_at"]:
            recipe_probabilities(result)
    st.markdown(t(f"keras_recipes.{letter}_intro"))
    with st.expander(t("keras_recipes.code_title"), icon=":material/code:"):
        st.code(f"{source_of(build)}\n\nx = np.array({x.tolist()})\ny = np.array({y.tolist()})\n"
                f"keras.utils.set_random_seed({seed})\nmodel = {build.__name__}(learning_rate={lr})\nmodel.summary()\n"
                f"history = model.fit(x, y, epochs={epochs})\nmodel.get_weights()\nmodel.predict(x)",
                language="python", wrap_lines=True)
    if result is not None and draw_recipe_result(result, letter, epochs, lr, change) and recipe == "hidden":
        draw_hidden_outputs(kr, result)


def draw_hidden_outputs(kr, result):
    page.uses(kr.relu_activations)
    before = kr.relu_activations(result["weights_before"], kr.HIDDEN_X)
    after = kr.relu_activations(result["weights"], kr.HIDDEN_X)
    st.markdown(f"**{t('keras_recipes.hidden_title')}**")
    st.markdown("\n".join("- " + t("keras_recipes.hidden_line", k=k, before=np.round(h0[0], 3).tolist(),
                                      after=np.round(h1[0], 3).tolist())
                          for k, (h0, h1) in enumerate(zip(before, after), start=1)))
    dead = [k for k, h in enumerate(before, start=1) if not np.any(h > 0)]
    if dead:
        st.warning(t("keras_recipes.dead_relu", k=dead[0]), icon=":material/power_off:")


def regression_curve(rows, labels, measure, title_key, log_scale):
    """Test loss or MAE per epoch, a line per scaling that did not diverge."""
    finished = [r for r in rows if not r["diverged_at"]]
    names = tuple(labels[r["scaling"]] for r in finished)
    colours = tuple(SCALING_COLOURS[r["scaling"]] for r in finished)
    show(epoch_lines(t(title_key), t("keras_recipes.epoch"), measure.upper(), t("keras_recipes.scaling_column"),
                     names, log_scale, 340, colours),
         curves=history_frame({labels[r["scaling"]]: r["history"]["loss" if measure == "mse" else measure]
                               for r in finished}))


def draw_regression_result(results, labels):
    finished = [r for r in results if not r["diverged_at"]]
    for r in results:
        if r["diverged_at"]:
            st.error(t("keras_recipes.diverged", what=labels[r["scaling"]], epoch=r["diverged_at"]),
                     icon=":material/warning:")
        elif math.isnan(r["corr"]):
            st.warning(t("keras_recipes.constant_predictions", scaling=labels[r["scaling"]]), icon=":material/warning:")
    table, curve = st.columns(2)
    with table:
        st.markdown(f"**{t('keras_recipes.compare_title')}**")
        st.dataframe(pd.DataFrame({
            t("keras_recipes.scaling_column"): [labels[r["scaling"]] for r in results],
            t("keras_recipes.test_mse"): [fmt(r["mse"], 2) for r in results],
            t("keras_recipes.test_mae"): [fmt(r["mae"], 2) for r in results],
            t("keras_recipes.corr"): [fmt(r["corr"], 3) for r in results]}), hide_index=True)
        if finished:
            best = min(finished, key=lambda r: r["mse"])
            st.markdown(t("keras_recipes.best", scaling=labels[best["scaling"]], mse=f"{best['mse']:.2f}",
                          corr=fmt(best["corr"], 3)))
        state_loss("mean_square")
    if finished:
        with curve:
            regression_curve(results, labels, "mae", "keras_recipes.mae_curve", False)
        values = np.concatenate([finished[0]["targets"]] + [r["predictions"] for r in finished])
        values = values[np.isfinite(values)]
        # a margin round the points, in steps of 5; a wild prediction is clipped rather than squash the rest
        domain = (5 * math.floor(max(values.min() - 2, -100) / 5), 5 * math.ceil(min(values.max() + 2, 150) / 5))
        diagonal = pd.DataFrame({"actual": domain, "predicted": domain})
        for column, r in zip(st.columns(len(finished)), finished):
            with column:
                show(prediction_scatter(t("keras_recipes.scatter_title", scaling=labels[r["scaling"]],
                                          corr=fmt(r["corr"], 3)),
                                        t("keras_recipes.actual"), t("keras_recipes.predicted"), domain,
                                        SCALING_COLOURS[r["scaling"]]),
                     points=pd.DataFrame({"actual": r["targets"], "predicted": r["predictions"]}), diagonal=diagonal)
    st.markdown(f"**{t('keras_recipes.summary_title')}**")
    st.code(results[0]["summary"], language=None)


def train_regression(kr, data, settings, labels):
    """Train the chosen scalings with a progress bar, and keep the result under its settings."""
    _, _, scalings, epochs, batch_size, lr, seed = settings
    bar = st.progress(0.0, text=t("keras_recipes.starting"))
    started = time.perf_counter()

    def report(i, scaling, epoch):
        bar.progress((i * epochs + epoch) / (len(scalings) * epochs),
                     text=t("keras_recipes.progress", scaling=labels[scaling], epoch=epoch, epochs=epochs))

    results = kr.compare_scalings(data, list(scalings), epochs, batch_size, float(lr), seed, report)
    bar.empty()
    keep_result(RESULTS, settings, {"rows": results, "seconds": time.perf_counter() - started}, KEPT_RESULTS)


def regression_section():
    st.header(t("keras_recipes.c_title"))
    kr = keras_recipes_module()
    data, source = page.uses(kr.load_regression_data)()
    (x_train, _), (x_test, _) = data
    page.report(c_rows=len(x_train))
    labels = {code: t(f"keras_recipes.scaling.{code}") for code in SCALINGS}
    controls, picture = st.columns([1.25, 2.2], gap="medium")
    with controls:
        train_slot = st.container()
        scalings = ctl.multiselect("c_scalings", t("keras_recipes.scalings"), list(SCALINGS), SCALINGS,
                                   format_key="keras_recipes.scaling")
        epochs = ctl.slider("c_epochs", t("keras_recipes.epochs"), 1, 300, 100, 1)  # the course's 100
        batch_size = int(ctl.choice("c_batch", t("keras_recipes.batch"), BATCH_SIZES, "32"))
        lr = ctl.choice("c_lr", t("live.lr"), LEARNING_RATES, "0.001", format_key="keras_recipes.lr_option")
        seed = ctl.slider("c_seed", t("live.seed"), 0, 20, 0, 1)
        scalings = [code for code in SCALINGS if code in scalings]  # always in the same order
        settings = ("regression", source, tuple(scalings), epochs, batch_size, lr, seed)
        st.caption(t("keras_recipes.timing_note"))
    clicked = train_slot.button(t("keras_recipes.train_c", n=len(scalings), epochs=epochs), type="primary",
                                icon=":material/play_arrow:", key="keras_recipes.train_c", disabled=not scalings,
                                width="stretch")
    page.uses(kr.build_regression_model, kr.compare_scalings, kr.train_regression, kr.regression_scores, fit_scaler)
    if source == "generated":
        page.uses(make_housing_like)
    with picture:
        if not scalings:
            st.warning(t("keras_recipes.no_scaling"), icon=":material/block:")
        elif clicked:
            with page_keras_turn(collect=True):
                train_regression(kr, data, settings, labels)
        result = kept_results(RESULTS).get(settings) if scalings else None
        if scalings and result is None:
            missing_run_note("regression")
        elif result is not None:
            if any(not r["diverged_at"] for r in result["rows"]):
                regression_curve(result["rows"], labels, "mse", "keras_recipes.mse_curve", True)
            st.caption(t("keras_recipes.trained_in", seconds=f"{result['seconds']:.1f}"))
    st.markdown(t("keras_recipes.c_intro"))
    st.info(t(f"keras_recipes.data_{source}", train=len(x_train), test=len(x_test)), icon=":material/dataset:")
    with st.expander(t("keras_recipes.ranges_title"), icon=":material/table:"):
        st.dataframe(pd.DataFrame({t("keras_recipes.feature"): FEATURE_NAMES,
                                   t("keras_recipes.min"): x_train.min(axis=0),
                                   t("keras_recipes.max"): x_train.max(axis=0),
                                   t("keras_recipes.mean"): x_train.mean(axis=0),
                                   t("keras_recipes.std"): x_train.std(axis=0)}).round(3), hide_index=True)
    with st.expander(t("keras_recipes.code_title"), icon=":material/code:"):
        st.code("(x_train, y_train), (x_test, y_test) = keras.datasets.boston_housing.load_data("
                f"seed={kr.COURSE_SPLIT_SEED})\n\n{source_of(kr.build_regression_model)}\n\n"
                f"for how in {list(scalings)}:\n"
                "    scale = fit_scaler(x_train, how)\n"
                f"    keras.utils.set_random_seed({seed})\n"
                f"    model = build_regression_model(learning_rate={lr})\n"
                f"    model.fit(scale(x_train), y_train, epochs={epochs}, batch_size={batch_size})\n"
                "    predictions = model.predict(scale(x_test)).ravel()\n"
                "    print(how, np.corrcoef(predictions, y_test)[0, 1])", language="python", wrap_lines=True)
    if result is not None:
        draw_regression_result(result["rows"], labels)


page = PageFrame("keras_recipes")
ctl = page.controls
with st.spinner(t("keras_recipes.loading")):
    keras_recipes_module()

recipe_section("a", "softmax", 0, main=True)
st.divider()
recipe_section("b", "hidden", 1)
st.divider()
regression_section()
page.finish()
