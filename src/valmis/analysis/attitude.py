"""Attitudes by meaning: a sentence that says what "blaming the old employer" or "contempt for
customers" says, in words no phrase list foresaw. Feedback shows these as worth checking and does not
score them (on answers they were not tuned on, good answers were found too), unless the model is sure
(see `feedback.ATTITUDE_SURE`).

Pure: centred vectors in, frozen dataclasses out. A sentence is flagged only when it is close to one
of a family's example sentences *and* clearly closer to it than to any of the "fine" sentences on the
same subjects — describing an angry customer, or saying what one would never do, is not an attitude.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from valmis.analysis.embedding import Vectors

# Tuned on the dev split, then checked on the bank's own strong example answers (none of their
# ~1 500 sentences is found at these values).
ATTITUDE_SIMILARITY = 0.55  # centred cosine to the nearest example of the attitude
ATTITUDE_MARGIN = 0.10  # how much closer to that example than to the nearest fine sentence


@dataclass(frozen=True)
class AttitudeRefs:
    id: str
    label: str
    why: str
    examples: Vectors  # (k, d) centred


@dataclass(frozen=True)
class AttitudeVectors:
    """One language's attitude families and its fine sentences, as centred vectors."""

    families: tuple[AttitudeRefs, ...]
    fine: Vectors  # (m, d) centred


@dataclass(frozen=True)
class AttitudeHit:
    id: str
    label: str
    why: str
    sentence: int  # index of the answer sentence that shows it
    similarity: float
    margin: float


def find_attitudes(sentences: Vectors, refs: AttitudeVectors) -> tuple[AttitudeHit, ...]:
    """At most one hit per family: its most telling sentence, in family order."""
    if len(sentences) == 0 or not refs.families:
        return ()
    fine = (sentences @ refs.fine.T).max(axis=1) if len(refs.fine) else np.full(len(sentences), -1.0)
    hits = []
    for family in refs.families:
        best = (sentences @ family.examples.T).max(axis=1)
        margin = best - fine
        ok = np.flatnonzero((best >= ATTITUDE_SIMILARITY) & (margin >= ATTITUDE_MARGIN))
        if len(ok):
            j = int(ok[np.argmax(best[ok])])
            hits.append(
                AttitudeHit(
                    family.id,
                    family.label,
                    family.why,
                    j,
                    round(float(best[j]), 3),
                    round(float(margin[j]), 3),
                )
            )
    return tuple(hits)
