"""Page: the lecture's regression targets fitted live by a NumPy network with 0–3 hidden layers."""
import numpy as np
import pandas as pd
import streamlit as st

from nncore import backprop
from nncore.curve_fit import (
    TARGETS,
    collapsed_line,
    dead_units,
    flat_line_loss,
    layer_sizes,
    make_data,
    parameter_breakdown,
    parameter_count,
    plane_coefficients,
)
from nncore.mlp import forward, init_params, loss, predict
from nncore.optimizer import OPTIMIZERS, SGD, Adam, Momentum
from ui.charts import PALETTE, show
from ui.frame import PageFrame
from ui.hidden_regression_charts import DARK_GREY, GREY, linear_latex, target_latex, weights_chart
from ui.i18n import t
from ui.live_player import (
    LivePlayer,
    hline_layer,
    legend_item,
    line_layer,
    padded_domain,
    plot_panel,
    points_layer,
    show_player,
)
from ui.live_run import current_run
from ui.loss_formulas import state_loss

KEY = "hidden_regression.run"
ACTIVATIONS = ["linear", "sigmoid", "tanh", "relu"]  # mlp's "linear" is the lecture's "none"
LEARNING_RATES = ["0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10"]
OUTPUT = "identity_mse"
EPOCHS_PER_FRAME = 5  # 150 epochs a second: the default network leaves the flat line after about 2 s
MAX_EPOCHS = 20000
DATA_SEED = 0  # the seed slider moves the initial weights only; the data stay put
X_GRID = np.linspace(0.0, 1.0, 201).reshape(-1, 1)


@st.cache_data(show_spinner=False, max_entries=32)
def dataset(name, n, noise_percent, a):
    return make_data(name, n, noise_percent / 100, DATA_SEED, a)


page = PageFrame("hidden_regression")
ctl = page.controls
settings, live = st.columns([1, 3], gap="medium")
with settings:  # what shapes the picture beside it; data and optimizer one click away
    name = ctl.choice("target", t("hidden_regression.target"), list(TARGETS), "parabola",
                      format_key="hidden_regression.target_name")
    a = ctl.slider("a", t("hidden_regression.a"), -5.0, 5.0, 3.0, 0.5) if name == "plane" else 1.0
    depth = ctl.slider("layers", t("hidden_regression.layers"), 0, 3, 1, 1)
    hidden = [ctl.slider(f"n{i + 1}", t("hidden_regression.units", i=i + 1), 1, 8, 4, 1) for i in range(depth)]
    chosen = ctl.choice("act", t("hidden_regression.activation"), ACTIVATIONS, "tanh", format_key="live.act",
                        disabled=not depth)
    with st.expander(t("hidden_regression.data_settings"), icon=":material/scatter_plot:"):
        n_points = ctl.slider("points", t("hidden_regression.points"), 10, 200, 50, 10)
        noise = ctl.slider("noise", t("hidden_regression.noise"), 0, 30, 0, 5)
    with st.expander(t("hidden_regression.training_settings"), icon=":material/tune:"):
        optimizer = ctl.choice("opt", t("live.optimizer"), list(OPTIMIZERS), "adam", format_key="live.opt",
                               help=t("live.opt_help"))
        lr = float(ctl.choice("lr", t("live.lr"), LEARNING_RATES, "0.03"))
        seed = ctl.slider("seed", t("live.seed"), 0, 20, 0, 1)
        st.caption(t("live.kind.batch", n=n_points, size=n_points))  # every step uses all the points
target = TARGETS[name]
x, y = dataset(name, n_points, noise, a)
page.uses(target.function, make_data)
activation = chosen if depth else "linear"  # without a hidden layer there is nothing to activate
sizes = layer_sizes(target.inputs, hidden)
params_total = page.uses(parameter_count)(sizes)
settings.caption(t("hidden_regression.architecture", sizes=" → ".join(map(str, sizes))))
linear = activation == "linear"

