"""PDF files: the text layer where it is good, OCR of the rendered page where it is not."""

from __future__ import annotations

import dataclasses
import threading
import unicodedata
from pathlib import Path

from ..errors import DamagedInput, EncryptedInput, LimitExceeded
from ..model import BBox, Mark, Page, Word
from ..options import Options
from .layout import reading_order
from .pdf_stamps import inside, lifted_page, pdf_stamps
from .tesseract import ocr_pages
from .quality import layer_problem
from ..i18n import N_, _, number

DECRYPT_HINT = N_("Remove the password first, e.g. with: qpdf --decrypt --password=PASSWORD "
                  "input.pdf output.pdf")
MAX_PAGE_POINTS = 14400  # PDF's own upper bound for a page side (200 inches)


def _open_pdfium(path: Path):
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(str(path))
        doc.init_forms()  # so that form fields (number and date stamped on signing) are drawn
        return doc
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise EncryptedInput(_("the PDF is protected by a password"), path=path,
                                 hint=_(DECRYPT_HINT)) from exc
        raise DamagedInput(_("the PDF is damaged and cannot be opened (%(error)s)") % {"error": exc},
                           path=path,
                           hint=_("Open it in a PDF viewer and print or save it to a new PDF")) from exc


def _check_count(path: Path, count: int, options: Options) -> None:
    if count == 0:
        raise DamagedInput(_("the PDF has no pages"), path=path, hint=_("Check that this is the right file"))
    if count > options.max_pages:
        raise LimitExceeded(_("the PDF has %(count)s pages, more than the limit of %(limit)s")
                            % {"count": number(count), "limit": number(options.max_pages)},
                            path=path, hint=_("Split it, or raise the limit with --max-pages"))


def _unreadable(error: str) -> str:
    return _("text layer cannot be read (%(error)s)") % {"error": error}


def read_pdf(path: Path, options: Options) -> tuple[list[Page], dict]:
    import pdfplumber

    pdfium_doc = _open_pdfium(path)
    count = len(pdfium_doc)
    _check_count(path, count, options)

    stamps = pdf_stamps(path, count)  # e-signature stamps: marks, never the page's text
    layers: dict[int, Page] = {}
    to_ocr: list[int] = []
    notes: dict[int, list[str]] = {}
    sizes: dict[int, tuple[float, float]] = {}
    for i in range(count):
        w, h = pdfium_doc[i].get_size()
        if w > MAX_PAGE_POINTS or h > MAX_PAGE_POINTS or w <= 0 or h <= 0:
            raise LimitExceeded(_("page %(page)d measures %(width).0fx%(height).0f points, not a "
                                  "document page") % {"page": i + 1, "width": w, "height": h},
                                path=path, hint=_("Check the file; it may be built to exhaust memory"))
        sizes[i] = (w, h)

    if options.mode == "ocr":
        to_ocr = list(range(count))
    else:
        # PDFium opened the file, so its pages can be rendered and OCR'd even where pdfminer
        # cannot parse the text layer (malformed streams are common in scanner output).
        unreadable = None
        try:
            pdf = pdfplumber.open(str(path))
        except Exception as exc:  # pdfminer raises many error types for broken files
            unreadable, pdf = type(exc).__name__, None
        for i in range(count):
            problem = _unreadable(unreadable) if unreadable else None
            if pdf is not None:
                try:
                    page = pdf.pages[i]
                    layer = _text_layer_page(page, i + 1, _widget_words(page, pdfium_doc[i], options),
                                             stamps.get(i, []), _box_reader(pdfium_doc[i], options, i == 0))
                    if options.mode != "text":
                        problem = (layer_problem("\n".join(line.text for line in layer.lines))
                                   or _scan_under(page, layer))
                    page.close()  # free the parsed objects of each page as we go
                except (DamagedInput, LimitExceeded):
                    raise
                except Exception as exc:
                    problem = _unreadable(type(exc).__name__)
            if problem and options.mode == "text":
                raise DamagedInput(_("the PDF's text layer cannot be read on page %(page)d") % {"page": i + 1},
                                   path=path, hint=_("Use --mode auto or --mode ocr to read the page "
                                                     "images instead"))
            if problem:
                notes[i] = [_("%(problem)s: page OCR'd") % {"problem": problem}]
                to_ocr.append(i)
            else:
                layers[i] = layer
        if pdf is not None:
            pdf.close()

    lock = threading.Lock()  # PDFium is not thread-safe: render one page at a time

    def renderer(i: int):
        def render():
            scale = _render_scale(sizes[i], options)
            with lock:
                page, lifted = lifted_page(pdfium_doc, i, stamps.get(i, []))
                image = page.render(scale=scale).to_pil()
                page.close()
            known = [_scaled(m, scale) for m in stamps.get(i, [])]
            return i + 1, image, known, [k for k, m in zip(known, stamps.get(i, [])) if m in lifted]
        return render

    ocred = ocr_pages([renderer(i) for i in to_ocr], options) if to_ocr else []
    for i, page in zip(to_ocr, ocred):
        page.notes = notes.get(i, []) + page.notes
        layers[i] = page
    pdfium_doc.close()
    meta = {"pages": count, "ocr_pages": [i + 1 for i in to_ocr]}
    return [layers[i] for i in range(count)], meta


