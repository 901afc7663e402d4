"""The reworded-deadlines measure: every wording keeps the phrase's date and time."""

import re

import pytest

from dispatch_tools.evaluate.reworded_deadlines import wordings
from dispatch_tools.parse import parse_text, to_contract

HEAD = ("SỞ Y TẾ\nSố: 12/SYT-KH\nV/v báo cáo\nQuảng Ngãi, ngày 02 tháng 01 năm 2018\n\nKính gửi: Các bệnh viện.\n\n"
        "Đề nghị các bệnh viện gửi báo cáo về Sở Y tế {}.\n")


def test_a_phrase_of_another_shape_has_no_wordings():
    assert wordings("Thời gian thực hiện: Năm 2026") == []


def test_the_wordings_vary_the_cue_and_the_date_form():
    out = wordings("trước ngày 25/5/2013")
    assert "trước ngày 25/5/2013" not in out
    assert {"chậm nhất là ngày 25/5/2013", "hạn chót ngày 25.5.2013", "trước ngày 25 tháng 5 năm 2013"} <= set(out)
    assert all(re.search(r"25\D+0?5\D+2013", w) for w in out)


@pytest.mark.parametrize("phrase, date, time", [("trước ngày 25/5/2018", "2018-05-25", None),
                                                ("trước 9h00 ngày 23/4/2018", "2018-04-23", "09:00")])
def test_every_wording_is_read_as_the_same_deadline(phrase, date, time):
    for wording in wordings(phrase):
        got = {(d["date"], d["time"]) for d in to_contract(parse_text(HEAD.format(wording)).fields)["deadlines"]}
        assert got == {(date, time)}, wording
