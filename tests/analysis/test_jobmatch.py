"""The résumé ↔ posting match: explained parts, what is missing, and meaning beyond words."""

from __future__ import annotations

from datetime import date

import pytest
from tests.analysis.test_posting import EN as POSTING
from tests.analysis.test_resume import GOOD_EN

from valmis.analysis.document import from_text
from valmis.analysis.jobmatch import PARTS, match
from valmis.analysis.posting import parse_posting
from valmis.analysis.resume import read_resume

TODAY = date(2026, 11, 1)
KPO = """Rahul Mehta
rahul.mehta@example.com | +91 98765 43210

Experience
Accounts Payable Executive, Infosys BPM | Jan 2021 – present
- Processed 300 vendor invoices a week in SAP with 99.5% accuracy
- Reconciled vendor statements every month

Education
B.Com, Delhi University, 2020

Skills
Accounts payable, reconciliation, SAP, MS Excel (VLOOKUP, pivot tables)
"""


def _match(resume_text: str, posting_text: str = POSTING, meaning=None):  # type: ignore[no-untyped-def]
    resume = read_resume(from_text(resume_text), "en", TODAY)
    return match(resume, parse_posting(from_text(posting_text), "en"), meaning)


def test_a_fitting_resume_scores_above_one_for_other_work() -> None:
    assert _match(GOOD_EN).score > _match(KPO).score + 20


def test_each_part_shows_the_requirement_and_the_line_that_met_it() -> None:
    m = _match(GOOD_EN)
    language = next(p for p in m.parts if p.name == "language")
    english = language.evidence[0]
    assert english.met == 1.0 and english.by == "words"
    assert "English" in (english.line or "")
    assert {p.name for p in m.parts} == set(PARTS)
    assert not next(p for p in m.parts if p.name == "closeness").asked  # no meaning model given


def test_what_is_missing_comes_with_the_words_to_use_musts_first() -> None:
    m = _match(KPO)
    assert m.missing
    assert m.missing[0].requirement.must
    shift = next(x for x in m.missing if x.requirement.kind == "shift")
    assert shift.suggestion.code == "match.fix.shift"
    assert "night" in str(shift.suggestion.params["words"]).lower()


def test_years_of_experience_are_compared_with_what_is_asked() -> None:
    fresher = (
        "Asha K\nasha@example.com\n\nEducation\nB.A. English, 2024\n\nSkills\nCommunication, typing 35 wpm"
    )
    m = _match(fresher)
    experience = next(p for p in m.parts if p.name == "experience")
    assert experience.points == 0
    assert experience.evidence[0].note.code == "match.experience.short"


def test_a_requirement_the_user_added_is_matched_on_its_words() -> None:
    from dataclasses import replace

    from valmis.analysis.posting import Requirement

    resume = read_resume(from_text(GOOD_EN), "en", TODAY)
    posting = parse_posting(from_text(POSTING), "en")
    added = replace(posting, requirements=(Requirement("tool", "custom-zendesk", True, "", text="Zendesk"),))
    m = match(resume, added)
    tools = next(p for p in m.parts if p.name == "tools")
    assert tools.evidence[0].met == 1.0


@pytest.mark.usefixtures("coach")
def test_with_meaning_the_closeness_part_explains_itself_with_the_closest_lines(coach) -> None:  # type: ignore[no-untyped-def]
    from valmis.story.meaning import meaning_for

    meaning = meaning_for(coach)
    fit = _match(GOOD_EN, meaning=meaning)
    other = _match(KPO, meaning=meaning)
    close = next(p for p in fit.parts if p.name == "closeness")
    far = next(p for p in other.parts if p.name == "closeness")
    assert close.asked and close.points > far.points
    assert close.evidence[0].line
    assert fit.semantic


def test_an_email_address_is_not_read_as_a_degree_and_one_accepted_degree_is_enough() -> None:
    resume = (
        "Shruti Patil\nshruti.bcom@example.com\n\nEducation\nB.A. English, 2024\n\nSkills\nMS Excel, Tally"
    )
    posting = "Accounts Payable Trainee\n\nRequirements:\n- B.Com / M.Com graduate\n- MS Excel"
    m = _match(resume, posting)
    education = next(p for p in m.parts if p.name == "education")
    commerce = [e for e in education.evidence if e.requirement.id == "commerce"]
    assert commerce and commerce[0].met == 0  # "bcom" in the address is not a B.Com
    assert education.points < education.max  # a B.A. is a degree, but not the commerce one asked for
    with_degree = _match(resume.replace("B.A. English", "B.Com, Pune University"), posting)
    education = next(p for p in with_degree.parts if p.name == "education")
    assert education.points == education.max
    assert all(x.requirement.kind != "education" for x in with_degree.missing)


def test_a_process_named_in_passing_is_a_plus_when_the_title_names_another() -> None:
    from valmis.analysis.posting import parse_posting

    text = "Accounts Payable Associate (KPO, finance)\n\nYou will process invoices and answer vendor emails."
    p = parse_posting(from_text(text), "en")
    musts = {r.id for r in p.of("process") if r.must}
    assert "kpo" in musts and "email" not in musts
