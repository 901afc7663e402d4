"""A body whose paragraphs and list items were run together on one line (a forum that kept only the
head's and the signature's breaks, a PDF's text dumped on one line) gets its breaks back where a
list item or the body surely starts, so that the body's blocks and tasks read as on the printed page.

Only spaces become line breaks, so the text keeps its length and every offset stays valid (as in
:mod:`.flat`, which breaks a flattened page's head and foot and leaves the body to this module). A
long line (:data:`LONG`) of the body is broken

* before an item's marker that follows the end of a sentence, a clause or an introduction
  (``…; 2. Sở Y tế …``, ``… như sau: a) …``, ``…; - Sở Tài chính …``), a heading in capitals (``A.
  NHIỆM VỤ CHUNG 1. Tiếp tục …``) or an article's title (``Điều 6. Giám sát và xử lý vi phạm 1. Tổ
  chức …``), a numbered or lettered marker only in its list's order (``2.``
  after a ``1.`` seen before, ``b)`` after ``a)``); in the other styles pages print too (``1)``, ``(1)``,
  ``(a)``, ``ii)``, ``(iii)``, a bullet ``*``, ``▪``, ``○``; and ``1/``, ``1-``, ``2.1``, ``a.``, ``a/`` only before a
  capitalised word, so that ``12/UBND-VX``, ``1/2025``, ``2.1 triệu``, ``a.m.`` and ``khoản 2.1 Điều 5`` stay put);
* before a capitalised word that opens a paragraph (:file:`body_starts.txt`,
  :file:`paragraph_openers.txt`: ``Thực hiện``, ``Để``, ``Đề nghị``, ``Trong quá trình``) after the
  end of a sentence or of a basis (``Căn cứ …; Để tổng hợp …``), or before a body's name and its
  request or action (``… đúng lịch. Sở Y tế yêu cầu …``, ``… quá 24 giờ. Phòng Tài nguyên và Môi
  trường theo dõi …``), in a line broken for the above or one too long to
  be a paragraph (:data:`RUN_TOGETHER`);
* before a section's Roman number before its title in capitals and a point's letter before a capital
  wherever they stand (``… năm 2026 I. MỤC ĐÍCH, YÊU CẦU``, ``Nhiệm vụ cụ thể a) Rà soát …``), and
  before an action run into the numbered heading that names its body (``1. Sở Y tế - Chủ trì …``,
  ``2. Sở Tài chính Tham mưu …``);
* after an article's title that is a whole title (:file:`article_titles.txt`: ``Điều 2. Tổ chức thực
  hiện`` / ``Sở Y tế chủ trì …``) or names the bodies its text opens with (``Điều 2. Trách nhiệm của
  Sở Y tế`` / ``Sở Y tế chủ trì …``);
* before a table's ``STT`` header after a colon (``… như sau: STT Tỉnh …``);
* before and after a decision's enacting words in capitals between a sentence's end and ``Điều 1.``
  (``… Bộ Tài chính. QUYẾT ĐỊNH: Điều 1. …``);
* after the last addressee of ``Kính gửi`` when the body's first sentence follows it on its line,
  after a full stop or not (``…; - Ủy ban nhân dân tỉnh A. Xét đề nghị của …``, ``Kính gửi: Sở Y tế
  Thực hiện …``).

The body starts at ``Kính gửi``; in a page without it, after the type's title (``QUYẾT ĐỊNH``), or at
the first long line that does not open in capitals. Lines from ``Nơi nhận`` on (the foot) are left as
they are."""

from __future__ import annotations

import re
from functools import lru_cache

from ..vntext import ITEM_LETTERS, strip_diacritics
from .blocks import BULLETS
from .flat_foot import foot_cuts
from .text import broken_at, lines_at, load_list, words_regex

LONG = 200  # a line longer than this may hold several paragraphs or items
RUN_TOGETHER = 800  # a line longer than this is paragraphs run together, even with no item in it
ENTRIES_LONG = 100  # a line of addressees longer than this may hold the body's first sentence

# an item's marker after the end of a sentence or clause or a colon, then a letter
_INLINE = re.compile(
    r"(?<=[.;:!?\"”] )(?P<m>(?P<num>\d{1,2}(?:\.\d{1,2}){0,2})\.(?!\d)|(?P<let>[a-zđ])\)|(?P<rom>[IVX]{1,4})\."
    r"|(?P<sec>[A-Z])\.(?= [A-Z]{2,} [A-Z])|(?P<art>Dieu \d{1,3})\.|(?P<dash>[-–•+]))(?= [^\W\d_])")
