"""Page: the forward pass with matrices: X·W + B with a batch, broadcasting, shape errors, the book's
3-layer network step by step, the course's x·W, counting parameters, tensor ranks and reshape."""
import numpy as np
import pandas as pd
import streamlit as st

from nncore.activations import sigmoid
from nncore.network import COURSE_W, COURSE_X, book_network, forward_steps
from nncore.number_list import parse_number_list, parse_whole_numbers
from nncore.shapes import count_parameters, layer_shapes, matmul_error, reshape_or_error, tensor_examples
from ui.charts import show
from ui.frame import PageFrame
from ui.i18n import t
from ui.layout import main_picture
from ui.shape_charts import matrix_blocks, network_diagram
from ui.shape_views import MAX_DRAWN, blocks_frames, network_frames
from ui.typed_input import typed_or_previous

BOOK_X = np.array([1.0, 0.5])
STEP_NAMES = ["x", "a1", "z1", "a2", "z2", "a3", "y"]
RESHAPE_SOURCE = np.arange(12)


def array_text(values, digits=4):
    """The array as NumPy prints it, each number to at most `digits` decimals without padding: [1, 0.5]."""
    def number(v):
        text = f"{v:.{digits}f}".rstrip("0").rstrip(".")
        return "0" if text == "-0" else text

    return np.array2string(np.asarray(values), separator=", ", formatter={"float_kind": number})


page = PageFrame("shapes")
ctl = page.controls

# --- X·W + B with a batch -------------------------------------------------------------
st.subheader(t("shapes.layer_title"))
c1, c2, c3, c4 = st.columns([1, 1, 1, 1.3], vertical_alignment="bottom")
with c1:
    batch = ctl.slider("b", t("shapes.batch"), 1, 8, 4, 1)
with c2:
    inputs = ctl.slider("m", t("shapes.inputs"), 1, 6, 2, 1)
with c3:
    outputs = ctl.slider("n", t("shapes.outputs"), 1, 6, 3, 1)
with c4:
    mismatch = ctl.toggle("wrong", t("shapes.mismatch_toggle"), False)
w_rows = inputs + 1 if mismatch else inputs
shapes = page.uses(layer_shapes)(batch, inputs, outputs)
cells, labels, width, height = blocks_frames(batch, inputs, outputs, w_rows)
with main_picture():
    show(matrix_blocks(t("shapes.element"), t("shapes.shape"), width, height), cells=cells, labels=labels)
st.markdown(t("shapes.layer_intro"))
error = page.uses(matmul_error)((batch, inputs), (w_rows, outputs))
if error:
    st.error(t("shapes.mismatch_error", m=inputs, rows=w_rows), icon=":material/error:")
    st.code(f"np.dot(X, W)  # X.shape = {(batch, inputs)}, W.shape = {(w_rows, outputs)}\nValueError: {error}",
            language="python")
else:
    st.markdown(t("shapes.broadcast", b=batch, n=outputs))
    rng = np.random.default_rng(0)
    X, W, B = rng.integers(-3, 4, (batch, inputs)), rng.integers(-2, 3, (inputs, outputs)), np.arange(1, outputs + 1)
    Y = np.dot(X, W) + B
    page.report(y_size=int(Y.size), layer_params=int(W.size + B.size))
    st.code(f"X = np.array({X.tolist()})  # {X.shape}\nW = np.array({W.tolist()})  # {W.shape}\n"
            f"B = np.array({B.tolist()})  # {B.shape}\nY = np.dot(X, W) + B  # {Y.shape} = {shapes['Y']}\n"
            f"# Y = {Y.tolist()}", language="python")

# --- the book's 3-layer network -------------------------------------------------------
st.divider()
st.subheader(t("shapes.book_title"))
st.markdown(t("shapes.book_intro"))
network = page.uses(book_network)()
steps = page.uses(forward_steps)(network, BOOK_X, sigmoid)
upto = ctl.choice("step", t("shapes.step"), STEP_NAMES, "y", widget="segmented")
rows = []
for (name, value), (previous, _) in zip(steps[:STEP_NAMES.index(upto) + 1], [("", None), *steps]):
    formula = t(f"shapes.formula.{name[0]}", i=name[1:], prev=previous if name.startswith("a") else "")
    rows.append({t("shapes.col.name"): name, t("shapes.col.formula"): formula,
                 t("shapes.col.shape"): str(value.shape), t("shapes.col.value"): array_text(value)})
