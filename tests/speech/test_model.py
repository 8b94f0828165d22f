"""The Whisper model folder: the bundled base joined once from its two packages, or the user's own."""

import os
import shutil
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import pytest

from valmis.speech import SpeechUnavailable, model
from valmis.speech.model import BASE_MODEL_BYTES, resolve_model_dir, whisper_base_dir


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The cache test_transcriber.py also joins into, so one run joins the 145 MB model once."""
    path = tmp_path_factory.getbasetemp() / "whisper-cache"
    yield path
    shutil.rmtree(path, ignore_errors=True)  # pytest keeps the last runs' temp dirs: not 145 MB each


@pytest.fixture
def own_cache(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "cache"
    shutil.rmtree(tmp_path / "cache", ignore_errors=True)


def test_the_two_parts_join_into_the_whole_base_model(cache_dir: Path) -> None:
    folder = whisper_base_dir(cache_dir)
    assert folder == cache_dir / "whisper-base"
    assert BASE_MODEL_BYTES == 145_217_532  # as measured in MODELS.md
    assert (folder / "model.bin").stat().st_size == BASE_MODEL_BYTES
    assert sorted(p.name for p in folder.iterdir()) == [
        "config.json",
        "model.bin",
        "tokenizer.json",
        "vocabulary.txt",
    ]
    part1 = files(model.PACKAGES[0]) / "data" / "model.bin.part1"
    part2 = files(model.PACKAGES[1]) / "data" / "model.bin.part2"
    with (folder / "model.bin").open("rb") as joined, part1.open("rb") as p1, part2.open("rb") as p2:
        assert joined.read(4096) == p1.read(4096)
        joined.seek(-4096, os.SEEK_END)
        p2.seek(-4096, os.SEEK_END)
        assert joined.read() == p2.read()


def test_a_second_call_reuses_the_joined_model(cache_dir: Path) -> None:
    first = whisper_base_dir(cache_dir)
    before = (first / "model.bin").stat().st_mtime_ns
    assert whisper_base_dir(cache_dir) == first
    assert (first / "model.bin").stat().st_mtime_ns == before


def test_a_partial_model_left_by_a_crash_is_joined_again(own_cache: Path) -> None:
    folder = own_cache / "whisper-base"
    folder.mkdir(parents=True)
    (folder / "model.bin").write_bytes(b"\0" * 1000)
    stale = folder / ".model.bin.abc123.tmp"  # a temp file from a join that crashed yesterday
    stale.write_bytes(b"\0" * 1000)
    os.utime(stale, (0, 0))

    assert whisper_base_dir(own_cache) == folder
    assert (folder / "model.bin").stat().st_size == BASE_MODEL_BYTES
    assert not stale.exists()
    assert not list(folder.glob("*.tmp"))


def test_missing_model_packages_make_speech_unavailable_with_a_plain_message(
    own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(model, "PACKAGES", ("valmis_no_such_package_1", "valmis_no_such_package_2"))
    with pytest.raises(SpeechUnavailable, match="speech recognition is not installed"):
        whisper_base_dir(own_cache)
    assert not own_cache.exists()


def test_no_setting_means_the_bundled_base_model(cache_dir: Path) -> None:
    assert resolve_model_dir(None, cache_dir) == cache_dir / "whisper-base"
    assert resolve_model_dir("", cache_dir) == cache_dir / "whisper-base"


def test_a_users_own_model_folder_is_used_as_it_is(tmp_path: Path, own_cache: Path) -> None:
    small = tmp_path / "whisper-small"
    small.mkdir()
    for name in ("model.bin", "config.json", "tokenizer.json", "vocabulary.json"):
        (small / name).write_bytes(b"{}")
    assert resolve_model_dir(str(small), own_cache) == small
    assert not own_cache.exists()  # the bundled model is not joined when it is not used


def test_a_folder_that_is_not_a_whisper_model_is_refused_by_name(tmp_path: Path) -> None:
    (tmp_path / "model.bin").write_bytes(b"{}")
    (tmp_path / "config.json").write_bytes(b"{}")
    with pytest.raises(SpeechUnavailable, match=r"no tokenizer\.json"):
        resolve_model_dir(str(tmp_path), tmp_path / "cache")
    with pytest.raises(SpeechUnavailable, match="does not exist"):
        resolve_model_dir(str(tmp_path / "medium"), tmp_path / "cache")
