"""Page images: loading (with safety limits) and clean-up before OCR.

Clean-up for real scans of official documents, in this order:
1. the red seal and blue signature ink are removed by colour (they cover the signer's name and
   the date line and confuse the engine), while dark text under them is kept;
2. grayscale; small images are enlarged so that body text is tall enough for Tesseract; a grey
   round seal (a photocopy's) is taken off by its ring (:mod:`.seal`);
3. deskew by the projection-profile method on a reduced copy, measured on the page with its light
   made even when the paper is shaded (a shadow's or a dark corner's edge is no line of text);
4. where the background is uneven (shadows, yellowed paper, a photo), it is flattened (divided
   by its large-scale blur) and the page binarised (Otsu). On an even page only the paper is
   whitened (pixels lighter than the Otsu threshold): the letters keep their gray edges, since a
   hard threshold breaks thin diacritics, while speckle and traces of removed ink are gone;
5. on a binarised page (a photocopy's grey paper, a shadow) or a speckled one (at least
   :data:`SPECKLED` of them), toner specks standing alone (tiny dots with no other ink near them)
   are whitened, since the engine reads them as marks or stray signs (``»``, ``„``, ``I``). A
   clean page keeps its few: the faint dots left of a removed seal are such, and taking some
   away lets the engine read the rest as a line. On a speckled page the specks halfway up a
   line of print, between its letters, are whitened too (:mod:`.specks`);
6. a round seal printed black (a 1-bit scan's, a photocopy's) is found by its ring and a copy of
   the page without it is kept for a second look at the lines it crosses (:func:`black_seals`).
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
from PIL import Image, ImageSequence

from ..errors import DamagedInput, LimitExceeded
from ..model import BBox
from ..options import Options
from ..i18n import _, number
from .frame_erase import erase_frames

MIN_WIDTH = 1200  # an A4 page narrower than this (under ~150 dpi) is enlarged
TARGET_WIDTH = 2480  # A4 at 300 dpi
SPECK_AREA = 24  # pixels at 300 dpi: the largest blob of ink whitened as a speck when it stands alone
SPECKLED = 150  # lone specks on a page at 300 dpi (a clean scan has a few dozen at most): a photocopy's toner
SPECK_ROOM = 0.005  # of the page's width (12 px at 300 dpi): the white around a lone speck
CAST = 1.1  # the paper's brightest channel over its dimmest: a coloured light, made grey before the ink is found
SPECK_CLUSTER = 3  # specks standing together, away from any other ink, whitened as one speck is
MIN_SKEW = 0.6  # degrees: the engine reads a smaller skew well, and rotating blurs the diacritics


def load_images(path: Path, options: Options) -> list[Image.Image]:
    """Every frame of an image file (multi-page TIFF gives several), checked against the limits."""
    Image.MAX_IMAGE_PIXELS = None  # we check the size ourselves, before decoding
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(path)
            frames = []
            for i, frame in enumerate(ImageSequence.Iterator(img)):
                if i >= options.max_pages:
                    raise LimitExceeded(_("the image has more than %(limit)s pages")
                                        % {"limit": number(options.max_pages)}, path=path,
                                        hint=_("Split it, or raise the limit with --max-pages"))
                w, h = frame.size
                if w * h > options.max_pixels:
                    raise LimitExceeded(_("page %(page)d is %(width)dx%(height)d pixels, over the limit of "
                                          "%(limit)s (a decompression bomb?)")
                                        % {"page": i + 1, "width": w, "height": h,
                                           "limit": number(options.max_pixels)}, path=path,
                                        hint=_("Scan at 300 dpi, or reduce the image size"))
                frame.load()
                frames.append(_to_rgb(frame))
            return frames
    except LimitExceeded:
        raise
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise DamagedInput(_("the image cannot be decoded (%(error)s)") % {"error": exc}, path=path,
                           hint=_("Open it in an image viewer and save it again as PNG or JPEG")) from exc


def _to_rgb(frame: Image.Image) -> Image.Image:
    if frame.mode in ("RGB", "L"):
        return frame.copy()
    if frame.mode in ("1", "I;16", "I", "F"):
        return frame.convert("L")
    if frame.mode == "P" and "transparency" not in frame.info:
        return frame.convert("RGB")  # no colour of its palette is clear: as composited on white, at once
    if frame.mode in ("RGBA", "LA", "P", "PA"):
        rgba = frame.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    return frame.convert("RGB")


def remove_colour_ink(rgb: np.ndarray) -> np.ndarray:
    """Grayscale of an RGB page with red (seal, hand-writing) and blue (signature) ink replaced by paper.

    Ink is told from printed text by how far one channel stands above the other two (red ink:
    R - max(G, B); blue ink: B - max(R, G)), not by hue: many colour scans print black text with a
    blue or red cast (hue blue, saturation 60 %, but only a few levels of channel difference), and
    a hue mask would eat the edges of every letter and with them the diacritics. The mask then grows
    by two pixels into the ink's paler, anti-aliased edges (still clearly coloured), so that no
    outline of the seal is left. Removed ink takes the paper's brightness. Dark text under the ink
    (a blend with little channel difference) is kept.
    """
    import cv2

    if rgb.ndim == 2:
        return rgb.copy()
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    # under coloured light the ink is looked for on the colours made even too; the grey stays the page's own
    pages = [rgb] + [b for b in [white_balanced(rgb)] if b is not rgb]
    # Most pages have no coloured ink: look on a small copy first.
    if not any(ink_mask(cv2.resize(p, None, fx=0.125, fy=0.125, interpolation=cv2.INTER_AREA), strong=True).any()
               for p in pages):
        return gray

    def either(strong: bool) -> np.ndarray:
        return np.logical_or.reduce([ink_mask(p, strong=strong) for p in pages])

    strong = either(True).astype(np.uint8)
    grown = cv2.dilate(strong, np.ones((5, 5), np.uint8)).astype(bool)
    mask = strong.astype(bool) | (grown & either(False))
    paper = int(np.percentile(gray[::8, ::8], 90))
    gray[mask] = paper
    return gray


def white_balanced(rgb: np.ndarray) -> np.ndarray:
    """A page photographed under coloured light (a desk lamp's warm cast) with its paper made
    grey again: each channel scaled so that the paper's brightness (its 90th percentile) is the
    brightest channel's. Under a warm light blue ink is no longer bluer than the paper around it
    and a margin note would stay on the page as specks; a page whose paper is grey within
    :data:`CAST` is returned as it is. The ink is looked for on the page as it is and on the
    balanced page (a warm light makes a red seal redder: balanced alone, its edges were left), and
    the grey levels the engine reads stay the page's own."""
    paper = np.percentile(rgb[::16, ::16].reshape(-1, 3), 90, axis=0).astype(np.float32)
    if paper.min() < 1 or paper.max() / paper.min() < CAST:
        return rgb
    gain = paper.max() / paper
    return np.clip(rgb * gain, 0, 255).astype(np.uint8)


def channel_excess(rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """How far red stands above green and blue, and blue above red and green, pixel by pixel (a
    difference under zero saturates at zero): how red or blue the ink is, whatever its darkness."""
    import cv2

    r, g, b = cv2.split(np.ascontiguousarray(rgb, dtype=np.uint8))
    return cv2.subtract(r, cv2.max(g, b)), cv2.subtract(b, cv2.max(r, g))


def ink_mask(rgb: np.ndarray, *, strong: bool) -> np.ndarray:
    """Pixels of red or blue ink: one channel well above the other two."""
    import cv2

    red, blue = channel_excess(rgb)
    step = 50 if strong else 25  # under either step a difference is no ink
    red = cv2.threshold(red, step, 1, cv2.THRESH_BINARY)[1]
    blue = cv2.threshold(blue, step - 10, 1, cv2.THRESH_BINARY)[1]
    return cv2.bitwise_or(red, blue).view(bool)  # 0 and 1 as booleans, without a copy


def estimate_skew(gray: np.ndarray, limit: float = 5.0) -> float:
    """Angle in degrees that makes text lines horizontal (projection-profile search)."""
    import cv2

    scale = 800 / max(gray.shape[1], 1)
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    _t, ink = cv2.threshold(small, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    if int(ink.sum()) < 50:
        return 0.0
    h, w = ink.shape
    centre = (w / 2, h / 2)

    def score(angle: float) -> float:
        m = cv2.getRotationMatrix2D(centre, angle, 1.0)
        rotated = cv2.warpAffine(ink, m, (w, h), flags=cv2.INTER_NEAREST, borderValue=0)  # 0 and 1, in bytes
        profile = rotated.sum(axis=1, dtype=np.float32)  # whole counts: exact in single precision
        return float(np.square(np.diff(profile)).sum())

    best = max(np.arange(-limit, limit + 1e-9, 0.5), key=score)
    best = max(np.arange(best - 0.5, best + 0.5 + 1e-9, 0.1), key=score)
    return float(round(best, 2))


def rotate(gray: np.ndarray, angle: float) -> np.ndarray:
    import cv2

    h, w = gray.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)


def rotate_colour(image: Image.Image, angle: float, centre: tuple[float, float] | None = None) -> Image.Image:
    """A page image turned as :func:`rotate` turns its grayscale (about its centre, or about
    ``centre``; paper white), so that boxes read on the deskewed page fall on the same ink in it."""
    import cv2

    rgb = np.asarray(image.convert("RGB"))
    h, w = rgb.shape[:2]
    m = cv2.getRotationMatrix2D(centre or (w / 2, h / 2), angle, 1.0)
    return Image.fromarray(cv2.warpAffine(rgb, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255)))


def unturn_box(box: BBox, angle: float, width: float, height: float) -> BBox:
    """A box of the page turned by ``angle`` (:func:`rotate`, :func:`rotate_colour`, about the
    centre of a ``width`` × ``height`` page) on the page as scanned: the bounds of its four
    corners turned back, so that a crop cut there holds the same ink without turning the page."""
    import cv2

    back = cv2.invertAffineTransform(cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0))
    corners = np.array([[box.x0, box.y0, 1.0], [box.x1, box.y0, 1.0], [box.x0, box.y1, 1.0], [box.x1, box.y1, 1.0]])
    xs, ys = (corners @ back.T).T
    return BBox(float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max()))


