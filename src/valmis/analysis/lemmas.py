"""Base forms of words, so that "handled customers" matches "I handle a customer".

English uses simplemma, then a Snowball stem so that word families meet ("outsourcing",
"outsource"). Finnish uses voikko, and also yields the parts of compounds, so "asiakas" is found
in "asiakaspalvelussa". Without voikko, a Snowball stem stands in and says it is approximate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol

import simplemma
import snowballstemmer

_WORDBASE_PART = re.compile(r"\+([^+(]*)\(([^)]*)\)")


@dataclass(frozen=True)
class Morph:
    """What the grammar of one word tells: who acts, in which mood and tense, and if it is a number."""

    first_singular: bool = False
    first_plural: bool = False
    conditional: bool = False
    past: bool = False
    numeral: bool = False
    first_possessive: bool = False  # "äitini": my mother, not "äitinsä": his or her mother
    abstract: bool = False  # a noun for a quality or an activity ("empatia", "tehokkuus"), or jargon


_NO_MORPH = Morph()


class Lemmatizer(Protocol):
    lang: str
    approximate: bool

    def morph(self, word: str) -> Morph:
        """Grammar of a word where the language marks it on the word itself (Finnish verbs)."""
        ...

    def base(self, word: str) -> frozenset[str]:
        """The base form(s) of a word as written in a phrase."""
        ...

    def keys(self, word: str) -> frozenset[str]:
        """Everything a word in an answer may stand for: base forms and compound parts."""
        ...

    def __hash__(self) -> int:  # by identity: word sets built with it are kept per lemmatizer
        ...


# English words the lemma list reduces to a different word: "willing" is not the "will" of every
# future sentence ("willing to learn" must not find "I will learn").
EN_OWN = frozenset({"willing"})


class EnglishLemmatizer:
    lang = "en"
    approximate = False

    def __init__(self) -> None:
        self._stem = snowballstemmer.stemmer("english")
        self._cache: dict[str, frozenset[str]] = {}

    def base(self, word: str) -> frozenset[str]:
        w = word.lower().replace("’", "'")
        hit = self._cache.get(w)
        if hit is None and w in EN_OWN:
            hit = self._cache[w] = frozenset({w})
        if hit is None:
            lemma = simplemma.lemmatize(w, lang="en").lower()
            hit = frozenset({self._stem.stemWord(lemma), self._stem.stemWord(w)})
            self._cache[w] = hit
        return hit

    def keys(self, word: str) -> frozenset[str]:
        return self.base(word)

    def morph(self, word: str) -> Morph:
        # Not even "abstract": English endings cannot tell a buzzword from the plain name of a thing
        # ("greeting, verification, probing" are a QA form's sections), and no word classes are at hand.
        return _NO_MORPH


# Finnish adverbs that are a case form of another word in Voikko's reading but mean something else
# of their own: "samalla" (meanwhile) is not "sama" (same), "ainakin" (at least) not "aina" (always),
# "jopa" (even) not "jo" (already), "ajallaan" (on time) not "aika" (time). Each reads as itself
# only, so "loppuasiakkaan asia hoidetaan, ja samalla …" does not state that the end customer and the
# client are the same.
FI_ADVERBS = frozenset(
    "samalla ainakin varsinkin tosin oikeastaan lähinnä kokonaan jopa kerrankin ylipäätään tavallaan "
    "kaikkiaan ajallaan edelleen".split()
)
_ABSTRACT = Morph(abstract=True)
# Finnish nouns for qualities and activities end so: "-us"/"-ys" (tehokkuus, tyytyväisyys),
# "-nti"/"-nta"/"-ntä" (priorisointi, hallinta), "-io"/"-ismi" (kommunikaatio), and the compounds of
# "kyky", "taito", "asenne", "laatu", "empatia". ("-minen" is no sign: Voikko reads "kuunteleminen" as
# a verb, and "ihminen" is a person.)
_FI_ABSTRACT = (
    "us",
    "ys",
    "nti",
    "nta",
    "ntä",
    "io",
    "ismi",
    "kyky",
    "taito",
    "asenne",
    "laatu",
    "empatia",
)


class FinnishVoikkoLemmatizer:
    lang = "fi"
    approximate = False

    def __init__(self, voikko: Any) -> None:
        self._voikko = voikko
        self._stem = snowballstemmer.stemmer("finnish")
        self._base: dict[str, frozenset[str]] = {}
        self._keys: dict[str, frozenset[str]] = {}
        self._analyses: dict[str, list[dict[str, str]]] = {}

    def analyses(self, word: str) -> list[dict[str, str]]:
        """Voikko's analyses of one word (cached); empty for words it does not know."""
        hit = self._analyses.get(word)
        if hit is None:
            hit = list(self._voikko.analyze(word))
            if not hit:  # spoken Finnish ("mä oon", "nopeesti"): read as its written form
                for written in _written_forms(word):
                    hit = list(self._voikko.analyze(written))
                    if hit:
                        break
            self._analyses[word] = hit
        return hit

    def base(self, word: str) -> frozenset[str]:
        w = _clean_fi(word)
        hit = self._base.get(w)
        if hit is None and w in FI_ADVERBS:
            hit = self._base[w] = frozenset({w})
        if hit is None:
            found = {a["BASEFORM"].lower() for a in self.analyses(w) if a.get("BASEFORM")}
            hit = frozenset(found) if found else frozenset({self._stem.stemWord(w)})
            self._base[w] = hit
        return hit

    def keys(self, word: str) -> frozenset[str]:
        w = _clean_fi(word)
        hit = self._keys.get(w)
        if hit is None:
            found = set(self.base(w))
            for a in self.analyses(w) if w not in FI_ADVERBS else ():
                found.update(_compound_parts(a.get("WORDBASES", "")))
            if "-" in w:
                for part in w.split("-"):
                    if part:
                        found.update(self.base(part))
            hit = frozenset(found)
            self._keys[w] = hit
        return hit

    def morph(self, word: str) -> Morph:
        analyses = self.analyses(_clean_fi(word))
        if not analyses:
            # A long lower-case word Finnish does not know is mostly English jargon ("concurrency").
            return _ABSTRACT if word.islower() and len(word) > 5 and word.isalpha() else _NO_MORPH
        # A word may be both a noun and a verb ("soitin": an instrument, or "I played"); in an
        # interview answer the verb reading is the one that matters, so any verb reading counts.
        verbs = [a for a in analyses if a.get("CLASS") == "teonsana"]
        first = [a for a in verbs if a.get("PERSON") == "1"]
        return Morph(
            first_singular=any(a.get("NUMBER") == "singular" for a in first),
            first_plural=any(a.get("NUMBER") == "plural" for a in first),
            conditional=any(a.get("MOOD") == "conditional" for a in verbs),
            past=any(str(a.get("TENSE", "")).startswith("past") for a in verbs),
            numeral=any(a.get("CLASS") == "lukusana" for a in analyses),
            first_possessive=any(a.get("POSSESSIVE") == "1s" for a in analyses),
            abstract=not verbs
            and any(
                a.get("CLASS") == "nimisana" and str(a.get("BASEFORM", "")).endswith(_FI_ABSTRACT)
                for a in analyses
            ),
        )


