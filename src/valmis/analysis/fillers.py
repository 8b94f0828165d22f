"""Fillers ("um", "basically", "niinku") and hedges ("I think maybe", "ehkä") with where they stand."""

from __future__ import annotations

from valmis.analysis.findings import Hit
from valmis.analysis.lexicon import Lexicon, find_cues

# "what kind of customer", "this sort of call": a determiner before it means the plain noun sense.
_DETERMINERS = frozenset(
    "what which this that these those any every some the a an all same one each no".split()
)


def _hits(text: str, cues: tuple[str, ...]) -> tuple[Hit, ...]:
    found: list[Hit] = []
    taken: list[tuple[int, int]] = []
    # Longer cues first, so "i think maybe" is one hedge, not also "maybe".
    for cue in sorted(cues, key=len, reverse=True):
        for matched, start, end in find_cues(text, (cue,)):
            if any(start < e and s < end for s, e in taken):
                continue
            before = text[:start].split()
            if before and before[-1].lower().strip(",.") in _DETERMINERS and " " in cue.strip():
                continue
            taken.append((start, end))
            # The hit covers the word itself, not the commas a cue like ", like," needs around it.
            word = matched.strip(" ,")
            offset = matched.find(word)
            found.append(Hit(word, start + offset, start + offset + len(word)))
    return tuple(sorted(found, key=lambda h: h.start))


def find_fillers(text: str, lexicon: Lexicon) -> tuple[Hit, ...]:
    return _hits(text, lexicon.fillers)


def find_hedges(text: str, lexicon: Lexicon) -> tuple[Hit, ...]:
    return _hits(text, lexicon.hedges)
