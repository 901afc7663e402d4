"""Judging the second reading's replacements against a drawn page's known text
(dispatch_tools/evaluate/second_choice.py), on composed lines."""

from dispatch_tools.evaluate import second_choice
from dispatch_tools.ingest import line_second, second_reader
from dispatch_tools.repair import lm

TRUTH = ("TM. BAN TUYÊN GIÁO Nơi nhận: - Như trên; - Lưu: VT. "
         "Đề nghị các đơn vị thực hiện nghiêm túc").split()


def test_a_replacement_is_right_made_wrong_or_both_wrong():
    assert second_choice.verdict(["-", "Lưu:"], ["VF."], ["VT."], [], TRUTH) == "right"
    assert second_choice.verdict(["TM."], ["BAN"], ["BẢN"], ["TUYÊN"], TRUTH) == "made wrong"
    assert second_choice.verdict(["TM.", "BAN"], ["TUYẾNN"], ["TUYỂN"], ["GIÁO"], TRUTH) == "both wrong, better"
    assert second_choice.verdict(["các", "đơn"], ["vi"], ["vĩ"], ["thực", "hiện"], TRUTH) == "both wrong, same"
    assert second_choice.verdict(["xa", "lạ"], ["hoàn"], ["toàn"], ["khác"], TRUTH) is None  # not on the page


def test_the_kind_of_line_a_run_lies_in():
    assert second_choice.kind(["TM."], ["BAN"], ["TUYÊN"], False) == "capitals"
    assert second_choice.kind(["-", "Lưu:"], ["VF."], [], True) == "distribution"
    assert second_choice.kind(["Đề", "nghị"], ["Sở"], ["Y", "tế"], False) == "name"
    assert second_choice.kind(["Đề", "nghị"], ["cảc"], ["đơn", "vị"], False) == "body"


def test_pages_are_split_by_a_fixed_hash_of_their_name():
    names = [f"dev/{k:03d}/page-1" for k in range(40)]
    halves = [second_choice.half(n) for n in names]
    assert halves == [second_choice.half(n) for n in names] and {"study", "held"} == set(halves)
    assert second_choice.half(names[0], held=True) == "held"


def test_the_runs_taken_and_those_left():
    piece = {"old": ["Luật", "Tô", "Ô", "chức", "chính", "quyên"], "before": [], "after": [],
             "read": ["Luật", "Tổ", "chức", "chính", "quyền"],
             "new": ["Luật", "Tổ", "chức", "chính", "quyên"]}
    assert second_choice.runs(piece) == [(["Luật"], ["Tô", "Ô"], ["Tổ"], ["chức", "chính", "quyên"])]
    assert second_choice.runs(piece, missed=True) == [(["Luật", "Tô", "Ô", "chức", "chính"], ["quyên"],
                                                        ["quyền"], [])]


def test_every_merged_piece_is_logged_with_its_context():
    rows = [[w, 50 + 90 * k, 100, 80, 40, 60.0, 1, 1, 1] for k, w in enumerate("Luật Tô Ô chức".split())]
    reading = second_reader.Reading("Luật Tổ chức", [(c, 0.98) for c in "Luật Tổ chức"])
    log = []
    with second_choice.logged_merges(log):
        line_second.merge(rows, reading, lambda text: lm.line_score(f"Căn cứ {text} chính quyền"),
                          line_second.judged)
    assert log == [{"before": ["Căn", "cứ"], "after": ["chính", "quyền"], "read": ["Luật", "Tổ", "chức"],
                    "old": ["Luật", "Tô", "Ô", "chức"], "new": ["Luật", "Tổ", "chức"]}]
    assert line_second.merge.__name__ == "merge" and lm.line_score.__name__ == "line_score"
