"""Page geometry for PDFs: text pieces into lines, ruled grids into tables, columns into reading order.

Pure: points in, points out, all in top-left page coordinates (y grows downwards). `pdf.py` feeds it
what PDFium reports; the tests can feed it numbers.
"""

from __future__ import annotations

from bisect import bisect
from collections import Counter
from dataclasses import dataclass

# Two pieces of text on one baseline belong to one line when the gap between them is at most this
# many font heights: a wide word space in justified text is ~0.5 em, a column gutter or a tab stop
# before a right-aligned date is several.
_JOIN_GAP_EM = 0.9
_SAME_ROW = 0.4  # centres this many line heights apart (or less) sit on one baseline
# A gutter between columns: a vertical band at least this wide (points) that no column line enters.
_GUTTER = 8.0
_COLUMN_MIN_LINES = 3  # lines on each side of a gutter
_COLUMN_MIN_SHARE = 0.5  # of a page's lines sit in the columns: a two-part footer is no layout
_COLUMN_MIN_TEXT = 0.1  # of the characters on each side: a stack of right-aligned dates is no column
_COLUMN_ALIGNED = 0.3  # of a column's lines start at one x: columns are left-aligned, dates are not
# Of a column's height is covered by its lines: a column is text line after line, while dates at the
# right margin of a one-column page come one per job, with the job's bullets between them.
_COLUMN_DENSITY = 0.4
_EDGE_TOLERANCE = 2.0  # ruling lines this close are one line (a border drawn as a thin filled box)
_SIDE_COVERED = 0.9  # a cell side counts as ruled when lines cover this share of it


@dataclass(frozen=True)
class Segment:
    """A run of text on one baseline as the PDF placed it."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float = 0.0
    bold: bool = False

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True)
class Edge:
    """A straight horizontal or vertical ruling line: `at` is its y (horizontal) or x (vertical)."""

    horizontal: bool
    at: float
    start: float
    end: float


@dataclass(frozen=True)
class Grid:
    """A table: ruling lines at `xs` and `ys`, and the cells closed on all four sides."""

    xs: tuple[float, ...]
    ys: tuple[float, ...]
    closed: frozenset[tuple[int, int]]

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        row = _slot(self.ys, y)
        col = _slot(self.xs, x)
        if row is None or col is None or (row, col) not in self.closed:
            return None
        return (row, col)


@dataclass(frozen=True)
class PageLine:
    """Segments joined into one line; `row` orders lines top to bottom, `cell` is (table, row, col)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    row: int
    size: float = 0.0
    bold: bool = False
    cell: tuple[int, int, int] | None = None

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


def find_tables(edges: list[Edge], segments: list[Segment]) -> list[Grid]:
    """Grids of ruling lines that hold text in at least two rows and two columns.

    1. Group the edges that touch or continue each other (one group per drawn grid).
    2. In each group, the distinct y of horizontal and x of vertical edges cut rows and columns;
       fewer than three of either is an underline, a box or a side bar, not a table.
    3. Keep the cells ruled on all four sides (two touching coloured bands are no table), and count
       the group a table when text sits in closed cells of two rows and two columns.
    """
    tables = []
    for group in _touching_groups(edges):
        ys = _cluster([edge.at for edge in group if edge.horizontal])
        xs = _cluster([edge.at for edge in group if not edge.horizontal])
        if len(ys) < 3 or len(xs) < 3:
            continue
        closed = frozenset(
            (row, col)
            for row in range(len(ys) - 1)
            for col in range(len(xs) - 1)
            if _cell_closed(group, xs[col], xs[col + 1], ys[row], ys[row + 1])
        )
        grid = Grid(xs=xs, ys=ys, closed=closed)
        filled = {cell for seg in segments if (cell := grid.cell_at((seg.x0 + seg.x1) / 2, seg.middle))}
        if len({row for row, _ in filled}) >= 2 and len({col for _, col in filled}) >= 2:
            tables.append(grid)
    return tables


