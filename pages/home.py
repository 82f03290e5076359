"""Home: what the app teaches and the learning path as a map of the pages."""
import streamlit as st

from ui.catalog import pages_by_group
from ui.challenges import BY_ID, CHALLENGES, for_page
from ui.entry import require_app_entry
from ui.i18n import current_language, t
from ui.layout import main_picture
from ui.presenter import url_value as presenter_url_value
from ui.progress import reset_progress, solved
from ui.url_controls import UrlControls

GROUPS_PER_ROW = 2


def progress_note(page_id):
    """ " · 1/3 challenges" after a page's one-liner, ticked when all are solved."""
    ids = {c.id for c in for_page(page_id)}
    if not ids:
        return ""
    done = len(ids & solved())
    mark = ":green[:material/check_circle:]" if done == len(ids) else ":material/flag:"
    return f" · {mark} {t('home.progress', done=done, total=len(ids))}"

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
            st.caption(t(f"{page.page_id}.oneliner") + progress_note(page.page_id))

st.subheader(t("home.progress_title"))
st.caption(t("home.progress_caption", done=len(solved() & BY_ID.keys()), total=len(CHALLENGES)))
if st.button(t("home.reset"), icon=":material/restart_alt:", on_click=reset_progress, key="home.reset"):
    st.toast(t("home.reset_done"), icon=":material/delete:")

st.subheader(t("home.lecturers"))
st.markdown(t("home.lecturers_body"))
UrlControls("home").publish()
