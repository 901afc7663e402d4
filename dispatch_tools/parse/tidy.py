"""Last step of parsing: strip what OCR specks leave on short header fields.

A speck of dust read as ``.``, ``_`` or ``'`` next to a header line ends up in the field
(``.PHÓ CHỦ TỊCH``, ``TỈNH .ĐOÀN``, ``ỦY BAN NHÂN DÂN...``). Names of bodies, places and
signers never start or end with such marks, nor hold a run of dots, so they are removed there;
a subject loses only marks no subject holds (see :func:`tidy_subject`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..figure_lookalikes import lookalikes
from ..i18n import _
from ..model import Fields
from ..vntext import strip_diacritics
from .text import review_note

_EDGE = " ._-–—,;:'\"`‘’“”^~|•"
_WORD_EDGE = ".,;:()“”\"'"  # signs around a word, taken off to judge its letters
_SPECKS = re.compile(r"(?<=\w)[.…_]{2,}(?=\s|$)|(?:(?<=\s)|^)[._,'`]+(?=\s|\w)")


def tidy_name(text: str | None) -> str | None:
    if text is None:
        return None
    cleaned = " ".join(_LONE_BRACKET.sub(" ", _SPECKS.sub(" ", text)).split()).strip(_EDGE)
    return cleaned or None


# a bracket alone between spaces, opening or closing nothing: a speck (``BỘ TRƯỞNG, ( CHỦ NHIỆM``)
_LONE_BRACKET = re.compile(r"(?:(?<=\s)|^)[()](?=\s|$)")


_DASH_DOTS = re.compile(r"(?:(?<=\s)|^)[-–—_.…~]{2,}(?=\s|$)")
_COMMA_DOT = re.compile(r"([,;:])[._:;]*\.+|([,;])[_:;]+(?=\s)")  # "…,." and specks after a comma ("CUNG CẦU,_: BÌNH ỔN")
_PAIRS = {"'": "'", '"': '"', "“": "”", "‘": "’"}


# the name a word processor gives a drawn line or box, left in the text by a copy of the page
# (``… giai đoạn 2016 - 2025 straight connector 1``): no subject holds one
_SHAPE_NAME = re.compile(r"\b(?:straight (?:arrow )?connector|elbow connector|text box|rectangle|oval)\s*\d+\b",
                         re.IGNORECASE)


def tidy_subject(text: str) -> str:
    """A subject keeps its words and its paired quotes (a pair read in two styles is made alike);
    runs of dashes and dots that no subject holds (``côngtác —..``), a dot after a comma, a word
    processor's shape name, and stray marks at either end go."""
    cleaned = _COMMA_DOT.sub(lambda m: m.group(1) or m.group(2), _DASH_DOTS.sub(" ", _SHAPE_NAME.sub(" ", text)))
    cleaned = " ".join(cleaned.split()).lstrip(" -–—_.,;:|~").rstrip(" -–—_,;:|~")  # a final "." is printed
    cleaned = _matched_quotes(cleaned)
    if cleaned[:1] in _PAIRS and _PAIRS[cleaned[0]] not in cleaned[1:]:
        cleaned = cleaned[1:].lstrip()
    closing = {v: k for k, v in _PAIRS.items()}
    if cleaned[-1:] in closing and closing[cleaned[-1]] not in cleaned[:-1]:
        cleaned = cleaned[:-1].rstrip()
    return cleaned


def _matched_quotes(text: str) -> str:
    """A pair of quotes OCR read in two styles, a straight one and a curly one (``"Phát triển …
    2020”``): the page prints a pair alike, so the closing one takes the opening one's style."""
    if text.count('"') == 1 and text.count("”") == 1 and text.count("“") == 0 and text.index('"') < text.index("”"):
        return text.replace("”", '"')
    if text.count("“") == 1 and text.count('"') == 1 and text.count("”") == 0 and text.index("“") < text.index('"'):
        return text.replace('"', "”")
    return text


_UNIT_COMMA = re.compile(r"^(TP|Tp|TX|Tx|TT),\s*(?=[A-ZĐÀ-Ỹ])")


