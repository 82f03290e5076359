"""One vocabulary: the glossary's terms, the variants no string may use, and the glossary page."""
import pytest

from tests.app_driver import assert_healthy, open_page
from ui.catalog import GLOSSARY_PAGE, PAGES
from ui.glossary import GLOSSARY, variants_in
from ui.i18n import LANGUAGES, STRINGS, translate

PAGE_IDS = {page.page_id for page in PAGES}
SHARED = {"xor": ("live.",), "playground": ("live.",), "hidden_regression": ("live.",)}  # the live pages' strings


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_string_uses_a_variant_the_glossary_rules_out(lang):
    found = {key: variants_in(text, lang) for key, text in STRINGS[lang].items()}
    assert {key: hits for key, hits in found.items() if hits} == {}


@pytest.mark.parametrize("text, lang, term", [
    ("규제 대신 L2 정규화를 쓰면", "ko", "regularization"), ("정규화 비율을 줄인 뒤", "ko", "regularization"),
    ("ReLU 유닛이 죽었습니다", "ko", "neuron"),
    ("가중치를 업데이트합니다", "ko", "update"), ("노이즈 (%)", "ko", "noise"), ("라벨", "ko", "label"),
    ("4 hidden units", "en", "neuron"), ("Dead ReLU units", "en", "neuron"), ("a minibatch of 32", "en", "mini_batch"),
    ("the training set", "en", "training_data"), ("normalized inputs", "en", "normalization"),
])
def test_the_check_finds_each_kind_of_variant(text, lang, term):
    assert term in [key for key, _ in variants_in(text, lang)]


@pytest.mark.parametrize("text, lang", [
    ("in the target's units", "en"), ("Training settings", "en"), ("`min_max_normalize(x)`", "en"),
    ("x's own units", "en"), ("정규화와 표준화", "ko"),
])
def test_the_check_leaves_other_meanings_and_code_alone(text, lang):
    assert variants_in(text, lang) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_term_per_concept_and_one_concept_per_term(lang):
    terms = [translate(f"glossary.{term.key}.term", lang) for term in GLOSSARY]
    assert len(set(terms)) == len(terms) == len({term.key for term in GLOSSARY})
    assert all(translate(f"glossary.{term.key}.define", lang) for term in GLOSSARY)


@pytest.mark.parametrize("term", GLOSSARY, ids=[term.key for term in GLOSSARY])
def test_each_term_is_used_on_the_page_it_links_to(term):
    assert term.page_id in PAGE_IDS
    prefixes = (f"{term.page_id}.", *SHARED.get(term.page_id, ()))
    for i, lang in enumerate(LANGUAGES):
        word = term.shown[i] if term.shown else translate(f"glossary.{term.key}.term", lang).split(" (")[0]
        page_text = " ".join(text for key, text in STRINGS[lang].items() if key.startswith(prefixes))
        assert word.lower() in page_text.lower(), (lang, word)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_glossary_page_lists_every_term_with_its_page(lang):
    at = open_page(GLOSSARY_PAGE, lang=lang)
    assert_healthy(at, translate("glossary.title", lang))
    text = "\n".join(m.value for m in at.markdown)
    other = "en" if lang == "ko" else "ko"
    for term in GLOSSARY:
        line = f"**{translate(f'glossary.{term.key}.term', lang)}** · {translate(f'glossary.{term.key}.term', other)}"
        assert line in text
    assert [c.value for c in at.caption][-1] == translate("glossary.count", lang, n=len(GLOSSARY))


def test_glossary_page_filters_in_either_language_and_keeps_the_filter_in_the_url():
    at = open_page(GLOSSARY_PAGE, lang="ko", query={"find": "descent"})
    text = "\n".join(m.value for m in at.markdown)
    assert "**경사 하강법** · gradient descent" in text and "**확률적 경사 하강법 (SGD)**" in text
    assert "**퍼셉트론**" not in text
    at.text_input(key="glossary.find").set_value("없는말").run()
    assert [i.value for i in at.info] == [translate("glossary.none", "ko", text="없는말")]
    assert at.query_params["find"] == ["없는말"] or at.query_params["find"] == "없는말"
