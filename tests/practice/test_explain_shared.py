"""Reasons that several parts share are said once."""

from valmis.analysis.findings import Note, Part
from valmis.practice.explain import shared_notes


def part(name: str, *notes: Note) -> Part:
    return Part(name, 5, 10, notes, None)


def test_a_note_three_parts_carry_alike_is_shared_once() -> None:
    gate = Note("part.stuffed", {"percent": 50})
    parts = [part("a", gate, Note("x")), part("b", gate), part("c", Note("y"), gate), part("d")]
    assert shared_notes(parts) == [gate]


def test_notes_that_differ_in_their_values_or_quotes_are_not_shared() -> None:
    parts = [part(n, Note("found", {"element": n}, quote=n)) for n in "abc"]
    assert shared_notes(parts) == []


def test_stored_feedback_as_dicts_is_read_alike() -> None:
    gate = {"code": "part.red_flag", "params": {"percent": 50}, "quote": None}
    assert shared_notes([{"notes": [gate]}] * 3) == [gate]
