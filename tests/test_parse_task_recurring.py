"""Wordings that recur in dispatches of every source, each a made-up sentence: a request after an
opening word, an approval after a label, a heading's aside, and who is asked."""

from __future__ import annotations

from dispatch_tools.parse.bodies import split_bodies

from .test_parse_task_mechanisms import decision, letter


def test_a_note_word_opening_a_sentence_that_goes_on_to_a_request_asks():
    (task,) = letter("Lưu ý việc khai thác khoáng sản phải phù hợp với quy hoạch của tỉnh, Chủ tịch Ủy ban nhân dân "
                     "tỉnh yêu cầu Sở Xây dựng rà soát các giấy phép đã cấp.")
    assert task["assignees"] == ["Sở Xây dựng"]
    (task,) = letter("Thời gian tới, đề nghị Sở Tài chính bố trí kinh phí cho các huyện.")
    assert task["assignees"] == ["Sở Tài chính"]
    # a labelled line of information still asks nothing, whatever follows its colon
    assert letter("Thời gian: 8 giờ ngày 20/8/2024, đề nghị các đơn vị có mặt đúng giờ.") == []


def test_an_approval_after_a_label_asks_nothing():
    tasks = letter("1. Về đề xuất của Sở Nội vụ tại Tờ trình số 12/TTr-SNV: Đồng ý chủ trương tổ chức hội nghị.\n"
                   "2. Về kinh phí: Giao Sở Tài chính bố trí kinh phí thực hiện.")
    assert [t["assignees"] for t in tasks] == [["Sở Tài chính"]]
    (task,) = letter("1. Về công tác kiểm tra: Tăng cường kiểm tra an toàn thực phẩm tại các chợ.")  # tăng is no tặng
    assert task["text"].startswith("Về công tác kiểm tra")


def test_a_headings_aside_in_brackets_is_not_part_of_its_body():
    tasks = letter("Ủy ban nhân dân tỉnh giao nhiệm vụ như sau:\n"
                   "1. Sở Y tế (thời gian hoàn thành: trước ngày 30/9/2024):\n"
                   "a) Rà soát danh mục thuốc thiết yếu.\n"
                   "b) Báo cáo kết quả về Ủy ban nhân dân tỉnh.\n"
                   "2. Sở Tài chính (thời gian hoàn thành: quý IV năm 2024): bố trí kinh phí thực hiện.")
    assert [t["assignees"] for t in tasks] == [["Sở Y tế"], ["Sở Y tế"], ["Sở Tài chính"]]
    assert tasks[0]["deadline"] == "2024-09-30"
    assert tasks[2]["text"].startswith("Bố trí kinh phí")
    assert split_bodies("Sở Tài chính (thời gian") == ["Sở Tài chính"]
    assert split_bodies("Sở Tài nguyên và Môi trường (TN&MT)") == ["Sở Tài nguyên và Môi trường (TN&MT)"]


def test_bodies_after_an_opening_phrase_keep_the_commas_of_their_names():
    (task,) = decision("Điều 3. Khi tạm giữ tàu thuyền nước ngoài, lực lượng tuần tra, kiểm soát trên biển hoặc cơ "
                       "quan nhà nước có thẩm quyền có trách nhiệm thông báo ngay cho Sở Ngoại vụ.")
    assert task["assignees"] == ["lực lượng tuần tra, kiểm soát trên biển", "cơ quan nhà nước có thẩm quyền"]


def test_a_commanders_title_opens_another_body_of_an_execution_clause():
    (task,) = decision("Điều 2. Chủ nhiệm các Tổng cục, Tư lệnh các quân khu, Chỉ huy trưởng Bộ Chỉ huy quân sự tỉnh "
                       "chịu trách nhiệm thi hành Quyết định này.")
    assert task["assignees"][:2] == ["các Tổng cục", "các quân khu"]


