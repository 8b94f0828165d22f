"""Terminal practice with Rich: a question, your answer, the explained feedback, then retry or move on."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.panel import Panel
from rich.prompt import Prompt
from rich.table import Table

from valmis.config import Settings
from valmis.i18n import translations
from valmis.practice.explain import PROCESS_NAMES, SHARED_BY, STORAGE_ERROR, category_name, input_error

Gettext = Callable[[str], str]

if TYPE_CHECKING:
    from valmis.db.models import Attempt


def print_feedback(console: Console, out: dict[str, Any], gettext: Gettext, *, example: bool = True) -> None:
    """The `public_json` feedback, readable in a terminal."""
    rubric = out["rubric"]
    if rubric.get("matched_from_text"):
        if rubric["kind"] == "question":
            if (rubric.get("similarity") or 0) >= 0.999:
                line = gettext("A bank question: %(id)s.")
            elif rubric.get("matched_by") == "meaning":
                line = gettext(
                    "Judged like the bank question it asks in other words: %(id)s (meaning, similarity %(s)s)."
                )
            else:
                line = gettext("Judged like the closest bank question: %(id)s (similarity %(s)s).")
            console.print(line % {"id": _asked(rubric, gettext), "s": rubric.get("similarity")}, style="dim")
        else:
            console.print(
                gettext("Judged with the general rubric for: %(c)s.")
                % {"c": category_name(rubric["category"], gettext)},
                style="dim",
            )
            if rubric.get("matched_by") == "meaning":
                console.print(
                    gettext("Chosen by meaning: the nearest bank question is %(id)s (similarity %(s)s).")
                    % {"id": _asked(rubric, gettext, "closest_"), "s": rubric.get("similarity")},
                    style="dim",
                )
    console.print(Panel.fit(f"[bold]{out['score']}[/]/100", title=gettext("Score")))
    # A reason that applies to most parts (a scaling) is said once, above the table, as on the page.
    counts = Counter(line for part in out["parts"] for line in part["evidence"])
    shared = [line for line, n in counts.items() if n >= SHARED_BY]
    for line in shared:
        console.print(line, style="yellow", highlight=False)
    table = Table(show_header=True, header_style="bold", expand=True)
    table.add_column(gettext("Part"), no_wrap=True)
    table.add_column(gettext("Points"), justify="right", no_wrap=True)
    table.add_column(gettext("Why"))
    for part in out["parts"]:
        lines = [line for line in part["evidence"] if line not in shared]
        table.add_row(part["label"], f"{part['points']}/{part['max']}", "\n".join(lines))
    console.print(table)
    # A red flag halves every other part: its tip comes first.
    ordered = sorted(out["parts"], key=lambda p: p["name"] != "professionalism")
    tips = [p["tip"] for p in ordered if p.get("tip")]
    if tips:
        console.print(f"[bold]{gettext('What to fix first')}[/]")
        for i, tip in enumerate(tips[:3], 1):
            console.print(f"  {i}. {tip}", highlight=False)
    if out["red_flags"]:
        console.print(f"[bold red]{gettext('Red flags')}[/]")
        for flag in out["red_flags"]:
            console.print(f"  • {flag['label']}: {flag['why']}", highlight=False)
            if flag.get("evidence"):
                console.print(f"    “{flag['evidence']}”", style="dim", highlight=False)
    if out.get("cautions"):
        console.print(f"[bold yellow]{gettext('Worth checking')}[/]")
        for caution in out["cautions"]:
            console.print(f"  • {caution['label']}: “{caution['evidence']}”", highlight=False)
    if example and out.get("example_answer"):
        console.print(
            Panel(out["example_answer"], title=gettext("An example of a strong answer"), expand=True)
        )


def _read_multiline(console: Console, gettext: Gettext) -> str | None:
    """Lines until an empty line; None at end of input or when the user types 'q'."""
    console.print(gettext("Type your answer. An empty line sends it; 'q' quits."), style="dim")
    lines: list[str] = []
    while True:
        try:
            line = input()
        except EOFError:
            return "\n".join(lines) if lines else None
        if not lines and line.strip().lower() in ("q", "quit", ":q"):
            return None
        if not line.strip():
            if lines:
                return "\n".join(lines)
            continue
        lines.append(line)


def _submit_with_retry(console: Console, gettext: Gettext, submit: Callable[[], Attempt]) -> Attempt:
    """Send the answer; while the database is busy, keep the text and offer to send it again."""
    from valmis.practice.attempts import StorageUnavailable

    while True:
        try:
            return submit()
        except StorageUnavailable:
            console.print(gettext(STORAGE_ERROR), style="red")
            try:
                input(gettext("Press Enter to send it again."))
            except EOFError:
                raise SystemExit(1) from None


def run_practice(
    settings: Settings, *, lang: str, process: str | None, market: str | None, mode: str, category: str | None
) -> None:
    from valmis.db.engine import make_engine, make_sessionmaker, upgrade
    from valmis.practice import attempts as uc
    from valmis.practice.coach import default_coach
    from valmis.practice.profiles import get_profile, update_profile
    from valmis.practice.serialize import public_json
    from valmis.practice.sessions import advance, current_question_id, start_session

    console = Console()
    gettext = translations(lang).gettext
    url = settings.resolved_database_url()
    if url.startswith("sqlite:///"):
        settings.ensure_data_dir()
    upgrade(url)
    coach = default_coach(settings.content_dir, settings.cache_dir, meaning=settings.meaning)
    with make_sessionmaker(make_engine(url))() as db:
        profile = get_profile(db)
        update_profile(db, profile, practice_lang=lang, process=process, market=market)
        bank = coach.bank(lang)
        session = start_session(db, profile, bank, mode, category=category)
        console.print(
            Panel.fit(
                gettext("Practice: %(n)s question(s) for %(p)s. Answers are saved to your history.")
                % {"n": len(session.question_ids), "p": gettext(PROCESS_NAMES[profile.process])},
                title="Valmis",
            )
        )
        qid = current_question_id(session)
        while qid is not None:
            q = bank.get(qid)
            assert q is not None
            console.rule(
                f"{session.position + 1}/{len(session.question_ids)} · "
                f"{category_name(q.category.value, gettext)}"
            )
            console.print(f"[bold]{q.text}[/]", highlight=False)
            console.print(
                gettext("Aim for %(min)s–%(max)s words.")
                % {"min": q.target.min_words, "max": q.target.max_words},
                style="dim",
            )
            previous = None
            while True:
                text = _read_multiline(console, gettext)
                if text is None:
                    console.print(gettext("Stopped. Your answers are in your history."))
                    return
                try:
                    attempt = _submit_with_retry(
                        console,
                        gettext,
                        partial(
                            uc.submit_answer,
                            db,
                            coach,
                            profile,
                            coach.resolve_id(qid, lang),
                            text,
                            lang,
                            session=session,
                            previous=previous,
                        ),
                    )
                except uc.AnswerRejected as exc:
                    console.print(
                        input_error(
                            "answer", exc.problem.code, gettext, length=len(text), limit=exc.problem.limit
                        ),
                        style="red",
                    )
                    continue
                fb = uc.feedback_of(attempt)
                if fb is None:
                    console.print(
                        gettext("Your answer is saved, but the feedback could not be made."), style="red"
                    )
                else:
                    out = public_json(fb, attempt.rubric or {}, gettext)
                    out["example_answer"] = q.strong_answer
                    print_feedback(console, out, gettext)
                    comparison = uc.compare(db, attempt)
                    if comparison and previous is not None:
                        console.print(
                            gettext("Change from your earlier try: %(n)+d points.")
                            % {"n": comparison.score_change},
                            style="bold",
                        )
                try:
                    choice = Prompt.ask(
                        gettext("r = try again, n = next question, q = quit"),
                        choices=["r", "n", "q"],
                        default="n",
                        console=console,
                    )
                except EOFError:
                    choice = "q"
                if choice == "r":
                    previous = attempt
                    continue
                if choice == "q":
                    return
                break
            qid = advance(db, session)
        console.print(gettext("Set finished. See your progress with `valmis serve` → Progress."))


def _asked(rubric: dict[str, Any], gettext: Gettext, prefix: str = "") -> str:
    """A bank question as a reader knows it: its wording in quotes, else its id."""
    text = rubric.get(f"{prefix}question_text")
    return gettext("“%(text)s”") % {"text": text} if text else str(rubric.get(f"{prefix}question_id"))
