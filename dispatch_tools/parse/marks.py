"""What the marks on the pages say, put into the fields (run after the text is parsed).

- **E-signature stamps** become ``fields.esign`` (the signer's own ``Ký bởi`` stamp first). Their
  time checks the issue date: a document is signed on or after the day it is dated, within a few
  weeks; an issue date after the signing time, or long before it, is flagged for review. On a
  page read by OCR, the one date that fits that time with the year read a figure off (``2023``
  for ``2025``) or the month as the second recogniser read it (``1`` for ``11``) is taken instead,
  flagged all the same.
- **The arrival stamp** becomes ``fields.arrival`` (the register's Số đến / Ngày đến).
- **Hand-filled number and day** (:mod:`dispatch_tools.ingest.handwriting`): a reading that passed
  the second recogniser's strict rule (or typed digits) is in the text already and needs no look;
  a hand-written day only Tesseract read is kept but flagged; otherwise the field is left empty,
  flagged ``cần xem lại``. The crop of the box is kept in ``fields.crops`` in every case. When the day cannot be read, the e-signature
  time of the signer's own stamp gives the date, if it falls in the printed month and year; the
  field's source says so and the date is flagged for review.

Nothing here comes from the file's name.
"""

from __future__ import annotations

import datetime as dt
import re

from rapidfuzz.distance import Levenshtein

from ..i18n import _
from ..model import Arrival, Crop, Document, ESign, Fields, Mark, Source
from ..model import iso_date as _date
from .arrival_date import date_from_parts
from .black_seal_marks import check_black_seals
from .body_agree import agree_words
from .esign_body import spell_stamp_bodies
from .name_agree import agree_names
from .number_agree import check_symbol_readings
from .ocr_check import check_read_words, drop_speck_stop, misread
from .scan_checks import (check_issuer_head, check_number_digits, check_number_end, check_number_found,
                          check_number_slash, check_symbol, check_symbol_letters, check_unsure_figures,
                          mend_issuer_province, mend_symbol_type)
from .signer_name import check_signer
from .stamp_lines import esign_values, stamp_values
from .subject_found import check_subject_found
from .text import key, review_note
from .under_marks import check_under_marks
from .weak_evidence import check_weak_evidence

_KINDS = {"signed": "signature", "copy": "copy", "stamp": "stamp"}
_ORDER = {"signature": 0, "copy": 1, "stamp": 2}
MAX_SIGNING_DELAY = 31  # days between the issue date and the signing time that raise no question
MAX_DAY_DELAY = 14  # a hand-filled day read this long before the signing time is not trusted
LIKELY = 0.5  # the least sure digit of a day both recognisers read alike, for it to be offered (flagged)
MAX_ARRIVAL_DELAY = 92  # days from the issue date to the arrival stamp's date that raise no question
ESIGN_SOURCE = "thời gian ký số"  # the source text of a date taken from a digital signature's time
MAX_SUBJECT_WORDS = 80  # a subject (trích yếu) is a few lines: one longer has run into the body


def _marks(doc: Document, kind: str) -> list[tuple[int, Mark]]:
    return [(page.number, m) for page in doc.pages for m in page.marks if m.kind == kind]


def _esign(v: dict, page: int) -> ESign:
    """A stamp's fields from what :func:`..ingest.esign.read_stamp` read in it."""
    return ESign(v.get("signed_by"), v.get("time"), v.get("iso"), v.get("organisation"),
                 _KINDS.get(v.get("kind"), "stamp"), page)


def esign_stamps(doc: Document) -> list[ESign]:
    stamps = [_esign(mark.values, page) for page, mark in _marks(doc, "esign")]
    stamps.sort(key=lambda s: (_ORDER.get(s.kind, 3), s.page or 0))
    return stamps


def _esign_lines(doc: Document) -> list[ESign]:
    """No stamp found on the pages: a digital signature's stamp left in the text (:mod:`.stamp_lines`)."""
    v = esign_values(doc.text or "")
    return [] if v is None else [_esign(v, 1)]


def signing_date(fields: Fields) -> tuple[dt.date, ESign] | None:
    """The date the issuing body signed: its own ``Ký bởi`` stamp, else a certified copy's."""
    for stamp in fields.esign:
        if stamp.kind in ("signature", "copy") and _date(stamp.iso):
            return _date(stamp.iso), stamp
    return None


def _crop(page: int, mark: Mark, unit: str | None) -> Crop | None:
    if mark.bbox is None or not mark.crop:
        return None
    return Crop(page, mark.bbox, unit, mark.crop)


