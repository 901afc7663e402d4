"""Probes drawn as scans (``python -m dispatch_tools.evaluate.probe_renders``): the text's and the
page's task scores side by side, and only the tasks the page alone loses listed. The page reading is
replaced here by the text with one line lost, as OCR may lose it, so no engine runs."""

from __future__ import annotations

import io
import json

from dispatch_tools.evaluate import probe_renders
from dispatch_tools.parse import parse_text

PROBE = """ỦY BAN NHÂN DÂN
TỈNH NAM ĐỊNH
Số: 45/UBND-VX
V/v kiểm tra an toàn thực phẩm

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Nam Định, ngày 03 tháng 3 năm 2026

Kính gửi: Các sở, ngành tỉnh.

Ủy ban nhân dân tỉnh đề nghị:
1. Sở Y tế chủ trì kiểm tra an toàn thực phẩm tại các chợ, báo cáo trước ngày 30/4/2026.
2. Sở Công Thương kiểm tra các cơ sở sản xuất nước đá trên địa bàn tỉnh.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Hòa
"""

GOLD = {"tasks": [
    {"assignees": ["Sở Y tế"], "deadline": "2026-04-30",
     "text": "Sở Y tế chủ trì kiểm tra an toàn thực phẩm tại các chợ, báo cáo"},
    {"assignees": ["Sở Công Thương"], "deadline": None,
     "text": "Sở Công Thương kiểm tra các cơ sở sản xuất nước đá trên địa bàn"}]}


def _folder(tmp_path):
    (tmp_path / "p1.txt").write_text(PROBE, encoding="utf-8")
    (tmp_path / "p1.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("no gold beside it", encoding="utf-8")
    return tmp_path


def _page_loses_the_second_item(monkeypatch):
    lost = "\n".join(line for line in PROBE.split("\n") if not line.startswith("2. "))
    monkeypatch.setattr(probe_renders, "read", lambda txt, text: parse_text(lost))


def test_the_text_and_the_page_are_scored_side_by_side(tmp_path, monkeypatch):
    _page_loses_the_second_item(monkeypatch)
    result = probe_renders.score(_folder(tmp_path), out=io.StringIO())
    assert result["probes"] == 1
    assert result["text"]["tasks.count"] == 1.0
    assert result["page"]["tasks.count"] < 1.0


def test_only_the_tasks_the_page_alone_loses_are_listed(tmp_path, monkeypatch):
    _page_loses_the_second_item(monkeypatch)
    out = io.StringIO()
    probe_renders.score(_folder(tmp_path), errors=True, out=out)
    listed = out.getvalue()
    assert "== p1.txt" in listed and "missed «Sở Công Thương kiểm tra" in listed
    assert "Sở Y tế chủ trì" not in listed


def test_a_missing_folder_is_skipped_with_a_note(tmp_path):
    out = io.StringIO()
    assert probe_renders.score(tmp_path / "absent", out=out) is None
    assert "no such folder, skipped" in out.getvalue()


def test_a_probe_whose_head_runs_into_its_body_is_skipped_with_a_note(tmp_path):
    no_end = ("ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
              "Số: 45/UBND-VX\nNam Định, ngày 03 tháng 3 năm 2026\nV/v kiểm tra an toàn thực phẩm\n"
              + PROBE[PROBE.index("Ủy ban nhân dân tỉnh đề nghị"):].replace("\n\n", "\n"))
    assert probe_renders.drawable(PROBE) and not probe_renders.drawable(no_end)
    (tmp_path / "p2.txt").write_text(no_end, encoding="utf-8")
    (tmp_path / "p2.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    out = io.StringIO()
    assert probe_renders.score(tmp_path, out=out) is None
    assert "1 probes the page renderer cannot lay out" in out.getvalue()


def test_errors_and_show_refuse_a_held_folder(tmp_path, capsys):
    held = tmp_path / "held"
    held.mkdir()
    _folder(held)
    assert probe_renders.main([str(held), "--errors"]) == 2
    assert probe_renders.main([str(held), "--show", "p1.txt"]) == 2
    assert "study folders only" in capsys.readouterr().err
