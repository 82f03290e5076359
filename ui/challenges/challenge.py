"""One challenge: a goal on one page, checked from the page's state."""
from collections.abc import Callable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Challenge:
    """id: "<page_id>.<name>"; its text is the i18n keys "ch.<id>.goal", ".hint1" (a nudge), ".hint2" (the
    idea), ".why" (why the solution works) and, when the goal needs more than the URL's settings,
    ".after" (what to do after opening solution_query).

    check(state) -> bool: whether the page's state reaches the goal. `state` maps the page's control
    names (as in its URL) to their values, and the names the page reported with PageFrame.report()
    to what it computed; a check never reads anything else.
    solution_query: the URL query (without lang) of a state that solves it.
    train_to: for a live run, the epoch to train to after opening solution_query (0: none).
    timed: the check judges times the page measured on this machine, which another machine, or a busy one,
    measures differently."""
    id: str
    page_id: str
    check: Callable[[Mapping], bool]
    solution_query: str
    train_to: int = 0
    timed: bool = False

    def reached(self, state):
        try:
            return bool(self.check(state))
        except (KeyError, TypeError, ValueError, IndexError):  # a state without what the check needs
            return False
