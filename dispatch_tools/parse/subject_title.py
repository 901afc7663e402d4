"""The subject under a type's title line (``KẾ HOẠCH`` / ``Triển khai …``): the title line, its
wrapped lines, and where a decision's title ends when the authority's line under it (the issuer's
name) was read on with it."""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

from .context import Context
from .flat_head import opens_body
from .lexicon import lexicon
from .subject_lines import BLOCK_START, continuation, sender_line, stops_subject
from .text import is_upper_line, key, squash, strip_markup

def _issuer_keys(ctx: Context) -> list[str]:
    """The issuer, its parent body and the two together, folded: how the decision's authority
    line under a title may read."""
    keys = [key(x) for x in (ctx.fields.issuer, ctx.fields.parent_issuer) if x]
    if ctx.fields.issuer and ctx.fields.parent_issuer:
        keys.append(key(ctx.fields.parent_issuer + " " + ctx.fields.issuer))
    return keys


_WORD_OF_TWO = re.compile(r"[^\W\d_]{2,}")


def speck_line(text: str) -> bool:
    """A line with no word of two letters and no figure: a rule or a seal's edge read as specks
    (``r‹``, ``.ˆA``), never a title's line."""
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Lm", "Sk"))  # a lone ``ˆ``
    return bool(text.strip()) and _WORD_OF_TWO.search(text) is None and not any(ch.isdigit() for ch in text)


def subject_after_type(ctx: Context, start: int, stop: int) -> list[int]:
    """Lines of the title under a type name: capitals follow capitals; sentence case goes on
    like a subject (:func:`continuation`). Never the enacting words (``QUYẾT NGHỊ``)."""
    lex = lexicon()
    i = ctx.next_nonblank(start, stop)
    while i is not None and speck_line(strip_markup(ctx.lines[i].stripped)):
        i = ctx.next_nonblank(i + 1, stop)  # the rule under the title read as specks (``r‹``, ``.ˆA``)
    if i is None:
        return []
    first = strip_markup(ctx.lines[i].stripped)
    if key(first).rstrip(" :") in lex.type_names or key(first).rstrip(" :") == "quyet nghi" or sender_line(key(first)):
        return []  # a công điện with no subject: its sender's line follows its type name
    if not is_upper_line(first):
        lines = [i] + continuation(ctx, i + 1, stop)
        cut = _intro_cut(ctx, lines)
        if cut is not None:
            return lines[:cut]
        return [] if _intro_sentence(ctx, lines) else lines
    out = []
    issuer_keys = _issuer_keys(ctx)
    for j in range(i, stop):
        t = ctx.lines[j].stripped
        letterless = j > i and re.fullmatch(r"[\d\s\-–/.,()]+", t) is not None  # "GIAI ĐOẠN" / "2022 - 2026"
        # a line in capitals goes on with a title in capitals, whatever words open it ("… THI ĐUA" /
        # "THỰC HIỆN THẮNG LỢI …"): a body's paragraph opens in sentence case
        if not t and _title_past_blank(ctx, out, j, stop):
            continue  # a blank line read inside the title: its next line goes on with it
        if not t or (stops_subject(ctx, j, body_words=not is_upper_line(t)) and j != i) \
                or not (is_upper_line(t) or letterless):
            break
        k = key(t)
        tied = bool(out) and key(ctx.lines[out[-1]].stripped).split()[-1:] in [[w] for w in _TIES]
        if tied and not (k.rstrip(" :") in lex.type_names or k.rstrip(" :") == "quyet nghi"):
            out.append(j)  # "… QUY CHẾ LÀM VIỆC CỦA" / "ỦY BAN NHÂN DÂN TỈNH …": the name is the title's
            continue
        if any(fuzz.ratio(k, ik) >= 85 for ik in issuer_keys) or lex.is_signer_title(t) or (
                lex.starts_with_head(t) and any(fuzz.partial_ratio(k, ik) >= 95 for ik in issuer_keys)):
            break  # the decision's authority line: the issuer, or the start of its name ("ỦY BAN NHÂN DÂN TỈNH")
        if k.rstrip(" :") in lex.type_names or k.rstrip(" :") == "quyet nghi":
            break
        out.append(j)
    return out


