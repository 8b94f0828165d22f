"""Which language is this answer in, English or Finnish? Small words and letters decide."""

from __future__ import annotations

from dataclasses import dataclass

from valmis.analysis.lexicon import lexicon
from valmis.analysis.text import tokenize

_FI_LETTERS = frozenset("äöå")
CONFIDENT = 0.7  # below it, a short text's language is a guess: keep the language expected


@dataclass(frozen=True)
class Detected:
    lang: str
    confidence: float  # 0.5 (a guess) … 1.0 (clear)


def detect_language(text: str, *, default: str = "en") -> Detected:
    """English or Finnish, from function words and Finnish letters; `default` when it cannot tell.

    Interview answers are full of English loanwords in Finnish (chat, SLA, back office) and the
    other way round, so content words are ignored: only small words and ä/ö/å count.
    """
    tokens = [t.lower for t in tokenize(text)]
    if not tokens:
        return Detected(default, 0.5)
    en_stop, fi_stop = lexicon("en").stop_words, lexicon("fi").stop_words
    en = sum(1 for t in tokens if t in en_stop and t not in fi_stop)
    fi = sum(1 for t in tokens if t in fi_stop and t not in en_stop)
    fi += sum(1 for t in tokens if _FI_LETTERS & set(t))
    total = en + fi
    if total < 2:
        return Detected(default, 0.5)
    if en == fi:
        return Detected(default, 0.5)
    lang = "fi" if fi > en else "en"
    return Detected(lang, round(max(en, fi) / total, 2))


def language_of(text: str, expected: str) -> str:
    """The language `text` is written in when its small words make that clear, else `expected`."""
    detected = detect_language(text, default=expected)
    return detected.lang if detected.confidence >= CONFIDENT else expected
