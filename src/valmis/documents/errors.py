"""Why a résumé or job-posting file cannot be read, in a machine word and in plain English."""

from __future__ import annotations

import math
from typing import Literal

DocumentProblem = Literal[
    "empty", "too_large", "unsupported", "encrypted", "corrupt", "image_only", "too_many_pages"
]

READABLE_TYPES = ("PDF", "DOCX", "TXT")

_MESSAGES: dict[str, str] = {
    "empty": "The file is empty: there is no text in it.",
    "too_large": "The file is {size}; the limit is {limit}. A résumé or job posting is much smaller: "
    "check that this is the right file, or save it again with smaller pictures.",
    "too_large_unpacked": "The file unpacks to {size}; the limit is {limit}. "
    "Save the document again from your word processor and upload the new copy.",
    "unsupported": "This type of file cannot be read. Use one of: {types}.",
    "encrypted": "The file is protected with a password. Open it, save an unprotected copy and upload that.",
    "corrupt": "The file is damaged or cut short and cannot be read. "
    "Save it again from the original document and upload the new copy.",
    "image_only": "The file holds only pictures (a scan or a photo) and no text. Applicant-tracking systems "
    "cannot read it either: save the résumé from the original text document as PDF or DOCX.",
    "too_many_pages": "The file has {pages} pages; the limit is {limit}. A résumé or job posting is "
    "shorter: check that this is the right file.",
}


class DocumentError(Exception):
    """A file that cannot be read as a document: `code` names why, the message says it in plain English."""

    def __init__(self, code: DocumentProblem, **params: int) -> None:
        self.code: DocumentProblem = code
        self.params: dict[str, int] = params
        key = "too_large_unpacked" if code == "too_large" and params.get("unpacked") else code
        shown = {name: str(value) for name, value in params.items()}
        if code == "too_large":
            shown.update(size=_size(params.get("size", 0)), limit=_size(params.get("limit", 0)))
        super().__init__(_MESSAGES[key].format(types=", ".join(READABLE_TYPES), **shown))


def _size(n: int) -> str:
    # Rounded up, so a file a few bytes over a 5 MB limit reads "5.1 MB", not "5 MB".
    if n >= 1024 * 1024:
        return f"{math.ceil(n / (1024 * 1024) * 10) / 10:.1f}".removesuffix(".0") + " MB"
    return f"{math.ceil(n / 1024)} KB"
