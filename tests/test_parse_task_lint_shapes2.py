"""More assignee shapes that linting the parser's tasks on real sentences showed wrong
(``dispatch_tools.evaluate.task_lint``): a body's own clause before its duty read as its name, a long line
broken inside ``Văn hóa, Thể thao và | Du lịch`` as if ``Du`` were the verb ``dự``, an adverb left on a name
(``Trường luôn``), and the competent body cut at ``có thẩm quyền`` before a comma. The sentences are
composed; the shapes were found on real legal and administrative sentences kept out of the repository."""

from dispatch_tools.parse.body_lines import opens_with_action
from tests.composed import assignment_items


_items = assignment_items("121/UBND-VP", "An Bình, ngày 11 tháng 3 năm 2026")


def _item(text: str) -> list[dict]:
    """The tasks of a dispatch whose one item is ``text``."""
    return _items(f"- {text}")


def test_half_of_a_noun_opens_no_action():
    assert not opens_with_action("Du lịch có trách nhiệm phối hợp")
    assert opens_with_action("Dự họp và báo cáo kết quả")


def test_a_long_line_is_not_broken_inside_a_name_with_a_comma():
    tasks = _item("Sở Văn hóa, Thể thao và Du lịch có trách nhiệm phối hợp với Sở Tài chính, Sở Nội vụ hướng dẫn "
                  "các huyện thực hiện việc kiểm tra định kỳ các cơ sở kinh doanh dịch vụ lưu trú trên địa bàn tỉnh "
                  "theo quy định của pháp luật.")
    assert tasks[0]["lead"] == ["Sở Văn hóa, Thể thao và Du lịch"]
    assert tasks[0]["cooperating"] == ["Sở Tài chính", "Sở Nội vụ"]


def test_an_adverb_ends_a_name():
    tasks = _item("Trường luôn phối hợp với Hội Cha mẹ học sinh tổ chức các hoạt động ngoại khóa.")
    assert tasks[0]["lead"] == ["Trường"]
    tasks = _item("Trạm Y tế vẫn phối hợp với Phòng Y tế theo dõi dịch bệnh.")
    assert tasks[0]["lead"] == ["Trạm Y tế"]
    tasks = _item("Phối hợp với các cơ sở sản xuất con giống tổ chức kiểm tra chất lượng.")
    assert tasks[0]["cooperating"] == ["các cơ sở sản xuất con giống"]


def test_the_competent_body_goes_on_to_its_work_and_the_next_body():
    tasks = _item("Công an tỉnh chủ trì, phối hợp với cơ quan có thẩm quyền điều tra, Tòa án xử lý các vụ việc.")
    assert tasks[0]["cooperating"] == ["cơ quan có thẩm quyền điều tra", "Tòa án"]
    tasks = _item("Công an tỉnh chủ trì, phối hợp với cơ quan có thẩm quyền, Viện kiểm sát xử lý các vụ việc.")
    assert tasks[0]["cooperating"] == ["cơ quan có thẩm quyền", "Viện kiểm sát"]
    tasks = _item("Đề nghị cơ quan nhà nước có thẩm quyền ban bố tình trạng khẩn cấp về thiên tai.")
    assert tasks[0]["assignees"] == ["cơ quan nhà nước có thẩm quyền"]


def test_a_body_named_by_its_own_name_ends_before_its_own_clause():
    tasks = _item("Tổng cục Thống kê thực hiện việc hướng dẫn, kiểm tra và giám sát trong quá trình tổ chức điều tra "
                  "dân số mà các cục thống kê phải hoàn thành trước ngày 30 tháng 6.")
    assert tasks[0]["assignees"] == ["Tổng cục Thống kê"]
    tasks = _item("Cục Đường bộ thẩm định, phê duyệt theo thẩm quyền các dự án bảo trì đường bộ; chủ trì phối hợp "
                  "với Bộ Tài chính hướng dẫn thực hiện.")
    assert tasks[0]["assignees"] == ["Cục Đường bộ", "Bộ Tài chính"]
    # a kind of body named by what it does runs to its duty
    tasks = _item("Cơ sở giáo dục nghề nghiệp sử dụng thiết bị, hóa chất độc hại phải tuân thủ các yêu cầu bảo đảm "
                  "an toàn lao động.")
    assert tasks[0]["assignees"] == ["Cơ sở giáo dục nghề nghiệp sử dụng thiết bị, hóa chất độc hại"]


def test_a_time_limit_between_a_body_and_its_duty_leaves_the_body_its_subject():
    tasks = _item("Sở Lao động - Thương binh và Xã hội trong thời gian 12 ngày kể từ ngày nhận đủ giấy tờ, có trách "
                  "nhiệm kiểm tra hồ sơ.")
    assert tasks[0]["assignees"] == ["Sở Lao động - Thương binh và Xã hội"]
    tasks = _item("Cục Quản lý dược trong thời hạn 10 ngày làm việc kể từ ngày nhận hồ sơ phải có văn bản trả lời.")
    assert tasks[0]["assignees"] == ["Cục Quản lý dược"]
    tasks = _item("Cục Kiểm định và Chất lượng trong thời hạn 10 (mười) ngày làm việc kể từ ngày nhận hồ sơ phải có văn "
                  "bản trả lời tổ chức đề nghị.")
    assert tasks[0]["assignees"] == ["Cục Kiểm định và Chất lượng"]
