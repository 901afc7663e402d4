"""The signature block (part 8): the authority's prefix, capacity, title and the signer's name,
whether the column comes alone, after the distribution list, or merged with it line by line."""

from __future__ import annotations

import re

from ..i18n import _
from ..model import Signer
from .context import Context
from .deputy_title import mended_title
from .lexicon import lexicon
from ..vntext import strip_diacritics
from .signer_lines import caps_name, makes_title, title_continues, title_goes_on, unit_wrapped
from .signer_name import figure_initial, person_name, without_degree, without_rank
from .signer_title_line import (DISTRIBUTION_BESIDE, clean_title, glued_title, looks_like_name, name_after_tab,
                                title_then_name, title_then_small_name)
from .text import is_upper_line, review_note, squash, strip_markup
from .foot_patterns import AUTHORITY, KT_MISREAD, NOI_NHAN, SIGNED, SIGNED_AFTER, SPECKS


def _authority_name(printed: str) -> str:
    """The authority prefix as the contract writes it: ``K/T`` and ``KT`` are ``KT.``, ``TI.`` is ``TL.``,
    a ``KT.`` whose T was misread (``KP.``, :func:`.foot.misread_kt`) is ``KT.``."""
    letters = re.sub(r"[^A-Z1|]", "", printed)
    if KT_MISREAD.fullmatch(printed.strip() + " "):
        return "KT."
    return ("TL" if letters in ("TI", "T1") else letters) + "."


def title_before(ctx: Context, noi_nhan: int) -> int | None:
    """A signature block without an authority prefix printed above ``Nơi nhận`` (``HIỆU TRƯỞNG`` /
    name, ``Trưởng ban`` / name): the line of its title, when only the name (and ``(Đã ký)``) stand
    between, or when the title in capitals stands right above it and the name comes after the
    list (``TRƯỞNG PHÒNG`` / ``Nơi nhận:`` / ``- Như trên;`` / name)."""
    seen_name = False
    for j in range(noi_nhan - 1, max(ctx.body_start, noi_nhan - 8) - 1, -1):
        t = strip_markup(ctx.lines[j].stripped).strip()
        if not t or SIGNED.match(t) or speck(t):
            continue  # (a signature's specks between the title and the name: "4?) ~~")
        if not seen_name and is_upper_line(t) and len(t.split()) <= 8 and lexicon().is_signer_title(t):
            return j
        above = strip_markup(ctx.lines[j - 1].stripped).strip()
        if (person_name(without_rank(t)) or caps_name(t, gap=not above or bool(SIGNED.match(above)) or speck(above))) \
                and not seen_name:  # "TS. Lại Quốc Tâm" too
            seen_name = True
            continue
        if seen_name and (is_upper_line(t) or len(t.split()) <= 4) and lexicon().is_signer_title(t):
            return j  # in capitals, or a short title in sentence case ("Trưởng ban" / name)
        return None
    return None


def _capacity(ctx: Context, signer: Signer, authority, fragments):
    """The authority prefix and the capacity after it on its line; gives the line below it and the
    fragments still to read (a title glued after the capacity is one)."""
    signer.authority = _authority_name(authority.group(0))
    line = ctx.lines[ctx.line_of(authority.start())]
    cap_end = line.content_end
    gap = _column_gap(ctx.text[authority.end():line.end])
    if gap:
        cap_end = authority.end() + gap.start()
        after = re.match(r"\S+(?: \S+)*", ctx.text[authority.end() + gap.end():line.end])
        if after and is_upper_line(after.group()) and lexicon().is_signer_title(after.group()):
            fragments = fragments + [(authority.end() + gap.end(), authority.end() + gap.end() + after.end())]
            # "KT. GIÁM ĐỐC  PHÓ GIÁM ĐỐC": the signer's title after the gap
    nxt = ctx.line_of(authority.start()) + 1
    below = ctx.lines[nxt].stripped if nxt < len(ctx.lines) else ""
    glued = glued_title(ctx.text[authority.end():cap_end], below)  # "CHỦ NHIỆMPHÓ CHỦ NHIỆM"
    if glued is not None:
        fragments = fragments + [(authority.end() + glued, cap_end)]
        cap_end = authority.end() + glued
    second = AUTHORITY.search(ctx.folded, authority.end() + 1, cap_end)  # "TL. TRƯỞNG BAN KT. CHÁNH VĂN PHÒNG …"
    if second is not None:
        cap_end = second.start()  # the second prefix and its capacity are no part of the first's
        end = line.content_end if gap is None else authority.end() + gap.start()
        title = glued_title(ctx.text[second.end():end], below)  # "TM. UBND KT. CHỦ TỊCH PHÓ CHỦ TỊCH"
        if title is not None:
            fragments = fragments + [(second.end() + title, end)]
    signer.capacity = squash(strip_markup(ctx.text[authority.end():cap_end])).rstrip(" .:")
    ctx.mark("signer.capacity", authority.start(), cap_end)
    return ctx.line_of(authority.start()) + 1, [f for f in fragments if f[0] > authority.start()]


