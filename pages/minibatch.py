"""Page: the same line y = b + w·x fitted with batch size 1, a mini-batch and the full batch side by side
(loss against updates and against epochs, paths on the contours), how the rows of a batch are picked,
the arithmetic of epochs and steps, and how the learning rate and the batch size interact."""
import numpy as np
import streamlit as st

from nncore.line_fit import least_squares_line, line_gradient, line_loss, make_line_data, max_stable_learning_rate
from nncore.minibatch import (
    SAMPLINGS,
    batch_losses,
    epoch_arithmetic,
    epoch_batches,
    final_loss_grid,
    loss_ellipses,
    sgd_line,
    steps_per_epoch,
)
from nncore.number_list import parse_whole_numbers
from ui.charts import INK, show
from ui.frame import PageFrame
from ui.i18n import t
from ui.live_player import (
    LivePlayer,
    hline_layer,
    legend_item,
    line_layer,
    named,
    plot_panel,
    points_layer,
    prefix_layer,
    show_player,
    table_panel,
)
from ui.live_run import epochs_step_label
from ui.loss_formulas import state_loss
from ui.minibatch_charts import (
    CONTOUR_GREY,
    RUN_COLOURS,
    grid_frame,
    loss_domain,
    loss_frame,
    lr_batch_heatmap,
    rows_used,
    usage_frame,
)
from ui.replay import current_replay_run
from ui.surface_path import PathOnSurface, view_around
from ui.typed_input import typed_or_previous

KEY = "minibatch.reveal"
FRAMES_PER_EPOCH = 10  # a replay of 20 epochs lasts 200 frames (about 7 s); Step is one epoch
GRID_LRS = (1.0, 0.5, 0.3, 0.1, 0.03, 0.01)  # heatmap rows, top to bottom
GRID_BATCHES = (1, 2, 5, 10, 20, 50, 100)  # heatmap columns below n; n itself is always the last
CONTOUR_FRACTIONS = (1.0, 0.4, 0.15, 0.05, 0.015, 0.005)  # of the start's loss above the minimum
CALC_LIMIT = 100_000_000
SAMPLING_CODE = {  # {comment}: minibatch.code.<sampling>, in the page's language
    "choice": "batch_mask = np.random.choice(train_size, batch_size)  # {comment}\n"
              "x_batch, t_batch = x_train[batch_mask], t_train[batch_mask]",
    "shuffle": "order = np.random.permutation(train_size)  # {comment}\n"
               "for i in range(0, train_size, batch_size):\n"
               "    x_batch, t_batch = x_train[order[i:i + batch_size]], t_train[order[i:i + batch_size]]",
    "slice": "for i in range(0, train_size, batch_size):  # {comment}\n"
             "    x_batch, t_batch = x_train[i:i + batch_size], t_train[i:i + batch_size]",
}


@st.cache_data(max_entries=32, show_spinner=False)
def line_data(b, w, scale, noise, n, seed, sort):
    x, y = make_line_data(b, w, scale, n, noise, seed)
    if sort:
        order = np.argsort(x)
        x, y = x[order], y[order]
    return x, y


@st.cache_data(max_entries=32, show_spinner=False)
def three_runs(data_args, lr, epochs, mini, sampling, sampling_seed):
    x, y = line_data(*data_args)
    one = sgd_line(x, y, lr, epochs, 1, sampling, sampling_seed)
    return (one, one if mini == 1 else sgd_line(x, y, lr, epochs, mini, sampling, sampling_seed),
            sgd_line(x, y, lr, epochs, len(x), "slice", sampling_seed))


@st.cache_data(max_entries=32, show_spinner=False)
def lr_batch_grid(data_args, lrs, batch_sizes, epochs, sampling, sampling_seed):
    x, y = line_data(*data_args)
    return final_loss_grid(x, y, lrs, batch_sizes, epochs, sampling, sampling_seed)


page = PageFrame("minibatch")
ctl = page.controls
# the two controls that drive the paths right above them (the player comes next); data and sampling in a popover
batch_column, lr_column, settings_column = st.columns([1.1, 1.1, 1.3], gap="medium")
with batch_column:
    batch = ctl.slider("batch", t("minibatch.batch"), 1, 200, 10, 1)
with lr_column:
    lr = ctl.slider("lr", t("live.lr"), 0.005, 1.0, 0.1, 0.005)
