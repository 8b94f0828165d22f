from __future__ import annotations

import re

from fastapi.testclient import TestClient
from tests.conftest import onboard

GOOD_ANSWER = (
    "First I would listen without interrupting and apologise for the trouble. Then I would check the account, "
    "explain what went wrong and fix it, or escalate it to my team lead. For example, last year a customer "
    "called me three times about a double charge, so I raised a refund and called him back the same day. "
    "As a result he thanked me and stayed with us."
)


def _score(html: str) -> int:
    match = re.search(r'id="score">(\d+)<', html)
    assert match, "no score on the page"
    return int(match.group(1))


def _start(client: TestClient, mode: str = "mixed", **data: str) -> str:
    response = client.post("/practice/start", data={"mode": mode, **data})
    assert response.status_code == 200
    assert response.url.path.startswith("/sessions/")
    return response.url.path


def test_a_mixed_set_has_ten_questions_from_several_categories(client: TestClient) -> None:
    onboard(client)
    path = _start(client)
    assert "Question 1 of 10" in client.get(path).text


def test_answering_shows_feedback_with_every_part_explained(client: TestClient) -> None:
    onboard(client)
    path = _start(client, "offhand")
    response = client.post(f"{path}/answer", data={"answer": GOOD_ANSWER})
    assert response.url.path.startswith("/attempts/")
    page = response.text
    score = _score(page)
    parts = re.findall(r'<td class="pts"><span>(\d+)/(\d+)</span>', page)
    assert len(parts) == 7
    assert sum(int(p) for p, _ in parts) == score
    assert sum(int(m) for _, m in parts) == 100
    assert "An example of a strong answer" in page


def test_an_empty_answer_is_refused_and_nothing_is_stored(client: TestClient) -> None:
    onboard(client)
    path = _start(client)
    response = client.post(f"{path}/answer", data={"answer": "   \n "})
    assert response.status_code == 400
    assert "The answer is empty" in response.text
    assert "No answers yet" in client.get("/history").text


def test_a_huge_answer_is_refused_but_stays_in_the_box(client: TestClient) -> None:
    onboard(client)
    path = _start(client)
    huge = "word " * 20_000
    response = client.post(f"{path}/answer", data={"answer": huge})
    assert response.status_code == 400
    assert "too long" in response.text
    assert huge.strip() in response.text


def test_binary_junk_is_refused_with_a_plain_message(client: TestClient) -> None:
    onboard(client)
    path = _start(client)
    response = client.post(f"{path}/answer", data={"answer": "\x00\x01\x02PK\x03\x04" * 50})
    assert response.status_code == 400
    assert "does not look like an answer" in response.text


def test_a_retry_is_compared_with_the_earlier_try(client: TestClient) -> None:
    onboard(client)
    path = _start(client, "offhand")
    first = client.post(f"{path}/answer", data={"answer": "I would tell the customer to wait."})
    first_id = first.url.path.rsplit("/", 1)[1]
    retry_form = client.get(f"/attempts/{first_id}/retry").text
    assert "I would tell the customer to wait." in retry_form
    assert 'id="think"' not in retry_form  # a retry is not a surprise: no thinking timer
    second = client.post(f"/attempts/{first_id}/retry", data={"answer": GOOD_ANSWER})
    assert _score(second.text) > _score(first.text)
    assert re.search(r"Up \d+ points from your earlier try", second.text)


def test_next_moves_through_the_set_and_ends_with_a_summary(client: TestClient) -> None:
    onboard(client)
    path = _start(client, "offhand")
    client.post(f"{path}/answer", data={"answer": GOOD_ANSWER})
    done = client.post(f"{path}/next")
    assert "Set finished" in done.text
    assert re.search(r"Average score: \d+/100", done.text)


def test_a_category_set_only_has_that_category(client: TestClient, coach) -> None:  # type: ignore[no-untyped-def]
    onboard(client)
    path = _start(client, "category", category="shifts_logistics")
    page = client.get(path).text
    texts = {q.text for q in coach.bank("en").select(category="shifts_logistics")}  # type: ignore[arg-type]
    heading = re.search(r'<h1 class="question"[^>]*>(.*?)</h1>', page, re.S)
    assert heading and heading.group(1).strip().replace("&#39;", "'") in texts


def test_an_unknown_category_is_a_404(client: TestClient) -> None:
    onboard(client)
    response = client.post("/practice/start", data={"mode": "category", "category": "cooking"})
    assert response.status_code == 404


def test_a_pasted_question_is_matched_and_says_how(client: TestClient) -> None:
    onboard(client)
    response = client.post(
        "/ask", data={"question": "So, tell me a little bit about yourself?", "answer": GOOD_ANSWER}
    )
    assert response.url.path.startswith("/attempts/")
    assert "closest bank question" in response.text or "general rubric" in response.text


