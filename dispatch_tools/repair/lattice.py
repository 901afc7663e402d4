"""Step 2 of restoring the words: the lattice the language model decodes.

A text becomes *segments* (sentences), each a list of *positions* in the format of
:mod:`.decode`: the LM ids of a position's candidates and their channel scores. A word that may
be restored gets its candidates from :mod:`.candidates`; any other token is one candidate,
context for the model (its syllable, or its class: ``<num>``, ``<abbr>``, ...); a comma between
two tokens is a token of the model too. Beside each position, a :class:`Slot` says where in the
text it stands and which readings its candidates are.

Casing is evidence inside a sentence, not at the start of a line or after an opening bracket
or quote (:func:`.tokens.opens_phrase`). Words read by an OCR engine that knows Vietnamese may
carry wrong marks (:data:`.candidates.READ_MARK_COST`). On the way, in text that lost its
marks, ALL-CAPS abbreviations get their Đ back (:func:`.abbreviations.abbreviation_edits`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from . import lm as lm_module
from .abbreviations import abbreviation_edits, known_abbreviations
from .candidates import (READ_CAPS_COST, READ_DROP_COST, READ_MARK_COST, candidates,
                         candidates_of_misread_letter, candidates_of_number)
from .decode import Position
from .line_stats import LineStats
from .lm import UNK
from .tokens import Token, opens_phrase, sentence_breaks
from .vietnamese import forms_by_key, has_marks, inventory, strip_marks
from .word_analysis import CASE_INDEX, DAMAGED, OTHER, SYLLABLE, Words

_COMMA = re.compile(",")
LOWER = CASE_INDEX["lower"]


@dataclass(slots=True)
class Slot:
    """Where a position of the lattice stands in the text, and the readings of its candidates
    with the kind of change each makes (none: context for the model only)."""
    start: int
    end: int
    text: str
    names: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()


@dataclass
class Lattice:
    """Per segment, the positions (:data:`.decode.Position`) and their :class:`Slot`; and the
    edits made on the way (abbreviations given their Đ)."""
    segments: list[list[Position]] = field(default_factory=list)
    slots: list[list[Slot]] = field(default_factory=list)
    edits: list[tuple[int, int, str, str, float]] = field(default_factory=list)


_COMMA_SLOT = Slot(0, 0, ",")
NO_GAP, COMMA_GAP, BREAK_GAP = 0, 1, 2  # what lies between a token and the one before it
# positions of the longest segment: a "sentence" without any break that is longer (a table, a
# text without punctuation) is decoded in parts, so that decoding one segment stays small;
# real sentences have a few dozen positions, the longest in the development documents 135
MAX_SEGMENT = 1000


def build_lattice(text: str, words: Words, stats: LineStats, read_by_ocr: bool) -> Lattice:
    """The lattice of the analysed ``words`` of ``text`` (see the module documentation)."""
    lm = lm_module.load()
    fbk = forms_by_key()
    abbreviations = known_abbreviations()
    mark_loss, ocr = stats.mark_loss, stats.ocr_damaged
    comma_id = lm.index.get(lm_module.COMMA)
    comma = (np.array([comma_id if comma_id is not None else UNK]), np.zeros(1, np.float32))
    gaps = gaps_before(text, words.tokens, with_commas=comma_id is not None)
    context = _Context(lm)
    lattice = Lattice()
    positions: list[Position] = []  # of the current segment
    slots: list[Slot] = []
    last_end = -1
    for tok, line, analysis, gap in zip(words.tokens, words.lines, words.analyses, gaps):
        if (gap == BREAK_GAP or len(positions) >= MAX_SEGMENT) and positions:
            lattice.segments.append(positions)
            lattice.slots.append(slots)
            positions, slots = [], []
        if gap == COMMA_GAP:
            positions.append(comma)
            slots.append(_COMMA_SLOT)
        # casing is evidence inside a line and a sentence (tokens.case_informative, with the
        # sentence breaks already found)
        case = -1
        if analysis.case >= 0 and last_end >= 0 and gap != BREAK_GAP \
                and not opens_phrase(text[last_end:tok.start]):
            case = analysis.case
        last_end = tok.end
        status, kind = analysis.status, tok.kind
        # restored: a syllable; a damaged word in OCR-damaged text or when its letters are a
        # syllable's; in OCR-damaged text, any other word but a known abbreviation
        if status == SYLLABLE or status == DAMAGED and (
                ocr or kind == "word" and strip_marks(tok.text.lower()) in fbk) \
                or status == OTHER and ocr and kind == "word" and analysis.pieces \
                and tok.text not in abbreviations:  # BCH stays, HQI is HỘI
            pieces = analysis.pieces
            if len(pieces) == 1 or ocr:  # OCR damage is no lost space: keep the word whole
                spans = ((tok.start, tok.end, tok.text),)
            else:
                spans = tuple((tok.start + p.start, tok.start + p.end, p.text) for p in pieces)
            r, read = mark_loss[line], 0.0
            for start, end, piece in spans:
                if read_by_ocr:  # the engine misreads and drops marks too, most on capitals (THANH PHO)
                    caps = len(piece) > 1 and piece.isupper()
                    read = READ_CAPS_COST if caps else READ_MARK_COST
                    r = max(mark_loss[line], READ_CAPS_COST if caps else READ_DROP_COST)
                found = candidates(piece.lower(), r, ocr, read, case)
                case = LOWER if case >= 0 else -1  # the rest of a glued word
                positions.append((found.ids, found.channel))
                slots.append(Slot(start, end, piece, found.names, found.kinds))
            continue
        # read by an OCR engine that knows Vietnamese: a word with marks that has not even the
        # letters of a syllable (else it was restored above) may have one plain letter misread
        # (Irọng: Trọng)
        misread = candidates_of_misread_letter(tok.text.lower()) if read_by_ocr and not ocr \
            and status == DAMAGED and kind == "word" and has_marks(tok.text.lower()) else None
        if misread is not None:
            positions.append((misread.ids, misread.channel))
            slots.append(Slot(tok.start, tok.end, tok.text, misread.names, misread.kinds))
            continue
        # a short number in OCR-damaged text may be a misread word (6 t6: ô tô)
        number = candidates_of_number(tok.text) if ocr and kind == "num" else None
        if number is not None:
            positions.append((number.ids, number.channel))
            slots.append(Slot(tok.start, tok.end, tok.text, number.names, number.kinds))
            continue
        # not restored: context for the language model only
        if mark_loss[line] > -1.0:
            lattice.edits.extend(abbreviation_edits(tok))
        positions.append(context.position(tok))
        slots.append(Slot(tok.start, tok.end, tok.text))
    if positions:
        lattice.segments.append(positions)
        lattice.slots.append(slots)
    return lattice


def gaps_before(text: str, tokens: list[Token], with_commas: bool = True) -> list[int]:
    """What lies between each token and the one before it: :data:`NO_GAP`, a comma
    (:data:`COMMA_GAP`, a token of the model) or the end of a sentence (:data:`BREAK_GAP`,
    :func:`.tokens.sentence_breaks`; before the first token, only that counts)."""
    starts = np.array([tok.start for tok in tokens], dtype=np.int64)
    ends = np.array([-1] + [tok.end for tok in tokens[:-1]], dtype=np.int64)  # of the token before
    out = np.full(len(tokens), NO_GAP, dtype=np.int64)
    commas = [m.start() for m in _COMMA.finditer(text)] if with_commas else []
    for offsets, kind in ((commas, COMMA_GAP), (sentence_breaks(text), BREAK_GAP)):  # a break wins
        if not offsets:
            continue
        at = np.array(offsets, dtype=np.int64)
        first = np.minimum(np.searchsorted(at, ends), len(at) - 1)  # the first at or after the gap
        inside = (at[first] >= ends) & (at[first] < starts)
        out[inside & (ends >= 0) if kind == COMMA_GAP else inside] = kind
    return out.tolist()


# a symbol that abbreviates words is their last syllable for the model: ``V/v`` (về việc) opens
# the subject, whose first word (``V/v lẫy ý kiến``) is then read after ``việc`` as it is spoken,
# not after any symbol
SPOKEN_AS = {"v/v": "việc"}


class _Context:
    """One-candidate positions of the tokens that are not restored: a word's syllable or
    class, another token's class (``<num>``, ``<sym>``, ...; a symbol of :data:`SPOKEN_AS` the
    syllable it ends with); shared by equal tokens."""

    def __init__(self, lm):
        self.lm = lm
        self.inv = inventory()
        self.words: dict[str, Position] = {}
        self.classes: dict[int, Position] = {}

    def position(self, tok: Token) -> Position:
        if tok.kind == "word":
            single = self.words.get(tok.text)
            if single is None:
                lower = tok.text.lower()
                wid = self.lm.id(lower) if lower in self.inv else self.lm.class_id(tok.kind, tok.text)
                single = self.words[tok.text] = (np.array([wid]), np.zeros(1, np.float32))
            return single
        spoken = SPOKEN_AS.get(tok.text.lower()) if tok.kind == "protected" else None
        cls = self.lm.id(spoken) if spoken in self.inv else self.lm.class_id(tok.kind, tok.text)
        single = self.classes.get(cls)
        if single is None:
            single = self.classes[cls] = (np.array([cls]), np.zeros(1, np.float32))
        return single
