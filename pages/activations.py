"""Page: activation functions, their derivatives, and why stacked linear layers collapse."""
import numpy as np
import pandas as pd
import streamlit as st

from nncore.activations import ACTIVATIONS
from nncore.network import collapse_linear, forward, init_network
from ui.activation_charts import function_panel, network_chart
from ui.charts import show
from ui.frame import PageFrame
from ui.i18n import t
from ui.layout import main_picture

NAMES = ["step", "sigmoid", "tanh", "relu"]
X_GRID = np.linspace(-6, 6, 601)


page = PageFrame("activations")
ctl = page.controls

functions_column, x_column = st.columns([2.2, 1.5])
with functions_column:
    chosen = ctl.multiselect("fn", t("activations.functions"), NAMES, NAMES, format_key="act")
with x_column:
    show_grad = ctl.toggle("grad", t("activations.show_grad"), True)
    x0 = ctl.slider("x", t("activations.x"), -5.0, 5.0, 1.0, 0.1)

if not chosen:
    st.info(t("activations.pick_one"))
else:
    labels = tuple(t(f"act.{name}") for name in chosen)
    rows, points = [], []
    for name, label in zip(chosen, labels):
        f, df = page.uses(*ACTIVATIONS[name])
        rows.append(pd.DataFrame({"x": X_GRID, "h": f(X_GRID), "dh": df(X_GRID), "fn": label}))
        points.append({"fn": label, "x": x0, "h": float(f(x0)), "dh": float(df(x0))})
    curves, marks = pd.concat(rows), pd.DataFrame(points)
    page.report(**{f"dh_{name}": point["dh"] for name, point in zip(chosen, points)})
    common = (t("activations.axis_x"), t("activations.function"), labels)
    with main_picture():
        panels = st.columns(2) if show_grad else [st.container()]
        with panels[0]:
            show(function_panel("h", t("activations.chart_f"), *common, not show_grad), curves=curves, marks=marks)
        if show_grad:
            with panels[1]:
                show(function_panel("dh", t("activations.chart_df"), *common), curves=curves, marks=marks)

    st.markdown(f"**{t('activations.values_at', x=f'{x0:g}')}**")
    table = marks.rename(columns={"fn": t("activations.function"), "h": "h(x)", "dh": "h′(x)"}).drop(columns="x")
    st.dataframe(table, hide_index=True, column_config={"h(x)": st.column_config.NumberColumn(format="%.6f"),
                                                        "h′(x)": st.column_config.NumberColumn(format="%.6f")})
    for name, label in zip(chosen, labels):
        st.markdown(f"- **{label}**: {t(f'activations.note.{name}')}")

st.divider()
st.subheader(t("activations.linear_title"))
st.markdown(t("activations.linear_intro"))
c1, c2, c3 = st.columns(3)
with c1:
    linear = ctl.toggle("linear", t("activations.linear_toggle"), False)
    hidden = ctl.choice("hidden", t("activations.hidden_act"), NAMES, "relu", format_key="act", disabled=linear)
with c2:
    layers = ctl.slider("layers", t("activations.layers"), 2, 5, 2, 1)
with c3:
    seed = ctl.slider("seed", t("activations.seed"), 0, 50, 1, 1)

network = page.uses(init_network)([1] + [5] * (layers - 1) + [1], seed=seed)
activation = ACTIVATIONS["identity" if linear else hidden][0]
page.uses(forward, activation)
x_column = X_GRID.reshape(-1, 1)
y_stack = forward(network, x_column, activation).ravel()
labels = [t("activations.stack_series", layers=layers)]
lines = [pd.DataFrame({"x": X_GRID, "y": y_stack, "curve": labels[0]})]
if linear:
    W, b = page.uses(collapse_linear)(network)
    w_text, b_text = f"{W[0, 0]:.3f}", f"{b[0]:.3f}"
    y_single = (x_column @ W + b).ravel()
    labels.append(t("activations.single_series"))
    lines.append(pd.DataFrame({"x": X_GRID, "y": y_single, "curve": labels[1]}))
show(network_chart(t("activations.axis_x"), t("activations.axis_y"), t("activations.series"), tuple(labels)),
     lines=pd.concat(lines))
if linear:
    gap = float(np.max(np.abs(y_stack - y_single)))
    page.report(collapse_gap=gap)
    st.success(t("activations.collapsed", layers=layers, w=w_text, b=b_text, diff=f"{gap:.1e}"))
else:
    st.info(t("activations.bent", act=t(f"act.{hidden}")))

page.finish()
