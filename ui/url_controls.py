"""Widgets whose values are mirrored in the URL query string.

A widget's first value in a session comes from the URL (a shared lecture link),
else from what this session last set on that page, else from its default.
Every value shown is written back to the URL at the end of the page run, so
copying the address bar reproduces the exact setup. Values in the URL that do
not fit a control (a typo, an old link) are ignored, never an error.
"""
import streamlit as st

from ui.challenge_link import url_value as highlighted_url_value
from ui.i18n import current_language, translate
from ui.presenter import url_value as presenter_url_value

_MEMORY = "_url_controls_memory"


def _float_or_none(raw):
    try:
        return float(raw)
    except (TypeError, ValueError):
        return None


def _format_number(value):
    return f"{value:g}" if isinstance(value, float) else str(value)


def _labeller(prefix):
    """Option code -> label, in the language of this run (fixed now: labels may be drawn later)."""
    lang = current_language()
    return lambda code: translate(f"{prefix}.{code}", lang)


class UrlControls:
    def __init__(self, page_id):
        self.page_id = page_id
        self.url = st.query_params.to_dict()
        self.params = {}
        self.values = {}  # name -> the control's value this run (what challenges check)
        self.memory = st.session_state.setdefault(_MEMORY, {})

    def _bind(self, name, default, decode):
        key = f"{self.page_id}.{name}"
        if key in st.session_state:
            value = st.session_state[key]
        else:
            value = decode(self.url[name]) if name in self.url else None
            if value is None:
                value = self.memory.get(key, default)
        # Written back every run, for the same reason as the language (ui/i18n.py).
        st.session_state[key] = value
        return key

    def _record(self, name, key, encoded):
        self.memory[key] = st.session_state[key]
        self.params[name] = encoded
        self.values[name] = st.session_state[key]
        return st.session_state[key]

    def slider(self, name, label, min_value, max_value, default, step, **kwargs):
        is_int = all(isinstance(v, int) for v in (min_value, max_value, default, step))

        def decode(raw):
            value = _float_or_none(raw)
            if value is None or not min_value <= value <= max_value:
                return None
            if is_int:
                return int(value) if value == int(value) else None
            # snap to the slider's grid so the widget accepts it
            return round(min_value + round((value - min_value) / step) * step, 10)

        key = self._bind(name, default, decode)
        st.slider(label, min_value, max_value, step=step, key=key, **kwargs)
        return self._record(name, key, _format_number(st.session_state[key]))

    def choice(self, name, label, options, default, widget="selectbox", format_key=None, **kwargs):
        """One of `options` (codes, not labels); labels come from t(f"{format_key}.{code}")."""
        key = self._bind(name, default, lambda raw: raw if raw in options else None)
        if st.session_state[key] not in options:  # an option that has gone, e.g. a model trained earlier
            st.session_state[key] = default
        format_func = _labeller(format_key) if format_key else str
        if widget == "segmented":
            kwargs["required"] = True  # clicking the selected option must not leave it empty
        make = {"selectbox": st.selectbox, "radio": st.radio, "segmented": st.segmented_control}[widget]
        make(label, options, key=key, format_func=format_func, **kwargs)
        return self._record(name, key, st.session_state[key])

    def multiselect(self, name, label, options, default, format_key=None, **kwargs):
        """Options shown as t(f"{format_key}.{code}"), or as they are without a format_key (e.g. a
        file's column names). Picks that are no longer options (another file, a column now used
        elsewhere) are dropped; if none is left of a non-empty pick, the default comes back."""
        def decode(raw):
            picked = [code for code in raw.split(",") if code]
            return picked if all(code in options for code in picked) else None

        key = self._bind(name, list(default), decode)
        kept = [code for code in st.session_state[key] if code in options]
        if len(kept) < len(st.session_state[key]):
            st.session_state[key] = kept or [code for code in default if code in options]
        format_func = _labeller(format_key) if format_key else str
        st.multiselect(label, options, key=key, format_func=format_func, **kwargs)
        return self._record(name, key, ",".join(st.session_state[key]))

    def toggle(self, name, label, default, **kwargs):
        key = self._bind(name, default, {"1": True, "0": False}.get)
        st.toggle(label, key=key, **kwargs)
        return self._record(name, key, "1" if st.session_state[key] else "0")

    def text(self, name, label, default, max_chars=200, **kwargs):
        key = self._bind(name, default, lambda raw: raw[:max_chars])
        st.text_input(label, key=key, max_chars=max_chars, **kwargs)
        return self._record(name, key, st.session_state[key])

    def publish(self):
        """Write the language, presenter mode and this page's controls to the URL, dropping anything else."""
        st.query_params.from_dict({"lang": current_language(), **presenter_url_value(),
                                   **highlighted_url_value(self.page_id), **self.params})
