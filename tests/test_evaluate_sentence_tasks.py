"""The single sentences' scorer (``evaluate/sentence_tasks.py``) on made-up sentences and gold."""

from __future__ import annotations

import json

from dispatch_tools.evaluate.sentence_tasks import main, read_gold, score, wrapped

SENTENCES = [
    {"id": "s000", "part": "studied", "text": "1. Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng dự toán kinh phí."},
    {"id": "s001", "part": "studied", "text": "b) Sở Nội vụ có trách nhiệm hướng dẫn các huyện thực hiện."},
    {"id": "s002", "part": "held", "text": "Sở Công Thương có trách nhiệm sau đây:"},
    {"id": "s003", "part": "held", "text": "Người nộp thuế là tổ chức, cá nhân có thu nhập chịu thuế."},
]
GOLD = [
    {"id": "s000", "task": True, "assignees": ["Sở Y tế", "Sở Tài chính"], "lead": ["Sở Y tế"],
     "cooperating": ["Sở Tài chính"]},
    {"id": "s001", "task": True, "assignees": ["Sở Nội vụ", "Sở Xây dựng"], "lead": [], "cooperating": []},
    {"id": "s002", "task": False, "assignees": [], "lead": [], "cooperating": []},
    {"id": "s003", "task": False, "assignees": [], "lead": [], "cooperating": []},
]


def _files(tmp_path):
    sentences = tmp_path / "sentences.jsonl"
    sentences.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in SENTENCES), encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "A.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in GOLD), encoding="utf-8")
    return sentences, gold


def test_a_sentence_is_the_one_item_of_a_plans_part_on_carrying_it_out():
    text = wrapped("b) Sở Nội vụ có trách nhiệm hướng dẫn các huyện thực hiện.")
    assert "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ có trách nhiệm hướng dẫn các huyện thực hiện.\n" in text
    assert text.startswith("ỦY BAN NHÂN DÂN") and "Nơi nhận:" in text
    assert text.rstrip().endswith("Nguyễn Văn Thắng")  # the signer, and no annex after him


def test_sentences_are_scored_per_half_and_one_that_opens_a_list_is_left_out(tmp_path):
    sentences, gold = _files(tmp_path)
    items = read_gold(sentences, gold)
    assert [i["id"] for i in items] == ["s000", "s001", "s003"]  # s002 ends on a colon
    studied = score([i for i in items if i["part"] == "studied"])
    assert studied["tasks.count"] == 1.0 and studied["tasks"] == 2
    # s000 right, s001 one body of two: (1 + 2/3) / 2
    assert studied["tasks.assignees"] == round((1 + 2 / 3) / 2, 3)
    assert studied["tasks.lead"] == 1.0 and studied["tasks.cooperating"] == 1.0
    held = score([i for i in items if i["part"] == "held"])
    assert held["tasks"] == 0 and held["tasks.count"] == 1.0  # no task asked and none made


