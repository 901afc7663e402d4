"""Scan variants a clerk's phone or an office copier makes that :mod:`.scan_variants`' first kinds
do not: pages the rules were not tuned on, made only when asked for
(``scan_variants --kinds phone`` gives all five).

``keystone``   a phone held at a slant over the sheet: the far edge narrower by 7–10 %, the sheet
               turned 1–2°, a dark desk around it (the perspective of ``photo`` is only slight)
``tilt``       fed in turned 2.5–3° (``rotated`` is 1.5°)
``chat``       a phone's JPEG as a chat app passes it on: sharpened, cut to 1600 px across the
               page (about 190 dpi) and saved at quality 55 with the colours subsampled
``dark``       the page on a black ground, as a scanner whose lid was left open gives it or a photo
               on a dark desk: a black border all round, the sheet turned under 1.5°
``lamp``       a photo under a desk lamp: the light falls off by half towards one corner, a warm
               cast, and the hard-edged shadow of the phone across part of the page

Each maker takes page 1 as ingest renders it (300 dpi) and a seed fixed by the file and the kind.
"""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageFilter

PHONE_KINDS = ("keystone", "tilt", "chat", "dark", "lamp")
DESK = (38, 34, 30)


def keystone(image: Image.Image, seed: int) -> Image.Image:
    import cv2

    rng = np.random.default_rng(seed)
    page = np.asarray(image.convert("RGB"))
    h, w = page.shape[:2]
    out_w, out_h = int(w * 1.12), int(h * 1.10)
    squeeze = rng.uniform(0.07, 0.10) * w / 2  # the far edge is this much shorter on each side
    top = bool(rng.integers(2))  # the far edge is the top or the bottom
    x0, y0 = (out_w - w) / 2, (out_h - h) / 2
    near = [[x0, y0], [x0 + w, y0], [x0 + w, y0 + h], [x0, y0 + h]]
    dst = np.float32(near)
    if top:
        dst[0, 0] += squeeze
        dst[1, 0] -= squeeze
        dst[0, 1] += squeeze * 0.4
        dst[1, 1] += squeeze * 0.4
    else:
        dst[3, 0] += squeeze
        dst[2, 0] -= squeeze
        dst[2, 1] -= squeeze * 0.4
        dst[3, 1] -= squeeze * 0.4
    angle = np.radians(rng.uniform(1.0, 2.0) * (1 if rng.integers(2) else -1))
    centre = np.float32([out_w / 2, out_h / 2])
    turn = np.float32([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    dst = (dst - centre) @ turn.T + centre
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    matrix = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    out = cv2.warpPerspective(page, matrix, (out_w, out_h), flags=cv2.INTER_AREA,
                              borderMode=cv2.BORDER_CONSTANT, borderValue=DESK)
    out = out.astype(np.float32) + rng.normal(0, 3, out.shape[:2])[..., None]
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))


def tilt(image: Image.Image, seed: int) -> Image.Image:
    rng = np.random.default_rng(seed)
    degrees = rng.uniform(2.5, 3.0) * (1 if seed % 2 else -1)
    return image.convert("RGB").rotate(degrees, resample=Image.Resampling.BICUBIC, expand=False,
                                       fillcolor=(255, 255, 255))


def chat(image: Image.Image, seed: int) -> Image.Image:
    rgb = image.convert("RGB").filter(ImageFilter.UnsharpMask(radius=2, percent=120, threshold=2))
    width = 1600
    if rgb.width > width:
        rgb = rgb.resize((width, round(rgb.height * width / rgb.width)), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    rgb.save(buf, "JPEG", quality=55, subsampling=2)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def dark(image: Image.Image, seed: int) -> Image.Image:
    rng = np.random.default_rng(seed)
    page = image.convert("RGB")
    degrees = rng.uniform(0.5, 1.3) * (1 if rng.integers(2) else -1)
    w, h = page.size
    pad_x, pad_y = int(w * rng.uniform(0.04, 0.08)), int(h * rng.uniform(0.03, 0.06))
    ground = Image.new("RGB", (w + 2 * pad_x, h + 2 * pad_y), DESK)
    ground.paste(page, (pad_x + int(rng.integers(-pad_x // 2, pad_x // 2)), pad_y))
    out = ground.rotate(degrees, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=DESK)
    arr = np.asarray(out, np.float32) + rng.normal(0, 4, (out.height, out.width))[..., None]
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def lamp(image: Image.Image, seed: int) -> Image.Image:
    rng = np.random.default_rng(seed)
    rgb = np.asarray(image.convert("RGB"), np.float32)
    h, w = rgb.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0.1, 0.4) * w, rng.uniform(0.1, 0.4) * h  # the lamp's bright spot
    if rng.integers(2):
        cx = w - cx
    reach = np.hypot(xx - cx, yy - cy) / np.hypot(w, h)
    light = 1.0 - rng.uniform(0.45, 0.55) * np.clip(reach / 0.9, 0, 1) ** 1.3
    # the phone's shadow: a hard edge (a few pixels of blur) across the lower part of the page
    edge_y = rng.uniform(0.55, 0.8) * h + (xx - w / 2) * rng.uniform(-0.15, 0.15)
    light *= 1 - 0.35 / (1 + np.exp(np.clip((edge_y - yy) / 3.0, -50, 50)))
    cast = np.array([1.0, 0.93, 0.78], np.float32)
    out = rgb * light[..., None] * cast + rng.normal(0, 3, (h, w))[..., None]
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


MAKERS = {"keystone": keystone, "tilt": tilt, "chat": chat, "dark": dark, "lamp": lamp}