# a number or a dash after a heading in capitals ("A. NHIỆM VỤ CHUNG 1. Tiếp tục …"; not a hyphen between
# capitals, "KINH TẾ - XÃ HỘI", nor one in a document's code, "TT - BLĐTBXH")
# (and in the other styles: "I. MỤC TIÊU 1/ Mục tiêu …", "… CHỈ TIÊU I. Mục tiêu …", "(1)", "2.1", "a.", "▪")
_AFTER_CAPS = re.compile(rf"(?<=[A-Z]{{2}} )(?P<m>(?P<num>\d{{1,2}}(?:\.\d{{1,2}}){{0,2}})\.(?!\d)|(?P<dash>[-–•+{BULLETS}])"
                         r"|(?P<num3>[1-9]\d?(?:\.\d{1,2}){0,2})[)/-]|\((?P<num2>[1-9]\d?)\)|(?P<num4>[1-9]\d?(?:\.\d{1,2}){1,2})"
                         r"|(?P<rom>[IVX]{1,4})\.|(?P<let>[a-zđ])[.)/]|\((?P<let3>[a-zđ])\))(?= [A-Z][a-z])")
# a section's Roman number before its title in capitals, a point's letter before a capital, wherever they stand
# ("… năm 2025 I. MỤC ĐÍCH, YÊU CẦU", "Nhiệm vụ cụ thể a) Rà soát …"), in their list's order
_ANYWHERE = re.compile(r"(?<= )(?:(?P<rom>[IVX]{1,4})\.(?= [A-Z]{2,},? [A-Z]{2,})|(?P<let>[a-zđ])\)(?= [A-Z][a-z]))")
# an item's marker in the other styles pages print (:mod:`.blocks`), after the end of a sentence or clause or a
# colon: "1)", "(1)", "(a)", "ii)", "(iii)" and a bullet before a word; "1/", "1-", "a.", "a/" and "2.1" without
# its last dot only before a capitalised word (not "12/UBND-VX", "1/2025", "2.1 triệu", "a.m.", "1-2 ngày")
_INLINE_STYLED = re.compile(
    r"(?<=[.;:!?\"”] )(?P<m>(?:(?P<num>[1-9]\d?(?:\.\d{1,2}){0,2})\)|\((?P<num2>[1-9]\d?)\)|\((?P<let>[a-zđ])\)"
    r"|(?P<sr>[ivx]{2,5})\)|\((?P<sr2>[ivx]{2,5})\)" rf"|(?P<dash>[{BULLETS}]))(?= [^\W\d_])"
    r"|(?:(?P<num3>[1-9]\d?(?:\.\d{1,2}){0,2})[/-]|(?P<num4>[1-9]\d?(?:\.\d{1,2}){1,2})|(?P<let2>[a-zđ])[./])"
    r"(?= [A-Z][a-z]))")
_AT_START = re.compile(r"^[ \t]*(?:(?P<num>\d{1,2}(?:\.\d{1,2}){0,2})[.)](?!\d)|(?P<let>[a-zđ])\)|(?P<rom>[IVX]{1,4})\.|(?P<sec>[A-Z])\.(?= )"
                       r"|\((?P<num2>[1-9]\d?)\)|(?P<num3>[1-9]\d?(?:\.\d{1,2}){0,2})[/-](?= [A-Z][a-z])"
                       r"|(?P<num4>[1-9]\d?(?:\.\d{1,2}){1,2})(?= [A-Z][a-z])|(?P<let2>[a-zđ])[./](?= [A-Z][a-z])"
                       r"|\((?P<let3>[a-zđ])\)|\(?(?P<sr>[ivx]{2,5})\))")
_KINH_GUI = re.compile(r"^[ \t\-*_]*Kinh g[uo]i\b", re.I)
_DASHED = re.compile(rf"^[ \t]*(?:[-–—+•]|[{BULLETS}](?= ))")
_FOOT = re.compile(r"^[ \t*_-]*N[o0]i nh\w{1,2}n\b", re.I)
# the end of the last addressee: a full stop (not an abbreviation's, "TP. Hồ Chí Minh") before a capital
_ENTRIES_END = re.compile(r"(?<=[a-z)])(?<![\s.][A-Za-z])(?<![\s.][A-Za-z]{2})\.(?= [A-Z])")
_SENTENCE_END = re.compile(r"(?<=[\w)\"”][.;!?] )(?=[A-Z])|(?<=\./\. )(?=[A-Z])")
_SECTIONS = "ABCDEGH"
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
_SMALL_ROMAN = [r.lower() for r in _ROMAN]


