"""A page pasted from a web page's paragraphs: a blank line after every line.

Such a page puts a gap between the rows of the head, inside a subject wrapped on two lines and
between the entries of Nơi nhận, where a printed page has none; a rule that reads a blank line as
the end of a part stops early there. When nearly every line of a page is followed by a blank one,
and the page shows that its gaps are no paragraph's end (some gaps are wider, where the printed
page had a blank line, or lines past a gap go on with a sentence in small letters),
:func:`single_breaks` reads every gap as half as many breaks: one blank line becomes a plain
break, and the double gap that stood for a printed page's blank line stays one blank line. A page
whose lines are all paragraphs one blank line apart keeps its gaps: they are its only paragraph
ends (a subject line then the body's first paragraph).

The text keeps its length (a dropped break becomes a space at the end of the line before it), so
every offset the parser records still points into the page as it was read.
"""

from __future__ import annotations

import re

_GAP = re.compile(r"\n(?:[ \t]*\n)*")
MIN_LINES = 8  # fewer filled lines than this tell nothing of how the page was pasted
SHARE = 0.85  # the share of the filled lines followed by a blank line that marks such a page
WRAPPED = 0.1  # the share of lines past a gap that go on with a sentence (small letter) that marks wrapped lines


def doubled(text: str) -> bool:
    """Whether nearly every filled line of ``text`` is followed by a blank line that stands for no
    paragraph's end (see the module's text)."""
    text = text.strip()
    gaps = list(_GAP.finditer(text))
    sizes = [m.group().count("\n") for m in gaps]
    if len(gaps) + 1 < MIN_LINES or sum(n >= 2 for n in sizes) < SHARE * len(gaps):
        return False
    small = sum(text[m.end():m.end() + 1].islower() for m in gaps)
    return max(sizes) >= 3 or small >= WRAPPED * len(gaps)


def single_breaks(text: str) -> str:
    """``text`` with every gap of ``n`` breaks read as ``(n + 1) // 2`` when the page has a blank line
    after nearly every line (:func:`doubled`); else ``text`` as it is. Same length."""
    if not doubled(text):
        return text

    def halve(m: re.Match) -> str:
        gap = m.group()
        keep = (gap.count("\n") + 1) // 2
        return " " * (len(gap) - keep) + "\n" * keep

    return _GAP.sub(halve, text)
