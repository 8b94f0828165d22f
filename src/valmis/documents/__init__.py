"""Résumé and job-posting files (PDF, DOCX, TXT) read into a `Document`, or refused with a reason.

Nothing loads at import: PDFium and python-docx are imported when a file of their kind arrives.
The type comes from the bytes, never from the name: a DOCX called cv.pdf is read as the DOCX it is.
"""

from __future__ import annotations

from dataclasses import replace

from valmis.analysis.document import Document
from valmis.documents.errors import READABLE_TYPES, DocumentError, DocumentProblem

__all__ = ["MAX_BYTES", "MAX_PAGES", "READABLE_TYPES", "DocumentError", "DocumentProblem", "read_document"]

MAX_BYTES = 5 * 1024 * 1024  # a text résumé is 50-500 KB; one with a photo stays under 2 MB
MAX_PAGES = 20  # a résumé or job posting longer than this is something else

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound file: .doc, .xls, or an encrypted DOCX
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
# Formats that are not text even where their first bytes look printable (RTF is markup, not a résumé).
_NOT_TEXT = (
    b"{\\rtf",
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF8",
    b"II*\x00",  # TIFF
    b"MM\x00*",
    b"RIFF",  # WebP, WAV
    b"\x1f\x8b",  # gzip
    b"7z\xbc\xaf",
    b"Rar!",
)
# Extensions people give documents, and the kind each promises.
_EXTENSIONS = {
    "pdf": "pdf",
    "docx": "docx",
    "txt": "txt",
    "text": "txt",
    "md": "txt",
    "doc": "doc",
    "docm": "doc",
    "dotx": "doc",
    "odt": "odt",
    "rtf": "rtf",
    "pages": "pages",
    "png": "image",
    "jpg": "image",
    "jpeg": "image",
    "heic": "image",
}


def read_document(
    data: bytes, filename: str = "", *, max_bytes: int = MAX_BYTES, max_pages: int = MAX_PAGES
) -> Document:
    """Read a résumé or job posting from its bytes.

    1. Refuse an empty file, then one over `max_bytes`, before parsing anything.
    2. Tell the type from the first bytes: PDF, a zip (DOCX, or another zip: refused), a compound
       file (encrypted Office file, or an old .doc: refused), a known binary format (refused), text.
    3. Read it; note when the file name promised another type.
    4. Refuse what holds no text: pictures only (a scan), or nothing at all; and too many pages.
    """
    if not data:
        raise DocumentError("empty")
    if len(data) > max_bytes:
        raise DocumentError("too_large", size=len(data), limit=max_bytes)

    kind = _sniff(data)
    if kind == "pdf":
        from valmis.documents.pdf import read_pdf

        document = read_pdf(data, filename, max_pages=max_pages)
    elif kind == "docx":
        from valmis.documents.docx import read_docx

        document = read_docx(data, filename)
    else:
        from valmis.documents.text import read_text

        document = read_text(data, filename)

    if not document.has_text:
        raise DocumentError("image_only" if document.images else "empty")
    if document.pages > max_pages:
        raise DocumentError("too_many_pages", pages=document.pages, limit=max_pages)
    promised = _EXTENSIONS.get(filename.rpartition(".")[2].lower()) if "." in filename else None
    if promised is not None and promised != kind:
        document = replace(document, notes=(*document.notes, "extension_mismatch"))
    return document


def _sniff(data: bytes) -> str:
    """ "pdf", "docx" or "txt" from the first bytes; DocumentError for what cannot be any of them."""
    if b"%PDF-" in data[:1024]:  # the header may follow a little junk (allowed by readers)
        return "pdf"
    if data.startswith(_ZIP):
        return "docx"  # the DOCX reader refuses zips that hold no Word document
    if data.startswith(_OLE):
        # An encrypted DOCX is a compound file holding the real zip encrypted as "EncryptedPackage".
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise DocumentError("encrypted")
        raise DocumentError("unsupported")
    if data.startswith(_NOT_TEXT):
        raise DocumentError("unsupported")
    return "txt"
