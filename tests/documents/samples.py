"""Real résumé files built in memory: PDFs with fpdf2, DOCX with python-docx, pictures with Pillow.

Each builder returns the file's bytes and takes well under 0.2 s. The text is one BPO candidate's
résumé, in English and in Finnish, so tests can look for real lines.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
from dataclasses import dataclass

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Pt
from fpdf import FPDF
from PIL import Image, ImageDraw


@dataclass(frozen=True)
class Resume:
    name: str
    title: str
    email: str
    phone: str
    # heading, lines: "- " starts a bullet, a tab puts the dates at the right margin
    sections: tuple[tuple[str, tuple[str, ...]], ...]


EN = Resume(
    name="Maria Santos",
    title="Customer Service Representative",
    email="maria.santos@example.com",
    phone="+63 917 555 0142",
    sections=(
        (
            "Summary",
            (
                "Customer service representative with four years of inbound voice and chat support "
                "for telecom and banking clients. Calm with upset callers, quick with CRM tools.",
            ),
        ),
        (
            "Experience",
            (
                "Customer Service Representative, Concentrix Manila\tMarch 2021 - present",
                "- Handled 80+ inbound calls a day with a 92% CSAT",
                "- Cut average handle time from 7:40 to 6:10 minutes in six months",
                "- Trained 12 new hires on billing disputes and escalation rules",
                "Technical Support Associate, Teleperformance Cebu\tJune 2019 - February 2021",
                "- Solved broadband and router issues over chat, 45 chats a day",
                "- Kept first contact resolution above 85% for 18 months",
            ),
        ),
        (
            "Education",
            ("Bachelor of Science in Business Administration, University of San Carlos, 2019",),
        ),
        ("Skills", ("Zendesk, Salesforce Service Cloud, Avaya, typing 65 wpm, de-escalation",)),
        ("Languages", ("English (fluent, C1), Filipino (native), Cebuano (native)",)),
    ),
)

FI = Resume(
    name="Aino Virtanen",
    title="Asiakaspalvelun asiantuntija",
    email="aino.virtanen@example.fi",
    phone="+358 40 555 0173",
    sections=(
        ("Yhteystiedot", ("aino.virtanen@example.fi", "+358 40 555 0173", "Tampere")),
        (
            "Profiili / Tiivistelmä",
            (
                "Asiakaspalvelun ammattilainen, jolla on neljän vuoden kokemus puhelin- ja chat-palvelusta "
                "teleoperaattorin ja pankin asiakkaille. Pysyn rauhallisena hankalissakin tilanteissa.",
            ),
        ),
        (
            "Työkokemus",
            (
                "Asiakaspalveluneuvoja, Sitel Tampere\t3/2021 - nykyhetki",
                "- Vastasin päivittäin yli 80 saapuvaan puheluun, asiakastyytyväisyys 92 %",
                "- Lyhensin keskimääräistä käsittelyaikaa 7:40:stä 6:10:een puolessa vuodessa",
                "- Perehdytin 12 uutta työntekijää laskutusriitoihin ja eskalointiin",
                "Tekninen tukihenkilö, Elisa Oyj\t6/2019 - 2/2021",
                "- Ratkoin laajakaista- ja reititinongelmia chatissa, 45 keskustelua päivässä",
            ),
        ),
        ("Koulutus", ("Tradenomi, liiketalous, Tampereen ammattikorkeakoulu, 2019",)),
        ("Taidot", ("Zendesk, Salesforce Service Cloud, Avaya, kymmensormijärjestelmä",)),
        ("Kielitaito", ("suomi (äidinkieli), englanti (erinomainen), ruotsi (hyvä)",)),
        ("Sertifikaatit", ("ITIL 4 Foundation, 2022",)),
    ),
)

# More for a second page: what a longer résumé adds.
EXTRA_EN = (
    (
        "Earlier experience",
        (
            "Sales Agent, Alorica Davao\tJanuary 2018 - May 2019",
            "- Made 120 outbound calls a day for a telecom upgrade campaign, 14% conversion",
            "- Top seller of the quarter twice in a team of 20",
        ),
    ),
    ("Certificates", ("ITIL 4 Foundation, 2022", "Zendesk Support Administrator, 2021")),
    ("References", ("Available on request",)),
)
EXTRA_FI = (
    (
        "Aiempi työkokemus",
        (
            "Myyjä, Telia Finland\t1/2018 - 5/2019",
            "- Soitin 120 myyntipuhelua päivässä, konversio 14 %",
        ),
    ),
    ("Suosittelijat", ("Annetaan pyydettäessä",)),
)


def resume(lang: str = "en") -> Resume:
    return FI if lang == "fi" else EN


# -- PDF ---------------------------------------------------------------------------------------------


def _new_pdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "cp1252"  # the core fonts' own encoding: – and • as well as ä ö å
    pdf.set_auto_page_break(False)
    pdf.set_margins(20, 20, 20)
    return pdf


def _pdf_sections(pdf: FPDF, sections: tuple[tuple[str, tuple[str, ...]], ...], *, width: float = 0) -> None:
    x = pdf.get_x()
    for heading, lines in sections:
        pdf.ln(3)
        pdf.set_x(x)
        pdf.set_font("helvetica", "B", 12)
        pdf.cell(width, 7, heading, new_x="LEFT", new_y="NEXT")
        pdf.set_font("helvetica", "", 10)
        for line in lines:
            pdf.set_x(x)
            if "\t" in line and not width:  # role and employer on the left, dates at the right margin
                role, dates = line.split("\t")
                pdf.cell(pdf.epw - 50, 5, role)
                pdf.cell(50, 5, dates, align="R", new_x="LMARGIN", new_y="NEXT")
                continue
            text = "• " + line[2:] if line.startswith("- ") else line.replace("\t", ", ")
            pdf.multi_cell(width, 5, text, new_x="LEFT", new_y="NEXT")


def _pdf_name(pdf: FPDF, cv: Resume) -> None:
    pdf.set_font("helvetica", "B", 20)
    pdf.cell(0, 10, cv.name, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 10)
    pdf.cell(0, 6, f"{cv.title} | {cv.email} | {cv.phone}", new_x="LMARGIN", new_y="NEXT")


def pdf_one_column(lang: str = "en", pages: int = 1) -> bytes:
    """A plain one-column résumé of exactly `pages` pages."""
    cv = resume(lang)
    pdf = _new_pdf()
    pdf.add_page()
    _pdf_name(pdf, cv)
    _pdf_sections(pdf, cv.sections)
    extra = EXTRA_FI if lang == "fi" else EXTRA_EN
    for number in range(2, pages + 1):
        pdf.add_page()
        pdf.set_font("helvetica", "B", 10)
        pdf.cell(0, 6, f"{cv.name} - page {number}", new_x="LMARGIN", new_y="NEXT")
        _pdf_sections(pdf, extra)
    return bytes(pdf.output())


def pdf_finnish() -> bytes:
    return pdf_one_column("fi")


def pdf_two_columns() -> bytes:
    """A designer template: a name band across the top, a side column (contact, skills) and a main
    column, a photo, and a centred footer line."""
    cv = EN
    pdf = _new_pdf()
    pdf.add_page()
    pdf.image(_photo(), x=170, y=12, w=20)
    pdf.set_font("helvetica", "B", 20)
    pdf.cell(0, 10, cv.name, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 11)
    pdf.cell(
        0, 6, cv.title + " with four years in inbound voice and chat support", new_x="LMARGIN", new_y="NEXT"
    )
    top = pdf.get_y() + 6
    side = (
        ("Contact", (cv.email, cv.phone, "Quezon City, Manila")),
        ("Skills", ("Zendesk", "Salesforce", "Avaya", "Typing 65 wpm", "De-escalation")),
        ("Languages", ("English (C1)", "Filipino (native)", "Cebuano (native)")),
    )
    pdf.set_xy(20, top)
    _pdf_sections(pdf, side, width=50)
    main = tuple(section for section in cv.sections if section[0] in ("Summary", "Experience", "Education"))
    pdf.set_xy(85, top)
    _pdf_sections(pdf, main, width=105)
    pdf.set_xy(20, 280)
    pdf.set_font("helvetica", "I", 9)
    pdf.cell(0, 5, "References available on request", align="C")
    return bytes(pdf.output())


def pdf_three_columns() -> bytes:
    """A name band over three narrow columns: experience, skills, languages and certificates."""
    pdf = _new_pdf()
    pdf.add_page()
    _pdf_name(pdf, EN)
    top = pdf.get_y() + 6
    columns = (
        (
            "Experience",
            ("Concentrix Manila", "2021 - present", "80+ calls a day", "92% CSAT", "Trained 12 hires"),
        ),
        ("Skills", ("Zendesk", "Salesforce", "Avaya", "Typing 65 wpm", "De-escalation")),
        (
            "Languages",
            ("English (C1)", "Filipino (native)", "Cebuano (native)", "ITIL 4, 2022", "Zendesk admin"),
        ),
    )
    for x, section in zip((20, 82, 144), columns, strict=True):
        pdf.set_xy(x, top)
        _pdf_sections(pdf, (section,), width=46)
    return bytes(pdf.output())


def pdf_with_table() -> bytes:
    """A one-column résumé whose skills are a table drawn with cell borders."""
    cv = EN
    pdf = _new_pdf()
    pdf.add_page()
    _pdf_name(pdf, cv)
    _pdf_sections(pdf, cv.sections[:2])
    pdf.ln(3)
    pdf.set_font("helvetica", "B", 12)
    pdf.cell(0, 7, "Skills", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 10)
    with pdf.table(col_widths=(60, 40, 20), width=120, align="LEFT") as table:
        for row in (
            ("Tool", "Level", "Years"),
            ("Zendesk", "Advanced", "3"),
            ("Salesforce Service Cloud", "Intermediate", "2"),
            ("Avaya", "Advanced", "4"),
        ):
            cells = table.row()
            for text in row:
                cells.cell(text)
    return bytes(pdf.output())


def pdf_image_only() -> bytes:
    """A scanned résumé: one page that is only a picture of text."""
    pdf = _new_pdf()
    pdf.add_page()
    pdf.image(_scan(), x=0, y=0, w=210)
    return bytes(pdf.output())


def pdf_text_then_scan() -> bytes:
    """A typed first page and a scanned second page (a certificate, say)."""
    pdf = _new_pdf()
    pdf.add_page()
    _pdf_name(pdf, EN)
    _pdf_sections(pdf, EN.sections)
    pdf.add_page()
    pdf.image(_scan(), x=0, y=0, w=210)
    return bytes(pdf.output())


def pdf_encrypted() -> bytes:
    """A résumé that needs a password to open."""
    pdf = _new_pdf()
    pdf.set_encryption(owner_password="owner-secret", user_password="open-sesame")
    pdf.add_page()
    _pdf_name(pdf, EN)
    return bytes(pdf.output())


def pdf_corrupt() -> bytes:
    """A résumé PDF cut off in transfer: only its first third arrived."""
    data = pdf_one_column()
    return data[: len(data) // 3]


def pdf_pages(count: int) -> bytes:
    """A document of `count` short pages (a whole report, not a résumé)."""
    pdf = _new_pdf()
    pdf.set_font("helvetica", "", 11)
    for number in range(1, count + 1):
        pdf.add_page()
        pdf.cell(0, 8, f"Quarterly service report, page {number}", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def pdf_blank() -> bytes:
    """A PDF whose only page has nothing on it."""
    pdf = _new_pdf()
    pdf.add_page()
    return bytes(pdf.output())


# -- DOCX --------------------------------------------------------------------------------------------


def _saved(doc: DocxDocument) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _docx_resume(cv: Resume, *, contact: bool = True, skip: tuple[str, ...] = ()) -> DocxDocument:
    doc = new_docx()
    doc.add_heading(cv.name, level=0)
    if contact:
        doc.add_paragraph(f"{cv.email} | {cv.phone}")
    for heading, lines in cv.sections:
        if heading in skip:
            continue
        doc.add_heading(heading, level=1)
        for line in lines:
            if line.startswith("- "):
                doc.add_paragraph(line[2:], style="List Bullet")
            elif "\t" in line:
                role, dates = line.split("\t")
                paragraph = doc.add_paragraph()
                paragraph.add_run(role).bold = True
                paragraph.add_run("\t" + dates)
            else:
                doc.add_paragraph(line)
    return doc


def docx_one_column(lang: str = "en") -> bytes:
    """A plain one-column Word résumé."""
    return _saved(_docx_resume(resume(lang)))


def docx_finnish() -> bytes:
    """A Finnish Word résumé with a photo at the top, as Finnish résumés often have."""
    doc = _docx_resume(FI, contact=False)
    doc.paragraphs[0].insert_paragraph_before().add_run().add_picture(_png(_photo()), width=Pt(60))
    return _saved(doc)


def docx_with_table() -> bytes:
    """Skills as a bordered table between the experience and the languages."""
    doc = _docx_resume(EN, skip=("Skills", "Languages"))
    doc.add_heading("Skills", level=1)
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for row in (
        ("Tool", "Level", "Years"),
        ("Zendesk", "Advanced", "3"),
        ("Salesforce Service Cloud", "Intermediate", "2"),
    ):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    doc.add_heading("Languages", level=1)
    doc.add_paragraph(EN.sections[-1][1][0])
    return _saved(doc)


_TEXT_BOX_XML = """
<w:r {ns}>
  <mc:AlternateContent>
    <mc:Choice Requires="wps">
      <w:drawing>
        <wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1"
            behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
          <wp:simplePos x="0" y="0"/>
          <wp:positionH relativeFrom="page"><wp:posOffset>4800000</wp:posOffset></wp:positionH>
          <wp:positionV relativeFrom="page"><wp:posOffset>900000</wp:posOffset></wp:positionV>
          <wp:extent cx="2200000" cy="900000"/>
          <wp:effectExtent l="0" t="0" r="0" b="0"/>
          <wp:wrapSquare wrapText="bothSides"/>
          <wp:docPr id="10" name="Text Box 10"/>
          <wp:cNvGraphicFramePr/>
          <a:graphic>
            <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
              <wps:wsp>
                <wps:cNvSpPr txBox="1"/>
                <wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2200000" cy="900000"/></a:xfrm>
                  <a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>
                <wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx>
                <wps:bodyPr rot="0" vert="horz" wrap="square"/>
              </wps:wsp>
            </a:graphicData>
          </a:graphic>
        </wp:anchor>
      </w:drawing>
    </mc:Choice>
    <mc:Fallback>
      <w:pict>
        <v:shape id="Text Box 10" type="#_x0000_t202" style="position:absolute;width:173pt;height:71pt">
          <v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox>
        </v:shape>
      </w:pict>
    </mc:Fallback>
  </mc:AlternateContent>
