"""Unseen-like scans made from the development scans: how the header reading generalises.

The owner measures on real scans the project never sees. The development scans of
``../shared/scans`` are few, and rules tuned on them may hold only for them. This tool takes
page 1 of each development scan (rendered at 300 dpi as ingest renders it; an image file as it
is) and makes fixed, seeded variants of the kind a clerk's office produces:

``page1``      page 1 as an image, unchanged (what the image path alone costs: a PDF's text
               layer and e-signature stamp layer are gone)
``dpi200``     rescanned at 200 dpi
``dpi150``     rescanned at 150 dpi
``rotated``    fed in at an angle: turned 1.5° (the sign alternates from file to file)
``jpeg``       saved as a JPEG of low quality (20)
``photocopy``  a grey photocopy: contrast crushed, the paper greyed, toner specks, a dark edge
``shadow``     uneven light: a gradient across the page and a soft shadow band
``photo``      a phone photo: slight perspective, a desk around the sheet, uneven light

Three more kinds are made only when asked for (``--kinds blur,noise,degrade``), pages unlike those
the rules were tuned on: ``blur`` (out of focus, a Gaussian blur of 1.1 px at 300 dpi), ``noise``
(sensor noise and salt-and-pepper dots) and ``degrade`` (an office scan as :mod:`.degrade` makes
one: paper tone, a slight turn, blur, noise, dust and JPEG artefacts). Five more, a phone's or a
copier's (:mod:`.scan_variants_phone`; ``--kinds phone`` gives them all): ``keystone`` (a strong
slant), ``tilt`` (turned 2.5–3°), ``chat`` (a phone JPEG passed on by a chat app), ``dark`` (a black
ground round the sheet) and ``lamp`` (a lamp's fall-off and a hard shadow). Three with a mark over
the subject (:mod:`.scan_variants_stamped`; ``--kinds stamped``): ``sealed`` (a red seal over the
end of its last line), ``arrived`` (an arrival stamp's frame across the start of its lines) and
``sealed_grey`` (a sealed page photocopied: the seal grey).
Four in coloured ink (``--kinds coloured``): a red or blue ``CÔNG VĂN ĐẾN`` stamp left under the
number or across the subject (``arrived_red``, ``arrived_blue``), and the number's figures written
by hand in a blank ``Số:`` box in blue or red pen (``hand_blue``, ``hand_red``).

Each variant is read by the whole pipeline and its header fields (number, type, issuer, place,
date, subject) are scored against the scan's gold as :mod:`.real_scans` scores them; a wrong value
not flagged ``cần xem lại`` is the worst outcome. Only the development part is used: the test
part's files are never varied, so their errors are never seen.

The variant images are written outside the repository (``~/.cache/dispatch_tools/scan-variants``)
and the OCR is cached there by image hash, so reruns after a change that does not touch OCR are
fast.

    python -m dispatch_tools.evaluate.scan_variants --shared ../shared [--kinds jpeg,photo] [-v] [--json F]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

from .real_scans import (HEADER, bare_tesseract, cache_root, contract_of, header_counts, header_fields, page_one_image,
                         page_text, scan_files)
from .scan_variants_phone import MAKERS as PHONE_MAKERS
from .scan_variants_phone import PHONE_KINDS
from .scan_variants_stamped import COLOURED_KINDS, STAMPED_KINDS, stamped

KINDS = ("page1", "dpi200", "dpi150", "rotated", "jpeg", "photocopy", "shadow", "photo")
MORE_KINDS = ("blur", "noise", "degrade")  # made only when asked for, as are PHONE_KINDS
ALL_KINDS = KINDS + MORE_KINDS + PHONE_KINDS + STAMPED_KINDS + COLOURED_KINDS
GROUPS = {"phone": PHONE_KINDS, "stamped": STAMPED_KINDS, "coloured": COLOURED_KINDS}
A4_WIDTH_INCH = 210 / 25.4
SALT = "dispatch-scan-variants-v1:"


def _seed(stem: str, kind: str) -> int:
    return int(hashlib.sha256(f"{SALT}{stem}:{kind}".encode()).hexdigest()[:8], 16)


def _source_dpi(image: Image.Image) -> float:
    return image.width / A4_WIDTH_INCH


def rescan(image: Image.Image, dpi: int) -> Image.Image:
    """The page as a scanner set to ``dpi`` gives it (never enlarged)."""
    factor = min(1.0, dpi / _source_dpi(image))
    if factor >= 0.999:
        return image.copy()
    size = (round(image.width * factor), round(image.height * factor))
    return image.resize(size, Image.Resampling.BOX).filter(ImageFilter.GaussianBlur(0.3))


def rotated(image: Image.Image, seed: int, degrees: float = 1.5) -> Image.Image:
    sign = 1 if seed % 2 else -1
    return image.rotate(sign * degrees, resample=Image.Resampling.BICUBIC, expand=False,
                        fillcolor=(255, 255, 255))


def low_jpeg(image: Image.Image, quality: int = 20) -> Image.Image:
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def photocopy(image: Image.Image, seed: int) -> Image.Image:
    """A grey photocopy: no colour, contrast crushed (dark greys go black, light ones grey paper),
    toner specks and a dark band along one edge."""
    import cv2

    rng = np.random.default_rng(seed)
    gray = np.asarray(image.convert("L"), np.float32)
    h, w = gray.shape
    # crushed contrast: ink under ~90 goes black, the paper settles on a light grey
    out = np.clip((gray - 90) * 1.7, 0, 255)
    out = 40 + out * (205 - 40) / 255
    out *= np.linspace(rng.uniform(0.88, 0.95), 1.0, w, dtype=np.float32)[None, :]  # uneven toner
    out = cv2.GaussianBlur(out, (0, 0), 0.7)
    out += rng.normal(0, 6, out.shape)
    specks = np.zeros((h, w), np.uint8)
    for _ in range(int(rng.integers(600, 1200))):
        x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
        cv2.circle(specks, (x, y), int(rng.integers(1, 3)), 255, -1)
    out[specks > 0] = rng.uniform(20, 80)
    band = int(w * rng.uniform(0.01, 0.025))
    out[:, :band] *= 0.35  # the copier's lid edge
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)).convert("RGB")


def shadow(image: Image.Image, seed: int) -> Image.Image:
    """Uneven light: darker towards one corner, and a soft shadow band across part of the page."""
    rng = np.random.default_rng(seed)
    rgb = np.asarray(image.convert("RGB"), np.float32)
    h, w = rgb.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    corner = (xx / w if rng.integers(2) else 1 - xx / w) + (yy / h if rng.integers(2) else 1 - yy / h)
    light = 1.0 - rng.uniform(0.30, 0.40) * corner / 2
    x0 = rng.uniform(0.55, 0.8) * w
    light *= 1 - 0.22 / (1 + np.exp(-(xx - x0) / (0.03 * w)))  # a hand's or a lamp's shadow
    return Image.fromarray(np.clip(rgb * light[..., None], 0, 255).astype(np.uint8))


def phone_photo(image: Image.Image, seed: int) -> Image.Image:
    from .degrade import photo_like

    return photo_like(image, seed, width=2200)


def blurred(image: Image.Image, seed: int) -> Image.Image:
    """Out of focus: a Gaussian blur of 1.1 px at 300 dpi."""
    return image.convert("RGB").filter(ImageFilter.GaussianBlur(1.1 * round(_source_dpi(image)) / 300))


def noisy(image: Image.Image, seed: int) -> Image.Image:
    """Sensor noise (grey, sigma 22) and salt-and-pepper dots on 0.4 % of the pixels."""
    rng = np.random.default_rng(seed)
    a = np.asarray(image.convert("RGB"), np.float32)
    a += rng.normal(0, 22, a.shape[:2])[..., None]
    dots = rng.random(a.shape[:2])
    a[dots < 0.002] = 0
    a[dots > 0.998] = 255
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def office_scan(image: Image.Image, seed: int) -> Image.Image:
    from .degrade import degrade

    return degrade(image.convert("RGB"), seed, dpi=round(_source_dpi(image)))


def variant(image: Image.Image, stem: str, kind: str) -> Image.Image:
    seed = _seed(stem, kind)
    if kind == "page1":
        return image.copy()
    if kind.startswith("dpi"):
        return rescan(image, int(kind[3:]))
    makers = {"rotated": rotated, "jpeg": lambda img, _s: low_jpeg(img), "photocopy": photocopy,
              "shadow": shadow, "photo": phone_photo, "blur": blurred, "noise": noisy, "degrade": office_scan,
              **PHONE_MAKERS}
    if kind not in makers:
        raise ValueError(f"unknown variant kind {kind!r}; kinds: {', '.join(ALL_KINDS)}")
    return makers[kind](image, seed)


def variant_file(path: Path, kind: str) -> Path:
    """The variant's image file (made once; the same file and kind always give the same pixels)."""
    folder = cache_root() / "scan-variants" / kind
    out = folder / f"{path.stem}.png"
    if out.is_file():
        return out
    folder.mkdir(parents=True, exist_ok=True)
    if kind in STAMPED_KINDS + COLOURED_KINDS:  # a mark placed where page 1 as it is reads the header
        image = stamped(kind, page_one_image(path), _seed(path.stem, kind), variant_file(path, "page1"),
                        _gold_number(path))
    else:
        image = variant(page_one_image(path), path.stem, kind)
    dpi = 200 if kind == "dpi200" else 150 if kind == "dpi150" else round(_source_dpi(image))
    tmp = out.with_suffix(".tmp.png")
    image.save(tmp, dpi=(dpi, dpi))
    tmp.replace(out)
    return out


