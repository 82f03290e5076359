"""Korean and English text for every visible string, and the current language.

Strings live in ui/strings/<page>.py as STRINGS = {"ko": {...}, "en": {...}}.
"""
import streamlit as st

from ui.strings import (
    activations,
    challenges,
    challenges_keras,
    challenges_learning,
    challenges_network,
    challenges_perceptron,
    challenges_regression,
    common,
    csv_fit,
    derivatives,
    descent,
    digits,
    digits_batch,
    digits_explorer,
    digits_train,
    glossary,
    hidden_regression,
    home,
    keras_recipes,
    live,
    losses,
    minibatch,
    overshoot,
    perceptron,
    playground,
    shapes,
    softmax,
    xor,
)

LANGUAGES = ("ko", "en")
STRING_MODULES = (common, home, live, perceptron, xor, playground, activations, softmax, shapes, losses, derivatives,
                  descent, overshoot, minibatch, hidden_regression,
                  csv_fit, keras_recipes, digits, digits_explorer, digits_train, digits_batch, glossary,
                  challenges, challenges_perceptron, challenges_network, challenges_learning, challenges_regression,
                  challenges_keras)


def merge_strings(modules):
    """One {"ko": {...}, "en": {...}} table; a key defined twice is an error."""
    table = {lang: {} for lang in LANGUAGES}
    for module in modules:
        for lang in LANGUAGES:
            clash = table[lang].keys() & module.STRINGS[lang].keys()
            if clash:
                raise ValueError(f"{module.__name__} redefines {sorted(clash)}")
            table[lang].update(module.STRINGS[lang])
    return table


STRINGS = merge_strings(STRING_MODULES)


def language_from(url_value, browser_locale):
    """?lang= wins; otherwise Korean for a ko* browser, English for anything else."""
    if url_value in LANGUAGES:
        return url_value
    if browser_locale and browser_locale.lower().startswith("ko"):
        return "ko"
    return "en"


def translate(key, lang, **values):
    return STRINGS[lang][key].format(**values) if values else STRINGS[lang][key]


def current_language():
    return st.session_state.get("lang", "en")


def t(key, **values):
    return translate(key, current_language(), **values)


def language_switch():
    """The sidebar switch; the first run of a session takes the URL or the browser's language."""
    lang = st.session_state.get("lang")
    # Written back every run: a widget recreated after a run that did not draw it (see
    # ui/entry.py) would otherwise show its default instead of the value kept in the session.
    st.session_state["lang"] = lang if lang in LANGUAGES else language_from(st.query_params.get("lang"),
                                                                            st.context.locale)
    st.sidebar.radio(
        t("app.language"),
        LANGUAGES,
        key="lang",
        format_func=lambda lang: STRINGS[lang]["app.language_name"],
        horizontal=True,
    )
