"""Text that came from a user (typed, uploaded, or in a URL), placed in the app's Markdown as text.

Markdown would turn `![p](http://...)` into an image every visitor's browser fetches, `[a](...)` into a
link, `$...$` into LaTeX, and Streamlit's `:red[...]` into colour. A code span shows all of it as
typed: inside backticks nothing is Markdown, HTML or LaTeX.
"""
import re


def as_typed(text):
    """`text` as an inline code span, on one line, fenced with more backticks than it contains in a row."""
    text = " ".join(str(text).split()) or " "
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text[0] == "`" or text[-1] == "`" else ""  # CommonMark strips one space each side
    return f"{fence}{pad}{text}{pad}{fence}"


def listed_as_typed(items):
    """Several user texts, each as typed, separated by commas."""
    return ", ".join(as_typed(item) for item in items)