_PART_HEADING = re.compile(r"(?:chuong|phan|muc|dieu)\b")


def _title_past_blank(ctx: Context, out: list[int], j: int, stop: int) -> bool:
    """Does a title in capitals go on past the blank line ``j`` (a line a scan read apart from
    the title: ``… THEO NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU TOÀN`` / blank / ``QUỐC LẦN THỨ XIII CỦA ĐẢNG``)?
    Only when the title's line above is as full as its longest (it wrapped there) or ends with a
    word that ties it to the next (``… CỦA``), and the line below, within two lines, is in
    capitals and no part of the head or body (the issuer's name, a signer's title, a type name,
    a list, a chapter), and ends the title: a blank line or sentence case comes after it."""
    if not out or j - out[-1] > 2:
        return False
    k = ctx.next_nonblank(j, min(stop, out[-1] + 4))
    if k is None or k + 1 >= len(ctx.lines):
        return False
    above = strip_markup(ctx.lines[out[-1]].stripped)
    longest = max(len(strip_markup(ctx.lines[x].stripped)) for x in out)
    tied = key(above).rstrip(" :").split()[-1:] in [[w] for w in _TIES]
    if not (tied or len(out) >= 2 and len(above) >= 0.85 * longest):
        return False
    t, after = strip_markup(ctx.lines[k].stripped), ctx.lines[k + 1].stripped
    kt = key(t).rstrip(" :")
    if not is_upper_line(t) or len(t.split()) < 2 or stops_subject(ctx, k) or BLOCK_START.match(ctx.lines[k].folded) \
            or _PART_HEADING.match(kt) or kt in lexicon().type_names or kt == "quyet nghi" \
            or lexicon().starts_with_head(t) or lexicon().is_signer_title(t):
        return False
    if any(fuzz.ratio(kt, ik) >= 85 or fuzz.partial_ratio(kt, ik) >= 95 for ik in _issuer_keys(ctx)):
        return False
    return not after or not is_upper_line(after)


def _intro_sentence(ctx: Context, lines: list[int]) -> bool:
    """Is the sentence-case text under a title the body's opening sentence, not a subject
    (``Nhà trường thông báo kế hoạch … như sau:``)? It announces what follows: it ends on a colon
    or on ``như sau``, which no printed subject does. One that opens with ``Về việc`` is a subject,
    whatever speck a scan read at its end (``… năm 2017 - 2018:``)."""
    text = key(" ".join(ctx.lines[j].stripped for j in lines))
    if re.match(r"(?:ve viec|v/v)\b", text):
        return False
    return text.endswith(":") or text.rstrip(" .").endswith("nhu sau")


def _intro_cut(ctx: Context, lines: list[int]) -> int | None:
    """Where the body's opening sentence starts when a page read with no blank line between the
    title and the body ran it on after a subject that opens with ``Về`` (``Về việc đăng ký …`` /
    ``Nhà trường thông báo … như sau:``): the lines end as that sentence ends (:func:`_intro_sentence`'s
    colon or ``như sau``) and a line past the first opens with a capital, not tied to the line
    above by a word such as ``của`` (``… tại`` / ``Nghệ An``); None when they do not."""
    if len(lines) < 2 or not re.match(r"(?:ve|v/v)\b", key(ctx.lines[lines[0]].stripped)):
        return None
    text = key(" ".join(ctx.lines[j].stripped for j in lines))
    if not (text.endswith(":") or text.rstrip(" .").endswith("nhu sau")):
        return None
    for k in range(1, len(lines)):
        t = strip_markup(ctx.lines[lines[k]].stripped)
        above = key(ctx.lines[lines[k - 1]].stripped).split()
        if t[:1].isupper() and not (above and above[-1] in _TIES):
            return k
    return None


