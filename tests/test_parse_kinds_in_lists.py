"""Where a list of kinds of bodies written small splits at its commas: a kind named with words of its own ends
before the next kind (``Cơ quan quản lý cấp trên, sở, ban, ngành chủ quản`` is two bodies), and bare kinds before
a kind with words share those words (``Cơ quan, tổ chức, đơn vị được giao …`` is one). The sentences are
composed; the shapes recur in the real passages of several rounds kept out of the repository."""

from tests.composed import decision_items
from dispatch_tools.parse.bodies import split_bodies

tasks_of = decision_items("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH", "44/QĐ-UBND", "An Bình, ngày 12 tháng 3 năm 2026",
                          "Về việc quản lý nhà, đất công",
                          "Điều 1. Quyết định này quy định việc quản lý nhà, đất công trên địa bàn tỉnh.",
                          "Điều 2. Trách nhiệm thực hiện", "CHỦ TỊCH", "Trần Văn Bình")


def test_a_named_kind_ends_before_the_next_kinds():
    assert split_bodies("Đơn vị quản lý trực tiếp, sở, ban, ngành chủ quản") == [
        "Đơn vị quản lý trực tiếp", "sở, ban, ngành chủ quản"]


def test_two_kinds_each_named_with_their_own_words():
    assert split_bodies("tổ chức hành nghề công chứng, tổ chức được Nhà nước giao quản lý kho lưu trữ") == [
        "tổ chức hành nghề công chứng", "tổ chức được Nhà nước giao quản lý kho lưu trữ"]


def test_bare_kinds_share_the_words_of_the_last():
    assert split_bodies("Cơ quan, tổ chức, đơn vị được giao quản lý nhà, đất") == [
        "Cơ quan, tổ chức, đơn vị được giao quản lý nhà, đất"]


def test_a_list_after_cua_or_a_kind_in_the_words_runs_on():
    assert split_bodies("Ban chỉ huy quân sự cơ quan, tổ chức thuộc doanh nghiệp") == [
        "Ban chỉ huy quân sự cơ quan, tổ chức thuộc doanh nghiệp"]
    assert split_bodies("Hội đồng quản trị của công ty, chi nhánh ngân hàng nước ngoài") == [
        "Hội đồng quản trị của công ty, chi nhánh ngân hàng nước ngoài"]


def test_in_a_task():
    tasks = tasks_of("1. Cơ quan, tổ chức, đơn vị được giao quản lý nhà, đất có trách nhiệm kê khai đầy đủ "
                     "diện tích đang sử dụng.",
                     "2. Đơn vị quản lý trực tiếp, sở, ban, ngành chủ quản có trách nhiệm xác nhận hồ sơ kê khai "
                     "và lưu giữ hồ sơ theo quy định.")
    assert tasks[0]["assignees"] == ["Cơ quan, tổ chức, đơn vị được giao quản lý nhà, đất"]
    assert tasks[1]["assignees"] == ["Đơn vị quản lý trực tiếp", "sở, ban, ngành chủ quản"]
