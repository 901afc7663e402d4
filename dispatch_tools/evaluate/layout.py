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

TYPE_NAMES = (
    "KẾ HOẠCH", "QUYẾT ĐỊNH", "THÔNG BÁO", "BÁO CÁO", "TỜ TRÌNH", "CÔNG ĐIỆN", "CHỈ THỊ",
    "HƯỚNG DẪN", "GIẤY MỜI", "CHƯƠNG TRÌNH", "NGHỊ QUYẾT", "QUY CHẾ", "QUY ĐỊNH", "PHƯƠNG ÁN",
    "ĐỀ ÁN", "THÔNG TƯ", "NGHỊ ĐỊNH", "BIÊN BẢN", "GIẤY GIỚI THIỆU",
)
_TYPE_LINE = re.compile(r"^(?:%s)$" % "|".join(TYPE_NAMES))
# Starts of the right header column: national title, Party/Youth Union title, motto.
_RIGHT_MARK = re.compile(
    r"CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM|ĐOÀN TNCS"
    r"|Độc [lL]ập\b")
_DATE_START = re.compile(r"^(?:ngày\s+\S+\s+tháng|tháng\s+\S+\s+năm)")
_PLACE_DATE = re.compile(r",\s*ngày\b")
_SEPARATOR = re.compile(r"^[\s\-–—_=*.]+$")
_AUTHORITY = re.compile(r"(?:^|\s)((?:TM|KT|TL|TUQ|Q)\.\s*\S.*)$")
_ANNEX = re.compile(r"^(?:PHỤ LỤC|Phụ lục|BIỂU MẪU|Mẫu số)\b")
_NUMBER = re.compile(r"^Số\b")
_SUBJECT = re.compile(r"^[“\"]?(?:V/v|Về:|V/V)")
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
    annex: list[str] = field(default_factory=list)

    def parts(self) -> list[tuple[str, list[str]]]:
        """The parts in reading order (left column before right column)."""
        return [("header_left", self.header_left), ("header_right", self.header_right),
                ("title", self.title), ("recipients", self.recipients), ("body", self.body),
                ("foot_left", self.foot_left), ("foot_right", self.foot_right),
                ("annex", self.annex)]


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


def _split_place(line: str) -> int:
    """Offset where a place-date begins in ``line`` (``Cần Thơ, ngày …``), or -1."""
    m = _PLACE_DATE.search(line)
    if not m:
        return -1
    start = m.start()
    tokens = list(re.finditer(r"\S+", line[:start]))
    begin = start
    for tok in reversed(tokens[-5:]):
        word = tok.group()
        if not word[0].isupper() or re.search(r"[\d/:]", word):
            break
        begin = tok.start()
    return begin if begin < start else -1


def _split_header_line(line: str) -> tuple[str, str]:
    """(left, right) parts of a header line; one of them may be empty."""
    if _DATE_START.match(line):
        return "", line
    cut = [m.start() for m in [_RIGHT_MARK.search(line)] if m]
    place = _split_place(line)
    if place >= 0:
        cut.append(place)
    if not cut:
        return line, ""
    at = min(cut)
    return line[:at].strip(), line[at:].strip()


def _is_header_like(line: str) -> bool:
    return bool(is_caps(line) or _SEPARATOR.match(line) or _NUMBER.match(line)
                or _SUBJECT.match(line) or _split_header_line(line)[1])


def _merge_fragments(lines: list[str]) -> list[str]:
    """Join header fragments that a web page broke apart (``Số:`` / number, place, / date)."""
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        if prev and line and (re.fullmatch(r"Số:?", prev) or (prev.endswith(",") and line.startswith("ngày"))
                     or (prev == "ĐOÀN" and line.startswith("TNCS"))
                     or (re.search(r"ngày\s+\d+$", prev) and line.startswith("tháng"))):
            out[-1] = f"{prev} {line}"
        else:
            out.append(line)
    return out


def split_layout(text: str) -> Layout:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").lstrip("\ufeff"))
    raw = [line.rstrip() for line in text.split("\n")]
    top = next((k for k, x in enumerate(raw) if x.strip().startswith("Kính gửi")
                or _TYPE_LINE.match(_squash(x))), min(len(raw), 40))
    raw = _merge_fragments([_squash(x) for x in raw[:top]]) + raw[top:]
    lay = Layout()
    i = _read_header(raw, 0, lay)
    i = _read_title(raw, i, lay)
    i = _read_recipients(raw, i, lay)
    # annexes, foot, body
    rest = raw[i:]
    annex_at = next((k for k, x in enumerate(rest) if _ANNEX.match(x.strip())), len(rest))
    foot_at = next((k for k, x in enumerate(rest[:annex_at])
                    if x.strip().startswith("Nơi nhận") or _AUTHORITY.match(x.strip())), annex_at)
    lay.body = _paragraphs(rest[:foot_at])
    _split_foot(rest[foot_at:annex_at], lay)
    lay.annex = [_squash(x) if "\t" not in x else x.strip("\n") for x in rest[annex_at:]
                 if x.strip()]
    return lay


