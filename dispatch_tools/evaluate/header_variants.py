"""A generated stress set of dispatch heads and feet whose fields are known by construction.

    python -m dispatch_tools.evaluate.header_variants [--n 600] [--seed 7] [--show FIELD] [--limit 8] [--json]

Each variant is composed from the conventions of ``../shared/docs/FORMAT.md`` (Decree 30, Party
and Youth Union heads) and the lexicons of ``models/parse`` (provinces, family names), with the
variations real offices and web pages produce: the two header columns stacked, merged on one line
(wide gap, tab or one space) or wrapped at different heights; a parent body on one or two lines
or none; Party, Youth Union, mass-organisation and university heads; the place as ``TP. Hồ Chí
Minh``, ``Tp. Huế``, ``Thành phố …``, a district, or printed before the number on the issuer's
side; dates with one-digit day or month, or left blank; subjects after ``V/v``, ``Về việc``,
``Về:``, bare, in quotes, or under a type's title line, over one to four lines; a signature block
with or without a TM./KT./TL./TUQ./Q. prefix, the title over one or two lines, stacked beside
``Nơi nhận`` or interleaved with it line by line or row by row. The offices are drawn in
:mod:`.header_offices`. Later draws of their own add other offices and layouts
(:func:`.header_offices._wider_office`), wrapped issuers, quoted subjects, unusual numbers
and signature blocks (:mod:`.header_variants_more`), and offices under ministries and national bodies,
công điện heads, wrapped national titles and heads printed as paragraphs (:mod:`.header_variants_fourth`),
leaving the first draw's variants as they were where they do not act.

The header fields of the parser are scored against the construction as
:mod:`.parse_score` scores them against the gold. The generator is seeded and deterministic; it
reads no document of ``../shared``, so its score is a measure apart from the rules' tuning set.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from dataclasses import dataclass, field

from . import header_variants_fourth as four
from . import header_variants_more as more
from .header_offices import (GIVEN, MIDDLE, SUBJECTS, TITLED, TOPICS, UBND_SIGN, Office, _office, _province,
                             _provinces, _surnames, _wider_office, _wrap, upper)
from .parse_score import HEADER, Counts, _norm, subject_key

# --------------------------------------------------------------------------- one variant


@dataclass
class Variant:
    id: str
    text: str
    truth: dict
    tags: list[str] = field(default_factory=list)





def _name(rng: random.Random) -> str:
    if rng.random() < 0.15:  # two middle names, or a second family name
        return f"{rng.choice(_surnames())} {rng.choice(_surnames() + MIDDLE)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
    return f"{rng.choice(_surnames())} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _number(rng: random.Random, office: Office, type_code: str | None) -> tuple[str, str]:
    """(the printed number line, its truth)."""
    n = rng.choice([str(rng.randint(10, 2999)), f"{rng.randint(1, 9):02d}"])
    if office.kind in ("party", "youth", "mass"):
        symbol = f"{n}-{type_code or 'CV'}/{office.code}"
        printed = rng.choice([f"Số {symbol}", f"Số: {symbol}", f"Số {n} - {type_code or 'CV'}/{office.code}"])
    else:
        year = f"{rng.randint(2010, 2026)}/" if type_code == "QĐ" and rng.random() < 0.3 else ""
        symbol = f"{n}/{year}{type_code}-{office.code.split('-')[0]}" if type_code else (
            f"{n}/{office.code}-{rng.choice(['VP', 'KT', 'VX', 'NV', 'TH'])}")
        printed = rng.choice([f"Số: {symbol}", f"Số: {symbol}", f"Số: {n} /{symbol.split('/', 1)[1]}",
                              f"Số:  {symbol}"])
        if type_code and rng.random() < 0.08:  # the number left blank, to be filled in when issued
            symbol = "/" + symbol.split("/", 1)[1]
            printed = f"Số:       {symbol}"
    return printed, symbol


def _date(rng: random.Random, place: str) -> tuple[str, str | None]:
    y, m, d = rng.randint(2008, 2026), rng.randint(1, 12), rng.randint(1, 28)
    style = rng.random()
    if style < 0.12:
        return f"{place}, ngày     tháng {rng.choice(['', str(m) + ' '])}    năm {y}".replace("  ", "  "), None
    if style < 0.5:
        ds, ms = str(d), str(m)  # one-digit day and month as typed
    else:
        ds, ms = f"{d:02d}", (f"{m:02d}" if m <= 2 else str(m))
    gap = rng.choice([" ", " ", "  "])
    iso = f"{y}-{m:02d}-{d:02d}"
    if rng.random() < 0.05:  # a narrow column wraps the line: after the place, or before the year
        return rng.choice([f"{place},\nngày {ds} tháng {ms} năm {y}", f"{place}, ngày {ds} tháng {ms}\nnăm {y}"]), iso
    return f"{place}, ngày {ds}{gap}tháng {ms}{gap}năm {y}", iso


def _subject(rng: random.Random, year: int, office: Office) -> tuple[list[str], str, str]:
    """The lines of a công văn's subject under its number, the truth and a tag."""
    s = rng.choice(SUBJECTS).format(y=year)
    lines = _wrap(rng, s, rng.choice([1, 1, 2, 2, 3, 4]))
    style = rng.choice(["V/v", "V/v:", "Về việc", "Về:", "quoted", "bare", "V/V"] if office.kind != "state"
                       else ["V/v", "V/v", "V/v:", "Về việc", "Về:", "quoted", "V/V", "V/v :"])
    if style == "quoted":
        lines[0] = "“V/v " + lines[0]
        lines[-1] += "”"
        return lines, "“" + s + "”", "subject:quoted"
    if style == "bare":
        lines[0] = lines[0][0].upper() + lines[0][1:]
        return lines, lines[0][:1] + s[1:], "subject:bare"
    lines[0] = f"{style} {lines[0]}"
    return lines, s, f"subject:{style}"


