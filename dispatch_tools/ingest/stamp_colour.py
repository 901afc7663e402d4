"""A stamp in coloured ink (a red or blue ``CÔNG VĂN ĐẾN``): its own words and rows are in its
colour, and the page's words are read with coloured ink taken off (:func:`.image.remove_colour_ink`),
so a word the page still reads inside its frame is print (or a black pen's) under it, never the
stamp's. A black stamp's words are told from print by their place (:func:`.arrival.stamp_words`);
a coloured one's by their ink.

- **Frame colour** (:func:`frame_colour`): the dark pixels along three of the frame's four sides
  are mostly red or blue ink (:func:`.image.ink_mask`).
- **A word's ink** (:func:`coloured_word`): the word's dark pixels on the page as scanned are
  mostly of a coloured ink; a printed word under a stamp multiplies to near black, so its pixels
  stand out by no channel.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from ..model import BBox
from .image import ink_mask, unturn_box

DARK = 170  # grey level under which a pixel is ink (print, stamp or pen)
COLOURED = 0.6  # share of a frame's or a word's ink that is coloured, for it to be of that ink
SIDE = 0.004  # of the page's width (10 px at 300 dpi): how far inside the frame its sides' lines are looked for


def _coloured_share(rgb: np.ndarray) -> float:
    """The share of the dark pixels of an RGB patch that are red or blue ink (0 without ink)."""
    if rgb.size == 0:
        return 0.0
    dark = rgb.astype(np.int16).min(axis=2) < DARK
    dark |= ink_mask(rgb, strong=False)  # a pale red's lowest channel may be light
    if not dark.any():
        return 0.0
    return float((ink_mask(rgb, strong=False) & dark).sum() / dark.sum())


def frame_colour(image: Image.Image, box: BBox) -> bool:
    """Is the frame ``box`` (on the page as scanned) drawn in coloured ink: are the dark pixels
    along three of its four sides mostly red or blue (print may cross one side thickly)?"""
    rgb = np.asarray(image.convert("RGB"))
    band = max(3, round(SIDE * rgb.shape[1]))
    x0, y0, x1, y1 = (max(0, int(v)) for v in (box.x0, box.y0, box.x1, box.y1))
    sides = [rgb[y0:y0 + band, x0:x1], rgb[max(y0, y1 - band):y1, x0:x1],
             rgb[y0:y1, x0:x0 + band], rgb[y0:y1, max(x0, x1 - band):x1]]
    return sorted(_coloured_share(side) for side in sides)[1] >= COLOURED


def coloured_word(image: Image.Image, bbox: BBox, deskew: float | None = None) -> bool:
    """Is a word's ink (``bbox`` where the words are; ``deskew``: the angle the page was turned
    by before they were read) mostly coloured on the page as scanned?"""
    if deskew:
        bbox = unturn_box(bbox, deskew, image.width, image.height)
    rgb = np.asarray(image.convert("RGB").crop((int(bbox.x0), int(bbox.y0), int(bbox.x1) + 1, int(bbox.y1) + 1)))
    return _coloured_share(rgb) >= COLOURED
