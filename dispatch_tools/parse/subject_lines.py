"""Where a subject's lines run: what ends a subject (a blank line, a date, the addressees, a
number, a motto, a list or the body), the lines that go on with it past a blank line the page
left inside it, and a line's words without a motto merged after them."""

from __future__ import annotations

import re

from .context import Context
from .header_lines import BLANK_DATE, NUMBER_LINE, motto_cut
from .lexicon import lexicon
from .subject_text import wrapped_dash
from .text import DATE_WORDS, is_upper_line, key

MAX_SPACED = 3  # lines of a subject past a blank line the page left inside it
_RULE_OPENS = re.compile(r"[-_=–—]{3,}")  # a rule: the one under a title, a speck read beside it


def stops_subject(ctx: Context, i: int, body_words: bool = True) -> bool:
    """Does line ``i`` end a subject: blank, a date, the addressees, a number, a motto, or (with
    ``body_words``) a long line opening with the words of a body paragraph?"""
    lex = lexicon()
    line = ctx.lines[i]
    t = line.stripped
    k = key(t)
    if not t or _RULE_OPENS.match(t):  # blank, or the rule under a title (a speck read beside it: ``——— T``)
        return True
    if DATE_WORDS.search(line.folded) or BLANK_DATE.search(line.folded):
        return True
    if k.startswith(("kinh gui", "kinh goi", "noi nhan")) or NUMBER_LINE.match(line.folded) or sender_line(line.folded):
        return True
    if header_mark(ctx, i) or _holds_date_or_place(ctx, i) or MOTTO_LAST.match(line.folded):
        return True
    # a paragraph of the body opens with a capital: a line in small letters goes on with the line above
    # ("V/v tổ chức các hoạt động kỷ niệm" / "ngày thành lập và tuyên truyền …")
    m = lex.body_start_re.match(k) if body_words else None
    if m is None or len(t) <= 40 or t[:1].islower():
        return False
    # a paragraph opens with "Ngày 15/3/2025, …" / "Vào ngày 20 tháng 5 …": a day's name with no date
    # goes on the subject ("… kỷ niệm 36 năm" / "Ngày thành lập Hội Cựu chiến binh Việt Nam")
    return not (m.group(0).split()[-1] == "ngay" and not re.match(r"\s*\d", k[m.end():]))


_MOTTO_WORDS = re.compile(r"d\w{0,3}c\s+[l1i]\w{1,3}p|t\w{1,2}\s+do\b|h\w{1,3}nh\s+ph\w{1,3}c", re.IGNORECASE)


def header_mark(ctx: Context, i: int) -> bool:
    """Does line ``i`` hold the national title (or a half of it) or the motto? Not the words of a
    subject that names the state in sentence case (``… Quốc khánh nước Cộng hòa xã`` / ``hội chủ
    nghĩa Việt Nam”``): the title is printed in capitals; the motto, in any case, has its own words."""
    line = ctx.lines[i]
    cut = motto_cut(line.folded)
    if cut is None:
        return False
    if _MOTTO_WORDS.search(line.folded, cut[0], cut[1]):
        return True
    letters = [c for c in ctx.text[line.start + cut[0]:line.start + cut[1]] if c.isalpha()]
    return 2 * sum(c.islower() for c in letters) <= len(letters)


def sender_line(folded: str) -> bool:
    """Is this a công điện's line that names its sender before its addressees (``THỦ TƯỚNG CHÍNH
    PHỦ điện:``)?"""
    return _SENDER.search(folded) is not None


_SENDER = re.compile(r"\S\s+dien\s*:\s*$", re.IGNORECASE)


def _holds_date_or_place(ctx: Context, i: int) -> bool:
    """Does line ``i`` hold the header's place or date found before (a date line wrapped in a
    narrow column: ``Hà Nội,`` / ``ngày 5 tháng 3 năm 2025``, or ``…, ngày 5 tháng 3`` / ``năm 2025``)?"""
    line = ctx.lines[i]
    return any(span.label in ("place", "date") and span.start < line.end and span.end > line.start
               for span in ctx.spans)