def with_body_breaks(text: str) -> str:
    """``text`` with the breaks of its run-together body restored (the same length)."""
    lines = text.split("\n")
    if max((len(line) for line in lines), default=0) <= ENTRIES_LONG:
        return text
    breaks: list[int] = []
    seen: set[tuple[str, str]] = set()
    after_cue, below = -1, False
    body, title = False, _title_line(lines)
    for i, (start, line) in enumerate(lines_at(text)):
        folded = strip_diacritics(line)
        if _FOOT.match(folded):
            break
        after_title = title >= 0 and (i == title + 1 or i == title and len(line) > LONG)
        if after_title or title == -1 and len(line) > LONG and not _in_capitals(folded):
            body = True  # a decision's or a plan's body after its title ("QUYẾT ĐỊNH"), without Kính gửi
        if _KINH_GUI.match(folded):
            body, after_cue = True, i
            below = not _KINH_GUI.sub("", folded).strip(" :")  # "Kính gửi:" and its entries below
        m = _AT_START.match(folded)
        if m:
            seen.add(_as_small_roman(_marker(m), seen))
        first = i == after_cue and not below or i == after_cue + 1 and (below or _DASHED.match(folded))  # entries
        cuts = _entries_end(folded) if first and len(line) > ENTRIES_LONG else []
        if body and len(line) <= LONG:
            cuts += _glued_titles(line, folded)
        if body and len(line) > LONG:
            cuts += _item_cuts(folded, seen) + _title_cuts(folded)
            cuts += _action_cuts(line, folded, cuts)
            if cuts or len(line) > RUN_TOGETHER:  # a printed paragraph keeps its sentences
                cuts += _paragraph_cuts(line, folded)
        foot = _FOOT_AFTER.search(folded) if body else None  # "… lãng phí. NƠI NHẬN - Ban Bí thư …"
        if foot:  # and the foot's entries and signature block, as on a page on one line (:mod:`.flat_foot`)
            cuts += [foot.start() - 1] + foot_cuts(line, folded, foot.start())
        closing = _SIGNED_AFTER.search(folded) if body and not foot else None
        signature = foot_cuts(line, folded, closing.end()) if closing else []
        if signature:  # the signature block run on after the closing "./." ("… thực hiện./. TL. CHỦ TỊCH …")
            cuts += [closing.end()] + signature
            foot = closing
        breaks += [start + pos for pos in cuts]
        if foot:
            break
    return broken_at(text, breaks)


# Nơi nhận run on after the body's last sentence
_FOOT_AFTER = re.compile(r"(?<=[.;!?] )(?:N[o0]i nh\w{1,2}n ?:|NOI NHAN\b)")
# the body's closing mark with words after it on its line
_SIGNED_AFTER = re.compile(r"\./\.(?= \S)")


def columns_after_breaks(text: str, broken: str, columns: list[str] | None) -> list[str] | None:
    """The column of each line of ``broken`` (``text`` with some spaces made line breaks): that of the
    line of ``text`` it was cut from, so that a page whose long line was broken keeps its columns."""
    if columns is None or len(columns) != text.count("\n") + 1 or len(broken) != len(text):
        return None
    out, start = [], 0
    for column, piece in zip(columns, text.split("\n")):
        out += [column] * (broken.count("\n", start, start + len(piece)) + 1)
        start += len(piece) + 1
    return out


def _title_line(lines: list[str]) -> int:
    """The line of a type's title in capitals (``QUYẾT ĐỊNH``, ``CÔNG ĐIỆN …``) in a page without ``Kính
    gửi``; -2 when there is ``Kính gửi`` or no title, -1 to read a page with neither from its first line."""
    from .lexicon import lexicon

    names = lexicon().type_names
    found = -1
    for i, line in enumerate(lines[:60]):
        folded = strip_diacritics(line)
        if _KINH_GUI.match(folded):
            return -2
        words = folded.split()
        if found < 0 and words and words[0].isupper() and any(
                " ".join(words[:n]).lower() in names for n in (1, 2, 3)):
            found = i
    return found