def _titled(rng: random.Random, year: int) -> tuple[str, str, str, list[str], str]:
    """A type's title line and its subject: (title, type code, type name, subject lines, truth)."""
    title, code, name, forms = rng.choice(TITLED)
    s = rng.choice(forms).format(s=rng.choice(TOPICS).format(y=year, y2=year + 4))
    if rng.random() < 0.3:
        s = upper(s)
    return title, code, name, _wrap(rng, s, rng.choice([1, 2, 2, 3])), s


MOTTO = {"state": ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
         "mass": ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
         "party": ["ĐẢNG CỘNG SẢN VIỆT NAM"], "youth": ["ĐOÀN TNCS HỒ CHÍ MINH"]}
RULES = {"state": ["---------------", "_______________", ""], "party": ["*"], "youth": ["***", "*"],
         "mass": ["*", "-------"]}


def _gap(rng: random.Random, style: str) -> str:
    return {"wide": " " * rng.randint(4, 30), "tab": "\t", "one": " ", "glued": ""}[style]


def _merge(rng: random.Random, left: list[str], right: list[str], style: str, offset: int = 0) -> list[str]:
    """Two columns merged row by row, the right one starting ``offset`` rows lower."""
    left = [x for cell in left for x in cell.split("\n")]  # a cell wrapped over lines is that many rows
    right = [""] * offset + [x for cell in right for x in cell.split("\n")]
    rows = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        rows.append((a + _gap(rng, style) + b if a and b else (a or (" " * 40 + b if b and style == "wide" else b))))
    return rows


