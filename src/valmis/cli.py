"""The `valmis` command: serve the web app, practise in the terminal, get feedback, list questions."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console

from valmis.analysis.inputs import check_text
from valmis.config import Settings
from valmis.content.loader import ContentError
from valmis.db.errors import DatabaseError
from valmis.i18n import translations
from valmis.practice.explain import input_error

app = typer.Typer(
    help="Valmis: practise BPO job interviews offline, in English and Finnish.",
    no_args_is_help=True,
    add_completion=False,
)
db_app = typer.Typer(help="Database tasks.", no_args_is_help=True)
app.add_typer(db_app, name="db")
data_app = typer.Typer(help="Your data: export it or delete it.", no_args_is_help=True)
app.add_typer(data_app, name="data")

from valmis.cli_story import job_app, resume_app  # noqa: E402  (the sub-commands need `app` first)

app.add_typer(resume_app, name="resume")
app.add_typer(job_app, name="job")

MAX_FILE_BYTES = 1_000_000
LangOpt = Annotated[str, typer.Option("--lang", "-l", help="Language: en or fi.")]


def fail(message: str, code: int = 1) -> NoReturn:
    Console(stderr=True).print(f"[bold red]Error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def _announce_first_build(count: int) -> None:
    Console(stderr=True).print(
        f"Preparing the question bank for meaning-based feedback ({count} texts, once; about a minute)…",
        style="dim",
    )


def _coach(settings: Settings) -> Any:
    """The process's coach, saying so when its one-off preparation is about to take a while."""
    from valmis.practice.coach import default_coach

    coach = default_coach(settings.content_dir, settings.cache_dir, meaning=settings.meaning)
    coach.on_first_build = _announce_first_build
    return coach


