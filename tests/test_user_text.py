"""Nothing a user types, uploads or puts in a link becomes Markdown, HTML or LaTeX on a page.

The payload carries an image, a link, raw HTML, a LaTeX link and Streamlit's colour directive, all
pointing at one address; a page passes when that address appears only inside code spans (shown as
typed) in everything it wrote.
"""
import re

import pytest

from tests.app_driver import ALL_PAGES, open_page
from ui.csv_fit_charts import error_message, table_notes
from ui.csv_table import Table, TableError, read_table
from ui.user_text import as_typed, listed_as_typed

EVIL = "nnx-evil.example"
PAYLOAD = (f"1, ![p](http://{EVIL}/px.png) [l](http://{EVIL}) <img src=http://{EVIL}/i.png> "
           f"$\\href{{http://{EVIL}}}{{x}}$ :red[{EVIL}] `x` 2")
CODE_SPAN = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)


def outside_code(markdown):
    return CODE_SPAN.sub("", markdown)


def written(at):
    """Everything the page wrote as Markdown: text elements, alerts, captions and labels."""
    bodies = []
    for kind in ("markdown", "caption", "error", "warning", "info", "success", "latex", "title", "header",
                 "subheader", "exception"):
        bodies += [str(getattr(element, "value", "")) for element in getattr(at, kind)]
    return bodies


@pytest.mark.parametrize("text", ["plain", "`tick`", "a ``double`` b", "`", "  spaced\nlines  ", "", PAYLOAD])
def test_as_typed_is_one_code_span_holding_the_text(text):
    shown = as_typed(text)
    assert outside_code(shown) == ""
    inner = CODE_SPAN.fullmatch(shown).group(2)
    assert inner.strip() == " ".join(text.split())


def test_csv_column_names_are_shown_as_typed():
    names = (PAYLOAD, f"[x](http://{EVIL})")
    raw = (",".join(f'"{n}"' for n in names) + "\nfoo,bar\nbaz,qux\n").encode()
    with pytest.raises(TableError) as caught:
        read_table(raw)
    for lang in ("ko", "en"):
        assert EVIL not in outside_code(error_message(caught.value, lang))
    missing = TableError("missing_values", rows=1, total=5, columns=((PAYLOAD, 1),), line=3, remaining=4)
    notes = table_notes(Table(frame=read_table(b"x,y\n1,2\n3,4\n5,6\n7,8\n").frame, ignored=names), "en")
    for text in [error_message(missing, "en"), *notes]:
        assert EVIL not in outside_code(text)
    assert listed_as_typed(["a", "b"]) == "`a`, `b`"


def url_parameters(page):
    at = open_page(page, lang="en")
    return sorted(name for name in at.query_params if name != "lang")


@pytest.mark.parametrize("page", ALL_PAGES, ids=lambda p: p.page_id)
def test_no_url_parameter_becomes_markdown(page):
    for name in url_parameters(page):
        at = open_page(page, lang="en", query={name: PAYLOAD})
        assert not at.exception, (name, [e.value for e in at.exception])
        for body in written(at):
            assert EVIL not in outside_code(body), (name, body)
