"""Digits in the readings of a header box: a letter the engine reads for a digit (``I1`` for
``11``), the number's digits or the day in a reading of the whole row, and the digits of a reading
of the box alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from ..figure_lookalikes import lookalikes

# the digits before the symbol (its ``/`` may be lost), not glued to ``Số`` (``S6:`` is ``Số:``),
# and never the tail of a run glued to it: ``S53`` may be ``Số 53`` or ``S6`` and ``3`` (a pen's
# figures written over the label's colon)
_NUMBER = re.compile(r"(?<![^\W_])(\d[\d ]*?)\s*(?:/|(?=[A-ZĐ]))")
_DATE = re.compile(r"ng[a-z]{0,3}\D{0,4}?(\d{1,2})\D{0,6}?tha")  # the day, between ``ngày`` and ``tháng``
_LOOKALIKE = str.maketrans(lookalikes("letters_for_figures", "header_box"))


def _digit_lookalikes(text: str) -> str:
    """A short word of digits with a letter the engine reads for a digit (``I1`` for ``11``,
    ``O2`` for ``02``) as digits; any other word as it is."""
    core = text.strip(".,:;")
    if 2 <= len(core) <= 4 and any(ch.isdigit() for ch in core) and core.translate(_LOOKALIKE).isdigit():
        return core.translate(_LOOKALIKE)
    return text


def _flat(text: str) -> str:
    """Lower-case ASCII of a text, one character per character (spans stay valid)."""
    from unidecode import unidecode

    return "".join((unidecode(ch)[:1] or "?").lower() for ch in unicodedata.normalize("NFC", text))


def field_value(field: str, text: str, probs: list[float]) -> tuple[str | None, float]:
    """The number's digits (before the symbol's ``/``) or the day (of ``ngày D tháng M năm Y``)
    in a reading of a header row, and the probability of its least sure digit."""
    if field == "number":
        m = _NUMBER.search(text)
        value = m.group(1).replace(" ", "") if m else None
    else:
        flat = _flat(text)
        m = _DATE.search(flat)
        value = str(int(m.group(1))) if m else None
        if m and re.match(r"[a-z](?!ha)", flat[m.end(1):]):
            return value, 0.0  # ``1Jtháng``, ``1gtháng``: a letter glued to the day, a digit of it misread
    return value, (min(probs[m.start(1):m.end(1)] or [0.0]) if m else 0.0)


_BOX_DIGITS = re.compile(r"\D*?(\d+)\D*")  # one run of digits, whatever of the cues is read beside it


def box_value(field: str, text: str, probs: list[float]) -> tuple[str | None, float]:
    """The digits of a reading of the box alone, when it holds one run of them, and the
    probability of its least sure digit (a day as a day: ``07`` is ``7``)."""
    m = _BOX_DIGITS.fullmatch(text)
    if not m:
        return None, 0.0
    value = m.group(1) if field == "number" else str(int(m.group(1)))
    return value, min(probs[m.start(1):m.end(1)] or [0.0])


def _runs(field: str, texts: Iterable[str | None]) -> set[str]:
    """The runs of digits in readings (a day as a day)."""
    runs = {run for text in texts for run in re.findall(r"\d+", text or "")}
    return {str(int(run)) for run in runs} if field == "date" else runs


def _same(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and int(a) == int(b)