def _check_lang(lang: str) -> str:
    if lang not in ("en", "fi"):
        fail(f"unknown language '{lang}': use en or fi.", 2)
    return lang


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
) -> None:
    """Start the web app (migrates the database first) on http://127.0.0.1:8000."""
    import uvicorn

    from valmis.content.models import Lang
    from valmis.web.app import create_app

    settings = Settings()
    try:
        coach = _coach(settings)
        for lang in Lang:
            coach.bank(lang)  # a broken content pack stops here, with the file and field named
        web = create_app(settings, coach=coach)
    except (DatabaseError, ContentError) as exc:
        fail(str(exc))
    host = host or settings.host
    port = port or settings.port
    if coach.lemmatizer("fi").approximate:
        Console(stderr=True).print(
            "Note: Voikko is not installed (Debian packages libvoikko1 and voikko-fi), so Finnish word forms "
            "are matched approximately. Everything else works."
        )
    Console(stderr=True).print(f"Valmis is ready on [bold]http://{host}:{port}[/] (Ctrl+C stops it)")
    uvicorn.run(web, host=host, port=port, log_level="warning")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create or update the database schema."""
    from valmis.db.engine import upgrade

    settings = Settings()
    url = settings.resolved_database_url()
    try:
        upgrade(url)
    except DatabaseError as exc:
        fail(str(exc))
    typer.echo(f"Database ready: {url}")


def _open_db() -> Any:
    from valmis.db.engine import make_engine, make_sessionmaker, upgrade

    settings = Settings()
    url = settings.resolved_database_url()
    if url.startswith("sqlite:///"):
        settings.ensure_data_dir()
    try:
        upgrade(url)
    except DatabaseError as exc:
        fail(str(exc))
    return make_sessionmaker(make_engine(url))()


@data_app.command("export")
def data_export(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file (default: stdout).")
    ] = None,
) -> None:
    """Everything Valmis stores about you (answers, feedback, settings) as one JSON document."""
    from valmis.practice.data import export_all

    with _open_db() as db:
        text = json.dumps(export_all(db), ensure_ascii=False, indent=2)
    if output is None:
        typer.echo(text)
        return
    try:
        output.write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror or exc}")
    Console(stderr=True).print(f"Exported to {output}")


@data_app.command("delete")
def data_delete(
    yes: Annotated[bool, typer.Option("--yes", help="Confirm: delete everything.")] = False,
) -> None:
    """Delete all your answers, history and settings. There is no undo."""
    from valmis.practice.data import delete_all

    if not yes:
        fail("this deletes all your answers, history and settings; add --yes to confirm.", 2)
    with _open_db() as db:
        count = delete_all(db, Settings().data_dir)
    Console(stderr=True).print(f"Deleted {count} answers and your settings.")


def _read_answer(answer: str | None, answer_file: Path | None, lang: str) -> str:
    gettext = translations(lang).gettext
    if answer is not None and answer_file is not None:
        fail("give either --answer or --answer-file, not both.", 2)
    if answer_file is not None:
        if str(answer_file) == "-":
            return sys.stdin.read()
        try:
            data = answer_file.read_bytes()[: MAX_FILE_BYTES + 1]
        except OSError as exc:
            fail(f"cannot read {answer_file}: {exc.strerror or exc}")
        if len(data) > MAX_FILE_BYTES:
            fail(input_error("answer", "too_long", gettext, length=len(data), limit=20_000))
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            fail(f"{answer_file}: " + input_error("answer", "not_text", gettext))
    if answer is None:
        fail("give the answer with --answer TEXT or --answer-file FILE.", 2)
    return answer


@app.command()
def feedback(
    question: Annotated[str | None, typer.Option("--question", "-q", help="The question, as text.")] = None,
    question_id: Annotated[str | None, typer.Option("--question-id", help="A bank question id.")] = None,
    answer: Annotated[str | None, typer.Option("--answer", "-a", help="The answer, as text.")] = None,
    answer_file: Annotated[
        Path | None, typer.Option("--answer-file", help="Read the answer from a file (- for stdin).")
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang", "-l", help="Language: en or fi (default: the language of the question, else en)."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    audio: Annotated[
        Path | None,
        typer.Option("--audio", help="A recorded answer (wav, mp3, m4a, ogg, webm): transcribe, then coach."),
    ] = None,
    batch: Annotated[
        Path | None,
        typer.Option(
            "--batch", help="A JSONL file: one {question|question_id, answer, lang} per line (- for stdin)."
        ),
    ] = None,
    as_new: Annotated[
        bool,
        typer.Option(
            "--as-new", help="Judge a pasted question as none of the bank's, with its kind's general rubric."
        ),
    ] = False,
) -> None:
    """Feedback on one answer: the score, each part with its evidence, the key points covered and missed."""
    if batch is not None:
        _feedback_batch(batch, lang or "en", as_json)
        return
    if lang is None:
        from valmis.analysis.language import language_of

        # A question typed in Finnish is practised in Finnish: its bank, its rubric, the feedback's words.
        lang = language_of(question, "en") if question else "en"
    if audio is not None:
        _feedback_audio(audio, question, question_id, _check_lang(lang), as_json)
        return
    from valmis.practice import attempts as uc
    from valmis.practice.coach import UnknownQuestion
    from valmis.practice.serialize import public_json

    lang = _check_lang(lang)
    gettext = translations(lang).gettext
    if not question and not question_id:
        fail("give the question with --question TEXT or --question-id ID.", 2)
    text = _read_answer(answer, answer_file, lang)
    problem = check_text(text)
    if problem:
        fail(input_error("answer", problem.code, gettext, length=len(text), limit=problem.limit))
    settings = Settings()
    coach = _coach(settings)
    try:
        resolved = uc.resolve(coach, lang, question_id=question_id, question_text=question, as_new=as_new)
    except UnknownQuestion:
        fail(f"no question with id '{question_id}' (see `valmis questions`).")
    except uc.AnswerRejected as exc:
        fail(
            input_error(
                exc.field, exc.problem.code, gettext, length=len(question or ""), limit=exc.problem.limit
            )
        )
    except ContentError as exc:
        fail(str(exc))
    fb = coach.analyse(text, resolved, lang)
    out = public_json(fb, resolved.describe(), gettext)
    out["question"] = resolved.question_text
    out["example_answer"] = resolved.example_answer()
    if as_json:
        typer.echo(json.dumps(out, ensure_ascii=False))
        return
    from valmis.terminal import print_feedback

    print_feedback(Console(), out, gettext)


def _transcriber(settings: Settings) -> Any:
    from valmis.practice.speaking import default_transcriber

    return default_transcriber(settings.whisper_model, settings.cache_dir)


def _transcribe_or_fail(path: Path, lang: str) -> Any:
    from valmis.practice.speaking import transcribe_file
    from valmis.speech import SpeechUnavailable
    from valmis.speech.audio import AudioError

    try:
        return transcribe_file(path, lang, _transcriber(Settings()))
    except AudioError as exc:
        fail(f"{path}: {exc}")
    except SpeechUnavailable as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot read {path}: {exc.strerror or exc}")


@app.command()
def transcribe(
    file: Annotated[Path, typer.Argument(help="A recording: wav, mp3, m4a, ogg or webm.")],
    lang: LangOpt = "en",
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Transcribe a recorded answer offline, in the language you give, with word timings."""
    from valmis.practice.serialize import words_json

    lang = _check_lang(lang)
    transcript = _transcribe_or_fail(file, lang)
    if as_json:
        out = {
            "text": transcript.text,
            "language": transcript.language,
            "seconds": transcript.seconds,
            "words": words_json(transcript.words),
        }
        typer.echo(json.dumps(out, ensure_ascii=False))
        return
    typer.echo(transcript.text)


