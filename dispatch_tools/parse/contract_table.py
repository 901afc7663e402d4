"""The parts of a dispatch as labelled rows, made from the contract (:mod:`.contract`): the table
``dispatch read`` prints. A part that was not found has an empty value."""

from __future__ import annotations

from typing import Any

from ..model import day_first as _day


def _signer(signer: dict[str, Any]) -> str:
    authority = signer["authority"] and f"{signer['authority']} {signer['capacity'] or ''}"
    return " / ".join(x for x in (authority, signer["title"], signer["name"]) if x)


def _report(r: dict[str, Any]) -> str:
    return (f"về {r['to'] or '?'} trước {_day(r['deadline'])}" + (f" {r['time']}" if r["time"] else "")
            + (f" ({r['form']})" if r["form"] else ""))


def field_rows(data: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, value) for every part: number, type, issuer, place and date, subject, urgency,
    addressees, references, deadlines, signer, distribution; then the report duty, links,
    contacts and annexes when there are any."""
    rows = [
        ("Số, ký hiệu", data["number"]), ("Loại văn bản", data["doc_type"]),
        ("Cơ quan ban hành", data["issuer"]), ("Cơ quan chủ quản", data["parent_issuer"]),
        ("Địa danh, ngày", ", ".join(x for x in (data["place"], _day(data["date"])) if x)),
        ("Trích yếu", data["subject"]), ("Độ khẩn", data["urgency"]),
        ("Kính gửi", "\n".join(data["recipients"])),
        ("Văn bản dẫn chiếu", "\n".join(f"{r['number']}" + (f" ngày {_day(r['date'])}" if r["date"] else "")
                                        for r in data["references"])),
        ("Thời hạn", "\n".join(f"{_day(d['date'])}" + (f" {d['time']}" if d["time"] else "") + f" — {d['text']}"
                               for d in data["deadlines"])),
        ("Người ký", _signer(data["signer"])),
        ("Nơi nhận", "\n".join(data["distribution"])),
    ]
    if data["report"]:
        rows.append(("Báo cáo", _report(data["report"])))
    if data["links"]:
        rows.append(("Đường dẫn", "\n".join(data["links"])))
    if data["contacts"]:
        rows.append(("Liên hệ", "\n".join(", ".join(x for x in (c["name"], c["unit"], c["phone"], c["email"]) if x)
                                          for c in data["contacts"])))
    if data["annexes"]:
        rows.append(("Phụ lục", "\n".join(f"{a['label']}: {a['title']}" for a in data["annexes"])))
    return [(label, value or "") for label, value in rows]


def task_rows(data: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(number, who does it, deadline, text) for every task."""
    return [(str(i), "\n".join(t["assignees"]), _day(t["deadline"]) or "", t["text"])
            for i, t in enumerate(data["tasks"], 1)]
