"""The arrival stamp's ``Giờ``: read only when both models read a time of day alike and surely;
something written there that is not read so leaves the time empty and the stamp flagged; an
empty row is no time and no flag."""

from __future__ import annotations

import pytest

from dispatch_tools.ingest import arrival, second_reader
from dispatch_tools.model import BBox, Document, Fields, Page
from dispatch_tools.parse.marks import apply_marks

from .test_arrival_values import _row, fonts


def _reader(first: str, check: str, sure: float = 0.97):
    def read(image, kind):
        text = first if kind == "digits" else check
        return second_reader.Reading(text, [(c, sure) for c in text])
    return read


@pytest.mark.parametrize("text, value", [("8h30", "08:30"), ("14:30", "14:30"), ("10h", "10:00"),
                                         ("9 giờ 15", "09:15"), ("16g", "16:00")])
def test_a_time_as_clerks_write_it(text, value):
    assert arrival.time_value(text, [0.95] * len(text)) == (value, 0.95)


@pytest.mark.parametrize("text", ["25h", "8h75", "21/3/18", "Ngày 21", ""])
def test_what_is_no_time_of_day(text):
    assert arrival.time_value(text, [0.95] * len(text))[0] is None


@fonts
def test_a_time_both_models_read_surely_is_taken(monkeypatch):
    band, height, top = _row("Giờ:", ["14h30"], False)
    monkeypatch.setattr(second_reader, "read", _reader("14h30", "14h30"))
    assert arrival.read_time(band, height, top)[:2] == ("14:30", False)


@fonts
def test_a_time_the_models_read_otherwise_or_unsurely_is_left_empty_to_look_at(monkeypatch):
    band, height, top = _row("Giờ:", ["14h30"], False)
    monkeypatch.setattr(second_reader, "read", _reader("14h30", "11h30"))
    assert arrival.read_time(band, height, top)[:2] == (None, True)
    monkeypatch.setattr(second_reader, "read", _reader("14h30", "14h30", 0.6))
    assert arrival.read_time(band, height, top)[:2] == (None, True)
    monkeypatch.setattr(second_reader, "read", lambda image, kind: None)  # not installed
    assert arrival.read_time(band, height, top)[:2] == (None, True)


@fonts
def test_an_empty_time_row_is_no_time_and_nothing_to_look_at(monkeypatch):
    band, height, top = _row("Giờ:", [], False)
    monkeypatch.setattr(second_reader, "read", _reader("14h30", "14h30"))
    assert arrival.read_time(band, height, top) == (None, False, [])


def test_the_time_row_is_found_by_its_label(monkeypatch):
    from PIL import Image

    crop = Image.new("RGB", (400, 300), "white")
    rows = [["Số:", 50, 50, 60, 40], ["Ngày:", 50, 250, 80, 40], ["Giờ:", 50, 450, 70, 40]]
    seen = []
    monkeypatch.setattr(arrival, "read_time", lambda band, h, top: seen.append(band.size) or ("09:15", False, []))
    monkeypatch.setattr(second_reader, "read", _reader("Số: 2352 Ngày 21/3/18", "Số: 2352 Ngày 21/3/18"))
    values = arrival.read_fields(crop, rows)
    assert len(seen) == 1 and values["time"] == "09:15" and values["number"] == "2352"


def _stamp(values: dict) -> Document:
    mark = arrival.Mark("arrival", BBox(0, 0, 10, 10), "CV ĐẾN", values, crop="AA")
    doc = Document(None, "pdf", pages=[Page(1, unit="px", marks=[mark])])
    doc.fields = Fields(date="2018-03-21")
    return apply_marks(doc)


def test_a_time_written_but_not_read_flags_the_stamp(vietnamese):
    doc = _stamp({"number": "2352", "date": "2018-03-21", "time": None, "time_unread": True})
    assert doc.fields.arrival.time is None
    assert doc.fields.review["arrival"] == "cần xem lại: giờ đến viết tay chưa đọc được"


def test_a_stamp_read_whole_with_its_time_needs_no_look(vietnamese):
    doc = _stamp({"number": "2352", "date": "2018-03-21", "time": "14:30", "time_unread": False})
    assert doc.fields.arrival.time == "14:30" and "arrival" not in doc.fields.review
    unflagged = _stamp({"number": "2352", "date": "2018-03-21", "time": None})  # a stamp with no Giờ row
    assert "arrival" not in unflagged.fields.review


def test_an_unread_time_adds_to_the_stamps_other_note(vietnamese):
    doc = _stamp({"number": None, "date": "2018-03-21", "time": None, "time_unread": True})
    assert doc.fields.review["arrival"] == ("cần xem lại: dấu công văn đến viết tay; giờ đến viết tay chưa đọc được")
