"""UI translations: gettext catalogs read straight from the `.po` files, once per process."""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

LOCALE_DIR = Path(__file__).parent / "locale"
LANGUAGES = ("en", "fi")
DOMAIN = "messages"


def N_(message: str) -> str:
    """Mark a string for translation where it is defined; it is translated where it is shown."""
    return message


@cache
def translations(lang: str) -> NullTranslations:
    """The catalog for a UI language; English is the source language and needs none."""
    po = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if lang == "en" or not po.exists():
        return NullTranslations()
    with po.open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    buf = io.BytesIO()
    write_mo(buf, catalog)
    buf.seek(0)
    return Translations(buf, domain=DOMAIN)


def pick_language(*candidates: str | None) -> str:
    """The first supported language among the candidates (cookie, profile, Accept-Language …)."""
    for cand in candidates:
        if not cand:
            continue
        for piece in cand.split(","):
            code = piece.split(";")[0].strip().lower()[:2]
            if code in LANGUAGES:
                return code
    return "en"
