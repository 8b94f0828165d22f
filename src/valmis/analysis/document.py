"""A résumé or job posting as the analysis sees it: lines of text with where they sat on the page.

`valmis.documents` reads PDF, DOCX and TXT files into this shape; everything after that is pure.
Coordinates are in points from the top-left of the page (y grows downwards); a TXT file or pasted
text has no coordinates (all zero) and one "page".
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Line:
    """One line of text, in reading order."""

    text: str
    page: int = 1  # 1-based
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0
    where: str = "body"  # body | table | text_box | header | footer
    bold: bool = False  # a heading hint when the format tells it (DOCX runs, PDF font weight)
    size: float = 0.0  # font size in points when known, else 0


@dataclass(frozen=True)
class Document:
    """The text of a file and the facts about its layout that applicant-tracking systems trip on."""

    lines: tuple[Line, ...]
    kind: str  # pdf | docx | txt | text (pasted)
    pages: int = 1
    filename: str = ""
    # Layout facts found while reading (each a short machine word; the analysis explains them):
    columns: tuple[int, ...] = ()  # page numbers laid out in two or more text columns
    tables: int = 0  # tables holding text
    text_boxes: int = 0  # floating text boxes / frames
    images: int = 0  # pictures (a photo, a logo, a scanned page)
    image_only_pages: tuple[int, ...] = ()  # pages with pictures and no text layer
    notes: tuple[str, ...] = field(default=())  # anything else the reader noticed, machine words

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def body_text(self) -> str:
        """What a parser that skips headers and footers would read."""
        return "\n".join(line.text for line in self.lines if line.where not in ("header", "footer"))

    @property
    def has_text(self) -> bool:
        return any(line.text.strip() for line in self.lines)


def from_text(text: str, *, kind: str = "text", filename: str = "") -> Document:
    """Plain text (a TXT file, or text pasted into a box) as a document of one page."""
    lines = tuple(Line(text=raw.rstrip()) for raw in text.replace("\r\n", "\n").split("\n"))
    return Document(lines=lines, kind=kind, pages=1, filename=filename)
