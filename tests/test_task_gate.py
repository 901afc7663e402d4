"""The task gate (parse/task_gate.py): what it may drop (a unit the rules keep on weak evidence that
the classifier is confidently against) and what it never drops, whatever the classifier says; its
threshold and its switch. Made-up documents."""

from __future__ import annotations

import json

import pytest

from dispatch_tools.parse import analyse, document_from_text, parse_text
from dispatch_tools.parse.task_classifier import TaskClassifier
from dispatch_tools.parse.task_gate import TaskGate, model, opens_with_directive, shipped, using, weak

GATE = ("dispatch_task_gate",)
HEAD = """{issuer}
Số: {number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

{place}, ngày 10 tháng 3 năm 2025

"""

NOTICE = HEAD.format(issuer="TRƯỜNG THPT CAN LỘC", number="87/TB-THPTCL", place="Can Lộc") + """THÔNG BÁO
Kế hoạch ngoại khóa tháng 3 năm 2025

Nhà trường thông báo kế hoạch hoạt động ngoại khóa tháng 3 năm 2025 như sau:

1. Kết quả thi đấu: công bố trên bảng tin của Trường.
2. Danh sách đội tuyển: gửi kèm theo Thông báo này.
3. Điều lệ giải: niêm yết tại phòng Đoàn trường.
4. Các tổ chuyên môn phân công giáo viên hướng dẫn học sinh tham gia.

Nơi nhận:
- Các tổ chuyên môn;
- Lưu: VT.
"""

