"""Feedback as stored data (language-free: message ids and values) and as the public JSON."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

from valmis.analysis.delivery import Delivery, Word
from valmis.analysis.findings import Feedback, FlagHit, Hit, Note, Part, PointResult
from valmis.practice.explain import Gettext, explain, explain_delivery, part_label

STORAGE_VERSION = 1


def feedback_to_dict(fb: Feedback) -> dict[str, Any]:
    data = asdict(fb)
    data["version"] = STORAGE_VERSION
    return data


def _note(d: dict[str, Any] | None) -> Note | None:
    return Note(d["code"], dict(d.get("params") or {}), d.get("quote")) if d else None


def feedback_from_dict(data: dict[str, Any]) -> Feedback:
    parts = tuple(
        Part(
            p["name"],
            p["points"],
            p["max"],
            tuple(Note(n["code"], dict(n.get("params") or {}), n.get("quote")) for n in p["notes"]),
            _note(p.get("tip")),
        )
        for p in data["parts"]
    )
    return Feedback(
        lang=data["lang"],
        score=data["score"],
        parts=parts,
        key_points=tuple(PointResult(**k) for k in data["key_points"]),
        red_flags=tuple(FlagHit(**f) for f in data["red_flags"]),
        cautions=tuple(FlagHit(**f) for f in data.get("cautions", ())),
        fillers=tuple(Hit(**h) for h in data["fillers"]),
        hedges=tuple(Hit(**h) for h in data["hedges"]),
        word_count=data["word_count"],
        approximate_lemmas=data.get("approximate_lemmas", False),
        detected_lang=data.get("detected_lang"),
        semantic=data.get("semantic", False),
    )


def public_json(fb: Feedback, rubric: dict[str, Any], gettext: Gettext) -> dict[str, Any]:
    """The stable `--json` shape: score, parts with evidence, key points covered and missed, rubric."""
    return {
        "score": fb.score,
        "lang": fb.lang,
        "word_count": fb.word_count,
        "parts": [
            {
                "name": p.name,
                "label": part_label(p.name, gettext),
                "points": p.points,
                "max": p.max,
                "evidence": [_evidence(n, gettext) for n in p.notes],
                "tip": explain(p.tip, gettext) if p.tip else None,
            }
            for p in fb.parts
        ],
        "key_points": {
            "covered": [
                {"id": k.id, "point": k.point, "evidence": k.evidence, "matched": k.matched, "by": k.by}
                for k in fb.covered
            ],
            "missed": [{"id": k.id, "point": k.point, "hint": k.hint} for k in fb.missed],
        },
        "red_flags": [
            {"id": f.id, "label": f.label, "why": f.why, "evidence": f.quote} for f in fb.red_flags
        ],
        "cautions": [{"id": c.id, "label": c.label, "why": c.why, "evidence": c.quote} for c in fb.cautions],
        "fillers": [{"word": h.text, "start": h.start, "end": h.end} for h in fb.fillers],
        "hedges": [{"word": h.text, "start": h.start, "end": h.end} for h in fb.hedges],
        "rubric": rubric,
        "approximate_lemmas": fb.approximate_lemmas,
        "detected_lang": fb.detected_lang,
        "meaning": fb.semantic,
    }


def _evidence(note: Note, gettext: Gettext) -> str:
    text = explain(note, gettext)
    return f"{text} “{note.quote}”" if note.quote else text


def delivery_json(delivery: Delivery, gettext: Gettext) -> dict[str, Any]:
    """The stable `delivery` object of `valmis feedback --audio --json`."""
    return {
        "wpm": delivery.wpm,
        "wpm_without_long_pauses": delivery.wpm_without_long_pauses,
        "pace": delivery.pace,
        "speaking_seconds": delivery.speaking_seconds,
        "first_word_at": delivery.first_word_at,
        "long_pauses": [{"start": p.start, "end": p.end} for p in delivery.long_pauses],
        "pauses": [{"start": p.start, "end": p.end} for p in delivery.pauses],
        "fillers": [{"word": f.word, "start": f.start, "end": f.end} for f in delivery.fillers],
        "fillers_per_minute": delivery.fillers_per_minute,
        "repeats": [{"text": r.text, "start": r.start, "end": r.end} for r in delivery.repeats],
        "low_confidence": [
            {"word": w.word, "start": w.start, "end": w.end, "confidence": w.confidence}
            for w in delivery.low_confidence
        ],
        "suspected_dropped_fillers": [
            {"start": p.start, "end": p.end} for p in delivery.suspected_dropped_fillers
        ],
        "findings": [
            {
                "code": f.code,
                "text": explain_delivery(f.code, dict(f.params), gettext),
                "start": f.start,
                "end": f.end,
            }
            for f in delivery.findings
        ],
    }


def words_json(words: Iterable[Word]) -> list[dict[str, Any]]:
    return [{"word": w.text, "start": w.start, "end": w.end, "confidence": w.confidence} for w in words]
