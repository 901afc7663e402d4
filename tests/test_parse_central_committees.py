"""The central committee of a mass organisation (``Trung ương Hội Nông dân Việt Nam``, ``Trung ương Đoàn …``) is a
body, and a request whose objects are listed with ``;`` stays one task (the clauses do no work of their own). The
sentences are composed; the shapes recur in the real passages of several rounds kept out of the repository."""

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.body_words import starts_body

HEAD = """HỘI NÔNG DÂN TỈNH AN BÌNH
BAN THƯỜNG VỤ
Số: 64-CV/HND
V/v tuyên truyền, góp ý dự thảo
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Bình, ngày 20 tháng 7 năm 2026
Kính gửi: Hội Nông dân các huyện, thị xã
"""
FOOT = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nTrần Văn Bình\n"


def tasks_of(body: str) -> list[dict]:
    return to_contract(parse_text(HEAD + body + FOOT).fields)["tasks"]


def test_a_central_committee_opens_a_body():
    assert starts_body("Trung ương Hội Liên hiệp Phụ nữ Việt Nam")
    assert starts_body("Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")
    assert not starts_body("Trung ương")


def test_a_central_committee_among_the_bodies_of_a_task():
    tasks = tasks_of("Đề nghị Thanh tra tỉnh và Trung ương Hội Cựu chiến binh Việt Nam phối hợp với Trung ương Đoàn "
                     "Thanh niên Cộng sản Hồ Chí Minh tổ chức tuyên truyền về pháp luật khiếu nại, tố cáo.")
    assert tasks[0]["assignees"] == ["Thanh tra tỉnh", "Trung ương Hội Cựu chiến binh Việt Nam",
                                     "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"]


def test_a_request_whose_objects_are_listed_with_semicolons_is_one_task():
    tasks = tasks_of("Hội Luật gia Việt Nam kính mời các cơ quan, tổ chức nghiên cứu; các nhà khoa học, nhà nghiên cứu; "
                     "các phóng viên, nhà báo tham gia góp ý dự thảo.")
    assert len(tasks) == 1
    assert tasks[0]["text"].startswith("Hội Luật gia Việt Nam kính mời")
