"""Spelling, offline: pyspellchecker's word list for English, Voikko for Finnish.

A résumé is full of names, brands and BPO shorthand (CSAT, AHT, Zendesk), so the checker is
conservative: it looks only at lower-case words of letters, skips what the job vocabulary knows,
and reports a word only when it can suggest a correction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")

# Shorthand and loanwords that belong in a BPO résumé, in either language.
JARGON = frozenset(
    """
    csat aht nps fcr sla kpi kpis crm kyc bpo kpo ites voip ivr acw qa upselling upsell cross-selling
    cross-sell omnichannel chatbot helpdesk backend frontend onboarding offboarding wpm dpo cpc icd
    ebitda gst vat ar ap p2p o2c r2r reskontra tiketöinti chat chatti tiketti excel
    telecom telecoms fintech edtech saas ecommerce e-commerce inbound outbound escalations escalation
    upsold cross-sold multitasking walkthrough walkthroughs workflow workflows dashboard dashboards
    analytics hr payroll reconciliations onboarded offboarded de-escalated de-escalation
    """.split()
)


class Speller(Protocol):
    lang: str

    def suggestion(self, word: str) -> str | None:
        """None when the word is spelled right (or cannot be judged); else the likely word."""
        ...

    def known(self, word: str) -> bool:
        """True when the word (any case) is a word of this language."""
        ...


@dataclass(frozen=True)
class Misspelling:
    word: str
    suggestion: str
    line: str


class EnglishSpeller:
    lang = "en"

    def __init__(self) -> None:
        from spellchecker import SpellChecker

        self._checker: Any = SpellChecker(language="en", distance=1)

    def known(self, word: str) -> bool:
        return not self._checker.unknown([word.lower()])

    def suggestion(self, word: str) -> str | None:
        if not self._checker.unknown([word]):
            return None
        fixed = self._checker.correction(word)
        return fixed if isinstance(fixed, str) and fixed != word else None


class FinnishSpeller:
    lang = "fi"

    def __init__(self, voikko: Any) -> None:
        self._voikko = voikko

    def known(self, word: str) -> bool:
        return bool(self._voikko.spell(word.lower()))

    def suggestion(self, word: str) -> str | None:
        if self._voikko.spell(word):
            return None
        options = self._voikko.suggest(word)
        return str(options[0]) if options else None


@cache
def make_speller(lang: str) -> Speller | None:
    """The speller for a language, or None when its word list is not installed."""
    if lang == "en":
        try:
            return EnglishSpeller()
        except ImportError:
            return None
    if lang == "fi":
        from valmis.analysis.lemmas import load_voikko

        voikko = load_voikko()
        return FinnishSpeller(voikko) if voikko is not None else None
    return None


def find_misspellings(
    lines: list[str], speller: Speller, known: frozenset[str] = frozenset(), limit: int = 12
) -> tuple[Misspelling, ...]:
    """Words that look misspelled, each once, with the line it is on."""
    found: list[Misspelling] = []
    seen: set[str] = set()
    for line in lines:
        for m in _WORD.finditer(line):
            word = m.group()
            lower = word.lower()
            if lower in seen or len(word) < 4 or not word.islower() or "-" in word:
                continue
            seen.add(lower)
            if lower in JARGON or lower in known:
                continue
            fixed = speller.suggestion(word)
            if fixed:
                found.append(Misspelling(word, fixed, line.strip()))
                if len(found) >= limit:
                    return tuple(found)
    return tuple(found)


# The share of a text's words a language's dictionary must know for the text to be in it. English
# and Finnish résumés run 75–95 % (names, brands and shorthand make the rest); Spanish or German
# text shares only loanwords and names with either (under 25 %).
KNOWN_SHARE = 0.45


def dictionary_language(
    text: str, spellers: dict[str, Speller], sample: int = 300
) -> tuple[str, float] | None:
    """The language whose dictionary knows most of the text's words, with the share it knows; None
    when no dictionary knows enough of them (the text is in another language) or there are too few."""
    words = [m.group() for m in _WORD.finditer(text) if len(m.group()) >= 3][:sample]
    if len(words) < 8 or not spellers:
        return None
    shares = {lang: sum(1 for w in words if sp.known(w)) / len(words) for lang, sp in spellers.items()}
    lang = max(shares, key=lambda k: shares[k])
    if shares[lang] < KNOWN_SHARE:
        return None
    return lang, round(shares[lang], 2)
