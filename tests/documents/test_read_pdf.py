"""PDF résumés: lines in reading order with their boxes, columns, ruled tables, pictures, scans."""

from __future__ import annotations

from tests.documents import samples

from valmis.analysis.document import Document, Line
from valmis.documents import read_document


def texts(document: Document) -> list[str]:
    return [line.text for line in document.lines]


def line(document: Document, text: str) -> Line:
    return next(line for line in document.lines if line.text == text)


def test_a_one_column_pdf_gives_its_lines_top_to_bottom_with_boxes_from_the_top_left() -> None:
    document = read_document(samples.pdf_one_column(), "maria.pdf")
    assert document.kind == "pdf"
    assert document.filename == "maria.pdf"
    assert document.pages == 1
    assert texts(document)[:3] == [
        "Maria Santos",
        "Customer Service Representative | maria.santos@example.com | +63 917 555 0142",
        "Summary",
    ]
    bullet = line(document, "• Handled 80+ inbound calls a day with a 92% CSAT")
    assert bullet.page == 1
    assert 55 < bullet.x0 < 65  # the 20 mm margin is 56.7 pt
    assert bullet.x0 < bullet.x1
    assert bullet.top < bullet.bottom  # y grows downwards
    tops = [line.top for line in document.lines if line.x0 < 100]
    assert tops == sorted(tops)
    assert line(document, "Maria Santos").top < 80  # near the top of the page, not the bottom
    assert document.columns == ()
    assert document.tables == document.images == document.text_boxes == 0


def test_every_section_heading_is_a_bold_line_of_its_own_in_a_bigger_font() -> None:
    document = read_document(samples.pdf_one_column())
    for heading in ("Summary", "Experience", "Education", "Skills", "Languages"):
        found = line(document, heading)
        assert found.bold
        assert found.size == 12
    assert line(document, "Maria Santos").size == 20
    body = line(document, "• Cut average handle time from 7:40 to 6:10 minutes in six months")
    assert not body.bold
    assert body.size == 10


def test_dates_at_the_right_margin_stay_apart_from_the_role_and_make_no_second_column() -> None:
    document = read_document(samples.pdf_one_column())
    role = line(document, "Customer Service Representative, Concentrix Manila")
    dates = line(document, "March 2021 - present")
    assert abs(role.top - dates.top) < 2
    assert dates.x0 > 400
    assert texts(document).index(dates.text) == texts(document).index(role.text) + 1
    assert document.columns == ()


def test_a_wrapped_paragraph_keeps_its_line_breaks_as_lines() -> None:
    document = read_document(samples.pdf_one_column())
    summary = texts(document)[texts(document).index("Summary") + 1 :][:2]
    assert summary[0].startswith("Customer service representative with four years")
    assert summary[1].endswith("quick with CRM tools.")


def test_a_two_page_resume_has_two_pages_and_lines_on_each() -> None:
    document = read_document(samples.pdf_one_column(pages=2))
    assert document.pages == 2
    assert {line.page for line in document.lines} == {1, 2}
    assert line(document, "Earlier experience").page == 2
    assert line(document, "Summary").page == 1


def test_a_two_column_pdf_is_read_column_by_column() -> None:
    document = read_document(samples.pdf_two_columns())
    assert document.columns == (1,)
    order = texts(document)
    assert order[:2] == [
        "Maria Santos",
        "Customer Service Representative with four years in inbound voice and chat support",
    ]
    side = order.index("Contact"), order.index("Cebuano (native)")
    main = order.index("Summary"), order.index("Carlos, 2019")
    assert side[0] == 2
    assert side[1] < main[0]
    # The side column's lines sit on the same baselines as the main column's: read across, they
    # would interleave ("Contact Summary", "maria.santos@… Customer service…").
    assert order[side[0] : side[1] + 1] == [
        "Contact",
        "maria.santos@example.com",
        "+63 917 555 0142",
        "Quezon City, Manila",
        "Skills",
        "Zendesk",
        "Salesforce",
        "Avaya",
        "Typing 65 wpm",
        "De-escalation",
        "Languages",
        "English (C1)",
        "Filipino (native)",
        "Cebuano (native)",
    ]
    assert order[-1] == "References available on request"  # the centred footer comes after both columns


def test_a_three_column_page_is_read_one_column_after_another() -> None:
    document = read_document(samples.pdf_three_columns())
    assert document.columns == (1,)
    order = texts(document)
    assert order.index("Trained 12 hires") < order.index("Skills")
    assert order.index("De-escalation") < order.index("Languages")
    assert order[-1] == "Zendesk admin"


def test_a_photo_is_counted_as_a_picture_not_as_a_scanned_page() -> None:
    document = read_document(samples.pdf_two_columns())
    assert document.images == 1
    assert document.image_only_pages == ()


def test_a_skills_table_with_cell_borders_is_counted_and_its_cells_are_table_lines() -> None:
    document = read_document(samples.pdf_with_table())
    assert document.tables == 1
    assert document.columns == ()  # the gaps between a table's cells are no layout columns
    cells = [line.text for line in document.lines if line.where == "table"]
    assert cells == [
        "Tool",
        "Level",
        "Years",
        "Zendesk",
        "Advanced",
        "3",
        "Salesforce Service Cloud",
        "Intermediate",
        "2",
        "Avaya",
        "Advanced",
        "4",
    ]
    assert line(document, "Skills").where == "body"
    assert line(document, "• Handled 80+ inbound calls a day with a 92% CSAT").where == "body"


def test_a_resume_without_ruling_lines_has_no_tables() -> None:
    assert read_document(samples.pdf_one_column()).tables == 0
    assert read_document(samples.pdf_two_columns()).tables == 0


def test_a_scanned_page_after_a_typed_one_is_noted_as_image_only() -> None:
    document = read_document(samples.pdf_text_then_scan())
    assert document.pages == 2
    assert document.images == 1
    assert document.image_only_pages == (2,)
    assert {line.page for line in document.lines} == {1}


def test_finnish_letters_and_headings_come_through_intact() -> None:
    document = read_document(samples.pdf_finnish())
    order = texts(document)
    headings = ["Yhteystiedot", "Profiili / Tiivistelmä", "Työkokemus", "Koulutus", "Taidot", "Kielitaito"]
    assert [heading for heading in order if heading in headings] == headings
    assert "suomi (äidinkieli), englanti (erinomainen), ruotsi (hyvä)" in order
    assert "• Vastasin päivittäin yli 80 saapuvaan puheluun, asiakastyytyväisyys 92 %" in order


def test_a_pdf_named_docx_is_read_as_a_pdf_with_a_note() -> None:
    document = read_document(samples.pdf_one_column(), "cv.docx")
    assert document.kind == "pdf"
    assert document.notes == ("extension_mismatch",)
    assert read_document(samples.pdf_one_column(), "CV.PDF").notes == ()