def _head(rng: random.Random, office: Office, number: str, date_line: str, subject: list[str],
          titled: bool, layout: str | None = None, extra: dict | None = None) -> tuple[list[str], str]:
    """The header's lines in one of the layouts a page gives, and the layout's tag; ``extra`` holds
    the fourth draw's choices (:mod:`.header_variants_fourth`): another motto, a rule glued to the
    issuer's line, each column printed as one paragraph."""
    kind, extra = office.kind, extra or {}
    rule = rng.choice(RULES[kind])
    names = [" ".join(office.parent_lines) + office.flat_gap + " ".join(office.issuer_lines)] if office.flat else (
        office.parent_lines + office.issuer_lines)
    left = names + ([rule] if rule else [])
    if extra.get("glue"):
        left, rule = extra["glue"](names, rule), ""  # no rule on a line of its own now
    right = extra.get("motto", MOTTO[kind]) + (
        [rng.choice(["---------------", "_____________"])] if kind == "state" and rng.random() < .5 else [])
    below = [] if titled else subject
    layout = layout or rng.choice(["stacked", "left_then_right", "merged_wide", "merged_tab", "merged_one",
                                   "merged_offset", "date_first", "right_first", "merged_glued"])
    if kind == "state" and rng.random() < 0.1 and right[0].endswith("NAM"):  # the motto glued to the national title
        right = [right[0] + right[1]] + right[2:]
    if extra.get("number_next_line") and layout in ("stacked", "left_then_right", "date_first", "right_first"):
        number = "Số:\n" + number[4:].strip()  # the number on the line under "Số:", in a narrow column
        extra["tag"] = "+number_next_line"
    if extra.get("paragraphs"):  # each column printed as one paragraph, the left one first
        one = lambda xs: " ".join(" ".join(x.split()) for x in xs if x.strip())  # noqa: E731
        return [one(left + [number] + below), "", one(right + [date_line])], "layout:paragraphs"
    indent = rng.random() < 0.3  # a page that lays its columns out with leading spaces
    lpad, rpad = " " * (rng.randint(0, 8) if indent else 0), " " * (rng.randint(20, 45) if indent else 0)
    pad = lambda xs, p: [p + x if x else x for x in xs]  # noqa: E731
    if below and rng.random() < 0.1 and below[0][:1] in "V“":  # the subject's first line on the number's row
        number, below = f"{number}{rng.choice(['   ', ' ', chr(9)])}{below[0]}", below[1:]
        layout = rng.choice(["stacked", "left_then_right"])
    if layout == "alternate":  # a header table read row by row, each cell's lines after the other's
        cut = rng.randint(1, len(names))  # the body's name split between the first two rows, or not
        rows = [(names[:cut], right[:1]), (names[cut:] + ([rule] if rule else []), right[1:]), ([number] + below, [])]
        dated = rng.choice([1, 2])  # the date in the issuer's row (party heads) or the number's
        rows[dated] = (rows[dated][0], rows[dated][1] + [date_line])
        lines = [x for a, b in rows for x in a + b if x]
    elif layout == "stacked":  # left cell, right cell, then the number's row and the date's row
        lines = pad(left, lpad) + [""] + pad(right, rpad) + [""] + pad([number] + below, lpad) + [""] + pad(
            [date_line], rpad)
    elif layout == "right_first":  # the right column read first: motto and date above the issuer
        lines = right + [date_line, ""] + left + [number] + below
    elif layout == "left_then_right":
        lines = pad(left + [number] + below, lpad) + [""] + pad(right + [""] + [date_line], rpad)
    elif layout == "date_first":  # the place and date printed before the number, on the issuer's side
        lines = (left[:-1] if rule else left) + right + [date_line] + ([rule] if rule else []) + [number] + below
    else:
        style = layout.split("_")[1] if layout != "merged_offset" else rng.choice(["wide", "tab"])
        offset = 1 if layout == "merged_offset" else 0
        top = _merge(rng, left, right, style, offset)
        if rng.random() < 0.35:
            lines = top + _merge(rng, [number], [date_line], style) + below
        elif rng.random() < 0.4 and below:  # the date's row beside the subject's first line
            lines = top + [number] + _merge(rng, below, [date_line], style)
        else:
            lines = top + [number] + below + [" " * 40 + date_line if style == "wide" else date_line]
    return lines, f"layout:{layout}{extra.get('tag', '')}"