class FinnishStemLemmatizer:
    """Stand-in when voikko is not installed: Snowball stems, good enough to keep working."""

    lang = "fi"
    approximate = True

    def __init__(self) -> None:
        self._stem = snowballstemmer.stemmer("finnish")
        self._cache: dict[str, frozenset[str]] = {}

    def base(self, word: str) -> frozenset[str]:
        w = _clean_fi(word)
        hit = self._cache.get(w)
        if hit is None:
            parts = [p for p in w.split("-") if p] or [w]
            hit = frozenset(self._stem.stemWord(p) for p in parts)
            self._cache[w] = hit
        return hit

    def keys(self, word: str) -> frozenset[str]:
        return self.base(word)

    def morph(self, word: str) -> Morph:
        w = word.lower()
        # Without voikko only the plainest endings are safe to read.
        conditional_i = w.endswith("isin")  # "kuuntelisin": I would listen
        return Morph(first_singular=conditional_i, first_plural=w.endswith("mme"), conditional=conditional_i)


# Spoken Finnish that candidates say (and the recogniser writes down), with its written form.
SPOKEN_FI = {
    "mä": "minä",
    "mää": "minä",
    "sä": "sinä",
    "mun": "minun",
    "sun": "sinun",
    "mulle": "minulle",
    "sulle": "sinulle",
    "multa": "minulta",
    "mulla": "minulla",
    "mul": "minulla",
    "musta": "minusta",
    "oon": "olen",
    "oot": "olet",
    "ootte": "olette",
    "oo": "ole",
    "tää": "tämä",
    "toi": "tuo",
    "nää": "nämä",
    "noi": "nuo",
    "sit": "sitten",
    "kans": "kanssa",
    "miks": "miksi",
    "semmonen": "sellainen",
    "sellanen": "sellainen",
    "tällanen": "tällainen",
    "tollanen": "tuollainen",
    "kattoo": "katsoo",
    "kattoa": "katsoa",
    "kattelen": "katselen",
    "tehään": "tehdään",
    "nähään": "nähdään",
}


def _written_forms(word: str) -> list[str]:
    """Written forms a spoken word may stand for: a known spoken word, or "ee" for "ea"/"eä" after the
    first syllable ("nopeesti" → "nopeasti", "vaikee" → "vaikea")."""
    forms = [SPOKEN_FI[word]] if word in SPOKEN_FI else []
    at = word.find("ee", 2)
    if at > 0:
        forms += [word[:at] + "ea" + word[at + 2 :], word[:at] + "eä" + word[at + 2 :]]
    return forms


def _clean_fi(word: str) -> str:
    w = word.lower()
    # "SLA:n", "AHT:ta": the colon joins an abbreviation to its case ending.
    return w.split(":", 1)[0] if ":" in w else w


def _compound_parts(wordbases: str) -> set[str]:
    """Base forms and surface forms of a compound's parts, from voikko's WORDBASES.

    "+asiakas(asiakas)+palvel(palvella)+u(+u)" gives asiakas, palvella and palvelu: a derivational
    ending ("+u") is glued back onto the part before it, so the noun "palvelu" is found too.
    """
    parts: set[str] = set()
    pieces = _WORDBASE_PART.findall(wordbases)
    surface = ""
    for text, base in pieces:
        if base.startswith("+"):
            surface += text
            parts.add(surface.lower())
            continue
        surface = text
        parts.add(base.lower())
        parts.add(text.lower())
    return {p for p in parts if len(p) > 2}


def load_voikko() -> Any | None:
    """Voikko for Finnish, or None when the library or its dictionary is missing."""
    try:
        import libvoikko

        return libvoikko.Voikko("fi")
    except Exception:  # OSError for a missing library, an own error for a missing dictionary
        return None


def make_lemmatizer(lang: str) -> Lemmatizer:
    if lang == "en":
        return EnglishLemmatizer()
    if lang == "fi":
        voikko = load_voikko()
        return FinnishVoikkoLemmatizer(voikko) if voikko is not None else FinnishStemLemmatizer()
    raise ValueError(f"unsupported language: {lang}")
