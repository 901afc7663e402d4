"""The body an e-signature stamp names, spelt as the page prints it (run with the marks).

On a scan or a photo the stamp's small letters are read by OCR and lose or change their marks
(``ỦY BẠN NHÂN DÂN THÀNH PHÓ CÀN THƠ`` for the certified copy's ``ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN
THƠ``), while the header prints the same name larger and the repair stage has read it. Where the
stamp's body is the page's issuer or the body above it letter for letter once the marks are taken
off, it takes their marks and keeps its own letters' case (a stamp may print the name in sentence
case, ``Ủy ban nhân dân thành phố Đà Nẵng``) and its own place of a tone mark (``Uỷ ban`` beside a
header's ``ỦY BAN``). Any other body is left as read: it is evidence only
where it agrees with the page (:func:`.marks.check_issuer`).
"""

from __future__ import annotations

from ..model import Fields
from ..repair.vietnamese import canonical
from .text import key, squash


def spelt_as(read: str, printed: str) -> str | None:
    """``read`` with the marks of ``printed`` when the two are the same letters once marks, case
    and spaces are set aside; None otherwise. A word the two spell alike but for its case or the
    place of its tone mark (``Uỷ`` and ``ỦY``: both are written) stays as read."""
    words, names = squash(read).split(), squash(printed).split()
    if len(words) != len(names) or key(read) != key(printed):
        return None
    out = []
    for word, name in zip(words, names):
        if len(word) != len(name) or canonical(word.lower()) == canonical(name.lower()):
            out.append(word)
        else:
            out.append("".join(p.upper() if r.isupper() else p.lower() for r, p in zip(word, name)))
    return " ".join(out)


def spell_stamp_bodies(fields: Fields, ocr: bool) -> None:
    """Each stamp's body read by OCR spelt as the printed issuer (or the body above it) it names."""
    if not ocr:
        return  # a stamp of the PDF's own layer is as the signing software wrote it
    printed = [name for name in (fields.issuer, fields.parent_issuer) if name]
    for stamp in fields.esign:
        if not stamp.signed_by:
            continue
        for name in printed:
            spelt = spelt_as(stamp.signed_by, name)
            if spelt is not None:
                stamp.signed_by = spelt
                break
