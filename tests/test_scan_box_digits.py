"""A day of a header row glued to a stray letter before ``tháng`` is not read surely."""

from dispatch_tools.ingest.box_check import accepted
from dispatch_tools.ingest.box_digits import field_value


def test_a_day_glued_to_a_stray_letter_before_thang_is_not_sure():
    # the noisy page's ``18``: both models read its ``8`` as a letter glued to ``tháng``
    for row in ("Đà Năng, ngày 1Jtháng 10 nǎm 2023", "Dà Nǎng, ngày 1gtháng 10 nǎm 2023"):
        value, conf = field_value("date", row, [0.95] * len(row))
        assert value == "1" and conf == 0.0
        assert not accepted("date", value, conf, value)


def test_a_day_read_whole_stays_sure_glued_to_thang_or_not():
    for row, day in (("Đà Nẵng, ngày 18 tháng 10 năm 2023", "18"), ("ngày 1tháng 10 năm 2023", "1"),
                     ("ngày 07tháng 2 năm 2025", "7"), ("Quảng Ngãi, ngày 16 thang 01 năm 2025", "16")):
        value, conf = field_value("date", row, [0.95] * len(row))
        assert (value, conf) == (day, 0.95), row