def background(gray: np.ndarray) -> np.ndarray:
    """The paper's brightness at each point: a dilation (removes text) then a wide blur."""
    import cv2

    scale = 0.25
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    small = cv2.dilate(small, np.ones((7, 7), np.uint8))
    small = cv2.GaussianBlur(small, (0, 0), sigmaX=max(small.shape) / 60)
    return cv2.resize(small, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)


def uneven(bg: np.ndarray) -> bool:
    """Is the paper shaded enough (more than a few gray levels across the page) to flatten?"""
    low, high = np.percentile(bg, [2, 98])
    return bool(high - low > 40 or high < 200)


def flatten_light(gray: np.ndarray, bg: np.ndarray) -> np.ndarray:
    """The page divided by its paper's brightness (:func:`background`): shading and shadows gone."""
    import cv2

    return cv2.divide(gray, np.maximum(bg, 1), scale=255)


def even_light(gray: np.ndarray) -> np.ndarray | None:
    """The page with its light made even (:func:`flatten_light`) when its paper is shaded
    (:func:`uneven`); None when it is even."""
    bg = background(gray)
    return flatten_light(gray, bg) if uneven(bg) else None


def binarise(flat: np.ndarray) -> np.ndarray:
    """A page with its light made even (:func:`even_light`) in black and white (Otsu)."""
    import cv2

    _t, bw = cv2.threshold(flat, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return bw


def prepare(image: Image.Image, *, clean: bool = True) -> tuple[Image.Image, dict]:
    """The page image given to Tesseract, and what was done to it."""
    import cv2

    info: dict = {}
    rgb = np.asarray(image.convert("RGB"))
    gray = remove_colour_ink(rgb) if clean else cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    if not clean:
        return Image.fromarray(gray), info
    if rgb.ndim == 3:  # where a coloured seal was taken off: a value read under it gets a look
        from .seal import colour_seals

        info["colour_seals"] = colour_seals(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), gray)
    if gray.shape[1] < MIN_WIDTH:
        factor = TARGET_WIDTH / gray.shape[1]
        gray = cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
        info["scaled"] = round(factor, 2)
    from .seal import circles, remove_rings

    candidates = circles(gray)
    gray, rings = remove_rings(gray, candidates)
    if rings:  # (x, y, radius) in pixels of the original image
        factor = info.get("scaled", 1.0)
        info["seals"] = [(x / factor, y / factor, r / factor) for x, y, r in rings]
    flat = even_light(gray)  # measured once, and again only on the page turned
    angle = estimate_skew(gray if flat is None else flat)
    if abs(angle) >= MIN_SKEW:
        gray = rotate(gray, angle)
        info["deskew"] = angle
        flat = even_light(gray)
    if flat is not None:
        gray = binarise(flat)
        info["binarised"] = True
    else:
        gray = whiten_paper(gray)
    gray, framed = erase_frames(gray)  # a stamp's frame across printed lines, off the page the engine reads
    if framed:
        info["frames"] = framed
    gray, specks = despeckle(gray, 0 if info.get("binarised") else SPECKLED)
    if specks:
        info["specks"] = specks
    if specks >= SPECKLED:  # toner fell in the lines too
        from .specks import whiten_mid_line_specks

        gray, inline = whiten_mid_line_specks(gray)
        if inline:
            info["line_specks"] = inline
    if candidates:
        black_seals(gray, candidates, info)
    return Image.fromarray(gray), info


