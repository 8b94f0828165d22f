from __future__ import annotations

import re

from fastapi.testclient import TestClient
from tests.conftest import onboard


def test_a_new_user_is_sent_to_the_welcome_page(client: TestClient) -> None:
    response = client.get("/")
    assert response.url.path == "/welcome"
    assert "Get ready for your BPO interview" in response.text


def test_onboarding_saves_the_choices_and_opens_practice(client: TestClient) -> None:
    onboard(client, process="kpo", market="domestic", level="experienced")
    page = client.get("/settings").text
    assert re.search(r'value="kpo"\s+checked', page)
    assert re.search(r'value="domestic"[^>]*checked', page)
    assert client.get("/").url.path == "/"


def test_an_invalid_choice_is_refused_with_a_message(client: TestClient) -> None:
    response = client.post(
        "/welcome", data={"practice_lang": "xx", "process": "voice", "market": "domestic", "level": "fresher"}
    )
    assert response.status_code == 400
    assert "Please choose one option" in response.text


def test_the_language_switch_turns_the_pages_finnish(client: TestClient) -> None:
    onboard(client)
    response = client.post("/lang", data={"lang": "fi", "next": "/practice"})
    assert response.url.path == "/practice"
    assert 'lang="fi"' in response.text
    assert "Valitse, mitä harjoittelet" in response.text


def test_the_language_switch_refuses_to_redirect_elsewhere(client: TestClient) -> None:
    onboard(client)
    response = client.post(
        "/lang", data={"lang": "en", "next": "https://example.com/"}, follow_redirects=False
    )
    assert response.headers["location"] == "/"


def test_the_browser_language_is_used_before_any_choice(client: TestClient) -> None:
    response = client.get("/welcome", headers={"Accept-Language": "fi-FI,fi;q=0.9,en;q=0.8"})
    assert 'lang="fi"' in response.text


def test_the_question_bank_can_be_filtered(client: TestClient) -> None:
    onboard(client)
    everything = client.get("/questions").text
    scenarios = client.get("/questions?category=scenario").text
    assert everything.count('href="/questions/') > scenarios.count('href="/questions/') > 0


def test_a_bank_question_page_shows_its_rubric(client: TestClient, coach) -> None:  # type: ignore[no-untyped-def]
    onboard(client)
    question = coach.bank("en").questions[0]
    page = client.get(f"/questions/{question.id}").text
    assert question.key_points[0].point in page.replace("&#39;", "'").replace("&amp;", "&")


def test_a_bank_question_page_shows_the_other_ways_it_is_asked(client: TestClient, coach) -> None:  # type: ignore[no-untyped-def]
    onboard(client)
    question = coach.bank("en").get("why-bpo")
    page = client.get("/questions/why-bpo").text.replace("&#39;", "'")
    assert "Also asked as" in page
    assert all(wording in page for wording in question.also_asked)


def test_a_bank_question_page_lists_the_facts_candidates_often_get_wrong(client: TestClient, coach) -> None:  # type: ignore[no-untyped-def]
    onboard(client)
    question = coach.bank("en").get("pci-dss-card-data")
    page = client.get("/questions/pci-dss-card-data").text.replace("&#39;", "'")
    assert "Facts candidates often get wrong" in page
    assert all(w.claim in page and w.correction in page for w in question.wrong_claims)


def test_a_question_someone_was_asked_finds_the_closest_bank_questions(client: TestClient) -> None:
    onboard(client)
    page = client.get("/questions", params={"q": "So why BPO?"}).text
    links = re.findall(r'href="/questions/([a-z0-9-]+)\?lang=en"', page)
    assert links[0] == "why-bpo" and 1 < len(links) <= 8
    assert "closest first" in page and 'value="So why BPO?"' in page


def test_an_empty_or_huge_search_still_shows_a_page(client: TestClient) -> None:
    onboard(client)
    everything = client.get("/questions").text
    assert client.get("/questions", params={"q": "   "}).text.count('href="/questions/') == everything.count(
        'href="/questions/'
    )
    assert client.get("/questions", params={"q": "x" * 5_000}).status_code == 200


def test_an_unknown_page_says_so_plainly(client: TestClient) -> None:
    onboard(client)
    response = client.get("/questions/no-such-question")
    assert response.status_code == 404
    assert "could not find" in response.text
    assert client.get("/attempts/4242").status_code == 404
    assert client.get("/sessions/4242").status_code == 404


def test_every_page_has_a_skip_link_and_labels(client: TestClient) -> None:
    onboard(client)
    for path in ("/", "/practice", "/questions", "/history", "/progress", "/settings", "/ask"):
        page = client.get(path).text
        assert 'href="#main"' in page, path
        for field_id in re.findall(r'<(?:textarea|input type="text")[^>]*id="([^"]+)"', page):
            assert f'for="{field_id}"' in page, (path, field_id)


def test_a_user_can_export_and_then_delete_everything(client: TestClient) -> None:
    onboard(client)
    session = client.post("/practice/start", data={"mode": "offhand"}).url.path
    client.post(
        f"{session}/answer", data={"answer": "I would listen first and then apologise to the customer."}
    )
    export = client.get("/data/export")
    assert export.headers["content-disposition"].startswith("attachment;")
    data = export.json()
    assert [a["answer_text"] for a in data["attempts"]] == [
        "I would listen first and then apologise to the customer."
    ]
    refused = client.post("/data/delete", data={})
    assert refused.status_code == 400
    assert "Tick the box" in refused.text
    done = client.post("/data/delete", data={"confirm": "yes"})
    assert done.url.path == "/welcome"
    assert client.get("/data/export").json()["attempts"] == []


def test_settings_say_which_speech_model_is_used_and_how_to_use_a_bigger_one(client) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import onboard

    onboard(client)
    page = client.get("/settings").text
    assert "bundled Whisper base model" in page
    assert "VALMIS_WHISPER_MODEL" in page