def _unit(doc: Document, page: int) -> str | None:
    return doc.pages[page - 1].unit if 0 < page <= len(doc.pages) else None


def handwritten(doc: Document, fields: Fields) -> None:
    """Flag the hand-filled number and day that could not be read; date from the e-signature."""
    seen = set()
    for page, mark in _marks(doc, "handwriting"):
        name = mark.values.get("field")
        if name in seen:
            continue  # the header's boxes: the first of each
        seen.add(name)
        crop = _crop(page, mark, _unit(doc, page))
        if crop is not None and name in ("number", "date"):
            fields.crops.setdefault(name, crop)
        if name == "number":
            _number(fields, mark)
        elif name == "date":
            _day(doc, fields, mark, page)


def _sure(mark: Mark) -> bool:
    """Was the box's reading taken under the strict rule (or typed), so that it needs no look?"""
    return bool(mark.values.get("typed")) or mark.values.get("reader") not in (None, "tesseract")


def _doubted(mark: Mark) -> bool:
    """Did one model read other digits in the box's wider crop (:func:`..ingest.box_alone.doubted`)?"""
    return bool((mark.values.get("second") or {}).get("doubted"))


# between the cue and the symbol's slash of a row read by the second recogniser: nothing but
# leader dots ("Số: … /KH") or the space left blank ("Số:      /TTr-VPCP")
_BLANK_ROW = re.compile(r"^\W*so\W?\s*:?[\s._…·,]*/", re.I)


def _left_blank(mark: Mark) -> bool:
    """Did both models of the second recogniser read the number's row with nothing between
    ``Số:`` and the symbol? Then the box holds no number at all (a draft, a number left for the
    office to fill in): it is no hand-written number read wrong."""
    second = mark.values.get("second") or {}
    rows = [second.get("text"), second.get("check_text")]
    return not mark.values.get("reading") and all(row and _BLANK_ROW.match(key(row)) for row in rows)


def left_blank(doc: Document) -> bool:
    """Is the header's number box (the first one found) left blank (:func:`_left_blank`)?"""
    marks = [m for _page, m in _marks(doc, "handwriting") if m.values.get("field") == "number"]
    return bool(marks) and _left_blank(marks[0])


def _number(fields: Fields, mark: Mark) -> None:
    reading = mark.values.get("reading")
    symbol = mark.values.get("symbol") or ""
    if symbol.startswith("/") and (fields.number or "").strip() == symbol and _left_blank(mark):
        fields.review.setdefault("number", review_note(_("the number is left blank (a draft, or a number not filled in yet)")))
        return  # "Số: … /KH": the number as printed, its symbol alone, as a text gives it
    if reading and _sure(mark) and symbol.startswith("/") and (fields.number or "").lstrip() in ("", symbol):
        fields.number = reading + symbol  # the parser found the symbol alone (or nothing): the box holds the digits
    if reading and fields.number and fields.number.startswith(reading):
        if not _sure(mark) or _doubted(mark):
            fields.review.setdefault("number", review_note(_("hand-written number, read by the machine as %(reading)s") % {"reading": reading}))
        return
    fields.number = None
    fields.sources.pop("number", None)
    hint = f" (…{symbol})" if symbol else ""
    fields.review["number"] = review_note(_("the hand-written number could not be read") + hint)


def _read_day(mark: Mark, parsed: str | None = None, day: str | None = None) -> dt.date | None:
    """The day read in the box (or ``day``), in the month and year printed beside it; when the
    box's line did not hold them (the date wrapped: ``ngày 7 tháng 4 năm`` / ``2016``), those of
    the date the parser read, if its month is the box's."""
    values = dict(mark.values)
    if day is not None:
        values["reading"] = day
    known = _date(parsed) if parsed else None
    if known is not None and (not values.get("month") or str(values["month"]).lstrip("0") == str(known.month)):
        values["month"] = values.get("month") or known.month
        values["year"] = values.get("year") or known.year
    try:
        return dt.date(int(values["year"]), int(values["month"]), int(values["reading"]))
    except (KeyError, TypeError, ValueError):
        return None


_MONTH = re.compile(r"th[a-z]{2,4}\s*(\d{1,2})\D")


