"""The header of a dispatch's plain text cut into the two columns a printed page has
(``../shared/docs/FORMAT.md``, parts 1-5): the issuing body, the number and the subject on the
left; the national title (or the Party or Youth Union title), the motto, the place and date on
the right. Used by :mod:`.layout` to draw the page.

Web texts print these parts one per line, two columns merged on one line (``ỦY BAN NHÂN DÂN
CỘNG HÒA XÃ HỘI …``), a whole header flattened onto one or two lines, columns kept apart by wide
gaps, fragments broken over lines (``Số:`` / number, place, / date), subjects over several lines
and blank lines, and the right column before the left. Each line is cut into segments at what
starts a part (a title or motto, a rule, ``Số``, ``V/v``, a place-and-date), and each segment
goes to the column where a printed page has it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TITLES = (r"CỘNG\s*H(?:ÒA|OÀ)\s+XÃ\s+HỘI(?:\s*CHỦ\s+NGHĨA\s+VIỆT\s+NAM)?|CHỦ\s+NGHĨA\s+VIỆT\s+NAM"
           r"|Độc\s+[lL]ập\s*[-–—]+\s*Tự\s+[dD]o\s*[-–—]+\s*Hạnh\s+[pP]húc|Độc\s+[lL]ập\b")
# the Party's and the Youth Union's titles: a mark only when nothing more of a name follows
_ORG_TITLES = r"ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|ĐOÀN\s+(?:TNCS|THANH\s+NIÊN\s+CỘNG\s+SẢN)\s+HỒ\s+CHÍ\s+MINH"
MARK = re.compile(rf"{_TITLES}|{_ORG_TITLES}")
_ORG_MARK = re.compile(_ORG_TITLES)
RULE = re.compile(r"[-–—_=]{3,}|(?<!\S)\*(?:\s*\*)*(?!\S)")
# "Số:" (its number may be blank: "Số: … /KH", "Số: - HD/…"), or "Số" before a number; not "THIỂU SỐ VIỆT NAM"
NUMBER = re.compile(r"(?<![^\W\d_])(?:Số|SỐ)(?=\s*:|\s*\d)")
SUBJECT = re.compile(r"(?<![^\W\d_])[“\"(]?\s*(?:V/[vV](?![^\W\d_])|Về\s*:|Về\s+việc\b|VỀ\s+VIỆC\b"
                     r"|Về\s+(?=[a-zà-ỹđ]))")
DATE_WORDS = re.compile(r"ngày\s*[\d.…_ ]{0,8}\s*tháng\s*[\d.…_ ]{0,8}\s*năm\s*\d{4}\.?")
_DATE_ALONE = re.compile(r"^(?:ngày\s+\S+\s+tháng|tháng\s+\S+\s+năm)")
# admin words a number may follow in a place ("Quận 9"), and abbreviations of "thành phố"
_PLACE_WORD = re.compile(r"^(?:[A-ZĐÀ-Ỹ][\w.]*|TP\.?|Tp\.?|\d{1,2})$")


def is_caps(line: str) -> bool:
    letters = [c for c in re.sub(r"\*{1,2}|<[^>]*>", "", line) if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass
class Segment:
    kind: str  # mark, date, number, subject, rule, stars, caps, text
    text: str


def place_start(part: str) -> int | None:
    """Where a place-and-date starts in ``part`` (``Cần Thơ, ngày 28 tháng 10 năm 2024``,
    ``Quận 9, ngày …``, ``Toàn quốc, ngày …``, ``TP. Hồ Chí Minh, ngày …``), or None."""
    m = re.search(r",\s*(?=ngày\b)", part)
    if not m or not DATE_WORDS.match(part, m.end()):
        return None
    before = part[:m.start()]
    tokens = list(re.finditer(r"\S+", before))
    if not tokens:
        return None
    if len(tokens) <= 5 and before.strip()[:1].isupper() and not re.search(r"[/:]|\d{3}", before):
        return tokens[0].start()  # the place opens the part: every word of it is the place
    begin = None
    for tok in reversed(tokens[-5:]):
        if not _PLACE_WORD.match(tok.group()):
            break
        begin = tok.start()
    while begin is not None and re.fullmatch(r"\d+", part[begin:m.start()].split()[0]):
        begin = None  # a number alone is no place
    return begin


def _cuts(part: str) -> dict[int, str | None]:
    """Where segments start in one ``part`` of a line, with the kind each starts (None: decided
    from its text)."""
    cuts: dict[int, str | None] = {0: None}

    def cut(start: int, end: int | None, kind: str) -> None:
        cuts[start] = kind
        if end is not None and end < len(part):
            cuts.setdefault(end, None)

    for m in MARK.finditer(part):
        rest = part[m.end():].strip()
        if _ORG_MARK.fullmatch(m.group()) and rest and is_caps(rest) and not MARK.match(rest) \
                and not RULE.match(rest) and not NUMBER.match(rest):
            continue  # "ĐOÀN TNCS HỒ CHÍ MINH TP HÀ NỘI": the name of a body, not the title
        cut(m.start(), m.end(), "mark")
    for m in RULE.finditer(part):
        cut(m.start(), m.end(), "stars" if "*" in m.group() else "rule")
    for m in NUMBER.finditer(part):
        cut(m.start(), None, "number")
    m = SUBJECT.search(part)
    if m:
        cut(m.start(), None, "subject")
    p = place_start(part)
    if p is not None:
        d = DATE_WORDS.search(part, p)
        cut(p, d.end() if d else None, "date")
    elif _DATE_ALONE.match(part):
        cut(0, None, "date")
    return cuts


def segments(line: str) -> list[Segment]:
    """The parts of one header line, in order (columns kept apart by tabs or wide gaps first)."""
    out: list[Segment] = []
    for part in re.split(r"\t+|\s{4,}", line.strip()):
        part = re.sub(r"[ \u00a0]{2,}", " ", part).strip()
        if not part:
            continue
        cuts = _cuts(part)
        starts = sorted(cuts)
        for k, start in enumerate(starts):
            stop = starts[k + 1] if k + 1 < len(starts) else len(part)
            text = part[start:stop].strip()
            if text:
                out.append(Segment(cuts[start] or _kind(text), text))
    return out


def _kind(text: str) -> str:
    if RULE.fullmatch(text) or re.fullmatch(r"[\s\-–—_=.]+", text):
        return "stars" if "*" in text else "rule"
    return "caps" if is_caps(text) else "text"


def _squash(line: str) -> str:
    return re.sub(r"[ \u00a0]{2,}", " ", line).strip()


_ANCHORS = {"mark", "number", "date"}
# words that open a paragraph of the body, never a header line
BODY_START = re.compile(r"^(?:Căn cứ|Thực hiện|Theo|Xét|Để|Nhằm|Trả lời|Tiếp theo|Nhận được|Được|Hưởng ứng"
                        r"|Trên cơ sở|Sau khi|Qua|Hiện nay|Điều \d)\b")


def _anchor_within(raw: list[str], start: int, stop: int, lines: int) -> bool:
    """Does a line with a title, motto, number or date come within the next non-blank lines?"""
    seen = 0
    for line in raw[start:stop]:
        if not line.strip():
            continue
        if any(s.kind in _ANCHORS for s in segments(line)):
            return True
        seen += 1
        if seen >= lines:
            break
    return False


def _goes_on(subject: str, line: str, after_blank: bool, anchor_follows: bool) -> bool:
    """Does a sentence-case ``line`` go on with the subject above it?"""
    if not after_blank:
        return True
    if re.search(r"[.!?”\"]$", subject):
        return False
    starts_number = bool(re.match(r"\d+(?![.)/]\s)", line))  # "190 năm thành lập …", not "1. Mục đích"
    return line[:1].islower() or starts_number or bool(re.search(r"[,\-–&]$|\b(?:và|của|về|cho|tại|các|năm)$", subject)) \
        or (anchor_follows and len(line) < 90)


def header_start(raw: list[str], start: int, stop: int) -> int | None:
    """The first line of the header: back from its first title, number or date over the lines a
    header holds (capitals, rules, a subject). None when the text has no header."""
    anchor = next((k for k in range(start, min(stop, start + 40)) if raw[k].strip()
                   and any(s.kind in _ANCHORS for s in segments(raw[k]))), None)
    if anchor is None:
        return None
    h = anchor
    while h - 1 >= start and (not raw[h - 1].strip() or
                              {s.kind for s in segments(raw[h - 1])} <= {"caps", "rule", "stars", "subject"}):
        h -= 1
    while h < anchor and not raw[h].strip():
        h += 1
    return h


class _Columns:
    def __init__(self) -> None:
        self.left: list[str] = []
        self.right: list[str] = []
        self.column = "left"
        self.in_subject = False
        self.seen = set()

    def put(self, seg: Segment) -> None:
        kind, text = seg.kind, seg.text
        self.seen.add(kind)
        if kind in ("rule", "stars"):
            target = self.left if self.column == "left" else self.right
            if kind == "stars":
                target.append(text)
            elif target:
                target.append("---")  # a rule under the line above it
            return
        if kind in ("mark", "date"):
            self.right.append(text)
            self.column = "right"
            return
        if kind == "text" and self.left and re.fullmatch(r"S[ốỐ]\s*:?", self.left[-1]) and re.fullmatch(r"\S*/\S+", text):
            self.left[-1] += " " + text  # "Số:" and its number read apart ("Số:" / … / "/TTr-VPCP")
        elif kind == "text" and self.in_subject and self.left:
            self.left[-1] += " " + text
        else:
            self.left.append(text)
            self.in_subject = kind == "subject"
        self.column = "left"


def header_columns(raw: list[str], start: int, stop: int) -> tuple[list[str], list[str], int, list[str]]:
    """The header's left and right column lines from ``raw[start:stop]``, the index of the first
    line after it, and the lines printed above the header (a page's legal basis put first)."""
    cols = _Columns()
    h = header_start(raw, start, stop)
    if h is None:
        return [], [], start, []
    pre = [_squash(x) for x in raw[start:h] if x.strip()]
    k, blank = h, False
    while k < stop:
        line = raw[k]
        if not line.strip():
            blank = True
            k += 1
            continue
        segs = segments(line)
        kinds = {s.kind for s in segs}
        anchor_follows = _anchor_within(raw, k + 1, stop, 3)
        if kinds <= {"text"}:
            text = _squash(line)
            if cols.left and re.fullmatch(r"S[ốỐ]\s*:?", cols.left[-1]) and re.fullmatch(r"\S*/\S+", text):
                cols.put(Segment("text", text))
            elif cols.in_subject and _goes_on(cols.left[-1], text, blank, anchor_follows):
                cols.left[-1] += " " + text
            elif anchor_follows or ("number" in cols.seen and "subject" not in cols.seen
                                    and len(text) < 120 and not BODY_START.match(text)):
                # a subject printed bare under the number (Party style), or a body's name in sentence case
                cols.put(Segment("subject" if "number" in cols.seen else "text", text))
            else:
                break
        elif kinds <= {"caps", "rule", "stars"} and {"number", "date"} <= cols.seen and blank and not anchor_follows:
            break  # a heading of the body after a complete header
        else:
            if cols.in_subject and segs[0].kind == "caps" and not blank and not kinds & _ANCHORS:
                segs[0].kind = "text"  # a subject in capitals goes on
            for seg in segs:
                cols.put(seg)
        blank = False
        k += 1
    return cols.left, cols.right, k, pre
