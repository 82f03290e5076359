"""Both languages define the same keys, with the same placeholders, and pages use only real keys."""
import re
import string
from pathlib import Path

import pytest

from ui.catalog import PAGES
from ui.i18n import LANGUAGES, STRING_MODULES, STRINGS, language_from

ROOT = Path(__file__).resolve().parent.parent
HANGUL = re.compile(r"[\uac00-\ud7a3]")


@pytest.mark.parametrize("module", STRING_MODULES, ids=lambda m: m.__name__)
def test_every_key_exists_in_both_languages(module):
    ko, en = module.STRINGS["ko"], module.STRINGS["en"]
    assert sorted(ko.keys() - en.keys()) == [], "keys only in Korean"
    assert sorted(en.keys() - ko.keys()) == [], "keys only in English"


def placeholders(text):
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_placeholders_match():
    for key in STRINGS["en"]:
        assert placeholders(STRINGS["ko"][key]) == placeholders(STRINGS["en"][key]), key


def test_literal_keys_used_in_code_exist():
    used = set()
    for path in list((ROOT / "pages").glob("*.py")) + list((ROOT / "ui").glob("*.py")):
        used |= set(re.findall(r"""\bt\(\s*["']([\w.]+)["']""", path.read_text()))
    assert used, "the scan found no t('...') calls"
    for lang in LANGUAGES:
        assert sorted(used - STRINGS[lang].keys()) == [], lang


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.page_id)
def test_every_page_has_its_frame_text(page):
    for lang in LANGUAGES:
        keys = STRINGS[lang]
        for part in ("title", "oneliner", "intro"):
            assert keys.get(f"{page.page_id}.{part}"), (lang, part)
        tries = [k for k in keys if k.startswith(f"{page.page_id}.try")]
        assert 2 <= len(tries) <= 4, (lang, tries)


def test_korean_prose_is_korean():
    for key, text in STRINGS["ko"].items():
        if key.endswith((".title", ".intro", ".oneliner")) or ".try" in key or key.startswith("err."):
            assert HANGUL.search(text), key


# A Korean particle's form follows the last sound of the word before it (은/는, 이/가, 을/를, 과/와), which a
# number or a name filled in at run time does not reveal: text never puts a particle right after a placeholder.
PARTICLE_AFTER_PLACEHOLDER = re.compile(r"\{[^}]*\}(은|는|이|가|을|를|와|과)(?![(가-힣])")
# particles once written after letters and numbers read aloud with a final consonant (엑스 삼, 제곱)
WRONG_PARTICLES = ("에포크은", "x3는", "x₂²를", "1e-07는")
# "을(를)" reads as a form to fill in: a value goes where no particle follows it (after a colon, in parentheses)
BOTH_PARTICLES = re.compile(r"(을\(를\)|를\(을\)|이\(가\)|가\(이\)|은\(는\)|는\(은\)|과\(와\)|와\(과\)|\(으\)로)")


def test_no_korean_particle_guesses_the_sound_of_a_value():
    for key, text in STRINGS["ko"].items():
        assert not PARTICLE_AFTER_PLACEHOLDER.search(text), (key, text)
        assert not any(wrong in text for wrong in WRONG_PARTICLES), (key, text)
        assert not BOTH_PARTICLES.search(text), (key, text)
    assert PARTICLE_AFTER_PLACEHOLDER.search("학습률 {lr}이 발산") and not PARTICLE_AFTER_PLACEHOLDER.search(
        "형상 {shape}을(를) 만들")
    assert BOTH_PARTICLES.search("형상 {shape}을(를) 만들") and BOTH_PARTICLES.search("{n}(으)로")


@pytest.mark.parametrize(
    "url, locale, expected",
    [("ko", None, "ko"), ("en", "ko-KR", "en"), (None, "ko-KR", "ko"), (None, "KO", "ko"),
     (None, "en-GB", "en"), (None, None, "en"), ("fr", "ko-KR", "ko"), ("", "ja-JP", "en")],
)
def test_language_from(url, locale, expected):
    assert language_from(url, locale) == expected
