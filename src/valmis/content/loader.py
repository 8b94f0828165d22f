"""Read content packs from disk, validate them, and keep English and Finnish in step."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Protocol

import yaml
from pydantic import ValidationError

from valmis.content.models import (
    AttitudeFile,
    Category,
    CategoryRubric,
    Lang,
    Level,
    Market,
    Process,
    Question,
    QuestionFile,
    RubricFile,
)

BUILTIN_PACK = Path(__file__).parent / "packs" / "core"
# libyaml's safe loader parses the pack about ten times faster than the pure-Python one.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ContentError(Exception):
    """A content pack is missing, unreadable or invalid; the message names the file and the field."""


@dataclass(frozen=True)
class Bank:
    """All questions and category rubrics of one language."""

    lang: Lang
    questions: tuple[Question, ...]
    rubrics: dict[Category, CategoryRubric]
    attitudes: AttitudeFile | None = None
    _by_id: dict[str, Question] = field(repr=False, compare=False, default_factory=dict)

    def __post_init__(self) -> None:
        self._by_id.update({q.id: q for q in self.questions})

    def get(self, question_id: str) -> Question | None:
        return self._by_id.get(question_id)

    def select(
        self,
        *,
        process: Process | None = None,
        market: Market | None = None,
        level: Level | None = None,
        category: Category | None = None,
    ) -> list[Question]:
        """Questions that suit every filter given; `None` means any."""
        return [
            q
            for q in self.questions
            if (process is None or process in q.processes)
            and (market is None or market in q.markets)
            and (level is None or level in q.levels)
            and (category is None or q.category == category)
        ]

    def categories(self) -> list[Category]:
        present = {q.category for q in self.questions}
        return [c for c in Category if c in present]


def _read_yaml(path: Path) -> object:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(f"{path}: cannot read the file ({exc})") from exc
    except yaml.YAMLError as exc:
        raise ContentError(f"{path}: not valid YAML ({exc})") from exc


def _describe(exc: ValidationError) -> str:
    lines = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err["loc"])
        lines.append(f"  {where}: {err['msg']}")
    more = len(exc.errors()) - 5
    if more > 0:
        lines.append(f"  … and {more} more")
    return "\n".join(lines)


def load_question_file(path: Path) -> QuestionFile:
    try:
        return QuestionFile.model_validate(_read_yaml(path))
    except ValidationError as exc:
        raise ContentError(f"{path}: invalid question file\n{_describe(exc)}") from exc


def load_rubric_file(path: Path) -> RubricFile:
    try:
        return RubricFile.model_validate(_read_yaml(path))
    except ValidationError as exc:
        raise ContentError(f"{path}: invalid rubric file\n{_describe(exc)}") from exc


def load_attitude_file(path: Path) -> AttitudeFile:
    try:
        return AttitudeFile.model_validate(_read_yaml(path))
    except ValidationError as exc:
        raise ContentError(f"{path}: invalid attitude file\n{_describe(exc)}") from exc


def load_bank(lang: Lang, pack_dir: Path = BUILTIN_PACK) -> Bank:
    """Load every `questions/*.<lang>.yaml` and `rubrics.<lang>.yaml` of a pack."""
    files = sorted((pack_dir / "questions").glob(f"*.{lang.value}.yaml"))
    if not files:
        raise ContentError(f"{pack_dir}: no question files for language '{lang.value}'")
    questions: list[Question] = []
    seen: dict[str, Path] = {}
    for path in files:
        qfile = load_question_file(path)
        if qfile.lang != lang:
            raise ContentError(f"{path}: says lang '{qfile.lang.value}', file name says '{lang.value}'")
        for q in qfile.questions:
            if q.id in seen:
                raise ContentError(f"{path}: question id '{q.id}' is also in {seen[q.id]}")
            seen[q.id] = path
            questions.append(q)
    rubric_path = pack_dir / f"rubrics.{lang.value}.yaml"
    rubrics: dict[Category, CategoryRubric] = {}
    if rubric_path.exists():
        rfile = load_rubric_file(rubric_path)
        rubrics = {r.category: r for r in rfile.rubrics}
    attitude_path = pack_dir / f"attitudes.{lang.value}.yaml"
    attitudes = load_attitude_file(attitude_path) if attitude_path.exists() else None
    if attitudes is not None and attitudes.lang != lang:
        raise ContentError(
            f"{attitude_path}: says lang '{attitudes.lang.value}', file name says '{lang.value}'"
        )
    return Bank(lang=lang, questions=tuple(questions), rubrics=rubrics, attitudes=attitudes)


@cache
def builtin_bank(lang: Lang) -> Bank:
    """The built-in pack, loaded once per process on first use."""
    return load_bank(lang)


def parity_problems(a: Bank, b: Bank) -> list[str]:
    """What differs between two languages of one pack, beyond the wording itself."""
    problems: list[str] = []
    a_ids = {q.id for q in a.questions}
    b_ids = {q.id for q in b.questions}
    for qid in sorted(a_ids - b_ids):
        problems.append(f"{qid}: in {a.lang.value}, missing in {b.lang.value}")
    for qid in sorted(b_ids - a_ids):
        problems.append(f"{qid}: in {b.lang.value}, missing in {a.lang.value}")
    for qid in sorted(a_ids & b_ids):
        qa, qb = a.get(qid), b.get(qid)
        assert qa is not None and qb is not None
        problems.extend(_question_differences(qa, qb))
    for cat in sorted(set(a.rubrics) ^ set(b.rubrics)):
        problems.append(f"rubric {cat.value}: only in one language")
    for cat in sorted(set(a.rubrics) & set(b.rubrics)):
        ra, rb = a.rubrics[cat], b.rubrics[cat]
        if _ids(ra.key_points) != _ids(rb.key_points):
            problems.append(f"rubric {cat.value}: key point ids differ")
        if _ids(ra.red_flags) != _ids(rb.red_flags):
            problems.append(f"rubric {cat.value}: red flag ids differ")
    if (a.attitudes is None) != (b.attitudes is None):
        problems.append("attitudes: only in one language")
    elif (
        a.attitudes is not None
        and b.attitudes is not None
        and _ids(a.attitudes.families) != _ids(b.attitudes.families)
    ):
        problems.append("attitudes: family ids differ")
    return problems


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


def _ids(items: Iterable[_HasId]) -> list[str]:
    return [i.id for i in items]


def _question_differences(qa: Question, qb: Question) -> list[str]:
    out = []
    for name in ("category", "processes", "markets", "levels", "structure", "target"):
        if getattr(qa, name) != getattr(qb, name):
            out.append(f"{qa.id}: '{name}' differs between languages")
    if _ids(qa.key_points) != _ids(qb.key_points):
        out.append(f"{qa.id}: key point ids differ between languages")
    if _ids(qa.red_flags) != _ids(qb.red_flags):
        out.append(f"{qa.id}: red flag ids differ between languages")
    return out
