"""Letters and figures an OCR engine reads for one another: ``O`` or ``l`` for the figures ``0``
and ``1``, ``5`` or ``8`` for the letters ``S`` and ``B``.

The table is data, ``models/repair/figure_lookalikes.json``: for each direction its pairs, and
for each place that mends them the characters it takes, so that each keeps to what it can see:

* letters for figures, ``header_box``: a short word of digits read in a header box (``I1`` for
  ``11``; :mod:`.ingest.box_digits`);
* letters for figures, ``text_figures``: a figure of a date or of a document's number in the text
  (``ngày O1``, ``5o84/TTr``; :mod:`.repair.specks`);
* letters for figures, ``stamp_time``: a figure of an e-signature stamp's signing time
  (``2025-09-]5T09:07:04``; :mod:`.ingest.esign`);
* letters for figures, ``item_number``: a numbered item's figure read as a letter (``S. Sở Y tế``
  after ``4.``; :mod:`.repair.sections`);
* letters for figures, ``date_letter``: a date's day or month of one figure read as a letter
  standing alone (``tháng S năm 2011``; :mod:`.repair.cited_figures`);
* letters for figures, ``filed_count``: the count of copies filed in brackets at the end of the
  distribution list's ``Lưu`` line (``ĐP (Sb)``; :mod:`.repair.foot_marks`);
* letters for figures, ``sub_item_number``: the first figure of a part's number read as a letter
  (``S.1.`` under ``5.``; :mod:`.repair.sections`);
* figures for letters, ``code_initial``: the first letter of a known code read twice, once as a
  figure (``1147/5SGDĐT``; :mod:`.parse.tidy`);
* figures for letters, ``item_letter``: a lettered item's letter read as a figure (``1)`` for
  ``i)`` between ``h)`` and ``k)``; :mod:`.repair.sections`, in small letters).
"""

from __future__ import annotations

import json
from functools import lru_cache

from .resources import model_path


@lru_cache(maxsize=1)
def _table() -> dict:
    return json.loads(model_path("repair", "figure_lookalikes.json").read_text(encoding="utf-8"))


def lookalikes(direction: str, user: str) -> dict[str, str]:
    """The pairs ``user`` takes in ``direction`` (``letters_for_figures`` or
    ``figures_for_letters``): each character as read, with the one the page holds."""
    entry = _table()[direction]
    return {ch: entry["pairs"][ch] for ch in entry["users"][user]}
