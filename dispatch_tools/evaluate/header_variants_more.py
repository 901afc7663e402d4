"""A third seeded draw of the header variants (:mod:`.header_variants`): layouts the first two draws
do not make, drawn from a generator of their own so that the variants the others make stay as they
were where this one leaves them alone.

- the issuer's name wrapped before its dash (``SỞ LAO ĐỘNG`` / ``- THƯƠNG BINH VÀ XÃ HỘI``) or after
  any of its words (``ỦY`` / ``BAN NHÂN DÂN TỈNH …``);
- a subject printed in quotes with no ``V/v`` over one to three lines, or ``V/v`` before a quoted
  subject (``V/v “Ngày Chủ nhật xanh”``), or in straight quotes;
- numbers with the symbols pages print: ``&`` in a code, an en dash, a letter after the number
  (``30c/``), a code in mixed case (``GDTrH``), spaces around the slash and dash, no space or a
  space before the colon;
- signature blocks of more kinds: two authority lines (``TM. ỦY BAN NHÂN DÂN`` / ``KT. CHỦ TỊCH``),
  ``TUQ.`` with a department head's title, ``TL.`` with an office's chief or deputy chief, ``Q.``;
- the foot's two columns merged row by row with a single space between them.
"""

from __future__ import annotations

import random

# signature blocks any office may sign with: (authority, capacity, titles[, second prefix line])
UBND_MORE = [("TM.", "ỦY BAN NHÂN DÂN", ["PHÓ CHỦ TỊCH"], "KT. CHỦ TỊCH"),
             ("TUQ.", "CHỦ TỊCH", ["GIÁM ĐỐC SỞ NỘI VỤ"]),
             ("Q.", "CHỦ TỊCH", []),
             ("TM.", "ỦY BAN NHÂN DÂN", ["CHỦ TỊCH"])]
MIXED_CODES = ["GDTrH", "GDĐH", "KTTH", "TTr", "NVTr", "QLCL"]


def rewrap_issuer(rng: random.Random, lines: list[str]) -> tuple[list[str], str | None]:
    """The issuer's lines wrapped before its dash or after one of its words, and a tag."""
    name = " ".join(lines)
    words = name.split()
    if " - " in name and rng.random() < 0.6:
        head, tail = name.split(" - ", 1)
        return [head, "- " + tail], "issuer:dash_line"
    if len(words) >= 3 and rng.random() < 0.2:
        k = rng.randint(1, len(words) - 1)
        return [" ".join(words[:k]), " ".join(words[k:])], "issuer:wrapped_anywhere"
    return lines, None


def _wrap(rng: random.Random, text: str, n: int) -> list[str]:
    words = text.split()
    n = max(1, min(n, len(words)))
    cuts = sorted(rng.sample(range(1, len(words)), n - 1)) if n > 1 else []
    bounds = [0] + cuts + [len(words)]
    return [" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:])]


def subject(rng: random.Random, text: str) -> tuple[list[str], str, str]:
    """A công văn's subject ``text`` printed in one of the quoted forms: (lines, truth, tag)."""
    style = rng.choice(["quoted_bare", "quoted_bare", "vv_quoted", "straight_quoted"])
    text = text if style == "vv_quoted" else text[0].upper() + text[1:]
    lines = _wrap(rng, text, rng.choice([1, 2, 2, 3]))
    opening, closing = ('"', '"') if style == "straight_quoted" else ("“", "”")
    lines[0] = opening + lines[0]
    lines[-1] += closing
    if style == "vv_quoted":
        lines[0] = "V/v " + lines[0]
    return lines, opening + text + closing, f"subject:{style}"


def number(rng: random.Random, code: str, type_code: str | None) -> tuple[str, str, str]:
    """A state body's number with an unusual symbol: (printed, truth, tag)."""
    n = str(rng.randint(10, 2999))
    style = rng.choice(["ampersand", "en_dash", "letter", "mixed_case", "spaced", "no_space", "space_colon"])
    first = type_code or code
    second = code if type_code else rng.choice(["VP", "KT", "VX", "NV", "TH"])
    if style == "ampersand":
        symbol = f"{n}/{first}-{second}&{rng.choice(['HT', 'ĐT', 'KĐCL', 'VTLT'])}"
    elif style == "en_dash":
        symbol = f"{n}/{first}–{second}"
    elif style == "letter":
        symbol = f"{n}{rng.choice('abc')}/{first}-{second}"
    elif style == "mixed_case":
        symbol = f"{n}/{first}-{rng.choice(MIXED_CODES)}"
    else:
        symbol = f"{n}/{first}-{second}"
    printed = {"spaced": f"Số: {n} / {first} - {second}", "no_space": f"Số:{symbol}",
               "space_colon": f"Số : {symbol}"}.get(style, f"Số: {symbol}")
    return printed, symbol, f"number:{style}"


def signature(rng: random.Random, signatures: list[tuple], ubnd: bool) -> tuple | None:
    """Another block the office may sign with, built from its own head's title, or None."""
    if ubnd:
        return rng.choice(UBND_MORE)
    heads = [s[1] for s in signatures if s[0] in ("KT.", "K/T") and s[1]]
    if not heads:
        return None
    head = rng.choice(heads).split("|")[0]
    return rng.choice([("TL.", head, ["CHÁNH VĂN PHÒNG"]), ("TL.", head, ["PHÓ CHÁNH VĂN PHÒNG"], "KT. CHÁNH VĂN PHÒNG"),
                       ("TUQ.", head, ["TRƯỞNG PHÒNG TỔ CHỨC - HÀNH CHÍNH"]), ("Q.", head, [])])
