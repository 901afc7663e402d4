"""Kinds of bodies named without a name of their own (``các cơ quan, đơn vị``, ``các Bộ, cơ quan liên quan``) and a
known agency glued to the plural kinds after it, for splitting a list of assignees (:mod:`.bodies`)."""

from __future__ import annotations

import re

from .lexicon import lexicon
from .name_end import agency_name_at
from .text import key

KIND_WORDS = {"bo", "so", "ban", "nganh", "ban nganh", "co quan", "don vi", "dia phuong", "cuc", "phong", "truong",
              "hoi", "to chuc", "ca nhan", "doanh nghiep", "doan the", "co quan ngang bo", "vien", "trung tam",
              "cong ty", "chi nhanh", "ngan hang", "tinh", "thanh pho", "huyen", "xa", "truong hoc"}


_PLURAL_OPENING = re.compile(r"^(?:cac|tat\s+ca(?:\s+cac)?)\s+")  # "các", "tất cả (các)", folded


# a kind in small letters and where it stands, without a name of its own ("trường thuộc Trường")
_PLACED = re.compile(r"^(?P<kind>[a-zđà-ỹ]\w*)\s+(?:thuộc|trực\s+thuộc|của|trên|tại|ở)\s")


def bare_kind(piece: str) -> bool:
    """Is ``piece`` a kind without a name of its own, one more of a plural's kinds: a word or two of a
    body's head or kind (``Viện``), or a kind's word written small and where it stands (``trường thuộc
    Trường``)?"""
    m = _PLACED.match(piece)
    if m is None:
        if len(piece.split()) > 2:
            return False
        if re.fullmatch(r"\w+", piece):
            return True  # one word: a kind's or a head's word
    word = key(m.group("kind") if m else piece)
    return word in lexicon().heads or word in KIND_WORDS


def _kinds(k: str) -> list[str]:
    return [w.strip() for w in re.split(r",|\bva\b|\bhoac\b", _PLURAL_OPENING.sub("", k))]


def related_kind(piece: str) -> bool:
    """``cá nhân có liên quan``, ``cơ quan liên quan``: a kind of body qualified as the related ones."""
    m = re.match(r"^(?P<kinds>.+?)\s+(?:co\s+)?lien\s+quan$", key(piece).strip())
    return m is not None and all(w in KIND_WORDS for w in _kinds(m.group("kinds")))


def only_kinds(before: str) -> bool:
    """``các cơ quan, tổ chức``, ``các Bộ``: kinds of bodies in the plural, without a name of their own (``before``
    without the title that heads them: ``Thủ trưởng | các cơ quan, đơn vị``)."""
    k = key(before).strip()
    return k.startswith(("cac ", "tat ca ")) and all(w in KIND_WORDS for w in _kinds(k))


def small_kinds_and(before: str, piece: str) -> bool:
    """``các tổ chức`` and ``cá nhân có liên quan``, ``các cơ quan, đơn vị`` and ``cá nhân liên quan``: kinds
    in small letters joined by ``và`` share the words that relate them, one name (a second ``các`` opens
    another: ``các cơ quan và các cá nhân``). ``before`` without the title that heads it."""
    kinds = _PLURAL_OPENING.sub("", key(before).strip())
    return all(w.strip() in KIND_WORDS for w in kinds.split(",")) and _small(before) \
        and not any(c.isupper() for c in piece) and not re.match(r"(?:các|tất\s+cả)\s", piece)


# "Bộ Ngoại giao các Bộ, cơ quan ngang Bộ": a known agency's whole name, then a plural kind with no comma between
_GLUED_PLURAL = re.compile(r"\s+(?=các\s+(?:Bộ|Sở|cơ\s+quan|đơn\s+vị|địa\s+phương)(?![\w]))")


def unglue_plural(text: str) -> str:
    """``Bộ Ngoại giao, các Bộ, …`` for ``Bộ Ngoại giao các Bộ, …``: the comma the page lost."""
    for m in _GLUED_PLURAL.finditer(text):
        if agency_name_at(key(text[:m.start()])) == m.start():
            return text[:m.start()] + "," + text[m.start():]
    return text


def _kind_and_words(k: str) -> tuple[str, str] | None:
    """``co quan quan ly cap tren`` -> (``co quan``, ``quan ly cap tren``): a folded piece that opens with a kind
    of body, and the words after it; None when it opens with no kind."""
    words = k.split()
    for n in (3, 2, 1):
        if len(words) >= n and " ".join(words[:n]) in KIND_WORDS:
            return " ".join(words[:n]), " ".join(words[n:])
    return None


def _small(text: str) -> bool:
    """Written in small letters but for the first (``Cơ quan, tổ chức``)."""
    return not any(c.isupper() for c in text[1:])


_PLURAL = re.compile(r"^(?:cac|tat\s+ca|tung|moi)\s")


def kinds_share_words(before: str, piece: str) -> bool:
    """``Cơ quan, tổ chức`` then ``đơn vị được sử dụng chung tài sản công``, ``sở, ban`` then ``ngành chủ quản``:
    two or more bare kinds of bodies, not in the plural, then one more kind with words of its own in small letters:
    the words tell what all the kinds are, one name."""
    kb, kp = key(before).strip(), key(piece).strip()
    kinds = [w.strip() for w in kb.split(",")]
    opened = _kind_and_words(kp)
    return len(kinds) >= 2 and all(w in KIND_WORDS for w in kinds) and not _PLURAL.match(kb) \
        and _small(before) and piece[:1].islower() and _small(piece) and opened is not None and bool(opened[1])


_OF_A_KIND = re.compile(r"\b(?:cua|thuoc)\s")


def kind_after_named_kind(earlier: list[str], before: str, piece: str) -> bool:
    """``sở`` after ``Cơ quan quản lý cấp trên``, ``tổ chức mà …`` after ``tổ chức đấu giá tài sản``: a kind of
    body in small letters after a kind named with words of its own (one body, not a plural, no comma in it) opens
    another body. Not when the words end on another kind (``Ban chỉ huy quân sự cơ quan, tổ chức``) or a list
    after ``của``/``thuộc`` runs on (``Hội đồng thành viên của doanh nghiệp bảo hiểm, doanh nghiệp tái bảo hiểm,
    công ty mẹ …``, ``earlier`` holding the pieces before ``before``): the kinds go on that list."""
    kb, kp = key(before).strip(), key(piece).strip()
    named = _kind_and_words(kb)
    if named is None or not named[1] or "," in before or _PLURAL.match(kb) or re.search(r"\bcac\s", kb):
        return False
    words = named[1].split()
    if _OF_A_KIND.search(kb) or any(" ".join(words[i:i + n]) in KIND_WORDS for i in range(len(words)) for n in (1, 2)):
        return False
    if any(_OF_A_KIND.search(key(e)) for e in earlier):
        return False
    return _small(before) and piece[:1].islower() and _kind_and_words(kp) is not None


def plural_of_kind(k: str) -> bool:
    """``cac nganh, dia phuong``, ``cac to chuc, ca nhan``, ``cac tap the`` (folded): a plural of a kind of body, which
    after a comma opens another body (``lực lượng quân đội, | các ngành, địa phương``), not one more kind of the one
    before it. Not a plural of places (``các huyện``): they go on the body before them (``Ủy ban nhân dân các tỉnh,
    các huyện``)."""
    rest = k[4:] if k.startswith("cac ") else ""
    return bool(rest) and (_kind_and_words(rest) is not None or rest.startswith("tap the")) \
        and not lexicon().admin_re.match(rest)
