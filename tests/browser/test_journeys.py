"""Whole user journeys in real Chromium: onboarding → answer → feedback → retry → history."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser

WEAK_EN = "I would tell the customer to wait."
STRONG_EN = (
    "First I would listen without interrupting and apologise for the trouble. Then I would check the account, "
    "explain what went wrong and fix it, or escalate it to my team lead. For example, last year a customer "
    "called me three times about a double charge, so I raised a refund and called him back the same day. "
    "As a result he thanked me and stayed with us."
)
WEAK_FI = "Sanoisin asiakkaalle, että odota."
STRONG_FI = (
    "Ensin kuuntelisin asiakasta keskeyttämättä ja pahoittelisin tilannetta. Sitten tarkistaisin tiedot, "
    "kertoisin mitä oli tapahtunut ja korjaisin asian tai siirtäisin sen esihenkilölleni. Esimerkiksi viime "
    "vuonna asiakas soitti kolme kertaa tuplaveloituksesta, joten tein hyvityksen ja soitin hänelle takaisin "
    "samana päivänä. Lopulta hän kiitti ja pysyi asiakkaana."
)


def _score(page) -> int:  # type: ignore[no-untyped-def]
    return int(page.locator("#score").inner_text())


def _journey(
    page, base: str, *, ui: str, practice: str, weak: str, strong: str, labels: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    page.goto(base + "/")
    assert page.url.endswith("/welcome")
    if ui == "fi":
        page.get_by_role("button", name="Suomeksi").click()
        page.wait_for_url(re.compile(r"/welcome$"))
    page.locator(f'input[name="ui_lang"][value="{ui}"]').check()
    page.locator(f'input[name="practice_lang"][value="{practice}"]').check()
    page.locator('input[name="process"][value="voice"]').check()
    page.locator('input[name="market"][value="international"]').check()
    page.locator('input[name="level"][value="fresher"]').check()
    page.get_by_role("button", name=labels["start"]).click()
    page.wait_for_url(re.compile(r"/practice$"))

    # An off-hand round: the think timer shows first; the user says they are ready.
    page.get_by_role("button", name=labels["offhand"]).first.click()
    page.wait_for_url(re.compile(r"/sessions/\d+$"))
    page.get_by_role("button", name=labels["ready"]).click()
    answer = page.get_by_label(labels["answer"], exact=True)
    answer.fill(weak)
    page.get_by_role("button", name=labels["submit"]).click()
    page.wait_for_url(re.compile(r"/attempts/\d+$"))
    first = _score(page)
    assert page.locator("table.parts tbody tr").count() == 7

    # Retry: the earlier answer is in the box; a better one scores higher and says so.
    page.get_by_role("link", name=labels["retry"]).click()
    answer = page.get_by_label(labels["answer"], exact=True)
    assert answer.input_value() == weak
    answer.fill(strong)
    page.get_by_role("button", name=labels["submit"]).click()
    page.wait_for_url(re.compile(r"/attempts/\d+$"))
    second = _score(page)
    assert second > first
    assert page.locator("#comparison").is_visible()

    # History lists both tries, the retry marked.
    page.get_by_role("link", name=labels["history"]).click()
    rows = page.locator("table.history tbody tr")
    assert rows.count() == 2


def test_an_english_speaker_practises_answers_gets_feedback_and_retries(page, server) -> None:  # type: ignore[no-untyped-def]
    _journey(
        page,
        server,
        ui="en",
        practice="en",
        weak=WEAK_EN,
        strong=STRONG_EN,
        labels={
            "start": "Start practising",
            "offhand": "Start an off-hand round",
            "ready": "I'm ready to answer",
            "answer": "Your answer",
            "submit": "Get feedback",
            "retry": "Try this question again",
            "history": "History",
        },
    )


def test_a_finnish_speaker_does_the_same_in_finnish(page, server) -> None:  # type: ignore[no-untyped-def]
    page.context.set_extra_http_headers({"Accept-Language": "en"})
    _journey(
        page,
        server,
        ui="fi",
        practice="fi",
        weak=WEAK_FI,
        strong=STRONG_FI,
        labels={
            "start": "Aloita harjoittelu",
            "offhand": "Aloita pikakierros",
            "ready": "Olen valmis vastaamaan",
            "answer": "Vastauksesi",
            "submit": "Pyydä palaute",
            "retry": "Yritä tätä kysymystä uudelleen",
            "history": "Historia",
        },
    )
    assert page.locator("html").get_attribute("lang") == "fi"


def test_the_keyboard_alone_reaches_the_answer_and_sends_it(page, server) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/welcome")
    page.get_by_role("button", name="Start practising").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/practice$"))
    page.get_by_role("button", name="Start mixed 10").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/sessions/\d+$"))
    page.get_by_label("Your answer", exact=True).focus()
    page.keyboard.type(STRONG_EN)
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Get feedback"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/attempts/\d+$"))
    assert _score(page) > 0
