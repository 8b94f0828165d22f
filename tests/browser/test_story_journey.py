"""The job journey in real Chromium: upload résumé → paste posting → see the match → build the pitch
→ practise it, at phone width; and the pages at desktop width, saved as screenshots to look at."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from tests.analysis.test_posting import EN as POSTING
from tests.documents import samples

pytestmark = pytest.mark.browser
SHOTS = os.environ.get("VALMIS_SCREENSHOTS")  # a folder: save a PNG of each page there


def _shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)


def _onboard(page, server: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/welcome")
    page.get_by_role("button", name="Start practising").click()
    page.wait_for_url(re.compile(r"/practice$"))


@pytest.mark.parametrize("width", [390, 1280])
def test_a_candidate_goes_from_resume_to_practising_their_pitch(
    page, server, tmp_path: Path, width: int
) -> None:  # type: ignore[no-untyped-def]
    page.set_viewport_size({"width": width, "height": 900})
    _onboard(page, server)
    page.get_by_role("link", name="Your job").click()
    page.wait_for_url(re.compile(r"/job$"))
    _shot(page, f"job-{width}")

    cv = tmp_path / "maria-santos.pdf"
    cv.write_bytes(samples.pdf_two_columns())
    page.get_by_label("Résumé file (PDF, DOCX or TXT, up to 5 MB)").set_input_files(str(cv))
    page.get_by_role("button", name="Check my résumé").click()
    page.wait_for_url(re.compile(r"/job/resume/\d+$"))
    assert int(page.locator("#score").inner_text()) > 0
    assert page.get_by_text("Two columns").first.is_visible()
    _shot(page, f"resume-{width}")

    page.get_by_role("link", name="Next: add the job you want").click()
    page.get_by_label("Paste the job posting").fill(POSTING)
    page.get_by_label("Company (optional)").fill("Northwind BPO")
    page.get_by_role("button", name="Read the posting").click()
    page.wait_for_url(re.compile(r"/job/postings/\d+$"))
    assert page.locator("#match-score").is_visible()
    assert page.locator("#missing li").count() > 0
    _shot(page, f"posting-{width}")

    page.locator("#build-pitch").click()
    page.wait_for_url(re.compile(r"/pitch"))
    box = page.get_by_label("Your pitch")
    assert "Northwind BPO" in box.input_value()
    box.fill(box.input_value() + " I am ready to start on night shifts from next month.")
    words = int(page.locator("#pitch-words").inner_text())
    assert words > 60  # the count follows the edit, in the page
    _shot(page, f"pitch-{width}")
    page.locator("#practise-pitch").click()
    page.wait_for_url(re.compile(r"/sessions/\d+"))
    answer = page.get_by_label("Your answer", exact=True)
    assert "night shifts from next month" in answer.input_value()
    page.get_by_role("button", name="Get feedback").click()
    page.wait_for_url(re.compile(r"/attempts/\d+$"))
    assert int(page.locator("#score").inner_text()) > 0


def test_questions_for_the_employer_and_research_notes(page, server) -> None:  # type: ignore[no-untyped-def]
    page.set_viewport_size({"width": 390, "height": 900})
    _onboard(page, server)
    page.goto(server + "/job")
    page.get_by_label("Paste the job posting").fill(POSTING)
    page.get_by_role("button", name="Read the posting").click()
    page.wait_for_url(re.compile(r"/job/postings/\d+$"))
    page.get_by_role("link", name="Prepare").click()
    assert page.locator("#employer-questions li").count() >= 3
    note = page.locator("textarea").first
    note.fill("They run UK telecom support from two sites.")
    page.get_by_role("button", name="Save my notes").click()
    page.wait_for_url(re.compile(r"saved=1"))
    assert page.locator("textarea").first.input_value() == "They run UK telecom support from two sites."
    _shot(page, "employer-390")
