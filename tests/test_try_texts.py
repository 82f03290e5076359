"""The "Try this" texts name the controls as the page labels them: a quoted name in a try text
(‘…’ in Korean, '…' in English) is part of a label, option or button text of the same language."""
import re

import pytest

from ui.i18n import STRINGS

QUOTED = {"ko": r"‘([^’]+)’", "en": r"(?<![A-Za-z])'([^']+)'(?![A-Za-z])"}


def try_texts(lang):
    return {key: text for key, text in STRINGS[lang].items() if re.fullmatch(r"[a-z_]+\.try\d+", key)}


@pytest.mark.parametrize("lang", sorted(QUOTED))
def test_every_quoted_name_in_a_try_text_is_shown_by_the_app(lang):
    shown = [text.lower() for key, text in STRINGS[lang].items() if isinstance(text, str) and ".try" not in key]
    names = [(key, name) for key, text in try_texts(lang).items() for name in re.findall(QUOTED[lang], text)]
    assert len(names) > 10  # the pattern finds the quoted names
    missing = [(key, name) for key, name in names if not any(name.lower() in text for text in shown)]
    assert missing == []


def test_a_misnamed_control_is_found():
    assert re.findall(QUOTED["en"], "Switch on 'wrong number of rows' and find the learner's error") == [
        "wrong number of rows"]
