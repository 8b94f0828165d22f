"""Word (DOCX) files: body, tables, text boxes, headers and footers in document order."""

from __future__ import annotations

import io
import math
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator
from typing import Any

from valmis.analysis.document import Document, Line
from valmis.documents.errors import DocumentError

# A DOCX is a zip: a few hundred KB of XML that unpacks to a few MB (styles.xml alone can be 1 MB).
# A small file that unpacks to more is a zip bomb; so is one with thousands of members.
MAX_UNPACKED = 60 * 1024 * 1024
MAX_MEMBERS = 1000
_WORDS_PER_PAGE = 600  # a dense résumé page; only used when the file does not state its pages
_OFF = ("0", "false", "off")

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_VML_IMAGE = "{urn:schemas-microsoft-com:vml}imagedata"
_FALLBACK = _MC + "Fallback"
_TEXT_BOX = _W + "txbxContent"
# Elements that wrap paragraphs or runs without meaning anything themselves (content controls,
# tracked insertions, hyperlinks, fields, smart tags).
_WRAPPERS = frozenset(
    _W + tag
    for tag in (
        "sdt",
        "sdtContent",
        "customXml",
        "smartTag",
        "hyperlink",
        "ins",
        "moveTo",
        "fldSimple",
        "dir",
        "bdo",
    )
)
# Where a run keeps its text boxes (read after the paragraph; deleted text, w:del, is never walked).
_SHAPES = frozenset({_W + "drawing", _W + "pict", _W + "object", _MC + "AlternateContent"})
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def read_docx(data: bytes, filename: str = "") -> Document:
    """Read a DOCX into lines: headers, then the body (paragraphs and tables in order), then footers.

    1. Check the zip before anything unpacks it: size and member count (zip bombs), and that it is
       a Word document at all (an ODT or XLSX is a zip too).
    2. Parse with python-docx and walk the XML: text boxes come right after the paragraph that
       anchors them, read once (the VML Fallback copy is skipped).
    3. Count tables, text boxes, pictures, multi-column sections and pages.
    """
    app_pages = _check_package(data)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except ValueError as exc:  # a macro-enabled document or a template: another main part type
        raise DocumentError("unsupported") from exc
    except (KeyError, SyntaxError, zipfile.BadZipFile, zlib.error, EOFError, PackageNotFoundError) as exc:
        raise DocumentError("corrupt") from exc
    except RuntimeError as exc:  # zipfile: a member with a zip password, or an unknown compression
        raise DocumentError("corrupt") from exc

    walker = _Walker(document.styles.element)
    body = document.element.body
    parts = document.part.related_parts
    header_ids, footer_ids = ([rid for rid in ids if rid in parts] for ids in _header_footer_ids(body))
    for rid in header_ids:
        walker.block(parts[rid].element, "header")
    walker.block(body, "body")
    for rid in footer_ids:
        walker.block(parts[rid].element, "footer")

    images = _count_images(body) + sum(_count_images(parts[rid].element) for rid in header_ids + footer_ids)
    multi_column = any(_columns(sect) >= 2 for sect in body.iter(_W + "sectPr"))
    words = sum(len(line.text.split()) for line in walker.lines if line.where not in ("header", "footer"))
    breaks = _page_breaks(body)
    pages = max(app_pages, 1 + breaks) if app_pages else max(1 + breaks, math.ceil(words / _WORDS_PER_PAGE))
    return Document(
        lines=tuple(walker.lines),
        kind="docx",
        pages=pages,
        filename=filename,
        columns=(1,) if multi_column else (),
        tables=walker.tables,
        text_boxes=walker.text_boxes,
        images=images,
    )


