"""A subject that has run on into the body is kept but flagged for a look: a wrong value given
with confidence is worse than one a clerk is asked to check."""

from __future__ import annotations

from dispatch_tools.model import Fields
from dispatch_tools.parse import parse_text
from dispatch_tools.parse.marks import MAX_SUBJECT_WORDS, check_subject

HEADER = """ỦY BAN NHÂN DÂN
TỈNH AN BÌNH
Số: 123/UBND-VX
V/v {subject}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Bình, ngày 05 tháng 3 năm 2025

Kính gửi: Sở Y tế

Đề nghị Sở Y tế báo cáo kết quả trước ngày 20/3/2025.
"""


def test_a_subject_of_a_few_lines_is_not_flagged():
    fields = parse_text(HEADER.format(subject="tăng cường phòng, chống dịch bệnh mùa đông xuân năm 2025")).fields
    assert fields.subject and "subject" not in fields.review


def test_a_subject_that_runs_on_for_paragraphs_is_kept_and_flagged(vietnamese):
    long = " ".join(["triển khai các nhiệm vụ phòng, chống dịch bệnh trên địa bàn"] * 12)  # 144 words
    fields = Fields(subject=long)
    check_subject(fields)
    assert fields.subject == long
    assert fields.review["subject"].startswith("cần xem lại: trích yếu dài bất thường (144 từ)")
    # through the parser: a subject line that never ends before the body
    read = parse_text(HEADER.format(subject=long)).fields
    assert len(read.subject.split()) > MAX_SUBJECT_WORDS and "subject" in read.review
    edge = Fields(subject=" ".join(["từ"] * MAX_SUBJECT_WORDS))
    check_subject(edge)
    assert "subject" not in edge.review


def test_the_note_follows_the_interface_language():
    """The tests run under an English locale: the same note is English there."""
    fields = Fields(subject=" ".join(["từ"] * 100))
    check_subject(fields)
    assert fields.review["subject"] == ("needs a look: the subject is unusually long (100 words) and may "
                                        "have run into the body")
