"""Header values read by OCR that show they were misread get a look (run with the marks).

On a page an engine read: a number that stops inside a word (``115 /CV-PAS§3``), a symbol with a
figure between its letters or a small letter no code prints (``24/T1r-UBND``, ``UBnD``), a figure
read as a slash (``28/6/UBND-KT``), a number or day whose figures the page OCR read unsurely, and a
number, date or place not found at all. The
value is kept (a person sees at once what it should be) but flagged ``cần xem lại``.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from ..i18n import _
from ..model import Document, Fields
from .ocr_check import misread_note
from .text import review_note


_NUMBER_ENDS = re.compile(r"$|[\s,;:)”\"']|[A-ZĐÀ-Ỹ][a-zđà-ỹ]")  # a space, a sign, or a place glued to it


def check_number_end(doc: Document, fields: Fields, ocr: bool = True) -> None:
    """A number read by OCR that stops inside a word (``115 /CV-PAS§3``: the reading of ``PA83`` ran
    into a sign no symbol holds) was cut where the engine misread it: it is kept and flagged,
    naming the whole word."""
    source = fields.sources.get("number")
    if not ocr or not fields.number or "number" in fields.review or source is None or not source.end:
        return
    if _NUMBER_ENDS.match(doc.text, source.end):
        return
    tail = doc.text[source.end:].split(maxsplit=1)
    word = doc.text[source.start:source.end] + (tail[0] if tail else "")
    fields.review["number"] = misread_note(" ".join(word.split()))


UNSURE_FIGURES = 60.0  # a word of figures of the number or date the page OCR read less surely than this


def _figure_words(doc: Document, fields: Fields, name: str):
    """The words of figures of a number (its first token) or a date (its day and month) on the
    lines of the value, as the page OCR read them."""
    source = fields.sources.get(name)
    if not getattr(fields, name) or source is None or not source.text or source.end <= source.start:
        return
    tokens = {t.strip(",.;:") for t in source.text.split()[:1 if name == "number" else 2]}
    tokens = tokens - {"ngày"} if name == "date" else tokens
    for line in doc.lines_in(source.start, source.end):
        for w in line.words:
            if w.conf is not None and any(ch.isdigit() for ch in w.text) and w.text.strip(",.;:") in tokens:
                yield w


def figure_confidence(doc: Document, fields: Fields, name: str) -> float | None:
    """The page OCR's least confidence in the figures of a number or date (None: no such word)."""
    return min((w.conf for w in _figure_words(doc, fields, name)), default=None)


def check_unsure_figures(doc: Document, fields: Fields) -> None:
    """A number or day whose figures the page OCR read unsurely (``ngày 2 tháng 01`` with the ``2``
    at 49: a hand-filled ``08`` no box was found for) is kept and flagged: those are the figures a
    hand fills in. Figures a box reader took carry its own certainty (at least 80), and so pass;
    the printed month and year are checked by the signing time."""
    for name in ("number", "date"):
        if name in fields.review:
            continue
        word = next((w for w in _figure_words(doc, fields, name) if w.conf < UNSURE_FIGURES), None)
        if word is not None:
            fields.review[name] = misread_note(word.text)


def check_number_found(fields: Fields, ocr: bool = True) -> None:
    """On a page read by OCR a dispatch with no number, date or place found is one whose ``Số:`` or
    date line the engine misread (``36:41 /CT-UBND``, run into the issuer's line): it gets a look,
    never an empty field given as though the document had none."""
    if not ocr:
        return
    missing = {"number": _("no number and symbol (Số: …) found in the header"),
               "date": _("no issue date (…, ngày … tháng … năm …) found in the header"),
               "place": _("no place found before the issue date (…, ngày … tháng … năm …)")}
    for name, note in missing.items():
        if not getattr(fields, name) and name not in fields.review:
            fields.review[name] = review_note(note)


_DIGIT_IN_CODE = re.compile(r"[^\W\d_]\d+[^\W\d_]")


def _small_letter(symbol: str) -> bool:
    """Does a symbol hold a small letter other than the ``g`` or ``r`` after a ``T`` of its codes
    (``TTg``, ``TTr``, ``CTrTT``), the only ones type and body codes print?"""
    return any(ch.islower() and not (ch in "gr" and symbol[i - 1:i] == "T") for i, ch in enumerate(symbol))


_DOT_IN_CODE = re.compile(r"[^\W\d_][.,][^\W\d_]")  # ``QĐ.CT``: a dash between two codes read as a dot