def _gold_number(path: Path) -> str:
    """A development scan's number as its gold gives it (the figures the ``hand_*`` kinds write)."""
    from .scan_split import part_of

    gold = path.parent / "gold" / f"{path.stem}.json"
    if part_of(path.stem) != "development" or not gold.is_file():
        return ""
    return json.loads(gold.read_text(encoding="utf-8")).get("number") or ""


def _read_one(job: tuple) -> tuple[str, str, dict]:
    from ..options import Options
    from ..pipeline import read

    path, kind, gold = Path(job[0]), job[1], job[2]
    syllables = len(job) > 3 and job[3]
    image = variant_file(path, kind)
    cache = cache_root() / "ocr" / "scan-variants"
    cache.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    doc = read(image, Options(ocr_cache=str(cache), jobs=1))
    took = time.perf_counter() - started
    pred = contract_of(doc)
    review = pred.get("review") or {}
    fields = header_fields(pred, gold)
    for name, field in fields.items():
        field["review"] = review.get(name)
    result = {"fields": fields, "seconds": round(took, 2)}
    if syllables:
        result["ocr"] = ocr_of(doc, image, gold.get("page1_text") or "")
    return path.stem, kind, result


def ocr_of(doc, image: Path, reference: str) -> dict:
    """Syllables of page 1's first body lines right in the pipeline's text and in bare Tesseract's
    reading of the same variant image (:func:`.real_scans.bare_tesseract`)."""
    from .ocr_accuracy import score

    right, count, _ = score(reference, page_text(doc, 1))
    bare_right = score(reference, bare_tesseract(image)[0])[0]
    return {"syllables": count, "right": right, "bare_right": bare_right}


