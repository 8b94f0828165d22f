"""`make eval`: does feedback rank answers the way the bank's authors graded them?

Feedback v1 is checked on the bank itself: every question has a strong and a weak example answer,
and a strong answer to *another* question is an off-topic answer to this one. The questions are
split once, by a hash of their id, into dev (tune here) and test (report here, never tune).

Printed for each split, language and category:
  strong > weak         how often the strong example outscores the weak one
  strong > off-topic    how often it outscores a strong answer written for another category
  mean gap              mean score difference strong − weak
and the test cases it gets most wrong.
"""

from __future__ import annotations

import hashlib
import sys
from collections import defaultdict
from dataclasses import dataclass

from valmis.content.models import Question
from valmis.practice.coach import Coach


def split_of(question_id: str) -> str:
    """Stable 50/50 split by id: the same question is always in the same split."""
    return "test" if hashlib.sha256(question_id.encode()).digest()[0] % 2 else "dev"


@dataclass
class Case:
    lang: str
    qid: str
    category: str
    strong: int
    weak: int
    offtopic: int
    offtopic_from: str


def _offtopic_source(q: Question, questions: tuple[Question, ...]) -> Question:
    """A question from another category, picked deterministically."""
    others = [o for o in questions if o.category != q.category]
    digest = int(hashlib.sha256(q.id.encode()).hexdigest(), 16)
    return others[digest % len(others)]


def collect(coach: Coach) -> list[Case]:
    cases = []
    for lang in ("en", "fi"):
        bank = coach.bank(lang)
        for q in bank.questions:
            resolved = coach.resolve_id(q.id, lang)
            other = _offtopic_source(q, bank.questions)
            cases.append(
                Case(
                    lang,
                    q.id,
                    q.category.value,
                    coach.analyse(q.strong_answer, resolved, lang).score,
                    coach.analyse(q.weak_answer.text, resolved, lang).score,
                    coach.analyse(other.strong_answer, resolved, lang).score,
                    other.id,
                )
            )
    return cases


def _rate(pairs: list[bool]) -> str:
    return f"{sum(pairs) / len(pairs):.2f}" if pairs else "–"


def report(cases: list[Case], split: str) -> None:
    chosen = [c for c in cases if split_of(c.qid) == split]
    print(f"\n== {split} split: {len(chosen)} questions ==")
    print(f"{'group':<32} {'n':>4} {'strong>weak':>12} {'strong>off':>11} {'mean gap':>9}")
    groups: dict[str, list[Case]] = defaultdict(list)
    for c in chosen:
        groups[f"{c.lang} · all"].append(c)
        groups[f"{c.lang} · {c.category}"].append(c)
    for name in sorted(groups, key=lambda n: (n.split(" · ")[0], n.split(" · ")[1] != "all", n)):
        g = groups[name]
        gap = sum(c.strong - c.weak for c in g) / len(g)
        print(
            f"{name:<32} {len(g):>4} {_rate([c.strong > c.weak for c in g]):>12} "
            f"{_rate([c.strong > c.offtopic for c in g]):>11} {gap:>9.1f}"
        )


def worst(cases: list[Case], n: int = 8) -> None:
    test = [c for c in cases if split_of(c.qid) == "test"]
    print("\nMost wrong on the test split (smallest strong − max(weak, off-topic)):")
    for c in sorted(test, key=lambda c: c.strong - max(c.weak, c.offtopic))[:n]:
        print(
            f"  {c.lang} {c.qid:<40} strong {c.strong:>3} · weak {c.weak:>3} · "
            f"off-topic {c.offtopic:>3} (answer of {c.offtopic_from})"
        )


def main() -> int:
    cases = collect(Coach())
    report(cases, "dev")
    report(cases, "test")
    worst(cases)
    return 0


if __name__ == "__main__":
    sys.exit(main())
