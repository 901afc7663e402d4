"""A transitional duty of a decision's article: a body told by what it has been or done (``Các cơ sở đã
đăng ký trước ngày Quyết định này có hiệu lực …``) that must act by a day (``phải … trước ngày …``). The
day a document takes effect names a time, not a rule, and the bearer of ``phải`` is the body so told
(made-up decisions)."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

PAGE = """ỦY BAN NHÂN DÂN
TỈNH BẮC HÀ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/2026/QĐ-UBND
Bắc Hà, ngày 12 tháng 3 năm 2026
QUYẾT ĐỊNH
Ban hành Quy định quản lý hoạt động giết mổ gia súc, gia cầm
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý hoạt động giết mổ gia súc, gia cầm.
Điều 2. Điều khoản chuyển tiếp
{items}
Điều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2026.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Hùng
"""


def _read(items: str) -> dict:
    return to_contract(parse_text(PAGE.format(items=items)).fields)


def test_the_day_a_decision_takes_effect_leaves_the_deadline_after_it():
    c = _read("1. Sở Nông nghiệp và Môi trường rà soát các cơ sở được cấp phép trước ngày Quyết định này "
              "có hiệu lực, báo cáo Ủy ban nhân dân tỉnh trước ngày 30 tháng 6 năm 2026.")
    assert [d["date"] for d in c["deadlines"]] == ["2026-06-30"]
    assert [(t["assignees"], t["deadline"]) for t in c["tasks"]] == [(["Sở Nông nghiệp và Môi trường"], "2026-06-30")]


def test_a_body_told_by_what_it_has_done_bears_the_duty_of_phai():
    c = _read("1. Các cơ sở giết mổ đã đăng ký hoạt động trước ngày Quyết định này có hiệu lực phải bổ sung "
              "hồ sơ về Sở Nông nghiệp và Môi trường trước ngày 30 tháng 6 năm 2026.\n"
              "2. Tổ chức đã được cấp giấy chứng nhận trước ngày 01 tháng 3 năm 2026 phải hoàn thiện điều kiện "
              "vệ sinh thú y chậm nhất vào ngày 31 tháng 12 năm 2026.")
    tasks = [(t["assignees"][0].split()[:3], t["deadline"]) for t in c["tasks"]]
    assert tasks == [(["Các", "cơ", "sở"], "2026-06-30"), (["Tổ", "chức", "đã"], "2026-12-31")]


def test_phai_after_a_thing_or_a_condition_names_no_bearer():
    # a thing ("Hồ sơ đã nộp …") and a condition ("Trường hợp … đã …") bear no duty
    c = _read("1. Hồ sơ đã nộp trước ngày Quyết định này có hiệu lực phải được giải quyết theo quy định cũ.\n"
              "2. Trường hợp cơ sở đã ngừng hoạt động thì phải thông báo cho Ủy ban nhân dân cấp xã.")
    assert all(t["assignees"] != ["Hồ sơ đã nộp trước ngày Quyết định này có hiệu lực"] for t in c["tasks"])
    assert all(not a.startswith("Trường hợp") for t in c["tasks"] for a in t["assignees"])


def test_an_item_opening_with_a_body_and_a_tense_is_no_action_of_the_list():
    # "Tổ chức đã …": "tổ chức" followed by a word of tense is the noun, the item's bearer, not "organise"
    c = _read("1. Tổ chức đã được công nhận là cơ sở giết mổ tập trung trước ngày Quyết định này có hiệu lực "
              "phải cập nhật hồ sơ về Sở Nông nghiệp và Môi trường trước ngày 30 tháng 9 năm 2026.")
    assert [(t["assignees"][0].split()[:3], t["deadline"]) for t in c["tasks"]] == [(["Tổ", "chức", "đã"], "2026-09-30")]


def test_a_deadline_after_the_words_of_a_delegation_is_still_due():
    # "giao quyền quản lý" names what the dossier asks for; a delegation runs for a period, "trước ngày" is due
    c = _read("1. Các hợp tác xã nuôi trồng thủy sản hoàn thiện hồ sơ đề nghị công nhận và giao quyền quản lý "
              "vùng nuôi, gửi Sở Nông nghiệp và Môi trường trước ngày 15 tháng 11 năm 2026.")
    assert [d["date"] for d in c["deadlines"]] == ["2026-11-15"]