with settings_column:
    settings = st.popover(t("minibatch.more_settings"), icon=":material/tune:", width="stretch")
with settings:
    st.markdown(f"**{t('minibatch.data_title')}**")
    d1, d2 = st.columns(2)
    with d1:
        true_b = ctl.slider("b", t("minibatch.true_b"), -3.0, 3.0, 1.0, 0.1)
        true_w = ctl.slider("w", t("minibatch.true_w"), -3.0, 3.0, 2.0, 0.1)
        scale = ctl.slider("s", t("minibatch.scale"), 0.5, 5.0, 1.0, 0.5)
        noise = ctl.slider("noise", t("minibatch.noise"), 0.0, 2.0, 0.5, 0.1)
    with d2:
        n = ctl.slider("n", t("minibatch.points"), 10, 200, 100, 10)
        seed = ctl.slider("seed", t("minibatch.data_seed"), 0, 20, 0, 1)
        sort = ctl.toggle("sorted", t("minibatch.sorted"), False, help=t("minibatch.sorted_help"))
    st.markdown(f"**{t('minibatch.training_title')}**")
    epochs = ctl.slider("epochs", t("minibatch.epochs"), 1, 30, 20, 1)
    sampling = ctl.choice("sampling", t("minibatch.sampling"), list(SAMPLINGS), "choice", widget="radio",
                          format_key="minibatch.how")
    sampling_seed = ctl.slider("sseed", t("minibatch.sampling_seed"), 0, 20, 0, 1)

mini = min(batch, n)
if batch > n:
    st.caption(t("minibatch.capped", batch=batch, n=n))
data_args = (true_b, true_w, scale, noise, n, seed, sort)
x, y = line_data(*data_args)
runs = three_runs(data_args, lr, epochs, mini, sampling, sampling_seed)
page.uses(make_line_data, sgd_line, epoch_batches, line_gradient, line_loss, batch_losses)
best = page.uses(least_squares_line)(x, y)
floor = float(line_loss(*best, x, y))
page.report(one_diverged=runs[0].diverged_at is not None, full_diverged=runs[2].diverged_at is not None,
            one_left=None if runs[0].diverged_at is not None else float(runs[0].loss[-1]) - floor,
            mini_is_full=bool(np.array_equal(runs[1].path, runs[2].path)))
names = (t("minibatch.run.one"), t("minibatch.run.mini"), t("minibatch.run.full"))
sizes = (1, mini, n)

# --- the three runs, replayed side by side ---------------------------------------------------------------
reveal = current_replay_run(KEY, (data_args, lr, epochs, mini, sampling, sampling_seed), epochs * FRAMES_PER_EPOCH)
finite = [run.path for run in runs if run.diverged_at is None]
domain = view_around(np.vstack([np.zeros((1, 2)), best[None, :], *finite]), margin=0.08)
start_loss = runs[0].loss[0]
ellipses = page.uses(loss_ellipses)(x, y, [floor + f * (start_loss - floor) for f in CONTOUR_FRACTIONS])
y_domain = loss_domain(runs, floor)
most_updates = max(epochs * run.steps_per_epoch for run in runs)
drawn = [PathOnSurface(run.path, domain, colour, markers=False, width=1.8) for run, colour in zip(runs, RUN_COLOURS)]
curves = [loss_frame([run], [name], epochs) for run, name in zip(runs, names)]


def summary_rows(tau):
    rows = []
    for run, name, size in zip(runs, names, sizes):
        steps = updates_at(run, tau)
        per_epoch = run.steps_per_epoch
        last_epoch = run.metrics["batch_loss"][max(0, steps - per_epoch):steps]
        rows.append([name, size, per_epoch, steps, f"{run.loss[steps]:.4f}",
                     f"{float(last_epoch.mean()):.4f}" if len(last_epoch) else "–"])
    return rows


def updates_at(run, tau):
    """Updates of `run` made in its first tau epochs (tau may be a fraction)."""
    return min(int(tau * run.steps_per_epoch + 1e-9), len(run.path) - 1)