def check_symbol_letters(fields: Fields, ocr: bool = True) -> None:
    """A symbol read by OCR with a digit between two of its letters (``24/T1r-UBND``: ``T`` read
    as ``1``), a small letter other than the ``g``/``r`` of ``TTg``, ``TTr`` (``UBnD``, ``TIrn``),
    or a dot or comma between two codes (``QĐ.CT``: the dash misread, and the engine unsure of the
    figures beside it), was misread: no type or body code prints one so. The number is kept and
    flagged."""
    number = fields.number or ""
    symbol = number.split("/", 1)[1] if "/" in number else ""
    if ocr and symbol and "number" not in fields.review and (
            _DIGIT_IN_CODE.search(symbol) or _small_letter(symbol) or _DOT_IN_CODE.search(symbol)):
        fields.review["number"] = misread_note(number)


# a part of one or two figures between slashes before the symbol (``28/6/UBND-KT``): no year, so the
# number's slash is a figure misread (``2876/UBND-KT``): a ``1`` or a ``7`` read as ``/``
_SLASH_FIGURE = re.compile(r"\d+[a-z]?/(?P<part>\d{1,2})/[^\W\d]")


def check_number_slash(fields: Fields, ocr: bool) -> None:
    """A number read by OCR with a one- or two-figure part between slashes before its symbol is
    kept, as the page shows it, but flagged: which figure the slash stands for no rule can tell."""
    m = _SLASH_FIGURE.match(fields.number or "")
    if not ocr or m is None:
        return
    fields.review.setdefault("number", review_note(
        _("the OCR most likely read a figure of the number as a slash (“%(part)s”)")
        % {"part": m.group()[:-1]}))


def mend_issuer_province(fields: Fields, ocr: bool = True) -> None:
    """An issuer read by OCR whose province or city is no province's name and a letter or two off
    the place of the date line, which is one (``… TỈNH QUANG NGẮT`` beside ``Quảng Ngãi``), takes
    the place's name: the page prints it twice and the list of provinces holds only that one. So
    does a place of the date line misread beside an issuer's province read right (``Quảng Ngút``
    beside ``… TỈNH QUẢNG NGÃI``), with the province's name as the list of provinces writes it. The
    value is flagged all the same, naming what was read."""
    from .lexicon import lexicon
    from .ocr_check import _issuer_place, _misread_sides

    if not ocr or not fields.issuer or not fields.place or "issuer" in fields.review or "place" in fields.review:
        return
    name = _issuer_place(fields)
    if name is None:
        return
    side = _misread_sides(name, fields.place)
    if side == {"place"}:
        read, fields.place = fields.place, lexicon().province_named(name).name
        fields.review["place"] = review_note(
            _("the place was read as %(read)s; taken as %(place)s, the province in the issuer")
            % {"read": read, "place": fields.place})
        return
    if side != {"issuer"}:
        return
    place = " ".join(fields.place.split()).upper()
    fields.issuer = fields.issuer[:fields.issuer.rstrip().rfind(name.split()[0])] + place
    fields.review["issuer"] = review_note(
        _("the province in the issuer was read as %(read)s; taken as %(place)s, the place of the date line")
        % {"read": name, "place": place})


def mend_symbol_type(fields: Fields, ocr: bool = True) -> None:
    """A symbol read by OCR whose type code holds a figure between its letters (``24/T1r-UBND``)
    takes the one type code that reads the same with the figure as a letter: the code of the
    document's type when it is one of them (``Tờ trình``: ``TTr``), else the only one there is.
    Otherwise it is left to :func:`check_symbol_letters`. The number is flagged all the same."""
    from .lexicon import lexicon

    number = fields.number or ""
    if not ocr or "number" in fields.review or "/" not in number:
        return
    head, symbol = number.split("/", 1)
    code, dash, rest = symbol.partition("-")
    if not _DIGIT_IN_CODE.search(code):
        return
    codes = lexicon().type_codes
    fits = [c for c in codes if len(c) == len(code)
            and all(a == b or a.isdigit() and b.isalpha() for a, b in zip(code, c))]
    own = [c for c in fits if codes[c].lower() == (fields.doc_type or "").lower()]
    chosen = own[0] if own else fits[0] if len(fits) == 1 else None
    if chosen is None:
        return
    fields.number = f"{head}/{chosen}{dash}{rest}"
    fields.review["number"] = review_note(_("the symbol was read as %(read)s; taken as %(number)s")
                                          % {"read": number, "number": fields.number})