def tidy_place(text: str | None) -> str | None:
    """A place name is printed in title case: a syllable read in capitals among title-case words
    (``VỊ Thanh``: the dot below made the engine read a capital I) is given title case;
    abbreviations (``TP.``) are no syllables and keep theirs; the full stop of one a scan read as a
    comma (``TP, Hồ Chí Minh``) is put back."""
    text = tidy_name(text)
    if text:
        text = _UNIT_COMMA.sub(r"\1. ", text)
    if not text:
        return text
    from ..repair.vietnamese import inventory

    words = text.split()
    titled = [w for w in words if w[:1].isupper() and w[1:].islower()]
    if not titled:
        return text
    inv = inventory()
    return " ".join(w.capitalize() if len(w) > 1 and w.isupper() and w.lower() in inv else w for w in words)


_INNER_SPECK = re.compile(r"(?<=[^\W\d_]{3})[.'\"`]+(?=\s+[^\W\d_])|(?<=\s)[\"'`]+(?=[^\W\d_])")


def tidy_ocr(text: str | None) -> str | None:
    """What an OCR pass leaves in a short field that the page never prints: a speck inside a name
    (``ỦY BAN NHÂN DÂN. TỈNH``, ``"TỈNH``; a quote of a pair stays), two syllables read without the space between them
    (``CHÍNHPHỦ``, ``ViệtNam``), an em dash for the en dash official documents print."""
    if not text:
        return text
    text = _INNER_SPECK.sub(lambda m: m.group() if _paired_quote(text, m) else "", text)
    text = re.sub(r"(?<=\s)—(?=\s)", "–", text)
    text = _rejoined_abbreviations(text)
    return " ".join(_unglue_syllables(w) for w in text.split(" "))


def _unpaired_brackets(text: str) -> str:
    """A bracket glued to a word that the field neither closes nor opens (``Quảng Ngãi (trong thời
    gian qua``, ``nội dung)`` with no ``(``): a speck the engine read as one. One beside a figure
    stays: it may be a figure misread (``tổng kết 1)`` for ``10``), which the body puts right."""
    if text.count("(") == text.count(")"):
        return text
    out, depth = [], 0
    for i, ch in enumerate(text):
        if ch == "(":
            if ")" not in text[i:] and text[i + 1:i + 2].isalpha():
                continue  # opens nothing the field closes
            depth += 1
        elif ch == ")":
            if depth == 0 and i and text[i - 1].isalpha():
                continue  # closes nothing the field opened
            depth = max(0, depth - 1)
        out.append(ch)
    return "".join(out)


def _rejoined_abbreviations(text: str) -> str:
    """Two words in capitals the engine cut out of one abbreviation the same field prints whole
    (``Danh mục TTHC … giải quyết TT HC``): the field's own spelling puts them together again."""
    words = text.split(" ")
    wholes = {w.strip(_WORD_EDGE) for w in words}
    for i in range(len(words) - 1, 0, -1):
        a, b = words[i - 1], words[i].rstrip(".,;:)”\"'")
        if a.isalpha() and b.isalpha() and a.isupper() and b.isupper() and min(len(a), len(b)) <= 2 \
                and a + b in wholes:
            words[i - 1:i + 1] = [a + words[i]]
    return " ".join(words)


COMMON_ABBREVIATION = 300  # uses in the corpus of an abbreviation a misread one is taken for


@lru_cache(maxsize=1)
def _common_abbreviations() -> dict[int, list[str]]:
    """The abbreviations of three letters or more the corpus uses often (``UBND``, ``HĐND``), by length."""
    from ..repair.abbreviations import abbreviation_counts

    out: dict[int, list[str]] = {}
    for word, count in abbreviation_counts().items():
        if len(word) >= 3 and count >= COMMON_ABBREVIATION:
            out.setdefault(len(word), []).append(word)
    return out


def mend_name_words(name: str | None) -> str | None:
    """A body's name as OCR misread it, mended where the words can be no other: a common
    abbreviation with one letter off (:func:`mend_abbreviations`), ``TỈNH`` read with another
    mark before a province's name (``TÍNH THỪA THIÊN HUẾ``, ``TĨNH``), and a speck read as a full
    stop after a syllable in capitals (``XÃ HỘI.VÀ``, ``ĐƯỜNG BỘ. VIỆT NAM``; an abbreviation's
    stop stays: ``TX. ĐỒNG XOÀI``)."""
    name = mend_abbreviations(name)
    if not name:
        return name
    from ..repair.vietnamese import inventory
    from .lexicon import lexicon
    from .text import key

    inv = inventory()
    name = re.sub(r"(?<![^\W\d_])([^\W\d_]{2,})\.(?=[ ]?[^\W\d_])", lambda m: m.group(1) + " "
                  if m.group(1).isupper() and (m.group(1).lower() in inv or _stopless(m.group(1))) else m.group(),
                  name)
    name = _JUNK_TAIL.sub("", name) if _junk(name) else name
    name = " ".join(name.split())
    provinces = {key(p.name) for p in lexicon().provinces}

    def tinh(m: re.Match) -> str:
        rest = key(name[m.end():]).strip()
        return "TỈNH" if any(rest == p or rest.startswith(p + " ") for p in provinces) else m.group()

    return re.sub(r"(?<![^\W\d_])(?!TỈNH\b)T[IÍÌỈĨỊ]NH(?![^\W\d_])", tinh, name)