def test_the_command_prints_both_halves(tmp_path, capsys):
    sentences, gold = _files(tmp_path)
    assert main(["--sentences", str(sentences), "--gold", str(gold), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "s001: b) Sở Nội vụ" in out and "assignees gold ['Sở Nội vụ', 'Sở Xây dựng']" in out
    assert out.count("studied: {") == 1 and out.count("held: {") == 1


def _corpus(tmp_path):
    import gzip

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    legal = ["Điều 1.2.NĐ.3.4. Trách nhiệm thi hành. 1. Bộ Y tế chủ trì, phối hợp với các bộ, ngành liên quan "
             "hướng dẫn thi hành Nghị định này.",
             "1. Bộ Y tế chủ trì, phối hợp với các bộ, ngành liên quan hướng dẫn thi hành Nghị định này.",  # the same
             "Người nộp thuế có trách nhiệm kê khai đầy đủ, đúng hạn theo quy định của pháp luật về thuế.",
             "a) Sở Tư pháp có trách nhiệm theo dõi việc thi hành pháp luật trên địa bàn tỉnh."]
    news = ["Chủ tịch UBND tỉnh yêu cầu Sở Y tế khẩn trương kiểm tra các cơ sở kinh doanh thực phẩm. Trước đó, "
            "nhiều người dân đã phản ánh sự việc.",
            "Bộ trưởng đề nghị các địa phương báo cáo kết quả trước ngày 15/3?"]
    for name, lines in (("legal_phapdien.txt.gz", legal), ("news_vietnews.txt.gz", news), ("news_misc.txt.gz", [])):
        with gzip.open(corpus / name, "wt", encoding="utf-8") as f:
            f.write("".join(line + "\n" for line in lines))
    return corpus


def test_the_sets_are_picked_by_fixed_rules(tmp_path):
    from dispatch_tools.evaluate.sentence_sets import dealt

    corpus = _corpus(tmp_path)
    legal = dealt("legal", corpus, 10)
    assert sorted(item["text"] for item in legal) == [
        "1. Bộ Y tế chủ trì, phối hợp với các bộ, ngành liên quan hướng dẫn thi hành Nghị định này.",
        "a) Sở Tư pháp có trách nhiệm theo dõi việc thi hành pháp luật trên địa bàn tỉnh."]
    assert {item["id"] for item in legal} == {"s000", "s001"}
    assert dealt("legal", corpus, 10) == legal and {i["part"] for i in legal} <= {"studied", "held"}
    (asked,) = dealt("requests", corpus, 10)  # the question is left out
    assert asked["text"] == "Yêu cầu Sở Y tế khẩn trương kiểm tra các cơ sở kinh doanh thực phẩm."
    assert asked["id"] == "r000"


def test_a_plan_issued_on_the_sentences_day_prints_it_as_a_head_does():
    text = wrapped("Đề nghị Sở Y tế báo cáo trước ngày 30/5.", "2018-01-01")
    assert "Vĩnh Thạnh Đông, ngày 01 tháng 01 năm 2018\n" in text and "năm 2025\n\nKẾ HOẠCH" not in text
    assert "ngày 14 tháng 4 năm 2025" in wrapped("Đề nghị Sở Y tế báo cáo trước ngày 30/5.")
    assert "ngày 09 tháng 11 năm 2019" in wrapped("x", "2019-11-09")


DATED = [
    {"id": "d000", "part": "studied", "issued": "2018-01-01",
     "text": "Yêu cầu Sở Y tế báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 30/5."},
    {"id": "d001", "part": "studied", "issued": "2025-04-14",
     "text": "Sở Tài chính tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 25 hằng tháng."},
    {"id": "d002", "part": "studied", "issued": "2025-04-14",
     "text": "Giao Sở Nội vụ hoàn thành việc rà soát trước 16 giờ ngày 20/5/2025."},
]
DATED_GOLD = [
    {"id": "d000", "task": True, "deadlines": [{"date": "2018-05-30", "time": None, "text": "trước ngày 30/5"}],
     "task_deadline": "2018-05-30"},
    {"id": "d001", "task": True, "deadlines": [], "task_deadline": None},
    {"id": "d002", "task": True, "deadlines": [{"date": "2025-05-20", "time": "16:00", "text": "…"}],
     "task_deadline": "2025-05-21"},  # a wrong gold day, so that the score is seen to fall
]


def test_the_deadline_sets_are_scored_by_their_dates_and_the_tasks_date(tmp_path, capsys):
    sentences = tmp_path / "dated.jsonl"
    sentences.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in DATED), encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "A.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in DATED_GOLD),
                                  encoding="utf-8")
    result = score(read_gold(sentences, gold), errors=True)
    assert "tasks.assignees" not in result and result["tasks.count"] == 1.0
    assert result["paired.deadline"] == round(2 / 3, 3)
    assert result["deadlines"] == 1.0  # 30 May of the plan's year; the monthly date none
    assert result["tasks.deadline"] == round(2 / 3, 3)  # d002's task read 20 May, its gold 21 May
    assert "deadline gold 2025-05-21 got 2025-05-20" in capsys.readouterr().out


def test_the_deadline_sets_are_picked_by_fixed_rules_and_carry_the_plans_day(tmp_path):
    import gzip

    from dispatch_tools.evaluate.sentence_sets import dealt, issued_for

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    news = ["Sáng 5-3, Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng báo cáo kết quả trước ngày 30-5-2018. Trước đó, "
            "nhiều người dân đã phản ánh sự việc từ năm 2016.",
            "Công trình được khởi công vào tháng 3 và dự kiến hoàn thành trong năm nay."]  # no figure after năm
    legal = ["Điều 5.1.TT.2.3. Chế độ báo cáo. b) Bộ Giao thông vận tải tổng hợp tình hình gửi Bộ Tài chính "
             "trước ngày 15 tháng 3;",
             "Doanh nghiệp được thành lập trước ngày Nghị định này có hiệu lực thì trước ngày 01 tháng 01 năm 2028 "
             "phải hoàn thành việc bổ sung đủ vốn điều lệ."]
    for name, lines in (("legal_phapdien.txt.gz", legal), ("news_vietnews.txt.gz", news), ("news_misc.txt.gz", [])):
        with gzip.open(corpus / name, "wt", encoding="utf-8") as f:
            f.write("".join(line + "\n" for line in lines))
    (asked,) = dealt("news-deadlines", corpus, 10)  # cut to open on the request, its year the plan's
    assert asked["text"] == "Yêu cầu Sở Xây dựng báo cáo kết quả trước ngày 30-5-2018." and asked["id"] == "d000"
    assert asked["issued"] == "2018-01-01"
    legal_items = {item["text"]: item["issued"] for item in dealt("legal-deadlines", corpus, 10)}
    assert legal_items == {
        "b) Bộ Giao thông vận tải tổng hợp tình hình gửi Bộ Tài chính trước ngày 15 tháng 3;": "2025-04-14",
        legal[1]: "2027-12-01"}  # not issued on the 1 January it sets
    assert issued_for("trước ngày 31/12/2019 và ngày 15/3/2021") == "2019-01-01"
