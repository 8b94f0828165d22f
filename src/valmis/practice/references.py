"""The bank as vectors: every question's example answers, key points and intent, embedded once.

Embedding the whole bank (both languages, every wording of every question: ~4 400 short texts)
takes about a minute on two cores, so the raw vectors are kept in the user's cache folder, keyed
by the model and the exact texts; a changed pack or model makes a new file. Everything derived from
them (language means, profiles, relative thresholds) is computed on load, in well under a second.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO, TypeGuard

import numpy as np

from valmis.analysis.attitude import AttitudeRefs, AttitudeVectors
from valmis.analysis.coverage import cover
from valmis.analysis.embedding import Embedder, Vectors, centre, mean_vector, normalise
from valmis.analysis.lemmas import Lemmatizer
from valmis.analysis.lexicon import lexicon
from valmis.analysis.rubric import PointSpec
from valmis.analysis.semantic import (
    FOCUS_SHARE,
    PointRefs,
    Rivals,
    RubricVectors,
    focus_vector,
    question_fits,
    siblings_of,
)
from valmis.analysis.text import split_sentences
from valmis.content.loader import Bank
from valmis.content.models import CategoryRubric, Question

CACHE_VERSION = 1
# Bumped when reading words changes (base forms, phrase matching): which example sentence makes a
# key point is then read again, though the pack is the same.
EVIDENCE_VERSION = 5


@dataclass(frozen=True)
class _Source:
    """One question or category rubric and where its texts sit in the big text list."""

    key: str  # "q:<id>" or "c:<category>"
    category: str
    strong: list[int]  # strong example sentences
    weak: int | None  # the weak example, whole
    looking_for: int
    points: list[tuple[str, int, int | None]]  # key point id, its wording, its example sentence
    text: str = ""  # the question's wording (a category rubric: its name)


@dataclass(frozen=True)
class _Gathered:
    """Every text to embed, and where each source's texts sit among them, per language."""

    texts: list[str]
    sources: dict[str, dict[str, _Source]]
    attitudes: dict[str, tuple[list[list[int]], list[int]]]  # example rows per family, fine rows
    questions: dict[str, list[int]]  # each bank question's wordings, in bank order
    owners: dict[str, list[int]]  # for each of those wordings, its question's place in the bank


def _point_text(point: str, hint: str) -> str:
    return f"{point}. {hint}"


