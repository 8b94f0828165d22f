"""Words that stand for one another when a key point is looked for in an answer's words.

A key point's phrase says "tell the team leader"; a candidate says "I would let my supervisor know"
or "kertoisin esimiehelle". The groups below are the everyday BPO words that mean the same in an
interview answer. Each word is read with the language's lemmatizer, so its inflected forms count
too. Only for key points: red flags and wrong claims keep their exact words.

Kept small and plain on purpose: a group must hold only words a recruiter would take as the same
thing in any answer ("client" is the outsourcing company, not the caller, so it is not a customer).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from valmis.analysis.lemmas import Lemmatizer

GROUPS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        ("supervisor", "boss", "superior", "tl"),
        ("deadline", "cutoff", "cut-off"),
        ("customer", "caller", "consumer"),
        ("apologise", "apologize", "apology", "sorry"),
        ("colleague", "coworker", "co-worker", "teammate"),
        ("inform", "notify", "alert"),
        ("verify", "confirm", "double-check"),
        ("note", "log", "jot"),
        ("calm", "composed", "steady"),
        ("fix", "resolve", "solve"),
        ("mistake", "error", "slip"),
        ("target", "goal", "quota"),
        ("empathy", "empathise", "empathize", "sympathy"),
        ("refund", "reimburse", "reimbursement", "compensate", "compensation"),
        ("polite", "courteous"),
        ("shift", "rota", "roster"),
        ("angry", "furious", "upset", "irate"),
        ("rude", "abusive", "insulting"),
    ),
    "fi": (
        (
            "esihenkilö",
            "esimies",
            "tiiminvetäjä",
            "tiiminjohtaja",
            "vuoropäällikkö",
            "lähiesihenkilö",
            "pomo",
        ),
        ("määräaika", "takaraja", "aikaraja", "deadline", "eräpäivä"),
        ("asiakas", "soittaja"),
        ("toimeksiantaja", "asiakasyritys", "päämies"),
        ("pahoitella", "anteeksi", "pahoittelu"),
        ("kollega", "työkaveri", "työtoveri", "tiimiläinen"),
        ("ilmoittaa", "tiedottaa"),
        ("tarkistaa", "varmistaa", "tarkastaa"),
        ("kirjata", "dokumentoida", "kirjaus"),
        ("rauhallinen", "tyyni", "rauhallisesti"),
        ("ratkaista", "selvittää"),
        ("virhe", "moka", "erehdys"),
        ("tavoite", "target", "tavoitetaso"),
        ("empatia", "myötätunto", "myötäelää"),
        ("hyvitys", "hyvittää", "korvaus", "korvata", "kompensoida"),
        ("kohtelias", "ystävällinen", "asiallinen"),
        ("vuoro", "työvuoro"),
        ("vihainen", "suuttunut", "raivostunut", "kiukkuinen", "tyytymätön"),
        ("oppia", "opetella", "omaksua"),
    ),
}


@dataclass(frozen=True)
class Synonyms:
    """Each base form a group's words take, mapped to that group's tag."""

    tags: dict[str, frozenset[str]]

    def of(self, keys: Iterable[str]) -> frozenset[str]:
        """The tags of the groups these base forms belong to."""
        found: set[str] = set()
        for key in keys:
            found |= self.tags.get(key, frozenset())
        return frozenset(found)


NONE = Synonyms({})


_READ: WeakKeyDictionary[Lemmatizer, dict[str, Synonyms]] = WeakKeyDictionary()


def synonyms(lang: str, lemmatizer: Lemmatizer) -> Synonyms:
    """The language's groups read with its lemmatizer (once per lemmatizer and language)."""
    per_lang = _READ.setdefault(lemmatizer, {})
    if lang not in per_lang:
        tags: dict[str, set[str]] = {}
        for i, group in enumerate(GROUPS.get(lang, ())):
            for word in group:
                for base in lemmatizer.base(word):
                    tags.setdefault(base, set()).add(f"≈{lang}{i}")
        per_lang[lang] = Synonyms({base: frozenset(t) for base, t in tags.items()})
    return per_lang[lang]
