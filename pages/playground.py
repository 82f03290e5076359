"""Page: TensorFlow Playground for two-input classification, on nncore's NumPy network."""
import numpy as np
import streamlit as st

from nncore import backprop
from nncore.datasets2d import DATASETS, FEATURES, feature_matrix, make_dataset, targets_for, train_test_split
from nncore.evaluation import confusion_matrix, predicted_classes
from nncore.minibatch import descent_kind
from nncore.mlp import ACTIVATIONS, OUTPUTS, forward, init_params, predict
from nncore.optimizer import OPTIMIZERS, SGD, Adam, Momentum
from ui.charts import PALETTE
from ui.frame import PageFrame
from ui.i18n import t
from ui.keras_code import keras_code
from ui.live_player import (
    LivePlayer,
    b64,
    image_layer,
    legend_item,
    plot_panel,
    points_layer,
    show_player,
    table_panel,
    thumbs_panel,
)
from ui.live_run import current_run
from ui.live_views import grid, surface_codes, surface_palette
from ui.loss_formulas import OUTPUT_LOSS, state_loss
from ui.mlp_export import params_to_json
from ui.neuron_images import PALETTE as NEURON_PALETTE
from ui.neuron_images import layer_levels
from ui.training_charts import class_range

KEY = "playground.run"
POINTS = 400
DOMAIN = (-6.0, 6.0)
LEARNING_RATES = ["0.00001", "0.0001", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10"]
L2_RATES = ["0", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10"]
EPOCHS_PER_FRAME = 1  # as TensorFlow Playground: an epoch a frame, 30 a second
CELLS = 40
GRID, _ = grid(DOMAIN, CELLS)
NEURON_CELLS = 24
NEURON_GRID, _ = grid(DOMAIN, NEURON_CELLS)


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
        batch_kind = st.empty()  # named once the training data's size is known
        l2 = float(ctl.choice("l2", t("playground.l2"), L2_RATES, "0"))
    if classes > 2 and output != "softmax_ce":
        st.info(t("playground.softmax_needed", classes=classes), icon=":material/info:")
        output = "softmax_ce"
x_train, y_train, x_test, y_test = dataset(name, classes, noise / 100, train_percent / 100, seed)
f_train, f_test, f_grid = (feature_matrix(x, features) for x in (x_train, x_test, GRID))
batch_kind.caption(t(f"live.kind.{descent_kind(batch_size, len(x_train))}", size=batch_size, n=len(x_train)))
f_all = np.concatenate([f_grid, f_train, f_test]).astype(np.float32)
split = CELLS ** 2 + len(f_train)
t_train, t_test = targets_for(y_train, output, classes), targets_for(y_test, output, classes)
outputs = classes if output == "softmax_ce" else 1
sizes = [len(features), *widths, outputs]
settings.caption(t("playground.architecture", sizes=" → ".join(map(str, sizes)),
                   params=sum((a + 1) * b for a, b in zip(sizes[:-1], sizes[1:]))))
config = (name, classes, noise, train_percent, seed, tuple(features), tuple(widths), activation, output, optimizer, lr,
          batch_size, l2)
run = current_run(KEY, config, lambda: init_params(sizes, activation, seed, np.float32), optimizer, lr)
page.uses(make_dataset, feature_matrix, backprop.init_params, backprop.forward, backprop.backward, backprop.train_step,
          backprop.train, SGD, Momentum, Adam, confusion_matrix, keras_code)
training = {"activation": activation, "output": output, "batch_size": batch_size, "l2": l2}
run.start(f_train, t_train, f_test, t_test, **training)
check_while_playing = page.report_run(run)


def advance(epochs):
    run.advance(epochs, f_train, t_train, f_test, t_test, **training)


def neuron_images():
    _, cache = forward(run.params, feature_matrix(NEURON_GRID, features), activation, output)
    return [b64(levels) for values in cache["hidden"] for levels in layer_levels(values, NEURON_CELLS)]


def frame():
    y = predict(run.params, f_all, activation, output)  # the grid, the training and the test data at once
    y_grid, train_pred, test_pred = y[:CELLS ** 2], predicted_classes(y[CELLS ** 2:split]), predicted_classes(y[split:])
    history, e = run.history, run.epoch
    counts = confusion_matrix(y_test, test_pred, classes)
    return {"stats": {"epoch": f"{e:,}", "train_loss": f"{history.loss[e]:.4f}",
                      "test_loss": f"{history.metrics['test_loss'][e]:.4f}",
                      "train_accuracy": f"{np.mean(train_pred == y_train):.1%}",
                      "test_accuracy": f"{np.mean(test_pred == y_test):.1%}"},
            "layers": {"surface": [image_layer(surface_codes(np.clip(y_grid, 0, 1), CELLS), DOMAIN, DOMAIN,
                                               "surface")]},
            "images": {"neurons": neuron_images()} if depth else {},
            "cells": {"confusion": [[t("playground.true", c=c), *map(int, row)] for c, row in enumerate(counts)]}}


colours = class_range(classes)
splits = (t("live.train"), t("live.test"))
legend = [legend_item(f"{t('playground.class')} {c}", colours[c], "point") for c in range(classes)]
legend += [legend_item(splits[0], "#555555", "point"), legend_item(splits[1], "#555555", "hollow")]
panels = [
    plot_panel("surface", t("playground.surface_title"), "x₁", "x₂", x_domain=DOMAIN, y_domain=DOMAIN, square=True,
               legend=legend, palettes={"surface": surface_palette(classes)},
               static=[points_layer(x[:, 0], x[:, 1], colours=[colours[c] for c in labels], hollow=hollow, r=3.5)
                       for x, labels, hollow in ((x_train, y_train, False), (x_test, y_test, True))]),
    plot_panel("loss", t("playground.loss_title"), t("live.epoch"), t("live.loss"), include=[0],
               curves=[{"label": splits[0], "colour": PALETTE[0], "key": "loss"},
                       {"label": splits[1], "colour": PALETTE[1], "key": "test_loss"}],
               legend=[legend_item(splits[0], PALETTE[0]), legend_item(splits[1], PALETTE[1])]),
    table_panel("confusion", t("playground.confusion_title"),
                ["", *(t("playground.pred", c=c) for c in range(classes))]),
]
rows = [["surface", "loss"], ["confusion"]]
if depth:
    panels.append(thumbs_panel("neurons", t("playground.neurons_title"),
                               [[f"{layer}.{k + 1}" for k in range(units)] for layer, units in enumerate(widths, 1)],
                               NEURON_CELLS, NEURON_PALETTE))
    rows = [["surface", "loss"], ["neurons", "confusion"]]
stats = [{"id": "epoch", "label": t("live.epoch")}] + [
    {"id": name, "label": t(f"playground.{name}")} for name in ("train_loss", "test_loss", "train_accuracy",
                                                                 "test_accuracy")]
player = LivePlayer(KEY, run, advance, frame, panels, rows, stats, EPOCHS_PER_FRAME)


with live:
    show_player(player, lambda: state_loss(OUTPUT_LOSS[output]), on_frames=check_while_playing)
    st.caption(t("playground.surface_help"))
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
