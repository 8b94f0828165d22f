"""PDF files through PDFium: lines with their boxes, columns, ruled tables, pictures and scanned pages."""

from __future__ import annotations

import ctypes
from typing import Any

from valmis.analysis.document import Document, Line
from valmis.documents.errors import DocumentError
from valmis.documents.layout import Edge, PageLine, Segment, find_tables, join_lines, reading_order

_BOLD_WEIGHT = 600  # CSS-style weights: 400 regular, 700 bold; semibold (600) reads as a heading too
_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi")
_MIN_EDGE = 3.0  # points: shorter strokes are dots, bullets or glyph-like decoration
_MAX_EDGES = 800  # a page with more straight strokes is a chart or vector art: no table search
_MAX_PATH_SEGMENTS = 400  # one path object this complex is a drawing, not a ruling line


def read_pdf(data: bytes, filename: str = "", *, max_pages: int) -> Document:
    """Read every page of a PDF into lines in reading order, with what the layout holds.

    1. Open it: a password error means `encrypted`, any other failure `corrupt`.
    2. Refuse more than `max_pages` before touching a page.
    3. Per page: text segments (and their font) → ruled tables → lines → columns → reading order;
       pictures are counted, and a page with pictures and no text is a scanned page.
    """
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        locked = exc.err_code in (pdfium.raw.FPDF_ERR_PASSWORD, pdfium.raw.FPDF_ERR_SECURITY)
        raise DocumentError("encrypted" if locked else "corrupt") from exc
    try:
        pages = len(pdf)
        if pages > max_pages:
            raise DocumentError("too_many_pages", pages=pages, limit=max_pages)
        lines: list[Line] = []
        columns: list[int] = []
        image_only: list[int] = []
        tables = images = 0
        for number in range(1, pages + 1):
            try:
                page = pdf[number - 1]
                try:
                    found = _read_page(page, number)
                finally:
                    page.close()
            except pdfium.PdfiumError as exc:  # a page PDFium cannot load or read
                raise DocumentError("corrupt") from exc
            lines.extend(found.lines)
            tables += found.tables
            images += found.images
            if found.columns:
                columns.append(number)
            if found.images and not found.lines:
                image_only.append(number)
    finally:
        pdf.close()
    return Document(
        lines=tuple(lines),
        kind="pdf",
        pages=pages,
        filename=filename,
        columns=tuple(columns),
        tables=tables,
        images=images,
        image_only_pages=tuple(image_only),
    )


class _Page:
    __slots__ = ("columns", "images", "lines", "tables")

    def __init__(self, lines: list[Line], *, columns: bool, tables: int, images: int) -> None:
        self.lines = lines
        self.columns = columns
        self.tables = tables
        self.images = images


def _read_page(page: Any, number: int) -> _Page:
    left, _, _, top = page.get_bbox()
    textpage = page.get_textpage()
    try:
        segments = _segments(textpage, left, top)
    finally:
        textpage.close()
    edges, images = _edges_and_images(page, left, top)
    grids = find_tables(edges, segments) if len(edges) <= _MAX_EDGES else []
    ordered, columns = reading_order(join_lines(segments, grids))
    lines = [_line(page_line, number) for page_line in ordered if page_line.text]
    return _Page(lines, columns=columns, tables=len(grids), images=images)


def _line(line: PageLine, page: int) -> Line:
    return Line(
        text=line.text,
        page=page,
        x0=round(line.x0, 1),
        top=round(line.top, 1),
        x1=round(line.x1, 1),
        bottom=round(line.bottom, 1),
        where="table" if line.cell is not None else "body",
        bold=line.bold,
        size=round(line.size, 1),
    )


def _segments(textpage: Any, left: float, top: float) -> list[Segment]:
    """PDFium's text rectangles (one per run of characters on a line) in top-left coordinates."""
    segments = []
    for index in range(textpage.count_rects()):
        r_left, r_bottom, r_right, r_top = textpage.get_rect(index)
        text = _clean(textpage.get_text_bounded(r_left, r_bottom, r_right, r_top))
        if not text.strip():
            continue
        size, bold = _font(textpage, r_left, (r_bottom + r_top) / 2)
        segments.append(
            Segment(
                text=text,
                x0=r_left - left,
                top=top - r_top,
                x1=r_right - left,
                bottom=top - r_bottom,
                size=size,
                bold=bold,
            )
        )
    return segments


