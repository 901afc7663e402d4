"""Build the sample inputs in samples/ from the sample texts (run by ``make samples``).

For each text: the DOCX in the official layout, the PDF LibreOffice makes of it (good text
layer), scan-like page images (seal, signature, skew, blur, noise; deterministic seeds), the
scanned image-only PDF, a scan-like PNG of page 1 and a PDF with a garbage text layer (Tesseract's
English model over a black-and-white scan, like an OCR pass that did not know Vietnamese). For
seed 000 also a multi-page TIFF and a phone-photo JPEG. See samples/README.md.

    .venv/bin/python samples/build.py            # everything
    .venv/bin/python samples/build.py congvan    # one document
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from dispatch_tools.evaluate.degrade import degrade, photo_like  # noqa: E402
from dispatch_tools.evaluate.scan_renderer import render_pdf, scan_pages  # noqa: E402

DPI = 200  # a common office-scanner setting; keeps the folder small
JPEG_QUALITY = 40
# name: (source text, degradation seed)
DOCUMENTS = {
    "seed000": ("seed000.txt", 1),
    "seed002": ("seed002.clean.txt", 2),
    "congvan": ("congvan.txt", 3),
    "kehoach": ("kehoach.txt", 4),
}
EXTRAS_FOR = "seed000"  # the document that also gets a TIFF and a photo
FIXED_DATE = time.strptime("2025-01-01", "%Y-%m-%d")  # reproducible PDF metadata


def bilevel(image: Image.Image) -> Image.Image:
    """Black and white as a scanner in B/W mode makes it (Otsu threshold)."""
    gray = np.asarray(image.convert("L"))
    _, bw = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return Image.fromarray(bw).convert("1")


def garbage_pdf(pages: list[Image.Image], target: Path) -> None:
    """Image PDF with the text layer of ``tesseract … -l eng pdf`` (no Vietnamese model)."""
    with tempfile.TemporaryDirectory(prefix="dispatch-samples-") as tmp:
        listing = Path(tmp, "pages.txt")
        names = []
        for k, page in enumerate(pages, 1):
            path = Path(tmp, f"page-{k}.png")
            bilevel(page).save(path, dpi=(DPI, DPI))
            names.append(str(path))
        listing.write_text("\n".join(names) + "\n", encoding="utf-8")
        subprocess.run(["tesseract", str(listing), str(Path(tmp, "out")), "-l", "eng",
                        "--dpi", str(DPI), "pdf"], check=True, capture_output=True)
        shutil.copyfile(Path(tmp, "out.pdf"), target)


def docx_name(name: str) -> str:
    """The DOCX is named after the text it is made from (``seed002.clean.docx``)."""
    return Path(DOCUMENTS[name][0]).stem + ".docx"


def build(name: str) -> list[Path]:
    source, seed = DOCUMENTS[name]
    text = (HERE / source).read_text(encoding="utf-8")
    made: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="dispatch-samples-") as tmp:
        _, docx, pdf = render_pdf(text, tmp, name)
        shutil.copyfile(docx, HERE / docx_name(name))
        shutil.copyfile(pdf, HERE / f"{name}_text.pdf")
    made += [HERE / docx_name(name), HERE / f"{name}_text.pdf"]

    _, clean, stamps = scan_pages(text, DPI)
    scans = [degrade(page, seed * 1000 + k, stamp=stamps.get(k), dpi=DPI, jpeg=False)
             for k, page in enumerate(clean)]
    target = HERE / f"{name}_scan.pdf"
    scans[0].save(target, "PDF", save_all=True, append_images=scans[1:], resolution=DPI,
                  quality=JPEG_QUALITY, creationDate=FIXED_DATE, modDate=FIXED_DATE,
                  producer="dispatch_tools samples/build.py")
    made.append(target)

    # PNG of page 1: a scanner saving 16-colour PNG (no sensor noise, so it stays small)
    png = degrade(clean[0], seed * 1000, stamp=stamps.get(0), dpi=DPI, strength=0, jpeg=False)
    png.quantize(16, dither=Image.Dither.NONE).save(HERE / f"{name}_scan_page1.png", optimize=True,
                                                   dpi=(DPI, DPI))
    made.append(HERE / f"{name}_scan_page1.png")

    garbage_pdf(scans, HERE / f"{name}_garbage.pdf")
    made.append(HERE / f"{name}_garbage.pdf")

    if name == EXTRAS_FOR:
        tiff = HERE / f"{name}_scan.tiff"
        pages = [bilevel(p) for p in scans]
        pages[0].save(tiff, save_all=True, append_images=pages[1:], compression="group4",
                      dpi=(DPI, DPI))
        photo = photo_like(png, seed, width=1800)
        photo.save(HERE / f"{name}_photo.jpg", quality=75)
        made += [tiff, HERE / f"{name}_photo.jpg"]
    return made


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Build the sample inputs in samples/")
    ap.add_argument("names", nargs="*", choices=[[], *DOCUMENTS], help="documents to build (default all)")
    args = ap.parse_args(argv)
    for name in args.names or list(DOCUMENTS):
        for path in build(name):
            print(f"{path.relative_to(HERE.parent)}  {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