def _feedback_audio(
    path: Path, question: str | None, question_id: str | None, lang: str, as_json: bool
) -> None:
    from valmis.practice import attempts as uc
    from valmis.practice.coach import UnknownQuestion
    from valmis.practice.serialize import delivery_json, public_json, words_json
    from valmis.practice.speaking import spoken_feedback

    gettext = translations(lang).gettext
    if not question and not question_id:
        fail("give the question with --question TEXT or --question-id ID.", 2)
    coach = _coach(Settings())
    try:
        resolved = uc.resolve(coach, lang, question_id=question_id, question_text=question)
    except UnknownQuestion:
        fail(f"no question with id '{question_id}' (see `valmis questions`).")
    except uc.AnswerRejected as exc:
        fail(input_error(exc.field, exc.problem.code, gettext, limit=exc.problem.limit))
    transcript = _transcribe_or_fail(path, lang)
    if not transcript.text.strip():
        fail(f"{path}: no speech was recognised in the recording.")
    spoken = spoken_feedback(coach, resolved, transcript, lang)
    out = public_json(spoken.feedback, resolved.describe(), gettext)
    out["question"] = resolved.question_text
    out["example_answer"] = resolved.example_answer()
    out["transcript"] = transcript.text
    out["words"] = words_json(transcript.words)
    out["delivery"] = delivery_json(spoken.delivery, gettext)
    if as_json:
        typer.echo(json.dumps(out, ensure_ascii=False))
        return
    from valmis.terminal import print_feedback

    console = Console()
    label = gettext("Transcript")
    console.print(f"[bold]{label}[/]: {transcript.text}", highlight=False)
    for finding in out["delivery"]["findings"]:
        where = f" ({finding['start']:.1f} s)" if finding.get("start") is not None else ""
        console.print(f"  • {finding['text']}{where}", highlight=False)
    print_feedback(console, out, gettext)


def _batch_lines(path: Path) -> Any:
    if str(path) == "-":
        yield from sys.stdin
        return
    try:
        with path.open(encoding="utf-8", errors="replace") as fh:
            yield from fh
    except OSError as exc:
        fail(f"cannot read {path}: {exc.strerror or exc}")


