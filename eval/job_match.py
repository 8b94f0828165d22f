"""The résumé ↔ job posting match on eval/jobs: does the fitting résumé rank first for each posting,
and do fitting pairs score above the rest (AUC)? Fit 2 = a recruiter would shortlist, 1 = partly,
0 = not (every pair not listed in fits.jsonl). AUC compares fit 2 with fit 0; partial fits are
left out of it. Postings carry their split; tune on dev only."""

from __future__ import annotations

import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from valmis.analysis.document import from_text
from valmis.analysis.jobmatch import match
from valmis.analysis.resume import read_resume
from valmis.evaluation import auc, top1_rate
from valmis.practice.coach import Coach
from valmis.story.meaning import meaning_for
from valmis.story.postings import parse_document
from valmis.story.resumes import document_language

DATA = Path(__file__).parent / "jobs"


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load() -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[tuple[str, str], int]]:
    postings = _jsonl(DATA / "postings.jsonl")
    resumes = _jsonl(DATA / "resumes.jsonl")
    fits = {(f["posting"], f["resume"]): int(f["fit"]) for f in _jsonl(DATA / "fits.jsonl")}
    return postings, resumes, fits


def score_all(coach: Coach | None, split: str) -> dict[str, list[tuple[str, float]]]:
    postings, resumes, _ = load()
    meaning = meaning_for(coach) if coach is not None else None
    parsed_resumes = []
    for r in resumes:
        doc = from_text(r["text"], kind="txt")
        parsed_resumes.append((r["id"], read_resume(doc, document_language(doc))))
    rankings: dict[str, list[tuple[str, float]]] = {}
    for p in postings:
        if split != "all" and p.get("split") != split:
            continue
        posting = parse_document(from_text(p["text"]), title=p.get("title", ""), company=p.get("company", ""))
        rankings[p["id"]] = [(rid, float(match(res, posting, meaning).score)) for rid, res in parsed_resumes]
    return rankings


def figures(rankings: dict[str, list[tuple[str, float]]], fits: dict[tuple[str, str], int]) -> dict[str, Any]:
    positives, negatives = [], []
    for posting, scored in rankings.items():
        for rid, score in scored:
            grade = fits.get((posting, rid), 0)
            if grade == 2:
                positives.append(score)
            elif grade == 0:
                negatives.append(score)
    return {
        "postings": len(rankings),
        "top1": top1_rate(rankings, fits),
        "auc": auc(positives, negatives),
        "pairs": len(positives) + len(negatives),
    }


def report(coach: Coach | None, split: str) -> None:
    started = time.perf_counter()
    postings, _, fits = load()
    langs = {p["id"]: p["lang"] for p in postings}
    rankings = score_all(coach, split)
    print(
        f"\nRésumé ↔ posting match, {split} split ({'meaning on' if coach else 'words only'}), "
        f"{time.perf_counter() - started:.1f} s"
    )
    print(f"{'group':<20}{'postings':>9} {'top-1':>7} {'AUC':>7} {'pairs':>7}")
    groups: dict[str, dict[str, list[tuple[str, float]]]] = defaultdict(dict)
    for pid, scored in rankings.items():
        groups["all"][pid] = scored
        groups[f"postings in {langs[pid]}"][pid] = scored
    for name, group in groups.items():
        f = figures(group, fits)
        top1 = "–" if f["top1"] is None else f"{f['top1']:.2f}"
        a = "–" if f["auc"] is None else f"{f['auc']:.3f}"
        print(f"{name:<20}{f['postings']:>9} {top1:>7} {a:>7} {f['pairs']:>7}")
    misses = []
    for pid, scored in rankings.items():
        best = sorted(scored, key=lambda rs: (-rs[1], rs[0]))[0]
        if fits.get((pid, best[0]), 0) != 2:
            right = max((s for rid, s in scored if fits.get((pid, rid), 0) == 2), default=None)
            misses.append(
                f"  {pid}: ranked {best[0]} first ({best[1]:.0f}); best fitting résumé scored {right}"
            )
    if misses:
        print("postings whose first résumé does not fit:")
        print("\n".join(misses))
