"""Pasted questions ↔ the bank (eval/questions): is a question the bank already has, in other words,
matched to that bank question — and is a new question left to its category's general rubric?

`paraphrases.jsonl` holds recruiters' rewordings of bank questions (`question_id`) and new questions
(`question_id: null`); the pasted questions of the graded set (eval/data) are new questions too.
Each carries its split; tune on dev only.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from valmis.evaluation import load_items
from valmis.practice.coach import Coach

ROOT = Path(__file__).parent


def load(split: str) -> list[dict[str, Any]]:
    rows = [
        json.loads(line)
        for line in (ROOT / "questions" / "paraphrases.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    seen = {(r["lang"], r["text"]) for r in rows}
    for item in load_items(sorted((ROOT / "data").glob("*.jsonl"))):
        key = (item.question_lang, item.question or "")
        if item.question and key not in seen:
            seen.add(key)
            rows.append(
                {"lang": item.question_lang, "text": item.question, "question_id": None, "split": item.split}
            )
    return [r for r in rows if r["split"] == split]


def outcome(coach: Coach, row: dict[str, Any]) -> str:
    resolved = coach.resolve_text(row["text"], row["lang"])
    got = resolved.question.id if resolved.question else None
    by = resolved.match.by if resolved.match else "words"
    if row["question_id"]:
        if got == row["question_id"]:
            return f"right ({by})"
        return "another question" if got else "left general"
    return "left general" if got is None else f"matched {got} ({by})"


def report(coach: Coach, split: str) -> dict[str, float]:
    rows = load(split)
    t0 = time.perf_counter()
    counts: dict[tuple[str, str], Counter[str]] = {}
    wrong = []
    for row in rows:
        kind = "rewording" if row["question_id"] else "new"
        result = outcome(coach, row)
        counts.setdefault((row["lang"], kind), Counter())[result.split(" (")[0]] += 1
        if (kind == "rewording" and not result.startswith("right")) or (
            kind == "new" and result != "left general"
        ):
            wrong.append(f"  [{row['lang']}] {row['text'][:70]} → {result}")
    print(
        f"\nPasted questions ↔ bank, {split} split ({len(rows)} questions, {time.perf_counter() - t0:.1f} s)"
    )
    print(f"{'group':<20}{'n':>4}  outcome")
    figures = {}
    for (lang, kind), c in sorted(counts.items()):
        n = sum(c.values())
        print(f"{lang + ' ' + kind:<20}{n:>4}  " + " · ".join(f"{k} {v}" for k, v in c.most_common()))
        good = c["right"] if kind == "rewording" else c["left general"]
        figures[f"{lang}_{kind}"] = good / n
    if wrong:
        print("not as expected:")
        print("\n".join(wrong))
    return figures
