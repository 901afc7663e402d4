"""The body as a tree of blocks: sections ``I.``, items ``1.``/``1.1.``/``Điều 1.``, points
``a)``, dashes ``-``/``+``, and plain paragraphs. Lines wrapped on the page are joined back."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..vntext import ITEM_LETTERS, strip_diacritics
from .context import Context

ROMAN = re.compile(r"^[ \t]*(?P<m>[IVX]{1,5})[ \t]*[.)/][ \t]*(?=\S)")
# "1.", "1)", "1.1.", and the styles other pages print: "1/", "1-", "(1)", "1.1" without its last dot
# (these only before a word, not "1/6/2025", "1-2 ngày", "1.500 người"; "1/" also glued to a word in small
# letters after its capital, the space lost on a scanned page: "1/Mục đích", not a symbol's "19/CT-TTg")
NUMBERED = re.compile(r"^[ \t]*(?:(?P<m>\d{1,2}(?:\.\d{1,2}){0,3})[ \t]*[.)](?![\d/])"
                      r"|(?P<m2>\d{1,2}(?:\.\d{1,2}){0,3})[ \t]*(?:[/-](?=[ \t]+[^\W\d_])|/(?=[A-Z][a-z]+(?:[ \t.,:;]|$)))"
                      r"|\((?P<m3>\d{1,2})\)(?=[ \t]+[^\W\d_])"
                      r"|(?P<m4>\d{1,2}(?:\.\d{1,2}){1,3})(?=[ \t]+[^\W\d_]))[ \t]*")
ARTICLE = re.compile(r"^[ \t]*(?P<m>Dieu[ \t]+\d{1,3})[ \t]*[.:][ \t]*", re.IGNORECASE)
# "a)", and "a.", "a/" or "(a)" before a word; small Roman numbers as points: "ii)", "(iii)"; a point's
# own points numbered after its letter, "b.1.", "b.2)" (one level under "b.", as "2.1." is under "2.")
LETTER = re.compile(r"^[ \t]*(?:(?P<m>[a-zđ]|[ivx]{2,5})[ \t]*\)|(?P<m2>[a-zđ])[./](?=[ \t]+[^\W\d_])"
                    r"|\((?P<m3>[a-zđ]|[ivx]{2,5})\)(?=[ \t]+[^\W\d_])"
                    r"|(?P<m4>[a-zđ](?:\.\d{1,2}){1,2})[.)](?=[ \t]+[^\W\d_]))[ \t]*")
# the bullets pages print before a list's items besides a dash and "•" (only before a space: "**" is markup)
BULLETS = "*▪■□◦○●►➢➤✓"
# a dash or a bullet (a middle dot "·" too)
DASH = re.compile(rf"^[ \t]*(?P<m>[-–—•]|[{BULLETS}·](?=[ \t]))(?![-–—*])[ \t]*")
PLUS = re.compile(r"^[ \t]*(?P<m>\+)[ \t]*")
# levels: an article's clauses ("1.", "a)") are its children; numbered items go one level down
# per dot ("1.1.")
_KINDS = [("section", ROMAN, 1), ("article", ARTICLE, 2), ("item", NUMBERED, 3),
          ("point", LETTER, 6), ("dash", DASH, 7), ("plus", PLUS, 8)]


@dataclass
class Block:
    kind: str  # section, article, item, point, dash, plus, para
    marker: str
    level: int
    start: int  # offset of the content (after the marker)
    end: int
    text: str = ""  # content, lines joined with one space
    children: list["Block"] = field(default_factory=list)
    parent: "Block | None" = None

    @property
    def heading(self) -> bool:
        return self.text.rstrip().endswith(":") or bool(self.children)

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def leaves(self):
        if not self.children:
            yield self
        for child in self.children:
            yield from child.leaves()


def list_marker(text: str) -> str | None:
    """The kind of list marker ``text`` opens with (``section``, ``article``, ``item``, ``point``,
    ``dash``, ``plus``), or None: the markers a page prints at the start of a line."""
    folded = strip_diacritics(text)
    return next((kind for kind, regex, _ in _KINDS if regex.match(folded)), None)


def _marker(ctx: Context, line) -> tuple[str, str, int, int] | None:
    for kind, regex, level in _KINDS:
        m = regex.match(line.folded)
        if m:
            marker = next(v for k, v in m.groupdict().items() if v is not None)
            if kind == "item":
                level += marker.count(".")
            elif kind == "point":
                level += marker.count(".") / 4  # "b.1." under "b.", above the dashes under it
            return kind, marker, level, line.start + m.end()
    return None


def build(ctx: Context, start_line: int, end_line: int, skip: frozenset[int] = frozenset()) -> list[Block]:
    """Top-level blocks of the lines ``[start_line, end_line)``; lines in ``skip`` (a table read
    apart) count as blank."""
    flat: list[Block] = []
    prev_blank = True
    width = page_width(ctx)
    for i in range(start_line, end_line):
        line = ctx.lines[i]
        if line.blank or i in skip:
            prev_blank = True
            continue
        found = _marker(ctx, line)
        if found and found[0] == "dash" and flat and not prev_blank:
            # "… kinh tế\n- xã hội …": a hyphen wrapped to the start of a line, not a list item
            last_text = ctx.text[flat[-1].start:flat[-1].end].rstrip()
            rest = ctx.text[found[3]:line.end].lstrip()
            if last_text and not last_text.endswith((".", ":", ";", "!", "?")) and (
                    rest[:1].islower() or rest[:1].isdigit() and last_text.count("(") > last_text.count(")")):
                found = None  # "… (26/3/1931" / "– 26/3/2010)": the wrapped end of a bracket
        if found:
            kind, marker, level, content = found
            flat.append(Block(kind, marker, level, content, line.content_end))
        else:
            t = line.stripped
            last = flat[-1] if flat else None
            last_text = ctx.text[last.start:last.end].rstrip() if last else ""
            ends = last_text.endswith((".", ":", ";", "!", "?"))
            new_para = (last is None or (prev_blank and (ends or t[:1].isupper()))
                        or (ends and t[:1].isupper()))
            if last is not None and last.start == last.end:  # a marker alone on its line
                new_para = False
            elif last is not None and not prev_blank and _run_in_label(ctx, last, i, width):
                new_para = False  # "Bảo đảm an toàn …, bảo vệ môi trường:" / "Khu Quản lý … chỉ đạo …"
            elif last is not None and last.kind == "article" and t[:1].isupper() and not prev_blank:
                # "Điều 2. Trách nhiệm của …" / "Ủy ban nhân dân …": a title, then its text; a line the
                # page filled wrapped ("Điều 1. Công nhận Trường …, huyện" / "Phù Cừ, …"), unless the
                # line opens with a verb, the title's text ("Điều 3. Trách nhiệm của …" / "Tổ chức …"), or
                # with the body the title ends with ("… của Sở Y tế" / "Sở Y tế chủ trì …")
                new_para = (not filled(ctx.lines[i - 1].stripped, width) or _opens_with_verb(t)
                            or _opens_with_end_of(t, last_text)) and not _listed_bodies_wrap(
                                ctx.lines[i - 1].stripped, t, last_text, width)
            elif last is not None and last.kind != "para" and _caps_title(last_text) and not _caps_title(t):
                new_para = True  # "III. TỔ CHỨC THỰC HIỆN" / "Phòng Tài nguyên và Môi trường": a part's title, then its text
            elif last is not None and last.kind in ("item", "point") and not ends and not prev_blank \
                    and _opens_closing_paragraph(t):
                new_para = True  # "… (biểu mẫu Thống kê kết quả)" / "Trong quá trình triển khai thực hiện, nếu …": an
                # item printed without its full stop, then the body's closing paragraph
            elif last is not None and _names_a_body(last_text) and _opens_with_verb(t):
                new_para = True  # "2. Sở Tài chính" / "Tham mưu bố trí kinh phí …": a body's heading, then its task
                # (its number lost or never printed: "Sở Tài chính" / "Tham mưu …")
            if new_para and prev_blank and last is not None and last.kind in ("item", "point") and not ends \
                    and t[:1].isupper() and whose_work(last_text) \
                    and not (_names_a_body(last_text) and _opens_with_verb(t)):
                new_para = False  # "2. Trách nhiệm của Sở A" / (a blank line) / "Trong phạm vi …": the title's text
                # (a body's heading, a blank line, then its task, "2. Công an huyện" / "Cung cấp …", as without it)
            if new_para:
                flat.append(Block("para", "", 9, line.content_start, line.content_end))
            else:
                last.end = line.content_end
        prev_blank = False
    _restarted(ctx, flat)
    flat = _inside_items(ctx, flat)
    for b in flat:
        b.text = " ".join(ctx.text[b.start:b.end].split())
    return _tree(flat)


def _run_in_label(ctx: Context, last: Block, i: int, width: int) -> bool:
    """Is the paragraph before line ``i`` a label run in with its text (``Bảo đảm an toàn giao thông,
    …:`` / ``Khu Quản lý … có trách nhiệm …``), its colon wrapped to a line's end? Only a paragraph
    of one line that ran to the page's edge, on a page whose paragraphs stand apart with blank
    lines, with no blank line after it: an introducing sentence there has one under it."""
    prev = ctx.lines[i - 1]
    if last.kind != "para" or ctx.line_of(last.start) != i - 1 or not prev.stripped.endswith(":"):
        return False
    if not width or len(prev.stripped) < 0.9 * width or (i >= 2 and not ctx.lines[i - 2].blank):
        return False
    ends = [j for j in range(len(ctx.lines) - 1)
            if not ctx.lines[j].blank and ctx.lines[j].stripped.endswith((".", ":"))]
    apart = sum(1 for j in ends if ctx.lines[j + 1].blank)
    return len(ends) >= 6 and apart >= 0.9 * len(ends) - 1


# an item's title that names whose work it is ("Trách nhiệm của …", "Tổ chức thực hiện", "Giao nhiệm vụ")
RESPONSIBILITY = re.compile(r"^\W*(?:trach\s+nhiem(?:\s+cua)?|to\s+chuc\s+thuc\s+hien|giao\s+nhiem\s+vu)\b", re.I)


def whose_work(text: str) -> bool:
    """Is an item's ``text`` a title that says whose work the item is: a word of duty (``Trách nhiệm của các
    Bộ, ngành liên quan``) or only the bodies' names (``Bộ Y tế, Bộ Xây dựng``)? Read on an item's title
    printed apart from its text (here) or on its first line (:func:`.task_bearers.title_line`)."""
    from .bodies import names_a_body
    from .text import key

    text = " ".join(text.split())
    return bool(RESPONSIBILITY.match(key(text))) and len(text.split()) <= 30 or names_a_body(text)


def _caps_title(text: str) -> bool:
    """A title in capitals (``TỔ CHỨC THỰC HIỆN``): two words or more, every letter a capital."""
    return len(text.split()) >= 2 and text.isupper() and not text.rstrip().endswith((".", ";", ","))


def page_width(ctx: Context) -> int:
    """The length of a line the page filled, when the text keeps the page's line breaks (a text read
    by OCR): nine lines in ten are no longer. 0 for a text with too few lines to tell."""
    return line_width([line.stripped for line in ctx.lines if not line.blank])


def line_width(lines: list[str]) -> int:
    """:func:`page_width` of ``lines`` (stripped, none blank)."""
    lengths = sorted(len(line) for line in lines)
    return lengths[(9 * (len(lengths) - 1)) // 10] if len(lengths) >= 10 else 0


WRAPPED_SHARE = 0.2  # of a text's lines that run to the page's edge: it keeps the page's line breaks


def wrapped_width(ctx: Context) -> int:
    """:func:`page_width` when the text keeps the page's line breaks (a page read by OCR, a PDF's text
    layer): a fifth of its lines or more run to the page's edge without ending a sentence, where a text
    typed one paragraph a line has few such lines. 0 otherwise."""
    return wrapped_line_width([line.stripped for line in ctx.lines if not line.blank])


def wrapped_line_width(lines: list[str]) -> int:
    """:func:`wrapped_width` of ``lines`` (stripped, none blank); the page renderer reads a text with it."""
    width = line_width(lines)
    full = sum(1 for line in lines if filled(line, width))
    return width if lines and full >= WRAPPED_SHARE * len(lines) else 0


def filled(line: str, width: int) -> bool:
    """Did ``line`` run to the page's edge, so that the text goes on on the next line?"""
    return bool(width) and len(line) >= 0.8 * width and not line.rstrip().endswith((".", ":", ";", "!", "?"))


