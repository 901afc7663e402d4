"""The issuing body named by its kind alone (``Ủy ban nhân dân huyện`` in a dispatch of ``UBND HUYỆN
A``) is the issuer: a list it introduces is asked of the addressees, not of itself."""

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.task_named import is_issuer

HEAD = ("UBND HUYỆN ĐÔNG ANH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 412/UBND-GDĐT\nĐông Anh, ngày 20 tháng 5 năm 2025\nV/v bảo đảm an toàn cho học sinh dịp hè\n"
        "Kính gửi: Các trường tiểu học, trung học cơ sở trên địa bàn huyện.\n")
FOOT = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn Hải\n"


def test_a_list_the_issuer_introduces_by_its_kind_is_asked_of_the_addressees():
    body = ("Để bảo đảm an toàn cho học sinh trong dịp nghỉ hè, Ủy ban nhân dân huyện lưu ý một số nội dung sau:\n"
            "1. Không tổ chức cho học sinh đi tham quan tại các khu vực sông, hồ, suối.\n"
            "2. Phối hợp với gia đình quản lý học sinh trong thời gian nghỉ hè.\n")
    tasks = to_contract(parse_text(HEAD + body + FOOT).fields)["tasks"]
    assert len(tasks) == 2
    assert all("Ủy ban nhân dân huyện" not in t["assignees"] for t in tasks)


def test_the_issuer_by_its_kind_and_by_its_abbreviation():
    doc = parse_text(HEAD + "Đề nghị các trường thực hiện.\n" + FOOT)
    ctx = type("Ctx", (), {"fields": doc.fields})()
    assert is_issuer(ctx, "Ủy ban nhân dân huyện")
    assert is_issuer(ctx, "UBND huyện Đông Anh")
    assert not is_issuer(ctx, "Ủy ban nhân dân tỉnh")
    assert not is_issuer(ctx, "Phòng Giáo dục và Đào tạo huyện")


def test_bodies_and_their_actions_after_the_issuer_gives_out_duties_with_or_without_markers():
    for marker in ("", "- ", "1. "):
        body = ("Ủy ban nhân dân huyện phân công nhiệm vụ như sau:\n"
                f"{marker}Phòng Nội vụ: xây dựng kế hoạch tổ chức hội nghị, trình Ủy ban nhân dân huyện trước "
                "ngày 10/6/2025.\n"
                f"{marker}Phòng Tài chính - Kế hoạch: bố trí kinh phí tổ chức hội nghị.\n"
                f"{marker}Phòng Văn hóa và Thông tin: tuyên truyền về hội nghị trên các phương tiện thông tin.\n")
        tasks = to_contract(parse_text(HEAD + body + FOOT).fields)["tasks"]
        assert [(t["assignees"], t["deadline"]) for t in tasks] == [
            (["Phòng Nội vụ"], "2025-06-10"), (["Phòng Tài chính - Kế hoạch"], None),
            (["Phòng Văn hóa và Thông tin"], None)], marker


def test_a_label_and_its_value_is_still_no_task():
    body = ("Ủy ban nhân dân huyện giao nhiệm vụ như sau:\n"
            "Phòng Nội vụ chủ trì tổ chức hội nghị sơ kết.\n"
            "Thời gian: ngày 12/6/2025.\n")
    tasks = to_contract(parse_text(HEAD + body + FOOT).fields)["tasks"]
    assert [t["assignees"] for t in tasks] == [["Phòng Nội vụ"]]
