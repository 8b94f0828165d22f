"""`valmis resume check` and `valmis job parse` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.analysis.test_posting import EN as POSTING
from tests.analysis.test_posting import FI as POSTING_FI
from tests.documents import samples
from typer.testing import CliRunner

from valmis.cli import app

runner = CliRunner()


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    out = {
        "cv.pdf": samples.pdf_one_column("en", pages=2),
        "cv_fi.docx": samples.docx_finnish(),
        "scan.pdf": samples.pdf_image_only(),
        "locked.pdf": samples.pdf_encrypted(),
        "really-docx.pdf": samples.docx_one_column("en"),
        "job.txt": POSTING.encode(),
        "job_fi.txt": POSTING_FI.encode(),
        "empty.txt": b"   \n",
    }
    for name, data in out.items():
        (tmp_path / name).write_bytes(data)
    return {name: tmp_path / name for name in out}


def test_resume_check_json_has_a_score_made_of_explained_parts(files: dict[str, Path]) -> None:
    result = runner.invoke(app, ["resume", "check", str(files["cv.pdf"]), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)["resume"]
    assert out["score"] == sum(p["points"] for p in out["parts"])
    assert out["facts"]["pages"] == 2
    assert all(n["message"] for p in out["parts"] for n in p["notes"])


def test_with_a_job_the_json_has_a_stable_match_object(files: dict[str, Path]) -> None:
    result = runner.invoke(
        app, ["resume", "check", str(files["cv.pdf"]), "--job", str(files["job.txt"]), "--json"]
    )
    assert result.exit_code == 0, result.output
    match = json.loads(result.stdout)["match"]
    assert 0 <= match["score"] <= 100
    assert {"name", "points", "max", "asked", "evidence"} <= set(match["parts"][0])
    assert all({"requirement", "suggestion"} <= set(m) for m in match["missing"])
    assert any(m["requirement"]["kind"] == "shift" for m in match["missing"])


def test_the_terminal_report_reads_as_sentences(files: dict[str, Path]) -> None:
    result = runner.invoke(
        app, ["resume", "check", str(files["cv_fi.docx"]), "--job", str(files["job_fi.txt"])]
    )
    assert result.exit_code == 0, result.output
    assert "Match" in result.stdout or "Vastaavuus" in result.stdout or "/100" in result.stdout


def test_a_docx_named_pdf_is_read_and_the_name_mismatch_is_noted(files: dict[str, Path]) -> None:
    result = runner.invoke(app, ["resume", "check", str(files["really-docx.pdf"]), "--json"])
    assert result.exit_code == 0, result.output
    layout = next(p for p in json.loads(result.stdout)["resume"]["parts"] if p["name"] == "layout")
    assert any(n["code"] == "resume.layout.extension" for n in layout["notes"])


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("scan.pdf", "scanned picture"),
        ("locked.pdf", "password"),
        ("empty.txt", "no text"),
        ("nope.pdf", "no such file"),
    ],
)
def test_unusable_files_exit_with_a_plain_reason(
    files: dict[str, Path], tmp_path: Path, name: str, words: str
) -> None:
    result = runner.invoke(app, ["resume", "check", str(tmp_path / name)])
    assert result.exit_code == 1
    assert words in result.output


def test_job_parse_lists_what_the_posting_asks_for(files: dict[str, Path]) -> None:
    result = runner.invoke(app, ["job", "parse", str(files["job.txt"]), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["process"] == ["voice"] and out["market"] == "international"
    kinds = {(r["kind"], r["id"]) for r in out["requirements"]}
    assert {("shift", "night"), ("language", "english"), ("tool", "excel")} <= kinds
    assert all(r["label"] for r in out["requirements"])


def test_a_posting_with_no_text_is_refused(files: dict[str, Path]) -> None:
    result = runner.invoke(app, ["job", "parse", str(files["empty.txt"])])
    assert result.exit_code == 1
    assert "no text" in result.output
