"""Where a body's name that ends in a place (``UBND huyện Lý Sơn``) or a level (``Công an huyện``) ends, for
:mod:`.name_end`; the administrative units of a level in the plural (``các tỉnh``, ``các huyện``)."""

from __future__ import annotations

import re

from ..vntext import strip_diacritics
from .body_words import starts_body

# the administrative units of a level in the plural, whose name goes on with the words that say which
LEVELS = r"(?:tinh|huyen|quan|xa|phuong|thi\s+xa|thanh\s+pho)"  # the administrative levels, folded
UNITS = re.compile(rf"(?:cac|nhung)\s+{LEVELS}", re.I)
NEXT_WORD = re.compile(r"\s+(\w+)")  # the word after a name, with the spaces before it


_PLACE = re.compile(r"(?:^|\s)(?:tỉnh|huyện|quận|xã|phường|thị xã|thị trấn|thành phố|TP\.?|Tp\.?|Q\.)"
                    r"((?:\s+[A-ZĐ][\w’'.]*|\s+-\s+[A-ZĐ][\w’']*)+)")


# a level that ends a name, not the "xã" of a cooperative ("Liên minh Hợp tác xã tỉnh")
_LEVEL_LAST = re.compile(r"(?<=\s)(?<![Hh]ợp tác )(?:tỉnh|huyện|quận|xã|phường|thị xã|thành phố)(?=\s+\w)")
_GOES_ON = ("và", "hoặc", "cùng", "cấp", "trực", "thuộc", "nơi", "có", "liên", "trở", "thị", "thành", "phường", "xã", "hội",
            "lộ", "đảo", "ủy", "uỷ", "đoàn", "đội")  # "các huyện ủy", "Tỉnh đoàn", "xã đội": Party and union bodies of a level


def place_name_end(text: str, pos: int, stop: int) -> int:
    """A name ending in a place (``UBND huyện Lý Sơn``) or a level (``Công an huyện``) ends at the
    first small word after it unless that word goes on to another body (``và``, ``hoặc``, a comma)
    or qualifies it (``cấp``, ``nơi có …``)."""
    for m in _LEVEL_LAST.finditer(text, pos + 1, stop):
        if UNITS.fullmatch(strip_diacritics(text[pos:m.end()]).lower()):
            continue  # "Các tỉnh ven biển Trung Bộ": the units of a level, which the words after it say (_COMMON)
        after = NEXT_WORD.match(text, m.end())
        if after is None or after.start(1) >= stop or after.group(1) in _GOES_ON or not after.group(1)[0].islower():
            continue
        if not starts_body(text[after.start(1):after.start(1) + 60]) and m.start() > pos + 3:
            return min(m.end(), _place_name_end_capital(text, pos, stop))
    return _place_name_end_capital(text, pos, stop)


def _place_name_end_capital(text: str, pos: int, stop: int) -> int:
    for m in _PLACE.finditer(text, pos, stop):
        after = NEXT_WORD.match(text, m.end())
        if after is None or after.start(1) >= stop or not after.group(1)[0].islower():
            continue
        word = after.group(1)
        if word in _GOES_ON or starts_body(text[after.start(1):after.start(1) + 60]):
            continue
        return m.end()
    return stop