def _read_header(raw: list[str], i: int, lay: Layout) -> int:
    """The header from line ``i``: skip blanks, stop at addressees, a type name or the first
    body line; its lines go to the left and right columns. Returns the next line."""
    n = len(raw)
    header: list[str] = []
    in_subject = False
    while i < n:
        line = _squash(raw[i])
        if not line:
            in_subject = False
            i += 1
            continue
        if line.startswith("Kính gửi") or _TYPE_LINE.match(line):
            break
        if not (in_subject or _is_header_like(line) or (header and re.fullmatch(r"Số:?", header[-1]))):
            break
        if _SUBJECT.match(line):
            in_subject = True
        elif _split_header_line(line)[1] and not _split_header_line(line)[0]:
            in_subject = False
        header.append(line)
        i += 1
    column, in_subject = "left", False
    for line in header:
        if _SEPARATOR.match(line) and "*" not in line:
            target = lay.header_left if column == "left" else lay.header_right
            if target:
                target.append("---")  # a rule under the previous line
            continue
        if _SEPARATOR.match(line):  # "***" of Youth Union and Party headers: printed
            (lay.header_left if column == "left" else lay.header_right).append(line)
            continue
        left, right = _split_header_line(line)
        if left and in_subject and not _NUMBER.match(left):
            lay.header_left[-1] += " " + left  # the subject wraps: one paragraph
            column = "left"
        elif left:
            lay.header_left.append(left)
            in_subject = bool(_SUBJECT.match(left))
            column = "left"
        if right:
            lay.header_right.append(right)
            column = "right"
    return i


def _read_title(raw: list[str], i: int, lay: Layout) -> int:
    """The type name and subject (kế hoạch, quyết định, ...) from line ``i``, if there."""
    n = len(raw)
    while i < n and not raw[i].strip():
        i += 1
    if i < n and _TYPE_LINE.match(_squash(raw[i])):
        lay.title.append(_squash(raw[i]))
        i += 1
        while i < n and (not raw[i].strip() or is_caps(raw[i])):
            if raw[i].strip():
                lay.title.append(_squash(raw[i]))
            elif len(lay.title) > 1:
                break
            i += 1
        if len(lay.title) == 1:  # subject in sentence case: a short block ended by a blank line
            j = i
            while j < n and raw[j].strip():
                j += 1
            if 0 < j - i <= 3:
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
        while i < n:
            line = _squash(raw[i])
            prev = lay.recipients[-1]
            if not line:
                i += 1
                continue
            if line[0] in "-–+(" or prev.count("(") > prev.count(")") or prev.endswith(":"):
                lay.recipients.append(line)
                i += 1
            elif not _SENTENCE_END.search(prev) and (prev.startswith(("-", "–"))
                                                     or line[0].islower()):
                lay.recipients[-1] = f"{prev} {line}"
                i += 1
            else:
                break
    return i


def _paragraphs(lines: list[str]) -> list[str]:
    """Join lines broken inside a paragraph; keep list items and table rows apart."""
    out: list[str] = []
    joinable = False
    for line in lines:
        if "\t" in line:
            out.append(line.strip("\n"))
            joinable = False
            continue
        line = _squash(line)
        if not line:
            joinable = False
            continue
        prev = out[-1] if out else ""
        if joinable and (prev in ("-", "–", "+") or not (_SENTENCE_END.search(prev)
                                                         or _LIST_MARK.match(line)
                                                         or (is_caps(prev) and not is_caps(line)))):
            out[-1] = f"{prev} {line}"
        else:
            out.append(line)
        joinable = True
    return out


def _split_foot(lines: list[str], lay: Layout) -> None:
    signing = False
    for raw_line in lines:
        line = _squash(raw_line)
        if not line:
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
            elif part.startswith("Nơi nhận") or part[0] in "-–+":
                lay.foot_left.append(part)
            elif not signing and lay.foot_left and not _SENTENCE_END.search(lay.foot_left[-1]) \
                    and lay.foot_left[-1][0] in "-–+" and not is_caps(part):
                lay.foot_left[-1] += " " + part
            elif not signing and not is_caps(part):
                lay.foot_left.append(part)
            else:
                lay.foot_right.append(part)
                signing = True
