"""Documents in the database: a `Document` as JSON and back, so a stored résumé can be re-checked."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from valmis.analysis.document import Document, Line

_LINE_DEFAULTS = asdict(Line(text=""))


def document_json(doc: Document) -> dict[str, Any]:
    """Lines keep only the fields that differ from a plain line, to stay small."""
    lines = []
    for line in doc.lines:
        fields = {k: v for k, v in asdict(line).items() if k == "text" or v != _LINE_DEFAULTS[k]}
        lines.append(fields)
    return {
        "kind": doc.kind,
        "pages": doc.pages,
        "filename": doc.filename,
        "columns": list(doc.columns),
        "tables": doc.tables,
        "text_boxes": doc.text_boxes,
        "images": doc.images,
        "image_only_pages": list(doc.image_only_pages),
        "notes": list(doc.notes),
        "lines": lines,
    }


def document_from_json(data: dict[str, Any]) -> Document:
    return Document(
        lines=tuple(Line(**line) for line in data.get("lines", [])),
        kind=str(data.get("kind", "text")),
        pages=int(data.get("pages", 1)),
        filename=str(data.get("filename", "")),
        columns=tuple(data.get("columns", ())),
        tables=int(data.get("tables", 0)),
        text_boxes=int(data.get("text_boxes", 0)),
        images=int(data.get("images", 0)),
        image_only_pages=tuple(data.get("image_only_pages", ())),
        notes=tuple(data.get("notes", ())),
    )
