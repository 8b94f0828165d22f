"""The Finnish catalog keeps up with the code: every UI string has a translation with the same placeholders."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from valmis.i18n import LOCALE_DIR, translations

SRC = Path(__file__).resolve().parent.parent / "src"
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[+]?[sd]|\{[a-z_]+\}")


def _source_messages() -> set[str]:
    method_map = [("**.py", "python"), ("valmis/web/templates/**.html", "jinja2")]
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        SRC, method_map, keywords={"_": None, "gettext": None, "ngettext": (1, 2), "N_": None}
    ):
        found.add(message[0] if isinstance(message, tuple) else message)
    return found


def _catalog():  # type: ignore[no-untyped-def]
    with (LOCALE_DIR / "fi" / "LC_MESSAGES" / "messages.po").open("rb") as fh:
        return read_po(fh, locale="fi")


def test_every_ui_string_in_the_code_has_a_finnish_translation() -> None:
    catalog = _catalog()
    translated = {m.id[0] if isinstance(m.id, tuple) else m.id: m.string for m in catalog if m.id}
    missing = sorted(m for m in _source_messages() if not translated.get(m))
    assert missing == [], "run `make i18n` and translate: " + "; ".join(missing[:5])


def test_translations_keep_their_placeholders() -> None:
    for message in _catalog():
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set(PLACEHOLDER.findall(ids[-1]))
        for text in strings:
            assert set(PLACEHOLDER.findall(text)) == wanted, (ids[0], text)


def test_the_finnish_catalog_loads_and_translates() -> None:
    assert translations("fi").gettext("Your answer") == "Vastauksesi"
    assert translations("en").gettext("Your answer") == "Your answer"
