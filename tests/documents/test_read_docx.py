"""Word résumés: paragraphs and tables in order, text boxes, headers and footers, layout facts."""

from __future__ import annotations

from tests.documents import samples

from valmis.analysis.document import Document, Line
from valmis.documents import read_document


def texts(document: Document) -> list[str]:
    return [line.text for line in document.lines]


def line(document: Document, text: str) -> Line:
    return next(line for line in document.lines if line.text == text)


def expected_lines(cv: samples.Resume) -> list[str]:
    lines = [cv.name, f"{cv.email} | {cv.phone}"]
    for heading, body in cv.sections:
        lines.append(heading)
        lines.extend(text.removeprefix("- ").replace("\t", " ") for text in body)
    return lines


def test_a_word_resume_is_read_paragraph_by_paragraph_in_document_order() -> None:
    document = read_document(samples.docx_one_column(), "maria.docx")
    assert document.kind == "docx"
    assert document.filename == "maria.docx"
    assert texts(document) == expected_lines(samples.EN)
    assert {line.where for line in document.lines} == {"body"}
    assert document.pages == 1
    assert document.notes == ()


def test_headings_and_bold_roles_are_marked_bold_with_their_sizes() -> None:
    document = read_document(samples.docx_one_column())
    assert line(document, "Maria Santos").bold  # the Title style
    assert line(document, "Maria Santos").size == 26
    experience = line(document, "Experience")
    assert experience.bold
    assert experience.size == 14
    assert line(document, "Customer Service Representative, Concentrix Manila March 2021 - present").bold
    bullet = line(document, "Handled 80+ inbound calls a day with a 92% CSAT")
    assert not bullet.bold
    assert bullet.size == 11


def test_a_one_column_word_file_has_no_columns_tables_text_boxes_or_pictures() -> None:
    document = read_document(samples.docx_one_column())
    assert document.columns == ()
    assert document.tables == document.text_boxes == document.images == 0


def test_table_cells_are_read_row_by_row_between_the_paragraphs_around_the_table() -> None:
    document = read_document(samples.docx_with_table())
    assert document.tables == 1
    order = texts(document)
    start = order.index("Skills")
    assert order[start : start + 11] == [
        "Skills",
        "Tool",
        "Level",
        "Years",
        "Zendesk",
        "Advanced",
        "3",
        "Salesforce Service Cloud",
        "Intermediate",
        "2",
        "Languages",
    ]
    assert [line.where for line in document.lines[start : start + 11]] == ["body", *["table"] * 9, "body"]


def test_a_text_box_is_read_once_right_after_its_anchor_and_counted() -> None:
    document = read_document(samples.docx_text_box())
    assert document.text_boxes == 1
    assert texts(document)[:3] == ["Maria Santos", "maria.santos@example.com", "+63 917 555 0142"]
    assert texts(document).count("maria.santos@example.com") == 1  # not again from the VML fallback
    assert line(document, "+63 917 555 0142").where == "text_box"
    assert line(document, "Summary").where == "body"


def test_contact_details_only_in_the_page_header_are_marked_as_header() -> None:
    document = read_document(samples.docx_contact_in_header())
    contact = line(document, "maria.santos@example.com | +63 917 555 0142")
    assert contact.where == "header"
    assert document.lines[0] == contact
    assert "maria.santos@example.com" not in document.body_text
    assert "maria.santos@example.com" in document.text
    assert document.lines[-1].text == "Maria Santos - résumé"
    assert document.lines[-1].where == "footer"
    assert [line.where for line in document.lines].count("header") == 1


def test_a_section_set_in_two_columns_is_flagged() -> None:
    document = read_document(samples.docx_two_columns())
    assert document.columns == (1,)
    assert texts(document) == expected_lines(samples.EN)


def test_a_finnish_resume_keeps_its_headings_letters_and_photo() -> None:
    document = read_document(samples.docx_finnish())
    order = texts(document)
    headings = [
        "Yhteystiedot",
        "Profiili / Tiivistelmä",
        "Työkokemus",
        "Koulutus",
        "Taidot",
        "Kielitaito",
        "Sertifikaatit",
    ]
    assert [text for text in order if text in headings] == headings
    assert all(line(document, heading).bold for heading in headings)
    assert "Lyhensin keskimääräistä käsittelyaikaa 7:40:stä 6:10:een puolessa vuodessa" in order
    assert "suomi (äidinkieli), englanti (erinomainen), ruotsi (hyvä)" in order
    assert document.images == 1


def test_explicit_page_breaks_add_pages() -> None:
    document = read_document(samples.docx_page_breaks(2))
    assert document.pages == 3
    assert texts(document)[-1] == "Appendix page 3"


def test_a_word_file_named_pdf_is_read_as_word_with_a_note() -> None:
    document = read_document(samples.docx_one_column(), "cv.pdf")
    assert document.kind == "docx"
    assert document.filename == "cv.pdf"
    assert document.notes == ("extension_mismatch",)
    assert texts(document) == expected_lines(samples.EN)


def test_a_word_file_without_an_extension_gets_no_note() -> None:
    assert read_document(samples.docx_one_column(), "cv").notes == ()