def _widget_words(page, pdfium_page, options: Options) -> list[Word]:
    """Text drawn by form fields, which is not in the text layer: e-signed documents get their
    number and date stamped into fields on signing. Each field's area is rendered and OCR'd."""
    from .tesseract import run_tesseract

    words = []
    page_area = float(page.width) * float(page.height)
    for annot in page.annots:
        if getattr(annot["data"].get("Subtype"), "name", None) != "Widget":
            continue
        x0, top, x1, bottom = annot["x0"], annot["top"], annot["x1"], annot["bottom"]
        if (x1 - x0) * (bottom - top) <= 0 or (x1 - x0) * (bottom - top) > 0.25 * page_area:
            continue
        scale = options.dpi / 72
        crop = (x0, float(page.height) - bottom, float(page.width) - x1, top)  # left, bottom, right, top
        image = pdfium_page.render(scale=scale, crop=crop, may_draw_forms=True).to_pil().convert("L")
        for text, left, wtop, width, height, conf, *_rest in run_tesseract(image, options, psm=6):
            if conf < WIDGET_SURE:
                continue
            words.append(Word(unicodedata.normalize("NFC", text),
                              BBox(x0 + left / scale, top + wtop / scale,
                                   x0 + (left + width) / scale, top + (wtop + height) / scale), conf))
    return words


WIDGET_SURE = 60  # a form field's word read less surely is what its drawing (a seal, a signature) gave

SCAN_COVER = 0.5  # an image over this share of the page is a scanned page
FEW_WORDS = 40  # a text layer with fewer words over a scanned page is not the page's text


def _scan_under(page, layer: Page) -> str | None:
    """A scanned page image with a few words over it (what signing software or a stray OCR pass
    put there) is read by OCR, not from those words."""
    words = sum(len(line.text.split()) for line in layer.lines)
    if words >= FEW_WORDS:
        return None
    area = float(page.width) * float(page.height)
    try:
        covered = max((float(im["x1"] - im["x0"]) * float(im["bottom"] - im["top"]) for im in page.images),
                      default=0.0)
    except (KeyError, TypeError, ValueError):
        return None
    return _("scanned page with only a few words of text layer") if covered > SCAN_COVER * area else None


def _scaled(mark: Mark, scale: float) -> Mark:
    """A mark with its box in pixels of a page rendered at ``scale``."""
    return dataclasses.replace(mark, bbox=_times(mark.bbox, scale))


def _times(b: BBox, scale: float) -> BBox:
    return BBox(b.x0 * scale, b.y0 * scale, b.x1 * scale, b.y1 * scale)


def _overlaps(a: BBox, b: BBox) -> bool:
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.y1, b.y1) - max(a.y0, b.y0)
    return w > 0 and h > 0 and w * h > 0.3 * min(a.width * a.height, b.width * b.height)


def _render_scale(size: tuple[float, float], options: Options) -> float:
    """Pixels a point of a page rendered to be read: ``options.dpi``, less where the page would
    have more than ``options.max_pixels``."""
    w, h = size
    scale = options.dpi / 72
    pixels = (w * scale) * (h * scale)
    if pixels > options.max_pixels:
        scale *= (options.max_pixels / pixels) ** 0.5
    return scale


def _word_scaled(word: Word | None, scale: float) -> Word | None:
    """A word with its box in units ``scale`` times its own (None stays None)."""
    if word is None or word.bbox is None:
        return word
    return dataclasses.replace(word, bbox=_times(word.bbox, scale))


def _box_reader(pdfium_page, options: Options, first: bool):
    """On page 1, reads the header's number and day boxes from the rendered page (what an e-office
    system typed into them is drawn, not always in the text layer); None elsewhere. The page is
    rendered once, when a box is cut, and the boxes are read in its pixels as on a scan: the words
    go in and the edits, added words and marks come back in points."""
    if not first or not options.preprocess:
        return None
    from .handwriting import read_boxes
    from .page_marks import _cropper
    from .tesseract import run_tesseract

    width, height = pdfium_page.get_size()
    scale = _render_scale((width, height), options)
    rendered = []

    def crop(box: BBox):
        if not rendered:
            rendered.append(_cropper(pdfium_page.render(scale=scale, may_draw_forms=True).to_pil()))
        return rendered[0](box)

    def read(words: list[Word]):
        edits, added, marks = read_boxes([_word_scaled(w, scale) for w in words], crop, height * scale,
                                         options, "pdf-render", run_tesseract)
        return ({k: _word_scaled(w, 1 / scale) for k, w in edits.items()},
                [(k, _word_scaled(w, 1 / scale)) for k, w in added], [_scaled(m, 1 / scale) for m in marks])
    return read


def _text_layer_page(page, number: int, extra: list[Word] = (), marks: list[Mark] = (), boxes=None) -> Page:
    """The page from its text layer; words inside an e-signature stamp (``marks``) are left out.
    ``boxes`` (:func:`_box_reader`) reads the header's number and day boxes."""
    words = []
    for w in page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5):
        text = unicodedata.normalize("NFC", w["text"])
        words.append(Word(text, BBox(w["x0"], w["top"], w["x1"], w["bottom"])))
    # Form-field words add only what the layer lacks.
    words += [e for e in extra if not any(_overlaps(e.bbox, w.bbox) for w in words)]
    words = [w for w in words if not inside(w.bbox, list(marks))]
    marks = list(marks)
    if boxes is not None:
        edits, added, found = boxes(words)
        # what the engine made of a form field inside a box is the box's, read above
        words = [edits.get(k, w) for k, w in enumerate(words)
                 if k in edits or w.conf is None or not inside(w.bbox, found, margin=0.0)]
        words = [w for w in words if w is not None] + [w for _, w in added]
        marks += found
    lines = reading_order(words, page_width=float(page.width), source="pdf-text")
    return Page(number, lines, width=float(page.width), height=float(page.height), unit="pt",
                method="text-layer", marks=marks)
