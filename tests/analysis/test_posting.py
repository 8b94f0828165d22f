"""Job postings read into requirements: process, market, shifts, languages, skills, tools, years."""

from __future__ import annotations

from valmis.analysis.document import from_text
from valmis.analysis.posting import parse_posting

EN = """Customer Support Associate – International Voice Process

We are hiring for our inbound customer support process for a UK client.

Requirements:
- Excellent spoken English (C1)
- Willing to work night shifts
- 2+ years of experience in a call centre
- Working knowledge of MS Excel

Nice to have:
- Salesforce experience

We offer: free training in Zendesk, cab facility.
"""

FI = """Asiakaspalvelija puhelimeen, Tampere

Etsimme asiakaspalvelijaa vastaamaan saapuviin puheluihin. Työ tehdään vuorotyönä, myös viikonloppuisin.

Edellytämme sujuvaa suomen kielen taitoa ja hyvää englantia. Aiempaa kokemusta ei vaadita.
"""


def _keys(posting):  # type: ignore[no-untyped-def]
    return {r.key: r for r in posting.requirements}


def test_an_english_posting_yields_its_requirements_with_the_sentence_behind_each() -> None:
    p = parse_posting(from_text(EN), "en")
    keys = _keys(p)
    assert "voice" in p.processes
    assert p.market == "international"
    assert keys["shift:night"].must
    assert keys["language:english"].level == "c1"
    assert keys["experience:years"].years == 2
    assert "2+ years" in keys["experience:years"].evidence
    assert keys["tool:excel"].must


def test_nice_to_have_items_are_not_musts_and_offers_are_not_requirements() -> None:
    keys = _keys(parse_posting(from_text(EN), "en"))
    assert keys["tool:salesforce"].must is False
    assert "tool:zendesk" not in keys


def test_a_finnish_posting_is_read_in_finnish() -> None:
    p = parse_posting(from_text(FI), "fi")
    keys = _keys(p)
    assert "voice" in p.processes
    assert {"shift:rotational", "shift:weekend", "language:finnish", "language:english"} <= set(keys)
    assert keys["experience:years"].years == 0  # no experience required


def test_the_title_is_the_first_short_line() -> None:
    assert parse_posting(from_text(EN), "en").title.startswith("Customer Support Associate")
