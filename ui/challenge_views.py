"""The challenges of a page, under its "Try this": each goal with its tick, the explanation once it is
reached, and hints on request (a nudge, then the idea, then a link to a state that solves it). In
presenter mode the hints and solutions stay hidden."""
import streamlit as st

from ui.challenge_link import highlighted
from ui.challenges import for_page
from ui.i18n import STRINGS, current_language, t
from ui.presenter import presenting
from ui.presenter import url_value as presenter_url_value
from ui.progress import mark_solved, solved

STATE = "challenges.page_state"  # the latest page's {"page", "state", "reached"}: what the checks saw
HINT_STEPS = 2


def _hints_shown(challenge):
    return st.session_state.get(f"challenges.hints.{challenge.id}", 0)


def _more_hint(challenge):
    key = f"challenges.hints.{challenge.id}"
    st.session_state[key] = min(HINT_STEPS + 1, st.session_state.get(key, 0) + 1)


def _solution_link(challenge):
    query = dict(pair.split("=", 1) for pair in challenge.solution_query.split("&") if pair)
    page = next(p for p in _pages() if p.page_id == challenge.page_id)
    st.page_link(page.path, label=t("challenges.solution"), icon=":material/lightbulb:",
                 query_params={"lang": current_language(), **presenter_url_value(), **query,
                               "challenge": challenge.id})
    if f"ch.{challenge.id}.after" in STRINGS[current_language()]:
        st.caption(t(f"ch.{challenge.id}.after"))


def _pages():
    from ui.catalog import PAGES  # the catalog builds the navigation; imported when a link is drawn

    return PAGES


def _card(challenge, reached_now, solved_before, is_highlighted):
    done = reached_now or solved_before
    icon = ":material/check_circle:" if done else ":material/flag:"
    colour = "green" if done else ("orange" if is_highlighted else "gray")
    label = t("challenges.solved") if done else t("challenges.open")
    with st.container(border=True, key=f"challenge-{challenge.id.replace('.', '-')}"):
        st.markdown(f":{colour}[{icon} **{label}**] {t(f'ch.{challenge.id}.goal')}")
        if reached_now:
            st.success(t(f"ch.{challenge.id}.why"), icon=":material/check:")
        elif solved_before:
            st.caption(t("challenges.solved_before") + " " + t(f"ch.{challenge.id}.why"))
        if presenting() or done:
            return
        shown = _hints_shown(challenge)
        for step in range(1, min(shown, HINT_STEPS) + 1):
            st.info(t(f"ch.{challenge.id}.hint{step}"), icon=":material/tips_and_updates:")
        if shown > HINT_STEPS:
            _solution_link(challenge)
        else:
            st.button(t("challenges.hint" if shown == 0 else ("challenges.more_hint" if shown < HINT_STEPS
                                                               else "challenges.show_solution")),
                      key=f"challenges.hint_button.{challenge.id}", type="tertiary",
                      icon=":material/tips_and_updates:", on_click=_more_hint, args=(challenge,))


def highlight_slot(page_id):
    """Under the title, a place for the challenge a link highlights (None when there is none)."""
    return st.empty() if highlighted(page_id) else None


def check_live(page_id, state):
    """While a live run plays (only its fragment reruns): a challenge reached for the first time is
    remembered and announced; its card shows the tick and the reason at the next pause."""
    for challenge in for_page(page_id):
        if challenge.id not in solved() and challenge.reached(state):
            mark_solved([challenge.id])
            st.toast(t("challenges.reached", goal=t(f"ch.{challenge.id}.goal")), icon=":material/check_circle:")


def show_challenges(page_id, state, slot=None):
    """Check this page's challenges against `state` (controls and results), remember the ones reached,
    and draw them; the highlighted one also in `slot`."""
    challenges = for_page(page_id)
    reached = {c.id for c in challenges if c.reached(state)}
    mark_solved(reached)
    st.session_state[STATE] = {"page": page_id, "state": dict(state), "reached": sorted(reached)}
    if not challenges:
        return
    done = solved()
    chosen = highlighted(page_id)
    if chosen is not None and slot is not None:
        with slot.container():
            mark = ":material/check_circle:" if chosen.id in done else ":material/flag:"
            st.info(f"**{t('challenges.highlighted')}** {mark} {t(f'ch.{chosen.id}.goal')}",
                    icon=":material/assignment:")
    st.subheader(t("challenges.title", done=sum(c.id in done for c in challenges), total=len(challenges)))
    ordered = sorted(challenges, key=lambda c: c is not chosen)  # the highlighted one first
    for challenge in ordered:
        _card(challenge, challenge.id in reached, challenge.id in done, challenge is chosen)
