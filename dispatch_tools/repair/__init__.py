"""Text repair: Unicode clean-up, legacy encodings, OCR damage and lost diacritics.

    >>> from dispatch_tools.repair import restore
    >>> r = restore("Cong hoa xa hoi chu nghia Viet Nam")
    >>> r.text
    'Cộng hòa xã hội chủ nghĩa Việt Nam'

``restore(text)`` returns the repaired text and the list of :class:`~dispatch_tools.model.Change`
(offsets in the input, a kind and a confidence); applying the changes to the input gives the
text. Four layers run in order, each on the output of the one before, and their edits are
composed into changes of the input:

1. ``unicode``   decomposed marks -> NFC, look-alike characters (:mod:`.unicode`)
2. ``encoding``  TCVN3 / VNI / UTF-8-read-as-cp1252 words -> Unicode (:mod:`.encoding`)
3. ``ocr`` in text read by an OCR engine that knows Vietnamese: specks read as punctuation
   (:mod:`.specks`), spaces lost, added or put one letter off (:mod:`.segmentation`), then
   Roman section numbers misread (:mod:`.sections`), tone marks on a symbol's capitals
   (:mod:`.symbols`), marks misread at a line's ends (:mod:`.line_ends`), the distribution
   list's formulas (:mod:`.foot_marks`), letters of no Vietnamese word (:mod:`.foreign_letters`)
   and the figures of a cited number or a date split or read as letters (:mod:`.cited_figures`)
4. ``diacritics`` and ``ocr``: the noisy channel + language model (:mod:`.noisy_channel`); in text
   read by OCR, then, the opening word of a body's name under its parent's line decoded with its own
   line alone (:mod:`.head_words`)

No change ever spans a line break.

A text longer than :data:`.pieces.PIECE` characters is repaired in pieces of whole paragraphs,
each on its own evidence (:mod:`.pieces`), so that memory stays the same however long the text
is; :func:`restore_stream` does the same for a text that arrives in chunks (a large file, read
as it is repaired).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..model import Change, Document, OffsetMap, apply_changes, in_order
from ..options import Options
from .pieces import PIECE, cut, slices
from ..i18n import _, ngettext

__all__ = ["Restored", "restore", "restore_stream", "repair_document"]

SEGMENTATION_CONFIDENCE = 0.9  # a space moved (:mod:`.segmentation`), a speck dropped (:mod:`.specks`)


@dataclass
class Restored:
    text: str
    changes: list[Change] = field(default_factory=list)
    encoding: str | None = None  # legacy encoding detected, if any


def _compose(original: str, changes: list[Change], current: str,
             edits: list[tuple[int, int, str, str, float]]) -> list[Change]:
    """Fold edits of ``current`` (= ``original`` with ``changes``) into changes of ``original``."""
    if not edits:
        return changes
    if not changes:
        return [Change(s, e, original[s:e], new, kind, conf) for s, e, new, kind, conf in edits]
    omap = OffsetMap(changes)
    # spans of the existing changes in ``current`` coordinates
    spans = []
    delta = 0
    for ch in in_order(changes):
        ns = ch.start + delta
        spans.append((ns, ns + len(ch.replacement), ch))
        delta += len(ch.replacement) - (ch.end - ch.start)
    used = set()
    groups: list[list] = []  # [lo, hi, conf, edits]: edits inside one earlier change fold into one change
    j = 0
    for s, e, new, kind, conf in edits:
        lo, hi = s, e
        touched = []
        while j < len(spans) and spans[j][1] <= s and not (spans[j][0] == spans[j][1] == s):
            j += 1
        k = j
        while k < len(spans) and spans[k][0] < e or k < len(spans) and spans[k][0] == s:
            ns, ne, ch = spans[k]
            if ne > s or ns == s:
                touched.append(k)
                lo, hi = min(lo, ns), max(hi, ne)
                conf = min(conf, ch.confidence)
            k += 1
        used.update(touched)
        if groups and touched and lo < groups[-1][1]:
            group = groups[-1]  # a second edit inside the change the one before widened to
            group[1], group[2] = max(group[1], hi), min(group[2], conf)
            group[3].append((s, e, new, kind))
            group[4].extend(spans[k][2] for k in touched)
        else:
            groups.append([lo, hi, conf, [(s, e, new, kind)], [spans[k][2] for k in touched]])
    out: list[Change] = []
    for lo, hi, conf, inside, earlier in groups:
        raw_lo, raw_hi = omap.to_raw(lo), omap.to_raw(hi)
        # an earlier change folded in is covered whole (a deletion right before the edit: "_S.1." whose
        # "_" went, then "S" read "5"), its raw span being no wider in ``current`` than nothing
        raw_lo = min([raw_lo] + [ch.start for ch in earlier])
        raw_hi = max([raw_hi] + [ch.end for ch in earlier])
        pieces, at = [], lo
        for s, e, new, _kind in inside:
            pieces += [current[at:s], new]
            at = e
        # NFC: a mark an earlier change left beside the word joins the new reading (è + grave)
        replacement = unicodedata.normalize("NFC", "".join(pieces) + current[at:hi])
        out.append(Change(raw_lo, raw_hi, original[raw_lo:raw_hi], replacement, inside[0][3], conf))
    out.extend(ch for k, (_, _, ch) in enumerate(spans) if k not in used)
    return in_order(out)


def restore(text: str, *, read_by_ocr: bool = False) -> Restored:
    """Repair ``text``; see the module documentation. ``read_by_ocr``: the text was read from
    an image by an OCR engine that knows Vietnamese, so a valid syllable may carry wrong marks
    and is changed when the language model is very sure."""
    if len(text) <= PIECE:
        return _restore_piece(text, read_by_ocr)
    parts, changes, encodings = [], [], Counter()
    offset = 0
    for piece, result in restore_stream(slices(text), read_by_ocr=read_by_ocr):
        parts.append(result.text)
        changes.extend(Change(ch.start + offset, ch.end + offset, ch.original, ch.replacement,
                              ch.kind, ch.confidence) for ch in result.changes)
        if result.encoding:
            encodings[result.encoding] += 1
        offset += len(piece)
    encoding = encodings.most_common(1)[0][0] if encodings else None
    return Restored("".join(parts), changes, encoding)


def restore_stream(chunks: Iterable[str], *, read_by_ocr: bool = False
                   ) -> Iterator[tuple[str, Restored]]:
    """Repair the text made of ``chunks`` (consecutive parts of it, each of moderate size) piece
    by piece (:mod:`.pieces`): yields every piece and its repair, whose changes are in offsets
    of the piece. Only one piece is held at a time."""
    for piece in cut(chunks):
        yield piece, _restore_piece(piece, read_by_ocr)


def _restore_piece(text: str, read_by_ocr: bool) -> Restored:
    """:func:`restore` of a text repaired at once."""
    from .encoding import convert_words, detect_legacy
    from .noisy_channel import restore_words
    from .unicode import unicode_edits

    changes = [Change(s, e, text[s:e], new, "unicode", 1.0) for s, e, new in unicode_edits(text)]
    current = apply_changes(text, changes)
    encoding = detect_legacy(current)
    if encoding:
        edits = [(s, e, new, "encoding", 1.0) for s, e, new in convert_words(current, encoding)]
        changes = _compose(text, changes, current, edits)
        current = apply_changes(text, changes)
    if read_by_ocr:  # specks read as punctuation; spaces the engine lost, added or put one letter off
        from .segmentation import segmentation_edits
        from .specks import speck_edits

        edits = _disjoint(sorted((s, e, new, "ocr", SEGMENTATION_CONFIDENCE)
                                 for s, e, new in speck_edits(current) + segmentation_edits(current)))
        changes = _compose(text, changes, current, edits)
        current = apply_changes(text, changes)
        # the Roman section numbers, read again from the sequence once the specks are gone, the
        # tone marks the engine put on the capitals of a symbol, marks misread at a line's ends,
        # the distribution list's formulas, letters of no Vietnamese word and the figures of a
        # cited number or a date split or read as letters
        from .cited_figures import figure_edits
        from .foot_marks import foot_mark_edits
        from .foreign_letters import foreign_letter_edits
        from .line_ends import line_end_edits
        from .list_markers import list_marker_edits
        from .sections import article_edits, item_edits, letter_edits, section_edits, sub_item_edits
        from .symbols import symbol_edits

        found = (section_edits(current) + item_edits(current) + letter_edits(current) + sub_item_edits(current)
                 + article_edits(current) + list_marker_edits(current) + symbol_edits(current)
                 + line_end_edits(current)
                 + foot_mark_edits(current) + foreign_letter_edits(current) + figure_edits(current))
        edits = _disjoint(sorted((s, e, new, "ocr", SEGMENTATION_CONFIDENCE) for s, e, new in found))
        if edits:  # unchanged text holds nothing the symbol's mends have not seen
            changes = _compose(text, changes, current, edits)
            current = apply_changes(text, changes)
            # a symbol's part the specks or a foreign letter around it hid from the first look
            # (``2269/QĐÐ- -TTIg``: ``TTIg`` is a part once ``Ð`` and ``- `` are gone)
            edits = [(s, e, new, "ocr", SEGMENTATION_CONFIDENCE) for s, e, new in _disjoint(symbol_edits(current))]
            changes = _compose(text, changes, current, edits)
            current = apply_changes(text, changes)
    changes = _absorb_marks(text, _compose(text, changes, current, restore_words(current, read_by_ocr)))
    if read_by_ocr:  # the first word of a body's name under its parent's, decoded with its own line only
        from .head_words import head_word_edits

        current = apply_changes(text, changes)
        edits = [(s, e, new, "diacritics", SEGMENTATION_CONFIDENCE) for s, e, new in head_word_edits(current)]
        changes = _absorb_marks(text, _compose(text, changes, current, edits))
    return Restored(apply_changes(text, changes), changes, encoding)


def _disjoint(edits: list) -> list:
    """Sorted edits without any that overlaps or meets the one kept before it."""
    out: list = []
    for edit in edits:
        if not out or edit[0] > out[-1][1] or edit[0] == out[-1][1] and edit[0] < edit[1]:
            out.append(edit)
    return out


def _absorb_marks(text: str, changes: list[Change]) -> list[Change]:
    """A combining mark left just after a replaced word (``h`` + U+0301 whose ``h`` became
    ``ư``) joins the change, so that the output stays NFC (``ứ``)."""
    out = []
    for ch in changes:
        end = ch.end
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        if end > ch.end:
            ch = Change(ch.start, end, text[ch.start:end],
                        unicodedata.normalize("NFC", ch.replacement + text[ch.end:end]), ch.kind, ch.confidence)
        out.append(ch)
    return out


def repair_document(doc: Document, options: Options) -> Document:
    """Fill ``doc.changes`` from the raw text; notes say how much was repaired."""
    if not options.repair:
        return doc
    result = restore(doc.raw_text, read_by_ocr=doc.mostly_read_by_ocr("vie"))
    doc.changes = result.changes
    doc.invalidate()
    if result.encoding:
        doc.warn("repair", _("the text uses a legacy encoding (%(encoding)s), converted to Unicode")
                 % {"encoding": result.encoding})
    marks = sum(1 for ch in result.changes if ch.kind == "diacritics")
    ocr = sum(1 for ch in result.changes if ch.kind == "ocr")
    if marks or ocr:
        from .tokens import tokenize

        words = sum(1 for tok in tokenize(doc.raw_text) if tok.kind in ("word", "junk"))
        share = 100 * (marks + ocr) / max(words, 1)
        doc.warn("repair", _("restored the diacritics of %(marks)d syllables and corrected %(ocr)d "
                             "words misread by OCR, %(share).0f%% of the syllables")
                 % {"marks": marks, "ocr": ocr, "share": share})
    low = sum(1 for ch in result.changes if ch.confidence < 0.6)
    if low:
        doc.warn("repair", ngettext("%(count)d correction is not sure, check it",
                                    "%(count)d corrections are not sure, check them", low) % {"count": low})
    return doc
