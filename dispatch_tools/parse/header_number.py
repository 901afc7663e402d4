"""The header's number and symbol (part 3 of ``../shared/docs/FORMAT.md``): after ``Số:`` on a
header line, after other text or capitals on its line, or below a ``Số:`` left alone; a place
glued to the symbol is cut from it."""

from __future__ import annotations

import re

from .context import Context
from .header_lines import HEADER_LINES, NUMBER, NUMBER_LINE, SEGMENT
from .lexicon import lexicon
from .text import is_upper_line, key, review_note
from ..i18n import _

# "Số:" after other text on its line ("straight connector 2Số: 1551 /UBND-VX": a word processor's artefact)
# the label "Số:" as printed or misread ("5ố:", "Sô:", "S0:")
LABEL = r"[S5](?:[oO0b6e]|[ \t](?=[ \t]*:))[ \t]*:"  # also its ố lost by a PDF's text dump ("S : 1105/CĐ-TTg")
NUMBER_ANY = re.compile(rf"(?<![^\W\d]){LABEL}[ \t]*(?:[.…_]+[ \t]*)?(?P<num>{NUMBER})")


# the symbol of a copy (Decree 30: sao y, trích sao, sao lục), never the copied document's own number
_COPY_SYMBOL = re.compile(r"/[ \t]*(?:SY|TrS|SL)[ \t]*-")


def normalise_number(raw: str) -> str:
    """Spaces removed; an underscore between two parts is a dash as OCR reads it, and a separator
    read twice is one (``PL--UBTVQH``, ``1135/⁄QĐ``; a slash if one of them is, an en dash for a
    run with a long dash, as official documents print: ``656—-TB``)."""
    text = re.sub(r"\s+", "", raw).replace("_", "-")
    text = re.sub(r"[/⁄\-–—]{2,}", _one_separator, text).replace("⁄", "/")
    return text.rstrip(".-–/")


def _one_separator(m: re.Match) -> str:
    run = m.group()
    return "/" if "/" in run or "⁄" in run else "–" if re.search("[–—]", run) else "-"


def read_number(ctx: Context) -> None:
    limit = ctx.offset(min(HEADER_LINES, len(ctx.lines)))
    folded = ctx.folded
    best = copy = None
    for line in ctx.lines[:HEADER_LINES]:
        m = NUMBER_LINE.match(folded, line.start, limit)
        if m and re.search(r"[A-Za-z]", m.group("num")):
            if _COPY_SYMBOL.search(m.group("num")):  # a copy's block after a short document: "Số: 12/SY-VP"
                copy = copy or m
                continue
            best = m
            break
    if best is None:
        m = NUMBER_ANY.search(folded, 0, limit)
        if m and re.search(r"[A-Za-z]", m.group("num")) and not (copy and _COPY_SYMBOL.search(m.group("num"))):
            best = m
    if best is None:
        best = _number_after_capitals(ctx) or copy
    label_line = None
    if best is None:
        best, label_line = _number_below(ctx)
    if best is None and _slash_lost(ctx):
        return
    if best is None:
        ctx.warn(_("no number and symbol (Số: …) found in the header"))
        return
    s, e = best.span("num")
    e = _code_cut(ctx, _glued_place(ctx, s, _word_below(ctx, s, e)))
    _take_number(ctx, ctx.text[s:e], s, e, ctx.line_of(s) if label_line is None else label_line,
                 1.0 if ctx.folded[best.start():best.start() + 2].lower() == "so" else 0.8)


def _take_number(ctx: Context, read: str, s: int, e: int, line: int, confidence: float) -> None:
    """The number and symbol ``read`` (normalised) from ``s:e`` of the text, on header line ``line``."""
    ctx.fields.number = normalise_number(read)
    ctx.number_span = (s, e)
    ctx.number_line = line
    ctx.mark("number", s, e, confidence)


# a symbol's code cut by a space OCR read after its first letter (``9717 /V PCP-KTN``), or printed
# inside it (``388/KV IV-TH``: a region's numeral after its letters): capitals after a separator,
# then, after one space, the code's other capitals and a separator before the rest of the symbol
_ONE_LETTER = re.compile(r"[/\-–][ \t]*[A-ZĐ]+$")
_CODE_REST = re.compile(r"[ \t][A-ZĐ]{2,}(?:[ \t]*[/\-–][ \t]*[A-Za-zĐđ0-9&]+)+(?=[ \t]*$|\t|[ \t]{3,})")


def _word_below(ctx: Context, s: int, e: int) -> int:
    """Where the symbol ends when a separator at its line's end (a speck: ``2541 /VPCP-QHQT -``)
    drew the first word of the line below into it: a syllable in sentence case with more words after
    it on its line (``Chương trình …``) is no code (``NĐ-`` / ``CP`` is)."""
    from ..repair.vietnamese import inventory

    brk = ctx.text.rfind("\n", s, e)
    if brk < 0:
        return e
    word = ctx.text[brk + 1:e].strip()
    after = ctx.text[e:ctx.lines[ctx.line_of(e)].end]
    if len(word) > 1 and word[0].isupper() and word[1:].islower() and word.lower() in inventory() \
            and re.match(r"[ \t]+[^\W\d_]", after):
        return brk
    return e


def _code_cut(ctx: Context, e: int) -> int:
    """Where the symbol ends when a space was read or printed inside its code."""
    if not _ONE_LETTER.search(ctx.text, max(0, e - 12), e):
        return e
    m = _CODE_REST.match(ctx.text, e, ctx.lines[ctx.line_of(e)].end)
    return m.end() if m else e