_LISTED = ("item", "point", "dash", "plus")


def _inside_items(ctx: Context, flat: list[Block]) -> list[Block]:
    """Paragraphs between two items of one list (``1. Sở Y tế chủ trì …`` / ``Sở Tài chính bố trí kinh
    phí.`` / ``2. …``) are the rest of the first item: an item is one task however many sentences
    it holds. An item that introduces (``…:``) or names only a body keeps its paragraphs as children."""
    out: list[Block] = []
    i = 0
    while i < len(flat):
        b = flat[i]
        j = i + 1
        while j < len(flat) and flat[j].kind == "para":
            j += 1
        text = ctx.text[b.start:b.end].rstrip()
        between = [ctx.text[p.start:p.end] for p in flat[i + 1:j]]
        if (b.kind in _LISTED and j > i + 1 and j < len(flat) and flat[j].kind == b.kind
                and flat[j].level == b.level and text and not text.endswith(":") and not _names_a_body(text)
                and not any(_names_a_body(x) or x.rstrip().endswith(":") or _REQUEST_OPENS.match(x) for x in between)):
            # "Sở Nội vụ" / "- Chủ trì …": the next body's heading; "Sở Nội vụ:" or "… như sau:" opens a list
            b.end = flat[j - 1].end
            out.append(b)
            i = j
            continue
        out.append(b)
        i += 1
    return out