def join_lines(segments: list[Segment], tables: list[Grid]) -> list[PageLine]:
    """Segments on one baseline, close together and in the same table cell, as one line each."""
    rows: list[list[tuple[Segment, tuple[int, int, int] | None]]] = []
    row_middle = 0.0
    row_height = 0.0
    for seg in sorted(segments, key=lambda s: (s.middle, s.x0)):
        height = seg.bottom - seg.top
        if rows and abs(seg.middle - row_middle) <= _SAME_ROW * max(height, row_height):
            rows[-1].append((seg, _cell(seg, tables)))
            row_height = max(row_height, height)
        else:
            rows.append([(seg, _cell(seg, tables))])
            row_middle, row_height = seg.middle, height
    lines: list[PageLine] = []
    for index, row in enumerate(rows):
        row.sort(key=lambda item: item[0].x0)
        piece = [row[0]]
        for seg, cell in row[1:]:
            last, last_cell = piece[-1]
            em = max(seg.size, last.size) or max(seg.bottom - seg.top, last.bottom - last.top)
            if cell == last_cell and seg.x0 - last.x1 <= _JOIN_GAP_EM * em:
                piece.append((seg, cell))
            else:
                lines.append(_joined(piece, index))
                piece = [(seg, cell)]
        lines.append(_joined(piece, index))
    return lines


def reading_order(lines: list[PageLine]) -> tuple[list[PageLine], bool]:
    """The lines in reading order, and whether the page is laid out in columns.

    Lines above the columns (a name and contact band) come first, then each column top to bottom,
    left to right (a column is split again if it holds columns itself), then lines below them.
    """
    split = _split_columns(lines)
    if split is None:
        return _by_row(lines), False
    above, left, right, below = split
    ordered = _by_row(above)
    for side in (left, right):
        ordered.extend(reading_order(side)[0])
    ordered.extend(_by_row(below))
    return ordered, True


def _by_row(lines: list[PageLine]) -> list[PageLine]:
    return sorted(lines, key=lambda line: (line.row, line.x0))


