"""Plain-text files: guess the encoding a résumé saved from Notepad, TextEdit or a phone would have."""

from __future__ import annotations

import codecs

from valmis.analysis.document import Document, from_text
from valmis.documents.errors import DocumentError

# Binary junk decoded as cp1252 is full of control characters; real text has almost none.
_MIN_PRINTABLE = 0.97
_WHITESPACE = frozenset("\t\n\r\f\v")
_SAMPLE_CHARS = 100_000  # enough to judge; counting all of a 5 MB file would take half a second


def read_text(data: bytes, filename: str = "") -> Document:
    """Decode `data` as text: UTF-8 (BOM or not), UTF-16/32 with a BOM, else Windows-1252."""
    text = decode_text(data)
    return from_text(text, kind="txt", filename=filename)


def decode_text(data: bytes) -> str:
    """The text in `data`, or DocumentError("unsupported") when the bytes are not text.

    1. A byte-order mark names the encoding (UTF-32 is checked before UTF-16: its BOM starts alike).
    2. Without one, NUL bytes mean a binary file (or BOM-less UTF-16, which no editor writes alone).
    3. UTF-8 if it decodes strictly, else Windows-1252 (what older Windows editors save).
    4. Text that is mostly unprintable characters is binary junk that happened to decode.
    """
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding))
            except UnicodeDecodeError as exc:
                raise DocumentError("unsupported") from exc
    if b"\x00" in data:
        raise DocumentError("unsupported")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:  # one of the five bytes cp1252 leaves undefined
            raise DocumentError("unsupported") from exc
    return _checked(text)


def _checked(text: str) -> str:
    sample = text[:_SAMPLE_CHARS]
    if sample:
        printable = sum(1 for ch in sample if ch.isprintable() or ch in _WHITESPACE)
        if printable / len(sample) < _MIN_PRINTABLE:
            raise DocumentError("unsupported")
    return text
