"""The task scores of a folder of probe dispatches (``python -m dispatch_tools.evaluate.probe_tasks``)."""

from __future__ import annotations

import io
import json

from dispatch_tools.evaluate.probe_tasks import main, score_folder

PROBE = """ỦY BAN NHÂN DÂN
TỈNH NAM ĐỊNH
Số: 45/UBND-VX
V/v kiểm tra an toàn thực phẩm

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Nam Định, ngày 03 tháng 3 năm 2026

Kính gửi: Sở Y tế.

Giao Sở Y tế chủ trì, phối hợp với Sở Công Thương kiểm tra an toàn thực phẩm tại các chợ, báo cáo kết quả trước ngày 30/4/2026.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Hòa
"""


def test_a_folder_of_probes_is_scored_with_lead_and_cooperating(tmp_path):
    (tmp_path / "p1.txt").write_text(PROBE, encoding="utf-8")
    gold = {"tasks": [{"assignees": ["Sở Y tế", "Sở Công Thương"], "deadline": "2026-04-30",
                       "text": "Giao Sở Y tế chủ trì, phối hợp với Sở Công Thương kiểm tra an toàn",
                       "lead": ["Sở Y tế"], "cooperating": ["Sở Công Thương"]}]}
    (tmp_path / "p1.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("no gold beside it: not a probe", encoding="utf-8")
    scores = score_folder(tmp_path)
    assert scores["probes"] == 1
    assert scores["tasks.count"] == 1.0 and scores["tasks.deadline"] == 1.0
    assert scores["tasks.lead"] == 1.0 and scores["tasks.cooperating"] == 1.0


def test_an_absent_folder_is_skipped(tmp_path):
    out = io.StringIO()
    assert score_folder(tmp_path / "none", out=out) is None
    assert "skipped" in out.getvalue()
    assert main([str(tmp_path / "none")]) == 0


def test_pooled_scores_sum_the_folders_counts(tmp_path, capsys):
    right = {"tasks": [{"assignees": ["Sở Y tế", "Sở Công Thương"], "deadline": "2026-04-30",
                        "text": "Giao Sở Y tế chủ trì, phối hợp với Sở Công Thương kiểm tra an toàn"}]}
    wrong = {"tasks": right["tasks"] + [{"assignees": ["Sở Tài chính"], "deadline": None,
                                         "text": "Giao Sở Tài chính bố trí kinh phí kiểm tra an toàn thực phẩm"}]}
    for name, gold in (("a", right), ("b", wrong)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "p.txt").write_text(PROBE, encoding="utf-8")
        (tmp_path / name / "p.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert main([str(tmp_path / "a"), str(tmp_path / "b"), "--pooled"]) == 0
    pooled = capsys.readouterr().out.splitlines()[-1]
    assert pooled.startswith("pooled: tasks") and "tasks.count 0.8," in pooled  # 2 of 3 asked found (not the mean of 1.0 and 0.667)
