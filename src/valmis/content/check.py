"""Validate a content pack: `python -m valmis.content.check [PACK_DIR]`.

`python -m valmis.content.check --loose [PACK_DIR]` lists key phrases too loose to show their point:
each matches a sentence in many other questions' example answers (a report for authors; not a failure).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from valmis.content.loader import BUILTIN_PACK, Bank, ContentError, load_bank, parity_problems
from valmis.content.models import Lang


def check_pack(pack_dir: Path) -> list[str]:
    """Every problem found in the pack, as lines a person can act on; empty when it is fine."""
    try:
        en = load_bank(Lang.EN, pack_dir)
        fi = load_bank(Lang.FI, pack_dir)
    except ContentError as exc:
        return [str(exc)]
    problems = parity_problems(en, fi)
    for bank in (en, fi):
        owner: dict[str, str] = {}
        for q in bank.questions:
            for wording in (q.text, *q.also_asked):
                other = owner.setdefault(wording.casefold(), q.id)
                if other != q.id:
                    problems.append(f"{q.id} ({bank.lang.value}): “{wording}” is also a wording of {other}")
        for q in bank.questions:
            words = len(q.strong_answer.split())
            if not (q.target.min_words * 0.8 <= words <= q.target.max_words * 1.25):
                problems.append(
                    f"{q.id} ({bank.lang.value}): strong answer has {words} words, "
                    f"target {q.target.min_words}-{q.target.max_words}"
                )
        problems += claim_problems(bank)
    return problems


def claim_problems(bank: Bank) -> list[str]:
    """Wrong-claim cues that miss their own claim, or that fire on a right answer: the claim's own
    correction or any sentence of any strong example answer of the bank."""
    from valmis.analysis.claims import find_wrong_claims
    from valmis.analysis.lemmas import make_lemmatizer
    from valmis.analysis.lexicon import lexicon
    from valmis.analysis.rubric import ClaimSpec
    from valmis.analysis.text import split_sentences

    lang = bank.lang.value
    lemmatizer = make_lemmatizer(lang)
    lex = lexicon(lang)
    right = [(q.id, split_sentences(q.strong_answer)) for q in bank.questions]
    problems = []
    for q in bank.questions:
        for claim in q.wrong_claims:
            spec = (ClaimSpec(claim.id, claim.claim, claim.correction, tuple(claim.cues)),)
            if not find_wrong_claims(spec, split_sentences(claim.claim), lemmatizer, lex):
                problems.append(f"{q.id} ({lang}): no cue of wrong claim {claim.id} finds the claim itself")
            for hit in find_wrong_claims(spec, split_sentences(claim.correction), lemmatizer, lex):
                problems.append(
                    f"{q.id} ({lang}): wrong claim {claim.id} fires on its own correction: {hit.quote}"
                )
            for other, sentences in right:
                for hit in find_wrong_claims(spec, sentences, lemmatizer, lex):
                    problems.append(
                        f"{q.id} ({lang}): wrong claim {claim.id} fires on the strong answer of {other}: "
                        f"{hit.quote}"
                    )
    return problems


# A key phrase that matches in this share of the other questions' example answers (strong or weak) says
# little about its own point: "a month" for "a researched salary range", "asiakas" for "a fact about
# the company". In the built-in pack about one phrase in seven reaches it.
LOOSE_SHARE = 0.10


def loose_phrases(bank: Bank, share: float = LOOSE_SHARE) -> list[tuple[float, str, str, str]]:
    """(share of other questions whose example answers it matches, question id, key point id, phrase),
    loosest first, for every key phrase at or above `share`."""
    from valmis.analysis.coverage import keyed_sentences, phrase_in_sentence
    from valmis.analysis.lemmas import make_lemmatizer
    from valmis.analysis.lexicon import lexicon
    from valmis.analysis.synonyms import synonyms
    from valmis.analysis.text import split_sentences

    lang = bank.lang.value
    lemmatizer = make_lemmatizer(lang)
    stop = lexicon(lang).stop_words
    negations = lexicon(lang).negations
    syn = synonyms(lang, lemmatizer)
    answers = []
    for q in bank.questions:
        sentences = split_sentences(q.strong_answer) + split_sentences(q.weak_answer.text)
        answers.append((q.id, keyed_sentences(sentences, lemmatizer, syn)))
    others = max(1, len(answers) - 1)
    found = []
    for q in bank.questions:
        for point in q.key_points:
            for phrase in point.phrases:
                hits = sum(
                    1
                    for other, sentences in answers
                    if other != q.id
                    and any(
                        phrase_in_sentence(phrase, s, keys, lemmatizer, stop, syn, negations)
                        for s, keys in sentences
                    )
                )
                if hits / others >= share:
                    found.append((round(hits / others, 2), q.id, point.id, phrase))
    return sorted(found, key=lambda f: (-f[0], f[1], f[2], f[3]))


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--loose":
        pack = Path(argv[1]) if len(argv) > 1 else BUILTIN_PACK
        for lang in (Lang.EN, Lang.FI):
            loose = loose_phrases(load_bank(lang, pack))
            print(
                f"{lang.value}: {len(loose)} key phrases match in {LOOSE_SHARE:.0%} or more of the other questions"
            )
            for share, qid, pid, phrase in loose:
                print(f"  {share:.2f}  {qid} / {pid}: “{phrase}”")
        return 0
    pack = Path(argv[0]) if argv else BUILTIN_PACK
    problems = check_pack(pack)
    for line in problems:
        print(line, file=sys.stderr)
    if not problems:
        en = load_bank(Lang.EN, pack)
        counts = Counter(q.category.value for q in en.questions)
        print(f"{pack}: {len(en.questions)} questions in each language, {len(en.rubrics)} rubrics")
        for cat, n in sorted(counts.items()):
            print(f"  {cat}: {n}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