def ocr_summary(rows: list[dict]) -> dict | None:
    """The syllable counts of scored variants added up, with the share of the bare engine's
    errors the pipeline avoids (``error_cut``, the target of :data:`.real_scans.ERROR_CUT`)."""
    rows = [r["ocr"] for r in rows if "ocr" in r]
    if not rows:
        return None
    count = sum(r["syllables"] for r in rows)
    errors = count - sum(r["right"] for r in rows)
    bare_errors = count - sum(r["bare_right"] for r in rows)
    return {"syllables": count, "errors": errors, "bare_errors": bare_errors,
            "accuracy": 1 - errors / count if count else None,
            "bare_accuracy": 1 - bare_errors / count if count else None,
            "error_cut": 1 - errors / bare_errors if bare_errors else None}


def summarise(rows: list[dict]) -> dict:
    flagged_right = sum(r["fields"][f]["status"] == "right" and bool(r["fields"][f]["review"]) for r in rows
                        for f in HEADER)
    return {"files": len(rows), "right_but_flagged": flagged_right, **header_counts(rows),
            "ocr": ocr_summary(rows)}


def evaluate(shared: Path, kinds: list[str], only: str | None = None, jobs: int = 2, out=sys.stdout,
             verbose: bool = False, syllables: bool = False) -> dict:
    files = scan_files(shared, "development", only)
    work = [(str(p), kind, g, syllables) for kind in kinds for p, g in files]
    results: dict[str, dict[str, dict]] = {kind: {} for kind in kinds}
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for stem, kind, result in pool.map(_read_one, work):
            results[kind][stem] = result
    seconds = time.perf_counter() - started
    summaries = {kind: summarise(list(results[kind].values())) for kind in kinds}
    summaries["all variants"] = summarise([r for kind in kinds for r in results[kind].values()])
    _print(results, summaries, out, verbose)
    print(f"({seconds:.0f} s for {len(work)} pages on {jobs} processes)", file=out)
    return {"summary": summaries, "by_kind": results}


