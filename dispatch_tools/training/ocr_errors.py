"""Real OCR errors on demand: render Vietnamese lines as a scanned page, OCR them with
Tesseract's English model, and keep (source line, OCR line) pairs.

    python -m dispatch_tools.training.ocr_errors --corpus ../shared/corpus

writes ``models/repair/ocr_pairs.jsonl`` (training lines: the confusion table is learnt from
them) and ``models/repair/ocr_eval.jsonl`` (held-out lines: evaluation only). The caches hold the
OCR output and a checksum of each source row, not the corpus text: the rows are chosen again from
the corpus (deterministically) when the pairs are read (:func:`load_pairs`). Pages are drawn
with PIL in Liberation Serif (regular, some bold and ALL-CAPS lines, as in a dispatch) at
300 dpi, then degraded like a scan: slight blur, grain, a small rotation, binarised by the
engine. Lines are chosen deterministically (every k-th line of the administrative files).
A second training set (``ocr_pairs_varied.jsonl``, other lines) is drawn as poorer scans: other
faces now and then, 150-220 dpi, an uneven grey ground, faded ink, JPEG artefacts; the engine
misreads more there (``đ`` -> ``b``, ``ộ`` -> ``q``, ``ừ`` -> ``tr``), as on a real office scan.
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import sys
import zlib
from pathlib import Path

from ..errors import InputError
from ..resources import model_path
from .corpus import ADMIN_FILES, iter_lines

FONT_DIRS = ("/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation")
PAGE_W, PAGE_H, MARGIN = 2480, 3508, 180  # A4 at 300 dpi
LINES_PER_PAGE = 30


# Faces of the varied pages (family, folder list): a dispatch is set in Times New Roman, whose
# metric twin is Liberation Serif; other serif and sans faces vary the shapes of the marks.
FACES = {"LiberationSerif": FONT_DIRS, "LiberationSans": FONT_DIRS,
         "DejaVuSerif": ("/usr/share/fonts/truetype/dejavu",)}


def _font(bold: bool, size: int, face: str = "LiberationSerif"):
    from PIL import ImageFont

    if face == "DejaVuSerif":
        name = "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"
    else:
        name = f"{face}-Bold.ttf" if bold else f"{face}-Regular.ttf"
    for folder in FACES.get(face, FONT_DIRS):
        path = Path(folder) / name
        if path.is_file():
            return ImageFont.truetype(str(path), size)
    if face != "LiberationSerif":  # a face not installed: the page is set in the default one
        return _font(bold, size)
    from ..errors import MissingDependency

    raise MissingDependency("the Liberation Serif font is not installed",
                            hint="Install it with: sudo apt-get install fonts-liberation2")


def _wrap(line: str, font, width: int) -> list[str]:
    out, cur = [], ""
    for word in line.split():
        trial = f"{cur} {word}".strip()
        if font.getlength(trial) <= width or not cur:
            cur = trial
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


def render_page(lines: list[tuple[str, bool]], seed: int, varied: bool = False):
    """An image of the given (text, bold) lines, each drawn on one row, degraded like a scan.

    ``varied``: a poorer, less uniform scan: the face drawn from :data:`FACES` (mostly Liberation
    Serif), scanned at 150-220 dpi instead of 300, on an uneven grey ground, sometimes stored
    as a JPEG of low quality."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    size = rng.choice((50, 54, 58))  # 12-14 pt at 300 dpi
    face = rng.choice(("LiberationSerif",) * 4 + ("DejaVuSerif", "LiberationSans")) if varied \
        else "LiberationSerif"
    img = Image.new("L", (PAGE_W, PAGE_H), 255)
    draw = ImageDraw.Draw(img)
    y = MARGIN
    for text, bold in lines:
        draw.text((MARGIN, y), text, font=_font(bold, size, face), fill=0)
        y += int(size * 1.45)
    img = img.rotate(rng.uniform(-0.6, 0.6), fillcolor=255, resample=Image.BICUBIC)
    if not varied:
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.2)))
        arr = np.asarray(img, dtype=np.float32)
        noise = np.random.default_rng(seed).normal(0, 18, arr.shape)
        arr = np.clip(arr + noise, 0, 255).astype(np.uint8)
        return Image.fromarray(arr)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 1.0)))
    dpi = rng.choice((150, 170, 200, 200, 220))
    img = img.resize((PAGE_W * dpi // 300, PAGE_H * dpi // 300), Image.LANCZOS)
    arr = np.asarray(img, dtype=np.float32)
    h, w = arr.shape
    ground = 255 - rng.uniform(10, 45) * np.linspace(0, 1, w)[None, :] * np.linspace(
        rng.uniform(0, 1), 1, h)[:, None]  # a shaded ground, darker towards one corner
    ink = rng.uniform(0, 60)  # faded ink is grey, not black
    arr = ink + (ground - ink) * arr / 255.0
    arr += np.random.default_rng(seed).normal(0, rng.uniform(6, 16), arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if rng.random() < 0.5:
        import io

        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=rng.randint(25, 60))
        img = Image.open(io.BytesIO(buf.getvalue()))
        img.load()
    return img


def ocr_lines(image, count: int) -> list[str]:
    import pytesseract

    text = pytesseract.image_to_string(image, lang="eng", config="--psm 6")
    return [ln for ln in text.splitlines() if ln.strip()]


def _pair_up(sources: list[str], ocr: list[str]) -> list[tuple[str, str]]:
    """Match OCR lines to source lines (usually one to one)."""
    if len(sources) == len(ocr):
        return list(zip(sources, ocr))
    out = []
    for src in sources:
        best = max(ocr, key=lambda o: difflib.SequenceMatcher(None, src, o).ratio(), default="")
        out.append((src, best))
    return out


SETS = {"train": ("train", 1200, 11, "ocr_pairs.jsonl"),
        "train_varied": ("train", 1200, 41, "ocr_pairs_varied.jsonl"),
        "eval": ("heldout", 240, 23, "ocr_eval.jsonl")}  # corpus part, rows, seed, cache file
# Sets drawn as poorer, varied scans (:func:`render_page`), from other lines of the corpus.
VARIED = frozenset({"train_varied"})
TRAIN_SETS = ("train", "train_varied")  # what the confusion table is learnt from


def make_rows(corpus: Path, part: str, count: int, seed: int, shifted: bool = False
              ) -> list[tuple[str, bool]]:
    """The (text, bold) rows drawn for a set: lines of the administrative files, some in
    ALL-CAPS bold like dispatch headers, wrapped to the page width. ``shifted``: the lines
    half-way between those of an unshifted set of the same size."""
    rng = random.Random(seed)
    pool = [line for _, line in iter_lines(corpus, part, files=ADMIN_FILES)
            if 30 <= len(line) <= 400]
    step = max(1, len(pool) // (count * 2))
    chosen = pool[step // 2 if shifted else 0::step][:count * 2]
    rng.shuffle(chosen)
    font = _font(False, 54)
    rows: list[tuple[str, bool]] = []
    for line in chosen:
        upper = rng.random() < 0.08
        bold = upper or rng.random() < 0.1
        text = line.upper() if upper else line
        for row in _wrap(text, font, PAGE_W - 2 * MARGIN - 60):
            rows.append((row, bold))
        if len(rows) >= count:
            break
    return rows[:count]


def make_pairs(corpus: Path, part: str, count: int, seed: int, varied: bool = False) -> list[dict]:
    rows = make_rows(corpus, part, count, seed, shifted=varied)
    pairs = []
    for p in range(0, len(rows), LINES_PER_PAGE):
        page = rows[p:p + LINES_PER_PAGE]
        image = render_page(page, seed + p, varied=varied)
        got = ocr_lines(image, len(page))
        for src, ocr in _pair_up([t for t, _ in page], got):
            pairs.append({"source": src, "ocr": ocr})
        print(f"[ocr_errors] {part}: {len(pairs)}/{len(rows)} lines", file=sys.stderr, flush=True)
    return pairs


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _crc(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


def save_pairs(which: str, pairs: list[dict]) -> Path:
    path = model_path("repair", SETS[which][3])
    write_jsonl(path, [{"crc": _crc(p["source"]), "ocr": p["ocr"]} for p in pairs])
    return path


def load_pairs(corpus: Path, which: str) -> list[dict]:
    """The cached OCR output of a set, each with its source row read again from the corpus."""
    part, count, seed, name = SETS[which]
    path = model_path("repair", name)
    if not path.is_file():
        raise InputError("the cached OCR pairs are missing", path=path,
                         hint="Make them with: python -m dispatch_tools.training.ocr_errors")
    cached = read_jsonl(path)
    rows = make_rows(corpus, part, count, seed, shifted=which in VARIED)
    if len(rows) != len(cached) or any(_crc(t) != c["crc"] for (t, _), c in zip(rows, cached)):
        raise InputError("the cached OCR pairs do not match this corpus", path=path,
                         hint="Make them again with: python -m dispatch_tools.training.ocr_errors")
    return [{"source": t, "ocr": c["ocr"]} for (t, _), c in zip(rows, cached)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Render corpus lines, OCR them with -l eng, keep pairs")
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    ap.add_argument("--only", choices=sorted(SETS))
    args = ap.parse_args(argv)
    for which, (part, count, seed, _) in SETS.items():
        if args.only in (None, which):
            save_pairs(which, make_pairs(args.corpus, part, count, seed, varied=which in VARIED))
    return 0


if __name__ == "__main__":
    sys.exit(main())