class MeaningIndex:
    """Reference vectors for every question and rubric of the given banks (one per language)."""

    def __init__(
        self,
        banks: dict[str, Bank],
        embedder: Embedder,
        lemmatizers: dict[str, Lemmatizer],
        cache_dir: Path | None,
    ) -> None:
        self._banks = banks
        self._embedder = embedder
        self._lemmatizers = lemmatizers
        self._cache_dir = cache_dir
        self._lock = threading.Lock()
        self._built = False
        self._rubric_vectors: dict[tuple[str, str, str], RubricVectors] = {}
        self._rivals: dict[str, Rivals] = {}
        self._rival_keys: dict[str, list[str]] = {}
        self.notify: Callable[[int], None] | None = None  # told how many texts, before a slow first build

    def set_lemmatizers(self, lemmatizers: dict[str, Lemmatizer]) -> None:
        if not self._lemmatizers:
            self._lemmatizers = lemmatizers

    # 1. gather the texts
    def _gather(self) -> _Gathered:
        texts: list[str] = []

        def add(text: str) -> int:
            texts.append(text)
            return len(texts) - 1

        sources: dict[str, dict[str, _Source]] = {}
        evidence = _EvidenceCache(self._cache_dir, self._banks, self._lemmatizers)
        for lang, bank in self._banks.items():
            lem = self._lemmatizers[lang]
            stop = lexicon(lang).stop_words
            per: dict[str, _Source] = {}
            items: list[Question | CategoryRubric] = [*bank.questions, *bank.rubrics.values()]
            for item in items:
                example = item.strong_answer if isinstance(item, Question) else item.example_answer
                sentences = split_sentences(example)
                strong = [add(s.text) for s in sentences]
                weak = add(item.weak_answer.text) if isinstance(item, Question) else None
                looking = add(item.looking_for)
                specs = tuple(PointSpec(k.id, k.point, k.hint, tuple(k.phrases)) for k in item.key_points)
                key = f"q:{item.id}" if isinstance(item, Question) else f"c:{item.category.value}"
                # Which sentence of the strong example makes each key point: read once, then cached.
                made = evidence.get(lang, key)
                if not _fits_example(made, len(specs), {s.text for s in sentences}):
                    made = evidence.put(
                        lang,
                        key,
                        [
                            r.evidence
                            for r in cover(specs, sentences, lem, stop, negations=lexicon(lang).negations)
                        ],
                    )
                points = []
                for spec, said in zip(specs, made, strict=True):
                    wording = add(_point_text(spec.point, spec.hint))
                    example_index = None
                    if said is not None:
                        example_index = strong[[s.text for s in sentences].index(said)]
                    points.append((spec.id, wording, example_index))
                text = item.text if isinstance(item, Question) else item.name
                per[key] = _Source(key, item.category.value, strong, weak, looking, points, text)
            sources[lang] = per
        attitudes: dict[str, tuple[list[list[int]], list[int]]] = {}
        for lang, bank in self._banks.items():
            if bank.attitudes is not None:
                families = [[add(t) for t in f.examples] for f in bank.attitudes.families]
                attitudes[lang] = (families, [add(t) for t in bank.attitudes.fine])
        # The questions' own wordings: a pasted question finds its neighbours among them.
        questions: dict[str, list[int]] = {}
        owners: dict[str, list[int]] = {}
        for lang, bank in self._banks.items():
            questions[lang], owners[lang] = [], []
            for place, q in enumerate(bank.questions):
                for asked in (q.text, *q.also_asked):
                    questions[lang].append(add(asked))
                    owners[lang].append(place)
        evidence.save()
        return _Gathered(texts, sources, attitudes, questions, owners)

    # 2. embed them, or read them from the cache
    def _cache_path(self, texts: list[str]) -> Path | None:
        if self._cache_dir is None:
            return None
        digest = hashlib.sha256()
        digest.update(f"{CACHE_VERSION}\n{self._embedder.name}\n".encode())
        for t in texts:
            digest.update(t.encode("utf-8") + b"\x00")
        return self._cache_dir / f"bank-vectors-{digest.hexdigest()[:24]}.npy"

    def _vectors(self, texts: list[str]) -> Vectors:
        path = self._cache_path(texts)
        if path is not None and path.exists():
            try:
                cached = np.load(path)
                if cached.shape[0] == len(texts):
                    vectors: Vectors = cached.astype(np.float32)
                    return vectors
            except (OSError, ValueError):
                pass  # a damaged cache file is rebuilt below
        if self.notify is not None:
            self.notify(len(texts))
        vectors = self._embedder.embed(texts)
        if path is not None:
            _save_atomically(path, lambda fh: np.save(fh, vectors))
        return vectors

    # 3. derive what the analysis needs
    def build(self) -> None:
        with self._lock:
            if self._built:
                return
            gathered = self._gather()
            sources, attitudes = gathered.sources, gathered.attitudes
            raw = self._vectors(gathered.texts)
            self._means: dict[str, Vectors] = {}
            self._sources = sources
            self._centred: dict[str, Vectors] = {}
            for lang, per in sources.items():
                strong_rows = [i for src in per.values() for i in src.strong]
                self._means[lang] = raw[strong_rows].mean(axis=0).astype(np.float32)
            # Each text is centred with the mean of its own language.
            self._raw = raw
            for lang, per in sources.items():
                rows = sorted({i for src in per.values() for i in _rows(src)})
                self._centred[lang] = np.zeros_like(raw)
                self._centred[lang][rows] = centre(raw[rows], self._means[lang])
            # Each bank question's and rubric's strong example as one vector, once per language.
            self._strong = {
                lang: {key: mean_vector(self._centred[lang][src.strong]) for key, src in per.items()}
                for lang, per in sources.items()
            }
            self._profiles = {lang: self._make_profiles(lang) for lang in sources}
            self._attitudes: dict[str, AttitudeVectors] = {}
            for lang, (family_rows, fine_rows) in attitudes.items():
                spec = self._banks[lang].attitudes
                assert spec is not None
                mean = self._means[lang]
                self._attitudes[lang] = AttitudeVectors(
                    tuple(
                        AttitudeRefs(f.id, f.label, f.why, centre(raw[rows], mean))
                        for f, rows in zip(spec.families, family_rows, strict=True)
                    ),
                    centre(raw[fine_rows], mean),
                )
            self._questions = {
                lang: centre(raw[rows], self._means[lang]) for lang, rows in gathered.questions.items()
            }
            self._owners = {lang: np.asarray(places) for lang, places in gathered.owners.items()}
            # Each question's text comes first among its wordings.
            self._text_rows = {
                lang: np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]]) if len(owners) else owners
                for lang, owners in self._owners.items()
            }
            self._asked_texts = {
                lang: (
                    raw[np.asarray(rows, dtype=np.intp)[self._text_rows[lang]]],
                    tuple(q.text for q in self._banks[lang].questions),
                )
                for lang, rows in gathered.questions.items()
            }
            self._built = True

    def _make_profiles(self, lang: str) -> dict[str, Vectors]:
        v = self._centred[lang]
        out = {}
        for key, src in self._sources[lang].items():
            points = mean_vector(v[[p[1] for p in src.points]])
            out[key] = normalise(self._strong[lang][key] + v[src.looking_for] + points)
        return out

    def _rivals_of(self, lang: str) -> Rivals:
        """Every bank question of a language by its key points, built once."""
        if lang not in self._rivals:
            v, per = self._centred[lang], self._sources[lang]
            keys = [k for k in per if k.startswith("q:")]
            wording, example, owner = [], [], []
            for place, k in enumerate(keys):
                for _, w, e in per[k].points:
                    wording.append(w)
                    example.append(w if e is None else e)
                    owner.append(place)
            self._rival_keys[lang] = keys
            texts = tuple(per[k].text for k in keys)
            bare = Rivals(v[wording], v[example], np.asarray(owner, dtype=np.intp), texts)
            example_fits = np.stack([question_fits(v[per[k].strong], bare) for k in keys], axis=1)
            self._rivals[lang] = replace(bare, siblings=siblings_of(example_fits))
        return self._rivals[lang]

    def language_mean(self, lang: str) -> Vectors:
        self.build()
        return self._means[lang]

    def question_similarities(self, lang: str, vector: Vectors, *, wordings: bool = True) -> Vectors:
        """How close a centred vector comes to each bank question of a language, in bank order: to
        the closest of the question's wordings (its text and the other ways it is asked), or with
        `wordings=False` to its text alone."""
        self.build()
        sims = self._questions[lang] @ vector
        owners = self._owners[lang]
        best = np.full(len(self._banks[lang].questions), -np.inf, dtype=np.float32)
        if wordings:
            np.maximum.at(best, owners, sims)
        else:
            texts = self._text_rows[lang]
            best[owners[texts]] = sims[texts]
        return best

    def question_texts(self, lang: str) -> tuple[Vectors, tuple[str, ...]]:
        """Each bank question's text as the model embeds a question (not centred), in bank order,
        with the texts: a pasted question's answer is compared with them (`semantic.asked_margin`)."""
        self.build()
        return self._asked_texts[lang]

    def attitude_vectors(self, lang: str) -> AttitudeVectors | None:
        """The attitude families of one language as vectors; None when the pack has none."""
        self.build()
        return self._attitudes.get(lang)

    def centre_answer(self, vectors: Vectors, lang: str) -> Vectors:
        """Centre an answer's sentence vectors with the mean of the answer's own language."""
        return centre(vectors, self.language_mean(lang))

    def rubric_vectors(self, lang: str, key: str, answer_lang: str | None = None) -> RubricVectors:
        """The vectors for `q:<question id>` or `c:<category>` in the bank of `lang`, with every
        relative threshold set against unrelated answers in the answer's language (similarities across
        two languages run lower than within one, so the yardstick must be in the same language)."""
        self.build()
        answer_lang = answer_lang if answer_lang in self._centred else lang
        cache_key = (lang, key, answer_lang)
        if cache_key in self._rubric_vectors:
            return self._rubric_vectors[cache_key]
        v = self._centred[lang]
        per = self._sources[lang]
        bv = self._centred[answer_lang]
        bper = self._sources[answer_lang]
        src = per[key]
        profiles = self._profiles[lang]
        if key.startswith("q:"):
            other_keys = [k for k in per if k.startswith("q:") and k != key]
        else:
            other_keys = [k for k, s in per.items() if k.startswith("q:") and s.category != src.category]
        others = (
            np.stack([profiles[k] for k in other_keys])
            if other_keys
            else np.zeros((0, v.shape[1]), np.float32)
        )
        # Unrelated example answers (other categories' questions, in the answer's language): the
        # background every relative threshold is set against.
        unrelated_keys = [k for k, s in bper.items() if k.startswith("q:") and s.category != src.category]
        background_rows = [i for k in unrelated_keys for i in bper[k].strong]
        background = bv[background_rows]
        points = []
        for point_id, wording, example in src.points:
            refs = v[[wording] if example is None else [wording, example]]
            best = (background @ refs.T).max(axis=1)
            points.append(PointRefs(point_id, refs, float(best.mean()), float(best.std())))
        examples, answer_examples = self._strong[lang], self._strong[answer_lang]
        strong = examples[key]
        to_strong = background @ strong
        unrelated = [answer_examples[k] for k in unrelated_keys]
        to_profile = np.stack(unrelated) @ profiles[key] if unrelated else np.zeros(1, np.float32)
        focus = [
            float(focus_vector(bv[bper[k].strong], profiles[key], FOCUS_SHARE) @ profiles[key])
            for k in unrelated_keys
        ]
        weak = v[src.weak] if src.weak is not None else None
        if key.startswith("c:"):
            # A category rubric has one example and no weak one: the category's bank questions lend
            # theirs, so "closer to strong or to weak examples" works for pasted questions too.
            siblings = [k for k, s in per.items() if k.startswith("q:") and s.category == src.category]
            if siblings:
                strong = normalise(strong + mean_vector(np.stack([examples[k] for k in siblings])))
                weak = mean_vector(np.stack([v[w] for k in siblings if (w := per[k].weak) is not None]))
        rivals = self._rivals_of(lang) if key.startswith("q:") else None
        result = RubricVectors(
            profile=profiles[key],
            strong=strong,
            weak=weak,
            points=tuple(points),
            others=others,
            strong_background=(float(to_strong.mean()), float(to_strong.std())),
            profile_background=(float(to_profile.mean()), float(to_profile.std())),
            unrelated=np.stack(unrelated) if unrelated else None,
            rivals=rivals,
            rival_self=self._rival_keys[lang].index(key) if rivals is not None else None,
            focus_background=(float(np.mean(focus)), float(np.std(focus))) if focus else None,
        )
        self._rubric_vectors[cache_key] = result
        return result


