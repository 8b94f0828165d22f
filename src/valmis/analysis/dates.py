"""Dates and date ranges as résumés write them, in English and Finnish.

"Jan 2022 – Mar 2023", "03/2021 - present", "2019–2021", "tammikuu 2022 – nyt", "3.2021 alkaen".
A month is a number 1–12 and a year a four-digit number; months count from year*12.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
    "tammi": 1, "helmi": 2, "maalis": 3, "huhti": 4, "touko": 5, "kesä": 6, "heinä": 7, "elo": 8,
    "syys": 9, "loka": 10, "marras": 11, "joulu": 12,
}  # fmt: skip
_MONTH_NAME = (
    r"(?P<{g}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)(?:kuu\w*)?)\.?"
)
_YEAR = r"(?P<{g}>(?:19|20)\d\d)"


def _date(tag: str) -> str:
    name = _MONTH_NAME.format(g=f"{tag}name")
    return (
        rf"(?:{name}\s+{_YEAR.format(g=f'{tag}y1')}"
        rf"|(?P<{tag}num>0?[1-9]|1[0-2])\s*[/.\-]\s*{_YEAR.format(g=f'{tag}y2')}"
        rf"|{_YEAR.format(g=f'{tag}y3')}\s*[/\-]\s*(?P<{tag}num2>0[1-9]|1[0-2])(?!\d)"
        rf"|{_YEAR.format(g=f'{tag}y4')})"
    )


_PRESENT = (
    r"(?P<present>present|current(?:ly)?|now|today|ongoing|to date|till date|"
    r"nyt|nykyään|nykyhetk\w*|jatkuu|tähän päivään|tällä hetkellä|toistaiseksi|alkaen|→)"
)
_DASH = r"\s*(?:-|–|—|to|until|till|\u2212|→|>)\s*"
RANGE = re.compile(
    rf"(?<![\w/.]){_date('a')}(?:{_DASH}(?:{_date('b')}|{_PRESENT})|\s+{_PRESENT.replace('present>', 'since>')})",
    re.IGNORECASE,
)
SINGLE = re.compile(rf"(?<![\w/.]){_date('a')}(?![\w/])", re.IGNORECASE)


@dataclass(frozen=True)
class Span:
    """A period: `start` and `end` as month numbers (year*12 + month-1); `end` None = still going."""

    text: str
    start: int
    end: int | None
    month_known: bool

    def months(self, today: date) -> int:
        end = self.end if self.end is not None else month_number(today)
        return max(0, end - self.start + 1)


def month_number(day: date) -> int:
    return day.year * 12 + day.month - 1


def _month(m: re.Match[str], tag: str, *, end: bool) -> tuple[int, bool] | None:
    name = m.group(f"{tag}name")
    for key in ("y1", "y2", "y3", "y4"):
        year_text = m.group(f"{tag}{key}")
        if year_text:
            year = int(year_text)
            break
    else:
        return None
    month: int | None = None
    if name:
        month = _MONTHS.get(name.lower()[:3]) or _MONTHS.get(_finnish_stem(name.lower()))
    elif m.group(f"{tag}num"):
        month = int(m.group(f"{tag}num"))
    elif m.group(f"{tag}num2"):
        month = int(m.group(f"{tag}num2"))
    if month is None:
        # A bare year: a start counts from January, an end to December.
        return year * 12 + (11 if end else 0), False
    return year * 12 + month - 1, True


def _finnish_stem(name: str) -> str:
    for stem in (
        "tammi",
        "helmi",
        "maalis",
        "huhti",
        "touko",
        "kesä",
        "heinä",
        "elo",
        "syys",
        "loka",
        "marras",
        "joulu",
    ):
        if name.startswith(stem):
            return stem
    return name


def find_range(line: str) -> Span | None:
    """The first date range in a line ("2021 – 2023", "Mar 2022 – present"), if any."""
    m = RANGE.search(line)
    if not m:
        return None
    start = _month(m, "a", end=False)
    if start is None:
        return None
    end: tuple[int, bool] | None = None
    if not (m.group("present") or m.group("since")):
        end = _month(m, "b", end=True)
        if end is None:
            return None
        if end[0] < start[0]:
            return None
    known = start[1] and (end is None or end[1])
    return Span(m.group().strip(), start[0], end[0] if end else None, known)


def strip_range(line: str) -> str:
    """The line without its date range, for the job title and employer around it."""
    return RANGE.sub(" ", line).strip(" \t|,;·•–—-()")
