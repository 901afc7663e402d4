"""Is this a dispatch at all? A file may be anything: a note, a list, a page of a book.

A dispatch opens with a header: the issuing body, its number and symbol, the place and date, the
national title or the Party or Youth Union title, a type name or a ``V/v`` subject. A text in
which parse found none of these is flagged ``không phải công văn?`` for a person to look at,
instead of being registered as a dispatch with empty fields. A ``Kính gửi`` line alone does not
make a header.
"""

from __future__ import annotations

from functools import lru_cache

from ..i18n import N_
from ..model import Fields
from ..vntext import strip_diacritics
from .text import load_table, words_regex

# A warning of the reading, in the interface language ("không thấy phần đầu … không phải công văn?").
NOTICE = N_("no document header found (number and symbol, issuing body, date, national title, type "
            "name, subject): not a dispatch?")
HEAD_LINES = 25  # the national title is looked for in this many first lines


@lru_cache(maxsize=1)
def _titles():
    return words_regex([text for kind, text in load_table("header_marks.tsv") if kind == "motto"])


def header_parts(fields: Fields, text: str = "") -> list[str]:
    """The names of the header parts that were found (empty: no dispatch header at all)."""
    found = [name for name in ("number", "issuer", "date") if getattr(fields, name)]
    sentence = _sentence_line(fields, text)
    if "doc_type" in fields.sources and sentence is None:  # a type name printed in the text, not the default
        found.append("doc_type")
    subject = fields.sources.get("subject")
    in_sentence = sentence is not None and subject is not None and sentence[0] <= subject.start < sentence[1]
    if fields.subject and fields.subject.strip() and not in_sentence:
        found.append("subject")
    head = strip_diacritics("\n".join(text.splitlines()[:HEAD_LINES]))
    if head and _titles().search(head):
        found.append("title")
    return found


def _sentence_line(fields: Fields, text: str) -> tuple[int, int] | None:
    """The span of the line the type name was read from, when that line is a sentence ending with
    a full stop (``Biên bản họp lớp: hôm nay … .``): a title never ends so, so neither the type
    nor a subject read from that line is a header."""
    source = fields.sources.get("doc_type")
    if source is None or not text or source.start >= len(text):
        return None
    start = text.rfind("\n", 0, source.start) + 1
    end = text.find("\n", source.start)
    end = len(text) if end < 0 else end
    return (start, end) if text[start:end].rstrip().endswith(".") else None


def is_not_dispatch(fields: Fields | None, text: str = "") -> bool:
    return fields is None or not header_parts(fields, text)
