"""The marks on an OCR'd page, taken out of its words before the reading order is built.

Stamps, seals and hand-writing are not part of the dispatch's printed text. Words read inside a
mark already known (a PDF's e-signature stamps) are dropped, unless the mark was taken off the image
before it was read; e-signature stamps printed in the image are found among the words
(:mod:`.esign`), and where page 1's hand-filled day was left unread, among the words of its blue ink
(:mod:`.esign_colour`: the page read had it taken off).
Each mark keeps what it says for the later stages (:class:`~dispatch_tools.model.Mark`); only the
words inside it leave the text, so a printed line beside or under a mark keeps every word that is
not inside it.
"""

from __future__ import annotations

from collections.abc import Callable

from PIL import Image

from ..model import BBox, Mark, Word
from ..options import Options
from .arrival import STEPPED, find_arrival
from .esign import find_stamps
from .esign_colour import coloured_stamps, day_unread
from .handwriting import read_boxes
from .image import as_rgb, rotate_colour, unturn_box
from .pdf_stamps import inside
from .stamp_band import added_words, read_band, side_mends


def _cropper(image: Image.Image, deskew: float | None = None) -> Callable[[BBox], Image.Image | None]:
    """Cuts a box from ``image``. ``deskew``: the box is on the page turned by that angle (where
    its words were read); it is turned back onto ``image`` as scanned (the bounds of its four
    corners), that region is cut and straightened by the same angle, and the box is cut from its
    middle: the box's ink, as straight as the words were read, without turning the whole page."""
    rgb = as_rgb(image)

    def cut(box: BBox) -> Image.Image | None:
        region = (max(0, int(box.x0)), max(0, int(box.y0)), min(rgb.width, int(box.x1)), min(rgb.height, int(box.y1)))
        return rgb.crop(region) if region[2] > region[0] and region[3] > region[1] else None

    def crop(box: BBox) -> Image.Image | None:
        if not deskew:
            return cut(box)
        back = unturn_box(box, deskew, rgb.width, rgb.height)
        region = cut(back)
        if region is None:
            return None
        # the box's centre, in the region cut (the bounds of its turned corners are centred on it)
        cx, cy = (back.x0 + back.x1) / 2 - max(0, int(back.x0)), (back.y0 + back.y1) / 2 - max(0, int(back.y0))
        straight = rotate_colour(region, deskew, (cx, cy))
        return straight.crop((int(round(cx - box.width / 2)), int(round(cy - box.height / 2)),
                              int(round(cx + box.width / 2)), int(round(cy + box.height / 2))))

    return crop


def _keep(words: list[Word], keys: list[tuple], kept: list[int]) -> tuple[list[Word], list[tuple]]:
    """The words (and their keys) at the positions ``kept``."""
    return [words[k] for k in kept], [keys[k] for k in kept]


def page_marks(words: list[Word], keys: list[tuple], image: Image.Image, known: list[Mark],
               options: Options, number: int = 1, engine: Callable[..., list[list]] | None = None,
               deskew: float | None = None, photo: bool = False,
               lifted: list[Mark] = ()) -> tuple[list[Word], list[tuple], list[Mark]]:
    """(words, keys) without the words of marks, and the marks of the page (page ``number``: the
    arrival stamp and the hand-filled number and day are looked for on the first page only, read
    by ``engine``, :func:`.tesseract.run_tesseract`; without an engine they are not read).
    ``deskew`` is the angle the page was turned by before its words were read, when it was: each
    box is cut from ``image`` as scanned where the box turned back lies, then straightened
    (:func:`_cropper`), for the recognisers, the typed digits' measure and a person. ``photo``: the
    page is a photographed sheet warped flat, whose thin lines step as a turned page's do.
    ``lifted``: the known marks taken off ``image`` before it was read (a PDF's stamp drawn as
    text over the scan): what is read inside them is printed, and stays."""
    marks = list(known)
    printed = [m for m in known if not any(m is x for x in lifted)]
    if printed:
        words, keys = _keep(words, keys, [k for k, w in enumerate(words)
                                          if not inside(w.bbox, printed, margin=4.0)])
    if not any(m.kind == "esign" for m in known):
        found, used = find_stamps(words, f"tesseract:{options.lang}")
        if found:
            marks += found
            words, keys = _keep(words, keys, [k for k in range(len(words)) if k not in used])
    if options.preprocess and number == 1 and engine is not None:
        image = as_rgb(image)  # once, for the stamp and the boxes
        found, used = find_arrival(image, words, keys, options, engine, f"tesseract:{options.lang}", deskew,
                                   turned=abs(deskew or 0.0) >= STEPPED or photo)
        if found:  # its words leave the text; printed words its frame made the engine lose come back
            marks += found
            band = read_band(words, found[0].bbox, image.width, _cropper(image, deskew), options, engine)
            lost, lost_keys = added_words(words, band, found[0].bbox) if band else ([], [])
            mends = side_mends(words, band, found[0].bbox) if band else {}
            words = [mends.get(k, w) for k, w in enumerate(words)]
            words, keys = _keep(words, keys, [k for k in range(len(words)) if k not in used])
            words, keys = words + lost, keys + lost_keys
        edits, added, found = read_boxes(words, _cropper(image, deskew), image.height, options,
                                         f"tesseract:{options.lang}", engine)
        marks += found
        if day_unread(marks):  # the signing day stands in for it: a colour scan's blue stamps are read
            marks += coloured_stamps(image, options, engine, f"tesseract:{options.lang}")
        pairs = [(edits.get(k, w), keys[k]) for k, w in enumerate(words)]
        pairs += [(w, keys[k]) for k, w in added]
        pairs = [(w, key) for w, key in pairs if w is not None]
        words, keys = [w for w, _ in pairs], [key for _, key in pairs]
    return words, keys, marks
