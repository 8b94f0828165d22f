"""Speech made from known text, for tests and benchmarks: espeak-ng (English) and Festival's
Finnish voice (clearer than espeak-ng's Finnish). Both are Debian packages `make test` installs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def espeak_available() -> bool:
    return shutil.which("espeak-ng") is not None


def festival_available() -> bool:
    return shutil.which("text2wave") is not None


def espeak(text: str, path: Path, *, voice: str = "en-us", rate: int = 140) -> Path:
    subprocess.run(["espeak-ng", "-v", voice, "-s", str(rate), "-w", str(path), text], check=True)
    return path


def festival_finnish(text: str, path: Path) -> Path:
    # Festival reads its input as Latin-1: ä and ö must not arrive as UTF-8 bytes.
    source = path.with_suffix(".txt")
    source.write_bytes(text.encode("latin-1"))
    subprocess.run(
        ["text2wave", "-eval", "(voice_suo_fi_lj_diphone)", str(source), "-o", str(path)],
        check=True,
        capture_output=True,
    )
    return path