def _block_beside(ctx: Context, authority) -> bool:
    """Is a second signature block printed beside the first, its prefix after a column's gap on the
    first one's line (a joint dispatch: ``TM. BAN THƯỜNG VỤ TỈNH ĐOÀN      KT. GIÁM ĐỐC``)?"""
    line = ctx.lines[ctx.line_of(authority.start())]
    rest = ctx.text[authority.end():line.end]
    gap = re.search(r"\S([ ]{3,}|\t)(?=\S)", rest)
    return gap is not None and AUTHORITY.match(strip_diacritics(rest[gap.end():])) is not None


def _left_of_gap(ctx: Context, piece: tuple[int, int]) -> tuple[int, int]:
    """The first block's part of a line of two blocks side by side: up to its column's gap."""
    s, e = piece
    gap = re.search(r"\S([ ]{3,}|\t)\S", ctx.text[s:e])
    return (s, s + gap.start(1)) if gap else piece


def _column_gap(text: str):
    """The gap after the capacity on its line where the next column or the signer's title begins; not a
    space printed twice between two words in capitals with capitals that are no title to the line's
    end (``ỦY BAN  NHÂN DÂN``, a text layer's justified line), which is the capacity going on."""
    for m in re.finditer(r"\s{2,}", text):
        before, rest = text[:m.start()].strip(), text[m.end():].strip()
        if (m.group() == "  " and before and rest and is_upper_line(before) and is_upper_line(rest)
                and not lexicon().is_signer_title(rest)):
            continue  # (a title after the gap is the signer's own: "KT. GIÁM ĐỐC  PHÓ GIÁM ĐỐC")
        return m
    return None