with st.expander(t("hidden_regression.params_title"), icon=":material/calculate:"):
    st.markdown(t("hidden_regression.params_intro"))
    rows = page.uses(parameter_breakdown)(sizes)
    names = [t("hidden_regression.hidden_layer", i=i) for i in range(1, depth + 1)]
    names.append(t("hidden_regression.output_layer"))
    st.dataframe(pd.DataFrame({
        t("hidden_regression.layer"): names,
        t("hidden_regression.inputs"): [r[0] for r in rows],
        t("hidden_regression.units_col"): [r[1] for r in rows],
        t("hidden_regression.weights_col"): [f"{r[0]} × {r[1]} = {r[2]}" for r in rows],
        t("hidden_regression.biases_col"): [r[3] for r in rows],
        t("hidden_regression.sum_col"): [r[2] + r[3] for r in rows],
    }), hide_index=True)
    st.latex(" + ".join(f"({n_in}\\cdot{n_out} + {n_out})" for n_in, n_out, _, _ in rows) + f" = {params_total}")
    st.metric(t("hidden_regression.param_total"), params_total)
    if linear and depth:
        st.caption(t("hidden_regression.params_linear", params=params_total, effective=target.inputs + 1))

run = current_run(KEY, (name, a, n_points, noise, tuple(hidden), activation, optimizer, lr, seed),
                  lambda: init_params(sizes, activation, seed), optimizer, lr, MAX_EPOCHS)
run.start(x, y, activation=activation, output=OUTPUT)
page.uses(backprop.init_params, backprop.forward, backprop.backward, backprop.train_step, backprop.train, SGD, Momentum,
          Adam, loss, flat_line_loss)
flat = flat_line_loss(y)
loss_names = (t("hidden_regression.network_loss"), t("hidden_regression.flat_loss"))


def advance(epochs):
    run.advance(epochs, x, y, activation=activation, output=OUTPUT)


def frame():
    prediction = predict(run.params, x, activation, OUTPUT)[:, 0]
    if run.diverged:  # the last finite weights may be huge: the loss history tells, not their curve
        layers = []
    elif target.inputs == 1:
        layers = [line_layer(X_GRID[:, 0], predict(run.params, X_GRID, activation, OUTPUT)[:, 0], PALETTE[1], 4)]
    else:
        layers = [points_layer(y, prediction, PALETTE[1], r=4)]
    now = "–" if run.diverged else f"{loss(prediction[:, None], y, OUTPUT):.4g}"
    return {"stats": {"epoch": f"{run.epoch:,}", "loss": now, "flat": f"{flat:.4g}"},
            "layers": {"fit": layers}}


names = (t("hidden_regression.data_points"), t("hidden_regression.prediction"), t("hidden_regression.true_target"))
if target.inputs == 1:
    truth = target.function(X_GRID, a)
    low, high = min(y.min(), truth.min()), max(y.max(), truth.max())
    # the untrained network's curve in view too (at most twice the data's height beyond it): the run starts there
    start = predict(init_params(sizes, activation, seed), X_GRID, activation, OUTPUT)[:, 0]
    reach = 2 * (high - low) or 1.0
    low, high = min(low, max(start.min(), low - reach)), max(high, min(start.max(), high + reach))
    fit = plot_panel("fit", t("hidden_regression.fit_title"), "x", "y", x_domain=(0, 1),
                     y_domain=padded_domain(low, high, 0.08),
                     legend=[legend_item(names[0], PALETTE[0], "point"), legend_item(names[1], PALETTE[1]),
                             legend_item(names[2], GREY, "dash")],
                     static=[line_layer(X_GRID[:, 0], truth, GREY, 2.5, (7, 5), under=True),
                             points_layer(x[:, 0], y, PALETTE[0], r=4.5)])