# the words that tie a name to the title before it ("Quy chế làm việc của Ủy ban nhân dân tỉnh"):
# the name is then part of the title
_TIES = {"cua", "cho", "tai", "voi", "thuoc", "va", "giua", "den", "tu", "o", "ve", "trong", "tren", "doi"}


def authority_after_title(ctx: Context, lines: list[int]) -> int:
    """Where a decision's title ends when its authority line (the issuer's name) was read on the
    title's last line (``… TRÊN ĐỊA BÀN TỈNH KON TUM ỦY BAN NHÂN DÂN TỈNH KON`` / ``TUM``): the start
    of the issuer's name there, not tied to the title by a word such as ``của``, in capitals or at a
    line's start (a title in sentence case may name the body inside it: ``… kỷ niệm 36 năm Ngày
    thành lập Hội Cựu chiến binh Việt Nam``); else the title's end."""
    end = ctx.lines[lines[-1]].content_end
    issuers = [k for k in _issuer_keys(ctx) if len(k.split()) >= 2]
    if not issuers:
        return end
    start = ctx.lines[lines[0]].content_start
    # the rest of the name on the line under the title's last, left out of the title (``… NĂM 2025
    # ỦY BAN`` / ``NHÂN DÂN PHƯỜNG …``)
    below = ctx.lines[lines[-1] + 1] if lines[-1] + 1 < len(ctx.lines) else None
    rest = below.stripped if below is not None and is_upper_line(below.stripped) else ""
    for m in re.finditer(r"(?<=\s)\S", ctx.text[start:end]):
        at = start + m.start()
        tail = key(squash(ctx.text[at:end] + " " + rest))
        before = key(ctx.text[start:at]).split()
        if before and before[-1].lower() not in _TIES and lexicon().starts_with_head(ctx.text[at:end] + " " + rest) \
                and (is_upper_line(ctx.text[at:end]) or ctx.text[:at].rstrip(" \t").endswith("\n")) \
                and any(tail.split()[0] == k.split()[0] and fuzz.ratio(tail, k) >= 90 for k in issuers):
            return at
    return end


def titled_line(ctx: Context):
    """A page without a header that opens with its title in sentence case: ``Thông báo về việc
    tổ chức …``, ``Giấy mời dự Lễ …``: (line, type name, where the subject starts)."""
    lex = lexicon()
    for line in ctx.lines[:6]:
        if line.blank:
            continue
        k = key(line.text)
        for name_key, name in sorted(lex.type_names.items(), key=lambda x: -len(x[0])):
            if k.startswith(name_key + " ") and len(k) > len(name_key) + 8 and not is_upper_line(line.text):
                return line.index, name, line.content_start + len(name_key) + 1
        return None
    return None


FULL_LINE = 60  # a line this long is full on any page


def _wrap_width(ctx: Context) -> int:
    """How wide the page's lines run: the length most of its long lines reach (a text layer
    hard-wrapped at 50 characters has no line of 60)."""
    lengths = sorted(len(line.stripped) for line in ctx.lines if not line.blank)
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else FULL_LINE


def title_wrapped(ctx: Context, ti: int, stop: int) -> list[int]:
    """The lines a page's title line wrapped onto (a line as long as a full line of the page goes
    on below, until a short line ends the paragraph), never the body's first paragraph or list (a
    line that opens as the body does, ``Hưởng ứng …``: a page whose blank lines were lost)."""
    out: list[int] = []
    i = ti
    full = min(FULL_LINE, int(0.8 * _wrap_width(ctx)))
    while len(ctx.lines[i].stripped) >= full and len(out) < 3 and i + 1 < min(stop, len(ctx.lines)):
        nxt = ctx.lines[i + 1]
        t = nxt.stripped
        if not t or ctx.lines[i].stripped.endswith(".") or BLOCK_START.match(nxt.folded) \
                or lexicon().body_start_re.match(key(t)) or opens_body(t, 0) or key(t).startswith(("kinh gui", "kinh goi")):
            break
        out.append(i + 1)
        i += 1
    return out
