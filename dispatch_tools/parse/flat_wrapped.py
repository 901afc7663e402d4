"""A flattened page hard-wrapped after it lost its line breaks (a PDF's text layer, a mail client
that wraps a pasted page): the whole head, body and foot as one paragraph cut into lines of about
the same width, each cut where the next word no longer fits. Such a run of lines is joined again
(each break becomes the space it was) so that :mod:`.flat` reads it as the flattened line it is.

A run is taken as wrapped when every line but its last is full: the line, a space and the next
line's first word are longer than the run's widest line (less a little slack, as a page wraps by
the width of the letters rather than their count). Lines a page prints on their own (a head's
rows, a list's entries) are mostly far shorter than the widest, so they break such a run."""

from __future__ import annotations

import re

from ..vntext import strip_diacritics
from .text import lines_at

MIN_LINES = 4  # fewer lines are a paragraph, not a page
MIN_WIDTH = 40  # a narrower wrap is a column, not a page's width
SLACK = 0.9  # a line is full when it and the next word pass this share of the widest line


def _full(line: str, following: str, width: int) -> bool:
    words = following.split()
    return bool(line.strip()) and bool(words) and len(line.rstrip()) + 1 + len(words[0]) > width * SLACK


def wrapped_runs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of wrapped lines in ``text`` (``end`` the end of its last line)."""
    lines = list(lines_at(text))
    runs, i = [], 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and lines[j + 1][1].strip():
            width = max(len(line) for _, line in lines[i:j + 2])
            if not all(_full(lines[k][1], lines[k + 1][1], width) for k in range(i, j + 1)):
                break
            j += 1
        if j + 1 - i >= MIN_LINES and max(len(line) for _, line in lines[i:j + 1]) >= MIN_WIDTH:
            runs.append((lines[i][0], lines[j][0] + len(lines[j][1])))
            i = j + 1
        else:
            i += 1
    return runs


def joined(text: str, flattened) -> str:
    """``text`` with each wrapped run whose joined line ``flattened(text, start, line)`` takes for a
    flattened page joined on one line (the same length: its breaks become spaces)."""
    out = text
    for start, end in wrapped_runs(text):
        line = text[start:end].replace("\n", " ")
        if flattened(text, start, line):
            out = out[:start] + line + out[end:]
    return out


MAX_WIDTH = 200  # a page whose widest line is wider was not wrapped
MIN_FULL = 5  # a wrapped page has at least this many full lines
HEAD_LINES = 10  # the head's lines, when no Kính gửi ends it
# what opens a line of a head on its own (the number, the subject, Kính gửi, an entry, a rule, the
# national title, the motto, a note in brackets): a line that opens with one was printed so, not
# cut by the wrap; nor is one that holds the national title or the motto (a head's columns side by side)
_OWN_LINE = re.compile(r"^\s*(?:S[o0] ?:|V/[vV]\b|Ve\b|K[iI]nh g[uo]i|[-+*•_=(]|\d{1,2}\. |DANG CONG|DOAN TNCS)"
                       r"|C ?O?NG HOA XA H|Doc lap|T\w* do - H")
_RANGE_END = re.compile(r"^\s*[-–] ?\d")  # "… giai đoạn 2013" / "- 2017": a range the wrap cut at its dash
# a line in capitals after one ending in small letters (a công điện's sender after its subject)
_CAPS_AFTER_SMALL = re.compile(r"[a-z]\W*$")
_CAPS_LINE = re.compile(r"^\W*[A-Z]{2,}\W+[A-Z]{2,}\b")
_HEAD_END = re.compile(r"^\s*K[iI]nh g[uo]i", re.MULTILINE)


def head_joined(text: str) -> str:
    """``text`` with the head's lines a hard wrap cut joined again (the same length), on a page whose
    lines are cut at one width: a line is joined with the next when it is full (the next line's first
    word did not fit the page's width) and the next does not open as a head's line of its own does."""
    lengths = [len(line) for line in text.split("\n")]
    width = max(lengths, default=0)
    if width > MAX_WIDTH or sum(length > width * SLACK for length in lengths) < MIN_FULL:
        return text
    folded = strip_diacritics(text)  # the same length
    end = _HEAD_END.search(folded)
    lines = list(lines_at(folded))
    head_end = end.start() if end else lines[min(HEAD_LINES, len(lines) - 1)][0]
    out = list(text)
    for (start, line), (_, following) in zip(lines, lines[1:]):
        if start + len(line) >= head_end:
            break
        if _full(line, following, width) and following.strip() and _goes_on(line, following):
            out[start + len(line)] = " "
    return "".join(out)


def _goes_on(line: str, following: str) -> bool:
    """Whether ``following`` (folded) can go on from ``line`` cut by the wrap."""
    if _RANGE_END.match(following) and line.rstrip()[-1:].isdigit():
        return True
    return not (_OWN_LINE.search(following) or _CAPS_AFTER_SMALL.search(line) and _CAPS_LINE.match(following))
