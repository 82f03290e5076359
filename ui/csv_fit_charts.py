"""The "Your CSV" page's chart builders (structure only; data by name) and the texts it writes from
nncore's results: why a file cannot be used, and what was read from one that can."""
import altair as alt

from ui.charts import INK, LINE_WIDTH, PALETTE, data, spec_cache
from ui.csv_table import describe_bytes
from ui.i18n import translate
from ui.user_text import as_typed, listed_as_typed

SEPARATOR_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}


def error_message(error, lang):
    """The translated explanation of a ui.csv_table.TableError, with its details filled in."""
    details = dict(error.details)
    reason = details.pop("reason", None)
    if error.code == "too_large":
        if reason == "bytes":
            details = {"size": describe_bytes(details["size"]), "limit": describe_bytes(details["limit"])}
        else:
            details = {name: f"{value:,}" for name, value in details.items()}
    if error.code == "no_numeric":
        details["columns"] = listed_as_typed(details["columns"])
    elif error.code == "missing_values":
        details["columns"] = ", ".join(f"{as_typed(name)} ({count})" for name, count in details["columns"])
    text = translate(f"csv_fit.err.{error.code}", lang, **({} if reason else details))
    if reason:
        text += " " + translate(f"csv_fit.err.{error.code}.{reason}", lang, **details)
    return text


def table_notes(table, lang):
    """What the reader did with a good file: rows and columns read, and anything left out or renamed."""
    notes = [translate("csv_fit.read_summary", lang, rows=f"{len(table.frame):,}", columns=len(table.frame.columns),
                       encoding=table.encoding,
                       separator=translate(f"csv_fit.sep.{SEPARATOR_NAMES[table.separator]}", lang))]
    if table.ignored:
        notes.append(translate("csv_fit.ignored", lang, names=listed_as_typed(table.ignored)))
    if not table.header:
        notes.append(translate("csv_fit.no_header", lang))
    if table.dropped_rows:
        notes.append(translate("csv_fit.dropped", lang, rows=table.dropped_rows))
    return notes


@spec_cache
def mse_curves(title, epoch_title, mse_title, legend_title, labels, height=360):
    """MSE per epoch on a log scale, one line per series (training and test, or one per scaling).

    Data: "curves" (epoch, mse, series)."""
    return alt.Chart(data("curves")).mark_line(strokeWidth=LINE_WIDTH).encode(
        x=alt.X("epoch:Q", title=epoch_title),
        y=alt.Y("mse:Q", title=mse_title, scale=alt.Scale(type="log")),
        color=alt.Color("series:N", title=legend_title,
                        scale=alt.Scale(domain=list(labels), range=PALETTE[:len(labels)]),
                        legend=alt.Legend(orient="bottom")),
        tooltip=[alt.Tooltip("series:N", title=legend_title), alt.Tooltip("epoch:Q", title=epoch_title),
                 alt.Tooltip("mse:Q", title=mse_title, format=",.4f")],
    ).properties(title=title, height=height)


@spec_cache
def predicted_against_actual(title, actual_title, predicted_title, diagonal_title, size=420):
    """Each test row's prediction against its true target, and the diagonal where they would be equal.

    Data: "points" (actual, predicted), "diagonal" (actual, predicted: two points spanning the data)."""
    x = alt.X("actual:Q", title=actual_title, scale=alt.Scale(zero=False))
    y = alt.Y("predicted:Q", title=predicted_title, scale=alt.Scale(zero=False))
    diagonal = alt.Chart(data("diagonal")).mark_line(strokeWidth=2.5, strokeDash=[8, 5], color=INK).encode(
        x=x, y=y, tooltip=[alt.Tooltip("actual:Q", title=diagonal_title, format=",.3f")])
    points = alt.Chart(data("points")).mark_circle(size=45, opacity=0.6, color=PALETTE[0]).encode(
        x=x, y=y, tooltip=[alt.Tooltip("actual:Q", title=actual_title, format=",.3f"),
                           alt.Tooltip("predicted:Q", title=predicted_title, format=",.3f")])
    return (points + diagonal).properties(title=title, width=size, height=size)