# each holds units of the kinds the gate must keep: a plain request naming no body, the rows of a task
# table, a leader's directions after "như sau:", items headed by their bodies, the execution clause,
# items that open with a directive verb, an item with its own deadline
KEPT = {
    "plain request": HEAD.format(issuer="ỦY BAN NHÂN DÂN HUYỆN HƯƠNG KHÊ", number="215/UBND-NN", place="Hương Khê")
    + """V/v phòng chống dịch tả lợn châu Phi

Kính gửi: Ủy ban nhân dân các xã, thị trấn.

Thời gian qua, dịch tả lợn châu Phi tái phát tại một số xã, gây thiệt hại cho người chăn nuôi.
Đề nghị khẩn trương triển khai thực hiện.
""",
    "task table": HEAD.format(issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", number="41/KH-UBND", place="Quảng Trị")
    + """KẾ HOẠCH
Cải cách hành chính năm 2025

II. NHIỆM VỤ CỤ THỂ
STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành
1\tBộ thủ tục hành chính dùng chung cấp xã\tSở Tư pháp\tCác sở, ban, ngành\tQuý II
2\tHệ thống một cửa điện tử của tỉnh\tVăn phòng UBND tỉnh\tUBND các huyện\tTháng 9
""",
    "directions after như sau": HEAD.format(issuer="ỦY BAN NHÂN DÂN HUYỆN NAM ĐÀN", number="390/TB-UBND",
                                            place="Nam Đàn")
    + """THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại cuộc họp về giải phóng mặt bằng

Sau khi nghe báo cáo, Chủ tịch UBND huyện kết luận như sau:
1. Phòng Tài nguyên và Môi trường hoàn thiện hồ sơ thu hồi đất trong tháng 4.
2. Ban Quản lý dự án huyện đôn đốc nhà thầu bàn giao mặt bằng.
""",
    "own heading": HEAD.format(issuer="SỞ Y TẾ TỈNH LONG AN", number="1204/SYT-NVY", place="Long An")
    + """V/v phòng chống sốt xuất huyết

Kính gửi: Các đơn vị trực thuộc.

1. Trung tâm Kiểm soát bệnh tật: giám sát chặt chẽ ổ dịch, xử lý triệt để.
2. Các bệnh viện: sẵn sàng giường bệnh, thuốc và vật tư.
""",
    "execution clause": HEAD.format(issuer="ỦY BAN NHÂN DÂN HUYỆN ĐÔNG ANH", number="77/QĐ-UBND",
                                    place="Đông Anh")
    + """QUYẾT ĐỊNH
Về việc thành lập Tổ công tác

Điều 1. Thành lập Tổ công tác rà soát đất công gồm các ông, bà có tên sau.
Điều 2. Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ.
Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài nguyên và Môi trường và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.
""",
    "directive verbs and a deadline": HEAD.format(issuer="ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", number="52/UBND",
                                                  place="Tân Phú")
    + """V/v chuẩn bị bầu cử

Kính gửi: Các thôn, ấp.

1. Rà soát danh sách cử tri của thôn, ấp.
2. Khẩn trương niêm yết danh sách tại nhà văn hóa.
3. Báo cáo kết quả về Ủy ban nhân dân xã trước ngày 20/3/2025.
4. Danh sách cử tri của mỗi khu vực bỏ phiếu xong trước ngày 25/3/2025.
""",
}


def _units(text: str):
    ctx = analyse(document_from_text(text), trained=())._.dispatch
    return ctx, ctx.task_units


def _tasks(text: str, trained=()):
    return [t.text for t in parse_text(text, trained=trained).fields.tasks]


def _against_all() -> TaskGate:
    """A gate whose classifier is sure no unit is a task: it drops every unit it may drop."""
    return TaskGate(TaskClassifier({}, -30.0), threshold=1.0)


def test_the_gate_drops_a_note_the_rules_keep_for_want_of_evidence_against_it():
    rules = _tasks(NOTICE)
    assert rules == ["Danh sách đội tuyển: gửi kèm theo Thông báo này.",
                     "Các tổ chuyên môn phân công giáo viên hướng dẫn học sinh tham gia."]
    assert _tasks(NOTICE, GATE) == rules[1:]  # the shipped weights: an attachment noted is no task


def test_only_the_unit_without_cue_body_verb_or_date_is_weak():
    ctx, units = _units(NOTICE)
    kept = [u for u in units if u.task]
    assert [weak(ctx, u) for u in kept] == [True, False]  # the second names its bodies
    with using(_against_all()):
        assert _tasks(NOTICE, GATE) == _tasks(NOTICE)[1:]


@pytest.mark.parametrize("name", sorted(KEPT))
def test_the_gate_never_drops_a_unit_the_rules_have_evidence_for(name):
    text = KEPT[name]
    rules = _tasks(text)
    assert rules  # the rules read tasks there
    ctx, units = _units(text)
    assert not any(weak(ctx, u) for u in units if u.task)
    with using(_against_all()):
        assert _tasks(text, GATE) == rules


@pytest.mark.parametrize("text, expected", [
    ("1. Rà soát danh sách cử tri.", True),
    ("b) Khẩn trương, kịp thời báo cáo kết quả.", True),
    ("- Tổ chức tập huấn cho cán bộ.", True),
    ("2. Danh sách đội tuyển: gửi kèm theo Thông báo này.", False),
    ("Kết quả rà soát năm 2024.", False),
])
def test_a_directive_verb_at_the_opening(text, expected):
    assert opens_with_directive(text) is expected


def test_the_threshold_is_the_largest_below_every_real_task_the_rules_keep():
    from dispatch_tools.training.task_gate import threshold_for

    probs, kept, labels = [0.05, 0.23, 0.9, 0.01], [True, True, True, False], [0, 1, 1, 1]
    assert threshold_for(probs, kept, labels) == 0.2  # the unit at 0.05 is no task; 0.01 the rules drop
    assert threshold_for([0.03], [True], [1]) == 0.0  # a real task below every threshold: never drops


def test_the_shipped_weights_and_their_card():
    gate = model()
    data = json.loads((__import__("dispatch_tools.resources", fromlist=["model_path"])
                       .model_path("parse", "task_gate.json")).read_text(encoding="utf-8"))
    assert 0.0 < gate.threshold <= 0.5 and gate.threshold == data["threshold"]
    assert data["out_of_fold"]["dropped_real_tasks"] == 0
    assert gate.shipped is (data["shipped"] is True) is shipped()


def test_the_card_switches_the_gate_on(monkeypatch, tmp_path):
    import dispatch_tools.parse.task_gate as task_gate
    from dispatch_tools.parse import nlp

    card = tmp_path / "task_gate.json"
    monkeypatch.setattr(task_gate, "model_path", lambda *parts: card)
    for value, expected in ((True, ("dispatch_task_gate",)), (False, ()), ("yes", ())):
        card.write_text(json.dumps({"shipped": value, "threshold": 0.2, "bias": 0.0, "weights": {}}),
                        encoding="utf-8")
        assert nlp._shipped() == expected
    card.unlink()
    assert nlp._shipped() == ()  # no card: the rules alone


@pytest.mark.parametrize("on", [False, True])
def test_evaluate_reports_the_gate_as_its_own_trained_component(monkeypatch, on):
    import io
    from types import SimpleNamespace

    from dispatch_tools.evaluate import parse as evaluate
    from dispatch_tools.evaluate.parse_score import new_counts, summary
    from dispatch_tools.parse import nlp

    monkeypatch.setattr(evaluate, "_contract_of_text", lambda text, trained=None: {})
    monkeypatch.setattr(nlp, "TRAINED", ("dispatch_task_gate",) if on else ())
    trained = evaluate._trained([SimpleNamespace(id="x", text=lambda: "")], {})
    empty = summary(new_counts())
    out = io.StringIO()
    evaluate._report({"split": {"development": 0, "test": 0}, "clean": {"development": empty, "test": empty},
                      "speed": {"mean_ms": 1, "median_ms": 1, "max_ms": 1, "documents": 0}, "seeds": {},
                      "trained": trained}, out)
    lines = [line for line in out.getvalue().splitlines() if line.startswith("Trained component")]
    assert f"Trained component dispatch_task_gate (shipped: {on}), F1:" in lines
    assert len(lines) == 3


def test_training_the_gate_refuses_test_documents():
    from dispatch_tools.evaluate.split import TEST_IDS, TestPartError
    from dispatch_tools.training.parse_tasks import read_units
    from tests.conftest import shared_path

    with pytest.raises(TestPartError):
        list(read_units(shared_path("dev").parent, [sorted(TEST_IDS)[0]]))