def _syllable_shape(word: str) -> tuple[str, str]:
    """A word's letters (``đ`` apart from ``d``) and its marks, wherever the tone mark sits
    (``UỶ`` and ``ỦY`` are one spelling)."""
    import unicodedata

    letters, marks = [], []
    for ch in unicodedata.normalize("NFD", word.lower()):
        (marks if unicodedata.combining(ch) else letters).append(ch)
    return "".join(letters), "".join(sorted(marks))


def check_issuer_head(fields: Fields, ocr: bool = True) -> None:
    """An OCR'd issuer that opens with a known body's head spelled with other marks or a ``Đ`` for
    a ``D`` (``ỦY BAN NHÂN ĐÂN``): the word the engine misread is flagged. A tone mark set on the
    other vowel (``UỶ BAN``, the older spelling) is no misreading."""
    from .lexicon import lexicon
    from .text import key

    if not ocr or not fields.issuer or "issuer" in fields.review:
        return
    words = fields.issuer.split()
    for head in lexicon().issuer_head_forms:
        spelled = head.split()
        if len(words) < len(spelled) or key(" ".join(words[:len(spelled)])) != key(head):
            continue
        off = [w for w, h in zip(words, spelled) if _syllable_shape(w) != _syllable_shape(h)]
        if off:
            fields.review["issuer"] = misread_note(off[0])
        return


_NUMBER = re.compile(r"^(?P<digits>[^/]*/)(?P<code>[^\W\d_]+)(?P<rest>(?:-.*)?)$")
_PARTY_NUMBER = re.compile(r"^\d*-[^\W\d_]+/")


def check_symbol(fields: Fields) -> None:
    """The type code that opens a number's symbol (``70/KH-UBND``) names the type of the document.
    A code the engine misread by one letter (``KI``, ``QĐĐ``), which is no type code at all, is put
    right when the document's printed title gives its type and that type's code is one letter away
    (two for a code of three letters or more: ``TIrn`` is ``TTr`` with a T read as I and a speck),
    or the same with a letter read more than once (``QĐĐĐ``). A state body's công văn has no type
    code: what follows its slash is the issuer's code (``35/CP-KTN``, ``12/CT-TTHT``), left alone."""
    from .lexicon import lexicon

    match = _NUMBER.match(fields.number or "")
    if not match or not fields.doc_type or _PARTY_NUMBER.match(fields.number) or fields.doc_type == "Công văn":
        return  # "07-TB/TU": a Party number's type code stands before the slash, the issuer's after it
    codes = lexicon().type_codes
    code = match.group("code")
    if code in codes or len(code) < 2:
        return
    wanted = [c for c, name in codes.items() if name == fields.doc_type and len(c) >= 2]
    # one letter changed, dropped or added; two in a code of three letters or more (``TIrn``); or a
    # letter read again and again (``QĐĐĐ``)
    near = [c for c in wanted if 1 <= Levenshtein.distance(code, c) <= (2 if len(c) >= 3 else 1)
            or re.sub(r"(.)\1+", r"\1", code) == c]
    if len(near) == 1:
        fields.number = match.group("digits") + near[0] + match.group("rest")


# the number printed blank as a row of dots before its symbol (``Số:.../KH``, ``Số: …/KH-UBND``)
_DOTTED_BLANK = re.compile(r"(?:\.{2,}|…+)[ \t]*$")


def check_number_digits(fields: Fields, ocr: bool = True, text: str = "") -> None:
    """A number with no digits before its symbol (``/CV-PA83``) on a page read by OCR is a box no
    engine could read, or did not find: it is left empty and flagged, with the symbol as a hint.
    (A typed draft's blank number, ``Số:   /KH-UBND``, keeps its symbol; so does one printed as a
    row of dots, ``Số:.../KH``, in ``text``, the repaired text the number was read from: dots no
    hand wrote over.)"""
    number = fields.number or ""
    if not ocr:
        return
    if "/" not in number or any(ch.isdigit() for ch in number.split("/", 1)[0]):
        return
    source = fields.sources.get("number")
    if source is not None and _DOTTED_BLANK.search(text[max(0, source.start - 12):source.start]):
        fields.review.setdefault("number", review_note(
            _("the number is left blank (a draft, or a number not filled in yet)")))
        return
    fields.number = None
    fields.sources.pop("number", None)
    symbol = "/" + number.split("/", 1)[1]
    fields.review.setdefault("number", review_note(_("the hand-written number could not be read") + f" (…{symbol})"))
