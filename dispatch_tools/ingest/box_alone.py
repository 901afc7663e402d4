"""A hand-filled box whose row the second recogniser could not read surely, read alone: its crop
with a white margin, so that the printed words beside it no longer lead the models astray, and
taken only when another reading holds the same digits.
"""

from __future__ import annotations

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


def read_alone(tight: Image.Image, shown: Image.Image, field: str, second: dict) -> dict | None:
    """The box alone read surely (:func:`recognise_box` on its tight crop), when some other reading
    holds the same digits: the row's (either model), or the wider crop a person is shown (either
    model). A tight crop cuts what of the hand-writing runs over the printed words beside it
    (``11`` read as ``1``); the wider one keeps it, and then reads other digits."""
    alone = recognise_box(tight, field)
    if alone is None or not alone["accepted"]:
        return None
    support = {second.get("value"), second.get("check")}
    if alone["value"] not in support:
        wide = read_checked(_framed(shown), lambda text, probs: (None, 0.0))
        support |= _runs(field, [wide["text"], wide["check_text"]]) if wide else set()
    return alone if alone["value"] in support else None