# a paragraph that opens with a request ("Đề nghị Ủy ban Trung ương Mặt trận … hướng dẫn …") asks on its own,
# between two items as anywhere
_REQUEST_OPENS = re.compile(r"\s*(?:Đề nghị|Kính đề nghị|Yêu cầu)\s+\S")


def ordinal(b: Block) -> int | None:
    """The place in its list an item's marker gives (``3.`` / ``2.3.`` → 3, ``c)`` → 3)."""
    last = b.marker.rsplit(".", 1)[-1]
    if last.isdigit():
        return int(last)
    if b.kind != "point":
        return None
    if len(last) > 1:  # "ii", "iv": a small Roman number
        values = {"i": 1, "v": 5, "x": 10}
        return sum(-values[c] if values[c] < values.get(n, 0) else values[c] for c, n in zip(last, last[1:] + " "))
    return ITEM_LETTERS.find(last) + 1 or None


def _restarted(ctx: Context, flat: list[Block]) -> None:
    """An item that introduces (``1. Thành phần mời:``) followed by items of its own kind and level whose
    numbers start again at 1 (``1. Đồng chí …``, ``2. …``): the page lost the style of the inner list, whose
    items are that item's, down one level, until one goes on from the introducing item (``2. Thời gian: …``)."""
    for i, b in enumerate(flat):
        nxt = flat[i + 1] if i + 1 < len(flat) else None
        if b.kind not in ("item", "point") or nxt is None or nxt.kind != b.kind or nxt.level != b.level:
            continue
        if not ctx.text[b.start:b.end].rstrip().endswith(":") or ordinal(nxt) != 1 or ordinal(b) is None:
            continue
        expected = 1
        for c in flat[i + 1:]:
            if c.kind == "para":
                continue
            if c.kind != b.kind or c.level < b.level or c.level == b.level and ordinal(c) != expected:
                break
            if c.level == b.level:
                c.level += 1
                expected += 1


