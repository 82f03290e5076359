"""The frame every concept page uses: title, explanation, controls bound to the
URL, "Try this", and the real source of the nncore functions the page called."""
import ast
import functools
import importlib.util
import inspect
from pathlib import Path

import streamlit as st

from ui.challenge_views import check_live, highlight_slot, show_challenges
from ui.entry import require_app_entry
from ui.i18n import STRINGS, current_language, t
from ui.presenter import presenting
from ui.url_controls import UrlControls


@functools.cache
def source_of(function):
    """inspect.getsource re-reads and re-tokenises the module every time (2 ms a function); a
    reloaded module brings new function objects, so the cache never shows stale code."""
    return inspect.getsource(function)


@functools.cache
def source_without_import(module_name, function_name):
    """A top-level function's source, read from its module's file without importing the module
    (a TensorFlow module, shown before anyone asks to run it)."""
    text = Path(importlib.util.find_spec(module_name).origin).read_text()
    node = next(n for n in ast.parse(text).body if isinstance(n, ast.FunctionDef) and n.name == function_name)
    return ast.get_source_segment(text, node)


LEARNER_CODE = ("ui.keras_code",)  # app modules whose code is shown too: it writes the code learners run


class PageFrame:
    def __init__(self, page_id):
        require_app_entry()
        self.page_id = page_id
        self.controls = UrlControls(page_id)
        self.functions = []
        self.results = {}
        st.title(t(f"{page_id}.title"))
        self.highlight = highlight_slot(page_id)
        # the explanation one click away, so that the picture comes first on a projector's screen
        with st.expander(t("frame.about"), icon=":material/menu_book:"):
            st.markdown(t(f"{page_id}.intro"))
            if f"{page_id}.define" in STRINGS[current_language()]:  # a term the course defines where it first appears
                st.markdown(":material/menu_book: " + t(f"{page_id}.define"))

    def uses(self, *functions):
        """Name the functions that computed what the page shows: nncore's, or a code generator whose
        output is what the learner reads (LEARNER_CODE)."""
        for function in functions:
            if not function.__module__.startswith(("nncore", *LEARNER_CODE)):
                raise ValueError(f"{function.__qualname__} is not an nncore function")
            if function not in self.functions:
                self.functions.append(function)
        return functions[0] if len(functions) == 1 else functions

    def report(self, **results):
        """Name what the page computed, for its challenges' checks (ui/challenges)."""
        self.results.update(results)

    def report_run(self, run, **measures):
        """Report a live run's results (LiveRun.results, and each of `measures`: name -> a function of
        nothing, measured on the run as it is) now, and return the check to run after each chunk of
        frames it plays: a challenge reached while playing is announced at once."""
        def results():
            return {**run.results(), **{name: measure() for name, measure in measures.items()}}

        self.report(**results())
        return lambda: check_live(self.page_id, {**self.state(), **results()})

    def state(self):
        """What the challenges check: the controls' values by their URL names, and the reported results."""
        return {**self.controls.values, **self.results}

    def try_this_keys(self):
        prefix = f"{self.page_id}.try"
        return sorted(key for key in STRINGS[current_language()] if key.startswith(prefix))

    def finish(self):
        st.divider()
        st.subheader(t("frame.try_this"))
        st.markdown("\n".join(f"{i}. {t(key)}" for i, key in enumerate(self.try_this_keys(), start=1)))
        show_challenges(self.page_id, self.state(), self.highlight)
        if not presenting():
            with st.expander(t("frame.code_behind"), icon=":material/code:"):
                st.caption(t("frame.code_intro"))
                for function in self.functions:
                    st.markdown(t("frame.code_origin", name=function.__name__, module=function.__module__))
                    st.code(source_of(function), language="python")
            st.caption(t("app.share_hint"))
        self.controls.publish()