def read_signer(ctx: Context, authority, fragments, dist_lines: set[int], titled: int | None = None) -> None:
    lex = lexicon()
    signer = Signer()
    pieces: list[tuple[int, int]] = []  # candidate lines of the signature column, in order
    start_line = ctx.body_end if titled is None else titled
    if authority is not None:
        start_line, fragments = _capacity(ctx, signer, authority, fragments)
    elif start_line >= ctx.foot_end:  # no Nơi nhận, no prefix: a title near the end
        start_line = max(ctx.body_start, ctx.foot_end - 15)
    pieces, names = _column_pieces(ctx, start_line, fragments, dist_lines,
                                   authority is not None and _block_beside(ctx, authority))
    if authority is None:
        titled_pieces = _from_title(ctx, pieces)
        if not titled_pieces:
            _name_alone(ctx, pieces, names)
            return
        pieces = titled_pieces
    title, name = None, None
    second = False
    title_more: list[tuple[int, int]] = []
    for n, (s, e) in enumerate(pieces[:6]):
        if name is not None and not looks_like_name(strip_markup(ctx.text[s:e]).strip()):
            continue  # past a name that may be specks: only a surer name below replaces it
        text = ctx.text[s:e]
        if "**" in text and title is None:  # "PHÓ BÍ THƯ**Thị Phương Hồng**"
            head, _sep, tail = text.partition("**")
            if is_upper_line(head):
                title = (s, s + len(head.rstrip()))
                tail_s = s + len(head) + 2
                if looks_like_name(strip_markup(tail)):
                    name = (tail_s, e)
                    break
                continue
        clean = clean_title(strip_markup(text))
        if without_degree(f"{clean} Lê Văn") == "Lê Văn":
            continue  # "PGS.TS" cut from "PGS.TS Tô Công Lan": a degree before the name, no title
        # a title in sentence case: a known title of a few words ("Trưởng phòng tổ chức - hành chính")
        titled = is_upper_line(clean) or len(clean.replace(" - ", " ").split()) <= 8 and lex.is_signer_title(clean)
        if title is None and AUTHORITY.match(strip_diacritics(clean)):
            second = True  # "TL. TỔNG GIÁM ĐỐC" / "KT. TRƯỞNG BAN …": the title is the signer's own line below
            continue
        wrapped = _wrapped_title(ctx, clean, pieces[n + 1:n + 2])
        if title is None and second and titled and not lex.is_signer_title(clean) and not wrapped:
            continue  # the second prefix's capacity wrapped onto the next line ("SÁCH BHXH")
        if title is None and signer.authority == "KT." and mended_title(clean, signer.capacity):
            title = (s, e)  # the deputy's title, misread under the seal ("Phá Thủ tướng")
            continue
        if title is None and titled and authority is not None and (
                caps := _caps_below(ctx, clean, (authority.start(), authority.end()), s, dist_lines)):
            name = (s, e)  # "Q. GIÁM ĐỐC" / "TRẦN VĂN AN": no title line, the name in capitals
            names[name] = caps
            break
        if title is None and titled:
            if (n == 0 and authority is not None and not lex.is_signer_title(clean) and not wrapped
                    and len(pieces) > 1 and lex.is_signer_title(strip_markup(ctx.text[slice(*pieces[1])]))):
                signer.capacity = squash(f"{signer.capacity} {clean}")  # capacity over two lines
                continue
            title = (s, e)
            continue
        last = (title_more or [title])[-1] if title is not None else None
        if last is not None and _next_line_of(ctx, last, s, dist_lines) and (title_goes_on(
                squash(" ".join(clean_title(strip_markup(ctx.text[a:b])) for a, b in [title] + title_more)), clean)
                or (caps_name(clean) and title_continues(clean) or unit_wrapped(clean))
                and _name_below(ctx, pieces[n + 1:n + 4])):
            # a long title wrapped: "… GIÁO DỤC CHUYÊN" / "NGHIỆP" (the next line); a line in capitals that
            # could be a name ("VIÊN CHỨC") goes on with the title when the signer's name follows below it
            title_more.append((s, e))
            continue
        if looks_like_name(names.get((s, e), clean)):
            if name is None:
                name = (s, e)
            if person_name(names.get((s, e), clean), family=True):
                name = (s, e)  # "À va" (specks beside the distribution) gives way to "Trần Phước Hiền"
                break
            continue
        if title is not None and (caps := _caps_below(ctx, clean, last, s, dist_lines, n == len(pieces) - 1)):
            name = (s, e)  # a name printed in capitals: "NGUYỄN VĂN HÙNG"
            names[name] = caps
            break
    _write(ctx, signer, [title] + title_more if title else [], name, names)


def _write(ctx: Context, signer: Signer, title: list[tuple[int, int]], name: tuple[int, int] | None,
           names: dict) -> None:
    """The signer's title (the spans of its lines) and name into the fields, marked in the text."""
    if title:
        signer.title = squash(" ".join(clean_title(strip_markup(ctx.text[a:b])) + _wrap_mark(ctx.text[a:b])
                                       * (i < len(title) - 1) for i, (a, b) in enumerate(title)))
        if signer.authority == "KT." and len(title) == 1:
            # the line as read, too: a misread first word is no speck to drop (``TH TRƯỞNG``, not ``TRƯỞNG``)
            raw = squash(strip_markup(ctx.text[title[0][0]:title[0][1]])).strip(SPECKS)
            mended = mended_title(signer.title, signer.capacity) or mended_title(raw, signer.capacity)
            if mended:
                ctx.fields.review.setdefault("signer.title", review_note(
                    _("the signer's title was read as “%(read)s”, which is no known title; taken as “%(title)s”: "
                      "compare it with the original") % {"read": raw, "title": mended}))
                signer.title = mended
        ctx.mark("signer.title", title[0][0], title[-1][1])
    if name:
        printed = names.get(name, ctx.text[name[0]:name[1]])
        signer.name = re.sub(r"^[-_.,\s]+", "", squash(strip_markup(printed))).strip(" .")
        read = strip_markup(ctx.text[name[0]:name[1]]).strip()
        if figure_initial(read) == printed:
            ctx.fields.review.setdefault("signer.name", review_note(
                _("the signer's name was read as “%(read)s”; its first letter taken as “%(letter)s”: compare it "
                  "with the original") % {"read": read, "letter": printed[0]}))
        ctx.mark("signer.name", *name)
    if any((signer.authority, signer.title, signer.name)):
        ctx.fields.signer = signer


