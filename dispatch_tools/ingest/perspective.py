"""Photos of a page: the sheet is found on its background and warped flat before anything else.

A phone photo shows the sheet as a four-sided shape, narrower where it was further from the lens,
on a darker table. The sheet is the largest bright region of a reduced copy; when its outline is a
quadrilateral that is tilted or in perspective (a scan's page is neither, and is left as it is),
the four corners are mapped onto an upright rectangle of the sheet's size (perspective transform),
so that lines are straight and level for the OCR. A sheet lying level on a dark ground (a scanner
whose lid was left open, a photo straight from above) is cut out the same way when the ground is
seen all round it, away from every side of the picture: the engine takes the print beside a black
border for part of a picture and drops it (a header column lost whole). A bright region with a side along the picture's
frame is no sheet on a table but the lit part of a scan or photo in a shadow, held by the frame
(two of its corners are the picture's): it is left as it is (warping it would cut the page at the
shadow's edge). Uneven light is the clean-up's job afterwards
(:func:`.image.prepare` flattens the background).
"""

from __future__ import annotations

import numpy as np
from PIL import Image

SMALL = 800  # the reduced copy's longer side
MIN_AREA = 0.25  # the sheet covers at least this share of the photo
MIN_TILT = 1.5  # degrees: an outline whose sides are all within this of level and plumb is a scan's
A4 = 297 / 210
GROUND = 0.01  # a level sheet is cut out of its ground only when this share of the picture lies round it
DARK_GROUND = 100  # gray level: the ground round a level sheet is darker than this
EDGE = 0.01  # a corner within this share of the picture's size from a corner of the frame is at it


def _order(points: np.ndarray) -> np.ndarray:
    """Corners as top-left, top-right, bottom-right, bottom-left."""
    s, d = points.sum(axis=1), np.diff(points, axis=1).ravel()
    return np.array([points[s.argmin()], points[d.argmin()], points[s.argmax()], points[d.argmax()]], np.float32)


def _tilt(quad: np.ndarray) -> float:
    """The largest angle, in degrees, between a side of the outline and the nearest axis."""
    worst = 0.0
    for a, b in zip(quad, np.roll(quad, -1, axis=0)):
        dx, dy = b - a
        angle = abs(np.degrees(np.arctan2(dy, dx))) % 90
        worst = max(worst, min(angle, 90 - angle))
    return float(worst)


def sheet(image: Image.Image) -> np.ndarray | None:
    """The four corners of the sheet in a photo (pixels of ``image``), or None for a flat page."""
    import cv2

    gray = np.asarray(image.convert("L"))
    scale = SMALL / max(gray.shape)
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    _, bright = cv2.threshold(cv2.GaussianBlur(small, (7, 7), 0), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))  # the print inside the sheet
    contours, _ = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    outline = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(outline)
    if area < MIN_AREA * small.size or area > 0.97 * small.size:
        return None  # no sheet on a background: a scan, or the sheet fills the photo
    quad = cv2.approxPolyDP(outline, 0.02 * cv2.arcLength(outline, True), True)
    if len(quad) != 4 or not cv2.isContourConvex(quad):
        return None
    quad = _order(quad.reshape(4, 2).astype(np.float32))
    if _along_frame(quad, small.shape):
        return None
    if _tilt(quad) < MIN_TILT and not _on_ground(quad, small):
        return None
    return quad / scale


def _along_frame(quad: np.ndarray, shape: tuple[int, int]) -> bool:
    """Do two corners of the outline lie at corners of the picture? Then the bright region is the
    lit part of a page in a shadow, held by the frame on three sides, not a sheet lying on a table
    (a sheet the frame cuts at its top and bottom has its corners on the table still)."""
    h, w = shape
    near = EDGE * max(h, w)
    at = [any(abs(x - cx) <= near and abs(y - cy) <= near for cx in (0, w - 1) for cy in (0, h - 1))
          for x, y in quad]
    return sum(at) >= 2


def _on_ground(quad: np.ndarray, small: np.ndarray) -> bool:
    """Does a level outline lie clear of every side of the picture (by :data:`GROUND` of its
    size) on a dark ground? A scan's page reaches the picture's sides, or nearly (a copier's dark
    edge along one side, a shadow held by the frame)."""
    h, w = small.shape
    xs, ys = quad[:, 0], quad[:, 1]
    room = GROUND * max(h, w)
    if xs.min() < room or ys.min() < room or xs.max() > w - 1 - room or ys.max() > h - 1 - room:
        return False
    import cv2

    outside = np.ones_like(small, np.uint8)
    cv2.fillConvexPoly(outside, quad.astype(np.int32), 0)
    ground = small[outside.astype(bool)]
    return bool(ground.size and np.median(ground) < DARK_GROUND)


def flatten(image: Image.Image) -> tuple[Image.Image, bool]:
    """The sheet of a photo warped upright (A4 proportions when it is near them), or the image as
    it is; and whether it was warped."""
    import cv2

    quad = sheet(image)
    if quad is None:
        return image, False
    tl, tr, br, bl = quad
    width = float(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    height = float(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    if abs(height / width - A4) < 0.12 * A4:
        height = width * A4  # perspective shortens the far side: a sheet near A4 is A4
    target = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], np.float32)
    matrix = cv2.getPerspectiveTransform(quad.astype(np.float32), target)
    rgb = np.asarray(image.convert("RGB"))
    warped = cv2.warpPerspective(rgb, matrix, (int(round(width)), int(round(height))), flags=cv2.INTER_CUBIC,
                                 borderMode=cv2.BORDER_REPLICATE)
    return Image.fromarray(warped), True