def _split_columns(
    lines: list[PageLine],
) -> tuple[list[PageLine], list[PageLine], list[PageLine], list[PageLine]] | None:
    """(above, left column, right column, below), split at the gutter that splits the most lines.

    Every x across the text is tried as a gutter. Lines crossing it (a name band, a centred footer)
    cut the page into stretches; the longest stretch must hold aligned columns of real text on both
    sides. Table cells take no part: their own gaps are no layout columns.
    """
    free = [line for line in lines if line.cell is None]
    if len(free) < 2 * _COLUMN_MIN_LINES:
        return None
    best: list[PageLine] = []
    gutters: list[float] = []
    x = min(line.x0 for line in free) + _GUTTER
    right_edge = max(line.x1 for line in free) - _GUTTER
    while x < right_edge:
        region = _longest_stretch(free, x)
        if len(region) >= max(len(best), _COLUMN_MIN_SHARE * len(free)) and _is_column_pair(region, x):
            if len(region) > len(best):
                best, gutters = region, []
            gutters.append(x)
        x += 2.0
    if not best:
        return None
    gutter = gutters[len(gutters) // 2]  # the middle of the widest gap
    region = _longest_stretch(free, gutter)
    start = min(line.top for line in region)
    end = max(line.bottom for line in region)
    parts: tuple[list[PageLine], list[PageLine], list[PageLine], list[PageLine]] = ([], [], [], [])
    for line in lines:
        if line.bottom <= start + 1.0:
            parts[0].append(line)
        elif line.top >= end - 1.0:
            parts[3].append(line)
        else:
            parts[1 if (line.x0 + line.x1) / 2 < gutter else 2].append(line)
    return parts


def _longest_stretch(lines: list[PageLine], x: float) -> list[PageLine]:
    """The most lines that sit between two consecutive lines crossing a gutter at `x`."""
    half = _GUTTER / 2
    crossing = sorted(line.middle for line in lines if line.x0 < x + half and line.x1 > x - half)
    stretches: dict[int, list[PageLine]] = {}
    for line in lines:
        if not (line.x0 < x + half and line.x1 > x - half):
            stretches.setdefault(bisect(crossing, line.middle), []).append(line)
    return max(stretches.values(), key=len, default=[])


def _is_column_pair(region: list[PageLine], x: float) -> bool:
    left = [line for line in region if line.x1 <= x]
    right = [line for line in region if line.x0 >= x]
    if len(left) < _COLUMN_MIN_LINES or len(right) < _COLUMN_MIN_LINES:
        return False
    chars = sum(len(line.text) for line in region)
    if min(sum(len(line.text) for line in side) for side in (left, right)) < _COLUMN_MIN_TEXT * chars:
        return False
    if not all(_aligned(side) and _dense(side) for side in (left, right)):
        return False
    # Side by side, not one block above the other.
    overlap = min(max(ln.bottom for ln in left), max(ln.bottom for ln in right)) - max(
        min(ln.top for ln in left), min(ln.top for ln in right)
    )
    shorter = min(max(ln.bottom for ln in side) - min(ln.top for ln in side) for side in (left, right))
    return overlap >= 0.5 * shorter


def _dense(lines: list[PageLine]) -> bool:
    span = max(line.bottom for line in lines) - min(line.top for line in lines)
    return sum(line.bottom - line.top for line in lines) >= _COLUMN_DENSITY * span


def _aligned(lines: list[PageLine]) -> bool:
    starts = Counter(round(line.x0 / 3) for line in lines)
    most = max(starts[key - 1] + starts[key] + starts[key + 1] for key in starts)
    return most >= _COLUMN_ALIGNED * len(lines)


def _joined(piece: list[tuple[Segment, tuple[int, int, int] | None]], row: int) -> PageLine:
    text = ""
    for seg, _ in piece:
        part = seg.text.strip()
        text = f"{text} {part}" if text and part else text or part
    first = piece[0][0]
    return PageLine(
        text=text,
        x0=min(seg.x0 for seg, _ in piece),
        top=min(seg.top for seg, _ in piece),
        x1=max(seg.x1 for seg, _ in piece),
        bottom=max(seg.bottom for seg, _ in piece),
        row=row,
        size=first.size,
        bold=first.bold,
        cell=piece[0][1],
    )


def _cell(seg: Segment, tables: list[Grid]) -> tuple[int, int, int] | None:
    for index, grid in enumerate(tables):
        cell = grid.cell_at((seg.x0 + seg.x1) / 2, seg.middle)
        if cell is not None:
            return (index, *cell)
    return None


def _slot(cuts: tuple[float, ...], value: float) -> int | None:
    for index in range(len(cuts) - 1):
        if cuts[index] <= value < cuts[index + 1]:
            return index
    return None


def _cluster(values: list[float]) -> tuple[float, ...]:
    """Distinct positions: values within the tolerance of the previous one are the same line."""
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > _EDGE_TOLERANCE:
            out.append(value)
    return tuple(out)


def _touching_groups(edges: list[Edge]) -> list[list[Edge]]:
    parent = list(range(len(edges)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(edges):
        for j in range(i + 1, len(edges)):
            if _touch(a, edges[j]):
                parent[root(i)] = root(j)
    groups: dict[int, list[Edge]] = {}
    for i, edge in enumerate(edges):
        groups.setdefault(root(i), []).append(edge)
    return list(groups.values())


def _touch(a: Edge, b: Edge) -> bool:
    tol = _EDGE_TOLERANCE
    if a.horizontal == b.horizontal:
        return abs(a.at - b.at) <= tol and a.start <= b.end + tol and b.start <= a.end + tol
    return a.start - tol <= b.at <= a.end + tol and b.start - tol <= a.at <= b.end + tol


def _cell_closed(group: list[Edge], left: float, right: float, top: float, bottom: float) -> bool:
    return (
        _covered(group, True, top, left, right)
        and _covered(group, True, bottom, left, right)
        and _covered(group, False, left, top, bottom)
        and _covered(group, False, right, top, bottom)
    )


def _covered(group: list[Edge], horizontal: bool, at: float, start: float, end: float) -> bool:
    """Whether ruling lines at `at` cover most of [start, end]."""
    spans = sorted(
        (max(edge.start, start), min(edge.end, end))
        for edge in group
        if edge.horizontal == horizontal and abs(edge.at - at) <= _EDGE_TOLERANCE
    )
    covered = 0.0
    reach = start
    for lo, hi in spans:
        lo = max(lo, reach)
        if hi > lo:
            covered += hi - lo
            reach = hi
    return covered >= _SIDE_COVERED * (end - start)
