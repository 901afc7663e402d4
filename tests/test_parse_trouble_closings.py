"""The closing request of a legal document's article, ``Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, X
phản ánh về Bộ …``: a task also printed as a paragraph right after the last point of a body's duties, and also
when the circumstance ends without its comma before ``đề nghị``. The sentences are composed; the shapes recur in
the real passages of several rounds kept out of the repository."""

from tests.composed import foot, head, items_reader

HEAD = head("BỘ Y TẾ", "12/2026/TT-BYT", "Hà Nội, ngày 12 tháng 3 năm 2026", "THÔNG TƯ", "Quy định về quản lý thiết bị y tế",
            "Điều 1. Phạm vi điều chỉnh", "Thông tư này quy định việc quản lý thiết bị y tế.", "Điều 2. Tổ chức thực hiện")
FOOT = foot("Điều 2", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trần Văn Bình")

tasks_of = items_reader(HEAD, FOOT)  # the body between the head and the foot


def test_a_closing_paragraph_after_the_last_point_of_a_body_s_duties():
    tasks = tasks_of("1. Sở Y tế các tỉnh có trách nhiệm:\n"
                     "a) Chủ trì, phối hợp với Sở Nội vụ trình Ủy ban nhân dân tỉnh thành lập Trung tâm;\n"
                     "b) Quy định chức năng, nhiệm vụ của Trung tâm.\n"
                     "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, cơ quan, tổ chức, cá nhân phản ánh kịp "
                     "thời về Bộ Y tế để xem xét, giải quyết./.\n"
                     "Điều 3. Thông tư này có hiệu lực từ ngày ký.")
    assert len(tasks) == 3
    assert tasks[2]["text"].startswith("Trong quá trình thực hiện, nếu có khó khăn")
    assert tasks[2]["assignees"] == ["cơ quan, tổ chức, cá nhân"]


def test_a_circumstance_of_trouble_without_its_comma():
    tasks = tasks_of("1. Vụ Pháp chế chủ trì hướng dẫn thực hiện Thông tư này.\n"
                     "2. Trong quá trình thực hiện nếu phát sinh vướng mắc đề nghị phản ánh về Bộ Y tế để xem xét, "
                     "giải quyết./.")
    assert len(tasks) == 2
    assert tasks[1]["text"].startswith("Trong quá trình thực hiện nếu phát sinh vướng mắc")


def test_a_body_right_after_the_trouble_without_a_comma():
    tasks = tasks_of("1. Vụ Pháp chế chủ trì hướng dẫn thực hiện Thông tư này.\n"
                     "2. Trong quá trình thực hiện có gì vướng mắc các đơn vị cần báo cáo về Bộ Y tế để có hướng dẫn "
                     "kịp thời.")
    assert len(tasks) == 2
    assert tasks[1]["assignees"] == ["các đơn vị"]
