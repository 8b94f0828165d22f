"""Fill Finnish translations from a JSON object {msgid: msgstr}: `python scripts/po_fill.py FILE.json`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

PO = Path(__file__).resolve().parent.parent / "src/valmis/locale/fi/LC_MESSAGES/messages.po"


def main(path: str) -> None:
    wanted = json.loads(Path(path).read_text(encoding="utf-8"))
    with PO.open("rb") as fh:
        catalog = read_po(fh, locale="fi")
    for message in catalog:
        if message.id in wanted:
            message.string = wanted[message.id]
    catalog.obsolete.clear()
    with PO.open("wb") as fh:
        write_po(fh, catalog, no_location=True, sort_output=True, width=76)


if __name__ == "__main__":
    main(sys.argv[1])
