"""The second recogniser's check of a header row: PP-OCRv6 reads it and PP-OCRv5 checks it, and
a value is taken only when the least sure digit has a probability of at least :data:`ACCEPT`, both
models read the same digits and a day is 1-31 (:func:`accepted`).
"""

from __future__ import annotations

from collections.abc import Callable

from PIL import Image

from . import second_reader
from .box_digits import field_value
from .box_image import one_line

ACCEPT = 0.90  # the least sure digit of a second-recogniser reading, for it to be taken
NEAR = 0.80  # under ACCEPT but this sure, a value both models read is taken when two more readings hold it


def agreed(value: str | None, conf: float, check: str | None) -> bool:
    """Do the second recogniser's two models agree surely on a value? Its least sure digit is
    sure enough (:data:`ACCEPT`) and the checking model reads the same."""
    return bool(value) and conf >= ACCEPT and check == value


def accepted(field: str, value: str | None, conf: float, check: str | None) -> bool:
    """May a second-recogniser value be taken without a person's look? The two models
    :func:`agreed` on it, and a day is a day of a month."""
    if not agreed(value, conf, check):
        return False
    return field != "date" or 1 <= int(value) <= 31


def near_accepted(field: str, value: str | None, conf: float, check: str | None) -> bool:
    """Did both models read the same value, its least sure digit just under :data:`ACCEPT` (from
    :data:`NEAR`), a day a day of a month? Such a value is taken only when the wider crop read
    alone holds it too (:func:`.box_alone.held_wide`): a reading at 0.89 and one at 0.91 are then
    decided alike by what the other framing reads, not by where the line falls."""
    if not value or check != value or not NEAR <= conf < ACCEPT:
        return False
    return field != "date" or 1 <= int(value) <= 31


Parse = Callable[[str, list[float]], tuple[str | None, float]]  # (text, probabilities) -> value, least digit's


def read_checked(image: Image.Image, parse: Parse) -> dict | None:
    """A one-line crop read by the second recogniser and by its checking model, each reading made
    a value by ``parse``: the value, the probability of its least sure digit (``conf``), the
    checking model's value (``check``) and both texts; None when the recogniser is not installed."""
    got = second_reader.read(image, "digits")
    if got is None:
        return None
    value, conf = parse(got.text, [p for _, p in got.chars])
    check = second_reader.read(image, "digits-check")
    checked = parse(check.text, [p for _, p in check.chars])[0] if check is not None else None
    return {"value": value, "conf": conf, "check": checked, "text": got.text,
            "check_text": check.text if check is not None else None}


def recognise(image: Image.Image, field: str) -> dict | None:
    """The second recogniser's reading of a header row (:func:`.box_image.one_line`): value, its least digit
    probability, the checking model's value and whether it is :func:`accepted`; None when it is
    not installed."""
    return _judged(read_checked(one_line(image).convert("L"), lambda text, probs: field_value(field, text, probs)),
                   field)


def _judged(got: dict | None, field: str) -> dict | None:
    """A :func:`read_checked` reading with its probability rounded and whether it is :func:`accepted`."""
    if got is None:
        return None
    return {**got, "conf": round(got["conf"], 3),
            "accepted": accepted(field, got["value"], got["conf"], got["check"])}