</w:r>
"""
_NAMESPACES = " ".join(
    f'xmlns:{prefix}="{uri}"'
    for prefix, uri in (
        ("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
        ("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006"),
        ("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
        ("a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
        ("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"),
        ("v", "urn:schemas-microsoft-com:vml"),
    )
)


def docx_text_box() -> bytes:
    """Contact details in a floating text box beside the name (Word writes it twice: shape and VML)."""
    doc = _docx_resume(EN, contact=False)
    paragraphs = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in (EN.email, EN.phone))
    box = parse_xml(_TEXT_BOX_XML.format(ns=_NAMESPACES, paragraphs=paragraphs))
    doc.paragraphs[0]._p.append(box)
    return _saved(doc)


def docx_contact_in_header() -> bytes:
    """Email and phone only in the page header, where many applicant-tracking systems never look."""
    doc = _docx_resume(EN, contact=False)
    header = doc.sections[0].header
    header.paragraphs[0].text = f"{EN.email} | {EN.phone}"
    doc.sections[0].footer.paragraphs[0].text = "Maria Santos - résumé"
    return _saved(doc)


def docx_two_columns() -> bytes:
    """The whole résumé in a section set to two newspaper columns."""
    doc = _docx_resume(EN)
    sect = doc.sections[0]._sectPr
    for old in sect.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cols"):
        sect.remove(old)
    sect.append(parse_xml(f'<w:cols {_NAMESPACES} w:num="2" w:space="720"/>'))
    return _saved(doc)


def docx_page_breaks(breaks: int) -> bytes:
    """A résumé followed by `breaks` page breaks, each page holding a line."""
    doc = _docx_resume(EN)
    for number in range(breaks):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        doc.add_paragraph(f"Appendix page {number + 2}")
    return _saved(doc)


def docx_pictures_only() -> bytes:
    """A Word file that is a scanned résumé pasted in as a picture."""
    doc = new_docx()
    doc.add_picture(_png(_scan(small=True)), width=Pt(400))
    return _saved(doc)


def docx_empty() -> bytes:
    doc = new_docx()
    doc.add_paragraph("   ")
    return _saved(doc)


def docx_corrupt() -> bytes:
    """A Word résumé cut off in transfer (the zip's directory at the end is missing)."""
    data = docx_one_column()
    return data[: len(data) // 2]


def docx_broken_xml() -> bytes:
    """A zip that looks like a Word file but whose document part is not well-formed XML."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_one_column())) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            target.writestr(item, data)
    return out.getvalue()


def docx_zip_bomb() -> bytes:
    """A Word résumé with one more member that unpacks to 61 MB of spaces (under 1 MB packed)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(docx_one_column())) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target,
    ):
        for item in source.infolist():
            target.writestr(item.filename, source.read(item.filename))
        chunk = b" " * (1024 * 1024)
        with target.open("word/media/padding.xml", "w", force_zip64=True) as padding:
            for _ in range(61):
                padding.write(chunk)
    return out.getvalue()