def _names_a_body(text: str) -> bool:
    """Is ``text`` (a list item so far) only the name of a body, a heading without its colon?"""
    from .bodies import only_bodies

    text = text.strip()
    if not text or len(text.split()) > 14 or text.endswith((".", ":", ";", ",")):
        return False
    return only_bodies(text)


def _listed_bodies_wrap(before: str, line: str, text: str, width: int) -> bool:
    """Does an article's list of bodies apart by semicolons run on over a line the page filled
    (``Điều 3. Chánh Văn phòng …; Giám đốc các sở: …, Y`` / ``tế, …; Giám đốc Công an tỉnh;`` / ``Trưởng
    Ban Quản lý …; … chịu trách nhiệm thi hành Quyết định này``): the line before ends with a semicolon
    at the page's edge, no sentence has ended in the article, and the line opens with a body or a title?"""
    from .body_words import starts_body

    return bool(width) and before.endswith(";") and len(before) >= 0.9 * width \
        and not re.search(r"[.!?](?:\s|$)", text) and starts_body(line)


def _opens_with_end_of(line: str, title: str) -> bool:
    """Does ``line`` open with two words or more that end ``title``, from a capital on (an article's
    title that names a body, then its text that opens with that body)?"""
    if not line[:1].isupper():
        return False
    last, first = title.split(), line.split()
    return any(last[-k:] == first[:k] for k in range(2, min(len(last), len(first), 12) + 1))


