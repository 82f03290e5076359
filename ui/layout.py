"""Where pictures go on a page, and the style sheet that fits pages to a projector.

Every picture takes its width from its column. A page marks its main picture with
`main_picture()` (the browser tests check it starts on the first screen); a picture whose two
axes share one unit (a decision plane, a contour map, the 28×28 grid) goes into `square()`,
which keeps it square at any column width and never taller than the window.
"""
import streamlit as st

MAIN_PICTURE = "main_picture"

BASE_CSS = """
[data-testid="stMainBlockContainer"] { padding-top: 3.6rem; padding-bottom: 4rem; }
@media (max-width: 1400px) {
  [data-testid="stMainBlockContainer"] { padding-left: 2rem; padding-right: 2rem; }
}
[data-testid="stMain"] h1 { font-size: 2.1rem; padding: 0.25rem 0 0.5rem 0; }
[data-testid="stMain"] h2 { font-size: 1.6rem; }
[data-testid="stMain"] h3 { font-size: 1.35rem; }
/* Korean breaks between words (at spaces), never inside one: 은닉/층 is not a line break */
[data-testid="stMain"], [data-testid="stSidebar"],
:is([data-testid="stMain"], [data-testid="stSidebar"]) :is(p, li, span, label, h1, h2, h3, td, th) {
  word-break: keep-all; overflow-wrap: break-word; }
/* a square picture: as wide as its column, but no taller than what is left of the window under a
   title and a row of controls, so that it ends on the first screen */
[class*="st-key-square_"] { container-type: inline-size; width: 100%; max-width: max(240px, calc(100vh - 352px));
                            flex: 0 0 auto !important; min-height: 0; }
/* the plot itself nearly square: the title and the x axis take about 36 px more height than the
   y axis takes width; a legend beside the plot takes about 75 px more width */
[class*="st-key-square_"] > [data-testid="stElementContainer"] { height: calc(100cqw + 36px); }
[class*="st-key-square_legend_"] > [data-testid="stElementContainer"] { height: calc(100cqw - 40px); }
/* a live run's headline figures a size smaller than a lone st.metric's: five fit in one row beside
   the settings column at 1280 px (ui.live_run.headline) */
[class*="-run-headline"] [data-testid="stMetricValue"] { font-size: 1.6rem; }
[class*="-run-headline"] [data-testid="stMetric"] { gap: 0; }
@media (max-width: 1100px) {
  [class*="-run-headline"] [data-testid="stMetricValue"] { font-size: 1.3rem; }
  [class*="-run-headline"] [data-testid="stMetricLabel"] p { font-size: 0.8rem; }
}
/* long code lines (model.summary) wrap rather than hide their right-hand columns */
[data-testid="stMain"] [data-testid="stCode"] pre { white-space: pre-wrap; word-break: break-word; }
"""

# Text for the back row; the controls keep their size, so that a page's first screen still holds
# its picture.
PRESENTER_CSS = """
[data-testid="stMain"] [data-testid="stMarkdownContainer"]:not([data-testid="stMetric"] *) \
:is(p, li) { font-size: 20px; }
[data-testid="stMain"] [data-testid="stMetricLabel"] p { font-size: 17px; }
[data-testid="stMain"] [data-testid="stCaptionContainer"] :is(p, li) { font-size: 18px; }
[data-testid="stMain"] [data-testid="stWidgetLabel"] p { font-size: 17px; }
[data-testid="stMainBlockContainer"] { max-width: 100%; padding-left: 2rem; padding-right: 2rem; }
"""


def apply_style(presenting):
    st.html(f"<style>{BASE_CSS}{PRESENTER_CSS if presenting else ''}</style>")


def main_picture():
    """The container of the page's main picture (one a page)."""
    return st.container(key=MAIN_PICTURE)


def square(name, legend_beside=False):
    """A container that keeps the plot of the chart it holds (shown with height="stretch") square, with
    room for a legend beside it if it has one. `name` is unique on the page and the same on every run
    (a new key would redraw the chart)."""
    return st.container(key=f"square_legend_{name}" if legend_beside else f"square_{name}")