st.dataframe(pd.DataFrame(rows), hide_index=True)
with st.expander(t("shapes.book_weights")):
    st.code("\n".join(f"{key} = {array_text(value, 1)}  # {value.shape}" for key, value in network.items()),
            language="python")

# --- the course's x·W -----------------------------------------------------------------
st.divider()
st.subheader(t("shapes.course_title"))
st.markdown(t("shapes.course_intro"))
text = ctl.text("x", t("shapes.course_x"), "0.6, 0.9")
x = np.array(typed_or_previous(text, "_shapes_last_x", list(COURSE_X),
                               lambda typed: parse_number_list(typed, min_count=2, max_count=2, max_abs=1e3),
                               limit="1000"))
y = x @ COURSE_W
lines = [f"y{j + 1} = {x[0]:g}·{COURSE_W[0, j]:g} + {x[1]:g}·{COURSE_W[1, j]:g} = {y[j]:.4g}" for j in range(3)]
st.code("W = " + array_text(COURSE_W, 1) + "  # (2, 3)\n" + "\n".join(lines) + f"\ny = x·W = {array_text(y)}  # (3,)",
        language="python")

# --- counting parameters --------------------------------------------------------------
st.divider()
st.subheader(t("shapes.count_title"))
st.markdown(t("shapes.count_intro"))
sizes_text = ctl.text("sizes", t("shapes.sizes"), "3, 4, 5, 1")
sizes = typed_or_previous(sizes_text, "_shapes_last_sizes", [3, 4, 5, 1],
                          lambda typed: parse_whole_numbers(typed, 1, 1000, min_count=2, max_count=8), low=1, high=1000)
weights, biases = page.uses(count_parameters)(sizes)
page.report(sizes=tuple(sizes), params=int(weights + biases))
m1, m2, m3 = st.columns(3)
m1.metric(t("shapes.weights"), f"{weights:,}")
m2.metric(t("shapes.biases"), f"{biases:,}")
m3.metric(t("shapes.total"), f"{weights + biases:,}")
per_layer = [{t("shapes.col.layer"): f"{i}", "W": f"({a}, {b})", "b": f"({b},)",
              t("shapes.col.count"): f"{a}×{b} + {b} = {a * b + b:,}"}
             for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:]), start=1)]
left, right = st.columns([1, 1.2])
with left:
    st.dataframe(pd.DataFrame(per_layer), hide_index=True)
with right:
    names = [t("shapes.input_layer")] + [t("shapes.hidden_layer", i=i) for i in range(1, len(sizes) - 1)] + \
        [t("shapes.output_layer")]
    nodes, edges = network_frames(sizes, names)
    show(network_diagram(t("shapes.layer")), nodes=nodes, edges=edges)
    if max(sizes) > MAX_DRAWN:
        st.caption(t("shapes.drawn_limit", n=MAX_DRAWN))

# --- tensors: rank, shape, reshape, transpose -----------------------------------------
st.divider()
st.subheader(t("shapes.tensor_title"))
examples = page.uses(tensor_examples)()
rank = ctl.choice("rank", t("shapes.rank"), list(examples), "matrix", widget="segmented", format_key="shapes.rank_name")
array = examples[rank]
c1, c2 = st.columns([2, 1])
c1.code(f"a = np.{array!r}", language="python")
c2.metric("a.ndim", array.ndim)
c2.metric("a.shape", str(array.shape))
st.markdown(t("shapes.reshape_intro"))
shape_text = ctl.text("reshape", t("shapes.reshape_to"), "3, -1")
new_shape = tuple(typed_or_previous(shape_text, "_shapes_last_reshape", [3, -1],
                                    lambda typed: parse_whole_numbers(typed, -1, 100, max_count=4), low=-1, high=100))
result, error = page.uses(reshape_or_error)(RESHAPE_SOURCE, new_shape)
if error:
    st.error(t("shapes.reshape_error", shape=new_shape), icon=":material/error:")
    st.code(f"np.arange(12).reshape{new_shape}\nValueError: {error}", language="python")
else:
    st.code(f"np.arange(12).reshape{new_shape}  # → shape {result.shape}\n{result!r}", language="python")
    page.report(reshape_to=new_shape, reshaped=tuple(result.shape))
matrix = examples["matrix"]
st.markdown(t("shapes.transpose"))
st.code(f"a = np.{matrix!r}  # {matrix.shape}\na.T = np.{matrix.T!r}  # {matrix.T.shape}", language="python")

page.finish()
