"""`make eval`: does Valmis judge answers the way recruiters do? Figures on the held-out test split.

1. The graded evaluation set (eval/data, graded by eval/GRADING.md): pairwise ranking accuracy within
   each question (strong > weak, strong > adequate, adequate > weak), Spearman correlation of score
   with grade, off-topic detection precision and recall — per language and per category — and the
   cases it gets most wrong. Tune on dev only; test is reported, never tuned on.
2. The bank's own examples: strong above weak, and above a strong answer to another category's question.
3. Pasted questions (eval/questions): a rewording of a bank question is matched to it; a new question
   keeps its category's general rubric (see question_match.py).
4. The résumé ↔ job posting match (eval/jobs, see job_match.py).

`python eval/run.py --split dev` prints the dev figures instead (for tuning); `--words-only` judges
without the meaning model, for comparison.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections import defaultdict
from pathlib import Path

from valmis.analysis.feedback import FACT_FLAGS, OFF_TOPIC_NOTES
from valmis.config import Settings
from valmis.evaluation import Scored, as_row, load_items, report, worst_pairs
from valmis.practice import attempts as uc
from valmis.practice.coach import Coach, default_coach

DATA = Path(__file__).parent / "data"


def judge(coach: Coach, item):  # type: ignore[no-untyped-def]
    """One graded answer scored, with the feedback it was scored from."""
    resolved = uc.resolve(
        coach, item.question_lang, question_id=item.question_id, question_text=item.question
    )
    fb = coach.analyse(item.answer, resolved, item.lang)
    off = any(n.code in OFF_TOPIC_NOTES for p in fb.parts if p.name == "relevance" for n in p.notes)
    # A wrong fact (a key term spelled out wrong, a claim the bank knows is wrong) is not an attitude.
    found = tuple("fact" if f.id in FACT_FLAGS else "words" for f in fb.red_flags)
    found += ("meaning",) * len(fb.cautions)
    return Scored(item, fb.score, off, resolved.category, found), fb


def score_items(coach: Coach, items):  # type: ignore[no-untyped-def]
    return [judge(coach, item)[0] for item in items]


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def print_table(title: str, groups: dict[str, list[Scored]]) -> None:
    print(f"\n{title}")
    print(
        f"{'group':<34}{'n':>4} {'s>w':>6} {'s>a':>6} {'a>w':>6} {'all':>6} {'rho':>6} {'offP':>6} {'offR':>6}"
    )
    for name, group in groups.items():
        row = as_row(report(group))
        print(
            f"{name:<34}{row['n']:>4} {_fmt(row['strong>weak']):>6} {_fmt(row['strong>adequate']):>6} "
            f"{_fmt(row['adequate>weak']):>6} {_fmt(row['overall']):>6} {_fmt(row['spearman']):>6} "
            f"{_fmt(row['off_topic_precision']):>6} {_fmt(row['off_topic_recall']):>6}"
        )


def graded_set(coach: Coach, split: str) -> None:
    items = [i for i in load_items(sorted(DATA.glob("*.jsonl"))) if i.split == split]
    if not items:
        print(f"no items in the {split} split")
        return
    started = time.perf_counter()
    scored = score_items(coach, items)
    elapsed = time.perf_counter() - started
    questions = len({s.item.question_key for s in scored})
    print(
        f"== graded set, {split} split: {len(scored)} answers to {questions} questions "
        f"({elapsed / len(scored) * 1000:.0f} ms per answer) =="
    )
    by_lang: dict[str, list[Scored]] = defaultdict(list)
    by_cat: dict[str, list[Scored]] = defaultdict(list)
    by_case: dict[str, list[Scored]] = defaultdict(list)
    for s in scored:
        by_lang["all"].append(s)
        by_lang[f"question in {s.item.question_lang}"].append(s)
        by_lang[f"answer in {s.item.lang}"].append(s)
        by_cat[s.category].append(s)
        by_case[s.item.case].append(s)
    print_table(
        "by language (s>w: strong above weak; rho: Spearman; offP/offR: off-topic precision/recall)", by_lang
    )
    print_table("by category", dict(sorted(by_cat.items())))
    stuffed = report(scored).stuffed_above_strong
    print(f"\nkeyword-stuffed weak answers scoring above their question's strong answer: {stuffed}")
    attitude = [s for s in scored if s.item.case == "attitude"]
    fine = [s for s in scored if s.item.grade != "weak"]
    print(
        f"attitude answers with a red flag {sum('words' in s.flagged_by for s in attitude)}/{len(attitude)}, "
        f"with a caution by meaning {sum('meaning' in s.flagged_by for s in attitude)}/{len(attitude)}; "
        f"strong or adequate answers with a red flag {sum('words' in s.flagged_by for s in fine)}/{len(fine)}, "
        f"with a caution {sum('meaning' in s.flagged_by for s in fine)}/{len(fine)}"
    )
    wrong = [s for s in scored if s.item.case == "wrong_facts"]
    print(
        f"wrong-facts answers with a wrong-fact flag {sum('fact' in s.flagged_by for s in wrong)}/{len(wrong)}; "
        f"strong or adequate answers with one {sum('fact' in s.flagged_by for s in fine)}/{len(fine)}"
    )
    print("\nmean score by case and grade:")
    for case, group in sorted(by_case.items()):
        cells = []
        for grade in ("strong", "adequate", "weak"):
            g = [s.score for s in group if s.item.grade == grade]
            if g:
                cells.append(f"{grade} {sum(g) / len(g):.0f} (n={len(g)})")
        print(f"  {case:<16} " + " · ".join(cells))
    print("\nmost wrong (should be higher ↔ should be lower):")
    for hi, lo in worst_pairs(scored, 10):
        print(
            f"  {hi.item.id} [{hi.item.grade}, {hi.item.case}] {hi.score}  ≤  "
            f"{lo.item.id} [{lo.item.grade}, {lo.item.case}] {lo.score}"
        )


def bank_examples(coach: Coach) -> None:
    print("\n== the bank's own examples (all questions) ==")
    for lang in ("en", "fi"):
        bank = coach.bank(lang)
        wins_weak = wins_off = 0
        for q in bank.questions:
            resolved = coach.resolve_id(q.id, lang)
            others = [o for o in bank.questions if o.category != q.category]
            other = others[int(hashlib.sha256(q.id.encode()).hexdigest(), 16) % len(others)]
            strong = coach.analyse(q.strong_answer, resolved, lang).score
            wins_weak += strong > coach.analyse(q.weak_answer.text, resolved, lang).score
            wins_off += strong > coach.analyse(other.strong_answer, resolved, lang).score
        n = len(bank.questions)
        print(
            f"  {lang}: strong > weak {wins_weak / n:.2f} · strong > another category's strong answer "
            f"{wins_off / n:.2f} (n={n})"
        )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="test", choices=("dev", "test"))
    parser.add_argument("--words-only", action="store_true")
    parser.add_argument(
        "--only", choices=("answers", "questions", "jobs"), help="Run one of the three evaluations."
    )
    args = parser.parse_args(argv)
    settings = Settings()
    started = time.perf_counter()
    coach = default_coach(settings.content_dir, settings.cache_dir, meaning=not args.words_only)
    coach.meaning_index()
    print(
        f"meaning model: {'off' if args.words_only else coach.embedder.name if coach.embedder else 'missing'} "
        f"(ready in {time.perf_counter() - started:.1f} s)"
    )
    if args.only in (None, "answers"):
        graded_set(coach, args.split)
        bank_examples(coach)
    if args.only in (None, "questions"):
        import question_match

        question_match.report(coach, args.split)
    if args.only in (None, "jobs"):
        import job_match

        job_match.report(None if args.words_only else coach, args.split)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