def test_what_bodies_all_do_is_told_not_asked():
    assert letter("Hằng năm, các trường đều tổ chức hội thao cho học sinh vào dịp khai giảng.") == []
    assert letter("Các đơn vị trên địa bàn đều thực hiện nghiêm chế độ báo cáo định kỳ.") == []
    (task,) = letter("Đề nghị các đơn vị đều thực hiện nghiêm chế độ báo cáo định kỳ.")
    assert task["assignees"] == ["các đơn vị"]


def test_what_they_call_for_is_told():
    assert letter("Nhiều doanh nghiệp lo ngại. Họ thường xuyên kêu gọi Bộ Tài chính giảm thuế cho hàng nhập khẩu.") == []


def test_a_leader_who_directs_a_body_gives_it_the_task():
    (task,) = letter("Lãnh đạo Sở Y tế chỉ đạo các bệnh viện tăng cường công tác phòng chống dịch.",
                     to="Kính gửi:\n- Các sở, ban, ngành tỉnh.\n\n")
    assert task["lead"] == ["Sở Y tế"] and "các bệnh viện" in task["assignees"]  # the body its leaders lead
    (task,) = letter("Phó Thủ tướng chỉ đạo Bộ Xây dựng rà soát quy định về xuất khẩu khoáng sản.")
    assert task["assignees"] == ["Bộ Xây dựng"]
    (task,) = letter("Phó Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo Sở Xây dựng kiểm tra các công trình.")
    assert task["assignees"] == ["Sở Xây dựng"]
    assert letter("Phó Chủ tịch Ủy ban nhân dân tỉnh đã chỉ đạo Sở Xây dựng kiểm tra các công trình.") == []


def test_a_request_named_as_a_document_asks_nothing():
    (task,) = decision("Điều 3. Khi thay đổi nội dung giấy phép, cơ quan chủ quản gửi hồ sơ đề nghị Sở Thông tin và "
                       "Truyền thông chấp thuận. Hồ sơ gồm có đơn và bản sao giấy phép.")
    assert task["assignees"] == ["cơ quan chủ quản"]  # who sends the dossier, not whom the dossier asks
    assert letter("Hồ sơ đề nghị Sở Xây dựng cấp giấy phép gồm đơn, bản vẽ và giấy tờ về đất.") == []
    (task,) = letter("Đề nghị các đơn vị gửi hồ sơ đề nghị khen thưởng về Sở Nội vụ trước ngày 30/9/2024.")
    assert task["assignees"] == ["các đơn vị"]


def test_a_request_whose_list_never_comes_asks_itself():
    tasks = letter("Giao Sở Y tế chủ trì, phối hợp với các đơn vị liên quan tổ chức tiêm chủng, bảo đảm các yêu cầu sau:\n"
                   "Đúng đối tượng, an toàn và kịp thời.")
    assert [(t["lead"], t["cooperating"]) for t in tasks] == [(["Sở Y tế"], ["các đơn vị liên quan"])]
    tasks = letter("Ủy ban nhân dân tỉnh đề nghị:\n"  # the paragraph after it is what it asks
                   "Sở Y tế chủ trì, phối hợp với Sở Tài chính tổ chức tiêm chủng trên địa bàn tỉnh.")
    assert [t["lead"] for t in tasks] == [["Sở Y tế"]]
    tasks = letter("Giao Sở Y tế chủ trì tổ chức tiêm chủng, bảo đảm các yêu cầu sau:\n- Đúng đối tượng.\n- Kịp thời.")
    assert len(tasks) == 2


def test_an_articles_title_that_names_bodies_gives_them_its_clause():
    tasks = decision("Điều 3. Trách nhiệm của các sở, ban, ngành và Ủy ban nhân dân các huyện\n"
                     "Tổ chức triển khai thực hiện Quyết định này trong phạm vi quản lý.")
    assert [t["assignees"] for t in tasks][0] == ["các sở, ban, ngành", "Ủy ban nhân dân các huyện"]


def test_customers_asked_to_act_are_the_tasks_assignees():
    (task,) = letter("Đề nghị các khách hàng cập nhật thông tin tài khoản trước ngày 30/9/2024.")
    assert task["assignees"] == ["các khách hàng"]
