"""Files that cannot be read are refused with a code, its numbers and a plain-English reason."""

from __future__ import annotations

import time

import pytest
from tests.documents import samples

from valmis.documents import MAX_BYTES, MAX_PAGES, DocumentError, read_document
from valmis.documents.docx import MAX_UNPACKED


def refused(data: bytes, filename: str = "", **limits: int) -> DocumentError:
    with pytest.raises(DocumentError) as caught:
        read_document(data, filename, **limits)
    assert str(caught.value)  # always a message to show
    return caught.value


def test_the_limits_are_five_megabytes_and_twenty_pages() -> None:
    assert MAX_BYTES == 5 * 1024 * 1024
    assert MAX_PAGES == 20


def test_zero_bytes_are_empty() -> None:
    assert refused(b"", "cv.pdf").code == "empty"


@pytest.mark.parametrize(
    "data",
    [b"  \r\n\t\n", samples.pdf_blank(), samples.docx_empty()],
    ids=["whitespace text", "blank pdf page", "word file with a blank paragraph"],
)
def test_a_file_without_any_text_or_picture_is_empty(data: bytes) -> None:
    assert refused(data).code == "empty"


def test_a_file_over_the_limit_is_refused_by_its_size_before_it_is_parsed() -> None:
    data = samples.huge_bytes()
    started = time.perf_counter()
    error = refused(data, "cv.txt")
    assert time.perf_counter() - started < 0.05
    assert error.code == "too_large"
    assert error.params == {"size": len(data), "limit": MAX_BYTES}
    assert "5.1 MB" in str(error)
    assert "the limit is 5 MB" in str(error)


def test_a_smaller_limit_can_be_given() -> None:
    data = samples.pdf_one_column()
    error = refused(data, max_bytes=1000)
    assert error.code == "too_large"
    assert error.params == {"size": len(data), "limit": 1000}
    # The size comes first: a damaged file over the limit is "too large", not "corrupt".
    assert refused(samples.pdf_corrupt(), max_bytes=100).code == "too_large"


@pytest.mark.parametrize(
    ("data", "filename"),
    [
        (samples.legacy_doc(), "cv.doc"),
        (samples.odt(), "cv.odt"),
        (samples.rtf(), "cv.rtf"),
        (samples.png(), "cv.png"),
        (samples.zip_without_document(), "photos.zip"),
        (samples.junk(), "cv.bin"),
    ],
    ids=["old .doc", "odt", "rtf", "png", "zip of photos", "binary junk"],
)
def test_other_file_types_are_unsupported_and_the_message_names_the_ones_that_work(
    data: bytes, filename: str
) -> None:
    error = refused(data, filename)
    assert error.code == "unsupported"
    assert "PDF, DOCX, TXT" in str(error)


def test_a_password_protected_pdf_is_encrypted() -> None:
    error = refused(samples.pdf_encrypted(), "cv.pdf")
    assert error.code == "encrypted"
    assert "unprotected copy" in str(error)


def test_a_password_protected_word_file_is_encrypted_not_unsupported() -> None:
    assert refused(samples.encrypted_office(), "cv.docx").code == "encrypted"


@pytest.mark.parametrize(
    "data",
    [samples.pdf_corrupt(), samples.docx_corrupt(), samples.docx_broken_xml()],
    ids=["truncated pdf", "truncated docx", "docx with broken xml"],
)
def test_a_damaged_file_is_corrupt(data: bytes) -> None:
    error = refused(data)
    assert error.code == "corrupt"
    assert "damaged" in str(error)


def test_a_scanned_pdf_is_image_only_and_the_message_says_why_that_matters() -> None:
    error = refused(samples.pdf_image_only(), "cv.pdf")
    assert error.code == "image_only"
    assert "Applicant-tracking systems cannot read it either" in str(error)
    assert "original text document" in str(error)


def test_a_word_file_holding_only_a_scan_is_image_only() -> None:
    assert refused(samples.docx_pictures_only()).code == "image_only"


def test_a_pdf_over_twenty_pages_is_refused_with_its_page_count() -> None:
    error = refused(samples.pdf_pages(21))
    assert error.code == "too_many_pages"
    assert error.params == {"pages": 21, "limit": 20}
    assert "21 pages" in str(error)
    assert read_document(samples.pdf_pages(20)).pages == 20


def test_a_word_file_over_the_page_limit_is_refused() -> None:
    error = refused(samples.docx_page_breaks(2), max_pages=2)
    assert error.code == "too_many_pages"
    assert error.params == {"pages": 3, "limit": 2}


def test_a_two_page_pdf_over_a_one_page_limit_is_refused() -> None:
    assert refused(samples.pdf_one_column(pages=2), max_pages=1).params == {"pages": 2, "limit": 1}


def test_a_word_file_that_unpacks_to_more_than_sixty_megabytes_is_refused_unopened() -> None:
    data = samples.docx_zip_bomb()
    assert len(data) < MAX_BYTES
    error = refused(data, "cv.docx")
    assert error.code == "too_large"
    assert error.params["limit"] == MAX_UNPACKED
    assert error.params["size"] > MAX_UNPACKED
    assert "unpacks to" in str(error)