def _in_capitals(folded: str) -> bool:
    """Does the line open with two words in capitals (a line of the head: ``CÔNG ĐIỆN …``)?"""
    words = folded.split()[:2]
    return len(words) == 2 and len(words[0]) > 1 and all(w.isupper() for w in words)  # "CÔNG I N" (glyphs lost)


def _marker(m: re.Match) -> tuple[str, str]:
    groups = {k: v for k, v in m.groupdict().items() if v}
    for kind, names in (("num", ("num", "num2", "num3", "num4")), ("sec", ("sec",)),
                        ("let", ("let", "let2", "let3")), ("rom", ("rom",)), ("sr", ("sr", "sr2"))):
        for name in names:
            if name in groups:
                return kind, groups[name]
    return "num", ""


def _entries_end(folded: str) -> list[int]:
    """The space after the last addressee when the body's first sentence follows on its line, after a
    full stop or right after the addressee's last word (``Kính gửi: Sở Y tế Thực hiện Công văn số …``)."""
    m = _ENTRIES_END.search(folded)
    opening = next((o for o in _CAPITAL_AFTER_WORD.finditer(folded) if _STARTS().match(folded, o.start())
                    and len(folded[:o.start()].split()) >= 3), None)
    if opening is not None and (m is None or opening.start() < m.end()):
        return [opening.start() - 1]
    return [m.end()] if m else []


_CAPITAL_AFTER_WORD = re.compile(r"(?<=[a-z] )(?=[A-Z][a-z])")


@lru_cache(maxsize=1)
def _STARTS() -> re.Pattern:
    return words_regex(load_list("body_starts.txt"), prefix=r"", suffix=r"(?![\w])")


@lru_cache(maxsize=1)
def _article_titles() -> re.Pattern:
    return words_regex(load_list("article_titles.txt"), prefix=r"Dieu \d{1,3}\. ", suffix=r"(?= )")


# an article's first clause right after its title ("Điều 6. Giám sát, báo cáo và xử lý vi phạm 1. Tổ chức …")
_ARTICLE_THEN_ONE = re.compile(r"Dieu \d{1,3}\. [^.;:]{3,160}? (1)\. (?=[A-Z])")


_TABLE_AFTER_COLON = re.compile(r"(?<=: )(?:STT|TT)(?= [A-Z])")


# a decision's or a resolution's enacting words in capitals between the bases' end and its first
# article (``… Bộ Tài chính. QUYẾT ĐỊNH: Điều 1. …``, ``…; QUYẾT NGHỊ Điều 1. …``): a line of their own
_ENACTING = re.compile(r"(?<=[.;:] )(?:[A-Z]{2,} ){0,2}[A-Z]{2,} ?:?(?= Dieu 1\. )")


def _title_cuts(folded: str) -> list[int]:
    """The space after an article's title run together with its text (``Điều 2. Tổ chức thực hiện Sở Y
    tế …``)."""
    cuts = [m.end() for m in _article_titles().finditer(folded) if folded[m.end() + 1:m.end() + 2].isupper()]
    cuts += [m.start() - 1 for m in _TABLE_AFTER_COLON.finditer(folded)]  # "… như sau: STT Tỉnh …": a table
    cuts += [p for m in _ENACTING.finditer(folded) for p in (m.start() - 1, m.end())]  # "… Bộ Tài chính. QUYẾT ĐỊNH Điều 1."
    return cuts + [m.start("name") + len(m.group("name")) for m in _TITLE_THEN_NAME.finditer(folded)]


def _glued_titles(line: str, folded: str) -> list[int]:
    """The space after an article's whole title glued to its clause on a line of its own, not run
    together with others (``Điều 3. Tổ chức thực hiện Chánh Văn phòng …``, a bold title run into its
    paragraph on a web page), only where a body's name or a person heading one follows: ``Điều 2. Tổ
    chức thực hiện Kế hoạch …`` may be the article's own words."""
    from .body_words import starts_body

    return [m.end() for m in _article_titles().finditer(folded)
            if folded[m.end() + 1:m.end() + 2].isupper() and starts_body(line[m.end() + 1:])]


def _in_order(kind: str, value: str, seen: set[tuple[str, str]]) -> bool:
    """Is a marker the first of its list or the one after a marker seen before?"""
    if kind == "num":
        *parent, last = value.split(".")
        n = int(last)
        return n == 1 or (kind, ".".join(parent + [str(n - 1)])) in seen
    order = {"let": ITEM_LETTERS, "sec": _SECTIONS, "rom": _ROMAN, "sr": _SMALL_ROMAN}[kind]
    if value not in order:
        return False
    k = order.index(value)
    return k == 0 or (kind, order[k - 1]) in seen


