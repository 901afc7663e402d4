"""Make a clean page image look like a real office scan (or a phone photo), deterministically.

:func:`degrade` adds, in the order a real document goes through them: a red round seal and a
blue signature over the signature block (printed page, signed and stamped), an uneven paper
tone, a slight rotation (±1.5°), optical blur, sensor noise with dust specks, and JPEG
artefacts. The same image and seed always give the same result.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIRS = ("/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation")
SEAL_RED = (205, 35, 45)
INK_BLUE = (25, 45, 165)


@dataclass
class Stamp:
    """Where to put the seal (centre and radius in pixels) and the signature scribble."""

    center: tuple[float, float]
    radius: float
    text: str = "CƠ QUAN BAN HÀNH"
    signature_box: tuple[float, float, float, float] | None = None  # x0, y0, x1, y1


@lru_cache(maxsize=8)
def _font(size: int, bold: bool = True) -> ImageFont.ImageFont:
    name = "LiberationSans-Bold.ttf" if bold else "LiberationSans-Regular.ttf"
    for folder in FONT_DIRS:
        path = Path(folder, name)
        if path.exists():
            return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size)


def _ink(base: np.ndarray, alpha: np.ndarray, colour: tuple[int, int, int]) -> None:
    """Multiply-blend ink of ``colour`` with coverage ``alpha`` (0..1) into ``base`` (float)."""
    a = alpha[..., None]
    base *= 1 - a + a * (np.array(colour, np.float32) / 255)


def _seal_mask(stamp: Stamp, size: tuple[int, int], rng: np.random.Generator, ring_width: float = 0.045
               ) -> np.ndarray:
    """Coverage (0..1) of a round seal: an outer ring ``ring_width`` of the radius thick, a thin
    inner ring, capital letters between them and a star in the middle, unevenly inked."""
    w, h = size
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    cx, cy = stamp.center
    r = stamp.radius
    ring = max(3, int(r * ring_width))
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=255, width=ring)
    r_in = r * 0.66
    draw.ellipse([cx - r_in, cy - r_in, cx + r_in, cy + r_in], outline=255, width=max(2, ring // 2))
    # text around the ring, letters upright towards the centre
    text = f"{stamp.text.upper()} *"
    font = _font(max(10, int(r * 0.17)))
    r_text = (r + r_in) / 2 - r * 0.05
    step = min(2 * math.pi / max(len(text), 1), 0.16)
    start = -math.pi / 2 - step * (len(text) - 1) / 2
    for k, ch in enumerate(text):
        angle = start + k * step
        glyph = Image.new("L", (font.size * 2, font.size * 2), 0)
        ImageDraw.Draw(glyph).text((font.size, font.size), ch, fill=255, font=font, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.BICUBIC)
        x = cx + r_text * math.cos(angle) - glyph.width / 2
        y = cy + r_text * math.sin(angle) - glyph.height / 2
        mask.paste(255, (int(x), int(y)), glyph)
    # a star in the middle
    pts = []
    for k in range(10):
        rr = r_in * (0.45 if k % 2 == 0 else 0.18)
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    draw.polygon(pts, fill=255)
    alpha = np.asarray(mask, np.float32) / 255
    # uneven ink: the stamp pad never inks evenly
    patchy = cv2.resize(rng.uniform(0.55, 1.0, (12, 12)).astype(np.float32), (w, h),
                        interpolation=cv2.INTER_CUBIC)
    return np.clip(alpha * patchy * 0.9, 0, 1)


def _signature_mask(box: tuple[float, float, float, float], size: tuple[int, int],
                    rng: np.random.Generator) -> np.ndarray:
    w, h = size
    x0, y0, x1, y1 = box
    t = np.linspace(0, 1, 400)
    loops = rng.uniform(3, 6)
    xs = x0 + (x1 - x0) * (t + 0.08 * np.sin(2 * math.pi * loops * t + rng.uniform(0, 6)))
    ys = (y0 + y1) / 2 + (y1 - y0) * 0.35 * (np.sin(2 * math.pi * loops * t * 0.9 + rng.uniform(0, 6))
                                             * (1 - 0.6 * t)) - (y1 - y0) * 0.15 * t
    mask = np.zeros((h, w), np.uint8)
    pts = np.stack([xs, ys], axis=1).astype(np.int32)
    cv2.polylines(mask, [pts], False, 255, thickness=max(2, int((x1 - x0) * 0.012)), lineType=cv2.LINE_AA)
    # a closing flourish under the scribble
    cv2.line(mask, (int(x0 + (x1 - x0) * 0.1), int(y1 - (y1 - y0) * 0.1)),
             (int(x1), int(y1 - (y1 - y0) * 0.25)), 255, max(2, int((x1 - x0) * 0.01)), cv2.LINE_AA)
    return mask.astype(np.float32) / 255 * 0.95


def black_seal(page: Image.Image, stamp: Stamp, seed: int) -> Image.Image:
    """A 1-bit copy of ``page`` (a bilevel scan, a photocopy) with a round seal printed in black at
    ``stamp`` (outer ring about 8 % of the radius thick, thin inner ring, capital letters between
    them, a star in the middle) and, in ``stamp.signature_box``, a scrawled signature in black."""
    rng = np.random.default_rng(seed)
    gray = np.asarray(page.convert("L"), np.float32) / 255
    size = (page.width, page.height)
    if stamp.signature_box:
        gray = gray * (1 - _signature_mask(stamp.signature_box, size, rng))
    gray = gray * (1 - _seal_mask(stamp, size, rng, ring_width=0.08))
    return Image.fromarray(((gray > 0.6) * 255).astype(np.uint8)).convert("1")


def _smooth_field(rng: np.random.Generator, size: tuple[int, int], cells: int, low: float,
                  high: float) -> np.ndarray:
    w, h = size
    small = rng.uniform(low, high, (cells, max(2, int(cells * w / h)))).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def degrade(image: Image.Image, seed: int, *, stamp: Stamp | None = None, dpi: int = 300,
            strength: float = 1.0, jpeg: bool = True) -> Image.Image:
    """A scan-like copy of ``image`` (RGB). ``stamp`` places a seal and a signature;
    ``strength`` scales the sensor noise (1.0 = an ordinary office scanner); ``jpeg=False``
    leaves out the JPEG artefacts (a scanner saving PNG)."""
    if not jpeg:
        return _degrade(image, seed, stamp, dpi, strength)[0]
    return Image.open(io.BytesIO(degrade_to_jpeg(image, seed, stamp=stamp, dpi=dpi,
                                                 strength=strength))).convert("RGB")


def degrade_to_jpeg(image: Image.Image, seed: int, *, stamp: Stamp | None = None, dpi: int = 300,
                    strength: float = 1.0) -> bytes:
    """:func:`degrade` as the bytes of the JPEG file a scanner would write (quality 45-70)."""
    img, quality = _degrade(image, seed, stamp, dpi, strength)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, dpi=(dpi, dpi))
    return buf.getvalue()


def _degrade(image: Image.Image, seed: int, stamp: Stamp | None, dpi: int,
             strength: float) -> tuple[Image.Image, int]:
    rng = np.random.default_rng(seed)
    img = image.convert("RGB")
    w, h = img.size
    px = dpi / 300
    base = np.asarray(img, np.float32)
    if stamp is not None:
        base = base.copy()
        if stamp.signature_box:
            _ink(base, _signature_mask(stamp.signature_box, (w, h), rng), INK_BLUE)
        jitter = stamp.radius * 0.15
        moved = Stamp((stamp.center[0] - stamp.radius * 0.45 + rng.uniform(-jitter, jitter),
                       stamp.center[1] + rng.uniform(-jitter, jitter)), stamp.radius, stamp.text)
        _ink(base, _seal_mask(moved, (w, h), rng), SEAL_RED)
    # paper tone: warm, uneven, darker towards one edge
    tone = _smooth_field(rng, (w, h), 5, 0.90, 1.0) * np.linspace(1.0, rng.uniform(0.93, 0.99), w,
                                                                  dtype=np.float32)[None, :]
    base *= tone[..., None] * np.array([1.0, 0.985, 0.955], np.float32)
    img = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    # slight skew, the margins filled with the paper colour
    angle = rng.uniform(0.3, 1.5) * rng.choice([-1, 1])
    paper = tuple(int(v) for v in np.median(np.asarray(img.resize((64, 64))), axis=(0, 1)))
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=paper)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9) * px))
    arr = np.asarray(img, np.float32)
    arr = arr + rng.normal(0, rng.uniform(3, 6) * strength, arr.shape[:2])[..., None]
    # dust and toner specks
    specks = np.zeros((h, w), np.uint8)
    for _ in range(int(rng.integers(150, 400))):
        x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
        cv2.circle(specks, (x, y), int(rng.integers(1, 3) * px), int(rng.integers(90, 200)), -1)
    arr *= 1 - (specks.astype(np.float32) / 255)[..., None]
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    return img, int(rng.integers(45, 70))


def photo_like(image: Image.Image, seed: int, *, width: int = 1800) -> Image.Image:
    """A phone photo of the page: perspective, uneven light with a shadow, a desk around it,
    colour cast; ``width`` pixels wide."""
    rng = np.random.default_rng(seed)
    page = np.asarray(image.convert("RGB"), np.float32)
    h, w = page.shape[:2]
    out_w = width
    out_h = int(width * 1.36)
    margin = out_w * 0.05
    scale = (out_w - 2 * margin) / w
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    jitter = lambda: rng.uniform(-1, 1) * out_w * 0.015  # noqa: E731
    x0, y0 = margin, margin + (out_h - 2 * margin - h * scale) / 2
    dst = np.float32([[x0 + jitter(), y0 + jitter()], [x0 + w * scale + jitter(), y0 + jitter()],
                      [x0 + w * scale + jitter(), y0 + h * scale + jitter()],
                      [x0 + jitter(), y0 + h * scale + jitter()]])
    matrix = cv2.getPerspectiveTransform(src, dst)
    desk = np.array([95, 80, 62], np.float32)
    warped = cv2.warpPerspective(page, matrix, (out_w, out_h), flags=cv2.INTER_AREA,
                                 borderMode=cv2.BORDER_CONSTANT, borderValue=desk.tolist())
    light = _smooth_field(rng, (out_w, out_h), 4, 0.8, 1.05)
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    vignette = 1 - 0.25 * (((xx / out_w - 0.5) ** 2 + (yy / out_h - 0.5) ** 2) / 0.5)
    shadow = 1 - 0.18 * np.clip((xx / out_w - rng.uniform(0.6, 0.8)) * 6, 0, 1)
    warped *= (light * vignette * shadow)[..., None] * np.array([1.02, 0.98, 0.88], np.float32)
    warped += rng.normal(0, 4, warped.shape[:2])[..., None]
    img = Image.fromarray(np.clip(warped, 0, 255).astype(np.uint8))
    return img.filter(ImageFilter.GaussianBlur(0.6))