class _EvidenceCache:
    """Which sentence of each strong example makes each key point, kept in the cache folder next to
    the vectors (reading every example's words on each start costs most of a second), keyed by the
    exact bank: a changed pack makes a new file."""

    def __init__(
        self, cache_dir: Path | None, banks: dict[str, Bank], lemmatizers: dict[str, Lemmatizer]
    ) -> None:
        self._path: Path | None = None
        self._found: dict[str, list[str | None]] = {}
        self._dirty = False
        if cache_dir is None:
            return
        # The words are read with each language's lemmatizer (voikko, or a plain fallback without it).
        digest = hashlib.sha256(f"{CACHE_VERSION}.{EVIDENCE_VERSION}\n".encode())
        for lang in sorted(banks):
            bank = banks[lang]
            digest.update(f"{lang}\n{type(lemmatizers.get(lang)).__name__}\n".encode())
            for item in [*bank.questions, *bank.rubrics.values()]:
                digest.update(item.model_dump_json().encode("utf-8"))
        self._path = cache_dir / f"bank-evidence-{digest.hexdigest()[:24]}.json"
        try:
            loaded = json.loads(self._path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self._found = loaded
        except (OSError, ValueError):
            pass  # none yet, or damaged: read the examples again

    def get(self, lang: str, key: str) -> object:
        """What the file holds for this question or rubric, unchecked (see `_fits_example`)."""
        return self._found.get(f"{lang}|{key}")

    def put(self, lang: str, key: str, found: list[str | None]) -> list[str | None]:
        self._found[f"{lang}|{key}"] = found
        self._dirty = True
        return found

    def save(self) -> None:
        if self._path is None or not self._dirty:
            return
        data = json.dumps(self._found, ensure_ascii=False).encode("utf-8")
        _save_atomically(self._path, lambda fh: fh.write(data))


def _fits_example(made: object, points: int, sentences: set[str]) -> TypeGuard[list[str | None]]:
    """A cached entry is used only when it still fits the example: one sentence (or none) per key
    point, each a sentence of the example. Anything else — an edited or half-written file — is read
    again from the bank."""
    return (
        isinstance(made, list)
        and len(made) == points
        and all(m is None or (isinstance(m, str) and m in sentences) for m in made)
    )


def _rows(src: _Source) -> list[int]:
    rows = [*src.strong, src.looking_for, *(p[1] for p in src.points)]
    if src.weak is not None:
        rows.append(src.weak)
    return rows


def _save_atomically(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write to a temporary name, then rename: a crash never leaves half a cache file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.replace(tmp, path)
    except OSError:
        pass  # no cache is slower next time, never wrong