def frame():
    tau = reveal.epoch / FRAMES_PER_EPOCH
    layers, notes = {}, []
    for i, (run, name, drawing) in enumerate(zip(runs, names, drawn)):
        steps = updates_at(run, tau)
        layers[f"path{i}"] = drawing.layers(steps)
        kept = curves[i]["step"].to_numpy()  # the curve's points, thinned: those up to this update
        layers.setdefault("by_epoch", []).append(prefix_layer(f"epoch{i}", int((kept <= steps).sum())))
        layers.setdefault("by_step", []).append(prefix_layer(f"step{i}", int((kept[1:] <= steps).sum())))
        if run.diverged_at is not None:
            epoch = -(-run.diverged_at // run.steps_per_epoch)
            if tau >= epoch:
                notes.append(t("minibatch.diverged", run=name, step=run.diverged_at, epoch=epoch,
                               loss=f"{run.loss[-1]:.4g}"))
    return {"stats": {"epoch": f"{tau:.1f} / {epochs}", **{f"updates{i}": f"{updates_at(run, tau):,}"
                                                           for i, run in enumerate(runs)}},
            "layers": layers, "cells": {"summary": summary_rows(tau)}, "note": " ".join(notes) or None}


contour_lines = [line_layer(points[:, 0], points[:, 1], CONTOUR_GREY, 1.3, under=True) for _, points in ellipses]
marks = [points_layer([0.0], [0.0], INK, r=6, shape="square"), points_layer([best[0]], [best[1]], INK, r=9,
                                                                               shape="cross")]
panels = [plot_panel(f"path{i}", name, "b", "w", x_domain=domain[0], y_domain=domain[1], square=True,
                     static=[*contour_lines, *marks, *drawing.static_layers()])
          for i, (name, drawing) in enumerate(zip(names, drawn))]
floor_line = hline_layer(max(floor, 1e-6), INK)
legend = [legend_item(name, colour) for name, colour in zip(names, RUN_COLOURS)] + [
    legend_item(t("minibatch.floor"), INK, "dash")]
panels += [
    plot_panel("by_epoch", t("minibatch.by_epoch_title"), t("minibatch.epoch_axis"), t("minibatch.loss_log"),
               x_domain=(0, epochs), y_domain=y_domain, log=True, legend=legend,
               static=[floor_line, *(named(line_layer(c["epoch"], c.loss, colour, 2.5), f"epoch{i}")
                                     for i, (c, colour) in enumerate(zip(curves, RUN_COLOURS)))]),
    plot_panel("by_step", t("minibatch.by_step_title"), t("minibatch.updates_log"), t("minibatch.loss_log"),
               x_domain=(1, most_updates), y_domain=y_domain, log=True, x_log=True, legend=legend,
               static=[floor_line, *(named(line_layer(c["step"][1:], c.loss[1:], colour, 2.5), f"step{i}")
                                     for i, (c, colour) in enumerate(zip(curves, RUN_COLOURS)))]),
    table_panel("summary", "", [t(f"minibatch.col.{c}") for c in ("run", "batch", "per_epoch", "updates", "loss",
                                                                  "batch_loss")]),
]
stats = [{"id": "epoch", "label": t("minibatch.epoch_axis")}] + [
    {"id": f"updates{i}", "label": f"{name}: {t('minibatch.updates_count')}"} for i, name in enumerate(names)]
player = LivePlayer(KEY, reveal, reveal.advance, frame, panels, [["path0", "path1", "path2"], ["by_epoch", "by_step"],
                                                                 ["summary"]],
                    stats, epochs_per_frame=1, step_epochs=FRAMES_PER_EPOCH, step_label=epochs_step_label(1),
                    chunk_frames=reveal.total + 1)


show_player(player, lambda: (st.caption(t("minibatch.marks_caption")), state_loss("mean_square")))
st.caption(t("minibatch.play_hint"))
st.markdown(t("minibatch.flip"))
st.latex(r"(b, w) \leftarrow (b, w) - \eta\, \nabla_{b,w}\, \frac{1}{m}\sum_{i \in B} (b + w x_i - y_i)^2")
st.caption(t("minibatch.update_rule"))

# --- how the rows of a batch are picked ------------------------------------------------------------------
st.divider()
st.subheader(t("minibatch.sampling_title"))
st.markdown(t("minibatch.sampling_intro"))
st.code(SAMPLING_CODE[sampling].format(comment=t(f"minibatch.code.{sampling}")), language="python")
first_epoch = epoch_batches(n, mini, sampling, np.random.default_rng(sampling_seed))
used = np.concatenate(first_epoch)
chart_column, numbers_column = st.columns([2.2, 1], gap="large")
with chart_column:
    show(rows_used(t("minibatch.usage_title"), t("minibatch.update"), t("minibatch.row"), t("minibatch.times_used")),
         usage=usage_frame(first_epoch, n))
    st.caption(t("minibatch.usage_caption", size=mini, updates=len(first_epoch)))
with numbers_column:
    never = n - len(np.unique(used))
    st.metric(t("minibatch.never_used"), f"{never} / {n}")
    st.metric(t("minibatch.used_twice"), f"{int((np.bincount(used, minlength=n) > 1).sum())} / {n}")
    st.markdown(t(f"minibatch.about.{sampling}"))
    if sampling == "choice" and mini == n:
        st.info(t("minibatch.choice_is_not_full", n=n, never=never), icon=":material/info:")

# --- learning rate × batch size --------------------------------------------------------------------------
st.divider()
st.subheader(t("minibatch.grid_title"))
st.markdown(t("minibatch.grid_intro", epochs=epochs))
lrs = tuple(sorted(set(GRID_LRS) | {lr}, reverse=True))
batch_sizes = tuple(sorted({size for size in GRID_BATCHES if size < n} | {mini, n}))
grid = lr_batch_grid(data_args, lrs, batch_sizes, epochs, sampling, sampling_seed)
page.uses(final_loss_grid)
show(lr_batch_heatmap(t("minibatch.grid_chart_title"), t("minibatch.batch"), t("live.lr"), t("minibatch.excess")),
     cells=grid_frame(grid, lrs, batch_sizes, floor, (lr, mini), t("minibatch.diverged_cell")))
limit = page.uses(max_stable_learning_rate)(x)
st.caption(t("minibatch.grid_caption", limit=f"{limit:.3g}", floor=f"{floor:.4f}"))
st.markdown(t("minibatch.grid_explain"))

# --- epochs, batches and steps ---------------------------------------------------------------------------
st.divider()
st.subheader(t("minibatch.calc_title"))
st.markdown(t("minibatch.calc_intro"))
k1, k2, k3 = st.columns(3)
with k1:
    samples_text = ctl.text("samples", t("minibatch.calc_samples"), "60000")
    samples = typed_or_previous(samples_text, "_minibatch_last_samples", [60000],
                                lambda typed: parse_whole_numbers(typed, 1, CALC_LIMIT, max_count=1),
                                low=1, high=CALC_LIMIT)[0]
with k2:
    batch_text = ctl.text("cbatch", t("minibatch.calc_batch"), "128")
    calc_batch = typed_or_previous(batch_text, "_minibatch_last_batch", [128],
                                   lambda typed: parse_whole_numbers(typed, 1, CALC_LIMIT, max_count=1),
                                   low=1, high=CALC_LIMIT)[0]
with k3:
    calc_epochs = ctl.slider("cepochs", t("minibatch.epochs"), 1, 100, 10, 1)
numbers = page.uses(epoch_arithmetic, steps_per_epoch)[0](samples, calc_batch, calc_epochs)
m1, m2, m3 = st.columns(3)
m1.metric(t("minibatch.steps_per_epoch"), f"{numbers['steps_per_epoch']:,}")
m2.metric(t("minibatch.total_steps"), f"{numbers['total_steps']:,}")
m3.metric(t("minibatch.last_batch"), f"{numbers['last_batch']:,}")
per_epoch = numbers["steps_per_epoch"]
progress = "━" * 20
st.code(f"model.fit(x_train, y_train, epochs={calc_epochs}, batch_size={calc_batch})\n"
        f"# Epoch 1/{calc_epochs}\n# {per_epoch}/{per_epoch} {progress}", language="python")
rest = "calc_one" if calc_batch >= samples else "calc_rest" if samples % calc_batch else "calc_even"
st.markdown(t(f"minibatch.{rest}", samples=f"{samples:,}", batch=f"{calc_batch:,}", per_epoch=f"{per_epoch:,}",
              full=f"{samples // calc_batch:,}", last=f"{numbers['last_batch']:,}"))
st.markdown(t("minibatch.calc_book", book=f"{numbers['book_iter_per_epoch']:g}",
              book_epochs=f"{10000 / numbers['book_iter_per_epoch']:.1f}"))

page.finish()