def continuation(ctx: Context, start: int, stop: int) -> list[int]:
    """The lines a subject goes on over: not a header mark, date, number or body paragraph; across
    a blank line or two when the page leaves them between lines (``Về việc thực hiện Đề án …`` /
    blank / ``mất cân bằng giới tính …``), unless the subject ended with a full stop or the line
    there is apart from it (:func:`_apart`)."""
    out: list[int] = []
    i = start
    while i < stop:
        if ctx.lines[i].blank:
            nxt = ctx.next_nonblank(i, min(stop, i + 3))
            last = ctx.lines[out[-1] if out else start - 1].stripped
            if nxt is None or last.endswith((".", ":")) or not continues(ctx, nxt) or _apart(ctx, nxt, last):
                break
            i = nxt
        if _date_tail(ctx, i, out[-1] if out else start - 1):
            i += 1  # the right column's date wrapped below the row that opened it ("… ngày 25 tháng 7" / "năm 2018")
            continue
        if _date_row_between(ctx, i, out[-1] if out else start - 1, stop):
            i += 1  # the right column's place and date on a row of their own between the subject's lines
            continue
        if _paragraph_after(ctx, i, out[-1] if out else start - 1):
            break  # "Hội nghị sơ kết công tác quý III" / "Ủy ban nhân dân xã tổ chức Hội nghị …, …."
        if not continues(ctx, i) and not _capitals_go_on(ctx, i, out[-1] if out else start - 1):
            if before_motto(ctx, i) is not None or date_cut(ctx, i) is not None:
                out.append(i)  # the subject's last words, the right column's motto or date merged after them
            break
        out.append(i)
        i += 1
    return out


def _paragraph_after(ctx: Context, i: int, above: int) -> bool:
    """Is line ``i`` the body's first paragraph after a subject printed with no blank line, no
    ``Kính gửi`` between them: a sentence opening with a capital and ending with a full stop or a
    colon, at least 80 characters and more than twice as long as the subject's line above (a subject
    wraps in its narrow column; a paragraph runs the page's width, or is one line of a web page)?"""
    if above < 0:
        return False
    t, prev = ctx.lines[i].stripped, ctx.lines[above].stripped
    return bool(prev) and t[:1].isupper() and not is_upper_line(t) and t.endswith((".", ":")) \
        and len(t) >= 80 and len(t) > 2 * len(prev)


def _date_row_between(ctx: Context, i: int, above: int, stop: int) -> bool:
    """Is line ``i`` only the header's place and date, between a subject's line ``above`` that ends
    with no stop and the subject's next line in small letters (``V/v: đề nghị … xây dựng kế`` /
    ``Phú Thọ, ngày 04 tháng 9 năm 2011`` / ``hoạch phát triển kinh tế - xã hội``: a page that lost
    its line breaks, broken again at the date)?"""
    line = ctx.lines[i]
    if above < 0 or i + 1 >= stop or line.blank or ctx.lines[above].stripped.endswith((".", ":", ";")):
        return False
    spans = [sp for sp in ctx.spans if sp.label in ("place", "date") and line.start <= sp.start < line.end]
    if not spans or min(sp.start for sp in spans) > line.content_start or max(sp.end for sp in spans) < line.content_end:
        return False
    below = ctx.lines[i + 1].stripped
    return below[:1].islower() and continues(ctx, i + 1)


def _capitals_go_on(ctx: Context, i: int, above: int) -> bool:
    """Does line ``i`` in capitals go on a subject printed in capitals (``V/V HƯỚNG DẪN ĐĂNG KÝ …`` /
    ``QUA MẠNG ĐIỆN TỬ``)? Not when it names a body, is a type's title or a list starts there."""
    t, prev = ctx.lines[i].stripped, ctx.lines[above].stripped if above >= 0 else ""
    if not (is_upper_line(t) and is_upper_line(prev)) or stops_subject(ctx, i) or BLOCK_START.match(ctx.lines[i].folded):
        return False
    k = key(t).rstrip(" :")
    return not (lexicon().starts_with_head(t) or k in lexicon().type_names or k == "quyet nghi")


def date_cut(ctx: Context, i: int) -> int | None:
    """Where the header's place and date start on line ``i`` when they stand apart from words before
    them (a tab or a run of spaces): the right column's date read in one row with a subject's line
    (``thi công vụ          Thái Nguyên, ngày 18 tháng 4 năm 2017``); None when they do not."""
    line = ctx.lines[i]
    starts = [sp.start for sp in ctx.spans if sp.label in ("place", "date") and line.content_start < sp.start < line.end]
    if not starts:
        return None
    cut = min(starts)
    before = ctx.text[line.content_start:cut]
    return cut if before.strip() and re.search(r"(?:\t|[ ]{3,})$", before) else None


def column_cut(ctx: Context, i: int) -> int | None:
    """Where the right column starts on line ``i`` when it was read in one row with a subject's line
    after a tab or a run of spaces: the place and date (:func:`date_cut`), or the national title or
    the motto (``V/v: Điều chỉnh …⇥Độc lập - Tự do - Hạnh phúc``); None when it was not."""
    cut = date_cut(ctx, i)
    if cut is not None:
        return cut
    line = ctx.lines[i]
    found = motto_cut(line.folded)
    if found is None or found[0] == 0:
        return None
    before = ctx.text[line.content_start:line.start + found[0]]
    return line.start + found[0] if before.strip() and re.search(r"(?:\t|[ ]{3,})$", before) else None


