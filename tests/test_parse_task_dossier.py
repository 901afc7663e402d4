"""The documents of a dossier listed under ``Hồ sơ gồm:`` are what to send, not tasks: the request that
asks for the dossier is the task, with its deadline, whether the list follows it as a sentence of its
own, ends its sentence, or is a numbered part of a guidance."""

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.context import Context
from dispatch_tools.parse.task_non_tasks import lists_documents

HEAD = ("UBND HUYỆN SƠN TỊNH\nPHÒNG NỘI VỤ\nSố: 45/PNV\nV/v đề nghị công nhận xã đạt chuẩn tiếp cận pháp luật\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSơn Tịnh, ngày 10 tháng 3 năm 2025\n"
        "Kính gửi: Ủy ban nhân dân các xã.\n")
FOOT = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTRƯỞNG PHÒNG\nNguyễn Văn An\n"
DOCUMENTS = ("- Tờ trình đề nghị công nhận của UBND xã;\n"
             "- Báo cáo kết quả đánh giá, chấm điểm các chỉ tiêu;\n"
             "- Biên bản họp Hội đồng đánh giá tiếp cận pháp luật cấp xã.\n")


def _tasks(body: str) -> list[dict]:
    return to_contract(parse_text(HEAD + body + FOOT).fields)["tasks"]


def test_the_list_after_a_sentence_of_its_own_gives_no_task():
    tasks = _tasks("Phòng Nội vụ đề nghị UBND các xã gửi hồ sơ đề nghị công nhận về Phòng Nội vụ trước ngày "
                   "25/3/2025. Hồ sơ gồm:\n" + DOCUMENTS)
    assert [(t["assignees"], t["deadline"]) for t in tasks] == [(["UBND các xã"], "2025-03-25")]


def test_the_request_that_ends_with_the_list_is_the_task():
    tasks = _tasks("Phòng Nội vụ đề nghị UBND các xã gửi hồ sơ đề nghị công nhận về Phòng Nội vụ trước ngày "
                   "25/3/2025, hồ sơ bao gồm các giấy tờ sau:\n" + DOCUMENTS)
    assert [(t["assignees"], t["deadline"]) for t in tasks] == [(["UBND các xã"], "2025-03-25")]
    assert tasks[0]["text"].startswith("Phòng Nội vụ đề nghị UBND các xã gửi hồ sơ")


def test_a_numbered_dossier_part_between_tasks():
    body = ("Phòng Nội vụ hướng dẫn việc đề nghị khen thưởng năm 2024 như sau:\n"
            "1. Ủy ban nhân dân các xã rà soát, lập danh sách đề nghị khen thưởng, gửi về Phòng Nội vụ trước "
            "ngày 15/4/2025.\n"
            "2. Hồ sơ đề nghị khen thưởng gồm:\n"
            "a) Tờ trình của Ủy ban nhân dân xã;\n"
            "b) Báo cáo thành tích có xác nhận của Chủ tịch Ủy ban nhân dân xã;\n"
            "c) Biên bản họp Hội đồng thi đua - khen thưởng của xã.\n"
            "3. Công chức Văn phòng - Thống kê các xã tổng hợp hồ sơ, gửi kèm danh sách.\n")
    tasks = _tasks(body)
    assert [t["text"].split()[0] for t in tasks] == ["Ủy", "Công"]
    assert tasks[0]["deadline"] == "2025-04-15"


def test_what_opens_a_dossier_list():
    def opens(sentence):
        return lists_documents(Context(sentence), 0, len(sentence))
    assert opens("Hồ sơ gồm:")
    assert opens("2. Hồ sơ đề nghị khen thưởng gồm:")
    assert opens("Đề nghị các trường gửi hồ sơ về Sở trước ngày 20/4/2025, hồ sơ bao gồm các giấy tờ sau:")
    assert opens("Tài liệu hội nghị gồm có:")
    assert not opens("Để hoàn thiện hồ sơ, đề nghị các đơn vị thực hiện các nội dung sau:")
    assert not opens("Về hồ sơ:")
    assert not opens("Hồ sơ gồm 02 bộ, gửi về Phòng Nội vụ.")
