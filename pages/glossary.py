"""Glossary: every concept's one Korean and one English term, what it means, and the page that shows it."""
import streamlit as st

from ui.catalog import PAGES
from ui.entry import require_app_entry
from ui.glossary import terms_of
from ui.i18n import current_language, t, translate
from ui.presenter import url_value as presenter_url_value
from ui.url_controls import UrlControls

require_app_entry()
controls = UrlControls("glossary")
st.title(t("glossary.title"))
st.markdown(t("glossary.intro"))
wanted = controls.text("find", t("glossary.filter"), "", max_chars=40, help=t("glossary.filter_help")).strip().lower()
lang = current_language()
other = "en" if lang == "ko" else "ko"


def matches(term):
    words = [translate(f"glossary.{term.key}.{part}", code) for part in ("term", "define") for code in ("ko", "en")]
    return not wanted or any(wanted in word.lower() for word in words)


shown = 0
for page in PAGES:
    terms = [term for term in terms_of(page.page_id) if matches(term)]
    if not terms:
        continue
    shown += len(terms)
    st.page_link(page.path, label=t(f"{page.page_id}.title"), icon=page.icon,
                 query_params={"lang": lang, **presenter_url_value()})
    st.markdown("\n".join(
        f"- **{t(f'glossary.{term.key}.term')}** · {translate(f'glossary.{term.key}.term', other)}: "
        f"{t(f'glossary.{term.key}.define')}" for term in terms))
if shown:
    st.caption(t("glossary.count", n=shown))
else:
    st.info(t("glossary.none", text=wanted), icon=":material/search_off:")
controls.publish()