def _print(results: dict, summaries: dict, out, verbose: bool) -> None:
    print(f"Variants of the development scans' page 1 ({', '.join(results)}): header fields right, "
          "wrong and NOT flagged, wrong but flagged, empty and flagged, empty, right but flagged", file=out)
    print(f"{'kind':<14}{'right %':>8}{'wrong!':>8}{'w?':>5}{'?':>5}{'-':>5}{'ok?':>5}   "
          + " ".join(f"{f[:7]:>7}" for f in HEADER), file=out)
    for kind, s in summaries.items():
        print(f"{kind:<14}{100 * s['header_accuracy']:>8.1f}{s['wrong_unflagged']:>8}{s['wrong_flagged']:>5}"
              f"{s['empty_flagged']:>5}{s['missed']:>5}{s['right_but_flagged']:>5}   "
              + " ".join(f"{s['per_field'][f]:>7.2f}" for f in HEADER), file=out)
    if any(s.get("ocr") for s in summaries.values()):
        print("Page-1 syllables (first 25 body lines): pipeline / bare tesseract on the same image, "
              "errors, share of the bare engine's errors avoided", file=out)
        for kind, s in summaries.items():
            o = s.get("ocr")
            if o:
                cut = f"{100 * o['error_cut']:.0f} %" if o["error_cut"] is not None else "-"
                print(f"{kind:<14}{100 * o['accuracy']:>7.2f} % /{100 * o['bare_accuracy']:>7.2f} %"
                      f"{o['errors']:>6} /{o['bare_errors']:>5}   {cut}", file=out)
    if not verbose:
        return
    for kind, by_file in results.items():
        for stem, r in sorted(by_file.items()):
            bad = [f"{f} [{v['status']}]: {v['pred']!r} (gold {v['gold']!r})" for f, v in r["fields"].items()
                   if v["status"] != "right"]
            if bad:
                print(f"  {kind} {stem}:\n    " + "\n    ".join(bad), file=out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Seeded scan variants of the development scans' page 1, "
                                 "scored against their gold")
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[3] / "shared")
    ap.add_argument("--kinds", default=",".join(KINDS), help=f"comma-separated, of: {', '.join(ALL_KINDS)} "
                    "(phone: keystone to lamp; stamped: sealed, arrived, sealed_grey; coloured: arrived_red to hand_red)")
    ap.add_argument("--only", help="only the development files whose name contains this")
    ap.add_argument("--jobs", type=int, default=2, help="pages read at the same time")
    ap.add_argument("--json", type=Path, help="write every file's fields here")
    ap.add_argument("-v", "--verbose", action="store_true", help="list each variant's wrong fields")
    ap.add_argument("--syllables", action="store_true",
                    help="also score page 1's syllables against bare tesseract on the same images")
    args = ap.parse_args(argv)
    kinds = [k for part in args.kinds.split(",") if part
             for k in GROUPS.get(part, [part])]
    unknown = [k for k in kinds if k not in ALL_KINDS]
    if unknown:
        print(f"scan_variants: unknown kind {', '.join(unknown)}; kinds: "
              f"{', '.join(ALL_KINDS)}",
              file=sys.stderr)
        return 2
    if not scan_files(args.shared, "development"):
        print(f"scan_variants: {args.shared}/scans holds no scans with gold; give --shared", file=sys.stderr)
        return 1
    result = evaluate(args.shared, kinds, args.only, args.jobs, verbose=args.verbose, syllables=args.syllables)
    if args.json:
        tmp = args.json.with_suffix(".tmp")
        tmp.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        tmp.replace(args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
