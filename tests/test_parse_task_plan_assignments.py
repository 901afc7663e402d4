"""How plans and directives hand out their work (found on real passages of plans, programmes and
directives). Two shapes:

* the points of a body's heading (``1. Sở A: a) … b) …``) that start over (``a) …`` again) with no
  heading between belong to a heading the page left out: they do not take the body above them, and
  keep only the bodies they name themselves;
* a line that names only bodies, then at most an adverb (``khẩn trương``) and a word of duty
  (``phải``) before its colon (``Các sở, ngành khẩn trương:``, ``Từng phòng, ban phải:``) introduces a
  list whose items are theirs, also on the line after a title it runs on from; ``từng`` and ``mỗi``
  open a body as ``các`` does (``Môi trường`` stays no ``mỗi trường``)."""

from __future__ import annotations

from tests.composed import foot, head, tasks_in
from dispatch_tools.parse.body_words import starts_body

HEAD = head("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH", "215/QĐ-UBND", "An Bình, ngày 12 tháng 5 năm 2026", "QUYẾT ĐỊNH",
            "Ban hành Kế hoạch chuyển đổi số trong các trường học năm 2026", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "QUYẾT ĐỊNH:")
FOOT = foot("Điều 3", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Tâm")

RESTART = HEAD + """Điều 1. Tổ chức thực hiện
1. Sở Giáo dục và Đào tạo:
a) Chủ trì, phối hợp với Sở Tài chính hướng dẫn các trường lập dự toán chuyển đổi số;
b) Tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 năm 2026.
a) Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2026;
b) Chủ trì, phối hợp với Kho bạc Nhà nước tỉnh kiểm tra việc sử dụng kinh phí.
3. Ủy ban nhân dân các huyện chỉ đạo các trường trên địa bàn triển khai Kế hoạch.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Giáo dục và Đào tạo chịu trách nhiệm thi hành Quyết định này./.
""" + FOOT


def _tasks(text):
    return tasks_in(text)


def _by_opening(tasks, words):
    return next(t for t in tasks if t["text"].startswith(words))


def test_points_that_start_over_do_not_take_the_heading_above():
    tasks = _tasks(RESTART)
    assert _by_opening(tasks, "Bố trí kinh phí")["assignees"] == []
    assert _by_opening(tasks, "Chủ trì, phối hợp với Kho bạc")["assignees"] == ["Kho bạc Nhà nước tỉnh"]


def test_the_points_before_the_restart_keep_their_heading():
    tasks = _tasks(RESTART)
    first = _by_opening(tasks, "Chủ trì, phối hợp với Sở Tài chính")
    assert first["assignees"] == ["Sở Giáo dục và Đào tạo", "Sở Tài chính"]
    assert _by_opening(tasks, "Tổng hợp kết quả")["assignees"] == ["Sở Giáo dục và Đào tạo"]


DD = HEAD + """Điều 1. Tổ chức thực hiện
1. Sở Thông tin và Truyền thông:
a) Xây dựng nền tảng học trực tuyến dùng chung;
b) Hướng dẫn các trường bảo đảm an toàn thông tin;
c) Kiểm tra việc kết nối mạng của các trường;
d) Tập huấn cho giáo viên;
đ) Tổng hợp, báo cáo kết quả thực hiện.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
""" + FOOT


def test_d_then_dd_goes_on_under_its_heading():
    tasks = _tasks(DD)
    assert _by_opening(tasks, "Tổng hợp, báo cáo")["assignees"] == ["Sở Thông tin và Truyền thông"]


URGED = """ỦY BAN NHÂN DÂN
TỈNH AN BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 88/TB-UBND
An Bình, ngày 03 tháng 6 năm 2026
THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại phiên họp thường kỳ tháng 5 năm 2026
1. Về giải ngân vốn đầu tư công
Các sở, ngành khẩn trương:
- Rà soát các dự án chậm giải ngân;
- Báo cáo Ủy ban nhân dân tỉnh trước ngày 20/6/2026.
2. Về thu ngân sách
Từng sở, ngành, địa phương phải:
- Bám sát dự toán thu được giao;
- Đề xuất giải pháp tăng thu.
Nơi nhận:
- Các sở, ngành;
- Lưu: VT.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Trần Thị Hoa
"""


def test_bodies_then_an_adverb_and_a_colon_head_the_list():
    tasks = _tasks(URGED)
    rev = _by_opening(tasks, "Rà soát các dự án")
    assert rev["assignees"] == ["Các sở, ngành"]
    assert _by_opening(tasks, "Báo cáo Ủy ban")["assignees"] == ["Các sở, ngành"]


def test_each_body_then_a_word_of_duty_heads_the_list():
    tasks = _tasks(URGED)
    assert _by_opening(tasks, "Bám sát dự toán")["assignees"] == ["Từng sở, ngành, địa phương"]
    assert _by_opening(tasks, "Đề xuất giải pháp")["assignees"] == ["Từng sở, ngành, địa phương"]


def test_tung_and_moi_open_a_body_but_moi_truong_does_not():
    assert starts_body("Từng sở, ngành, địa phương phải:")
    assert starts_body("Mỗi đơn vị cử một cán bộ tham dự")
    assert not starts_body("Môi trường học tập an toàn")
    assert starts_body("Sở Tài nguyên và Môi trường")


TITLED = """BỘ CÔNG THƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 31/2026/TT-BCT
Hà Nội, ngày 20 tháng 4 năm 2026
THÔNG TƯ
Hướng dẫn thực hiện Chương trình xúc tiến thương mại quốc gia
Căn cứ Nghị định số 40/2025/NĐ-CP ngày 26 tháng 02 năm 2025 của Chính phủ;
Bộ trưởng Bộ Công Thương ban hành Thông tư hướng dẫn thực hiện Chương trình.
Điều 1. Tổ chức thực hiện
1. Trách nhiệm của Cục Xúc tiến thương mại
Chủ trì tổng hợp kế hoạch xúc tiến thương mại của các bộ, ngành, báo cáo Bộ trưởng trước ngày 15 tháng 11 hằng năm.
2. Trách nhiệm của các hiệp hội ngành hàng
Trong phạm vi nhiệm vụ, quyền hạn có trách nhiệm đề xuất đề án xúc tiến thương mại gửi Cục Xúc tiến thương mại.
3. Sở Công Thương, Sở Nông nghiệp và Môi trường
Căn cứ kế hoạch được duyệt, hướng dẫn doanh nghiệp trên địa bàn tham gia Chương trình.
Điều 2. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 6 năm 2026.
Nơi nhận:
- Như Điều 1;
- Lưu: VT, XTTM.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Phan Thị Thắng
"""


def test_an_items_title_line_names_whose_work_the_next_line_is():
    tasks = _tasks(TITLED)
    assoc = _by_opening(tasks, "Trong phạm vi nhiệm vụ")
    assert assoc["assignees"][0] == "các hiệp hội ngành hàng"
    assert all("Trong phạm vi" not in name for t in tasks for name in t["assignees"])
    local = _by_opening(tasks, "Căn cứ kế hoạch")
    assert local["assignees"] == ["Sở Công Thương", "Sở Nông nghiệp và Môi trường"]