def test_a_wrongly_matched_pasted_question_can_be_judged_as_a_new_one(client: TestClient) -> None:
    onboard(client)
    response = client.post(
        "/ask", data={"question": "So, tell me a little bit about yourself?", "answer": GOOD_ANSWER}
    )
    path = response.url.path
    assert "closest bank question" in response.text and f'action="{path}/as-new"' in response.text
    page = client.post(f"{path}/as-new").text
    assert "You asked us to judge this as a new question" in page and "general rubric" in page
    assert f'action="{path}/as-new"' not in page
    # A later try of it keeps the choice.
    retried = client.post(f"{path}/retry", data={"answer": GOOD_ANSWER + " I learn fast."})
    assert "You asked us to judge this as a new question" in retried.text


def test_a_bank_question_asked_word_for_word_offers_no_other_judging(client: TestClient) -> None:
    onboard(client)
    response = client.post("/ask", data={"question": "Tell me about yourself.", "answer": GOOD_ANSWER})
    assert "/as-new" not in response.text


def test_history_and_progress_list_the_attempts(client: TestClient) -> None:
    onboard(client)
    path = _start(client, "offhand")
    client.post(f"{path}/answer", data={"answer": GOOD_ANSWER})
    assert client.get("/history").text.count('href="/attempts/') == 1
    progress = client.get("/progress").text
    assert "Scenarios" in progress


def test_a_failed_analysis_keeps_the_answer_and_can_be_retried(
    client: TestClient, coach, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    onboard(client)
    path = _start(client, "offhand")

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("analysis crashed")

    monkeypatch.setattr(coach, "analyse", broken)
    response = client.post(f"{path}/answer", data={"answer": GOOD_ANSWER})
    assert "feedback could not be made" in response.text
    assert "First I would listen" in response.text
    monkeypatch.undo()
    attempt_path = response.url.path
    again = client.post(f"{attempt_path}/analyse")
    assert _score(again.text) > 0


def test_feedback_pages_render_in_finnish(client: TestClient) -> None:
    onboard(client, ui_lang="fi", practice_lang="fi")
    path = _start(client, "offhand")
    page = client.get(path).text
    assert "Vastauksesi" in page
    response = client.post(
        f"{path}/answer", data={"answer": "Kuuntelisin asiakasta rauhassa ja pahoittelisin."}
    )
    assert "Miten pisteet syntyivät" in response.text


def test_a_locked_database_keeps_the_answer_in_the_box(client: TestClient, settings) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    onboard(client)
    path = _start(client, "offhand")
    holder = sqlite3.connect(settings.data_dir / "valmis.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        response = client.post(f"{path}/answer", data={"answer": GOOD_ANSWER})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert response.status_code == 503
    assert "could not be saved" in response.text
    assert GOOD_ANSWER in response.text
    retried = client.post(f"{path}/answer", data={"answer": GOOD_ANSWER})
    assert retried.url.path.startswith("/attempts/")


def test_a_red_flag_is_the_first_thing_to_fix_and_a_caution_is_shown_apart(client: TestClient) -> None:
    onboard(client)
    answer = (
        "Honestly, most callers ask silly things they could easily find on the website themselves. "
        "If they keep asking, that is not my problem. "
        "My last company never really trained anyone properly."  # the model suspects blame, unsure
    )
    response = client.post(
        "/ask",
        data={"question": "How do you handle a customer who keeps asking the same thing?", "answer": answer},
    )
    page = response.text
    fix = page.split('id="fix-heading"', 1)[1].split("</ol>", 1)[0]
    first = re.search(r"<li>(.*?)</li>", fix, re.S)
    assert first and "Rephrase or remove this" in first.group(1)
    assert 'id="caution-heading"' in page


def test_a_finnish_question_pasted_while_practising_in_english_is_judged_as_finnish(
    client: TestClient,
) -> None:
    onboard(client)
    answer = (
        "Olen Aino, ja olen tehnyt asiakaspalvelua kaksi vuotta verkkokaupan chatissa. Hoidan noin "
        "sata keskustelua päivässä, ja asiakastyytyväisyyteni on tiimin parhaita."
    )
    page = client.post("/ask", data={"question": "Kerro vähän itsestäsi.", "answer": answer}).text
    assert "and the question in" not in page  # no "your answer is in Finnish and the question in English"


def test_a_gate_that_scales_every_part_is_said_once_above_the_parts(client: TestClient) -> None:
    onboard(client)
    answer = (
        "This is a classic scenario, so de-escalation is the first priority. I would start with active "
        "listening and empathy, take complete ownership, do effective probing and root cause analysis, "
        "avoid dead air, follow the escalation matrix and give further assistance, so a detractor "
        "becomes a promoter."
    )
    page = client.post(
        "/ask", data={"question": "How would you calm down an angry customer on the phone?", "answer": answer}
    ).text
    assert page.count("Key words without substance make the rest count less") == 1
    said = page.index("Key words without substance make the rest count less")
    assert page.rindex('class="notice"', 0, said) < said < page.index('<table class="parts"')
    assert "the parts about content and form count 50 %" in page
