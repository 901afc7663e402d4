"""The lint of the parser's task output (``evaluate.task_lint``): its shape rules on composed names, and the
command without a corpus."""

from dispatch_tools.evaluate import task_lint
from dispatch_tools.evaluate.task_lint_rules import check_name, lint_sentence


def test_a_right_name_breaks_no_rule():
    for name in ("Sở Kế hoạch và Đầu tư", "Bộ Giao thông vận tải", "các cơ quan, tổ chức có liên quan",
                 "Hội đồng quản lý", "Giám đốc Sở Y tế", "Ủy ban nhân dân cấp xã"):
        assert check_name(name) == [], name


def test_each_rule_on_a_wrong_name():
    assert check_name("Sở Nội vụ trong") == ["end"]
    assert "verb" in check_name("Sở Tài chính tổng hợp số liệu, gửi Sở Nội vụ")
    assert "long" in check_name("Cục Thống kê tổng hợp số liệu về tình hình thực hiện các chỉ tiêu kinh tế xã hội "
                                "của tỉnh trong năm và gửi")
    assert check_name("Nghị định số 30/2020/NĐ-CP") == ["junk"]
    assert check_name("tỉnh An Bình") == ["junk"]
    assert check_name("Quy chế làm việc") == ["start"]


def test_a_kind_named_with_its_work_before_its_duty_may_hold_a_verb():
    sentence = "Tổ chức, cá nhân sản xuất, nhập khẩu thiết bị có trách nhiệm thực hiện đúng quy chuẩn."
    assert check_name("Tổ chức, cá nhân sản xuất, nhập khẩu thiết bị", sentence) == []


def test_a_partner_missed_after_phoi_hop_voi():
    sentence = "Sở Y tế chủ trì, phối hợp với Sở Tài chính tổ chức kiểm tra."
    assert lint_sentence(sentence, [{"assignees": ["Sở Y tế"], "lead": ["Sở Y tế"], "cooperating": []}]) \
        == {"missed": ["so tai chinh"]}
    task = {"assignees": ["Sở Y tế", "Sở Tài chính"], "lead": ["Sở Y tế"], "cooperating": ["Sở Tài chính"]}
    assert lint_sentence(sentence, [task]) == {}


def test_without_a_corpus_the_command_says_so(tmp_path, capsys):
    assert task_lint.main(["--corpus", str(tmp_path)]) == 0
    assert "no corpus, skipped" in capsys.readouterr().out


def test_a_sentence_is_read_from_a_small_corpus(tmp_path, capsys):
    import gzip

    with gzip.open(tmp_path / "admin_reports.txt.gz", "wt", encoding="utf-8") as f:
        f.write("Sở Y tế chủ trì, phối hợp với Sở Tài chính tổ chức kiểm tra các cơ sở.\nTrời hôm nay đẹp.\n")
    assert task_lint.main(["--corpus", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 3  # the header and the two halves
    assert " 1 " in out.splitlines()[1] + out.splitlines()[2]
