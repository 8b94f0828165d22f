"""Your story for this job on the web: résumé upload and check, posting checklist, match, pitch,
questions and research — and bad files refused with nothing stored."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient
from tests.conftest import onboard
from tests.documents import samples

from valmis.config import Settings

POSTING = """Customer Support Associate – International Voice Process (US clients)

We are hiring customer support associates for our inbound voice process serving a US telecom client.

Requirements:
- Excellent spoken English (C1 or above)
- Willing to work night shifts and rotational week-offs
- 1 year of experience in customer service; freshers with good communication may also apply
- Typing speed of 30 wpm and working knowledge of MS Excel
- Graduate in any discipline

We offer: paid training, transport for night shifts, performance bonus.
"""


def _upload_resume(client: TestClient, data: bytes, name: str, **form: str):  # type: ignore[no-untyped-def]
    return client.post("/job/resume", files={"file": (name, data)}, data=form)


def _add_posting(client: TestClient, text: str = POSTING, **form: str):  # type: ignore[no-untyped-def]
    return client.post("/job/postings", data={"text": text, **form})


def test_an_uploaded_pdf_resume_is_stored_and_checked_part_by_part(
    client: TestClient, settings: Settings
) -> None:
    onboard(client)
    response = _upload_resume(client, samples.pdf_one_column("en"), "maria.pdf")
    assert response.status_code == 200
    assert "/job/resume/" in str(response.url)
    page = response.text
    assert 'id="score"' in page
    for part in ("Sections", "Contact details", "Measurable results", "Relevance to your track"):
        assert part in page
    assert "92% CSAT" in page  # the line a finding is about is quoted
    stored = list((settings.data_dir / "resumes").iterdir())
    assert len(stored) == 1 and stored[0].read_bytes()[:5] == b"%PDF-"


def test_a_two_column_resume_is_told_that_systems_misread_columns(client: TestClient) -> None:
    onboard(client)
    page = _upload_resume(client, samples.pdf_two_columns(), "two.pdf").text
    assert "Two columns" in page


def test_a_scanned_resume_is_refused_with_the_reason_and_nothing_is_stored(
    client: TestClient, settings: Settings
) -> None:
    onboard(client)
    response = _upload_resume(client, samples.pdf_image_only(), "scan.pdf")
    assert response.status_code == 400
    assert "scanned picture" in response.text
    assert not (settings.data_dir / "resumes").exists() or not any((settings.data_dir / "resumes").iterdir())
    assert client.get("/data/export").json()["resumes"] == []


def test_encrypted_corrupt_and_foreign_files_each_get_their_own_message(client: TestClient) -> None:
    onboard(client)
    cases = {
        "locked.pdf": (samples.pdf_encrypted(), "password"),
        "broken.pdf": (samples.pdf_corrupt(), "damaged"),
        "photo.png": (samples.png(), "cannot be read"),
        "empty.txt": (b"", "no text"),
    }
    for name, (data, words) in cases.items():
        response = _upload_resume(client, data, name)
        assert response.status_code == 400, name
        assert words in response.text, name


def test_a_resume_in_neither_english_nor_finnish_is_refused(client: TestClient) -> None:
    onboard(client)
    spanish = (
        "Experiencia profesional\nAgente de servicio al cliente en Teleperformance Madrid, 2021 - 2023.\n"
        "Atención telefónica a clientes de España y México, resolución de incidencias y ventas cruzadas.\n"
        "Educación\nLicenciatura en Administración de Empresas, Universidad Complutense.\n"
        "Idiomas\nEspañol nativo, inglés intermedio."
    )
    response = client.post("/job/resume", data={"text": spanish})
    assert response.status_code == 400
    assert "not in English or Finnish" in response.text


def test_a_huge_upload_is_refused_from_its_size_before_it_is_read(client: TestClient) -> None:
    onboard(client)
    response = _upload_resume(client, b"x" * (7 * 1024 * 1024), "huge.pdf")
    assert response.status_code == 413
    assert "limit" in response.text


def test_a_pasted_posting_becomes_a_checklist_the_user_can_correct(client: TestClient) -> None:
    onboard(client)
    response = _add_posting(client, title="CSA – US voice", company="Northwind BPO")
    assert response.status_code == 200
    page = response.text
    assert "What the job asks for" in page
    for thing in ("Night shifts", "English", "Excel"):
        assert thing in page
    posting_id = str(response.url).rstrip("/").rsplit("/", 1)[1]
    exported = client.get("/data/export").json()["job_postings"][0]
    keys = {f"{r['kind']}:{r['id']}" for r in exported["requirements"]}
    assert "tool:excel" in keys
    keep = sorted(keys - {"tool:excel"})
    client.post(
        f"/job/postings/{posting_id}/checklist",
        data={
            "keep": keep,
            "must": keep,
            "add_kind": "tool",
            "add_text": "Zendesk",
            "title": "CSA",
            "company": "NW",
        },
    )
    corrected = client.get("/data/export").json()["job_postings"][0]
    kinds = {(r["kind"], r.get("text", "")) for r in corrected["requirements"]}
    assert ("tool", "Zendesk") in kinds
    assert all(r["id"] != "excel" for r in corrected["requirements"])
    assert corrected["title"] == "CSA"


def test_the_match_shows_a_score_by_part_and_what_to_change(client: TestClient) -> None:
    onboard(client)
    _upload_resume(client, samples.pdf_one_column("en"), "maria.pdf")
    page = _add_posting(client).text
    assert 'id="match-score"' in page
    assert "What to change in your résumé" in page
    assert "night shifts" in page.lower()


def test_a_posting_with_no_text_is_refused_and_kept_in_the_box(client: TestClient) -> None:
    onboard(client)
    response = _add_posting(client, text="   \n  ", title="Kept title")
    assert response.status_code == 400
    assert "Choose a file, or paste the text." in response.text
    assert 'value="Kept title"' in response.text


def test_practice_for_a_job_starts_with_the_self_introduction(client: TestClient) -> None:
    onboard(client)
    posting = _add_posting(client)
    posting_id = str(posting.url).rstrip("/").rsplit("/", 1)[1]
    response = client.post(f"/job/postings/{posting_id}/practice")
    assert "/sessions/" in str(response.url)
    assert "Tell me about yourself" in response.text


def test_the_pitch_is_drafted_from_the_resume_edited_and_practised(client: TestClient) -> None:
    onboard(client)
    _upload_resume(client, samples.pdf_one_column("en"), "maria.pdf")
    posting = _add_posting(client, company="Northwind BPO")
    posting_id = str(posting.url).rstrip("/").rsplit("/", 1)[1]
    page = client.get(f"/job/postings/{posting_id}/pitch").text
    assert "Maria Santos" in page and "Northwind BPO" in page
    assert 'id="pitch-seconds"' in page
    edited = "Hello, I'm Maria. I handle eighty calls a day for a US telecom client. " * 3
    response = client.post(
        f"/job/postings/{posting_id}/pitch", data={"text": edited, "lang": "en", "action": "practise"}
    )
    assert "/sessions/" in str(response.url)
    assert "I handle eighty calls a day" in response.text  # the pitch waits in the answer box
    again = client.get(f"/job/postings/{posting_id}/pitch").text
    assert "I handle eighty calls a day" in again  # and is kept


def test_a_finnish_pitch_can_be_drafted_for_a_finnish_interview(client: TestClient) -> None:
    onboard(client)
    client.post("/job/resume", files={"file": ("cv.docx", samples.docx_finnish())})
    posting = _add_posting(client)
    posting_id = str(posting.url).rstrip("/").rsplit("/", 1)[1]
    page = client.get(f"/job/postings/{posting_id}/pitch?lang=fi").text
    assert "Aino Virtanen" in page
    assert 'lang="fi"' in page


def test_questions_for_the_employer_fill_what_the_posting_leaves_unclear_and_notes_are_saved(
    client: TestClient,
) -> None:
    onboard(client)
    posting = _add_posting(client, company="Northwind BPO")
    posting_id = str(posting.url).rstrip("/").rsplit("/", 1)[1]
    page = client.get(f"/job/postings/{posting_id}/employer").text
    assert "Questions to ask the employer" in page
    assert "the posting does not say" in page
    form_page = client.post(
        f"/job/postings/{posting_id}/research",
        data={"company": "Northwind BPO", "note-job-posting": "Telecom CX"},
    )
    assert form_page.status_code == 200
    research = client.get("/data/export").json()["job_postings"][0]["research"]
    assert research == {"job-posting": "Telecom CX"}


def test_an_unknown_posting_or_resume_is_a_plain_not_found(client: TestClient) -> None:
    onboard(client)
    assert client.get("/job/postings/999").status_code == 404
    assert client.get("/job/resume/999").status_code == 404
    assert client.get("/job/postings/999/pitch").status_code == 404


def test_delete_everything_removes_resume_files_and_postings(client: TestClient, settings: Settings) -> None:
    onboard(client)
    _upload_resume(client, samples.docx_one_column("en"), "cv.docx")
    _add_posting(client)
    client.post("/data/delete", data={"confirm": "yes"})
    assert not any((settings.data_dir / "resumes").iterdir())
    onboard(client)
    data = client.get("/data/export").json()
    assert data["resumes"] == [] and data["job_postings"] == []
    json.dumps(data)


def test_the_hub_page_leads_from_resume_to_posting(client: TestClient, tmp_path: Path) -> None:
    onboard(client)
    page = client.get("/job").text
    assert "Your résumé" in page and "The job you want" in page
    assert 'enctype="multipart/form-data"' in page


def test_a_resume_can_be_deleted_with_its_file(client: TestClient, settings: Settings) -> None:
    onboard(client)
    page = _upload_resume(client, samples.pdf_one_column("en"), "maria.pdf")
    resume_id = str(page.url).rstrip("/").rsplit("/", 1)[1]
    assert len(list((settings.data_dir / "resumes").iterdir())) == 1
    client.post(f"/job/resume/{resume_id}/delete")
    assert not list((settings.data_dir / "resumes").iterdir())
    assert client.get(f"/job/resume/{resume_id}").status_code == 404