def _second_month(mark: Mark) -> int | None:
    """The month both models of the second recogniser read in the date row, when they agree."""
    from ..vntext import strip_diacritics

    second = mark.values.get("second") or {}
    months = set()
    for text in (second.get("text"), second.get("check_text")):
        found = _MONTH.search(strip_diacritics(text or "").lower() + " ")
        if not found:
            return None
        months.add(int(found.group(1)))
    return months.pop() if len(months) == 1 else None


def _date_months(doc: Document) -> tuple[int, ...]:
    """The month both models of the second recogniser read in the header's date row, if any."""
    marks = [m for _page, m in _marks(doc, "handwriting") if m.values.get("field") == "date"]
    month = _second_month(marks[0]) if marks else None
    return (month,) if month else ()


def _month_lost(fields: Fields, mark: Mark) -> Mark:
    """The day's mark with the month both models of the second recogniser read in the date row,
    when the page OCR lost the printed month (``tháng 0]``) and kept the year; flagged unless a
    digital stamp's date fits the date it gives."""
    second_month = _second_month(mark)
    if mark.values.get("month") or not mark.values.get("year") or not second_month or not 1 <= second_month <= 12:
        return mark
    mended = Mark(mark.kind, mark.bbox, mark.text, {**mark.values, "month": f"{second_month:02d}"},
                  mark.confidence, mark.crop, mark.source)
    read, stamped = _read_day(mended), _stamped_date(fields)
    if read is not None and (stamped is None or not _fits(read, stamped[0])):
        fields.review.setdefault("date", review_note(
            _("the month of the date line was read only by the second recogniser, as %(month)s")
            % {"month": second_month}))
    return mended


def _day(doc: Document, fields: Fields, mark: Mark, page: int = 1) -> None:
    mark = _month_lost(fields, mark)
    month, year = mark.values.get("month"), mark.values.get("year")
    second_month = _second_month(mark)
    if month and second_month and second_month != int(month):
        fields.review.setdefault("date", review_note(
            _("the month of the date line was read as %(page)s by one engine and %(other)s by another")
            % {"page": int(month), "other": second_month}))
    signed = signing_date(fields)
    read = _read_day(mark, fields.date)
    if read is not None and signed is not None and not 0 <= (signed[0] - read).days <= MAX_DAY_DELAY \
            and not (_sure(mark) and _mended(read, signed[0], ())):
        read = None  # the day read does not fit the signing time (its year a figure off is for check_date)
    unsure = _likely_day(mark, signed) if read is None else None
    read = read or unsure
    if fields.place is None:
        _place_before_day(doc, fields)
    if read is not None:
        if fields.date != read.isoformat():  # the parser missed the date line: the box says it
            fields.date = read.isoformat()
            fields.sources["date"] = Source(0, 0, page, None, f"ngày {read.day} tháng {read.month} năm {read.year}",
                                            (mark.confidence or 60.0) / 100)
        if unsure or not _sure(mark) or _doubted(mark) or _digit_off(read, signed):
            fields.review.setdefault("date", review_note(_("hand-written day, read by the machine as %(day)s") % {"day": read.day}))
        return
    if signed is not None and month and year and (signed[0].month, signed[0].year) == (int(month), int(year)):
        day, stamp = signed
        fields.date = day.isoformat()
        text = f"{ESIGN_SOURCE}: {stamp.time}"
        fields.sources["date"] = Source(0, 0, stamp.page, None, text, 0.6)
        fields.review["date"] = review_note(
            _("the hand-written day could not be read; taken from the time of the digital signature "
              "(%(time)s) of %(signer)s") % {"time": stamp.time, "signer": stamp.signed_by or _("the digital signature")})
        return
    fields.date = None
    fields.sources.pop("date", None)
    fields.review["date"] = review_note(_("the hand-written day could not be read"))


def _digit_off(read: dt.date, signed: tuple[dt.date, ESign] | None) -> bool:
    """Is the day read a figure short of the signing day, or one over it, in the same month (``1``
    read where the pen wrote ``11`` and the signature says 11/05)? Both recognisers may drop a
    stroke of a hand-written figure alike; such a day gets a look."""
    if signed is None or read == signed[0] or (read.year, read.month) != (signed[0].year, signed[0].month):
        return False
    return Levenshtein.distance(str(read.day), str(signed[0].day)) == 1 and \
        abs(len(str(read.day)) - len(str(signed[0].day))) == 1


