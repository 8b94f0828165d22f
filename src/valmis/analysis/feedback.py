"""Feedback v1: a 0–100 score that is the visible sum of its parts, each part with its evidence.

Parts and their maxima (they add up to 100):
    key_points 40 · structure 15 · specificity 15 · length 10 · clarity 10 · professionalism 10
"""

from __future__ import annotations

from valmis.analysis.coverage import cover
from valmis.analysis.fillers import find_fillers, find_hedges
from valmis.analysis.findings import Feedback, FlagHit, Hit, Note, Part, PointResult
from valmis.analysis.lemmas import Lemmatizer
from valmis.analysis.lexicon import lexicon as lexicon_for
from valmis.analysis.redflags import find_red_flags
from valmis.analysis.rubric import RubricSpec
from valmis.analysis.specificity import Specifics, find_specifics
from valmis.analysis.structure import Element, find_structure
from valmis.analysis.text import split_sentences, word_count

MAXIMA = {
    "key_points": 40,
    "structure": 15,
    "specificity": 15,
    "length": 10,
    "clarity": 10,
    "professionalism": 10,
}


def analyse(answer: str, rubric: RubricSpec, lang: str, lemmatizer: Lemmatizer) -> Feedback:
    """Judge one answer against one rubric. Pure: same inputs, same feedback."""
    lex = lexicon_for(lang)
    sentences = split_sentences(answer)
    words = word_count(answer)
    points = cover(rubric.key_points, sentences, lemmatizer, lex.stop_words)
    flags = find_red_flags(rubric.red_flags, sentences, lex, lemmatizer)
    fillers = find_fillers(answer, lex)
    hedges = find_hedges(answer, lex)
    elements = find_structure(rubric.structure, sentences, lex, lemmatizer)
    specifics = find_specifics(answer, sentences, lex, lemmatizer)
    # Clear wording and a clean attitude are only worth full marks in an answer long enough to show them.
    enough = min(1.0, words / max(1, rubric.min_words / 2))
    # A well-told answer to another question is still not an answer to this one: when few key points
    # are covered, the parts about form count for less. Full credit from three fifths covered.
    covered = sum(p.covered for p in points) / len(points) if points else 1.0
    on_topic = min(1.0, 0.4 + 1.0 * covered)
    parts = (
        _key_points_part(points, words, rubric),
        _off_topic(_structure_part(rubric.structure, elements), on_topic),
        _off_topic(_specificity_part(rubric.structure, specifics), on_topic),
        _off_topic(_length_part(words, rubric), on_topic),
        _off_topic(_scaled(_clarity_part(words, fillers, hedges, specifics), enough), on_topic),
        _off_topic(_scaled(_professionalism_part(flags), enough), on_topic),
    )
    return Feedback(
        lang=lang,
        score=sum(p.points for p in parts),
        parts=parts,
        key_points=points,
        red_flags=flags,
        fillers=fillers,
        hedges=hedges,
        word_count=words,
        approximate_lemmas=lemmatizer.approximate,
    )


def _key_points_part(points: tuple[PointResult, ...], words: int, rubric: RubricSpec) -> Part:
    top = MAXIMA["key_points"]
    covered = [p for p in points if p.covered]
    earned = round(top * len(covered) / len(points)) if points else 0
    notes = [Note("key_points.summary", {"covered": len(covered), "total": len(points)})]
    notes += [Note("key_points.covered", {"point": p.point}, p.evidence) for p in covered]
    notes += [Note("key_points.missed", {"point": p.point, "hint": p.hint}) for p in points if not p.covered]
    if not covered and words >= rubric.min_words:
        notes.insert(1, Note("key_points.off_topic"))
    missed = [p for p in points if not p.covered]
    tip = Note("key_points.tip", {"point": missed[0].point, "hint": missed[0].hint}) if missed else None
    return Part("key_points", earned, top, tuple(notes), tip)


def _structure_part(structure: str, elements: tuple[Element, ...]) -> Part:
    top = MAXIMA["structure"]
    found = [e for e in elements if e.found]
    earned = round(top * len(found) / len(elements)) if elements else top
    notes = [Note("structure.expected", {"structure": structure})]
    for e in elements:
        if e.found:
            notes.append(Note("structure.found", {"element": e.name}, e.quote))
        else:
            notes.append(Note("structure.missing", {"element": e.name}))
    missing = [e.name for e in elements if not e.found]
    tip = Note(f"structure.tip.{missing[0]}") if missing else None
    return Part("structure", earned, top, tuple(notes), tip)


