"""Does Valmis judge answers the way recruiters do? Metrics over a graded evaluation set.

The set (eval/data/*.jsonl, graded by eval/GRADING.md) holds answers graded strong / adequate /
weak. Pairs are compared only within one question: the score of a strong answer should be above the
score of a weak answer *to the same question*.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

GRADE_VALUE = {"weak": 0, "adequate": 1, "strong": 2}
PAIR_KINDS = (("strong", "weak"), ("strong", "adequate"), ("adequate", "weak"))


@dataclass(frozen=True)
class Item:
    id: str
    question_key: str  # the bank id, or the question text for one that is not in the bank
    question_id: str | None
    question: str | None
    question_lang: str
    lang: str
    answer: str
    grade: str
    case: str
    split: str | None


@dataclass(frozen=True)
class Scored:
    item: Item
    score: int
    off_topic: bool  # Valmis said the answer does not address the question
    category: str
    flagged_by: tuple[str, ...] = ()  # "words" per red flag, "meaning" per caution


@dataclass
class Report:
    n: int = 0
    pairs: dict[str, tuple[int, int]] = field(default_factory=dict)  # kind -> (right, total)
    spearman: float = 0.0
    off_topic_precision: float | None = None
    off_topic_recall: float | None = None
    stuffed_above_strong: int = 0

    def accuracy(self, kind: str) -> float | None:
        right, total = self.pairs.get(kind, (0, 0))
        return right / total if total else None


def load_items(paths: Iterable[Path]) -> list[Item]:
    items = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            d = json.loads(line)
            if d["grade"] not in GRADE_VALUE:
                raise ValueError(f"{path}:{number}: unknown grade {d['grade']!r}")
            key = d.get("question_id") or d.get("question")
            if not key:
                raise ValueError(f"{path}:{number}: no question_id or question")
            items.append(
                Item(
                    d["id"],
                    f"{d['question_lang']}:{key}",
                    d.get("question_id"),
                    d.get("question"),
                    d["question_lang"],
                    d["lang"],
                    d["answer"],
                    d["grade"],
                    d.get("case", "plain"),
                    d.get("split"),
                )
            )
    ids = [i.id for i in items]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate ids in the evaluation set")
    return items


def _ranks(values: Sequence[float]) -> list[float]:
    """Average ranks (1-based), ties sharing their mean rank."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float:
    if len(xs) < 2:
        return 0.0
    rx, ry = _ranks(xs), _ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = sum((a - mx) ** 2 for a in rx) ** 0.5
    vy = sum((b - my) ** 2 for b in ry) ** 0.5
    return cov / (vx * vy) if vx and vy else 0.0


def _by_question(scored: Sequence[Scored]) -> dict[str, list[Scored]]:
    groups: dict[str, list[Scored]] = defaultdict(list)
    for s in scored:
        groups[s.item.question_key].append(s)
    return groups


def _graded_pairs(group: Sequence[Scored]) -> Iterable[tuple[Scored, Scored]]:
    """Every pair of answers to one question with different grades: (graded higher, graded lower)."""
    for a, b in combinations(group, 2):
        if a.item.grade != b.item.grade:
            yield (a, b) if GRADE_VALUE[a.item.grade] > GRADE_VALUE[b.item.grade] else (b, a)


def report(scored: Sequence[Scored]) -> Report:
    out = Report(n=len(scored))
    counts = {f"{hi}>{lo}": [0, 0] for hi, lo in PAIR_KINDS}
    for group in _by_question(scored).values():
        strong_scores = [s.score for s in group if s.item.grade == "strong"]
        for hi, lo in _graded_pairs(group):
            kind = f"{hi.item.grade}>{lo.item.grade}"
            counts[kind][1] += 1
            counts[kind][0] += hi.score > lo.score
        for s in group:
            if s.item.case == "keyword_stuffed" and s.item.grade == "weak" and strong_scores:
                out.stuffed_above_strong += s.score > min(strong_scores)
    total = [sum(v[0] for v in counts.values()), sum(v[1] for v in counts.values())]
    out.pairs = {k: (v[0], v[1]) for k, v in counts.items()}
    out.pairs["overall"] = (total[0], total[1])
    out.spearman = spearman([s.score for s in scored], [GRADE_VALUE[s.item.grade] for s in scored])
    flagged = [s for s in scored if s.off_topic]
    actual = [s for s in scored if s.item.case == "off_topic"]
    hits = sum(1 for s in flagged if s.item.case == "off_topic")
    out.off_topic_precision = hits / len(flagged) if flagged else None
    out.off_topic_recall = hits / len(actual) if actual else None
    return out


def worst_pairs(scored: Sequence[Scored], n: int = 10) -> list[tuple[Scored, Scored]]:
    """Pairs ranked the wrong way round, biggest inversion first: (should be higher, should be lower)."""
    wrong = []
    for group in _by_question(scored).values():
        for hi, lo in _graded_pairs(group):
            if hi.score <= lo.score:
                wrong.append((lo.score - hi.score, hi, lo))
    wrong.sort(key=lambda w: (-w[0], w[1].item.id))
    return [(hi, lo) for _, hi, lo in wrong[:n]]


def assign_splits(items: Sequence[Item]) -> dict[str, str]:
    """Split by question (all answers of a question in one split), stratified by question language and
    by bank / not in the bank, alternating in a stable hashed order: about half dev, half test."""
    import hashlib

    groups: dict[tuple[str, bool], list[str]] = defaultdict(list)
    for item in items:
        key = (item.question_lang, item.question_id is not None)
        if item.question_key not in groups[key]:
            groups[key].append(item.question_key)
    split_of: dict[str, str] = {}
    for keys in groups.values():
        ordered = sorted(keys, key=lambda k: hashlib.sha256(k.encode()).hexdigest())
        for i, k in enumerate(ordered):
            split_of[k] = "dev" if i % 2 == 0 else "test"
    return {item.id: split_of[item.question_key] for item in items}


def as_row(report_: Report) -> dict[str, Any]:
    return {
        "n": report_.n,
        **{k: report_.accuracy(k) for k in ("strong>weak", "strong>adequate", "adequate>weak", "overall")},
        "spearman": report_.spearman,
        "off_topic_precision": report_.off_topic_precision,
        "off_topic_recall": report_.off_topic_recall,
        "stuffed_above_strong": report_.stuffed_above_strong,
    }


# --- résumé ↔ posting matching -------------------------------------------------------------------


def auc(positives: Sequence[float], negatives: Sequence[float]) -> float | None:
    """Probability that a random fitting pair scores above a random non-fitting one (ties count half)."""
    if not positives or not negatives:
        return None
    wins = 0.0
    for p in positives:
        for n in negatives:
            wins += 1.0 if p > n else (0.5 if p == n else 0.0)
    return wins / (len(positives) * len(negatives))


def top1_rate(rankings: dict[str, list[tuple[str, float]]], fits: dict[tuple[str, str], int]) -> float | None:
    """Share of postings whose highest-scored résumé is one that fits (grade 2); ties broken by id."""
    if not rankings:
        return None
    hits = 0
    for posting, scored in rankings.items():
        best = sorted(scored, key=lambda rs: (-rs[1], rs[0]))[0][0]
        hits += fits.get((posting, best), 0) == 2
    return hits / len(rankings)
