from __future__ import annotations

from fastapi.testclient import TestClient


def test_the_api_gives_the_same_feedback_shape_as_the_cli(client: TestClient, coach) -> None:  # type: ignore[no-untyped-def]
    question = coach.bank("en").questions[0]
    qid = question.id
    response = client.post(
        "/api/feedback", json={"question_id": qid, "answer": "I am a hard worker.", "lang": "en"}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["score"] == sum(p["points"] for p in body["parts"])
    assert body["rubric"] == {
        "kind": "question",
        "category": body["rubric"]["category"],
        "question_id": qid,
        "question_text": question.text,
        "matched_from_text": False,
    }


def test_the_api_refuses_an_empty_answer(client: TestClient) -> None:
    response = client.post("/api/feedback", json={"question": "Why BPO?", "answer": "", "lang": "en"})
    assert response.status_code == 422
    assert "empty" in response.json()["error"]


def test_the_api_says_when_a_question_id_is_unknown(client: TestClient) -> None:
    response = client.post(
        "/api/feedback", json={"question_id": "nope", "answer": "Hello there", "lang": "en"}
    )
    assert response.status_code == 404


def test_the_api_lists_questions_in_each_language(client: TestClient) -> None:
    en = client.get("/api/questions?lang=en").json()
    fi = client.get("/api/questions?lang=fi").json()
    assert [q["id"] for q in en] == [q["id"] for q in fi]
    assert en[0]["text"] != fi[0]["text"]


def test_a_pasted_question_can_be_judged_as_none_of_the_banks(client: TestClient) -> None:
    body = {
        "question": "So, tell me a little bit about yourself?",
        "answer": "I studied trade and I like people.",
    }
    matched = client.post("/api/feedback", json=body).json()
    assert matched["rubric"]["kind"] == "question"
    new = client.post("/api/feedback", json={**body, "as_new": True}).json()
    assert (new["rubric"]["kind"], new["rubric"]["as_new"]) == ("category", True)