def _date_tail(ctx: Context, i: int, above: int) -> bool:
    """Is line ``i`` only the end of the header's date, wrapped below line ``above`` that holds its
    start beside the subject's words?"""
    line = ctx.lines[i]
    return (above >= 0 and date_cut(ctx, above) is not None and not line.blank
            and any(sp.label == "date" and ctx.lines[above].start <= sp.start < line.start and sp.end >= line.content_end
                    for sp in ctx.spans))


def _apart(ctx: Context, i: int, last: str = "") -> bool:
    """Is a line past a blank line apart from the subject above it? One word alone between blank
    lines (``con``: a word from a form field or the other column) is; so is the first line of a
    block of more than :data:`MAX_SPACED` lines: the body's first paragraph (its first word lost
    under a stamp: ``thời gian qua, công tác …``), for a subject is a few lines. The block ends
    at a blank line or at a line no subject goes on over (a body paragraph's cue). A block that ends
    as the body's sentences end (``… như sau:``, ``… thực hiện./.``, a sentence of ten words or more
    and its full stop) is the body, however short, and so is a first line that ends with ``;`` (a
    list's item or a legal basis whose dash was lost). A year alone after ``năm`` ending the line
    above (``last``) is the subject's last word."""
    n = 0
    while i + n < len(ctx.lines) and not ctx.lines[i + n].blank and continues(ctx, i + n):
        n += 1
    last_line = ctx.lines[i + n - 1].stripped if n else ""
    words = sum(len(ctx.lines[i + k].stripped.split()) for k in range(n))
    ends_body = last_line.endswith(("./.", ":")) or last_line.endswith(".") and words >= 10  # a sentence
    year = re.fullmatch(r"\d{4}", ctx.lines[i].stripped) is not None and key(last).endswith(" nam")
    item = ctx.lines[i].stripped.endswith(";")  # a list's item or a legal basis (its dash lost): no subject ends so
    return n > MAX_SPACED or (n == 1 and len(ctx.lines[i].stripped.split()) < 2 and not year) or ends_body or item


def before_motto(ctx: Context, i: int) -> str | None:
    """The words before a motto the layout merged onto a subject line (``sử và pháp lý” - Tự do -
    hạnh phúc``), or None when the line holds no motto after words in sentence case."""
    line = ctx.lines[i]
    cut = motto_cut(line.folded)
    if cut is None or cut[0] == 0 or not header_mark(ctx, i):
        return None
    before = ctx.text[line.start:line.start + cut[0]].strip(" -–—")
    if not before or is_upper_line(before) or DATE_WORDS.search(line.folded[:cut[0]]):
        return None
    return before


# The motto's end wrapped in its column, and each half merged with a line of the subject's in the
# left column (``… pháp lý” - Tự do`` / ``- hạnh phúc``): its last words alone on a line, its middle
# words after a dash at a line's end (matched on the folded line)
MOTTO_LAST = re.compile(r"^[\s\-–—]*h\w{1,3}nh\s+ph\w{1,3}c\W*$", re.IGNORECASE)
_MOTTO_MIDDLE = re.compile(r"\s+[-–—]+\s*t\w{1,2}\s+do\s*[-–—]*\s*$", re.IGNORECASE)


def _motto_middle(ctx: Context, i: int) -> int | None:
    """Where the motto's middle words start at the end of line ``i`` when its last words stand alone
    on the line below."""
    line = ctx.lines[i]
    m = _MOTTO_MIDDLE.search(line.folded)
    if m is None or m.start() == 0 or i + 1 >= len(ctx.lines) or not MOTTO_LAST.match(ctx.lines[i + 1].folded):
        return None
    return line.start + m.start()


def subject_line(ctx: Context, i: int) -> str:
    """A line of a subject, without a motto or a date merged after its words."""
    cut = date_cut(ctx, i) or _motto_middle(ctx, i)
    return before_motto(ctx, i) or (ctx.text[ctx.lines[i].content_start:cut].strip() if cut else ctx.lines[i].stripped)


BLOCK_START = re.compile(r"^[ \t]*(?:[_.,'`=|]{1,3}[ \t]*)?(?:[-–—•+*~][ \t]|Dieu[ \t]+\d|\d{1,2}(?:\.\d{1,2})*[ \t]*[.)][ \t]|[IVX]{1,5}[ \t]*[.)/]"
                          r"|[a-z][ \t]*\))", re.IGNORECASE)


def continues(ctx: Context, i: int) -> bool:
    line = ctx.lines[i]
    above = ctx.lines[i - 1].stripped if i else ""
    if stops_subject(ctx, i) or BLOCK_START.match(line.folded) and not wrapped_dash(line.stripped, above):
        return False  # a list or an article starts: the body
    t = ctx.lines[i].stripped
    if t.startswith("(") and t.endswith(")") and len(t.split()) > 4:
        return False  # "(trình phiên họp Chính phủ thường kỳ tháng 8/2016)": a note under the title; "(lần 2)" is the title's
    return not (is_upper_line(t) and (lexicon().starts_with_head(t) or len(t.split()) >= 3))
