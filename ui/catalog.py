"""The pages of the app, in the course's order, and the navigation built from them.

Only pages that exist are listed; their titles and one-line summaries are the
i18n keys "<page_id>.title" and "<page_id>.oneliner".
"""
from dataclasses import dataclass

import streamlit as st

from ui.i18n import STRINGS, current_language, t, translate

GROUPS = ("perceptron", "network", "learning", "regression", "keras")


@dataclass(frozen=True)
class PageInfo:
    page_id: str
    path: str
    group: str
    icon: str
    keras: bool = False  # True for pages that import TensorFlow (lazily, through nncore)


HOME = PageInfo("home", "pages/home.py", "", ":material/home:")
GLOSSARY_PAGE = PageInfo("glossary", "pages/glossary.py", "", ":material/dictionary:")
PAGES = (
    PageInfo("perceptron", "pages/perceptron.py", "perceptron", ":material/join_inner:"),
    PageInfo("activations", "pages/activations.py", "network", ":material/show_chart:"),
    PageInfo("softmax", "pages/softmax.py", "network", ":material/pie_chart:"),
    PageInfo("shapes", "pages/shapes.py", "network", ":material/grid_on:"),
    PageInfo("losses", "pages/losses.py", "learning", ":material/target:"),
    # the autodiff part imports TensorFlow only when it is switched on
    PageInfo("derivatives", "pages/derivatives.py", "learning", ":material/functions:"),
    PageInfo("descent", "pages/descent.py", "learning", ":material/south:"),
    PageInfo("xor", "pages/xor.py", "learning", ":material/hub:"),
    PageInfo("playground", "pages/playground.py", "learning", ":material/toys:"),
    # overshoot: the TensorFlow version of the experiment is imported only when its button is pressed
    PageInfo("overshoot", "pages/overshoot.py", "regression", ":material/trending_up:"),
    PageInfo("minibatch", "pages/minibatch.py", "regression", ":material/shuffle:"),
    PageInfo("hidden_regression", "pages/hidden_regression.py", "regression", ":material/ssid_chart:"),
    PageInfo("csv_fit", "pages/csv_fit.py", "regression", ":material/upload_file:"),
    PageInfo("keras_recipes", "pages/keras_recipes.py", "keras", ":material/menu_book:", keras=True),
    PageInfo("digits_draw", "pages/digits_draw.py", "keras", ":material/draw:"),
    # keras=True: without NNX_MNIST_DIR the data comes from keras.datasets
    PageInfo("digits_explorer", "pages/digits_explorer.py", "keras", ":material/grid_view:", keras=True),
    PageInfo("digits_train", "pages/digits_train.py", "keras", ":material/model_training:", keras=True),
    PageInfo("digits_batch", "pages/digits_batch.py", "keras", ":material/speed:"),
)


def pages_by_group():
    """[(group, [PageInfo, ...]), ...] for the groups that have pages, in course order."""
    return [(group, [p for p in PAGES if p.group == group]) for group in GROUPS if any(p.group == group for p in PAGES)]


def translate_nav_title(page_id, lang):
    """The sidebar's name of a page: "<page_id>.nav_title" where the full title does not fit."""
    key = f"{page_id}.nav_title"
    return translate(key if key in STRINGS[lang] else f"{page_id}.title", lang)


def nav_title(page_id):
    return translate_nav_title(page_id, current_language())


def navigation():
    sections = {"": [st.Page(HOME.path, title=t("home.nav_title"), icon=HOME.icon, default=True),
                     st.Page(GLOSSARY_PAGE.path, title=t("glossary.title"), icon=GLOSSARY_PAGE.icon,
                             url_path=GLOSSARY_PAGE.page_id)]}
    for group, pages in pages_by_group():
        sections[t(f"group.{group}")] = [
            st.Page(p.path, title=nav_title(p.page_id), icon=p.icon, url_path=p.page_id) for p in pages
        ]
    return st.navigation(sections, expanded=True)  # every page listed: a lecturer jumps between them
