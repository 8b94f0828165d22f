"""`valmis resume check` and `valmis job parse`: the résumé check and the job match in the terminal."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from valmis.config import Settings
from valmis.i18n import translations

resume_app = typer.Typer(
    help="Your résumé: check it, and match it against a job posting.", no_args_is_help=True
)
job_app = typer.Typer(help="Job postings: read what a posting asks for.", no_args_is_help=True)

TRACKS = ("voice", "nonvoice", "kpo")


def _fail(message: str, code: int = 1) -> None:
    from valmis.cli import fail

    fail(message, code)


def _read_bytes(path: Path) -> bytes:
    from valmis.documents import MAX_BYTES

    try:
        if str(path) == "-":
            return sys.stdin.buffer.read(MAX_BYTES + 1)
        size = path.stat().st_size
        if size > MAX_BYTES:
            # Refuse before reading: a 200 MB file is not read into memory.
            from valmis.story.explain import error_text

            _fail(f"{path}: " + error_text("too_large", {"size": size, "limit": MAX_BYTES}, lambda s: s))
        return path.read_bytes()
    except IsADirectoryError:
        _fail(f"{path} is a folder, not a file.")
    except FileNotFoundError:
        _fail(f"no such file: {path}")
    except OSError as exc:
        _fail(f"cannot read {path}: {exc.strerror or exc}")
    raise AssertionError  # unreachable: _fail exits


def _document(path: Path) -> Any:
    from valmis.story.explain import error_text
    from valmis.story.resumes import Rejected, read_upload

    data = _read_bytes(path)
    try:
        return read_upload(data, path.name)
    except Rejected as exc:
        _fail(f"{path}: " + error_text(exc.code, exc.params, lambda s: s))


def _with_messages(node: Any, gettext: Any, lang: str) -> Any:
    """Every note in the JSON gets its `message`, in the output language."""
    from valmis.story.explain import describe

    if isinstance(node, dict):
        out = {k: _with_messages(v, gettext, lang) for k, v in node.items()}
        if "code" in node and "params" in node:
            out["message"] = describe(node, gettext, lang)
        return out
    if isinstance(node, list):
        return [_with_messages(v, gettext, lang) for v in node]
    return node


def _posting(path: Path) -> tuple[Any, Any]:
    from valmis.story.explain import error_text
    from valmis.story.postings import parse_document
    from valmis.story.resumes import Rejected

    doc = _document(path)
    try:
        return doc, parse_document(doc)
    except Rejected as exc:
        _fail(f"{path}: " + error_text(exc.code, exc.params, lambda s: s))
    raise AssertionError


@resume_app.command("check")
def resume_check(
    file: Annotated[Path, typer.Argument(help="Your résumé: PDF, DOCX or TXT (5 MB at most).")],
    job: Annotated[
        Path | None, typer.Option("--job", help="A job posting (PDF, DOCX or TXT) to match against.")
    ] = None,
    track: Annotated[str, typer.Option("--track", help="voice, nonvoice or kpo.")] = "voice",
    lang: Annotated[
        str | None, typer.Option("--lang", "-l", help="Language of the messages: en or fi.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Check a résumé part by part; with --job, match it against the posting and say what to change."""
    from valmis.analysis.resume import read_resume
    from valmis.story.explain import error_text
    from valmis.story.resumes import Rejected, check_document, document_language
    from valmis.story.serialize import check_json, match_json, posting_json

    if track not in TRACKS:
        _fail(f"unknown track '{track}': use voice, nonvoice or kpo.", 2)
    if lang is not None and lang not in ("en", "fi"):
        _fail(f"unknown language '{lang}': use en or fi.", 2)
    doc = _document(file)
    try:
        doc_lang = document_language(doc)
    except Rejected as exc:
        _fail(f"{file}: " + error_text(exc.code, exc.params, lambda s: s))
    out_lang = lang or doc_lang
    gettext = translations(out_lang).gettext
    check = check_document(doc, track, doc_lang)
    out: dict[str, Any] = {"file": str(file), "resume": check_json(check)}
    if job is not None:
        from valmis.analysis.jobmatch import match
        from valmis.story.meaning import meaning_for

        _, posting = _posting(job)
        settings = Settings()
        from valmis.cli import _coach

        meaning = meaning_for(_coach(settings)) if settings.meaning else None
        result = match(read_resume(doc, doc_lang), posting, meaning)
        out["posting"] = posting_json(posting)
        out["match"] = match_json(result)
    out = _with_messages(out, gettext, out_lang)
    if as_json:
        typer.echo(json.dumps(out, ensure_ascii=False))
        return
    from valmis.terminal_story import print_check, print_match

    console = Console()
    print_check(console, out["resume"], gettext, out_lang)
    if "match" in out:
        print_match(console, out["posting"], out["match"], gettext, out_lang)


@job_app.command("parse")
def job_parse(
    file: Annotated[Path, typer.Argument(help="The job posting: PDF, DOCX or TXT (- for stdin).")],
    lang: Annotated[
        str | None, typer.Option("--lang", "-l", help="Language of the labels: en or fi.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """What a posting asks for: process, market, shifts, languages, skills, tools, experience, education."""
    from valmis.story.serialize import posting_json

    if lang is not None and lang not in ("en", "fi"):
        _fail(f"unknown language '{lang}': use en or fi.", 2)
    _, posting = _posting(file)
    out_lang = lang or posting.lang
    out = posting_json(posting)
    from valmis.analysis.jobterms import label

    for req in out["requirements"]:
        req["label"] = req.get("text") or label(req["id"], out_lang)
    if as_json:
        typer.echo(json.dumps(out, ensure_ascii=False))
        return
    from valmis.terminal_story import print_posting

    print_posting(Console(), out, translations(out_lang).gettext, out_lang)
