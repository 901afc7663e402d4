"""Split the plain text of a dispatch into the parts of the official layout.

Used by the renderer (:mod:`dispatch_tools.evaluate.scan_renderer`) to place each part where an
official document puts it (``../shared/docs/FORMAT.md``): the two-column header (issuing body,
number and subject on the left; national title, motto, place and date on the right), the type
name and subject of non-công văn documents, the addressees, the body, the two-column foot
(Nơi nhận on the left, signature on the right) and the annexes.

The rules are simple and work on the known layout: clean texts like ``samples/seed000.txt``,
texts with both header columns merged on one line, and web texts with lines broken anywhere
(``../shared/dev/docs``). Inline ``**bold**`` / ``*italic*`` and ``<url>`` marks are kept for
the renderer; :func:`reading_text` strips them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..parse.addressees import CONNECTOR_END
from ..parse.blocks import filled, list_marker, wrapped_line_width
from ..parse.text import key
from .layout_header import BODY_START, header_columns

TYPE_NAMES = (
    "KẾ HOẠCH", "QUYẾT ĐỊNH", "THÔNG BÁO", "BÁO CÁO", "TỜ TRÌNH", "CÔNG ĐIỆN", "CHỈ THỊ",
    "HƯỚNG DẪN", "GIẤY MỜI", "CHƯƠNG TRÌNH", "NGHỊ QUYẾT", "QUY CHẾ", "QUY ĐỊNH", "PHƯƠNG ÁN",
    "ĐỀ ÁN", "THÔNG TƯ", "NGHỊ ĐỊNH", "BIÊN BẢN", "GIẤY GIỚI THIỆU",
)
_TYPE_LINE = re.compile(r"^(?:%s)$" % "|".join(TYPE_NAMES))
_AUTHORITY = re.compile(r"(?:^|\s)((?:(?:TM|KT|TL|TUQ|Q)\.|T/M|K/T|T/L)\s*\S.*)$")
_ANNEX = re.compile(r"^(?:PHỤ LỤC|Phụ lục|BIỂU MẪU|Mẫu số)\b")
_NOI_NHAN = re.compile(r"^N[ơƠ][iI]\s+NH[ẬậA]N\b|^Nơi nhận\b", re.IGNORECASE)
_LIST_MARK = re.compile(r"^(?:[-–+•]\s*|\d+(?:\.\d+)*[.)]\s|[a-zđ]\)\s|[IVXLC]+\.\s|Điều \d+)")
_SENTENCE_END = re.compile(r"[.;:!?]['\"”)]*$|/\.$")


@dataclass
class Layout:
    """The parts of a dispatch, each a list of lines (paragraphs for the body)."""

    header_left: list[str] = field(default_factory=list)
    header_right: list[str] = field(default_factory=list)
    title: list[str] = field(default_factory=list)  # type name and subject of non-công văn
    recipients: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)  # one paragraph per item; tab-separated rows
    foot_left: list[str] = field(default_factory=list)  # Nơi nhận
    foot_right: list[str] = field(default_factory=list)  # signature block
    footnotes: list[str] = field(default_factory=list)  # notes printed under the foot ("[1] …")
    annex: list[str] = field(default_factory=list)

    def parts(self) -> list[tuple[str, list[str]]]:
        """The parts in reading order (left column before right column)."""
        return [("header_left", self.header_left), ("header_right", self.header_right),
                ("title", self.title), ("recipients", self.recipients), ("body", self.body),
                ("foot_left", self.foot_left), ("foot_right", self.foot_right),
                ("footnotes", self.footnotes), ("annex", self.annex)]


def plain(line: str) -> str:
    """A line without the inline marks (``**``, ``*`` emphasis, ``<url>``)."""
    line = re.sub(r"<((?:https?|mailto):[^>\s]+)>", r"\1", line)
    return re.sub(r"\*{1,2}([^*]+?)\*{1,2}", r"\1", line).replace("**", "")


def reading_text(layout: Layout) -> str:
    """The text as the rendered page reads: header left, header right, ..., annexes."""
    out = []
    for _, lines in layout.parts():
        out.extend(plain(line).replace("\t", " ") for line in lines)
    return "\n".join(line for line in out if line.strip()) + "\n"


def is_caps(line: str) -> bool:
    letters = [c for c in plain(line) if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _squash(line: str) -> str:
    return re.sub(r"[ \u00a0]{2,}", " ", line).strip()


def _merge_fragments(lines: list[str]) -> list[str]:
    """Join header fragments that a web page broke apart, over the blank lines it may leave
    between them (``Số:`` / number, ``place,`` / ``ngày …``, ``…, ngày`` / ``tháng`` / ``năm
    2016``); the lines keep their inner spacing (wide gaps part two columns)."""
    out: list[str] = []
    last = -1  # the last non-blank line of out
    for line in lines:
        this = _squash(line)
        prev = _squash(out[last]) if last >= 0 else ""
        if prev and this and (re.fullmatch(r"Số\s*:?", prev) and re.match(r"[\d/….]", this)
                              or (prev.endswith(",") and this.startswith("ngày"))
                              or (prev == "ĐOÀN" and this.startswith("TNCS"))
                              or (re.search(r"(?:ngày|tháng)(?:\s+[\d.…]+)?$", prev)
                                  and re.match(r"(?:[\d.…]+\s+)?(?:tháng|năm)\b", this))):
            out[last] = f"{out[last].rstrip()} {line.strip()}"
            del out[last + 1:]  # the blank lines between the fragments
        else:
            out.append(line.strip())
            if this:
                last = len(out) - 1
    return out


def split_layout(text: str) -> Layout:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").lstrip("\ufeff"))
    raw = [line.rstrip() for line in text.split("\n")]
    top = next((k for k, x in enumerate(raw) if x.strip().startswith("Kính gửi")
                or _TYPE_LINE.match(_squash(x))), min(len(raw), 40))
    raw = _merge_fragments(raw[:top]) + raw[top:]
    top = next((k for k, x in enumerate(raw) if x.strip().startswith("Kính gửi")
                or _TYPE_LINE.match(_squash(x))), min(len(raw), 40))
    lay = Layout()
    i, pre = _read_header(raw, 0, top, lay)
    i = _read_title(raw, i, lay)
    i = _read_recipients(raw, i, lay)
    rest = _foot_apart(raw[i:])
    annex_at = next((k for k, x in enumerate(rest) if _ANNEX.match(x.strip())), len(rest))
    foot_at = next((k for k, x in enumerate(rest[:annex_at])
                    if _NOI_NHAN.match(x.strip()) or _AUTHORITY.match(x.strip())), None)
    if foot_at is None:
        foot_at = _bare_signature(rest, annex_at)
    lay.body = _paragraphs(pre + [""] + rest[:foot_at]) if pre else _paragraphs(rest[:foot_at])
    _split_foot(rest[foot_at:annex_at], lay)
    lay.annex = [_squash(x) if "\t" not in x else x.strip("\n") for x in rest[annex_at:]
                 if x.strip()]
    return lay


def _bare_signature(lines: list[str], end: int) -> int:
    """Where a signature block printed without Nơi nhận or an authority prefix starts (a title in
    capitals, maybe ``(Đã ký)``, then the signer's name as the last lines before ``end``), or
    ``end`` when there is none."""
    filled = [k for k in range(end) if lines[k].strip()]
    if not filled or not _PERSON.match(plain(lines[filled[-1]]).strip()):
        return end
    for k in reversed(filled[-4:-1]):
        text = _squash(lines[k])
        if is_caps(text) and len(text.split()) <= 6 and not _SENTENCE_END.search(text):
            return k
        if not re.fullmatch(r"\(?\s*(?:Đã|đã)\s+ký\s*\)?", text):
            break
    return end


def _foot_apart(lines: list[str]) -> list[str]:
    """A ``Nơi nhận`` glued to the body's last line (``… thực hiện./.Nơi nhận:- Như trên;- …``)
    starts a line of its own, and its entries glued on one line (``;- ``) one line each, as a
    page prints them."""
    out = []
    for line in lines:
        m = re.search(r"(?<=\S)\s*(?=N[ơƠ][iI]\s+nh[ậẬ]n\s*:)", line, re.IGNORECASE)
        if m and not _NOI_NHAN.match(line.strip()):
            out.append(line[:m.start()])
            line = line[m.end():]
        if _NOI_NHAN.match(line.strip()):
            line = re.sub(r"^(\s*N\S+\s+\S+?:)\s*(?=[-–•])", r"\1\n", line)
            out.extend(re.sub(r";\s*(?=[-–•]\s*\S)", ";\n", line).split("\n"))
            continue
        out.append(line)
    return out


def _read_header(raw: list[str], i: int, stop: int, lay: Layout) -> tuple[int, list[str]]:
    """The header from line ``i`` (up to ``stop``, the addressees or the type name) into the left
    and right columns (:mod:`.layout_header`). Returns the next line and the lines printed above
    the header, which a page puts in the body."""
    left, right, i, pre = header_columns(raw, i, stop)
    lay.header_left.extend(left)
    lay.header_right.extend(right)
    return i, pre


def _read_title(raw: list[str], i: int, lay: Layout) -> int:
    """The type name and subject (kế hoạch, quyết định, ...) from line ``i``, if there: lines in
    capitals under the type name, or a subject in sentence case that runs until a blank line,
    the body's first paragraph or a list."""
    n = len(raw)
    while i < n and not raw[i].strip():
        i += 1
    nxt = next((j for j in range(i + 1, min(n, i + 4)) if raw[j].strip()), None)
    if i < n and is_caps(raw[i]) and len(raw[i].split()) <= 3 and nxt is not None \
            and _TYPE_LINE.match(_squash(raw[nxt])):
        lay.title.append(_squash(raw[i]))  # a mark over the type name ("DỰ THẢO")
        i = nxt
    if i >= n or not _TYPE_LINE.match(_squash(raw[i])):
        return i
    lay.title.append(_squash(raw[i]))
    i += 1
    caps: list[str] = []
    while i < n and (not raw[i].strip() or is_caps(raw[i])):
        if raw[i].strip():
            caps.append(_squash(raw[i]))
        elif caps:
            break
        i += 1
    if caps:  # a title in capitals is one paragraph, however the text broke its lines
        lay.title.append(" ".join(caps))
    if not caps:
        while i < n and not raw[i].strip():
            i += 1
        j = i
        while j < n and raw[j].strip() and j - i < 4 and not (
                j > i and (BODY_START.match(raw[j].strip()) or _opens_list(raw[j].strip())
                           or raw[j].strip().startswith("Kính gửi"))):
            j += 1
        lay.title.extend(_squash(x) for x in raw[i:j])
        i = j
    return i


def _read_recipients(raw: list[str], i: int, lay: Layout) -> int:
    """The addressees (``Kính gửi: ...`` and the lines it goes on over) from line ``i``."""
    n = len(raw)
    while i < n and not raw[i].strip():
        i += 1
    if i < n and _squash(raw[i]).startswith("Kính gửi"):
        lay.recipients.append(_squash(raw[i]))
        i += 1
        blank = False
        while i < n:
            line = _squash(raw[i])
            prev = lay.recipients[-1]
            if not line:
                blank = True
                i += 1
                continue
            if BODY_START.match(line) or (blank and line[0].isupper() and prev.count("(") <= prev.count(")")
                                          and not prev.endswith((":", ","))):
                break  # the body's first paragraph
            blank = False
            if line[0] in "-–+(" or _opens_list(line) or prev.count("(") > prev.count(")") or prev.endswith(":"):
                lay.recipients.append(line)
                i += 1
            elif not _SENTENCE_END.search(prev) and (prev.startswith(("-", "–"))
                                                     or line[0].islower()):
                lay.recipients[-1] = f"{prev} {line}"
                i += 1
            else:
                break
    return i


# a numbered heading that a page prints on a line of its own: an article's, a section's or an item's number
_HEADING_MARK = re.compile(r"^(?:\d+(?:\.\d+)*[.)]\s|[a-zđ]\)\s|[IVXLC]+\.\s|Điều \d+)")
_HEADING_KINDS = ("section", "article", "item", "point")  # and the other styles of their numbers: "1-", "a.", "(1)"


def _wrap_width(lines: list[str]) -> int:
    """The length of a long line, when the text was broken inside its paragraphs; 0 for a text typed a
    paragraph a line. The parser's own measure (:func:`~dispatch_tools.parse.blocks.wrapped_line_width`),
    on the lines of prose (a table's rows are laid out apart)."""
    return wrapped_line_width([_squash(x) for x in lines if x.strip() and "\t" not in x])


def _opens_list(line: str) -> bool:
    """Does ``line`` open with a list marker, which a page prints at the start of a line: the markers the
    parser reads (``1.``, ``1-``, ``1/``, ``(1)``, ``a)``, ``a.``, ``-``, ``+``, ``•`` …) and ``Điều 2``?"""
    return bool(_LIST_MARK.match(line) or list_marker(line))


def _heading_alone(prev: str, line: str, width: int) -> bool:
    """Is ``prev`` a numbered heading printed on its own line (``Điều 2. Tổ chức thực hiện``, ``3. Thời gian,
    lộ trình hoàn thành``) before a sentence that opens with a capital? Not when its sentence goes on (it
    ends on ``của``, ``và``, a comma) or it runs as long as a wrapped text's long lines: the parser's own
    reading of a title on its line (:mod:`dispatch_tools.parse.task_bearers`)."""
    return ((bool(_HEADING_MARK.match(prev)) or list_marker(prev) in _HEADING_KINDS) and line[:1].isupper()
            and not CONNECTOR_END.search(key(prev)) and not filled(prev, width))


def _paragraphs(lines: list[str]) -> list[str]:
    """Join lines broken inside a paragraph; keep list items, numbered headings and table rows apart."""
    out: list[str] = []
    joinable = False
    width = _wrap_width(lines)
    for line in lines:
        if "\t" in line:
            out.append(line.strip("\n"))
            joinable = False
            continue
        line = _squash(line)
        if not line or (len(line) >= 3 and re.fullmatch(r"[\-–—_=*.]+", line)):
            joinable = False  # a rule printed as a line of dashes is drawn by no text
            continue
        prev = out[-1] if out else ""
        if joinable and (prev in ("-", "–", "+") or not (_SENTENCE_END.search(prev)
                                                         or _opens_list(line)
                                                         or (is_caps(prev) and not is_caps(line))
                                                         or _heading_alone(prev, line, width))):
            out[-1] = f"{prev} {line}"
        else:
            out.append(line)
        joinable = True
    return out


# a person's name under a signature; a title in title case ("Phó Giám Đốc") is none
_PERSON = re.compile(r"^(?!(?:Phó|Chủ|Giám|Trưởng|Bí|Thứ|Bộ|Chánh|Hiệu|Cục|Vụ|Tổng|Viện|Thủ)\s)"
                     r"(?:[A-ZĐÀ-Ỹ][a-zđà-ỹ]*\s+){1,5}[A-ZĐÀ-Ỹ][a-zđà-ỹ]*$")


def _split_foot(lines: list[str], lay: Layout) -> None:
    signing = named = False
    for raw_line in lines:
        line = _squash(raw_line)
        if not line:
            continue
        if named:  # a note printed under the signer's name ("[1] Đề nghị gửi về …")
            lay.footnotes.append(line)
            continue
        # "PHÓ BÍ THƯ**Thị Phương Hồng**": title and name glued together
        for part in re.sub(r"(?<=[^\s*])(\*\*[^*]+\*\*)\s*$", r"\n\1", line).split("\n"):
            m = _AUTHORITY.search(part)
            if m and m.start(1) > 0 and part.startswith("Nơi nhận"):
                lay.foot_left.append(part[:m.start(1)].strip())
                lay.foot_right.append(m.group(1))
                signing = True
            elif m and m.start(1) == 0:
                lay.foot_right.append(part)
                signing = True
            elif _NOI_NHAN.match(part) or part[0] in "-–+•" or not signing and _opens_list(part):
                lay.foot_left.append(part)
            elif not signing and lay.foot_left and not _SENTENCE_END.search(lay.foot_left[-1]) \
                    and lay.foot_left[-1][0] in "-–+" and not is_caps(part) \
                    and not (part.startswith("(") and part.endswith(")")):  # a note in brackets: its own line
                lay.foot_left[-1] += " " + part
            elif not signing and not is_caps(part):
                lay.foot_left.append(part)
            else:
                lay.foot_right.append(part)
                signing = True
                named = bool(_PERSON.match(plain(part).strip()))
