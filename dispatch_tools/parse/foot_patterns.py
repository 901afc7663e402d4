"""What the lines of a dispatch's foot are told by: ``Nơi nhận``, the signing authority's prefix,
the annex heading, a name's words, ``(Đã ký)``, and the specks an OCR pass reads before a line."""

from __future__ import annotations

import re

from .text import LIST_DASH

NOI_NHAN = re.compile(r"N[o0]i[ \t]+nh\w{1,2}n[ \t]*:?", re.IGNORECASE)
# TM., KT., TL., TUQ., Q.; older pages write T/M, K/T, T/L, and a scan may lose the full stop
# (never after Q, a letter too short to tell), read it twice (``TL..``) or as a colon (``KT:``,
# a speck over it), or read the L of TL as I or 1 (``TI.``, with its full stop: no other word of
# a signature block is spelt so)
AUTHORITY = re.compile(r"(?<![\w./])(T[ \t]*/[ \t]*M|K[ \t]*/[ \t]*T|T[ \t]*/[ \t]*L|T\.[ \t]*L|TM|KT|TL|TUQ"
                       r"|Q(?=[ \t]*\.)|T[I1](?=[ \t]*[.,]))"
                       r"[ \t]*(?:[.,:]|\.\.)?[ \t]+|(?<![\w./])(?:TM|KT|TL|TUQ|Q)\.(?=[A-Z])")
# ``KT.`` whose T a scan misread under the seal (``KP.``, ``KI.``, ``KL.``), its K too (``RF.``) and the
# space after it lost (``RF.CHỦ TỊCH``): taken only when the line below is the deputy's title the
# capacity announces (:func:`.foot.misread_kt`)
KT_MISREAD = re.compile(r"(?<![\w./])(?:K[PIL1|F]|R[TPILF1|])[ \t]*\.(?:[ \t]+|(?=[A-ZĐ]))")
ANNEX = re.compile(r"^[ \t*_]*(?:Phu|PHU)[ \t]+(?:luc|LUC)\b", re.IGNORECASE)
DASH = LIST_DASH
# a word of a person's name, folded; a letter and an apostrophe open some (``K'Điểu``, ``Ya'Nhi``)
NAME_WORD = re.compile(r"^[A-Za-z](?:['’][A-Za-z])?[a-z]*\.?$")
# what an OCR pass may read before a line's first word: rules, dashes and specks ("-_ Nơi nhận:", "__ KT.")
SPECKS = " \t*_-–—=~|'`.,:"
# "đã ký" (signed), as printed, without marks or misread "kỹ"; alone on a line (SIGNED), at a line's end
# after a name or an entry (SIGNED_END), or in brackets after the name on its line (SIGNED_AFTER)
_SIGNED_WORDS = r"(?:đã|da)\s*(?:ký|kỹ|ky)"
SIGNED = re.compile(rf"^\(?\s*{_SIGNED_WORDS}\s*\)?$", re.IGNORECASE)
SIGNED_END = re.compile(rf"\s+\(?\s*{_SIGNED_WORDS}\s*\)?\s*$", re.IGNORECASE)
SIGNED_AFTER = re.compile(rf"[ \t]+\(\s*{_SIGNED_WORDS}\s*\)[ \t.]*$", re.IGNORECASE)