def _stopless(word: str) -> bool:
    """A common abbreviation of four letters or more (``UBND``, ``HĐND``): printed with no full
    stop, unlike the short ones of a unit (``TX.``, ``TP.``)."""
    return len(word) >= 4 and word in _common_abbreviations().get(len(word), ())


# the last word of a name, after a space
_JUNK_TAIL = re.compile(r"[ ]+\S+$")


def _junk(name: str) -> bool:
    """Is the last word of a body's name ink the engine read as letters (``THỦ TƯỚNG CHÍNH PHỦ
    ẺồẼŒ7TSTEBTEEBỢNNẠN``, a seal's or a signature's strokes beside the line): a long word that
    holds a letter no Vietnamese word holds, or small letters among its capitals (two of each at
    least past its first letter), after two words or more of the name?"""
    words = name.split()
    if len(words) < 3:
        return False
    last = words[-1]
    foreign = any(c.isalpha() and not ("a" <= strip_diacritics(c).lower() <= "z" or c in "đĐ") for c in last)
    mixed = sum(c.islower() for c in last[1:]) >= 2 and sum(c.isupper() for c in last[1:]) >= 2
    return len(last) >= 6 and (foreign or mixed) and "/" not in last and "-" not in last


def mend_abbreviations(name: str | None) -> str | None:
    """A body's name read by OCR with one letter of a common abbreviation misread (``UBNP TỈNH …``
    for ``UBND``): a word in capitals of four letters or more that is no syllable, no abbreviation the corpus
    knows and no known body's code, one letter off exactly one common abbreviation, is that one
    (``ƯBND``: the misread letter may carry a mark)."""
    if not name:
        return name
    from ..repair.abbreviations import known_abbreviations
    from ..repair.vietnamese import inventory

    def mend(m: re.Match) -> str:
        word = m.group()
        if len(word) < 4 or not word.isupper() or word in known_abbreviations() or word in _codes() \
                or word.lower() in inventory():
            return word
        near = [a for a in _common_abbreviations().get(len(word), ())
                if sum(x != y for x, y in zip(a, word)) == 1]
        return near[0] if len(near) == 1 else word

    return re.sub(r"(?<![^\W\d_])[^\W\d_]+(?![^\W\d_])", mend, name)  # "ƯBND": a capital with a mark too


def _paired_quote(text: str, match: re.Match) -> bool:
    """Is a straight double quote beside a word one of a pair the field holds (``Đề án "Phát
    triển … 2020”``, read in two styles; ``"Tết trồng cây"``), rather than a speck?"""
    return match.group() == '"' and sum(text.count(q) for q in '"“”') % 2 == 0


KNOWN_ABBREVIATION = 10  # uses in the corpus of a word in capitals for it to be an abbreviation, not two syllables


def _known_abbreviation(letters: str) -> bool:
    from ..repair.abbreviations import abbreviation_counts

    return abbreviation_counts().get(letters, 0) >= KNOWN_ABBREVIATION


def _unglue_syllables(word: str) -> str:
    from ..repair.vietnamese import inventory

    inv = inventory()
    letters = word.strip(_WORD_EDGE)
    if len(letters) < 4 or not letters.isalpha() or letters.lower() in inv:
        return word
    if letters.isupper() and word.lstrip("“\"'").startswith("(") and word.rstrip(".,;:“”\"'").endswith(")"):
        return word  # "(OCOP)": the abbreviation a name is given in brackets, not two syllables
    if letters.isupper() and _known_abbreviation(letters):
        return word  # "ASEAN", "OCOP", "APEC": an abbreviation the corpus uses, not "A SEAN"
    for i in range(1, len(letters)):
        if letters[i - 1].islower() and letters[i].isupper() and letters[:i].lower() in inv:
            return word.replace(letters, f"{letters[:i]} {letters[i:]}")  # "ViệtNam"
    if not (letters.isupper() or letters.islower() or letters[0].isupper() and letters[1:].islower()):
        return word
    splits = [(min(inv[letters[:i].lower()], inv[letters[i:].lower()]), i) for i in range(1, len(letters))
              if letters[:i].lower() in inv and letters[i:].lower() in inv]
    if not splits:
        return word
    _, i = max(splits)
    return word.replace(letters, f"{letters[:i]} {letters[i:]}")


