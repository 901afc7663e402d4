"""Assignees in the shapes that linting the parser's tasks on real sentences showed wrong
(``dispatch_tools.evaluate.task_lint``): a name left on the word that joins it to the work (``… Sở B trong |
xây dựng …``), a clause of its own before a ``;`` read as a body's name, the partners after ``phối hợp với``
split at their comma by an opening phrase, and ``tổ chức`` after ``của`` read as a verb. The sentences are
composed; the shapes were found on real legal and administrative sentences kept out of the repository."""

from tests.composed import assignment_items, decision_items

tasks_of = decision_items("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH", "52/QĐ-UBND", "An Bình, ngày 16 tháng 3 năm 2026",
                          "Về việc phân công nhiệm vụ",
                          "Điều 1. Quyết định này phân công nhiệm vụ của các cơ quan, đơn vị.",
                          "Điều 2. Tổ chức thực hiện", "CHỦ TỊCH", "Lê Văn Cường")


_items = assignment_items("118/UBND-VP", "An Bình, ngày 09 tháng 3 năm 2026")


def _item(text: str) -> list[dict]:
    """The tasks of a dispatch whose one item is ``text``."""
    return _items(f"- {text}")


def test_a_list_of_partners_ends_before_the_work_it_is_in():
    tasks = _item("Phối hợp với Sở Tài chính, Sở Nội vụ trong xây dựng kế hoạch biên chế năm 2027.")
    assert tasks[0]["cooperating"] == ["Sở Tài chính", "Sở Nội vụ"]
    tasks = _item("Phối hợp với Quỹ Bảo trì đường bộ trong tổ chức thực hiện kiểm tra mặt đường.")
    assert tasks[0]["cooperating"] == ["Quỹ Bảo trì đường bộ"]


def test_a_body_with_its_own_work_before_a_semicolon_keeps_only_its_name():
    tasks = tasks_of("1. Sở Tài chính tổng hợp số liệu, gửi Sở Nội vụ; Sở Nội vụ có trách nhiệm báo cáo "
                     "Ủy ban nhân dân tỉnh.")
    assert tasks[0]["assignees"] == ["Sở Tài chính", "Sở Nội vụ"]
    tasks = tasks_of("2. Hằng quý, Cục Thống kê tổng hợp tình hình thực hiện, gửi Sở Xây dựng; Sở Xây dựng có "
                     "trách nhiệm báo cáo Bộ Xây dựng.")
    assert tasks[0]["assignees"] == ["Cục Thống kê", "Sở Xây dựng"]


def test_an_execution_clause_keeps_its_entries_whole():
    tasks = _item("Thủ trưởng, Phó Thủ trưởng Cơ quan quản lý thi hành án tỉnh; Giám đốc Sở Tư pháp chịu "
                  "trách nhiệm thi hành Quyết định này.")
    assert tasks[0]["assignees"] == ["Thủ trưởng, Phó Thủ trưởng Cơ quan quản lý thi hành án tỉnh", "Sở Tư pháp"]


def test_partners_after_an_opening_phrase_are_not_split_at_their_comma():
    tasks = _item("Hằng năm, chủ trì, phối hợp với các sở, ngành, địa phương xây dựng kế hoạch đào tạo.")
    assert tasks[0]["cooperating"] == ["các sở, ngành, địa phương"]
    tasks = _item("Thực hiện kiểm tra định kỳ; phối hợp với các cơ quan, đơn vị liên quan xử lý vi phạm.")
    assert tasks[0]["cooperating"] == ["các cơ quan, đơn vị liên quan"]
    assert tasks[0]["lead"] != ["đơn vị liên quan"]


def test_an_organisation_after_whose_is_no_verb():
    tasks = _item("Sở Y tế, cơ quan thường trực của tổ chức chính trị - xã hội tỉnh, Ủy ban nhân dân cấp huyện "
                  "phối hợp với Sở Nội vụ hướng dẫn thực hiện.")
    assert tasks[0]["lead"] == ["Sở Y tế", "cơ quan thường trực của tổ chức chính trị - xã hội tỉnh",
                                "Ủy ban nhân dân cấp huyện"]


def test_a_school_is_no_head_of_a_body():
    tasks = _item("Phối hợp với Trường Sĩ quan Chính trị và Trường sĩ quan Công binh giải quyết chế độ học viên.")
    assert tasks[0]["cooperating"] == ["Trường Sĩ quan Chính trị", "Trường sĩ quan Công binh"]
    tasks = _item("Trung tâm phối hợp với trường trung học cơ sở và trường trung học phổ thông tổ chức tư vấn "
                  "hướng nghiệp.")
    assert tasks[0]["assignees"] == ["Trung tâm", "trường trung học cơ sở", "trường trung học phổ thông"]
    tasks = _item("Trưởng phòng Tài chính - Kế hoạch chủ trì thực hiện.")
    assert tasks[0]["lead"] == ["phòng Tài chính - Kế hoạch"]


def test_a_school_written_small_and_placed_is_one_more_kind_of_the_plural():
    from dispatch_tools.parse.bodies import split_bodies

    assert split_bodies("Các phòng, ban, trường thuộc Sở") == ["Các phòng, ban, trường thuộc Sở"]
    assert split_bodies("Sở Y tế, trường thuộc tỉnh") == ["Sở Y tế", "trường thuộc tỉnh"]
