"""Long text in pieces: where :func:`~dispatch_tools.repair.restore` cuts a text too long to
repair at once.

A dispatch is repaired as one piece: its statistics (how often its lines lost their marks,
whether an OCR engine damaged it, how it places the tone on ``oa``) and its second pass (the
readings it is sure of elsewhere) come from the whole document. A text longer than
:data:`PIECE` characters (a book, many dispatches in one file) is repaired piece by piece, each
piece on its own evidence, so that memory does not grow with the text. Pieces are whole
paragraphs where possible: a piece ends after a blank line (a sentence break, so no sentence is
cut); else after a line end; else, in a line longer than half a piece, after a space; else
anywhere but before a combining mark. Cuts are chosen from the text alone, so the pieces are
the same whether the text comes whole or in chunks of any size.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

PIECE = 200_000  # characters: more than any dispatch (the longest development document has 35,000)
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_SPACE = re.compile(r"[ \t]")


def cut_point(ahead: str, size: int) -> int:
    """Where the piece that starts ``ahead`` (more than ``size`` characters of the text) ends:
    a cut at most ``size`` characters in, chosen from those characters and the one after."""
    window = ahead[:size]
    half = size // 2
    blank = None
    for blank in _BLANK_LINE.finditer(window, half):
        pass
    if blank is not None:
        return blank.end()
    line_end = window.rfind("\n", half)
    if line_end >= 0:
        return line_end + 1
    space = None
    for space in _SPACE.finditer(window, half):
        pass
    if space is not None:
        return space.end()
    cut = size
    while cut > 1 and unicodedata.combining(ahead[cut]):  # a mark stays with its letter
        cut -= 1
    return cut


def cut(chunks: Iterable[str], size: int | None = None) -> Iterator[str]:
    """The pieces of the text made of ``chunks`` (consecutive parts of it, any sizes): their
    concatenation is the text, and each has at most ``size`` (default :data:`PIECE`) characters."""
    size = size or PIECE
    buffer = ""
    for chunk in chunks:
        buffer += chunk
        while len(buffer) > size:
            cut = cut_point(buffer[:size + 1], size)
            yield buffer[:cut]
            buffer = buffer[cut:]
    if buffer:
        yield buffer


def slices(text: str, size: int | None = None) -> Iterator[str]:
    """``text`` as chunks of ``size`` characters, for :func:`cut` (so that a long text is
    never copied whole)."""
    size = size or PIECE
    for start in range(0, len(text), size):
        yield text[start:start + size]
