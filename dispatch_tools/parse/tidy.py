"""Last step of parsing: strip what OCR specks leave on short header fields.

A speck of dust read as ``.``, ``_`` or ``'`` next to a header line ends up in the field
(``.PHÓ CHỦ TỊCH``, ``TỈNH .ĐOÀN``, ``ỦY BAN NHÂN DÂN...``). Names of bodies, places and
signers never start or end with such marks, nor hold a run of dots, so they are removed there.
"""

from __future__ import annotations

import re

from ..model import Fields

_EDGE = " ._-–—,;:'\"`‘’“”^~|•"
_SPECKS = re.compile(r"(?<=\w)[.…_]{2,}(?=\s|$)|(?:(?<=\s)|^)[._,'`]+(?=\s|\w)")


def tidy_name(text: str | None) -> str | None:
    if text is None:
        return None
    cleaned = " ".join(_SPECKS.sub(" ", text).split()).strip(_EDGE)
    return cleaned or None


def tidy(fields: Fields) -> Fields:
    for name in ("issuer", "parent_issuer", "place"):
        setattr(fields, name, tidy_name(getattr(fields, name)))
    if fields.signer is not None:
        for name in ("capacity", "title", "name"):
            setattr(fields.signer, name, tidy_name(getattr(fields.signer, name)))
    return fields
