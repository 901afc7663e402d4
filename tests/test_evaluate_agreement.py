"""The agreement of the OCR path with the text path, scored on made-up contracts (no rendering)."""

from __future__ import annotations

from dispatch_tools.evaluate.agreement import HALVES, STYLES, agreement, half_of
from dispatch_tools.evaluate.render_variants import VARIANTS
from dispatch_tools.evaluate.render_style import DEFAULT


def _contract(**fields):
    base = {"number": "12/UBND-VX", "issuer": "ỦY BAN NHÂN DÂN HUYỆN A", "subject": "V/v họp",
            "signer": {"authority": "KT.", "capacity": "CHỦ TỊCH", "title": "PHÓ CHỦ TỊCH", "name": "Lê Văn B"},
            "recipients": ["Các xã"], "distribution": ["Như trên", "Lưu: VT"], "references": [],
            "deadlines": [], "tasks": []}
    base.update(fields)
    return base


def test_a_field_the_pages_lose_counts_against_agreement_and_the_document():
    sources = {"x": ("studied", ""), "y": ("held", "")}
    contracts = {"text": {"x": _contract(), "y": _contract()},
                 "sans": {"x": _contract(), "y": _contract(number=None)}}
    result = agreement(sources, contracts, ["sans"])
    assert result["sans"]["studied"]["overall_f1"] == 1.0 and result["sans"]["studied"]["documents"] == 1.0
    assert result["sans"]["held"]["fields"]["number"]["f1"] == 0.0
    assert result["sans"]["held"]["documents"] == 0.0 and result["sans"]["all"]["documents"] == 0.5


def test_the_styles_are_none_the_rules_were_tuned_on_and_the_halves_are_fixed():
    tuned = {DEFAULT} | {v.style for v in VARIANTS.values()}
    assert not tuned & set(STYLES.values())
    assert half_of("c01.txt") in HALVES and half_of("c01.txt") == half_of("c01.txt")