# a place and its date glued after a symbol by the page: "Số: 04/TTr-SYTBắc Ninh, ngày …"
_GLUED_PLACE = re.compile(r"(?:T[Pp]\. ?)?[^\W\d_]+(?: (?:- )?[^\W\d_]+){0,3}(?: \d{1,2})?[ \t]*,[ \t]*\n?[ \t]*ngày")


def _glued_place(ctx: Context, s: int, e: int) -> int:
    """Where the symbol ends when the place of the date line is glued to it: at a capital after a
    letter or a digit (``TTgHà Nội``) that opens capitalised words up to ``, ngày`` (on the line, or opening the
    next one when a narrow column wrapped it), the first a syllable (with a vowel: ``TTg Hà Nội``
    is no ``Tg`` glued); a one-letter word may end the place (``Đông Hưng A``)."""
    text, line = ctx.text, ctx.line_of(s)
    line_end = ctx.lines[line + 1].end if line + 1 < len(ctx.lines) else ctx.lines[line].end
    for i in range(s + 1, e):
        if not (text[i].isupper() and (text[i - 1].isupper() or text[i - 1].isdigit() or text[i - 1].islower())):
            continue
        m = _GLUED_PLACE.match(text, i, line_end)
        words = re.sub(r"^T[Pp]\. ?", "", m.group().split(",")[0]).replace(" - ", " ").split() if m else []
        names = [w for w in words if not w.isdigit()]
        if names and all(w[0].isupper() and (w[1:].islower() or len(w) == 1) for w in names) and len(
                names[0]) > 1 and re.search(r"[aeiouy]", key(names[0])):
            return i
    return e


_LOWER_LABEL = re.compile(rf"(?<![^\W\d])s[o0][ \t]*:[ \t]*(?P<num>{NUMBER})")
# a Party or Youth Union number with no colon after its label ("… TRUNG ƯƠNG *** Số 2943 - CV/HĐĐTW"): the
# hyphen and type code before the slash tell it from a citation's "số 12/UBND"
_PARTY_LABEL = re.compile(rf"(?<![^\W\d])S[oO0][ \t]+(?P<num>\d+[a-z]?[ \t]*[-–][ \t]*[A-Z][A-Za-z]{{0,3}}[ \t]*/[ \t]*"
                          rf"{SEGMENT}(?:[ \t]*[\-–][ \t]*{SEGMENT})*)")


def _number_after_capitals(ctx: Context):
    """``ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG số: 554/QĐ-UBND``: the label read in lower case (or a Party
    number's label with no colon), alone with its number on a line of the header or after the
    issuer's capitals (never after words in lower case: a citation)."""
    for line in ctx.lines[:15]:
        m = _LOWER_LABEL.search(ctx.folded, line.start, line.end) or _PARTY_LABEL.search(ctx.folded, line.start, line.end)
        before = ctx.text[line.start:m.start()] if m else ""
        if not m or not re.search(r"[A-Za-z]", m.group("num")):
            continue
        alone = not before.strip() and not ctx.text[m.end():line.end].strip()  # "số: 554/QĐ-UBND" as a line
        if alone or before.strip() and is_upper_line(before, 0.95):
            return m
    return None


_LABEL_ALONE = re.compile(r"[ \t]*S[oO0][ \t]*:[ \t]*$")
_SYMBOL_ALONE = re.compile(rf"[ \t]*(?P<num>(?:\d+[a-zA-Z]?)?[ \t]*/[ \t]*{SEGMENT}(?:[ \t]*[/\-–][ \t]*{SEGMENT})*)[ \t]*$")


def _number_below(ctx: Context):
    """``Số:`` alone on its line and the symbol a few lines below it, the number left blank
    (``/TTr-VPCP``): a header whose columns were read one after the other."""
    for line in ctx.lines[:HEADER_LINES]:
        if _LABEL_ALONE.fullmatch(line.folded):
            for nxt in ctx.lines[line.index + 1:line.index + 8]:
                m = _SYMBOL_ALONE.fullmatch(ctx.folded, nxt.start, nxt.end)
                if m and re.search(r"[A-Za-z]", m.group("num")):
                    return m, line.index
            return None, None
    return None, None


# the slash after the figures lost (``Số: 15NQ-HĐND`` for ``15/NQ-HĐND``: a thin stroke OCR did not read):
# the figures glued to a type code of Decree 30 (``doc_types.tsv``) and a dash before the issuer's code
_SLASH_LOST = re.compile(rf"{LABEL}[ \t]*(?P<num>(?P<figures>\d{{1,5}})(?P<code>[A-Z][A-Za-z]{{1,3}})[ \t]*[\-–][ \t]*{SEGMENT}"
                         rf"(?:[ \t]*[/\-–][ \t]*{SEGMENT})*)")


def _slash_lost(ctx: Context) -> bool:
    """A ``Số:`` line whose number reads its figures glued to the type code: the slash is put back, and the
    number is flagged for a look (a value put together, not read). False when there is none."""
    codes = {key(c) for c in lexicon().type_codes}
    for line in ctx.lines[:HEADER_LINES]:
        m = _SLASH_LOST.match(ctx.folded, line.start, line.end)
        if m is None or key(m.group("code")) not in codes:
            continue
        s, e = m.span("num")
        code = m.start("code")
        _take_number(ctx, f"{ctx.text[s:code]}/{ctx.text[code:e]}", s, e, line.index, 0.6)
        ctx.fields.review.setdefault("number", review_note(_(
            "the slash after the number's figures was not read and was put back; check the number on the page")))
        return True
    return False
