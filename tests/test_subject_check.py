"""A subject that has run on into the body is kept but flagged for a look: a wrong value given
with confidence is worse than one a clerk is asked to check."""

from __future__ import annotations

import pytest

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


SIDE_NOTE = """SỞ GIÁO DỤC VÀ ĐÀO TẠO
TỈNH AN BÌNH
Số: 88/SGDĐT-VP
V/v tổ chức kiểm tra cuối kỳ cho học sinh 1. Thầy Nam gửi văn bản đến các tổ chuyên môn
3 PHÒNG KT;
lớp 9 năm học 2025 2. Phòng Khảo thí phối hợp với các trường
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Bình, ngày 05 tháng 3 năm 2025

Kính gửi: Các trường trung học cơ sở

Đề nghị các trường báo cáo kết quả trước ngày 20/3/2025.
"""


def test_a_note_beside_the_subject_is_cut_off_and_the_subject_flagged(vietnamese):
    """A typed note beside ``V/v`` that the layout read as the same line: the subject ends before
    its numbered item, and since its next lines are mixed with the note's, it is flagged."""
    fields = parse_text(SIDE_NOTE).fields
    assert fields.subject == "tổ chức kiểm tra cuối kỳ cho học sinh"
    assert fields.review["subject"].startswith("cần xem lại: dòng trích yếu lẫn với một ghi chú bên cạnh (“1. Thầy Nam")


def test_the_side_note_s_note_follows_the_interface_language():
    """Under the tests' English locale the same note is English."""
    assert parse_text(SIDE_NOTE).fields.review["subject"] == (
        "needs a look: the subject's line also holds a note written beside it (“1. Thầy Nam gửi …”): "
        "that part was left out, and the subject may be incomplete")


def test_numbers_inside_a_subject_are_not_a_note():
    for subject in ("triển khai Nghị quyết số 12/NQ-CP năm 2025", "báo cáo tình hình quý 1. năm 2025",
                    "tổ chức Hội nghị lần thứ 2 (mở rộng)", "thực hiện khoản 1. a Điều 5"):
        fields = parse_text(HEADER.format(subject=subject)).fields
        assert fields.subject == subject and "subject" not in fields.review, subject


STRAY = """ỦY BAN NHÂN DÂN
TỈNH AN BÌNH

Số: 507/UBND-KGVX
V/v góp ý dự thảo Quyết định sửa
đổi, bổ sung Chương trình cung cấp
dịch vụ viễn thông công ích

{word}

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

An Bình, ngày 24 tháng 01 năm 2025

Kính gửi: Sở Khoa học và Công nghệ

Đề nghị Sở gửi ý kiến trước ngày 30/01/2025.
"""


def test_a_lone_word_past_a_blank_line_is_not_part_of_the_subject():
    """A word alone between blank lines (from a form field or the other column) does not end the
    subject; a line of its words past a blank line still does."""
    base = "góp ý dự thảo Quyết định sửa đổi, bổ sung Chương trình cung cấp dịch vụ viễn thông công ích"
    assert parse_text(STRAY.format(word="con")).fields.subject == base
    assert parse_text(STRAY.format(word="năm 2025")).fields.subject == base + " năm 2025"


def test_a_lower_case_v_v_opens_the_subject():
    """``v/v`` typed (or read) in lower case opens the subject as ``V/v`` does; a ``v`` not
    followed by a slash is no such cue."""
    text = HEADER.replace("V/v {subject}", "v/v thông báo hoạt động của tổ chức\ntrái phép trên địa bàn")
    assert parse_text(text).fields.subject == "thông báo hoạt động của tổ chức trái phép trên địa bàn"
    assert parse_text(HEADER.replace("V/v {subject}", "vlv thông báo hoạt động")).fields.subject != "thông báo hoạt động"


DIRECTIVE = """ỦY BAN NHÂN DÂN
TỈNH AN BÌNH
Số: 07/CT-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Bình, ngày 20 tháng 3 năm 2018

CHỈ THỊ
Về việc tăng cường công tác thi hành án hành chính
trên địa bàn tỉnh An Bình

{first}công tác triển khai thi hành Luật tố tụng hành
chính; việc tổ chức thi hành những bản án, quyết định của Tòa án về vụ án
hành chính đã đạt những kết quả tích cực. Tuy nhiên, vẫn còn một số trường hợp
chưa được các cơ quan, tổ chức thi hành đầy đủ, kịp thời.

Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Các sở, ban, ngành tổ chức thi hành nghiêm túc các bản án hành chính.
"""


def test_a_title_does_not_run_on_into_the_body_past_a_blank_line():
    """The body's first paragraph, its first word lost under a stamp so that it opens in lower
    case, is no part of the title above it: a subject is a few lines."""
    subject = "tăng cường công tác thi hành án hành chính trên địa bàn tỉnh An Bình"
    for first in ("Thời gian qua, ", "thời gian qua, "):
        fields = parse_text(DIRECTIVE.format(first=first)).fields
        assert fields.subject == subject and "subject" not in fields.review, first


def test_a_subject_spaced_over_blank_lines_still_goes_on():
    text = HEADER.replace("V/v {subject}", "V/v thực hiện Đề án kiểm soát\n\nmất cân bằng giới tính khi sinh\ngiai đoạn 2025 - 2030\n")
    assert parse_text(text).fields.subject == "thực hiện Đề án kiểm soát mất cân bằng giới tính khi sinh giai đoạn 2025 - 2030"


def test_the_note_follows_the_interface_language():
    """The tests run under an English locale: the same note is English there."""
    fields = Fields(subject=" ".join(["từ"] * 100))
    check_subject(fields)
    assert fields.review["subject"] == ("needs a look: the subject is unusually long (100 words) and may "
                                        "have run into the body")


@pytest.mark.parametrize("rule", ["———————", "——————— T", "-------- ‘", "________ l"])
def test_the_rule_under_a_title_ends_its_subject_whatever_speck_is_read_beside_it(rule):
    """The rule under the subject, with a stamp's speck read beside it, and the body's first line
    right under it (no blank line between, its first word under the stamp misread): the subject
    ends at the rule."""
    text = DIRECTIVE.replace("trên địa bàn tỉnh An Bình\n\n{first}", f"trên địa bàn tỉnh An Bình\n{rule}\n“Freane ;thời gian qua, ")
    assert parse_text(text).fields.subject == "tăng cường công tác thi hành án hành chính trên địa bàn tỉnh An Bình"