def _check_package(data: bytes) -> int:
    """Refuse zip bombs and zips that are no Word document; return the pages the file states (or 0)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
            if len(members) > MAX_MEMBERS:
                raise DocumentError("corrupt")
            unpacked = sum(member.file_size for member in members)
            if unpacked > MAX_UNPACKED:
                raise DocumentError("too_large", size=unpacked, limit=MAX_UNPACKED, unpacked=1)
            names = {member.filename for member in members}
            if "word/document.xml" not in names:
                raise DocumentError("unsupported")
            app = package.read("docProps/app.xml") if "docProps/app.xml" in names else b""
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        # A cut-off zip has no directory at its end, but a Word file's member names are still there.
        raise DocumentError("corrupt" if b"word/" in data else "unsupported") from exc
    found = re.search(rb"<(?:\w+:)?Pages>\s*(\d+)\s*</", app)
    return int(found.group(1)) if found else 0


class _Walker:
    """Collects lines from WordprocessingML blocks, keeping count of tables and text boxes."""

    def __init__(self, styles: Any) -> None:
        self.lines: list[Line] = []
        self.tables = 0
        self.text_boxes = 0
        self._styles = _Styles(styles)

    def block(self, container: Any, where: str) -> None:
        """Paragraphs and tables of a body, cell, header, footer or text box, in order."""
        for child in container:
            if child.tag == _W + "p":
                self._paragraph(child, where)
            elif child.tag == _W + "tbl":
                self._table(child, where)
            elif child.tag in _WRAPPERS:
                self.block(child, where)
            elif child.tag == _MC + "AlternateContent":
                choice = child.find(_MC + "Choice")
                if choice is not None:
                    self.block(choice, where)

    def _table(self, table: Any, where: str) -> None:
        before = len(self.lines)
        inside = "table" if where == "body" else where  # a table in a header is still header text
        for row in _children(table, _W + "tr"):
            for cell in _children(row, _W + "tc"):
                self.block(cell, inside)
        if any(line.text for line in self.lines[before:]):
            self.tables += 1

    def _paragraph(self, paragraph: Any, where: str) -> None:
        style_bold, style_size, heading = self._styles.of_paragraph(paragraph)
        found: list[tuple[str, bool | None, float]] = []
        boxes: list[Any] = []
        self._runs(paragraph, found, boxes)
        runs = [
            (text, style_bold if bold is None else bold, size or style_size) for text, bold, size in found
        ]
        for text, bold, size in _split_lines(runs):
            self.lines.append(Line(text=text, where=where, bold=heading or bold, size=size))
        for box in boxes:
            before = len(self.lines)
            self.block(box, "text_box" if where in ("body", "table") else where)
            if any(line.text for line in self.lines[before:]):
                self.text_boxes += 1

    def _runs(self, element: Any, runs: list[tuple[str, bool | None, float]], boxes: list[Any]) -> None:
        """Collect run text (through links, insertions, content controls) and the text boxes anchored there."""
        for child in element:
            if child.tag == _W + "r":
                bold, size = self._styles.of_run(child)
                for piece in child:
                    if piece.tag in _SHAPES:
                        boxes.extend(_text_boxes(piece))
                    elif text := _piece_text(piece):
                        runs.append((text, bold, size))
            elif child.tag in _WRAPPERS:
                self._runs(child, runs, boxes)
            elif child.tag == _MC + "AlternateContent":
                boxes.extend(_text_boxes(child))


class _Styles:
    """Bold and size of paragraph and character styles, following `basedOn` to the defaults."""

    def __init__(self, root: Any) -> None:
        self._by_id = {style.get(_W + "styleId"): style for style in root.iter(_W + "style")}
        self._default = next(
            (
                sid
                for sid, style in self._by_id.items()
                if style.get(_W + "type") == "paragraph" and style.get(_W + "default") not in (None, *_OFF)
            ),
            None,
        )
        size = root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}sz")
        self._default_size = _half_points(size)
        self._cache: dict[str | None, tuple[bool | None, float]] = {}

    def of_paragraph(self, paragraph: Any) -> tuple[bool, float, bool]:
        """(bold, size, heading) of a paragraph's style."""
        ref = paragraph.find(f"{_W}pPr/{_W}pStyle")
        sid = ref.get(_W + "val") if ref is not None else self._default
        bold, size = self._resolved(sid)
        style = self._by_id.get(sid)
        name_el = style.find(_W + "name") if style is not None else None
        name = (name_el.get(_W + "val") or "").lower() if name_el is not None else ""
        return bool(bold), size or self._default_size, name.startswith(("heading", "title"))

    def of_run(self, run: Any) -> tuple[bool | None, float]:
        """(bold, size) set on a run or its character style; None and 0 when the paragraph decides."""
        props = run.find(_W + "rPr")
        if props is None:
            return None, 0.0
        bold = _flag(props.find(_W + "b"))
        size = _half_points(props.find(_W + "sz"))
        ref = props.find(_W + "rStyle")
        if ref is not None and (bold is None or not size):
            style_bold, style_size = self._resolved(ref.get(_W + "val"))
            bold = style_bold if bold is None else bold
            size = size or style_size
        return bold, size

    def _resolved(self, sid: str | None) -> tuple[bool | None, float]:
        if sid not in self._cache:
            bold: bool | None = None
            size = 0.0
            current, seen = sid, set()
            while current and current not in seen and current in self._by_id:
                seen.add(current)
                style = self._by_id[current]
                props = style.find(_W + "rPr")
                if props is not None:
                    bold = _flag(props.find(_W + "b")) if bold is None else bold
                    size = size or _half_points(props.find(_W + "sz"))
                based = style.find(_W + "basedOn")
                current = based.get(_W + "val") if based is not None else None
            self._cache[sid] = (bold, size)
        return self._cache[sid]


