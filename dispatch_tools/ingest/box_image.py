"""A header box's crop as the recognisers and a person see it: dark ink on white whatever the
ink's colour, a header row framed alone (the lines above and below whitened), a box with a white
margin, and the small PNG shown to a person.
"""

from __future__ import annotations

import base64
import io

import numpy as np
from PIL import Image, ImageOps

GAP = 0.12  # white rows between a header row's ink and another line's, in heights of the row's ink
BOX_MARGIN = 10  # white pixels around a box read alone by the second recogniser


def _png(image: Image.Image) -> str:
    buf = io.BytesIO()
    image.save(buf, format="PNG", optimize=True)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def ink_image(crop: Image.Image) -> Image.Image:
    """Dark ink on white from a colour crop: the darkest channel, enlarged, Otsu, a white border."""
    import cv2

    arr = np.asarray(crop.convert("RGB")).min(axis=2).astype(np.uint8)
    arr = cv2.resize(arr, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)
    _, bw = cv2.threshold(arr, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return Image.fromarray(cv2.copyMakeBorder(bw, 30, 30, 30, 30, cv2.BORDER_CONSTANT, value=255))


def has_ink(crop: Image.Image) -> bool:
    arr = np.asarray(crop.convert("RGB")).min(axis=2)
    return bool((arr < 128).mean() > 0.004)


def _ink_bands(dark: np.ndarray) -> list[tuple[int, int]]:
    """Runs of pixel rows holding ink (first row, last row), top to bottom."""
    rows = np.flatnonzero((dark < 128).sum(axis=1) > max(1, 0.003 * dark.shape[1]))
    if rows.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(rows) > 1)
    starts = np.concatenate(([rows[0]], rows[breaks + 1]))
    ends = np.concatenate((rows[breaks], [rows[-1]]))
    return list(zip(starts.tolist(), ends.tolist()))


def _row_band(bands: list[tuple[int, int]], dark: np.ndarray) -> int:
    """Which ink band is the row's own: the one across the crop's middle (the crop is framed
    around the row's printed words, so a longer line below, ``V/v báo cáo …`` under a short
    ``Số: 4244/BNN-KL``, never takes its place); else the band with the most ink."""
    middle = dark.shape[0] // 2
    across = [k for k, (top, bottom) in enumerate(bands) if top <= middle <= bottom]
    if across:
        return across[0]
    return max(range(len(bands)), key=lambda k: int((dark[bands[k][0]:bands[k][1] + 1] < 128).sum()))


def one_line(image: Image.Image, pad: float = 0.25) -> Image.Image:
    """A header row's crop as a line recogniser expects it: without the ink of the lines above
    and below (runs of ink rows apart from the row's own ink, :func:`_row_band`, by more
    than :data:`GAP` of its height, or cut by the crop's edge: ``V/v …`` and its accents under
    ``Số: 574/UBND-KTTH``), then cut to its ink with a margin of ``pad`` of the ink's height on every side. Accents,
    hand-writing over the row and anything joined to it stay. The same line framed loosely or
    tightly is read with quite different certainty; framed so, alike wherever its box was."""
    rgb = np.asarray(image.convert("RGB"))
    dark = rgb.min(axis=2)
    bands = _ink_bands(dark)
    if not bands:
        return image
    main = _row_band(bands, dark)
    gap = GAP * (bands[main][1] - bands[main][0] + 1)
    first, last = main, main
    while first > 0 and bands[first][0] - bands[first - 1][1] <= gap and bands[first - 1][0] > 0:
        first -= 1
    while last < len(bands) - 1 and bands[last + 1][0] - bands[last][1] <= gap and bands[last + 1][1] < dark.shape[0] - 1:
        last += 1
    top, bottom = bands[first][0], bands[last][1]
    out = rgb.copy()
    out[:top] = 255
    out[bottom + 1:] = 255
    cols = np.flatnonzero((out.min(axis=2) < 128).any(axis=0))
    margin = int(round(pad * (bottom - top + 1)))
    return Image.fromarray(out).crop((max(0, cols[0] - margin), max(0, top - margin),
                                      min(out.shape[1], cols[-1] + 1 + margin), min(out.shape[0], bottom + 1 + margin)))


def _framed(image: Image.Image) -> Image.Image:
    """A crop in gray with a white margin of :data:`BOX_MARGIN`, for the box read alone."""
    return ImageOps.expand(image.convert("L"), border=BOX_MARGIN, fill=255)

