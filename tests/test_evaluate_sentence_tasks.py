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