def _foot(rng: random.Random, office: Office, sign: tuple, name: str,
          force: str | None = None) -> tuple[list[str], str]:
    authority, capacity, titles = sign[:3]
    printed = name.upper() if rng.random() < 0.1 else name
    if rng.random() < 0.05:  # a degree before the name, no part of it (as a rank)
        printed = f"{rng.choice(['PGS.TS.', 'TS.', 'ThS.', 'PGS.TS', 'GS.TSKH.'])} {name}"
    block = ([f"{authority} {capacity}".replace("|", "\n")] if authority else [])
    second = list(sign[3:4])  # "TL. CHỦ TỊCH" / "KT. CHÁNH VĂN PHÒNG" / the signer's own title
    block = [ln for b in block for ln in b.split("\n")] + second + titles + [""] * rng.choice([0, 1, 2]) + (
        [rng.choice(["(Đã ký)", "(Đã ký)", "(đã ký)", "(Đã ký và đóng dấu)", "Đã ký"])] if rng.random() < 0.15 else []) + [
        printed]
    dist = ["Nơi nhận:", "- Như trên;", rng.choice(["- UBND tỉnh (để b/c);", "- Thường trực Tỉnh ủy (b/c);",
                                                   "- Bộ trưởng (để b/c);"]),
            "- Các đơn vị trực thuộc;", rng.choice(["- Lưu: VT, VP.", "- Lưu: VT.", "- Lưu VT, TH."])]
    layout = rng.choice(["dist_then_sign", "sign_then_dist", "rows_wide", "rows_tab", "alternate"])
    layout = force or layout  # the third draw's layouts: the first draw's choice is still made
    if layout == "dist_then_sign":
        return dist + [""] + block, f"foot:{layout}"
    if layout == "sign_then_dist":
        return block + [""] + dist, f"foot:{layout}"
    if layout == "alternate":  # the two columns read line by line, one after the other
        out = []
        for k in range(max(len(dist), len(block))):
            out += ([dist[k]] if k < len(dist) else []) + ([block[k]] if k < len(block) and block[k] else [])
        return out, f"foot:{layout}"
    return _merge(rng, dist, block, layout.split("_")[1]), f"foot:{layout}"