def _split_lines(runs: list[tuple[str, bool, float]]) -> Iterator[tuple[str, bool, float]]:
    """A paragraph's text cut at its line breaks: each line, whether most of it is bold, its usual size."""
    current: list[tuple[str, bool, float]] = []
    for text, bold, size in [*runs, ("\n", False, 0.0)]:
        pieces = text.split("\n")
        for index, piece in enumerate(pieces):
            if index:
                line = "".join(t for t, _, _ in current).replace("\t", " ").strip()
                if line:
                    weight: Counter[bool] = Counter()
                    sizes: Counter[float] = Counter()
                    for t, b, s in current:
                        weight[b] += len(t.strip())
                        sizes[s] += len(t.strip())
                    yield line, weight[True] > weight[False], sizes.most_common(1)[0][0]
                current = []
            if piece:
                current.append((piece, bold, size))


def _piece_text(piece: Any) -> str:
    tag = piece.tag
    if tag == _W + "t":
        return str(piece.text or "")
    if tag in (_W + "tab", _W + "ptab"):
        return "\t"
    if tag in (_W + "br", _W + "cr"):
        return "\n"
    if tag == _W + "noBreakHyphen":
        return "-"
    return ""


def _text_boxes(element: Any) -> Iterator[Any]:
    """The text boxes in a drawing, each once: not the Fallback copy, not a box inside a box."""
    for child in element:
        if child.tag == _TEXT_BOX:
            yield child
        elif child.tag != _FALLBACK:
            yield from _text_boxes(child)


def _children(element: Any, tag: str) -> Iterator[Any]:
    """Children with `tag`, also those wrapped in a content control."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, tag)


def _header_footer_ids(body: Any) -> tuple[list[str], list[str]]:
    """Relationship ids of every section's headers and footers (default, first page, even), once each."""
    headers: list[str] = []
    footers: list[str] = []
    for section in body.iter(_W + "sectPr"):
        for ref in section:
            rid = ref.get(_R_ID)
            if ref.tag == _W + "headerReference" and rid not in headers:
                headers.append(rid)
            elif ref.tag == _W + "footerReference" and rid not in footers:
                footers.append(rid)
    return headers, footers


def _count_images(root: Any) -> int:
    return sum(
        1 for element in root.iter(_BLIP, _VML_IMAGE) if next(element.iterancestors(_FALLBACK), None) is None
    )


def _columns(section: Any) -> int:
    cols = section.find(_W + "cols")
    if cols is None:
        return 1
    num = cols.get(_W + "num") or ""
    return max(int(num) if num.isdigit() else 1, len(cols.findall(_W + "col")))


def _page_breaks(body: Any) -> int:
    """Explicit page breaks: break characters, "page break before" and sections starting a new page."""
    breaks = sum(1 for br in body.iter(_W + "br") if br.get(_W + "type") == "page")
    breaks += sum(1 for el in body.iter(_W + "pageBreakBefore") if el.get(_W + "val") not in _OFF)
    for section in body.iter(_W + "sectPr"):
        if section.getparent() is body:
            continue  # the last section ends the document, it starts no page
        kind = section.find(_W + "type")
        if kind is None or kind.get(_W + "val") in ("nextPage", "oddPage", "evenPage"):
            breaks += 1
    return breaks


def _flag(element: Any) -> bool | None:
    return None if element is None else element.get(_W + "val") not in _OFF


def _half_points(element: Any) -> float:
    value = element.get(_W + "val") if element is not None else None
    return int(value) / 2 if value and value.isdigit() else 0.0