def black_seals(gray: np.ndarray, candidates: list, info: dict) -> None:
    """A seal printed black, looked for on the page as it goes to the engine (the circles found
    before the page was turned, turned with it). The page itself is left as it is (the engine
    may read the print through the seal); the page without the seal (``black_page``) and the
    boxes of the printed lines across it (``black_lines``) are kept in ``info`` for a second look
    (:mod:`.black_relook`), the rings in ``black_seals``."""
    from .black_seal import remove_black_rings

    if "deskew" in info:
        import cv2

        h, w = gray.shape
        m = cv2.getRotationMatrix2D((w / 2, h / 2), info["deskew"], 1.0)
        candidates = [(m[0, 0] * x + m[0, 1] * y + m[0, 2], m[1, 0] * x + m[1, 1] * y + m[1, 2], r)
                      for x, y, r in candidates]
    erased, rings, lines = remove_black_rings(gray, candidates)
    if rings:
        factor = info.get("scaled", 1.0)
        info["black_seals"] = [(x / factor, y / factor, r / factor) for x, y, r in rings]
        info["black_page"] = Image.fromarray(erased)
        info["black_lines"] = lines


def despeckle(gray: np.ndarray, least: int = 0) -> tuple[np.ndarray, int]:
    """The page without its lone specks, and how many were whitened (none when it holds fewer
    than ``least`` of them). A speck is a blob of ink of
    at most :data:`SPECK_AREA` pixels (at 300 dpi; a diacritic or a full stop is larger or
    beside a letter) with no other ink within :data:`SPECK_ROOM` of the page's width around it;
    dotted leaders, whose dots stand near one another, stay."""
    import cv2

    ink = (gray < 128).astype(np.uint8)
    n, labels, stats, _c = cv2.connectedComponentsWithStats(ink, connectivity=8)
    scale = gray.shape[1] / TARGET_WIDTH
    area = stats[1:, cv2.CC_STAT_AREA]
    small = np.flatnonzero(area <= max(3.0, SPECK_AREA * scale * scale)) + 1
    if small.size == 0:
        return gray, 0
    room = max(3, int(round(SPECK_ROOM * gray.shape[1])))
    total = cv2.integral(ink)
    height, width = ink.shape
    x, y, w, h = (stats[small, i].astype(np.int64) for i in range(4))
    x0, y0 = np.maximum(0, x - room), np.maximum(0, y - room)
    x1, y1 = np.minimum(width, x + w + room), np.minimum(height, y + h + room)
    around = total[y1, x1] - total[y0, x1] - total[y1, x0] + total[y0, x0]
    lone = small[around == stats[small, cv2.CC_STAT_AREA]]
    if lone.size == 0 or lone.size < least:
        return gray, 0
    lone = np.union1d(lone, _speck_clusters(ink, labels, stats, small, total, room))
    out = gray.copy()
    for k in lone.tolist():
        bx, by, bw, bh = (int(v) for v in stats[k, :4])
        out[by:by + bh, bx:bx + bw][labels[by:by + bh, bx:bx + bw] == k] = 255
    return out, int(lone.size)