def _clean(text: str) -> str:
    # PDFium marks a hyphen it generated at a line end as \x02 and may return line breaks for
    # characters that sit slightly off the rectangle's baseline.
    text = text.replace("\x02", "-").replace("\ufffe", "-").replace("\r", " ").replace("\n", " ")
    return "".join(ch for ch in text if ch.isprintable() or ch == "\t")


def _font(textpage: Any, x: float, y: float) -> tuple[float, bool]:
    """Font size and boldness of the character at the start of a segment."""
    import pypdfium2.raw as raw

    index = raw.FPDFText_GetCharIndexAtPos(textpage, x + 0.5, y, 2.0, 2.0)
    if index < 0:
        return 0.0, False
    size = float(raw.FPDFText_GetFontSize(textpage, index))
    if raw.FPDFText_GetFontWeight(textpage, index) >= _BOLD_WEIGHT:
        return size, True
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int(0)
    length = raw.FPDFText_GetFontInfo(textpage, index, buffer, len(buffer), ctypes.byref(flags))
    name = buffer.value.decode("utf-8", "replace").lower() if 0 < length <= len(buffer) else ""
    return size, any(word in name for word in _BOLD_NAMES)


def _edges_and_images(page: Any, left: float, top: float) -> tuple[list[Edge], int]:
    """Straight ruling strokes of the page's own path objects, and the pictures on it.

    Pictures are counted inside form XObjects too (a logo is often wrapped in one); ruling lines
    only at the top level, where a table drawn by a word processor or fpdf2 puts them.
    """
    import pypdfium2.raw as raw

    edges: list[Edge] = []
    images = 0
    stack: list[tuple[Any, int]] = [(page.raw, 0)]
    while stack:
        parent, depth = stack.pop()
        count = raw.FPDFPage_CountObjects(parent) if depth == 0 else raw.FPDFFormObj_CountObjects(parent)
        for i in range(max(count, 0)):
            obj = raw.FPDFPage_GetObject(parent, i) if depth == 0 else raw.FPDFFormObj_GetObject(parent, i)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_IMAGE:
                images += 1
            elif kind == raw.FPDF_PAGEOBJ_FORM and depth < 4:
                stack.append((obj, depth + 1))
            elif kind == raw.FPDF_PAGEOBJ_PATH and depth == 0 and len(edges) <= _MAX_EDGES:
                edges.extend(_path_edges(obj, left, top))
    return edges, images


def _path_edges(obj: Any, left: float, top: float) -> list[Edge]:
    import pypdfium2.raw as raw

    fill = ctypes.c_int(0)
    stroke = ctypes.c_int(0)
    if not raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke)) or not (
        fill.value or stroke.value
    ):
        return []
    count = raw.FPDFPath_CountSegments(obj)
    if count <= 1 or count > _MAX_PATH_SEGMENTS:
        return []
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        return []
    x = ctypes.c_float()
    y = ctypes.c_float()
    edges: list[Edge] = []
    start = previous = (0.0, 0.0)
    for i in range(count):
        segment = raw.FPDFPath_GetPathSegment(obj, i)
        if not raw.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y)):
            continue
        point = (m.a * x.value + m.c * y.value + m.e - left, top - (m.b * x.value + m.d * y.value + m.f))
        kind = raw.FPDFPathSegment_GetType(segment)
        if kind == raw.FPDF_SEGMENT_MOVETO:
            start = point
        elif kind == raw.FPDF_SEGMENT_LINETO:
            _add_edge(edges, previous, point)
        if raw.FPDFPathSegment_GetClose(segment):
            _add_edge(edges, point, start)
        previous = point
    return edges


def _add_edge(edges: list[Edge], a: tuple[float, float], b: tuple[float, float]) -> None:
    (ax, ay), (bx, by) = a, b
    if abs(ay - by) < 0.5 and abs(ax - bx) >= _MIN_EDGE:
        edges.append(Edge(horizontal=True, at=(ay + by) / 2, start=min(ax, bx), end=max(ax, bx)))
    elif abs(ax - bx) < 0.5 and abs(ay - by) >= _MIN_EDGE:
        edges.append(Edge(horizontal=False, at=(ax + bx) / 2, start=min(ay, by), end=max(ay, by)))
