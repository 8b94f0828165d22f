"""A spoken answer in real Chromium with a fake microphone: record → upload → transcript → correct → feedback."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.browser.conftest import BROWSER_ARGS, chromium_path
from tests.conftest import speak

pytestmark = pytest.mark.browser


@pytest.fixture
def mic_page(playwright_session, tmp_path: Path):  # type: ignore[no-untyped-def]
    wav = speak(
        "Yes, night shifts are fine for me. I worked the US shift for one year.", tmp_path / "mic.wav"
    )
    browser = playwright_session.chromium.launch(
        executable_path=chromium_path(),
        headless=True,
        args=[
            *BROWSER_ARGS,
            "--use-fake-ui-for-media-stream",
            "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-audio-capture={wav}",
        ],
    )
    context = browser.new_context(viewport={"width": 1000, "height": 900}, permissions=["microphone"])
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield page
    browser.close()


def test_a_candidate_records_an_answer_corrects_the_transcript_and_gets_feedback(mic_page, server) -> None:  # type: ignore[no-untyped-def]
    page = mic_page
    page.goto(server + "/welcome")
    page.get_by_role("button", name="Start practising").click()
    page.wait_for_url(re.compile(r"/practice$"))
    page.get_by_role("button", name="Start mixed 10").click()
    page.wait_for_url(re.compile(r"/sessions/\d+$"))
    page.get_by_role("button", name="Start recording").click()
    page.wait_for_timeout(6000)  # the fake microphone plays the file
    page.get_by_role("button", name="Stop").click()
    page.get_by_role("button", name="Use this recording").click()
    page.wait_for_url(re.compile(r"/recordings/\d+$"))
    page.get_by_label("What you said").wait_for()
    transcript = page.get_by_label("What you said")
    text = transcript.input_value()
    assert len(text.split()) >= 3, text
    transcript.fill(text + " I slept in the day.")
    page.get_by_role("button", name="Get feedback").click()
    page.wait_for_url(re.compile(r"/attempts/\d+$"))
    assert page.get_by_role("heading", name="How you spoke").is_visible()
    assert int(page.locator("#score").inner_text()) > 0
