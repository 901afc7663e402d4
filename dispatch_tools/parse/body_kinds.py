"""Kinds of bodies named without a name of their own (``các cơ quan, đơn vị``, ``các Bộ, cơ quan liên quan``) and a
known agency glued to the plural kinds after it, for splitting a list of assignees (:mod:`.bodies`)."""

from __future__ import annotations

import re

from .name_end import agency_name_at
from .text import key

KIND_WORDS = {"bo", "so", "ban", "nganh", "ban nganh", "co quan", "don vi", "dia phuong", "cuc", "phong", "truong",
              "hoi", "to chuc", "ca nhan", "doanh nghiep", "doan the", "co quan ngang bo", "vien", "trung tam",
              "cong ty", "chi nhanh", "ngan hang", "tinh", "thanh pho", "huyen", "xa"}


def _kinds(k: str) -> list[str]:
    return [w.strip() for w in re.split(r",|\bva\b|\bhoac\b", re.sub(r"^(?:cac|tat\s+ca(?:\s+cac)?)\s+", "", k))]


def related_kind(piece: str) -> bool:
    """``cá nhân có liên quan``, ``cơ quan liên quan``: a kind of body qualified as the related ones."""
    m = re.match(r"^(?P<kinds>.+?)\s+(?:co\s+)?lien\s+quan$", key(piece).strip())
    return m is not None and all(w in KIND_WORDS for w in _kinds(m.group("kinds")))


def only_kinds(before: str) -> bool:
    """``các cơ quan, tổ chức``, ``các Bộ``: kinds of bodies in the plural, without a name of their own (``before``
    without the title that heads them: ``Thủ trưởng | các cơ quan, đơn vị``)."""
    k = key(before).strip()
    return k.startswith(("cac ", "tat ca ")) and all(w in KIND_WORDS for w in _kinds(k))


# "Bộ Ngoại giao các Bộ, cơ quan ngang Bộ": a known agency's whole name, then a plural kind with no comma between
_GLUED_PLURAL = re.compile(r"\s+(?=các\s+(?:Bộ|Sở|cơ\s+quan|đơn\s+vị|địa\s+phương)(?![\w]))")


def unglue_plural(text: str) -> str:
    """``Bộ Ngoại giao, các Bộ, …`` for ``Bộ Ngoại giao các Bộ, …``: the comma the page lost."""
    for m in _GLUED_PLURAL.finditer(text):
        if agency_name_at(key(text[:m.start()])) == m.start():
            return text[:m.start()] + "," + text[m.start():]
    return text