def _as_small_roman(marker: tuple[str, str], seen: set[tuple[str, str]]) -> tuple[str, str]:
    """A letter ``i``, ``v`` or ``x`` out of its letters' order read as a small Roman number (``(i)``, ``(ii)``)."""
    kind, value = marker
    if kind == "let" and value in _SMALL_ROMAN and not _in_order(kind, value, seen):
        return "sr", value
    return marker


def _item_cuts(folded: str, seen: set[tuple[str, str]]) -> list[int]:
    """The spaces before the markers of the items run into ``folded``, in their list's order."""
    found = list(_INLINE.finditer(folded)) + [m for m in _AFTER_CAPS.finditer(folded) if _after_heading(folded, m.start())]
    found += [m for m in _INLINE_STYLED.finditer(folded) if not any(f.start() == m.start() for f in found)]
    found += [m for m in _ANYWHERE.finditer(folded) if not any(f.start() == m.start() for f in found)]
    cuts = []
    for m in _ARTICLE_THEN_ONE.finditer(folded):  # "Điều 6. Giám sát và xử lý vi phạm 1. Tổ chức …"
        seen.add(("num", "1"))
        cuts.append(m.start(1) - 1)
    for m in sorted(found, key=lambda m: m.start()):
        if m.groupdict().get("dash") or m.groupdict().get("art"):
            cuts.append(m.start() - 1)
            continue
        marker = _as_small_roman(_marker(m), seen)
        if _in_order(*marker, seen):
            seen.add(marker)
            cuts.append(m.start() - 1)
    return cuts


def _action_cuts(line: str, folded: str, cuts: list[int]) -> list[int]:
    """The spaces before an action run into the numbered heading that names its body (``1. Phòng Văn hóa
    và Thông tin Phối hợp với …``, ``1. Phòng A - Chủ trì …``): a capitalised verb of a task, after a
    dash or not, right after the names of bodies that follow an item's marker."""
    from .bodies import only_bodies

    out = []
    bounds = sorted(set([-1] + cuts)) + [len(line)]
    for a, z in zip(bounds, bounds[1:]):
        piece = line[a + 1:z]
        head = _MARKER_HEAD.match(piece)
        if head is None:
            continue
        for m in _ACTION_START.finditer(piece, head.end()):
            verb = m.end()
            if opens_with_action(piece[verb:verb + 40]):
                name = piece[head.end():m.start()].strip()
                if only_bodies(name) and not _ends_on_a_head(name):
                    out.append(a + m.start())
                break
    return out


def _ends_on_a_head(name: str) -> bool:
    """Does ``name`` end on the word that opens a body's name, alone, after a person's title or after the
    body that belongs to the one it opens (``Trung tâm`` / ``Kiểm soát bệnh tật``, ``Giám đốc Khu`` / ``Quản
    lý đường bộ I``, ``Văn phòng thường trực Ban`` / ``Chỉ đạo quốc gia …``), so that a capitalised verb
    after it goes on with the name? A name never ends on such a word."""
    from .lexicon import lexicon
    from .text import key

    printed = " ".join(name.lower().split()).replace("uỷ", "ủy")
    marked = strip_diacritics(printed) != printed
    k, heads = (printed, _heads()) if marked else (key(name), lexicon().heads)
    for h in heads:
        if k == h or k.endswith(" " + h):
            return True  # nothing before it, a person's title ("Giám đốc Khu") or a body ("Văn phòng … Ban")
    return _ends_on_a_title(name)


def _ends_on_a_title(name: str) -> bool:
    """Does ``name`` end on a person's title alone after a comma (``Chánh Văn phòng Bộ, Chánh`` / ``Thanh tra
    Bộ``, ``…, Giám đốc`` / ``Sở Y tế``), so that the capitalised word after it is the body the title heads?"""
    from .body_words import person_titles
    from .text import key

    last = key(name.rsplit(",", 1)[-1])
    title = person_titles().match(last)
    return "," in name and title is not None and title.end() == len(last)


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(" ".join(h.lower().split()).replace("uỷ", "ủy") for h in load_list("agency_heads.txt"))


# a capitalised word after a word, or a dash before it: where an action may start
_ACTION_START = re.compile(r"(?<=[\w)] )(?:[-–] )?(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")
_MARKER_HEAD = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)/-]?|\(\d{1,2}\)|\(?[a-zđ]\)|[a-zđ][./]|[IVX]{1,4}\."
                          rf"|[-–+•{BULLETS}])\s+")


