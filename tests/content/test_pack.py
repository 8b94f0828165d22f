from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from valmis.content.check import check_pack
from valmis.content.loader import BUILTIN_PACK, ContentError, load_bank, parity_problems
from valmis.content.models import Category, Lang


@pytest.fixture(scope="module")
def banks():  # type: ignore[no-untyped-def]
    return load_bank(Lang.EN), load_bank(Lang.FI)


def test_the_built_in_pack_is_valid_and_in_step(banks) -> None:  # type: ignore[no-untyped-def]
    assert check_pack(BUILTIN_PACK) == []
    en, fi = banks
    assert parity_problems(en, fi) == []


def test_the_bank_has_at_least_100_questions_in_each_language(banks) -> None:  # type: ignore[no-untyped-def]
    en, fi = banks
    assert len(en.questions) >= 100
    assert len(fi.questions) == len(en.questions)


def test_every_category_has_questions_and_a_rubric(banks) -> None:  # type: ignore[no-untyped-def]
    for bank in banks:
        counts = Counter(q.category for q in bank.questions)
        assert set(counts) == set(Category)
        assert set(bank.rubrics) == set(Category)


def test_every_track_has_enough_questions_for_a_set(banks) -> None:  # type: ignore[no-untyped-def]
    en, _ = banks
    for process in ("voice", "nonvoice", "kpo"):
        for market in ("domestic", "international"):
            assert len(en.select(process=process, market=market)) >= 20, (process, market)  # type: ignore[arg-type]


def test_finnish_text_is_not_a_copy_of_the_english(banks) -> None:  # type: ignore[no-untyped-def]
    en, fi = banks
    for q_en in en.questions:
        q_fi = fi.get(q_en.id)
        assert q_fi is not None
        assert q_fi.text != q_en.text
        assert q_fi.strong_answer != q_en.strong_answer


def test_a_broken_file_is_named_in_the_error(tmp_path: Path) -> None:
    questions = tmp_path / "questions"
    questions.mkdir()
    (questions / "scenario.en.yaml").write_text("lang: en\ncategory: scenario\nquestions:\n  - id: x\n")
    with pytest.raises(ContentError) as err:
        load_bank(Lang.EN, tmp_path)
    assert "scenario.en.yaml" in str(err.value)
    assert "questions.0" in str(err.value)


def test_yaml_that_does_not_parse_is_a_clear_error(tmp_path: Path) -> None:
    questions = tmp_path / "questions"
    questions.mkdir()
    (questions / "scenario.en.yaml").write_text("lang: [en\n")
    with pytest.raises(ContentError, match="not valid YAML"):
        load_bank(Lang.EN, tmp_path)


def test_a_missing_language_is_reported_by_parity(tmp_path: Path, banks) -> None:  # type: ignore[no-untyped-def]
    en, fi = banks
    from valmis.content.loader import Bank

    smaller = Bank(lang=fi.lang, questions=fi.questions[1:], rubrics=fi.rubrics, attitudes=fi.attitudes)
    problems = parity_problems(en, smaller)
    assert problems == [f"{en.questions[0].id}: in en, missing in fi"]


def test_every_question_knows_other_ways_recruiters_ask_it(banks) -> None:  # type: ignore[no-untyped-def]
    for bank in banks:
        for q in bank.questions:
            assert len(q.also_asked) >= 3, (bank.lang, q.id)
            assert q.text.casefold() not in {w.casefold() for w in q.also_asked}, (bank.lang, q.id)


def test_a_wording_shared_by_two_questions_is_reported(tmp_path: Path) -> None:
    import shutil

    from valmis.content.check import check_pack
    from valmis.content.loader import BUILTIN_PACK

    pack = tmp_path / "pack"
    shutil.copytree(BUILTIN_PACK, pack)
    path = pack / "questions" / "motivation.en.yaml"
    text = path.read_text(encoding="utf-8")
    first = text.index("    also_asked:\n") + len("    also_asked:\n")
    path.write_text(text[:first] + '      - "Tell me about yourself."\n' + text[first:], encoding="utf-8")
    problems = [line for line in check_pack(pack) if "is also a wording of" in line]
    assert len(problems) == 1
    assert "tell-me-about-yourself" in problems[0] and "“Tell me about yourself.”" in problems[0]


def test_an_empty_wording_is_refused() -> None:
    import pytest
    from pydantic import ValidationError

    from valmis.content.models import Question

    with pytest.raises(ValidationError, match="blank"):
        Question.model_validate({"also_asked": ["  "]})


def test_the_loose_phrase_report_finds_a_phrase_that_matches_almost_every_answer() -> None:
    from dataclasses import replace

    from valmis.content.check import LOOSE_SHARE, loose_phrases

    bank = load_bank(Lang.FI)
    # "asiakas" (customer) standing for a fact about the company, as the pack once had it.
    loose_point = [
        q.model_copy(
            update={
                "key_points": [
                    k.model_copy(update={"phrases": [*k.phrases, "asiakas"]})
                    if k.id == "specific-fact"
                    else k
                    for k in q.key_points
                ]
            }
        )
        if q.id == "why-this-company"
        else q
        for q in bank.questions
    ]
    loose = loose_phrases(replace(bank, questions=tuple(loose_point)))
    (share,) = [f[0] for f in loose if f[1:] == ("why-this-company", "specific-fact", "asiakas")]
    assert share > 0.5
    assert all(share >= LOOSE_SHARE for share, *_ in loose)
    assert [f[0] for f in loose] == sorted((f[0] for f in loose), reverse=True)


def test_a_wrong_claim_cue_counts_words_joined_with_a_plus_and_refuses_one_word() -> None:
    from pydantic import ValidationError

    from valmis.content.models import WrongClaim

    joined = WrongClaim(
        id="aht", claim="AHT on jonotusaika", correction="Ei ole.", cues=["aht+olla+jonotusaika"]
    )
    assert joined.cues == ["aht+olla+jonotusaika"]
    with pytest.raises(ValidationError, match="two words"):
        WrongClaim(id="aht", claim="AHT on jonotusaika", correction="Ei ole.", cues=["jonotusaika"])
