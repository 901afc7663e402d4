"""Bodies named by the work they do (``Trung tâm thanh toán bù trừ``, ``Ủy ban Quốc gia ứng phó sự cố thiên
tai và tìm kiếm cứu nạn``, ``Ban chỉ đạo trung ương về phòng chống thiên tai``) and syllables of a noun that
read as a verb (``công lập``, ``bầu cử``), in made-up sentences of the kind a telegram or a province's
dispatch holds (not taken from any document)."""

from __future__ import annotations

from dispatch_tools.parse.name_end import name_end
from dispatch_tools.vntext import strip_diacritics
from tests.test_parse_task_mechanisms import letter


def _name(text: str) -> str:
    return text[:name_end(text, strip_diacritics(text), 0, len(text))]


def test_a_committee_named_by_its_work_runs_to_the_next_body_of_the_list():
    (task,) = letter("Thủ tướng yêu cầu Ban chỉ đạo trung ương về phòng chống thiên tai, Uỷ ban quốc gia tìm kiếm "
                     "cứu nạn, các bộ, ngành có liên quan và các địa phương chủ động triển khai các biện pháp "
                     "ứng phó với mưa lũ.")
    assert task["assignees"] == ["Ban chỉ đạo trung ương về phòng chống thiên tai", "Uỷ ban quốc gia tìm kiếm cứu nạn",
                                 "các bộ, ngành có liên quan", "các địa phương"]


def test_a_national_committee_keeps_its_whole_name():
    (task,) = letter("Đề nghị Ủy ban Quốc gia ứng phó sự cố thiên tai và tìm kiếm cứu nạn, các bộ, ngành và "
                     "địa phương liên quan khẩn trương tìm kiếm người mất tích.")
    assert task["assignees"] == ["Ủy ban Quốc gia ứng phó sự cố thiên tai và tìm kiếm cứu nạn",
                                 "các bộ, ngành và địa phương liên quan"]


def test_the_name_runs_over_its_work_to_an_adverb_and_a_verb_or_to_the_role():
    assert _name("Trung tâm thanh toán bù trừ khẩn trương rà soát các giao dịch.") == "Trung tâm thanh toán bù trừ"
    assert _name("Văn phòng đăng ký đất đai chủ trì, phối hợp với Phòng Tài nguyên.") == "Văn phòng đăng ký đất đai"
    assert _name("Hội đồng thẩm định, phân loại phim phối hợp với Cục Điện ảnh.") == \
        "Hội đồng thẩm định, phân loại phim"
    assert _name("Phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp khẩn trương rà soát.") == \
        "Phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp"


def test_the_topic_after_ve_is_no_action_of_the_clause():
    assert _name("Thanh tra liên ngành về phòng, chống mại dâm khẩn trương kiểm tra các cơ sở.") == \
        "Thanh tra liên ngành về phòng, chống mại dâm"


def test_without_a_sign_of_the_action_the_verb_stays_the_action():
    (task,) = letter("Giao Văn phòng theo dõi, đôn đốc các đơn vị thực hiện.")
    assert task["assignees"][0] == "Văn phòng"
    assert _name("Trung tâm Y tế huyện kiểm tra hồ sơ, báo cáo kết quả.") == "Trung tâm Y tế huyện"
    assert _name("Ngân hàng Nhà nước chi nhánh tỉnh chỉ đạo các ngân hàng thương mại khẩn trương triển khai.") == \
        "Ngân hàng Nhà nước chi nhánh tỉnh"
    # "bàn giao" is no head "Ban": its marks are not the head's
    assert _name("Sở Xây dựng bàn giao mặt bằng, Sở Tài chính thanh toán.") == "Sở Xây dựng"


def test_a_verb_printed_inside_a_noun_does_not_end_the_name():
    (task,) = letter("Giao Trường trung cấp công lập khẩn trương rà soát chỉ tiêu tuyển sinh.")
    assert task["assignees"] == ["Trường trung cấp công lập"]
    assert _name("Hội đồng bầu cử quốc gia hướng dẫn việc tổ chức bầu cử.") == "Hội đồng bầu cử quốc gia"
    assert _name("Trung tâm Trợ giúp pháp lý nhà nước tỉnh khẩn trương rà soát.") == \
        "Trung tâm Trợ giúp pháp lý nhà nước tỉnh"


def test_the_work_printed_with_its_capital_opens_the_works():
    assert _name("Hội đồng Phối hợp phổ biến, giáo dục pháp luật tỉnh khẩn trương rà soát.") == \
        "Hội đồng Phối hợp phổ biến, giáo dục pháp luật tỉnh"


def test_after_another_name_ve_opens_what_the_body_is_asked_about():
    assert _name("Bộ Giao thông vận tải, Bộ Tài nguyên và Môi trường về đánh giá tác động môi trường Dự án.") == \
        "Bộ Giao thông vận tải, Bộ Tài nguyên và Môi trường"


def test_a_duty_after_the_head_is_the_clause_action_not_its_work():
    (task,) = letter("Quỹ có trách nhiệm theo dõi và thường xuyên phối hợp với các Ủy ban nhân dân các cấp đôn đốc "
                     "thu hồi công nợ.")
    assert task["assignees"] == ["Quỹ", "các Ủy ban nhân dân các cấp"]


def test_a_verb_joined_to_the_duty_is_the_clause_action():
    assert _name("Hội đồng quản lý bảo hiểm xã hội Việt Nam quyết định và chịu trách nhiệm trước Chính phủ.") == \
        "Hội đồng quản lý bảo hiểm xã hội Việt Nam"
    assert _name("Trung tâm Y tế huyện kiểm tra, định kỳ báo cáo Sở Y tế.") == "Trung tâm Y tế huyện"
    # an adverb right after the head opens the action, though it is a verb of the lexicon too
    assert _name("Trung tâm thường xuyên phối hợp với các cơ quan chức năng.") == "Trung tâm"


def test_the_measure_of_names_keeps_its_parts_and_reads_its_sentences():
    from dispatch_tools.evaluate import works_names

    parts = {works_names.name_part(n) for n in works_names.NAMES}
    assert parts == {"studied", "held"}
    assert works_names.name_part("Trung tâm thanh toán bù trừ") == "studied"  # the split never moves
    assert len(set(works_names.NAMES)) == len(works_names.NAMES)
    for sentence, gives in works_names.SENTENCES[:3]:
        name = "Trung tâm thanh toán bù trừ"
        (task,) = letter(sentence.format(N=name))
        assert task["assignees"] == gives(name)
