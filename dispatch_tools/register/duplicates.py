"""When is an incoming dispatch one already in the register?

The same dispatch comes twice as a rescan, or as the e-office copy and the paper one. It is the
same dispatch when its number and symbol, its issuer and its date are the same. OCR and retyping
change a little: ``1690-CV/TĐTN-BTG`` read as ``1690-CV/TDTN-BTG`` or ``1690 - CV/TĐTN-BTG``.
Two different dispatches of one issuer differ in their number, so the rule is strict where a
slip would change the meaning and lenient elsewhere:

- the numbers' digits must be equal (``1690`` and ``1691`` are two dispatches);
- the type code after the number must be equal when both have one (``15/QĐ-UBND`` is not
  ``15/KH-UBND``);
- the rest may differ by a character or two (diacritics, spaces and dash shapes never count);
- the issuers may differ by a character or two after the same folding;
- the dates must be equal.

Files with identical bytes are always the same dispatch.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from ..parse.text import load_table
from ..vntext import nfc, strip_diacritics

_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "_": "-", "\\": "/"})


def number_key(number: str | None) -> str:
    """``1690 - CV/TĐTN-BTG`` -> ``1690-CV/TDTN-BTG``: no diacritics, upper case, no spaces,
    one kind of dash."""
    s = strip_diacritics(nfc(number or "")).upper().translate(_DASHES)
    s = re.sub(r"\s+", "", s)
    return re.sub(r"\d+", lambda m: str(int(m.group())), s)  # a leading zero may be lost


def issuer_key(issuer: str | None) -> str:
    """``BCH ĐOÀN TỈNH  KIÊN GIANG`` -> ``bch doan tinh kien giang``."""
    s = strip_diacritics(nfc(issuer or "")).lower()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", s).split())


def _digits(key: str) -> tuple[int, ...]:
    return tuple(int(d) for d in re.findall(r"\d+", key))


@lru_cache(maxsize=1)
def _type_codes() -> frozenset[str]:
    return frozenset(number_key(row[0]) for row in load_table("doc_types.tsv"))


def _type_code(key: str) -> str | None:
    """The type code right after the number (``CV`` in ``1690-CV/…``, ``QD`` in ``15/QD-…``)."""
    parts = [p for p in re.split(r"[-/.]", key) if p]
    if len(parts) > 1 and parts[0].isdigit() and parts[1] in _type_codes():
        return parts[1]
    return None


def _close(a: str, b: str, per: int) -> bool:
    """At most one edit per ``per`` characters (at least one, at least two for ``per`` > 8)."""
    allowed = max(1 if per <= 8 else 2, max(len(a), len(b)) // per)
    return Levenshtein.distance(a, b, score_cutoff=allowed) <= allowed


def same_number(a: str | None, b: str | None) -> bool:
    ka, kb = number_key(a), number_key(b)
    if not ka or not kb or _digits(ka) != _digits(kb) or not _digits(ka):
        return False
    ta, tb = _type_code(ka), _type_code(kb)
    if ta and tb and ta != tb:
        return False
    return _close(ka, kb, 8)


def same_issuer(a: str | None, b: str | None) -> bool:
    ka, kb = issuer_key(a), issuer_key(b)
    return bool(ka and kb) and _close(ka, kb, 10)


def same_dispatch(a: dict, b: dict) -> bool:
    """Are two register rows (``number``, ``issuer``, ``doc_date``) the same dispatch? Rows that
    lack any of the three are never matched on fields."""
    if not (a.get("doc_date") and a.get("doc_date") == b.get("doc_date")):
        return False
    return same_number(a.get("number"), b.get("number")) and same_issuer(a.get("issuer"),
                                                                         b.get("issuer"))