def _likely_day(mark: Mark, signed: tuple[dt.date, ESign] | None) -> dt.date | None:
    """A day both recognisers read alike but not surely enough to take without a look: taken
    (flagged) when it fits the signing time, a better guess than the signing day itself."""
    second = mark.values.get("second") or {}
    value = second.get("value")
    if signed is None or not value or value != second.get("check") or (second.get("conf") or 0) < LIKELY:
        return None
    day = _read_day(mark, day=value)
    return day if day is not None and 0 <= (signed[0] - day).days <= MAX_DAY_DELAY else None


_PLACE = re.compile(r"(?:^|\t)[ ]*(?P<place>[^\W\d_][^\n,\t]{1,40}?),[ \t]*ng[àa]y\b", re.MULTILINE)
HEADER_CHARS = 1500  # the header is in the first lines of the text


def _place_before_day(doc: Document, fields: Fields) -> None:
    """The place printed before ``, ngày`` on the date line whose day is hand-filled (the parser
    finds the place with the date; with the day blank it finds neither)."""
    match = _PLACE.search(doc.text[:HEADER_CHARS])
    if match:
        fields.place = match.group("place").strip()
        fields.sources["place"] = doc.locate(match.start("place"), match.end("place"), 0.8)


def _stamped_date(fields: Fields) -> tuple[dt.date, ESign] | None:
    """The issuing body's signing date, else the date of another digital stamp of the document
    (the provincial gazette's ``TRUNG TÂM CÔNG BÁO`` stamp, put on after the signing)."""
    signed = signing_date(fields)
    if signed is not None:
        return signed
    return next(((_date(s.iso), s) for s in fields.esign if _date(s.iso)), None)


def _fits(issued: dt.date, signed: dt.date) -> bool:
    return 0 <= (signed - issued).days <= MAX_SIGNING_DELAY


def _mended(issued: dt.date, signed: dt.date, months: tuple[int, ...]) -> dt.date | None:
    """The one date that fits the signing time among the issue date with its year read a figure
    off (``2023`` for ``2025``) or its month as another engine read it (``1`` for ``11``)."""
    years = [signed.year] if Levenshtein.distance(str(issued.year), str(signed.year)) == 1 else []
    found = set()
    for year in years + [issued.year]:
        for month in set(months) | {issued.month}:
            try:
                other = issued.replace(year=year, month=month)
            except ValueError:
                continue
            if other != issued and _fits(other, signed):
                found.add(other)
    return found.pop() if len(found) == 1 else None


def check_date(fields: Fields, ocr: bool = False, months: tuple[int, ...] = ()) -> None:
    """An issue date after the signing time (or, with no signer's stamp, after another digital
    stamp's time), or long before it, needs a look. On a page read by OCR, when the date with its
    year read a figure off or its month as the second recogniser read it (``months``) fits that
    time and no other reading does, it is taken instead, flagged all the same."""
    signed = _stamped_date(fields)
    issued = _date(fields.date)
    if signed is None or issued is None:
        return
    day, stamp = signed
    if day.year > dt.date.today().year + 1:
        return  # a stamp's year misread by the OCR (``3025``, ``2035``): no signing is in the future
    if _fits(issued, day) or (fields.sources.get("date") and fields.sources["date"].text.startswith(ESIGN_SOURCE)):
        return
    mended = _mended(issued, day, months) if ocr else None
    if "date" in fields.review and mended is None:
        return
    note = _("the issue date %(date)s does not match the time of the digital signature %(time)s") % {
        "date": f"{issued:%d/%m/%Y}", "time": stamp.time}
    if mended is not None:
        fields.date = mended.isoformat()
        note += "; " + _("taken as %(date)s, which fits it") % {"date": f"{mended:%d/%m/%Y}"}
    fields.review["date"] = review_note(note)


def check_issuer(fields: Fields) -> None:
    """The signer's stamp names the issuing body; a printed issuer that does not match it and is
    not part of it (a steering committee of the same committee is fine) gets a look."""
    signed = next((s for s in fields.esign if s.kind == "signature" and s.signed_by), None)
    if signed is None or not fields.issuer or misread(signed.signed_by):
        return  # a stamp the OCR misread (``Ủy ban nhân nị đã tìn nh Quảng Ngãi``) is no evidence
    a, b = key(signed.signed_by).lower(), key(fields.issuer).lower()
    parent = key(fields.parent_issuer or "").lower()
    if a != b and a != parent and not _abbreviates(b, a):
        fields.review.setdefault("issuer", review_note(_("the digital signature names %(body)s") % {"body": signed.signed_by}))


