"""The coach: resolves what a question is judged against, and runs the analysis on an answer.

It holds what is costly to build (lemmatizers, the question index) and builds each lazily, once
per process and language.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from valmis.analysis.echo import DocFrequencies, Echo, doc_frequencies, question_echo
from valmis.analysis.embedding import Embedder, PairEmbedder, PassageEmbedder, Vectors
from valmis.analysis.feedback import analyse
from valmis.analysis.findings import Feedback
from valmis.analysis.language import language_of
from valmis.analysis.lemmas import Lemmatizer, make_lemmatizer
from valmis.analysis.lexicon import lexicon
from valmis.analysis.matching import (
    MEANING_QUESTION_SIM,
    Candidate,
    CategoryCues,
    Match,
    QuestionIndex,
    match_question,
)
from valmis.analysis.rubric import ClaimSpec, FlagSpec, PointSpec, RubricSpec
from valmis.analysis.semantic import AskedVectors, judge_meaning
from valmis.analysis.text import split_sentences
from valmis.content.loader import Bank, builtin_bank, load_bank
from valmis.content.models import Category, CategoryRubric, KeyPoint, Lang, Question, RedFlag, WrongClaim
from valmis.practice.references import MeaningIndex


class UnknownQuestion(LookupError):
    """No bank question has this id."""


@dataclass(frozen=True)
class Resolved:
    """What an answer will be judged against, and how it was chosen."""

    question_text: str
    category: str
    rubric: RubricSpec
    kind: str  # "question" (a bank question) or "category" (a category's generic rubric)
    question: Question | None
    category_rubric: CategoryRubric | None
    match: Match | None  # how a pasted question was matched; None for a bank id
    as_new: bool = False  # the user asked to judge a pasted question as none of the bank's
    # A pasted question judged by a category rubric: the nearest bank question's wording.
    closest_text: str | None = None

    @property
    def question_id(self) -> str | None:
        return self.question.id if self.question else None

    def example_answer(self) -> str:
        if self.question:
            return self.question.strong_answer
        return self.category_rubric.example_answer if self.category_rubric else ""

    def describe(self) -> dict[str, Any]:
        """The `rubric` object of the JSON output: which rubric was used, and why."""
        out: dict[str, Any] = {"kind": self.kind, "category": self.category}
        if self.question:
            out["question_id"] = self.question.id
            out["question_text"] = self.question.text
        if self.match:
            out["matched_from_text"] = True
            out["similarity"] = self.match.similarity
            out["matched_by"] = self.match.by
            if self.match.runner_up and self.kind == "category":
                out["closest_question_id"] = self.match.runner_up
                if self.closest_text:
                    out["closest_question_text"] = self.closest_text
        else:
            out["matched_from_text"] = False
        if self.as_new:
            out["as_new"] = True
        return out


def _points(items: list[KeyPoint]) -> tuple[PointSpec, ...]:
    return tuple(PointSpec(k.id, k.point, k.hint, tuple(k.phrases)) for k in items)


def _claims(items: list[WrongClaim]) -> tuple[ClaimSpec, ...]:
    return tuple(ClaimSpec(w.id, w.claim, w.correction, tuple(w.cues)) for w in items)


def _flags(items: list[RedFlag]) -> tuple[FlagSpec, ...]:
    return tuple(FlagSpec(r.id, r.label, r.why, tuple(r.phrases)) for r in items)


# Finnish says the same in fewer, longer words (cases and endings instead of prepositions and
# articles): our parallel example answers run about a fifth shorter, so the word targets do too.
WORDS_FACTOR = {"en": 1.0, "fi": 0.8}


def _target(min_words: int, max_words: int, lang: str) -> tuple[int, int]:
    factor = WORDS_FACTOR.get(lang, 1.0)
    return round(min_words * factor), round(max_words * factor)


def rubric_spec(source: Question | CategoryRubric, lang: str) -> RubricSpec:
    """The analysis view of a bank question or a category rubric, with targets for the language."""
    lo, hi = _target(source.target.min_words, source.target.max_words, lang)
    return RubricSpec(
        key_points=_points(source.key_points),
        red_flags=_flags(source.red_flags),
        structure=source.structure.value,
        min_words=lo,
        max_words=hi,
        hypothetical=source.category == Category.SCENARIO,
        intent=source.looking_for,
        lang=lang,
        generic=isinstance(source, CategoryRubric),
        wrong_claims=_claims(source.wrong_claims) if isinstance(source, Question) else (),
        example=source.strong_answer if isinstance(source, Question) else "",
    )


log = logging.getLogger(__name__)

WORDS_WEIGHT = 0.5  # in finding questions: how much shared words add to closeness in meaning
# In judging an answer to a pasted question: a bank question this close to it by meaning (as close as
# the matcher needs to take it for the same question) is one it may reword, not another question.
REWORDING = MEANING_QUESTION_SIM
TEXT_VECTORS_KEPT = 512  # pasted questions' vectors kept per process (oldest dropped first)
# Answer sentences' vectors kept per process (oldest dropped first): a retried or corrected answer
# embeds only the sentences that changed. A sentence's vector does not depend on its neighbours.
SENTENCE_VECTORS_KEPT = 4096


class Coach:
    def __init__(
        self, pack_dir: Path | None = None, *, embedder: Embedder | None = None, cache_dir: Path | None = None
    ) -> None:
        """`pack_dir`: a content pack of one's own (the built-in pack when None); `embedder`: the
        meaning model (None: judge by words only); `cache_dir`: where the bank's vectors are kept."""
        self._pack_dir = pack_dir
        self.embedder = embedder
        self.on_first_build: Callable[[int], None] | None = None
        self._cache_dir = cache_dir
        self._meaning: MeaningIndex | None = None
        self._lock = threading.Lock()
        self._lemmatizers: dict[str, Lemmatizer] = {}
        self._indexes: dict[str, QuestionIndex] = {}
        self._banks: dict[str, Bank] = {}
        self._text_vectors: dict[str, Vectors] = {}
        self._sentence_vectors: dict[str, Vectors] = {}
        self._claims: dict[str, tuple[ClaimSpec, ...]] = {}
        self._frequencies: dict[str, DocFrequencies] = {}

    def bank(self, lang: str) -> Bank:
        if self._pack_dir is None:
            return builtin_bank(Lang(lang))
        with self._lock:
            if lang not in self._banks:
                self._banks[lang] = load_bank(Lang(lang), self._pack_dir)
            return self._banks[lang]

    def lemmatizer(self, lang: str) -> Lemmatizer:
        with self._lock:
            if lang not in self._lemmatizers:
                self._lemmatizers[lang] = make_lemmatizer(lang)
            return self._lemmatizers[lang]

    def index(self, lang: str) -> QuestionIndex:
        lem = self.lemmatizer(lang)
        with self._lock:
            if lang not in self._indexes:
                bank = self.bank(lang)
                cands = [
                    Candidate(q.id, wording, q.category.value)
                    for q in bank.questions
                    for wording in (q.text, *q.also_asked)
                ]
                self._indexes[lang] = QuestionIndex(cands, lem, lexicon(lang).stop_words)
            return self._indexes[lang]

    def resolve_id(self, question_id: str, lang: str) -> Resolved:
        q = self.bank(lang).get(question_id)
        if q is None:
            raise UnknownQuestion(question_id)
        return Resolved(q.text, q.category.value, rubric_spec(q, lang), "question", q, None, None)

    def resolve_text(self, text: str, lang: str, *, as_new: bool = False) -> Resolved:
        """A pasted question: the closest bank question, or its category's rubric. `as_new`: the
        user says it is none of the bank's questions (a match was wrong): its category's rubric.
        A question typed in the other language is looked for in that language's bank (by meaning the
        two languages barely meet), and a match is the same question of this language's bank."""
        asked_in = language_of(text, lang)
        if asked_in != lang and not as_new:
            there = self.resolve_text(text, asked_in)
            if (
                there.kind == "question"
                and there.question is not None
                and self.bank(lang).get(there.question.id)
            ):
                return replace(
                    self.resolve_id(there.question.id, lang), question_text=text.strip(), match=there.match
                )
        bank = self.bank(lang)
        cues = [CategoryCues(c.value, tuple(r.cues)) for c, r in bank.rubrics.items()]
        m = match_question(
            text,
            self.index(lang),
            cues,
            neighbours=lambda: self._neighbours(text, lang),
            topic_neighbours=lambda: self._neighbours(text, lang, wordings=False),
            bank_questions=not as_new,
        )
        if m.kind == "question" and m.question_id:
            q = bank.get(m.question_id)
            assert q is not None
            return Resolved(text.strip(), q.category.value, rubric_spec(q, lang), "question", q, None, m)
        rubric = bank.rubrics.get(Category(m.category))
        if rubric is None:
            # A pack without category rubrics: the nearest question's rubric is the best we have.
            q = bank.get(m.runner_up or "") or bank.questions[0]
            return Resolved(text.strip(), q.category.value, rubric_spec(q, lang), "question", q, None, m)
        closest = bank.get(m.runner_up) if m.runner_up else None
        spec = rubric_spec(rubric, lang)
        if closest is not None and closest.category.value == m.category:
            # A category holds questions asked in different ways ("What is white label?", "How do
            # you keep two clients apart?"): the closest question of the category shows which shape
            # of answer this one asks for. On dev, all three sets moved the same way or stayed.
            spec = replace(spec, structure=closest.structure.value)
        return Resolved(
            text.strip(),
            m.category,
            spec,
            "category",
            None,
            rubric,
            m,
            as_new,
            closest.text if closest else None,
        )

    def find_questions(self, text: str, lang: str, limit: int = 8) -> list[Question]:
        """The bank questions closest to a question someone was asked, best first: by meaning when
        the model is there (to the closest of each question's wordings), with shared words counting
        too, so a wording the bank holds comes first."""
        words = {c.id: sim for c, sim in self.index(lang).nearest(text)}
        meaning = {qid: sim for qid, _, sim in self._neighbours(text, lang) or []}
        if meaning:
            score = {qid: sim + WORDS_WEIGHT * words.get(qid, 0.0) for qid, sim in meaning.items()}
        else:
            score = {qid: sim for qid, sim in words.items() if sim > 0}
        bank = self.bank(lang)
        ranked = sorted(score, key=lambda qid: (-score[qid], qid))[:limit]
        return [q for qid in ranked if (q := bank.get(qid)) is not None]

    def _neighbours(
        self, text: str, lang: str, *, wordings: bool = True
    ) -> list[tuple[str, str, float]] | None:
        """Every bank question of the language with its similarity to `text` by meaning: to its
        closest wording, or with `wordings=False` to its text alone (None without the model, or when
        the model fails: the question is then matched by words)."""
        questions = self.bank(lang).questions
        try:
            index = self.meaning_index()
            if index is None or not questions:
                return None
            sims = index.question_similarities(lang, self._text_vector(text, lang), wordings=wordings)
        except Exception:  # routing by words is still right, only less precise
            log.exception("matching a pasted question by meaning failed; matching by words")
            return None
        return [(q.id, q.category.value, float(sim)) for q, sim in zip(questions, sims, strict=True)]

    def _text_vector(self, text: str, lang: str) -> Vectors:
        """A pasted question's wording as a centred vector (see `_question_vector`)."""
        index = self.meaning_index()
        assert index is not None
        vector: Vectors = index.centre_answer(self._question_vector(text)[None, :], lang)[0]
        return vector

    def _question_vector(self, text: str) -> Vectors:
        """A pasted question's wording as the model embeds it, embedded once and kept: it is
        resolved, then judged, often many times."""
        assert self.embedder is not None
        key = text.strip()
        with self._lock:
            hit = self._text_vectors.get(key)
        if hit is not None:
            return hit
        vector: Vectors = self.embedder.embed([key])[0]
        with self._lock:
            if len(self._text_vectors) >= TEXT_VECTORS_KEPT:
                self._text_vectors.pop(next(iter(self._text_vectors)))
            self._text_vectors[key] = vector
        return vector

    def _other_questions(self, resolved: Resolved) -> tuple[Vectors, tuple[str, ...]] | None:
        """For a pasted question judged by a category rubric: the bank questions (vectors, wordings)
        that tell whether the answer is to it or to another one (None for a bank question, a model
        that cannot read a text as an answer, or when every bank question is one the pasted one
        may reword)."""
        index = self.meaning_index()
        if resolved.kind != "category" or index is None or not isinstance(self.embedder, PassageEmbedder):
            return None
        lang = resolved.rubric.lang
        bank, texts = index.question_texts(lang)
        # A bank question the pasted one may be a rewording of is no other question: an answer to
        # "How do you deal with an angry caller?" fits "How would you calm down an angry customer?"
        # as well, and rightly so.
        alike = {
            qid for qid, _, sim in self._neighbours(resolved.question_text, lang) or [] if sim >= REWORDING
        }
        keep = [i for i, q in enumerate(self.bank(lang).questions) if q.id not in alike]
        if not keep:
            return None
        return bank[keep], tuple(texts[i] for i in keep)

    def _sentence_vectors_of(
        self, sentences: list[str], passage: str | None = None
    ) -> tuple[Vectors, Vectors | None]:
        """The model's vectors of an answer's sentences, embedding only those not seen lately; and,
        when asked for, of the whole answer read as an answer (side by side, when the model can)."""
        assert self.embedder is not None
        with self._lock:
            known = {s: self._sentence_vectors.pop(s) for s in sentences if s in self._sentence_vectors}
            self._sentence_vectors.update(known)  # the ones just used move to the young end
        missing = [s for s in dict.fromkeys(sentences) if s not in known]
        passage_vector: Vectors | None = None
        if passage is not None and isinstance(self.embedder, PairEmbedder):
            embedded, (passage_vector,) = self.embedder.embed_both(missing, [passage])
        else:
            embedded = self.embedder.embed(missing) if missing else np.zeros((0, 0), dtype=np.float32)
            if passage is not None:
                assert isinstance(self.embedder, PassageEmbedder)
                (passage_vector,) = self.embedder.embed_passages([passage])
        if missing:
            fresh = dict(zip(missing, embedded, strict=True))
            with self._lock:
                for text, vector in fresh.items():
                    self._sentence_vectors.pop(text, None)
                    self._sentence_vectors[text] = vector
                while len(self._sentence_vectors) > SENTENCE_VECTORS_KEPT:
                    self._sentence_vectors.pop(next(iter(self._sentence_vectors)))
            known.update(fresh)
        return np.stack([known[s] for s in sentences]), passage_vector

    def meaning_index(self) -> MeaningIndex | None:
        """The bank as vectors, built (or read from the cache) on first use; None without a model."""
        if self.embedder is None:
            return None
        with self._lock:
            if self._meaning is None:
                banks = {lang.value: self.bank(lang.value) for lang in Lang}
                self._meaning = MeaningIndex(banks, self.embedder, {}, self._cache_dir)
                self._meaning.notify = self.on_first_build
        # Lemmatizers are made outside the lock (they take it themselves).
        self._meaning.set_lemmatizers({lang.value: self.lemmatizer(lang.value) for lang in Lang})
        self._meaning.build()
        return self._meaning

    def _mirror(self, resolved: Resolved, lang: str) -> RubricSpec:
        """The same rubric in another language: the bank keeps both with shared ids, so an answer in
        the other language is read against references in its own language."""
        if resolved.rubric.lang == lang:
            return resolved.rubric
        bank = self.bank(lang)
        if resolved.question is not None:
            mirrored = bank.get(resolved.question.id)
            if mirrored is not None:
                return rubric_spec(mirrored, lang)
        elif resolved.category_rubric is not None:
            category_rubric = bank.rubrics.get(resolved.category_rubric.category)
            if category_rubric is not None:
                return rubric_spec(category_rubric, lang)
        ratio = WORDS_FACTOR.get(lang, 1.0) / WORDS_FACTOR.get(resolved.rubric.lang, 1.0)
        rubric = resolved.rubric
        return replace(
            rubric, min_words=round(rubric.min_words * ratio), max_words=round(rubric.max_words * ratio)
        )

    def _with_every_wrong_claim(self, rubric: RubricSpec) -> RubricSpec:
        """A wrong fact is wrong whatever the question: the rubric's own wrong claims first, then
        every other one its language's bank knows (each cue is proven against every strong example
        of the bank by the content check)."""
        with self._lock:
            every = self._claims.get(rubric.lang)
        if every is None:
            every = _claims([w for q in self.bank(rubric.lang).questions for w in q.wrong_claims])
            with self._lock:
                self._claims[rubric.lang] = every
        own = {c.claim for c in rubric.wrong_claims}
        return replace(
            rubric, wrong_claims=rubric.wrong_claims + tuple(c for c in every if c.claim not in own)
        )

    def _echo(self, answer: str, resolved: Resolved, answer_lang: str) -> Echo | None:
        """For a pasted question judged by a general rubric, in the answer's language: how much of
        the question's own content the answer takes up (see `echo.py`)."""
        if (
            resolved.kind != "category"
            or language_of(resolved.question_text, resolved.rubric.lang) != answer_lang
        ):
            return None
        with self._lock:
            frequencies = self._frequencies.get(answer_lang)
        if frequencies is None:
            bank = self.bank(answer_lang)
            texts = [t for q in bank.questions for t in (q.text, q.strong_answer)]
            frequencies = doc_frequencies(texts, self.lemmatizer(answer_lang))
            with self._lock:
                self._frequencies[answer_lang] = frequencies
        return question_echo(
            resolved.question_text,
            answer,
            self.lemmatizer(answer_lang),
            lexicon(answer_lang).stop_words,
            frequencies,
        )

    def analyse(self, answer: str, resolved: Resolved, lang: str) -> Feedback:
        """Judge an answer. `lang` is the language expected; the answer's own language is detected,
        so a Finnish answer to an English question is read as Finnish and judged on its meaning,
        against the Finnish version of the same rubric."""
        answer_lang = language_of(answer, lang)
        rubric = self._with_every_wrong_claim(self._mirror(resolved, answer_lang))
        meaning = None
        index = self.meaning_index()
        if index is not None and self.embedder is not None:
            sentences = [s.text for s in split_sentences(answer)]
            if sentences:
                others = self._other_questions(resolved)
                raw, passage = self._sentence_vectors_of(sentences, answer if others is not None else None)
                vectors = index.centre_answer(raw, answer_lang)
                # A category rubric is broad: the pasted question's own wording says what this
                # question is about. A bank question's references say it better than its wording,
                # which a weak answer can simply echo.
                question = (
                    self._text_vector(resolved.question_text, resolved.rubric.lang)
                    if resolved.kind == "category"
                    else None
                )
                key = f"q:{resolved.question.id}" if resolved.question else f"c:{resolved.category}"
                rubric_vectors = index.rubric_vectors(rubric.lang, key, answer_lang)
                meaning = judge_meaning(
                    vectors,
                    rubric_vectors,
                    question,
                    index.attitude_vectors(answer_lang),
                    None
                    if others is None or passage is None
                    else AskedVectors(passage, self._question_vector(resolved.question_text), *others),
                )
        return analyse(
            answer,
            rubric,
            answer_lang,
            self.lemmatizer(answer_lang),
            meaning=meaning,
            detected_lang=answer_lang,
            question_lang=resolved.rubric.lang,
            echo=self._echo(answer, resolved, answer_lang),
        )


@cache
def default_coach(
    pack_dir: Path | None = None, cache_dir: Path | None = None, *, meaning: bool = True
) -> Coach:
    """One coach per process and pack, made on first use, with the meaning model when installed."""
    from valmis.embedder import load_embedder

    return Coach(pack_dir, embedder=load_embedder() if meaning else None, cache_dir=cache_dir)
