"""The self-introduction ("tell me about yourself", hissipuhe): a 60–90 s draft from the résumé and
profile — present, past, one achievement, strengths, why this process, the future — for the user to
edit and practise."""

from __future__ import annotations

import re
from dataclasses import dataclass

from valmis.analysis.joblexicon import job_lexicon
from valmis.analysis.jobterms import find_terms, label
from valmis.analysis.resume import Resume, clean
from valmis.analysis.text import word_count
from valmis.content.story import JobProcess, Pitch, first_filled
from valmis.practice.coach import WORDS_FACTOR

SPEAKING_WPM = 140  # an unhurried interview pace in English; Finnish says it in fewer, longer words
TARGET_SECONDS = (60, 90)
PROCESS_OF_TRACK = {"voice": "voice", "nonvoice": "chat", "kpo": "kpo"}
_NUMBERS = {
    "en": ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
    "fi": [
        "",
        "yksi",
        "kaksi",
        "kolme",
        "neljä",
        "viisi",
        "kuusi",
        "seitsemän",
        "kahdeksan",
        "yhdeksän",
        "kymmenen",
    ],
}
_PAST_VERB = re.compile(
    r"^([a-z]+ed|led|ran|won|sold|built|made|taught|met|cut|kept|wrote|set up)\b", re.IGNORECASE
)
_SPLIT_ROLE = re.compile(r"\s*(?:,|\||–|—| - | at | @ )\s*")


@dataclass(frozen=True)
class Draft:
    text: str
    lang: str
    words: int
    seconds: int
    target: tuple[int, int]  # seconds

    @property
    def fits(self) -> bool:
        return self.target[0] <= self.seconds <= self.target[1]


def wpm(lang: str) -> float:
    return SPEAKING_WPM * WORDS_FACTOR.get(lang, 1.0)


def measure(text: str, lang: str) -> Draft:
    words = word_count(text)
    return Draft(text, lang, words, round(words * 60 / wpm(lang)), TARGET_SECONDS)


def _duration(months: int, lang: str) -> str:
    years = round(months / 12)  # "two years" for 1 year 9 months: a pitch rounds
    numbers = _NUMBERS[lang]
    if years == 0:
        n = max(1, months)
        word = numbers[n] if n < len(numbers) else str(n)
        if lang == "fi":
            return f"{word} kuukautta" if n > 1 else "kuukauden"
        return f"{word} month{'s' if n > 1 else ''}"
    word = numbers[years] if years < len(numbers) else str(years)
    if lang == "fi":
        return f"{word} vuotta" if years > 1 else "vuoden"
    return f"{word} year{'s' if years > 1 else ''}"


def _role_and_employer(title: str) -> tuple[str, str]:
    parts = [p for p in _SPLIT_ROLE.split(title) if p]
    if not parts:
        return "", ""
    return parts[0], (parts[1] if len(parts) > 1 else "")


def _achievement(resume: Resume, lang: str) -> str:
    for line in resume.achievements:
        line = clean(line).rstrip(".")
        if len(line.split()) < 4:
            continue
        if lang == "en" and _PAST_VERB.match(line):
            return "I " + line[0].lower() + line[1:]
        return line[0].lower() + line[1:] if lang == "fi" else line
    return ""


def _education(resume: Resume, lang: str) -> str:
    lines = resume.lines_of("education")
    if not lines:
        return ""
    first = re.split(r"\s*[,|–—(]\s*|\s+\d{4}", clean(lines[0]))[0].strip()
    if lang == "fi":
        return first.lower() if first else ""
    if re.match(r"(bachelor|master|diploma|degree)", first, re.IGNORECASE):
        return "a " + first
    return first


def _skills(resume: Resume, lang: str) -> str:
    hits = find_terms(job_lexicon().skills, resume.all_lines)[:3]
    labels = [label(h.term.id, lang).lower() for h in hits]
    if not labels:
        return ""
    joiner = " ja " if lang == "fi" else " and "
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + joiner + labels[-1]


def build_pitch(
    story: Pitch,
    lang: str,
    resume: Resume | None,
    *,
    process: str,
    company: str = "",
    name: str = "",
) -> Draft:
    """A draft in `lang` from what the résumé shows; parts it cannot fill are left out."""
    values: dict[str, str] = {"name": name or (resume.name if resume else "") or "", "company": company}
    current = past = None
    if resume is not None and resume.roles:
        ordered = sorted(resume.roles, key=lambda r: r.span.start, reverse=True)
        if ordered[0].span.end is None:
            current = ordered[0]
            past = ordered[1] if len(ordered) > 1 else None
        else:
            past = ordered[0]
    sentences: list[str | None] = [first_filled(story.opening, values)]
    if current is not None:
        role, employer = _role_and_employer(current.title)
        sentences.append(first_filled(story.present_working, {**values, "role": role, "employer": employer}))
    else:
        sentences.append(first_filled(story.present_student, values))
    if past is not None:
        role, employer = _role_and_employer(past.title)
        months = past.span.months(resume.today) if resume else 0
        years = _duration(months, lang) if months else ""
        sentences.append(
            first_filled(
                story.past_experience, {**values, "role": role, "employer": employer, "years": years}
            )
        )
    education_at = None
    if resume is not None:
        education = _education(resume, lang)
        if education:
            education_at = len(sentences)
            sentences.append(first_filled(story.past_education, {**values, "education": education}))
        # A résumé line in another language would not read as part of this pitch: the user adds it.
        achievement = _achievement(resume, lang) if resume.lang == lang else ""
        if achievement:
            sentences.append(first_filled(story.achievement, {**values, "achievement": achievement}))
        skills = _skills(resume, lang)
        if skills:
            sentences.append(first_filled(story.skills, {**values, "skills": skills}))
    kind = JobProcess(process) if process in JobProcess.__members__.values() else JobProcess.VOICE
    why = story.why_process.get(kind) or ()
    sentences.append(first_filled(tuple(why), values))
    if company:
        sentences.append(first_filled(story.why_company, values))
    future = story.future.get(kind) or ()
    sentences.append(first_filled(tuple(future), values))
    sentences.append(first_filled(story.closing, values))
    draft = measure(" ".join(s.strip() for s in sentences if s), lang)
    if education_at is not None and current is not None and past is not None:
        # With two jobs to tell, the studies are left out unless the pitch would be short without them.
        shorter = measure(
            " ".join(s.strip() for i, s in enumerate(sentences) if s and i != education_at), lang
        )
        if shorter.seconds >= TARGET_SECONDS[0]:
            return shorter
    return draft