def check_subject(fields: Fields) -> None:
    """A subject far longer than a trích yếu is (a few lines, at most about 60 words) has most
    likely run on into the body, past a title or a stamp that hid where it ends: it is kept, and
    flagged for a look."""
    count = len((fields.subject or "").split())
    if count > MAX_SUBJECT_WORDS:
        fields.review.setdefault("subject", review_note(
            _("the subject is unusually long (%(count)s words) and may have run into the body") % {"count": count}))


def _abbreviates(printed: str, full: str) -> bool:
    words = full.split()
    initials = "".join(w[0] for w in words[:3])
    return printed.startswith(initials) and printed.endswith(words[-1]) if words else False


def arrival_stamp(doc: Document, fields: Fields) -> None:
    for page, mark in _marks(doc, "arrival"):
        v = mark.values
        fields.arrival = Arrival(v.get("number"), v.get("date"), v.get("time"), page)
        crop = _crop(page, mark, _unit(doc, page))
        if crop is not None:
            fields.crops.setdefault("arrival", crop)
        put_together = None if v.get("date") else date_from_parts(
            ((v.get("readings") or {}).get("parts") or {}).get("date"), _date(fields.date))
        if put_together is not None:
            fields.arrival.date = put_together.isoformat()
            fields.review["arrival"] = review_note(
                _("the arrival date %(date)s is read from the hand-writing, with the issue date's year")
                % {"date": f"{put_together:%d/%m/%Y}"})
        if not fields.arrival.number or not fields.arrival.date:
            fields.review.setdefault("arrival", review_note(_("the arrival stamp is filled in by hand")))
        if v.get("time_unread"):
            unread = _("the arrival time (Giờ) is written by hand and was not read")
            note = fields.review.get("arrival")
            fields.review["arrival"] = f"{note}; {unread}" if note else review_note(unread)
        _check_arrival_date(fields, v.get("date"))
        return
    _arrival_lines(doc, fields)


def _check_arrival_date(fields: Fields, date: str | None) -> None:
    """Flag an arrival date that does not fit the issue date (before it, or long after it)."""
    issued, arrived = _date(fields.date), _date(date)
    if issued and arrived and not 0 <= (arrived - issued).days <= MAX_ARRIVAL_DELAY:
        fields.review["arrival"] = review_note(_("the arrival date %(date)s does not fit the issue date") % {"date": f"{arrived:%d/%m/%Y}"})


def _arrival_lines(doc: Document, fields: Fields) -> None:
    """No stamp found on the pages: the stamp's words in the head's text, if any (a text layer made by
    another OCR pass; :mod:`.stamp_lines`), give the register's Số đến and Ngày đến."""
    found = stamp_values(doc.text or "", _date(fields.date))
    if found is None:
        return
    number, date, time = found
    fields.arrival = Arrival(number or None, date, time, 1)
    if number == "" or not date:  # a row the pen filled that no reader could take
        fields.review.setdefault("arrival", review_note(_("the arrival stamp is filled in by hand")))
    else:
        _check_arrival_date(fields, date)


def apply_marks(doc: Document) -> Document:
    fields = doc.fields
    if fields is None:
        return doc
    ocr = doc.has_ocr_page()
    fields.esign = esign_stamps(doc) or _esign_lines(doc)
    handwritten(doc, fields)
    arrival_stamp(doc, fields)
    check_symbol(fields)
    check_number_digits(fields, ocr=ocr and not left_blank(doc), text=doc.text or "")
    mend_symbol_type(fields, ocr=ocr)
    check_symbol_letters(fields, ocr=ocr)
    check_number_end(doc, fields, ocr=ocr)
    if ocr:
        check_unsure_figures(doc, fields)
    check_number_found(fields, ocr=ocr)
    check_number_slash(fields, ocr=ocr)
    if ocr:
        check_symbol_readings(doc, fields)
    check_date(fields, ocr, _date_months(doc) if ocr else ())
    mend_issuer_province(fields, ocr=ocr)
    check_issuer_head(fields, ocr=ocr)
    spell_stamp_bodies(fields, ocr)
    check_issuer(fields)
    drop_speck_stop(doc, fields)
    check_subject(fields)
    check_subject_found(doc, fields, ocr)
    agree_names(doc, fields)
    agree_words(doc, fields)
    check_read_words(doc, fields)
    check_under_marks(doc, fields)
    check_weak_evidence(doc, fields)
    check_signer(fields, ocr=ocr)
    check_black_seals(doc, fields)
    return doc