else:  # three inputs: predicted against actual, the diagonal where they agree
    ends = padded_domain(y.min(), y.max(), 0.08)
    fit = plot_panel("fit", t("hidden_regression.parity_title"), t("hidden_regression.actual"),
                     t("hidden_regression.predicted"), x_domain=ends, y_domain=ends, square=True,
                     legend=[legend_item(names[1], PALETTE[1], "point"),
                             legend_item(t("hidden_regression.diagonal"), GREY, "dash")],
                     static=[line_layer(ends, ends, GREY, 2, (7, 5), under=True)])
panels = [fit, plot_panel("loss", t("hidden_regression.loss_title"), t("live.epoch"), t("live.loss"), log=True,
                          include=[flat], static=[hline_layer(flat, DARK_GREY)],
                          curves=[{"label": loss_names[0], "colour": PALETTE[1], "key": "loss"}],
                          legend=[legend_item(loss_names[0], PALETTE[1]),
                                  legend_item(loss_names[1], DARK_GREY, "dash")])]
stats = [{"id": "epoch", "label": t("live.epoch")}, {"id": "loss", "label": t("live.loss")},
         {"id": "flat", "label": t("hidden_regression.flat_loss"), "help": t("hidden_regression.flat_help")}]
player = LivePlayer(KEY, run, advance, frame, panels, [["fit", "loss"]], stats, EPOCHS_PER_FRAME)


def line_report():
    """The one line (plane) a network without activations is; for the plane target, its weights against (a, -4, 2)."""
    w, c = page.uses(collapsed_line)(run.params)
    line = f"${linear_latex(w, c)}$"
    if depth:
        st.success(t("hidden_regression.collapsed", layers=depth, params=params_total, line=line,
                     effective=target.inputs + 1), icon=":material/straighten:")
    else:
        st.success(t("hidden_regression.no_hidden_line", line=line), icon=":material/straighten:")
    if name == "plane":
        exact_w, exact_c = page.uses(plane_coefficients)(a)
        labels = ["w₁", "w₂", "w₃", t("hidden_regression.bias")]
        series = (t("hidden_regression.learned"), t("hidden_regression.exact"))
        show(weights_chart(t("hidden_regression.weights_title"), t("hidden_regression.value"), "", series),
             weights=pd.DataFrame({"name": labels * 2, "value": [*w, c, *exact_w, exact_c],
                                   "series": [series[0]] * 4 + [series[1]] * 4}))


def dead_report(hidden_outputs):
    dead = page.uses(dead_units)(hidden_outputs)
    if any(dead):
        detail = ", ".join(t("hidden_regression.dead_layer", i=i, dead=d, units=units)
                           for i, (d, units) in enumerate(zip(dead, hidden), start=1) if d)
        all_dead = any(d == units for d, units in zip(dead, hidden))
        message = t("hidden_regression.dead", detail=detail)
        st.warning(message + (" " + t("hidden_regression.all_dead") if all_dead else ""),
                   icon=":material/heart_broken:")


def reports():
    state_loss("half_mean_square")
    if run.playing or run.diverged:  # the reports describe the weights of a paused run
        return
    if linear:
        line_report()
    if activation == "relu":
        dead_report(forward(run.params, x, activation, OUTPUT)[1]["hidden"])


def first_epoch_below_a_hundredth():
    """The first epoch whose loss was below 1 % of the flat line's: when the run had bent to the data."""
    return next((e for e, value in enumerate(run.history.loss) if value is not None and value < flat / 100), None)


check_while_playing = page.report_run(run, hundredth_at=first_epoch_below_a_hundredth)
with live:
    show_player(player, reports, on_frames=check_while_playing)
    if not depth:
        st.info(t("hidden_regression.no_hidden"), icon=":material/straighten:")
    elif linear:
        st.info(t("hidden_regression.linear_why"), icon=":material/straighten:")
    st.latex(target_latex(name, a))
    st.caption(t(f"hidden_regression.note.{name}"))
page.report(params=int(params_total),
            all_dead=any(d == units for d, units in zip(
                dead_units(forward(run.params, x, activation, OUTPUT)[1]["hidden"]) if depth else [], hidden)))
page.finish()
