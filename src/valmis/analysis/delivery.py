"""How the answer was said: pace, pauses, fillers, repeats and length, from timed recognised words."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Literal

Pace = Literal["slow", "good", "fast"]
Length = Literal["short", "ok", "long"]

# Words per minute of a clear phone conversation (from the issue): faster is hard to follow through
# a headset and a compressed line, slower sounds unsure. Both ends are "good".
PACE_BAND = (120, 160)
# Under this much speech a words-per-minute figure is noise: one quick phrase would read as "fast".
MIN_SECONDS_FOR_PACE = 5.0
# A gap between words this long is heard as a pause; shorter ones are breathing and phrasing.
PAUSE = 1.0
# Over this a pause sounds like a lost thread or a dropped line (from the issue). Such pauses are
# also left out of `wpm_without_long_pauses`, so the pace verdict is about the talking, not the
# silences, which get their own findings.
LONG_PAUSE = 2.5
# More silence than this before the first word sounds like a dropped call on the phone; it leaves
# room to press record and take a breath.
SLOW_START = 5.0
# Fillers per minute a listener starts to notice. The recogniser drops many hesitations, so the
# count is a lower bound and the limit is on the generous side.
MANY_FILLERS_PER_MINUTE = 4.0
# ...and at least this many, so one "um" in a ten-second answer is not "many".
MANY_FILLERS_MIN = 3
# One or two restarts are ordinary speech; from this many they break the flow.
MANY_REPEATS = 3
# Below this the recogniser was guessing; the page marks such words instead of trusting them.
LOW_CONFIDENCE = 0.5
# A gap this long inside a sentence is where the recogniser most often dropped an "um" or "uh";
# from PAUSE on it is a pause of its own.
DROPPED_FILLER_GAP = 0.3

# Timings come with 10–20 ms precision; rounding gaps to milliseconds keeps float noise
# (0.9999999 s) from deciding whether a gap is a pause.
_MS = 3

# Punctuation the recogniser writes at the end of a clause. A hyphen is not in it: "wor-" is a
# cut-off word, and the gap after it is a hesitation.
_CLAUSE_END = tuple(".,!?;:…—–")
_CLOSERS = "\"'”’)]»"
_EDGES = re.compile(r"^\W+|\W+$")
# "what sort of customer", "this sort of call": a determiner before it means the plain noun sense
# (the same rule as fillers.py uses on typed answers).
_DETERMINERS = frozenset(
    "what which this that these those any every some the a an all same one each no".split()
)


@dataclass(frozen=True)
class _Fillers:
    hesitations: re.Pattern[str]  # sounds, including stretched ones ("ummm", "ööööh")
    words: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]  # matched over consecutive words


_FILLERS = {
    "en": _Fillers(
        re.compile(r"u+h*m+|u+h+|e+r+m*|h+m+"),
        frozenset({"basically"}),
        (("you", "know"), ("i", "mean"), ("sort", "of")),
    ),
    "fi": _Fillers(
        re.compile(r"ö+h*|e{2,}h*|ä+h+|h+m+"),
        frozenset({"tota", "tuota", "niinku", "niinkun", "siis", "tavallaan", "silleen", "sillee"}),
        (),
    ),
}


@dataclass(frozen=True)
class Word:
    """One recognised word; seconds from the start of the recording, confidence 0–1."""

    text: str
    start: float
    end: float
    confidence: float


@dataclass(frozen=True)
class Pause:
    start: float
    end: float

    @property
    def seconds(self) -> float:
        return round(self.end - self.start, _MS)


@dataclass(frozen=True)
class Filler:
    word: str  # as recognised, without punctuation: "Um", "you know"
    start: float
    end: float


@dataclass(frozen=True)
class Repeat:
    text: str  # the repeated word or phrase: "the", "I went"
    start: float  # the first copy's start
    end: float  # the last copy's end


@dataclass(frozen=True)
class LowConfidence:
    word: str
    start: float
    end: float
    confidence: float


@dataclass(frozen=True)
class Finding:
    """A message id with its numbers and the seconds of the recording it is about (for playback)."""

    code: str
    params: dict[str, float | str]
    start: float | None
    end: float | None


@dataclass(frozen=True)
class Delivery:
    lang: str
    word_count: int
    first_word_at: float | None  # thinking time before the first word
    speaking_seconds: float  # first word's start to last word's end
    wpm: float
    wpm_without_long_pauses: float
    pace: Pace | None  # None when there is too little speech to judge
    pauses: tuple[Pause, ...]
    long_pauses: tuple[Pause, ...]
    longest_pause: Pause | None
    fillers: tuple[Filler, ...]
    fillers_per_minute: float
    repeats: tuple[Repeat, ...]
    length: Length | None  # None without a target
    target_seconds: tuple[int, int] | None
    low_confidence: tuple[LowConfidence, ...]
    suspected_dropped_fillers: tuple[Pause, ...]
    findings: tuple[Finding, ...]


def _bare(text: str) -> str:
    return _EDGES.sub("", text.strip())


def _key(word: Word) -> str:
    return _bare(word.text).lower()


def _gap(a: Word, b: Word) -> float:
    return round(b.start - a.end, _MS)


def _ends_clause(text: str) -> bool:
    return text.rstrip().rstrip(_CLOSERS).endswith(_CLAUSE_END)


def _clean(words: Sequence[Word]) -> list[Word]:
    """Words with letters or digits, in time order (punctuation-only tokens carry no speech)."""
    return sorted((w for w in words if _bare(w.text)), key=lambda w: (w.start, w.end))


def _per_minute(count: int, seconds: float) -> float:
    return round(count * 60 / seconds, 1) if seconds > 0 else 0.0


def _find_fillers(words: list[Word], table: _Fillers) -> tuple[tuple[Filler, ...], set[int]]:
    """Fillers and the indexes of the words they cover.

    1. Phrases first, over consecutive words, so "I mean" is one filler ("sort of" not after a
       determiner).
    2. Single words and hesitation sounds.
    3. "like" last: it counts only with a comma right after it ("I was like, really", "and, like,
       then") or between two other fillers ("um like uh"). A comma only before it is the
       example-giving sense ("tools, like Zendesk"), and "I like my job" is the verb.
    """
    keys = [_key(w) for w in words]
    found: dict[int, Filler] = {}
    taken: set[int] = set()
    for phrase in table.phrases:
        n = len(phrase)
        for i in range(len(words) - n + 1):
            span = range(i, i + n)
            if tuple(keys[i : i + n]) != phrase or taken.intersection(span):
                continue
            if phrase == ("sort", "of") and i > 0 and keys[i - 1] in _DETERMINERS:
                continue
            text = " ".join(_bare(words[j].text) for j in span)
            found[i] = Filler(text, words[i].start, words[i + n - 1].end)
            taken.update(span)
    for i, key in enumerate(keys):
        if i not in taken and (key in table.words or table.hesitations.fullmatch(key)):
            found[i] = Filler(_bare(words[i].text), words[i].start, words[i].end)
            taken.add(i)
    likes = [i for i, key in enumerate(keys) if key == "like" and i not in taken]
    for i in likes:
        comma_after = words[i].text.rstrip().endswith(",")
        between = i - 1 in taken and i + 1 in taken
        if comma_after or between:
            found[i] = Filler(_bare(words[i].text), words[i].start, words[i].end)
    taken.update(i for i in likes if i in found)
    return tuple(found[i] for i in sorted(found)), taken


def _find_repeats(words: list[Word]) -> tuple[Repeat, ...]:
    """A word or a phrase of up to three words said again right away ("the the", "I went, I went to").

    The smallest unit wins, and a run of copies ("I I I") is one repeat.
    """
    keys = [_key(w) for w in words]
    found: list[Repeat] = []
    i = 0
    while i < len(words):
        for n in (1, 2, 3):
            unit = keys[i : i + n]
            if len(unit) < n or keys[i + n : i + 2 * n] != unit:
                continue
            j = i + 2 * n
            while keys[j : j + n] == unit:
                j += n
            text = " ".join(_bare(w.text) for w in words[i : i + n])
            found.append(Repeat(text, words[i].start, words[j - 1].end))
            i = j - n  # the last copy is where the sentence goes on
            break
        else:
            i += 1
    return tuple(found)


def suspected_dropped_fillers(words: Sequence[Word]) -> tuple[Pause, ...]:
    """Gaps of 0.3–1.0 s inside a sentence, where the recogniser often left out an "um" or "uh"."""
    clean = _clean(words)
    return tuple(
        Pause(a.end, b.start)
        for a, b in pairwise(clean)
        if DROPPED_FILLER_GAP <= _gap(a, b) < PAUSE and not _ends_clause(a.text)
    )


def _length(seconds: float, target: tuple[int, int] | None) -> Length | None:
    if target is None:
        return None
    low, high = target
    return "short" if seconds < low else "long" if seconds > high else "ok"


def _pace(wpm: float) -> Pace:
    low, high = PACE_BAND
    return "slow" if wpm < low else "fast" if wpm > high else "good"


def _silence(lang: str, target: tuple[int, int] | None) -> Delivery:
    return Delivery(
        lang=lang,
        word_count=0,
        first_word_at=None,
        speaking_seconds=0.0,
        wpm=0.0,
        wpm_without_long_pauses=0.0,
        pace=None,
        pauses=(),
        long_pauses=(),
        longest_pause=None,
        fillers=(),
        fillers_per_minute=0.0,
        repeats=(),
        length=_length(0.0, target),
        target_seconds=target,
        low_confidence=(),
        suspected_dropped_fillers=(),
        findings=(Finding("speech.none", {}, None, None),),
    )


def analyse_delivery(
    words: Sequence[Word], lang: str, *, target_seconds: tuple[int, int] | None = None
) -> Delivery:
    """Pace, pauses, fillers, repeats and length of one recorded answer; silence gives "speech.none"."""
    if lang not in _FILLERS:
        raise ValueError(f"unsupported language: {lang}")
    clean = _clean(words)
    if not clean:
        return _silence(lang, target_seconds)
    first, last = clean[0], clean[-1]
    seconds = round(last.end - first.start, _MS)
    gaps = [Pause(a.end, b.start) for a, b in pairwise(clean)]
    pauses = tuple(p for p in gaps if p.seconds >= PAUSE)
    long_pauses = tuple(p for p in pauses if p.seconds > LONG_PAUSE)
    talking = round(seconds - sum(p.seconds for p in long_pauses), _MS)
    wpm = _per_minute(len(clean), seconds)
    wpm_talking = _per_minute(len(clean), talking)
    fillers, filler_words = _find_fillers(clean, _FILLERS[lang])
    # Fillers are counted once, as fillers: "um um" is not a repeat, and "I went, um, I went" is.
    repeats = _find_repeats([w for i, w in enumerate(clean) if i not in filler_words])

    delivery = Delivery(
        lang=lang,
        word_count=len(clean),
        first_word_at=first.start,
        speaking_seconds=seconds,
        wpm=wpm,
        wpm_without_long_pauses=wpm_talking,
        # Judged on the rounded figure, so the number shown and the verdict never disagree.
        pace=_pace(wpm_talking) if talking >= MIN_SECONDS_FOR_PACE else None,
        pauses=pauses,
        long_pauses=long_pauses,
        longest_pause=max(pauses, key=lambda p: p.seconds, default=None),
        fillers=fillers,
        fillers_per_minute=_per_minute(len(fillers), seconds),
        repeats=repeats,
        length=_length(seconds, target_seconds),
        target_seconds=target_seconds,
        low_confidence=tuple(
            LowConfidence(_bare(w.text), w.start, w.end, w.confidence)
            for w in clean
            if w.confidence < LOW_CONFIDENCE
        ),
        suspected_dropped_fillers=suspected_dropped_fillers(clean),
        findings=(),
    )
    return replace(delivery, findings=_findings(delivery, first.start, last.end))


def _findings(d: Delivery, start: float, end: float) -> tuple[Finding, ...]:
    """What to coach, in a fixed order: start, pace, each long pause, fillers, repeats, length."""
    found: list[Finding] = []
    if d.first_word_at is not None and d.first_word_at > SLOW_START:
        found.append(
            Finding("start.slow", {"seconds": round(d.first_word_at, 1), "limit": SLOW_START}, 0.0, start)
        )
    if d.pace in ("slow", "fast"):
        low, high = PACE_BAND
        params: dict[str, float | str] = {"wpm": d.wpm_without_long_pauses, "low": low, "high": high}
        found.append(Finding(f"pace.{d.pace}", params, start, end))
    for p in d.long_pauses:
        found.append(Finding("pause.long", {"seconds": round(p.seconds, 1)}, p.start, p.end))
    if len(d.fillers) >= MANY_FILLERS_MIN and d.fillers_per_minute > MANY_FILLERS_PER_MINUTE:
        (most, times), *_ = Counter(f.word.lower() for f in d.fillers).most_common(1)
        params = {
            "count": len(d.fillers),
            "per_minute": d.fillers_per_minute,
            "limit": MANY_FILLERS_PER_MINUTE,
            "most_common": most,
            "most_common_count": times,
        }
        found.append(Finding("fillers.many", params, d.fillers[0].start, d.fillers[-1].end))
    if len(d.repeats) >= MANY_REPEATS:
        found.append(Finding("repeats", {"count": len(d.repeats)}, d.repeats[0].start, d.repeats[-1].end))
    if d.length in ("short", "long") and d.target_seconds is not None:
        low_s, high_s = d.target_seconds
        params = {"seconds": round(d.speaking_seconds), "min": low_s, "max": high_s}
        found.append(Finding(f"length.{d.length}", params, start, end))
    return tuple(found)
