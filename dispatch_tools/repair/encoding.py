"""Legacy Vietnamese encodings and mojibake.

Old documents were typed in TCVN3 (``.VnTime`` fonts: ``Th«ng b¸o``) or VNI (``VNI-Times``:
``Thoâng baùo``); when their bytes are read as Latin-1/Windows-1252 the text looks like that.
UTF-8 read as Windows-1252 gives ``ThÃ´ng bÃ¡o``. :func:`fix_legacy` detects which of these a
text is in and converts it word by word (a word is converted only when the result is a valid
Vietnamese syllable and the original is not, so correct words are never touched).
:func:`decode_bytes` reads a plain-text file that is neither UTF-8 nor UTF-16.

The character tables are data: ``models/repair/legacy_encodings.json``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache

from ..resources import model_path
from .vietnamese import MARKED_LETTERS, is_syllable


class _Foreign:
    """Non-ASCII characters that are not Vietnamese letters."""

    def __contains__(self, ch: str) -> bool:
        return not ch.isascii() and ch not in MARKED_LETTERS and ch not in "đĐ"


_FOREIGN = _Foreign()

# a no-break space right after a Latin-1 letter is the second byte of a UTF-8 letter (à = C3 A0)
_CHUNK = re.compile(r"(?:\S|(?<=[\x80-\xff])\xa0)+")
_EDGE = re.compile(r"^([\"'“”‘’(\[«»]*)(.*?)([\"'“”‘’)\].,;:!?»]*)$", re.S)


@lru_cache(maxsize=1)
def _tables() -> dict:
    data = json.loads(model_path("repair", "legacy_encodings.json").read_text(encoding="utf-8"))
    out = {}
    for name in ("tcvn3", "vni"):
        decode = {legacy: uni for uni, legacy in data[name].items()}
        keys = sorted(decode, key=len, reverse=True)
        out[name] = (re.compile("|".join(re.escape(k) for k in keys)), decode)
    return out


def _convert_with(name: str, text: str) -> str:
    pattern, decode = _tables()[name]
    return pattern.sub(lambda m: decode[m.group()], text)


def _to_bytes(text: str) -> bytes | None:
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code < 256:
            out.append(code)
            continue
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            return None
    return bytes(out)


def _unmojibake(text: str) -> str:
    data = _to_bytes(text)
    if data is None:
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return text


CONVERTERS = {
    "tcvn3": lambda t: _convert_with("tcvn3", t),
    "vni": lambda t: _convert_with("vni", t),
    "utf-8-as-cp1252": _unmojibake,
}


def _word_ok(word: str) -> bool:
    parts = re.findall(r"[^\W\d_]+", word)
    return bool(parts) and all(is_syllable(p) for p in parts)


def convert_words(text: str, encoding: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for the words the converter turns into valid Vietnamese.

    Decided line by line: a line is converted when more of its words are invalid before and
    valid after conversion (evidence) than valid both ways (a legacy code that happens to read
    as a Vietnamese letter, such as ``Tù`` for ``Tự`` in TCVN3); then every word whose conversion
    is valid is converted. Correct Unicode lines have no evidence and stay as they are."""
    convert = CONVERTERS[encoding]
    edits: list[tuple[int, int, str]] = []
    line_edits: list[tuple[int, int, str]] = []
    evidence = doubtful = neutral = non_ascii = 0
    line_end = -1

    def settle() -> None:
        # neutral: invalid before, valid after, but only Vietnamese-looking letters (Thoâng)
        if evidence > doubtful or not doubtful and neutral >= 2 and 2 * neutral >= non_ascii:
            edits.extend(line_edits)

    for m in _CHUNK.finditer(text + "\n"):
        if m.start() > line_end:  # a new line: settle the previous one
            settle()
            line_edits, evidence, doubtful, neutral, non_ascii = [], 0, 0, 0, 0
            line_end = text.find("\n", m.start())
            line_end = len(text) if line_end < 0 else line_end
        chunk = m.group()
        if chunk.isascii():
            continue
        non_ascii += 1
        lead, core, trail = _EDGE.match(chunk).groups()
        if not core:
            continue
        new = unicodedata.normalize("NFC", convert(core))
        if new == core or not _word_ok(new):
            continue
        start = m.start() + len(lead)
        line_edits.append((start, start + len(core), new))
        if _word_ok(core):
            doubtful += 1
        elif any(ch in _FOREIGN for ch in core):  # a character no Vietnamese word has: « ¸ Ã ø
            evidence += 1
        else:
            neutral += 1
    settle()
    return edits


def detect_legacy(text: str) -> str | None:
    """The legacy encoding the text is written in, or None when it reads as Unicode."""
    best, best_gain = None, 0
    words = [m.group() for m in _CHUNK.finditer(text) if not m.group().isascii()]
    if not words:
        return None
    for name in CONVERTERS:
        gain = len(convert_words(" ".join(words), name))
        if gain > best_gain:
            best, best_gain = name, gain
    # a few stray conversions in a long Unicode text are not evidence of a legacy encoding
    if best is None or best_gain < max(2, 0.1 * len(words)):
        return None if best_gain < 1 or len(words) > 3 else best
    return best


def fix_legacy(text: str) -> tuple[str, str | None]:
    """Convert TCVN3, VNI or UTF-8-read-as-cp1252 text to Unicode.

    Returns the text and the detected encoding (None when the text was already Unicode)."""
    encoding = detect_legacy(text)
    if encoding is None:
        return text, None
    return apply_edits(text, convert_words(text, encoding)), encoding


def apply_edits(text: str, edits: list[tuple[int, int, str]]) -> str:
    out, last = [], 0
    for start, end, new in edits:
        out.append(text[last:start])
        out.append(new)
        last = end
    out.append(text[last:])
    return "".join(out)


_BAD_BYTE = re.compile("[\udc80-\udcff]")


def mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 text with a few bytes that are not: the text (each bad byte as U+FFFD) and how many
    bytes were bad; None when the bytes are not UTF-8.

    A few means at most one in a thousand (at least two are always allowed), and the letters that
    do decode as UTF-8 multi-byte sequences are ten times more: a legacy 8-bit text has almost
    none of those, so it is never taken for UTF-8."""
    text = data.decode("utf-8", errors="surrogateescape")
    bad = len(_BAD_BYTE.findall(text))
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    if bad > max(2, len(data) // 1000) or good < 10 * bad:
        return None
    return _BAD_BYTE.sub("\ufffd", text), bad


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a plain-text file: UTF-8/UTF-16 when valid, else the legacy reading (cp1258,
    or Latin-1 followed by TCVN3/VNI conversion) that reads as the most valid Vietnamese.

    Returns the text (NFC) and the name of the encoding used."""
    from .vietnamese import vietnamese_score

    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return unicodedata.normalize("NFC", data.decode("utf-16")), "utf-16"
    try:
        return unicodedata.normalize("NFC", data.decode("utf-8-sig")), "utf-8"
    except UnicodeDecodeError:
        pass
    # a few stray bytes do not make UTF-8 text legacy
    if (mostly := mostly_utf8(data)) is not None:
        return unicodedata.normalize("NFC", mostly[0]), "utf-8"
    candidates: list[tuple[str, str]] = []
    try:
        candidates.append((unicodedata.normalize("NFC", data.decode("cp1258")), "cp1258"))
    except UnicodeDecodeError:
        pass
    latin = data.decode("latin-1")
    for name in ("tcvn3", "vni"):
        candidates.append((apply_edits(latin, convert_words(latin, name)), name))
    candidates.append((latin, "latin-1"))
    best = max(candidates, key=lambda c: vietnamese_score(c[0]))
    return best