# -- Other files -------------------------------------------------------------------------------------


def zip_without_document() -> bytes:
    """A zip of photos: not a Word file."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("photos/me.png", png())
    return out.getvalue()


def odt() -> bytes:
    """An OpenDocument text file (LibreOffice's own format)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", "<office:document-content/>")
    return out.getvalue()


def rtf() -> bytes:
    return rb"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times;}} \f0 Maria Santos\par Customer Service Representative\par}"


def png() -> bytes:
    return _png(_photo()).getvalue()


def junk(size: int = 4096) -> bytes:
    return random.Random(7).randbytes(size)


def huge_bytes() -> bytes:
    """Just over the 5 MB limit: a text file of résumé lines repeated."""
    line = b"Handled 80+ inbound calls a day with a 92% CSAT\n"
    return line * (5 * 1024 * 1024 // len(line) + 1)


def _compound_file(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE compound file (what Office writes for .doc and for password-protected .docx).

    Version 3, 512-byte sectors; every stream is padded to 4096 bytes so it lives in ordinary
    sectors and no mini stream is needed. Layout: header, one FAT sector, the directory, the streams.
    """
    sector = 512
    names = list(streams)
    data = [streams[name].ljust(4096, b"\x00") for name in names]
    dir_entries = 1 + len(names)
    dir_sectors = -(-dir_entries * 128 // sector)
    fat: list[int] = [0xFFFFFFFD]  # sector 0 holds the FAT itself
    dir_start = len(fat)
    fat += [*range(dir_start + 1, dir_start + dir_sectors), 0xFFFFFFFE]
    starts = []
    for blob in data:
        start = len(fat)
        count = len(blob) // sector
        starts.append(start)
        fat += [*range(start + 1, start + count), 0xFFFFFFFE]
    fat += [0xFFFFFFFF] * (sector // 4 - len(fat))

    def entry(
        name: str, kind: int, start: int, size: int, child: int = 0xFFFFFFFF, right: int = 0xFFFFFFFF
    ) -> bytes:
        encoded = (name + "\x00").encode("utf-16-le")
        return (
            encoded.ljust(64, b"\x00")
            + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", 0xFFFFFFFF, right, child)
            + b"\x00" * 36
            + struct.pack("<IQ", start, size)
        )

    directory = entry("Root Entry", 5, 0xFFFFFFFE, 0, child=1)
    for index, name in enumerate(names):
        right = index + 2 if index + 1 < len(names) else 0xFFFFFFFF
        directory += entry(name, 2, starts[index], len(data[index]), right=right)
    directory = directory.ljust(dir_sectors * sector, b"\x00")
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\x00" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\x00" * 10
        + struct.pack("<IIIIIII", 1, dir_start, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE)
        + struct.pack("<I", 0)  # no DIFAT sectors
        + struct.pack("<109I", 0, *([0xFFFFFFFF] * 108))  # DIFAT: the one FAT sector is sector 0
    )
    fat_sector = struct.pack(f"<{sector // 4}I", *fat)
    return header.ljust(sector, b"\x00") + fat_sector + directory + b"".join(data)


def encrypted_office() -> bytes:
    """A password-protected DOCX: Office wraps the encrypted zip in a compound file."""
    rng = random.Random(3)
    return _compound_file(
        {
            "EncryptionInfo": struct.pack("<HHI", 4, 4, 0x40) + b"<encryption/>",
            "EncryptedPackage": struct.pack("<Q", 9000) + rng.randbytes(9000),
        }
    )


def legacy_doc() -> bytes:
    """An old Word 97-2003 .doc: a compound file with a WordDocument stream."""
    return _compound_file({"WordDocument": b"\xec\xa5\xc1\x00" + b"\x00" * 200, "1Table": b"\x00" * 200})


# -- Pictures ----------------------------------------------------------------------------------------


def _photo() -> Image.Image:
    """A small portrait-like picture."""
    image = Image.new("RGB", (60, 80), (200, 180, 160))
    ImageDraw.Draw(image).ellipse((15, 10, 45, 45), fill=(120, 90, 70))
    return image


def _scan(*, small: bool = False) -> Image.Image:
    """A page of résumé text as a picture, the way a scanner or a phone camera delivers it."""
    width, height = (400, 560) if small else (620, 877)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    y = 30
    for text in (EN.name, EN.email, EN.phone, *EN.sections[1][1]):
        draw.text((30, y), text, fill=0)
        y += 22
    return image


def _png(image: Image.Image) -> io.BytesIO:
    out = io.BytesIO()
    image.save(out, format="PNG")
    out.seek(0)
    return out