def _specificity_part(structure: str, s: Specifics) -> Part:
    notes: list[Note] = []
    earned = 0
    if s.number:
        earned += 5
        notes.append(Note("specificity.number", {}, s.number))
    else:
        notes.append(Note("specificity.no_number"))
    if s.example:
        earned += 5
        notes.append(Note("specificity.example", {}, s.example))
    elif s.cliches:
        notes.append(Note("specificity.cliche", {"words": ", ".join(h.text for h in s.cliches)}))
    else:
        notes.append(Note("specificity.no_example"))
    if structure == "definition_example":
        if s.mean_sentence_words <= 25:
            earned += 5
            notes.append(Note("specificity.plain", {"words": round(s.mean_sentence_words)}))
        else:
            notes.append(Note("specificity.wordy", {"words": round(s.mean_sentence_words)}))
    elif s.i_count > 0 and s.i_count >= s.we_count:
        earned += 5
        notes.append(Note("specificity.ownership", {"i": s.i_count, "we": s.we_count}))
    else:
        notes.append(Note("specificity.we_heavy", {"i": s.i_count, "we": s.we_count}))
    tip = None
    if not s.example:
        tip = Note("specificity.tip.example")
    elif not s.number:
        tip = Note("specificity.tip.number")
    return Part("specificity", earned, MAXIMA["specificity"], tuple(notes), tip)


def _length_part(words: int, rubric: RubricSpec) -> Part:
    top = MAXIMA["length"]
    # Spoken at a calm 140 words a minute, the target's lower end in seconds, for the tip.
    params = {
        "words": words,
        "min": rubric.min_words,
        "max": rubric.max_words,
        "seconds": round(rubric.min_words * 60 / 140),
    }
    if words < rubric.min_words:
        earned = max(0, round(top * words / rubric.min_words))
        return Part("length", earned, top, (Note("length.short", params),), Note("length.tip.short", params))
    if words > rubric.max_words:
        over = (words - rubric.max_words) / rubric.max_words
        earned = max(3, top - round(over * 10))
        return Part("length", earned, top, (Note("length.long", params),), Note("length.tip.long", params))
    return Part("length", top, top, (Note("length.ok", params),))


def _clarity_part(words: int, fillers: tuple[Hit, ...], hedges: tuple[Hit, ...], s: Specifics) -> Part:
    top = MAXIMA["clarity"]
    count = len(fillers) + len(hedges)
    # Two points per filler in a 100-word answer; longer answers can afford proportionally more.
    deduction = round(count * 200 / max(words, 100)) + 2 * len(s.long_sentences)
    earned = max(0, top - deduction)
    notes: list[Note] = []
    if fillers:
        notes.append(Note("clarity.fillers", {"count": len(fillers), "words": _listing(fillers)}))
    if hedges:
        notes.append(Note("clarity.hedges", {"count": len(hedges), "words": _listing(hedges)}))
    notes += [Note("clarity.long_sentence", {}, text) for text in s.long_sentences]
    if not notes:
        notes.append(Note("clarity.clean"))
    tip = None
    if hedges:
        tip = Note("clarity.tip.hedges")
    elif fillers:
        tip = Note("clarity.tip.fillers")
    elif s.long_sentences:
        tip = Note("clarity.tip.long")
    return Part("clarity", earned, top, tuple(notes), tip)


def _professionalism_part(flags: tuple[FlagHit, ...]) -> Part:
    top = MAXIMA["professionalism"]
    earned = max(0, top - 7 * len(flags))
    notes = tuple(Note("professionalism.flag", {"label": f.label, "why": f.why}, f.quote) for f in flags)
    tip = Note("professionalism.tip", {"label": flags[0].label}) if flags else None
    return Part("professionalism", earned, top, notes or (Note("professionalism.ok"),), tip)


def _scaled(part: Part, enough: float) -> Part:
    """A part scaled down for an answer too short to judge it, saying so."""
    if enough >= 1.0:
        return part
    points = round(part.points * enough)
    note = Note("part.too_short", {"percent": round(enough * 100)})
    return Part(part.name, points, part.max, (*part.notes, note), part.tip)


def _off_topic(part: Part, on_topic: float) -> Part:
    """A part about form, scaled down when the answer covers few of the question's key points."""
    if on_topic >= 1.0:
        return part
    points = round(part.points * on_topic)
    note = Note("part.off_topic", {"percent": round(on_topic * 100)})
    return Part(part.name, points, part.max, (*part.notes, note), part.tip)


def _listing(hits: tuple[Hit, ...]) -> str:
    counts: dict[str, int] = {}
    for h in hits:
        key = h.text.lower()
        counts[key] = counts.get(key, 0) + 1
    return ", ".join(f"“{w}” ×{n}" if n > 1 else f"“{w}”" for w, n in counts.items())
