"""Who a task's sentence names, for the task extractor: the issuing body itself (a sentence about
what it does narrates), or a recipient of the dispatch, by its name or as one of a kind the
dispatch addresses (``Sở Tài chính`` when ``Các sở, ban, ngành tỉnh`` are)."""

from __future__ import annotations

import re

from .bodies import CALLED, drop_title
from .context import Context
from .lexicon import lexicon
from .text import key


def is_issuer(ctx: Context, name: str) -> bool:
    """Does ``name`` name the issuing body itself (a sentence about what it does narrates)? A kind written
    short (``Tòa án`` in a circular of the Supreme People's Court) names the bodies of that kind, not the
    issuer, as a one-word kind (``Bộ``, ``Sở``) does."""
    k = _name_key(name).strip()
    if not k or k.startswith(("cac ", "tat ca")) or _a_kind_alone(k):
        return False
    issuer = " ".join(x for x in (ctx.fields.parent_issuer, ctx.fields.issuer) if x)
    issuer = _name_key(issuer).strip() if issuer else ""  # "UBND HUYỆN A" is "ủy ban nhân dân huyện a"
    if not issuer:
        return False
    words = set(k.split())
    return len(words) >= 2 and len(words - set(issuer.split())) <= 0


def _a_kind_alone(k: str) -> bool:
    """Is the folded name ``k`` a head of bodies' names written short, the start of one (``toa an`` of ``tòa án
    nhân dân``, ``vien kiem sat`` of ``viện kiểm sát nhân dân``): the kind, no body's own name?"""
    return " " in k and any(h.startswith(k + " ") for h in lexicon().heads)


def names_recipient(ctx: Context, names: list[str]) -> bool:
    """Is one of ``names`` a recipient of the dispatch, by its name or as one of a kind it addresses
    (``Sở Tài chính`` when ``Các sở, ban, ngành tỉnh`` are, ``UBND huyện Lạc Dương`` when ``Ủy ban nhân
    dân các huyện, thành phố`` are)?"""
    from rapidfuzz import fuzz

    if any(fuzz.token_set_ratio(key(drop_title(n)), key(r)) >= 90 for n in names for r in ctx.fields.recipients):
        return True
    kinds = [k for r in ctx.fields.recipients for k in _kinds_addressed(r)]
    if kinds and any(_name_key(n).startswith(tuple(kinds)) for n in names):
        return True
    aliases = _recipient_aliases(ctx)
    return bool(aliases) and any(_name_key(n).strip() in aliases for n in names)


def _recipient_aliases(ctx: Context) -> set[str]:
    """The keys of the short names the text gives a recipient (``… (sau đây gọi là BHXH tỉnh)`` after the
    name of the bodies it addresses)."""
    from rapidfuzz import fuzz

    out = set()
    recipients = [" ".join(key(r).split()) for r in ctx.fields.recipients]
    for m in CALLED.finditer(ctx.text):  # "Bảo hiểm xã hội các tỉnh, … (sau đây gọi là BHXH tỉnh)"
        before = " ".join(key(ctx.text[max(0, m.start() - 120):m.start()]).split())
        if any(fuzz.partial_ratio(r, before) >= 90 for r in recipients if len(r) >= 8):
            out.add(_name_key(m.group("name").strip(" \"“”'")).strip())
    return out


_KIND_HEADS = ("so", "ban", "phong", "bo", "cuc", "chi cuc", "truong", "trung tam")
_LEVELS = ("tinh", "huyen", "quan", "thi xa", "thanh pho", "xa", "phuong", "thi tran")
_COUNCIL = re.compile(r"^(?:ubnd|uy ban nhan dan)\s+")
_ADDRESSED_KINDS = re.compile(r"^(?P<before>.*?)\bcac\s+(?P<kinds>[^;:.()]+)$")


def _name_key(name: str) -> str:
    """The key of a body's name without a person's title, ``UBND`` written out (``UBND tỉnh`` ->
    ``uy ban nhan dan tinh ``), with a space at its end."""
    return _COUNCIL.sub("uy ban nhan dan ", key(drop_title(name)) + " ")


def _kinds_addressed(recipient: str) -> list[str]:
    """The prefixes of the names of the bodies a recipient written as a kind covers: ``Các sở, ban,
    ngành tỉnh`` -> ``so ``, ``ban ``; ``Ủy ban nhân dân các huyện, thành phố`` -> ``uy ban nhan dan huyen ``,
    ``uy ban nhan dan thanh pho ``. A recipient with a name of its own covers no kind."""
    m = _ADDRESSED_KINDS.match(_COUNCIL.sub("uy ban nhan dan ", key(recipient)))
    if m is None:
        return []
    before = m.group("before").strip()
    words = [w.strip() for w in re.split(r",|\bva\b", m.group("kinds"))]
    if before == "uy ban nhan dan":
        return [f"uy ban nhan dan {w} " for w in words if w in _LEVELS]
    if before:
        return []
    return [f"{w} " for w in (x.split(" tinh")[0].strip() for x in words) if w in _KIND_HEADS]
