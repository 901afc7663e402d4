"""A hand-filled box whose row the second recogniser could not read surely, read alone: its crop
with a white margin, so that the printed words beside it no longer lead the models astray, and
taken only when another reading holds the same digits.
"""

from __future__ import annotations

import re

from PIL import Image

from .box_check import _judged, read_checked
from .box_digits import _runs, box_value
from .box_image import _framed

def recognise_box(image: Image.Image, field: str) -> dict | None:
    """The second recogniser's reading of the box alone (its crop with a white margin), a second
    framing for a box whose row it could not read surely: the hand-writing fills the frame, and
    the printed words no longer lead the models (``ngày 1tháng`` for ``18``, ``34`` for ``31``).
    Taken under the same rule as the row's (:func:`.box_check.accepted`)."""
    return _judged(read_checked(_framed(image), lambda text, probs: box_value(field, text, probs)), field)


_CUE = re.compile(r"^\W*\d\s*[:：]")  # the ``Số:`` the wider crop cuts into, its ``ố`` read as a digit (``3:``)


def _wide_value(field: str, text: str, probs: list[float]) -> tuple[str | None, float]:
    """The digits of a reading of the wider crop, when it holds one run of them after what it
    shows of the cue (``3:299 /UE`` is ``299``)."""
    cue = _CUE.match(text)
    at = cue.end() if cue else 0
    return box_value(field, text[at:], probs[at:])


def wide_reading(shown: Image.Image, field: str) -> dict | None:
    """Both models' readings of the wider crop a person is shown, framed alone: their texts, and
    the digits when a reading holds one run of them (:func:`_wide_value`), judged as the box alone is."""
    return _judged(read_checked(_framed(shown), lambda text, probs: _wide_value(field, text, probs)), field)


def _contradicts(value: str, text: str | None) -> bool:
    """Does a reading of the wider crop hold other digits than ``value``: a run of digits as long
    as it at least, and no run holding it? A shorter run is no evidence (the wider crop may cut
    off a digit written over the cue, ``6`` of ``16``), nor a longer one that holds it (it may take
    in ink beside the box, ``0411`` around ``04``)."""
    runs = re.findall(r"\d+", text or "")
    return not any(value in run for run in runs) and any(len(run) >= len(value) for run in runs)


def disputed(value: str | None, wide: dict | None) -> bool:
    """Do both models read other digits than ``value`` in the wider crop framed alone
    (:func:`_contradicts`)? The row's printed words beside the box can lead both models to the
    same wrong digits, surely (a ``1`` with a long up-stroke after ``Số:`` read as ``4``)."""
    if wide is None or not value:
        return False
    return _contradicts(value, wide["text"]) and _contradicts(value, wide["check_text"])


def doubted(value: str | None, wide: dict | None) -> bool:
    """Does one model read other digits than ``value`` in the wider crop framed alone
    (:func:`_contradicts`), where :func:`disputed` asks both? The value is taken all the same,
    but a person looks at it: under a lamp's cast both models read a ``1`` with a long up-stroke
    as ``4`` in the row, and only the main model reads the wider crop's ``11``."""
    if wide is None or not value:
        return False
    return _contradicts(value, wide["text"]) or _contradicts(value, wide["check_text"])


def held_wide(value: str | None, field: str, wide: dict | None) -> bool:
    """Do both models read ``value`` as a run of digits of its own in the wider crop framed alone?
    (A run merely holding it is no support: ``11`` holds the ``1`` of a day read short.)"""
    if wide is None or not value:
        return False
    wanted = str(int(value)) if field == "date" else value
    return all(wanted in _runs(field, [text]) for text in (wide["text"], wide["check_text"]))


def read_alone(tight: Image.Image, shown: Image.Image, field: str, second: dict,
               wide: dict | None = None) -> dict | None:
    """The box alone read surely (:func:`recognise_box` on its tight crop), when some other reading
    holds the same digits: the row's (either model; not when the wider crop :func:`disputed` it),
    or the wider crop a person is shown (either model; ``wide`` when it was read already). A tight
    crop cuts what of the hand-writing runs over the printed words beside it (``11`` read as
    ``1``); the wider one keeps it, and then reads other digits. Failing that, the wider crop
    itself read surely, one run of digits both models read alike, when the row's reading (either
    model) holds the same digits: on a photocopy the tight crop's grey and the rules beside it
    leave both models unsure of digits they read surely with the cue around them."""
    alone = recognise_box(tight, field)
    row = set() if second.get("disputed") else {second.get("value"), second.get("check")} - {None}
    if alone is not None and alone["accepted"]:
        support = set(row)
        if alone["value"] not in support:
            wide = wide if wide is not None else wide_reading(shown, field)
            support |= _runs(field, [wide["text"], wide["check_text"]]) if wide else set()
        if alone["value"] in support:
            return alone
    wide = wide if wide is not None else wide_reading(shown, field)
    return wide if wide is not None and wide.get("accepted") and wide["value"] in row else None