def _wrap_mark(line: str) -> str:
    """The comma or the dash a title line wrapped in the column ends with, kept where the lines are
    joined (``… CÁN BỘ,`` / ``VIÊN CHỨC``; ``VỤ CÔNG CHỨC -`` / ``VIÊN CHỨC``): a speck is cleaned off
    a line, these marks are the title's own."""
    end = strip_markup(line).rstrip()
    if end.endswith(","):
        return ","
    return " -" if re.search(r"[^\W\d_][ \t]+[-–]$", end) else ""


def _name_alone(ctx: Context, pieces: list[tuple[int, int]], names: dict) -> None:
    """No prefix and no title read (a seal over them on a scan): the one name of the signature
    column that opens with a family name, when the foot has a distribution list, is the signer's."""
    if not ctx.fields.distribution:
        return
    found = [p for p in pieces if person_name(names.get(p, strip_markup(ctx.text[p[0]:p[1]]).strip()), family=True)]
    if len(found) == 1:
        s, e = found[0]
        ctx.fields.signer = Signer(name=squash(names.get((s, e), strip_markup(ctx.text[s:e]))).strip(" ."))
        ctx.mark("signer.name", s, e)


def _column_pieces(ctx: Context, start_line: int, fragments: list[tuple[int, int]], dist_lines: set[int],
                   beside: bool = False):
    """The lines of the signature column from ``start_line`` on, with the right-column
    ``fragments`` met in the distribution, made whole by :func:`_signature_pieces` (with a second block
    ``beside`` the first, each line up to its gap). Left out: the
    distribution's lines (also its rest, read as the left column after the signature's lines) and
    the specks a seal or a signature leaves on a scan (``r3``, ``©``, ``4?)``)."""
    pieces = list(fragments)
    for j in range(start_line, ctx.foot_end):
        ln = ctx.lines[j]
        if j in dist_lines or ln.blank or NOI_NHAN.match(ln.folded.lstrip()):
            continue
        if dist_lines and ln.column == "left":
            continue  # the distribution's entries read after the signature column
        pieces.append((ln.content_start, ln.content_end))
    if beside:  # a second block beside the first: its part of each line only
        pieces = [_left_of_gap(ctx, p) for p in pieces]
    pieces, names = _signature_pieces(ctx, sorted(set(pieces)))  # a line met both as a fragment and in order
    for p in pieces:
        if p not in names and (mended := figure_initial(strip_markup(ctx.text[p[0]:p[1]]).strip())):
            names[p] = mended  # "1rân Văn Lâu": the family name's capital read as a figure
    return [p for p in pieces if p in names or not speck(ctx.text[p[0]:p[1]])], names


def speck(text: str) -> bool:
    """A piece with fewer than three letters that is no initial (``r3``, ``©``, ``4?)``)."""
    letters = re.sub(r"[\W\d_]", "", text)
    return len(letters) < 3 and not re.fullmatch(r"\s*[A-ZĐ]\s*", text)