def opens_with_action(text: str) -> bool:
    """Does ``text`` open with a verb of a task, printed with its marks (``Rà soát …``, not ``Đúng …``
    for ``dừng``) unless the text lost them, and no half of a noun (``Du lịch`` is no ``dự``)?"""
    from .body_words import in_compound, task_verbs
    from .text import key

    pattern, forms = task_verbs()
    k = key(text)
    m = pattern.match(k)
    if m is None or m.start() or in_compound(k, m.start(), m.end()):
        return False
    printed = " ".join(text.lower().split())[:m.end()]
    if _TENSE_AFTER.match(k, m.end()):
        return False  # "Tổ chức đã được cấp giấy phép … phải …": a word of tense after it, the verb is a noun
    return printed == k[:m.end()] or printed in forms.get(m.group(0), ())


# a word of tense or aspect right after an opening word: the word is a noun, the subject of what follows (an
# order opens with its verb and no tense: "Tổ chức tập huấn …" / "Tổ chức đã đăng ký …")
_TENSE_AFTER = re.compile(r"\s+(?:da|dang|se)(?![\w])")


@lru_cache(maxsize=1)
def _openers() -> re.Pattern:
    return words_regex(load_list("body_starts.txt") + load_list("paragraph_openers.txt"), prefix=r"",
                       suffix=r"(?![\w])")


def _after_heading(folded: str, pos: int) -> bool:
    """Do the two words before ``pos`` stand in capitals (a heading's last words, ``NHIỆM VỤ CHUNG``)?"""
    words = folded[max(0, pos - 60):pos].split()[-2:]
    return len(words) == 2 and all(len(w) > 1 and w.isalpha() and w.isupper() for w in words)


def _paragraph_cuts(line: str, folded: str) -> list[int]:
    """The spaces before the paragraphs run into ``folded``: a capitalised opening word after the end
    of a sentence or a basis, or a body's name and its request or action after a full stop (``Phòng
    Giáo dục và Đào tạo yêu cầu …``, a closing paragraph after a list), with the number before it."""
    cuts = []
    for m in _SENTENCE_END.finditer(folded):
        if _openers().match(folded, m.start()) or folded[m.start() - 2] != ";" and _body_asks(line, folded, m.start()):
            number = _NUMBER_BEFORE.search(folded, 0, m.start() - 1)  # "… 50 3. Bộ Tài chính …": with its number
            cuts.append(number.start() - 1 if number else m.start() - 1)
    return cuts


# an item's number or a point's letter after a clause's end right before it ("… 50 3. Bộ Tài chính …", "…; b. Căn
# cứ …"), not the number of a place's or a unit's name that ends the sentence ("… Quận 9. Trung tâm …") nor a
# word of one letter ("… đồng ý. Theo …")
_NUMBER_BEFORE = re.compile(r"(?<= )(?:Dieu \d{1,3}|(?<![A-Z][a-z] )(?<![A-Z][a-z]{2} )(?<![A-Z][a-z]{3} )"
                            r"(?<![A-Z][a-z]{4} )\d{1,2}|(?<=[.;:] )[a-zđ])\.$")


_ASKS = re.compile(r"[^.;:!?]{0,80}?\b(?:de nghi|yeu cau|kinh de nghi)\b", re.I)


def _body_asks(line: str, folded: str, pos: int) -> bool:
    """Does a sentence at ``pos`` open with a body's name followed by its request or its action (``Phòng
    Tài nguyên và Môi trường theo dõi, tổng hợp …``)?"""
    from .bodies import bodies_at
    from .body_words import starts_body

    if not starts_body(line[pos:pos + 80]):
        return False
    if _ASKS.match(folded, pos) is not None:
        return True
    names, end = bodies_at(line, folded, pos, min(len(line), pos + 200))
    return bool(names) and opens_with_action(line[end:end + 40].lstrip(" ,"))


# an article titled with the bodies whose duties it states, run into its text that opens with them
# ("Điều 2. Trách nhiệm của Ủy ban nhân dân các tỉnh Ủy ban nhân dân các tỉnh quản lý …")
_TITLE_THEN_NAME = re.compile(r"Dieu \d{1,3}\. [^.;:]{0,60}?(?<= )(?P<name>[A-Z][^.;:]{2,80}?) (?P=name)(?= )")
