"""The résumé check on plain text: sections, contact, dates and gaps, results, verbs, spelling, track."""

from __future__ import annotations

from datetime import date

from valmis.analysis.document import Document, Line, from_text
from valmis.analysis.resume import check_resume, read_resume
from valmis.analysis.spelling import make_speller

TODAY = date(2026, 11, 1)

GOOD_EN = """Maria Santos
maria.santos@example.com | +63 917 555 0142 | Cebu City

Summary
Customer service representative with four years of inbound voice support for US telecom clients.
Available for night and rotational shifts.

Experience
Customer Service Representative, Concentrix | Mar 2022 – present
- Handled 80+ inbound calls a day with a 92% CSAT
- Resolved billing disputes on the first call for 85% of customers
- Trained 12 new hires on escalations
Technical Support Associate, Teleperformance | Jun 2019 – Feb 2022
- Fixed router and broadband issues for 60 customers a day
- Reduced repeat calls by 15% with clear step-by-step explanations

Education
Bachelor of Science in Business Administration, University of San Carlos, 2019

Skills
Customer service, communication, typing 65 wpm, Zendesk, Salesforce

Languages
English (fluent, C1), Filipino (native)
"""

WEAK_EN = """Experience
Call centre agent, Acme 2018 - 2019
Responsible for answering calls
Duties included data entry
Sales agent, Beta 2021 - 2022
Responsible for sales
"""


def _check(text: str, track: str = "voice", lang: str = "en"):  # type: ignore[no-untyped-def]
    resume = read_resume(from_text(text, kind="txt"), lang, TODAY)
    return check_resume(resume, track, make_speller(lang))


def _part(check, name):  # type: ignore[no-untyped-def]
    return next(p for p in check.parts if p.name == name)


def test_a_clear_resume_scores_high_and_every_part_has_evidence() -> None:
    check = _check(GOOD_EN)
    assert check.score >= 85
    assert sum(p.max for p in check.parts) == 100
    assert all(p.notes for p in check.parts)


def test_sections_contact_and_roles_are_found() -> None:
    r = read_resume(from_text(GOOD_EN), "en", TODAY)
    assert [s.id for s in r.sections] == ["summary", "experience", "education", "skills", "languages"]
    assert r.name == "Maria Santos"
    assert r.emails == ("maria.santos@example.com",)
    assert r.phones and r.phones[0].startswith("+63")
    assert r.roles[0].span.end is None
    assert r.experience_months == (2026 * 12 + 10) - (2019 * 12 + 5) + 1


def test_duty_lines_without_numbers_lose_points_with_the_line_quoted() -> None:
    check = _check(WEAK_EN)
    verbs = _part(check, "verbs")
    assert any(
        n.code == "resume.verbs.weak" and n.quote == "Responsible for answering calls" for n in verbs.notes
    )
    results = _part(check, "results")
    assert results.points < results.max
    assert results.tip is not None


def test_a_gap_between_jobs_and_years_without_months_are_pointed_out() -> None:
    dates = _part(_check(WEAK_EN), "dates")
    codes = [n.code for n in dates.notes]
    assert "resume.dates.gap" in codes
    assert "resume.dates.years_only" in codes
    assert "resume.dates.order" in codes


def test_missing_contact_and_sections_are_named() -> None:
    check = _check(WEAK_EN)
    contact = _part(check, "contact")
    assert {n.code for n in contact.notes} >= {"resume.contact.no_email", "resume.contact.no_phone"}
    sections = _part(check, "sections")
    assert {n.code for n in sections.notes} >= {
        "resume.sections.missing.languages",
        "resume.sections.missing.skills",
    }


def test_a_misspelled_word_is_shown_with_its_line_and_a_suggestion() -> None:
    check = _check(GOOD_EN.replace("Resolved billing disputes", "Resolved billing dispuets"))
    spelling = _part(check, "spelling")
    hit = next(n for n in spelling.notes if n.code == "resume.spelling.word")
    assert hit.params == {"word": "dispuets", "suggestion": "disputes"}
    assert "dispuets" in (hit.quote or "")


def test_bpo_shorthand_and_tool_names_are_not_called_misspelled() -> None:
    spelling = _part(_check(GOOD_EN + "\nKept AHT under target; upselling; zendesk macros; csat"), "spelling")
    assert [n.code for n in spelling.notes] == ["resume.spelling.clean"]


def test_relevance_depends_on_the_track() -> None:
    voice = _part(_check(GOOD_EN, "voice"), "relevance")
    kpo = _part(_check(GOOD_EN, "kpo"), "relevance")
    assert voice.points > kpo.points
    assert any(n.code == "resume.relevance.missing" for n in kpo.notes)


def test_contact_only_in_the_header_is_marked_for_applicant_tracking_systems() -> None:
    body = from_text(GOOD_EN.split("\n", 2)[2])
    header = (Line("maria.santos@example.com | +63 917 555 0142", where="header"),)
    doc = Document(lines=header + body.lines, kind="docx", pages=1)
    check = check_resume(read_resume(doc, "en", TODAY), "voice", None)
    assert any(n.code == "resume.contact.header_only" for n in _part(check, "contact").notes)
    assert any(n.code == "resume.layout.header_contact" for n in _part(check, "layout").notes)


def test_a_finnish_resume_is_read_with_finnish_headings_and_dates() -> None:
    text = """Aino Virtanen
aino.virtanen@example.fi, 040 555 0173

Profiili / Tiivistelmä
Asiakaspalvelun ammattilainen, valmis vuorotyöhön.

Työkokemus
Asiakaspalveluneuvoja, Sitel 3/2021 – nykyhetki
Vastasin päivittäin yli 80 puheluun, asiakastyytyväisyys 92 %
Perehdytin 12 uutta työntekijää

Koulutus
Tradenomi, Tampereen ammattikorkeakoulu, 2019

Kielitaito
suomi (äidinkieli), englanti (sujuva)
"""
    r = read_resume(from_text(text), "fi", TODAY)
    assert [s.id for s in r.sections] == ["summary", "experience", "education", "languages"]
    assert r.roles and r.roles[0].span.end is None
    verbs = _part(check_resume(r, "voice", make_speller("fi")), "verbs")
    assert verbs.points == verbs.max
