"""Home: what the app teaches and the learning path as a map of the pages."""
import streamlit as st

from ui.catalog import pages_by_group
from ui.entry import require_app_entry
from ui.i18n import current_language, t
from ui.layout import main_picture
from ui.presenter import url_value as presenter_url_value
from ui.url_controls import UrlControls

GROUPS_PER_ROW = 2

require_app_entry()
st.title(t("home.title"))
st.markdown(t("home.intro"))

st.subheader(t("home.path"))
st.caption(t("home.path_caption"))
groups = list(enumerate(pages_by_group(), start=1))
with main_picture():
    # two groups a row: page titles fit on one line, also in Korean on a projector's narrower window
    cells = [column for _ in range(0, len(groups), GROUPS_PER_ROW) for column in st.columns(GROUPS_PER_ROW)]
for column, (step, (group, pages)) in zip(cells, groups):
    with column.container(border=True):
        st.markdown(f"**{step}. {t(f'group.{group}')}**")
        for page in pages:
            st.page_link(page.path, label=t(f"{page.page_id}.title"), icon=page.icon,
                         query_params={"lang": current_language(), **presenter_url_value()})
            st.caption(t(f"{page.page_id}.oneliner"))

st.subheader(t("home.lecturers"))
st.markdown(t("home.lecturers_body"))
UrlControls("home").publish()