def _signature_pieces(ctx: Context, pieces: list[tuple[int, int]]):
    """The signature column's lines made whole: ``(Đã ký)`` left out, a title glued to the name
    (``PHÓ CHỦ TỊCHNguyễn Thị Thu``) cut in two, a name whose first letter ended a line
    (``N`` / ``guyễn Cao Lục``) joined, a name after a tab on a line of the left column taken
    alone. Returns the pieces and the printed text of joined names."""
    out: list[tuple[int, int]] = []
    names: dict[tuple[int, int], str] = {}
    skip = False
    for n, (s, e) in enumerate(pieces):
        if skip:
            skip = False
            continue
        text = strip_markup(ctx.text[s:e]).strip()
        if SIGNED.match(text):
            continue
        nxt = pieces[n + 1] if n + 1 < len(pieces) else None
        if re.fullmatch(r"[A-ZĐ]", text) and nxt is not None and ctx.text[nxt[0]:nxt[1]][:1].islower():
            names[(s, nxt[1])] = text + ctx.text[nxt[0]:nxt[1]].strip()
            out.append((s, nxt[1]))
            skip = True
            continue
        signed = SIGNED_AFTER.search(ctx.text[s:e])
        if signed and signed.start() > 0 and looks_like_name(ctx.text[s:s + signed.start()].strip()):
            out.append((s, s + signed.start()))  # "Nguyễn Văn Hồng (đã ký)": the mark after the name
            continue
        cut = title_then_name(ctx.text[s:e])
        if cut is not None:
            out += [(s, s + cut), (s + cut, e)]
            continue
        split = title_then_small_name(ctx.text[s:e])
        if split is not None:  # "PHÓ CHỦ NHIỆM trần Quốc Toản"
            out += [(s, s + split[0]), (s + split[0], e)]
            names[(s + split[0], e)] = split[1]
            continue
        gap = next((m for m in DISTRIBUTION_BESIDE.finditer(ctx.text, s, e)
                    if m.group(1) is None or not m.group(1).isupper()), None)
        if gap is not None and gap.start() > s:  # "PHÓ GIÁM ĐỐC      - Như trên;": the distribution on the right
            out.append((s, gap.start()))
            continue
        tab = name_after_tab(ctx.text[s:e])
        if tab is not None:
            names[(s + tab, e)] = squash(ctx.text[s + tab:e])
            out.append((s + tab, e))
            continue
        out.append((s, e))
    return out, names


def _from_title(ctx: Context, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Without an authority prefix: start at a known signer title line."""
    lex = lexicon()
    for n, (s, e) in enumerate(pieces):
        text = strip_markup(ctx.text[s:e]).strip()
        head = text.split("**")[0] if "**" in ctx.text[s:e] else text
        if _SENDS.search(strip_diacritics(head)):
            continue  # a công điện's sender before its addressees ("THỦ TƯỚNG CHÍNH PHỦ ĐIỆN: - …"), no signer
        if (is_upper_line(head) or len(head.split()) <= 6) and lex.is_signer_title(head):
            return pieces[n:]
    return []


_SENDS = re.compile(r"\S\s+DIEN\s*:", re.IGNORECASE)


def _caps_below(ctx: Context, clean: str, above: tuple[int, int], start: int, dist_lines: set[int],
                last: bool = False) -> str | None:
    """The name in capitals of the piece at ``start`` (:func:`.signer_lines.caps_name`), one that folds
    like a title or a body (``ĐOÀN TRƯỜNG SƠN``) too when a gap parts it from ``above`` or it is the
    block's ``last`` line."""
    return caps_name(clean, gap=last or not _next_line_of(ctx, above, start, dist_lines))


def _wrapped_title(ctx: Context, line: str, below: list[tuple[int, int]]) -> bool:
    """Is ``line``, no title of its own, the first line of a title wrapped onto the next piece
    (``PHÓ CHÁNH VĂN`` / ``PHÒNG``, ``PHÓ TỔNG CỤC`` / ``TRƯỞNG``): the two lines make a known title?"""
    if not below or lexicon().is_signer_title(line):
        return False
    rest = clean_title(strip_markup(ctx.text[slice(*below[0])]))
    return makes_title(line, rest)


def _next_line_of(ctx: Context, above: tuple[int, int], start: int, other: set[int] = frozenset()) -> bool:
    """Is ``start`` on the line under ``above``, with at most specks between (a seal's marks read
    as ``Ê`` between a title's two lines), no blank line? Lines of ``other`` (the other foot
    column's, read between the signature's lines) do not count."""
    for j in range(ctx.line_of(above[1]) + 1, ctx.line_of(start)):
        if j in other:
            continue
        t = ctx.lines[j].stripped
        if not t or len(re.sub(r"[\W_]", "", t)) > 2:
            return False
    return ctx.line_of(start) > ctx.line_of(above[1])


def _name_below(ctx: Context, pieces: list[tuple[int, int]]) -> bool:
    """Is one of ``pieces`` a person's name printed in normal case (``Nguyễn Văn An``), or in capitals
    as the block's last line (``PHÙNG QUANG HÙNG``)?"""
    for n, (s, e) in enumerate(pieces):
        line = strip_markup(ctx.text[s:e]).strip()
        if line and not is_upper_line(line) and person_name(line, family=True):
            return True
        if n == len(pieces) - 1 and caps_name(line, gap=True):
            return True
    return False
