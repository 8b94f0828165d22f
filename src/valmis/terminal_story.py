"""The résumé check, posting checklist and match printed for a person at a terminal."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from valmis.analysis.jobterms import label
from valmis.practice.explain import Gettext
from valmis.story.explain import CHECK_PARTS, KIND_NAMES, MATCH_PARTS


def _notes(console: Console, part: dict[str, Any]) -> None:
    for note in part["notes"]:
        quote = f"  [dim]“{note['quote']}”[/]" if note.get("quote") else ""
        console.print(f"   • {note['message']}{quote}", highlight=False)
    if part.get("tip"):
        console.print(f"   [green]→ {part['tip']['message']}[/]", highlight=False)


def print_check(console: Console, check: dict[str, Any], gettext: Gettext, lang: str) -> None:
    title = gettext("Résumé check")
    console.print(f"\n[bold]{title}: {check['score']}/100[/]")
    for part in check["parts"]:
        name = gettext(CHECK_PARTS.get(part["name"], part["name"]))
        console.print(f"\n[bold]{name}[/] {part['points']}/{part['max']}")
        _notes(console, part)


def print_posting(console: Console, posting: dict[str, Any], gettext: Gettext, lang: str) -> None:
    title = posting["title"] or gettext("Job posting")
    console.print(f"\n[bold]{title}[/]")
    table = Table(show_header=True, header_style="bold")
    table.add_column(gettext("Kind"))
    table.add_column(gettext("What"))
    table.add_column(gettext("Must"))
    for req in posting["requirements"]:
        what = req.get("label") or req.get("text") or label(req["id"], lang)
        if req.get("years") is not None:
            what = f"{req['years']:g} y" if req["years"] else gettext("Freshers welcome")
        table.add_row(gettext(KIND_NAMES.get(req["kind"], req["kind"])), what, "✓" if req["must"] else "")
    console.print(table)


def print_match(
    console: Console, posting: dict[str, Any], match: dict[str, Any], gettext: Gettext, lang: str
) -> None:
    title = gettext("Match with the posting")
    console.print(f"\n[bold]{title}: {match['score']}/100[/]")
    for part in match["parts"]:
        name = gettext(MATCH_PARTS.get(part["name"], part["name"]))
        if not part["asked"]:
            not_asked = gettext("not asked")
            console.print(f"\n[bold]{name}[/] [dim]{not_asked}[/]")
            continue
        console.print(f"\n[bold]{name}[/] {part['points']}/{part['max']}")
        for e in part["evidence"]:
            quote = f"  [dim]“{e['line']}”[/]" if e.get("line") else ""
            mark = "✓" if e["met"] >= 1 else ("~" if e["met"] > 0 else "✗")
            console.print(f"   {mark} {e['note']['message']}{quote}", highlight=False)
    if match["missing"]:
        heading = gettext("What to change in your résumé")
        console.print(f"\n[bold]{heading}[/]")
        for m in match["missing"]:
            console.print(f"   → {m['suggestion']['message']}", highlight=False)