@lru_cache(maxsize=1)
def _stroked_codes() -> dict[str, str]:
    """Each code of a body or a type that holds a Đ (``BGDĐT``, ``QĐ``), under its spelling with D
    for every Đ, when no other code and no known code is spelt so."""
    codes = _codes()
    out: dict[str, str | None] = {}
    for code in codes:
        bare = code.replace("Đ", "D")
        if bare != code and bare not in codes:
            out[bare] = None if bare in out else code
    return {k: v for k, v in out.items() if v}


@lru_cache(maxsize=1)
def _codes() -> frozenset[str]:
    """The codes of the known bodies and of the types of document (``BGDĐT``, ``QĐ``)."""
    from .lexicon import lexicon

    lex = lexicon()
    return frozenset({a for agency in lex.agencies for a in agency.abbreviations} | set(lex.type_codes))


# a digit the engine reads for the letter it looks like, when it reads that letter twice (``5SGDĐT``)
_LOOKALIKE_DIGITS = lookalikes("figures_for_letters", "code_initial")


def _doubled_letter(match: re.Match) -> str:
    digit, code = match.group(1), match.group(2)
    return code if _LOOKALIKE_DIGITS.get(digit) == code[:1] and code in _codes() else match.group()


def tidy_symbol(number: str | None) -> str | None:
    """A number and symbol read by OCR with the stroke of a Đ lost (``32/2020/TT-BGDDT``): a part
    that is the code of a known body or type but for that stroke takes it back; a known code whose
    first letter was read twice, once as the digit it looks like (``1147/5SGDĐT``), loses the digit;
    the ``1`` of the National Assembly's term read as a letter (``119/2020/QHI4``) is a figure again."""
    if not number:
        return number
    codes = _stroked_codes()
    number = re.sub(r"(?<![^\W\d_])[A-ZĐ]+(?![^\W\d_])", lambda m: codes.get(m.group(), m.group()), number)
    number = _TERM_READ_AS_LETTER.sub(r"QH1\1", number)
    return re.sub(r"(?<=[/-])(\d)([^\W\d_]{2,})(?![^\W\d_])", _doubled_letter, number)


# the National Assembly's code and its term (``QH14``), the ``1`` read as a capital I or a small l
_TERM_READ_AS_LETTER = re.compile(r"(?<![^\W\d_])QH[Il](\d)(?!\w)")


# the ``V/v`` that opens the subject line under the number, taken into a symbol whose end OCR read
# as a separator (``101322/CTHN-TTHT_`` / ``V/v …``): no symbol ends with it
_SUBJECT_OPENER = re.compile(r"[-_–—\s]+[Vv]/[Vv]$")


def tidy_number(number: str | None) -> str | None:
    """A number and symbol without the ``V/v`` of the next line that a separator read at its end
    (``…-TTHT_`` for ``…-TTHT``) drew into it."""
    if not number:
        return number
    return _SUBJECT_OPENER.sub("", number) or number


# the note after a Nơi nhận entry, "(để b/c)", "(để biết)", …, whose "để" OCR read with another
# mark or none (``(đế b/c)``, ``(dể biết)``): the word before such a purpose is always "để"
_PURPOSE_NOTE = re.compile(r"\(\s*(?:đ|d)[eéèẻẽẹêếềểễệ](?=\s+(?:b/c|t/h|p/h|biết|báo cáo|thực hiện|phối hợp|"
                           r"chỉ đạo|theo dõi|tổng hợp)\b)", re.IGNORECASE)


