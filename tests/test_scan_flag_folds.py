"""The leave-one-scan-out check of the flags' thresholds: a threshold chosen without a scan is
judged on that scan; a rule whose only catch is the scan held out is switched off in its fold."""

from __future__ import annotations

from dispatch_tools.evaluate import scan_flag_folds as sff
from dispatch_tools.evaluate.flag_notes import rule_of


def _row(scan: str, status: str, conf: float, note: str | None = None) -> dict:
    return {"scan": scan, "kind": "scan",
            "values": {"signer.name": {"status": status, "note": note, "rule": None,
                                       "evidence": {"name_word": conf}}}}


def _start() -> dict:
    return {"subject_word": 0, "repair_conf": 0, "repair_letters": 99, "figures": 0, "name_word": 0}


def test_a_threshold_is_chosen_on_the_other_scans_and_judged_on_the_one_held_out():
    rows = [_row("a", "wrong", 62.0), _row("b", "wrong", 66.0), _row("c", "right", 78.0), _row("d", "right", 96.0)]
    folds = {f["scan"]: f for f in sff.folds(rows, {**_start(), "name_word": 70})}
    # without a, b's wrong name at 66 asks for the least threshold above it (70, under 78): a's 62 is caught too
    assert folds["a"]["thresholds"]["name_word"] == 70 and folds["a"]["held_out"]["wrong_unflagged"] == 0
    assert all(f["held_out"]["right_flagged"] == 0 for f in folds.values())


def test_a_rule_that_catches_only_the_scan_held_out_is_switched_off_in_its_fold():
    rows = [_row("a", "wrong", 62.0), _row("c", "right", 78.0), _row("d", "right", 96.0)]
    fold = next(f for f in sff.folds(rows, {**_start(), "name_word": 70}) if f["scan"] == "a")
    assert fold["current"]["wrong_unflagged"] == 0 and fold["held_out"]["wrong_unflagged"] == 1
    assert fold["thresholds"]["name_word"] == 0


def test_a_value_another_rule_flagged_stays_flagged():
    rows = [_row("a", "wrong", 99.0, note="review: something")]
    assert sff.outcome(rows, _start()) == {"wrong_unflagged": 0, "right_flagged": 0}


def test_a_note_is_told_by_its_message():
    assert rule_of("needs a look: the hand-written number could not be read (…/CT-UBND)").startswith("marks:")
    assert rule_of("needs a look: the OCR read “nay” unsurely (confidence 31)").startswith("weak_evidence:")
    assert rule_of("needs a look: nothing like it") == "other"