def _feedback_batch(path: Path, default_lang: str, as_json: bool) -> None:
    """One result per input line, the model loaded once; a bad line gets an error object, the rest go on."""
    from valmis.practice.batch import judge_line

    settings = Settings()

    coach = _coach(settings)
    rows = []
    for number, line in enumerate(_batch_lines(path), 1):
        if not line.strip():
            continue
        result = judge_line(coach, line, default_lang=default_lang, line_number=number)
        if as_json:
            typer.echo(json.dumps(result, ensure_ascii=False))
        else:
            rows.append(result)
    if not as_json:
        from rich.table import Table

        judged = [r["score"] for r in rows if "score" in r]
        errors = len(rows) - len(judged)
        caption = f"{len(judged)} answer{'s' if len(judged) != 1 else ''} judged"
        if judged:
            caption += f" · mean score {sum(judged) / len(judged):.0f}"
        if errors:
            caption += f" · {errors} line{'s' if errors != 1 else ''} with an error"
        table = Table("line", "score", "rubric", "red flags", "error", caption=caption)
        for r in rows:
            rubric = r.get("rubric") or {}
            table.add_row(
                str(r["line"]),
                str(r.get("score", "")),
                str(rubric.get("question_id") or rubric.get("category") or ""),
                ", ".join(f["id"] for f in r.get("red_flags") or []),
                r.get("error") or "",
            )
        Console().print(table)


def _parse_track(track: str | None) -> tuple[str | None, str | None]:
    if not track:
        return None, None
    process, _, market = track.partition("-")
    if process not in ("voice", "nonvoice", "kpo") or market not in ("", "domestic", "international"):
        fail(
            f"unknown track '{track}': use PROCESS or PROCESS-MARKET, e.g. voice-international, kpo-domestic.",
            2,
        )
    return process, market or None


@app.command()
def questions(
    lang: LangOpt = "en",
    track: Annotated[
        str | None, typer.Option(help="voice, nonvoice or kpo, optionally -domestic or -international.")
    ] = None,
    category: Annotated[str | None, typer.Option(help="A category id, e.g. scenario.")] = None,
    level: Annotated[str | None, typer.Option(help="fresher or experienced.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the question bank."""
    from valmis.content.models import Category, Level, Market, Process
    from valmis.practice.coach import default_coach
    from valmis.practice.explain import category_name

    lang = _check_lang(lang)
    process, market = _parse_track(track)
    if category and category not in {c.value for c in Category}:
        fail(f"unknown category '{category}': one of {', '.join(c.value for c in Category)}.", 2)
    if level and level not in {lv.value for lv in Level}:
        fail("unknown level: use fresher or experienced.", 2)
    try:
        bank = default_coach(Settings().content_dir, meaning=False).bank(lang)
    except ContentError as exc:
        fail(str(exc))
    found = bank.select(
        process=Process(process) if process else None,
        market=Market(market) if market else None,
        level=Level(level) if level else None,
        category=Category(category) if category else None,
    )
    if as_json:
        rows: list[dict[str, Any]] = [
            q.model_dump(
                mode="json", include={"id", "category", "processes", "markets", "levels", "text", "structure"}
            )
            for q in found
        ]
        typer.echo(json.dumps(rows, ensure_ascii=False))
        return
    from rich.table import Table

    gettext = translations(lang).gettext
    table = Table(title=f"{len(found)} / {len(bank.questions)}", show_lines=False)
    table.add_column("id", style="dim", no_wrap=True)
    table.add_column(gettext("Category"))
    table.add_column(gettext("Question"))
    for q in found:
        table.add_row(q.id, category_name(q.category.value, gettext), q.text)
    Console().print(table)


@app.command()
def practice(
    lang: LangOpt = "en",
    track: Annotated[
        str | None, typer.Option(help="voice, nonvoice or kpo, optionally -domestic or -international.")
    ] = None,
    category: Annotated[str | None, typer.Option(help="Practise one category.")] = None,
    mode: Annotated[str, typer.Option(help="mixed, track, category or offhand.")] = "mixed",
) -> None:
    """Practise in the terminal: a question, your answer, the feedback; answers go to your history."""
    from valmis.terminal import run_practice

    lang = _check_lang(lang)
    process, market = _parse_track(track)
    if category:
        mode = "category"
    if mode not in ("mixed", "track", "category", "offhand"):
        fail("unknown mode: use mixed, track, category or offhand.", 2)
    try:
        run_practice(Settings(), lang=lang, process=process, market=market, mode=mode, category=category)
    except (DatabaseError, ContentError) as exc:
        fail(str(exc))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
