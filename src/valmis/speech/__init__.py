"""Offline speech recognition: the bundled Whisper base model, audio decoding and transcribers.

Nothing loads at import. The caller picks the model folder (`model.resolve_model_dir`), builds a
transcriber (`transcriber.make_transcriber`) and decodes recordings (`audio.load_audio`); the model
itself loads on the first transcription.
"""

from __future__ import annotations


class SpeechUnavailable(Exception):
    """Speech recognition cannot run here: the model packages are missing or a model folder is unusable."""