# a space OCR lost after a bracket of codes before another code (``(VX/P)T``; a comma glued to a
# code, ``VP,BTG``, is as often printed so), and a lone small consonant read between two words of
# a name (``PCN Văn n Trọng Lý``: no Vietnamese word is one such letter)
# a full stop after a syllable in small letters before a name (``UBND tỉnh. Điện Biên``): an entry
# of the list is one name, no two sentences
_INNER_STOP = re.compile(r"(?<=[^\W\d_A-ZĐ]{2})\.(?= [A-ZĐ][^\W\d_A-ZĐ])")
_LOST_SPACE = re.compile(r"(?<=[A-ZĐ]\))(?=[A-ZĐ])")
_LONE_LETTER = re.compile(r"(\b[A-ZĐ][^\W\d_]{0,6}) [bcdghklmnpqrstvx](?= [A-ZĐ])")


# the space OCR lost after the filing line's colon (``Lưu:VT``): it prints ``Lưu: VT`` (a comma
# glued to a code, ``Lưu VP,BTG``, is as often printed so and stays)
_FILED_COLON = re.compile(r"^(Lưu|LƯU)\s*:(?=\w)")
_FILED_SEMICOLON = re.compile(r";\s*(?=[A-ZĐ][A-ZĐ\d]{0,7}(?:\s*\(|\s*,|\s*$))")  # ``VT; NV3``: a comma read so
_LEADING_SPECKS = re.compile(r"^[:;,.\-–—_~|`'\s]+(?=\w)")  # ``:- Lưu: VT``: an entry opens with a word
_TRAILING_DASH = re.compile(r"(?<=\w)[ \t]*[-–—_]+$")  # ``Lưu: VT-``: no entry ends with a dash
_FILED_MISREAD = re.compile(r"^[kKlIi|1]ưu(?=\s*:)")  # ``kưu: VT``: the filing line's L misread
_AS_ABOVE = re.compile(r"^N\s*h\s*ư\s+trên\b")  # ``N hư trên``: a space read inside ``Như``


def tidy_note(entry: str) -> str:
    """A Nơi nhận entry read by OCR with the ``để`` of its note put right (``(đế b/c)``), the space
    OCR lost after a bracket put back, a lone letter between two names and a speck full stop
    after a word in small letters before a name (``UBND tỉnh. Điện Biên``) dropped, specks before
    its first word and a dash after its last dropped, ``Lưu`` and ``Như trên`` read with a letter
    wrong or a space inside put right, and the filing line's space after its colon put back (a
    semicolon before a code is a comma misread; one before words is printed: ``VT; Phòng …``)."""
    entry = _TRAILING_DASH.sub("", _LEADING_SPECKS.sub("", entry))
    entry = _AS_ABOVE.sub("Như trên", _FILED_MISREAD.sub("Lưu", entry))
    if entry[:3].lower() == "lưu":
        entry = _FILED_SEMICOLON.sub(", ", _FILED_COLON.sub(r"\1: ", entry))
    entry = _LONE_LETTER.sub(r"\1", entry)
    entry = _LOST_SPACE.sub(" ", entry)
    entry = _INNER_STOP.sub("", entry)
    return _PURPOSE_NOTE.sub("(để", entry)


def tidy(fields: Fields, ocr: bool = False) -> Fields:
    """Clean the short fields; ``ocr`` when the text was read by OCR (see :func:`tidy_ocr`, and
    :func:`tidy_symbol` for the number and the references)."""
    fields.number = tidy_number(fields.number)
    if ocr:
        fields.number = tidy_symbol(fields.number)
        for ref in fields.references:
            ref.number = tidy_symbol(ref.number)
        fields.distribution = [tidy_note(entry) for entry in fields.distribution]
        fields.subject = tidy_ocr(fields.subject) or ""
        for name in ("issuer", "parent_issuer"):
            setattr(fields, name, mend_name_words(tidy_ocr(getattr(fields, name))))
        for name in ("subject", "issuer", "parent_issuer"):
            value = getattr(fields, name)
            mended = _unpaired_brackets(value) if value else value
            if mended != value:  # kept flagged: the bracket may be the page's, its pair lost
                setattr(fields, name, mended)
                word = next((w for w, m in zip(value.split(), mended.split()) if w != m), value)
                fields.review.setdefault(name, review_note(
                    _("a bracket the OCR most likely read from a speck was taken out (“%(word)s”)") % {"word": word}))
    if fields.subject:
        fields.subject = tidy_subject(fields.subject)
    for name in ("issuer", "parent_issuer"):
        setattr(fields, name, tidy_name(getattr(fields, name)))
    fields.place = tidy_place(fields.place)
    if fields.signer is not None:
        for name in ("capacity", "title", "name"):
            setattr(fields.signer, name, tidy_name(getattr(fields.signer, name)))
    return fields