@lru_cache(maxsize=1)
def _closing_openers() -> re.Pattern:
    from .lexicon import load_list, words_regex

    return words_regex(load_list("paragraph_openers.txt"), prefix=r"", suffix=r"(?![\w])")


def _opens_closing_paragraph(line: str) -> bool:
    """Does ``line`` open, capitalised, with a word that opens a body's closing paragraph (``Trong quá trình``,
    ``Đề nghị``, ``Yêu cầu``: :file:`paragraph_openers.txt`), as no wrapped line of a sentence does?"""
    return line[:1].isupper() and bool(_closing_openers().match(strip_diacritics(line).lower()))


def _opens_with_verb(line: str) -> bool:
    """Does the line open with a capitalised verb of the task lexicon (``Tham mưu …``, ``Chủ trì …``)?"""
    from .lexicon import lexicon
    from .text import key

    if not line[:1].isupper():
        return False
    m = lexicon().verb_re.match(key(line))
    return bool(m) and m.start() == 0


def _tree(flat: list[Block]) -> list[Block]:
    roots: list[Block] = []
    stack: list[Block] = []
    for b in flat:
        if b.kind == "para":
            prev = stack[-1] if stack else None
            heading = prev is not None and _names_a_body(prev.text) and (
                prev.kind != "para" or _opens_with_verb(b.text))  # "2. Sở Tài chính" / "Sở Tài chính" / "Tham mưu …"
            if prev is not None and prev.kind == "para" and prev.parent is not None and _body_heading(prev.parent) \
                    and _names_a_body(b.text):
                # "Sở Tài chính" after the tasks of "Sở Y tế" (the lines of a list that lost its numbers):
                # the next body's heading, the first's sibling
                parent = prev.parent.parent
                b.parent = parent
                (parent.children if parent is not None else roots).append(b)
                if parent is not None:
                    b.level = parent.level + 1
                stack = (stack[:stack.index(prev.parent)] if prev.parent in stack else []) + [b]
                continue
            if prev is not None and (prev.text.endswith(":") or prev.kind == "article" or heading or
                                     (prev.kind == "para" and prev.parent is not None)):
                parent = prev if prev.text.endswith(":") or prev.kind == "article" or heading else prev.parent
                b.level = parent.level + 1
                b.parent = parent
                parent.children.append(b)
                stack.append(b)
                continue
            stack = [b]
            roots.append(b)
            continue
        while stack and not _heads_list(stack[-1], b) and (stack[-1].level >= b.level or stack[-1].kind == "para"
                                                           and not stack[-1].text.endswith(":")):
            stack.pop()
        if stack:
            b.parent = stack[-1]
            stack[-1].children.append(b)
        else:
            roots.append(b)
        stack.append(b)
    return roots


def _body_heading(b: Block) -> bool:
    """A paragraph that names only a body and holds the tasks under it (``Sở Tài chính`` / ``Tham mưu …``)."""
    return b.kind == "para" and bool(b.children) and _names_a_body(b.text)


def _heads_list(para: Block, b: Block) -> bool:
    """Is ``para`` a line that names only a body, unnumbered, with its colon or not (``Sở Tài chính`` /
    ``- Chủ trì …``), and ``b``
    a dash or plus item under it: the body's heading and its tasks?"""
    return para.kind == "para" and b.kind in ("dash", "plus") and _names_a_body(para.text.rstrip().removesuffix(":"))


def walk(blocks: list[Block]):
    for b in blocks:
        yield b
        yield from walk(b.children)
