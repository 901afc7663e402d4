"""A task that names no body is asked of the addressees: they are its assignees and, each for its own
part, its lead, so the checklist's "chủ trì" column is not left empty."""

from dispatch_tools.parse import parse_text, to_contract

PAGE = ("SỞ Y TẾ TỈNH NGHỆ AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 1204/SYT-NVY\nNghệ An, ngày 12 tháng 5 năm 2025\nV/v phòng, chống sốt xuất huyết\n"
        "Kính gửi:\n- Trung tâm Y tế các huyện, thành phố, thị xã;\n- Bệnh viện đa khoa tỉnh.\n"
        "Sở Y tế yêu cầu thực hiện các nội dung sau:\n"
        "1. Tăng cường giám sát, phát hiện sớm ca bệnh sốt xuất huyết tại cộng đồng.\n"
        "2. Báo cáo tình hình dịch bệnh về Sở Y tế trước ngày 30/5/2025.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, NVY.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLê Văn Tâm\n")


def test_the_addressees_lead_the_tasks_that_name_no_body():
    tasks = to_contract(parse_text(PAGE).fields)["tasks"]
    addressees = ["Trung tâm Y tế các huyện, thành phố, thị xã", "Bệnh viện đa khoa tỉnh"]
    assert [t["assignees"] for t in tasks] == [addressees, addressees]
    assert [t["lead"] for t in tasks] == [addressees, addressees]
    assert [t["cooperating"] for t in tasks] == [[], []]