def _copy_block(rng: random.Random) -> list[str]:
    """A copy's own head and signature printed after the document (``SAO Y``, Decree 30): the
    copying office, its number and date, its distribution and signer, none of them the document's."""
    prov, place, _level = _province(rng)
    y, m, d = rng.randint(2010, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return ["", "", rng.choice([f"UBND {prov}", f"ỦY BAN NHÂN DÂN {prov}"]), "VĂN PHÒNG",
            f"Số: {rng.randint(10, 999)}/SY-VP", rng.choice(["SAO Y", "SAO Y BẢN CHÍNH"]),
            f"{place}, ngày {d:02d} tháng {m} năm {y}", "", "Nơi nhận:", "- Các sở, ban, ngành tỉnh;",
            "- Lưu: VT.", "", "TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", _name(rng)]


BODY = ["Thực hiện Công văn số {ref} ngày {rd} của {src} về việc {topic}, {me} đề nghị các cơ quan, "
        "đơn vị triển khai thực hiện một số nội dung sau:",
        "1. Tổ chức quán triệt, phổ biến nội dung nêu trên đến toàn thể cán bộ, công chức, viên chức.",
        "2. Báo cáo kết quả thực hiện về {me} trước ngày {dl} để tổng hợp.",
        "Đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./."]


def _type_subject_number(rng: random.Random, third: random.Random, office: Office, year: int, titled: bool,
                         tags: list[str]) -> tuple:
    """(title, type code, type, subject lines, subject, printed number, number), tags added."""
    title = None
    if titled:
        title, code, doc_type, subject_lines, subject = _titled(rng, year)
        tags.append(f"type:{code}")
    else:
        code, doc_type = (None, "Công văn") if office.kind == "state" else ("CV", "Công văn")
        subject_lines, subject, tag = _subject(rng, year, office)
        if third.random() < 0.15:
            subject_lines, subject, tag = more.subject(third, third.choice(SUBJECTS).format(y=year))
        tags.append(tag)
    number, symbol = _number(rng, office, code)
    if office.kind == "state" and third.random() < 0.12:
        number, symbol, tag = more.number(third, office.code.split("-")[0], code)
        tags.append(tag)
    return title, code, doc_type, subject_lines, subject, number, symbol


def _fourth_type(fourth: random.Random, office: Office, year: int, titled: bool, typed: tuple,
                 tags: list[str]) -> tuple[tuple, bool, list[str] | None]:
    """The fourth draw's type and subject (:mod:`.header_variants_fourth`): a công điện's head, or a
    subject after a bare ``Về``; gives (title, type, subject lines, subject, printed number, number),
    whether a title line is printed, and the công điện's addressee lines (None for others)."""
    title, doc_type, subject_lines, subject, number, symbol = typed
    cd_to = None
    if office.kind == "state" and office.tag in four.CD_SENDER and fourth.random() < 0.25:
        subject_lines, subject, cd_to = four.cong_dien(fourth, office, year)
        title, doc_type, titled = "CÔNG ĐIỆN", "Công điện", True
        number, symbol = _number(fourth, office, "CĐ")
        tags[:] = [t for t in tags if not t.startswith(("subject:", "type:", "number:"))] + ["type:CĐ"]
    elif not titled and office.kind == "state" and fourth.random() < 0.1:
        subject_lines, subject, tag = four.subject_ve(fourth, fourth.choice(SUBJECTS).format(y=year), _wrap)
        tags[:] = [t for t in tags if not t.startswith("subject:")] + [tag]
    return (title, doc_type, subject_lines, subject, number, symbol), titled, cd_to


def _fourth_head(fourth: random.Random, office: Office, number: str, tags: list[str]) -> dict:
    """The fourth draw's choices for the head's printing (:func:`_head`'s ``extra``)."""
    extra: dict = {}
    if fourth.random() < 0.25:
        extra["motto"], tag = four.motto(fourth, office.kind, MOTTO[office.kind])
        tags += [tag] if tag else []
    if fourth.random() < 0.08:
        extra["glue"] = four.glue_rule(fourth)
        tags.append("head:glued_rule")
    if fourth.random() < 0.05 and number.startswith("Số: "):
        extra["number_next_line"] = True
    if fourth.random() < 0.04:
        extra["paragraphs"] = True
    return extra


def _page(rng: random.Random, head: list[str], body: list[str], foot: list[str],
          tags: list[str]) -> tuple[list[str], list[str], list[str]]:
    """What the page does to the lines: markdown bold, a copy's block after the foot, every line
    break lost."""
    if rng.random() < 0.08:  # a page converted to markdown keeps the bold of the capitals
        head = [f"**{ln}**" if ln.strip() and ln.isupper() and "\t" not in ln and "  " not in ln.strip() else ln
                for ln in head]
        foot = [f"**{ln}**" if ln.strip() and ln.isupper() and "  " not in ln.strip() else ln for ln in foot]
        tags.append("markdown")
    if rng.random() < 0.06:
        foot = foot + _copy_block(rng)
        tags.append("copy")
    if rng.random() < 0.05:  # a page whose text dump lost every line break: the whole page on one line
        flat = " ".join(" ".join(ln.split()) for ln in head + body + foot if ln.strip())
        head, body, foot = [flat], [], []
        tags.append("flat")
    return head, body, foot


def variant(seed: int, index: int) -> Variant:
    rng = random.Random(f"header-variants:{seed}:{index}")
    wide = random.Random(f"header-variants-wider:{seed}:{index}")  # the draws added later
    third = random.Random(f"header-variants-third:{seed}:{index}")  # and the third draw's (.header_variants_more)
    fourth = random.Random(f"header-variants-fourth:{seed}:{index}")  # and the fourth's (.header_variants_fourth)
    office = _office(rng)
    if wide.random() < 0.3:
        office = _wider_office(wide)
    if fourth.random() < 0.25:
        office = four.office(fourth, Office, _province)
    if len(office.issuer_lines) == 1 and len(office.issuer_lines[0]) > 26 and rng.random() < 0.35:
        office.issuer_lines = _wrap(rng, office.issuer_lines[0], 2)
    year = rng.randint(2010, 2026)
    tags = [office.tag]
    if third.random() < 0.2 or " - " in " ".join(office.issuer_lines):
        office.issuer_lines, tag = more.rewrap_issuer(third, office.issuer_lines)
        tags += [tag] if tag else []
    if office.tag == "office:so" and len(office.parent_lines) == 1 and rng.random() < 0.15:
        office.flat = True
        tags.append("flat_parent")
    elif office.parent_lines and wide.random() < 0.15:  # "BỘ CÔNG AN CÔNG AN TỈNH KON TUM", "BỘ XÂY DỰNG - CỤC …"
        office.flat, office.flat_gap = True, wide.choice([" ", " ", " - "])
        tags.append("flat_parent" + office.flat_gap.strip())
    if fourth.random() < 0.4:
        tag = four.wrap_names(fourth, office, _wrap, [upper(name) for name, _level in _provinces()])
        tags += [tag] if tag else []
    titled = rng.random() < 0.35
    title, code, doc_type, subject_lines, subject, number, symbol = _type_subject_number(
        rng, third, office, year, titled, tags)
    (title, doc_type, subject_lines, subject, number, symbol), titled, cd_to = _fourth_type(
        fourth, office, year, titled, (title, doc_type, subject_lines, subject, number, symbol), tags)
    extra = _fourth_head(fourth, office, number, tags)
    date_line, iso = _date(rng, office.place)
    tags.append("date:blank" if iso is None else "date")
    tags.append("place:" + office.place.split()[0])
    head, tag = _head(rng, office, number, date_line, subject_lines, titled,
                      "alternate" if wide.random() < 0.1 else None, extra)
    tags.append(tag)
    if wide.random() < 0.1:  # a web page that prints every line of the head as a paragraph of its own
        head = [x for ln in head for x in (ln, "")]
        tags.append("head:spaced")
    me = " ".join(office.issuer_lines).capitalize()
    body = [b.format(ref=f"{rng.randint(100, 999)}/UBND-VX", rd=f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{year}",
                     src="Ủy ban nhân dân tỉnh", topic="tăng cường công tác quản lý", me=me, dl=f"30/11/{year}")
            for b in BODY]
    if cd_to:
        head += ["", title] + subject_lines + cd_to
    elif titled:
        head += ["", title] + subject_lines + ["", "Kính gửi: Các cơ quan, đơn vị liên quan." if doc_type == "Tờ trình" else ""]
    else:
        head += ["", rng.choice(["Kính gửi: Các cơ quan, đơn vị trực thuộc.",
                                 "Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các huyện, thị xã."])]
    sign = rng.choice(office.signatures)
    if rng.random() < 0.08 and sign[0]:  # a page that prints the block in sentence case
        sign = (sign[0], sign[1].split("|")[0].capitalize(), [" ".join(sign[2]).capitalize()] if sign[2] else [])
        tags.append("sign:sentence_case")
    if third.random() < 0.15:
        sign = more.signature(third, office.signatures, office.signatures is UBND_SIGN) or sign
    if fourth.random() < 0.06 and sign[2]:
        sign = four.sentence_case(sign)
        tags.append("sign:title_sentence_case")
    signer_name = _name(rng)
    foot, tag = _foot(rng, office, sign, signer_name, "rows_one" if third.random() < 0.05 else None)
    tags.append(tag)
    tags.append(f"sign:{sign[0] or 'none'}:{len(sign[2])}")
    if foot[0] == "Nơi nhận:" and rng.random() < 0.15:  # "… thực hiện./.Nơi nhận:" glued by the page
        body, foot = body[:-1] + [body[-1] + foot[0]], foot[1:]
        tags.append("foot:glued")
    head, body, foot = _page(rng, head, body, foot, tags)
    text = "\n".join(head + [""] + body + ["", ""] + foot) + "\n"
    issuer = " ".join(office.issuer_lines)
    truth = {"number": symbol, "doc_type": doc_type, "issuer": issuer,
             "parent_issuer": " ".join(office.parent_lines) or None, "place": office.place, "date": iso,
             "subject": subject,
             "signer": {"authority": {"K/T": "KT.", "T/M": "TM."}.get(sign[0], sign[0]),
                        "capacity": sign[1] and sign[1].replace("|", " "),
                        "title": " ".join(sign[2]) or None, "name": signer_name}}
    return Variant(f"{seed}-{index:04d}", text, truth, tags)


# --------------------------------------------------------------------------- scoring


def _fields(pred: dict, truth: dict) -> dict[str, tuple]:
    out = {}
    for name in HEADER:
        if name.startswith("signer."):
            k = name.split(".", 1)[1]
            p, g = (pred.get("signer") or {}).get(k), (truth.get("signer") or {}).get(k)
        else:
            p, g = pred.get(name), truth.get(name)
        if name == "subject":
            p, g = subject_key(p), subject_key(g)
        out[name] = (_norm(p), _norm(g))
    return out


# the kinds of layout damage (:mod:`.damage`) that keep every word as printed, so the truth stays as built
DAMAGE = ("one-line", "one-line-spaced", "body-one-line", "head-merged", "wrapped-70", "blank-lines", "tabs",
          "columns-swapped", "page-furniture")


def evaluate(n: int = 600, seed: int = 7, damage: str | None = None) -> tuple[dict[str, Counts], list[tuple[Variant, dict]]]:
    """Counts per header field over ``n`` variants, and each variant with its wrong fields;
    ``damage``: a kind of :data:`DAMAGE` done to each variant's layout first."""
    from ..parse import parse_text, to_contract
    from .damage import KINDS

    counts = {name: Counts() for name in HEADER}
    results = []
    for i in range(n):
        v = variant(seed, i)
        if damage:
            v = Variant(v.id, KINDS[damage](v.text), v.truth, v.tags)
        wrong = {}
        try:
            pred = to_contract(parse_text(v.text).fields)
        except Exception as exc:  # noqa: BLE001 - a failure of the parser is a finding: every field is missed
            pred, wrong["failure"] = {}, (f"{type(exc).__name__}: {exc}", None)
        for name, (p, g) in _fields(pred, v.truth).items():
            if p == g:
                counts[name].add(tp=1 if g is not None else 0)
            else:
                counts[name].add(fp=1 if p is not None else 0, fn=1 if g is not None else 0)
                wrong[name] = (p, g)
        results.append((v, wrong))
    return counts, results


def _report(counts: dict[str, Counts], results, show: str | None, limit: int, out) -> None:
    failed = sum(1 for _, wrong in results if "failure" in wrong)
    print(f"{len(results)} generated variants ({failed} failed to parse); F1 per header field", file=out)
    for name, c in counts.items():
        print(f"  {name:18} {c.f1:.3f}", file=out)
    by_tag: dict[str, Counter] = {}
    totals: Counter = Counter()
    for v, wrong in results:
        for t in v.tags:
            totals[t] += 1
            for name in wrong:
                by_tag.setdefault(name, Counter())[t] += 1
    for name, tags in by_tag.items():
        worst = sorted(tags.items(), key=lambda kv: -kv[1] / totals[kv[0]])[:6]
        print(f"{name}: " + ", ".join(f"{t} {k}/{totals[t]}" for t, k in worst), file=out)
    if show:
        shown = [(v, w) for v, w in results if show in w][:limit]
        for v, w in shown:
            print(f"\n=== {v.id} {' '.join(v.tags)}\n{show}: truth {w[show][1]!r} got {w[show][0]!r}", file=out)
            print(v.text, file=out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score the header fields on generated head and foot layouts.")
    ap.add_argument("--n", type=int, default=600, help="how many variants")
    ap.add_argument("--seed", type=int, default=7, help="the generator's seed")
    ap.add_argument("--show", help="print the variants this field is wrong on")
    ap.add_argument("--limit", type=int, default=6, help="with --show: how many")
    ap.add_argument("--json", action="store_true", help="print the F1 of each field as JSON")
    ap.add_argument("--damage", choices=DAMAGE, help="damage each variant's layout first (as make eval's "
                    "damaged layouts do)")
    args = ap.parse_args(argv)
    counts, results = evaluate(args.n, args.seed, args.damage)
    if args.json:
        scores = {name: round(c.f1, 4) for name, c in counts.items()}
        scores["failures"] = sum(1 for _, wrong in results if "failure" in wrong)
        print(json.dumps(scores, indent=1))
    else:
        _report(counts, results, args.show, args.limit, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
