"""Plain-text résumés: whatever encoding the editor saved them in."""

from __future__ import annotations

import pytest

from valmis.documents import DocumentError, read_document

RESUME = "Aino Virtanen\nTyökokemus\nAsiakaspalveluneuvoja – Sitel, 92 % asiakastyytyväisyys\nKielitaito: äidinkieli suomi\n"
LINES = [
    "Aino Virtanen",
    "Työkokemus",
    "Asiakaspalveluneuvoja – Sitel, 92 % asiakastyytyväisyys",
    "Kielitaito: äidinkieli suomi",
    "",
]


@pytest.mark.parametrize(
    "data",
    [
        RESUME.encode("utf-8"),
        RESUME.encode("utf-8-sig"),
        RESUME.encode("utf-16"),  # with a BOM, as Notepad's "Unicode" saves it
        "\ufeff".encode("utf-16-be") + RESUME.encode("utf-16-be"),
        RESUME.encode("cp1252"),  # older Windows editors
        RESUME.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["utf-8", "utf-8 with BOM", "utf-16 LE", "utf-16 BE", "windows-1252", "CRLF"],
)
def test_a_text_file_is_read_whatever_its_encoding(data: bytes) -> None:
    document = read_document(data, "aino.txt")
    assert [line.text for line in document.lines] == LINES
    assert document.kind == "txt"
    assert document.pages == 1
    assert document.notes == ()


def test_a_text_file_named_pdf_is_read_as_text_with_a_note() -> None:
    document = read_document(RESUME.encode(), "cv.pdf")
    assert document.kind == "txt"
    assert document.notes == ("extension_mismatch",)


def test_utf_16_without_a_bom_is_refused_rather_than_read_as_junk() -> None:
    with pytest.raises(DocumentError) as caught:
        read_document(RESUME.encode("utf-16-le"), "cv.txt")
    assert caught.value.code == "unsupported"
