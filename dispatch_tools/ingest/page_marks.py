"""The marks on an OCR'd page, taken out of its words before the reading order is built.

Stamps, seals and hand-writing are not part of the dispatch's printed text. Words read inside a
mark already known (a PDF's e-signature stamps) are dropped; e-signature stamps printed in the
image are found among the words (:mod:`.esign`). Each mark keeps what it says for the later
stages (:class:`~dispatch_tools.model.Mark`); only the words inside it leave the text, so a
printed line beside or under a mark keeps every word that is not inside it.
"""

from __future__ import annotations

from collections.abc import Callable

from PIL import Image

from ..model import BBox, Mark, Word
from ..options import Options
from .arrival import find_arrival
from .esign import find_stamps
from .handwriting import read_boxes
from .pdf_stamps import inside


def _cropper(image: Image.Image) -> Callable[[BBox], Image.Image | None]:
    rgb = image.convert("RGB")

    def crop(box: BBox) -> Image.Image | None:
        region = (max(0, int(box.x0)), max(0, int(box.y0)), min(rgb.width, int(box.x1)), min(rgb.height, int(box.y1)))
        return rgb.crop(region) if region[2] > region[0] and region[3] > region[1] else None

    return crop


def page_marks(words: list[Word], keys: list[tuple], image: Image.Image, known: list[Mark],
               options: Options, number: int = 1, engine: Callable[..., list[list]] | None = None,
               turned: Image.Image | None = None) -> tuple[list[Word], list[tuple], list[Mark]]:
    """(words, keys) without the words of marks, and the marks of the page (page ``number``: the
    arrival stamp and the hand-filled number and day are looked for on the first page only, read
    by ``engine``, :func:`.tesseract.run_tesseract`; without an engine they are not read).
    ``turned`` is the page deskewed as the words were read, when it was: typed digits are measured
    on it (the crops for the recogniser and for a person are cut from ``image`` as scanned)."""
    marks = list(known)
    if known:
        kept = [k for k, w in enumerate(words) if not inside(w.bbox, known, margin=4.0)]
        words, keys = [words[k] for k in kept], [keys[k] for k in kept]
    if not any(m.kind == "esign" for m in known):
        found, used = find_stamps(words, f"tesseract:{options.lang}")
        if found:
            marks += found
            kept = [k for k in range(len(words)) if k not in used]
            words, keys = [words[k] for k in kept], [keys[k] for k in kept]
    if options.preprocess and number == 1 and engine is not None:
        found, used = find_arrival(image, words, keys, options, engine, f"tesseract:{options.lang}")
        if found:
            marks += found
            kept = [k for k in range(len(words)) if k not in used]
            words, keys = [words[k] for k in kept], [keys[k] for k in kept]
        crop = _cropper(image)
        measure = _cropper(turned) if turned is not None else crop
        edits, added, found = read_boxes(words, crop, image.height, options, f"tesseract:{options.lang}", engine,
                                         measure)
        marks += found
        pairs = [(edits.get(k, w), keys[k]) for k, w in enumerate(words)]
        pairs += [(w, keys[k]) for k, w in added]
        pairs = [(w, key) for w, key in pairs if w is not None]
        words, keys = [w for w, _ in pairs], [key for _, key in pairs]
    return words, keys, marks
