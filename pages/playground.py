"""Page: TensorFlow Playground for two-input classification, on nncore's NumPy network."""
import numpy as np
import pandas as pd
import streamlit as st

from nncore.datasets2d import DATASETS, FEATURES, feature_matrix, make_dataset, targets_for, train_test_split
from nncore.evaluation import confusion_matrix, predicted_classes
from nncore.mlp import ACTIVATIONS, OPTIMIZERS, OUTPUTS, backward, forward, init_params, train, train_step
from nncore.mlp_export import keras_code, params_to_json
from ui.charts import show, show_square
from ui.frame import PageFrame
from ui.i18n import t
from ui.layout import main_picture
from ui.live_run import (animate, current_run, headline, is_playing, play_controls, report_divergence, shown,
                          stop_if_finished)
from ui.live_views import curves_frame, grid, lines_frame, points_frame, surface_frame
from ui.neuron_images import layer_images, thumbnails_html
from ui.training_charts import decision_surface, learning_curves

KEY = "playground.run"
POINTS = 400
DOMAIN = (-6.0, 6.0)
LEARNING_RATES = ["0.00001", "0.0001", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10"]
L2_RATES = ["0", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10"]
EPOCHS_PER_FRAME = 5
CELLS = 40
GRID, _ = grid(DOMAIN, CELLS)
NEURON_CELLS = 24
NEURON_GRID, _ = grid(DOMAIN, NEURON_CELLS)
CURVE_HEIGHT = 330  # the whole loss chart, about as tall as the square beside it


@st.cache_data(show_spinner=False, max_entries=32)
def dataset(name, classes, noise, train_fraction, seed):
    x, labels = make_dataset(name, POINTS, noise, seed, classes)
    return train_test_split(x, labels, train_fraction, seed)


page = PageFrame("playground")
ctl = page.controls
settings, live = st.columns([1, 3], gap="medium")
with settings:  # data and network beside the picture, as in TensorFlow Playground; the rest one click away
    name = ctl.choice("data", t("playground.dataset"), list(DATASETS), "circle", format_key="playground.dataset_name")
    classes = ctl.slider("classes", t("playground.classes"), 3, 5, 3, 1) if name == "blobs" else 2
    features = ctl.multiselect("features", t("playground.features"), list(FEATURES), ["x1", "x2"],
                               format_key="playground.feature") or ["x1", "x2"]
    depth = ctl.slider("layers", t("playground.layers"), 0, 6, 2, 1)
    widths = [ctl.slider(f"n{i + 1}", t("playground.neurons", i=i + 1), 1, 8, 4 if i == 0 else 2, 1)
              for i in range(depth)]
    with st.expander(t("playground.data_settings"), icon=":material/scatter_plot:"):
        noise = ctl.slider("noise", t("playground.noise"), 0, 50, 0, 5)
        train_percent = ctl.slider("train", t("playground.train_ratio"), 10, 90, 50, 10)
        seed = ctl.slider("seed", t("playground.seed"), 0, 99, 0, 1)
    with st.expander(t("playground.training_settings"), icon=":material/tune:"):
        activation = ctl.choice("act", t("playground.activation"), list(ACTIVATIONS), "tanh", format_key="live.act")
        output = ctl.choice("out", t("playground.output"), list(OUTPUTS), "sigmoid_bce",
                            format_key="playground.output_name", help=t("playground.output_help"))
        optimizer = ctl.choice("opt", t("live.optimizer"), list(OPTIMIZERS), "sgd", format_key="live.opt",
                               help=t("live.opt_help"))
        lr = float(ctl.choice("lr", t("live.lr"), LEARNING_RATES, "0.03"))
        batch_size = ctl.slider("batch", t("playground.batch"), 1, 30, 10, 1)
        l2 = float(ctl.choice("l2", t("playground.l2"), L2_RATES, "0"))
    if classes > 2 and output != "softmax_ce":
        st.info(t("playground.softmax_needed", classes=classes), icon=":material/info:")
        output = "softmax_ce"
x_train, y_train, x_test, y_test = dataset(name, classes, noise / 100, train_percent / 100, seed)
f_train, f_test, f_grid = (feature_matrix(x, features) for x in (x_train, x_test, GRID))
t_train, t_test = targets_for(y_train, output, classes), targets_for(y_test, output, classes)
outputs = classes if output == "softmax_ce" else 1
sizes = [len(features), *widths, outputs]
settings.caption(t("playground.architecture", sizes=" → ".join(map(str, sizes)),
                   params=sum((a + 1) * b for a, b in zip(sizes[:-1], sizes[1:]))))
config = (name, classes, noise, train_percent, seed, tuple(features), tuple(widths), activation, output, optimizer, lr,
          batch_size, l2)
run = current_run(KEY, config, lambda: init_params(sizes, activation, seed, np.float32), optimizer, lr)
page.uses(make_dataset, feature_matrix, init_params, forward, backward, train_step, train, confusion_matrix,
          params_to_json, keras_code)
training = {"activation": activation, "output": output, "batch_size": batch_size, "l2": l2}
run.start(f_train, t_train, f_test, t_test, **training)


def train_more():
    run.advance(EPOCHS_PER_FRAME, f_train, t_train, f_test, t_test, **training)


def neuron_pictures():
    _, cache = forward(run.params, feature_matrix(NEURON_GRID, features), activation, output)
    rows = []
    for layer, values in enumerate(cache["hidden"], start=1):
        images = layer_images(values, NEURON_CELLS)
        rows.append(thumbnails_html(images, [f"{layer}.{k + 1}" for k in range(len(images))]))
    st.html("".join(rows))


def draw():
    if is_playing(KEY):
        train_more()
        stop_if_finished(KEY)
    y_grid = forward(run.params, f_grid, activation, output)[0]
    train_pred = predicted_classes(forward(run.params, f_train, activation, output)[0])
    test_pred = predicted_classes(forward(run.params, f_test, activation, output)[0])
    history = run.history
    headline(KEY, [(t("live.epoch"), f"{run.epoch:,}"),
              (t("playground.train_loss"), shown(history["loss"][-1])),
              (t("playground.test_loss"), shown(history["test_loss"][-1])),
              (t("playground.train_accuracy"), f"{np.mean(train_pred == y_train):.1%}"),
              (t("playground.test_accuracy"), f"{np.mean(test_pred == y_test):.1%}")])
    report_divergence(run)
    splits = (t("live.train"), t("live.test"))
    with main_picture():
        left, right = st.columns(2)
        with left:
            points = pd.concat([points_frame(x_train, y_train, splits[0]), points_frame(x_test, y_test, splits[1])])
            show_square(decision_surface(t("playground.surface_title"), "x₁", "x₂", t("playground.class"),
                                         t("live.data"), tuple(str(c) for c in range(classes)), splits, DOMAIN),
                        "playground_surface", surface=surface_frame(np.clip(y_grid, 0, 1), CELLS, DOMAIN),
                        points=points, lines=lines_frame({}, DOMAIN))
        with right:
            show(learning_curves(t("playground.loss_title"), t("live.epoch"), t("live.loss"), t("live.data"), splits,
                                 False, CURVE_HEIGHT), curves=curves_frame(history, splits, "loss"))
    st.caption(t("playground.surface_help"))
    below_left, below_right = st.columns(2)
    with below_left:
        if depth:
            st.markdown(f"**{t('playground.neurons_title')}**")
            neuron_pictures()
    with below_right:
        st.markdown(f"**{t('playground.confusion_title')}**")
        counts = confusion_matrix(y_test, test_pred, classes)
        st.dataframe(pd.DataFrame(counts, index=[t("playground.true", c=c) for c in range(classes)],
                                  columns=[t("playground.pred", c=c) for c in range(classes)]))


with live:
    play_controls(KEY, EPOCHS_PER_FRAME, train_more)
    animate(KEY, draw)
with st.expander(t("playground.export_title"), icon=":material/download:"):
    setup = {"dataset": name, "features": list(features), "activation": activation, "output": output,
             "optimizer": optimizer, "learning_rate": lr, "batch_size": batch_size, "l2": l2, "epoch": run.epoch}
    st.download_button(t("playground.download_json"), params_to_json(run.params, setup), "weights.json",
                       "application/json", icon=":material/data_object:")
    code = keras_code(sizes, activation, output, optimizer, lr, l2, features)
    st.code(code, language="python")
    st.download_button(t("playground.download_code"), code, "playground_model.py", "text/x-python",
                       icon=":material/code:")
page.finish()