def _speck_clusters(ink: np.ndarray, labels: np.ndarray, stats: np.ndarray, small: np.ndarray,
                    total: np.ndarray, room: int) -> np.ndarray:
    """The small blobs (``small``, labels of ``labels``) of a speckled page that stand in a cluster
    of at most :data:`SPECK_CLUSTER` with no other ink within ``room`` of them: toner falls in
    twos and threes, and the engine reads two specks side by side as a dash or a quote
    (``bổ sung - -``). A dotted leader has more dots within four times ``room`` of each one,
    its last too, and each dot of a full stop, a colon or a diacritic stands beside its letter."""
    import cv2

    height, width = ink.shape
    speck_ink = np.zeros_like(ink)
    centres = np.zeros_like(ink)
    for k in small.tolist():
        bx, by, bw, bh = (int(v) for v in stats[k, :4])
        speck_ink[by:by + bh, bx:bx + bw] |= (labels[by:by + bh, bx:bx + bw] == k).astype(np.uint8)
        centres[by + bh // 2, bx + bw // 2] = 1
    specks, centred = cv2.integral(speck_ink), cv2.integral(centres)

    def within(table: np.ndarray, pad: int) -> np.ndarray:
        x, y, w, h = (stats[small, i].astype(np.int64) for i in range(4))
        x0, y0 = np.maximum(0, x - pad), np.maximum(0, y - pad)
        x1, y1 = np.minimum(width, x + w + pad), np.minimum(height, y + h + pad)
        return table[y1, x1] - table[y0, x1] - table[y1, x0] + table[y0, x0]

    other_ink = within(total, room) - within(specks, room)
    return small[(other_ink == 0) & (within(centred, 4 * room) <= SPECK_CLUSTER)]


def whiten_paper(gray: np.ndarray) -> np.ndarray:
    """Paper, speckle and the faint traces of removed ink become white; text keeps its grays.

    Pixels lighter than the Otsu threshold between ink and paper are set to white, so that
    Tesseract's own line finding is not misled by them, while the anti-aliased edges of the
    letters (darker than the threshold) keep their shape, and with it the diacritics.
    """
    import cv2

    threshold, _bw = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    out = gray.copy()
    out[gray > threshold] = 255
    return out


def as_rgb(image: Image.Image) -> Image.Image:
    """The image in RGB: itself when it is already (never changed in place), else converted."""
    return image if image.mode == "RGB" else image.convert("RGB")
