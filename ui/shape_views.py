"""Tables for the shape page's charts: matrices as blocks of cells, a network as nodes and edges."""
import pandas as pd

GAP = 1.6  # between blocks, in cells
MAX_DRAWN = 12  # neurons drawn per layer


def blocks_frames(batch, inputs, outputs, w_rows=None):
    """(cells, labels, width, height) for X(b×m) · W(m'×n) + B(n) = Y(b×n), with m' = w_rows (default m).

    B is drawn once at the top of its block, then repeated paler over the other b − 1 rows."""
    w_rows = inputs if w_rows is None else w_rows
    blocks = [("X", batch, inputs, "·"), ("W", w_rows, outputs, "+"), ("B", batch, outputs, "="),
              ("Y", batch, outputs, "")]
    cells, labels, left = [], [], 0.0
    top = 1.2  # room for the shape labels
    for name, rows, cols, operator in blocks:
        shape = f"({cols},)" if name == "B" else f"({rows}, {cols})"
        for r in range(rows):
            for c in range(cols):
                own = name != "B" or r == 0
                element = f"B[{c}]" if name == "B" else f"{name}[{r}, {c}]"
                cells.append({"matrix": name, "element": element, "shape": shape, "copy": "own" if own else "broadcast",
                              "x": left + c, "x2": left + c + 1, "y": top + r, "y2": top + r + 1})
        labels.append({"x": left + cols / 2, "y": top - 0.15, "text": f"{name} {shape}"})
        if operator:
            labels.append({"x": left + cols + GAP / 2, "y": top + min(rows, batch) / 2 + 0.5, "text": operator})
        left += cols + GAP
    height = top + max(batch, w_rows) + 0.3
    return pd.DataFrame(cells), pd.DataFrame(labels), left - GAP, height


def network_frames(sizes, layer_names):
    """(nodes, edges) for fully connected layers of these sizes; a layer of more than MAX_DRAWN
    neurons is drawn with MAX_DRAWN (its tooltip gives the real size)."""
    columns = [[i - (min(size, MAX_DRAWN) - 1) / 2 for i in range(min(size, MAX_DRAWN))] for size in sizes]
    nodes, edges = [], []
    for layer, (column, size, name) in enumerate(zip(columns, sizes, layer_names)):
        nodes += [{"x": layer, "y": -y, "layer": name, "label": f"{name}: {size}"} for y in column]
        if layer:
            edges += [{"x": layer - 1, "y": -y0, "x2": layer, "y2": -y1} for y0 in columns[layer - 1] for y1 in column]
    return pd.DataFrame(nodes), pd.DataFrame(edges, columns=["x", "y", "x2", "y2"])
