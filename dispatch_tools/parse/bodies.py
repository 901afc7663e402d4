"""The bodies a task names: a list of bodies split into names (``Sở A, Sở B và các cơ quan liên quan``,
``các Sở: Y tế, Tài chính``), and the bodies printed at a place of a text. Where a name starts is in
:mod:`.body_words`, where it ends in :mod:`.name_end`; the roles the bodies take in :mod:`.roles`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import lexicon
from ..vntext import strip_diacritics
from .text import key, load_list, squash, strip_markup, words_regex
from .body_kinds import (KIND_WORDS, bare_kind, kind_after_named_kind, kinds_share_words, only_kinds,
                         plural_of_kind, related_kind, small_kinds_and, unglue_plural)
from .body_words import not_bodies, other_word, person_titles, starts_body, title_at
from .name_end import name_end


# --------------------------------------------------------------------------- lists of bodies


# The head of a kind of body named by the kind and "trưởng" ("các Tổng cục trưởng", "Vụ trưởng"):
# with no name of a body after it, the heads stand for their bodies ("các Tổng cục").
_HEADS_OF_KIND = re.compile(r"(?:các\s+)?(?P<kind>bộ|tổng\s+cục|cục|chi\s+cục|vụ|viện)\s+trưởng"
                            r"(?P<rest>(?:\s+(?:thuộc|trực\s+thuộc|của)\s.*)?)", re.I)


_OTHER_TITLE = re.compile(r"\(([^()]{2,30})\)\s*")


def drop_title(name: str) -> str:
    """``Giám đốc Sở Y tế`` -> ``Sở Y tế``; a title with no body after it is kept, but the heads of a
    kind of body (``các Bộ trưởng``, ``các Tổng cục trưởng``, ``Vụ trưởng thuộc Bộ``) stand for their
    bodies (``các Bộ``, ``các Tổng cục``, ``các Vụ thuộc Bộ``)."""
    name = squash(name).strip(" ,;:.")
    heads = _HEADS_OF_KIND.fullmatch(name)
    if heads:
        return f"các {heads.group('kind')}{heads.group('rest')}"  # lower case, as a kind inside a list
    for _ in range(3):
        m = title_at(name)
        if not m:
            break
        rest = name[m.end():].lstrip(" :,")
        other = _OTHER_TITLE.match(rest)  # "Tổng Giám đốc (Giám đốc) các tổ chức tín dụng": the title as some print it
        alone = title_at(other.group(1)) if other else None
        if alone and alone.end() == len(other.group(1)):
            rest = rest[other.end():]
        if not rest or not starts_body(rest) or person_titles().fullmatch(strip_diacritics(rest).lower()):
            break
        name = rest
    return name


def _bare_kind(text: str) -> bool:
    """``Sở``, ``Các Sở``, ``Ban``: a kind of body without a name (one word)."""
    k = re.sub(r"^cac\s+", "", key(text))
    return k in lexicon().heads and " " not in k


@lru_cache(maxsize=1)
def _list_heads() -> re.Pattern:
    """The words that open a new body inside a list of bodies (``Sở A, Sở B``, ``các bộ, cơ quan
    ngang bộ``): the heads of ``agency_heads.txt`` and ``list_heads.txt``, folded, longest first."""
    return words_regex(load_list("list_heads.txt") + tuple(lexicon().heads), prefix=r"^(?:cac\s+)?", suffix=r"\b")


@lru_cache(maxsize=1)
def _lower_openings() -> re.Pattern:
    """Openings of a folded piece that open a body even printed in lower case: ``các`` and the words
    of ``list_heads_lower.txt``."""
    return words_regex(load_list("list_heads_lower.txt"), prefix=r"^(?:cac\s|(?:", suffix=r")(?![\w]))")


def _open_head(k: str) -> re.Match | None:
    """The head word that opens a body in a list, in the folded piece ``k``, or None."""
    return _list_heads().match(k)


_NAME_AFTER = re.compile(r"\s+[A-ZĐÀ-Ỹ]")
# heads a careless hand writes small before a body's own name (folded)
_SMALL_HEADS = r"so|bo|cuc|tong cuc|chi cuc|vu|phong|vien|trung tam|van phong|cong an|benh vien"
_SMALL_HEAD = re.compile(rf"(?:{_SMALL_HEADS}|cong chuc|vien chuc)(?![\w])")


def _persons_next(piece: str, rest: list[str]) -> bool:
    """``tổ chức`` then ``, cá nhân`` (``Sở Y tế và tổ chức, cá nhân có liên quan``, ``Ủy ban nhân dân
    các huyện, tổ chức, cá nhân có liên quan``): a kind of body beside persons, no verb ``tổ chức``
    (organise), nor a place after the body before it."""
    return key(piece) == "to chuc" and len(rest) == 2 and rest[0].strip() in (",", "và", "hoặc") \
        and re.match(r"ca\s+nhan\b", key(rest[1])) is not None


def _named_before(out: list[str]) -> bool:
    """Is the last body read a named one (``Ủy ban nhân dân các huyện``), not a plural or a bare kind
    (``Các cơ quan``, ``cơ quan``) that the kinds after it extend?"""
    if not out:
        return False
    bare = drop_title(out[-1])
    return not _PLURAL_OPENING.match(bare) and not bare_kind(bare) and not only_kinds(bare)


def _opens_body(piece: str, after_and: bool = False) -> bool:
    """Does this piece of a list start a new body? After ``và`` any body does
    (``lực lượng Cảnh sát giao thông và đơn vị truyền thông``)."""
    k = key(piece)
    if not_bodies().match(k) or other_word(piece):
        return False  # "Cục Trồng trọt và Bảo vệ thực vật": "Bảo" is no "Báo"
    if person_titles().match(k) and starts_body(piece):
        return True
    if plural_of_kind(k):
        return True  # "Sở Tài chính, các tổ chức, cá nhân …", "lực lượng quân đội, các ngành, địa phương": another body
    if after_and and starts_body(piece) and not re.match(r"(?:nganh|dia phuong|doan the)\b", k):
        return True
    if after_and and _PERSON.match(piece):
        return True  # "Giám đốc Sở Nội vụ và ông Nguyễn Văn B": a person named on his own
    head = _open_head(k)
    small = _SMALL_HEAD.match(k)
    if small and _NAME_AFTER.match(piece, small.end()):
        return True  # "bộ Quốc phòng, bộ Ngoại giao": a kind written small, then its name
    return bool(head) and (piece[:1].isupper() or _lower_openings().match(k))


_BARE_LEVEL = re.compile(r"(?<![\w])(?:các|Các)\s+(?:Huyện|Quận|Thị|Tỉnh|huyện|quận|thị|tỉnh)\s*$")
_UNION_OF_LEVEL = re.compile(r"(?:tinh|thanh|huyen|quan|thi)\s+doan\b")
_KINDS_AFTER = re.compile(r"(?:cac\s+)?(?:so|ban|bo|phong|nganh|doan the)\b")


@lru_cache(maxsize=1)
def _comma_names() -> re.Pattern:
    """Names of bodies that hold a comma (``Văn hóa, Thể thao và Du lịch``), mined from the corpus."""
    pairs = [row.split("\t")[0] for row in load_list("comma_names.txt")]
    body = "|".join(r"\s*,\s*".join(re.escape(key(p)) for p in pair.split(",")) for pair in pairs)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.I)


@lru_cache(maxsize=1)
def _and_names() -> tuple[tuple[str, str], ...]:
    """(A, first word of B) of the names ``A và B`` of bodies, mined from the corpus (folded)."""
    out = []
    for row in load_list("and_names.txt"):
        a, _, b = row.split("\t")[0].partition(" và ")
        out.append((key(a), key(b)))
    return tuple(out)


def _one_name(before: str, piece: str) -> bool:
    """Are ``before`` and ``piece``, joined by ``và`` in a list, one name (``Giáo dục`` và ``Đào tạo``,
    ``Văn hóa, Thể thao`` và ``Du lịch``)?"""
    if _KEEP in before:
        return True
    b, p = key(before.replace(_KEEP, ",")), key(piece)
    return any((b == a or b.endswith(" " + a)) and (p == w or p.startswith(w + " ")) for a, w in _and_names())


_KEEP = "\u2063"  # stands for a comma inside a name while a list is split


_ASIDE = re.compile(r"\([^()]*\)")


def _protect(text: str) -> str:
    """The commas inside a name (``Sở Văn hóa, Thể thao và Du lịch``) and inside an aside that closes
    (``Các cơ quan thuộc Bộ Quốc phòng (Cục Cán bộ, Cục Quân lực)``: the bodies it is made of) kept
    from splitting the list."""
    text = _ASIDE.sub(lambda m: m.group(0).replace(",", _KEEP), text)
    folded = strip_diacritics(text).lower()
    if len(folded) != len(text):
        return text
    out = list(text)
    for m in _comma_names().finditer(folded):
        for i in range(m.start(), m.end()):
            if out[i] == ",":
                out[i] = _KEEP
    return "".join(out)


_PERSONS_ADDRESSED = re.compile(r"^(?:các\s+)?(?:ông|bà)\s*(?:,\s*(?:bà|ông)\s*:|\(\s*(?:bà|ông)\s*\)\s*:?)\s*", re.I)
_PERSON = re.compile(r"(?:ông|bà)\s+[A-ZĐÀ-Ỹ]")


def split_bodies(text: str) -> list[str]:
    """``Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông`` -> two bodies; a list
    ``Các Bộ: Công an, Tài chính`` -> ``Bộ Công an``, ``Bộ Tài chính``; ``Giám đốc các Sở: A, B``
    -> ``Sở A``, ``Sở B``; a person's title before a body is dropped."""
    text = squash(strip_markup(text)).strip(" ,;:.")
    called = CALLED.search(text)  # "Ban Chỉ huy quân sự huyện, quận, … (sau đây gọi chung là Ban Chỉ huy quân sự cấp huyện)"
    if called and called.group("all"):
        return split_bodies(called.group("name").strip(" \"“”'"))
    if called:  # "Ngân hàng Nhà nước Việt Nam (sau đây gọi tắt là Ngân hàng Nhà nước)": the full name stays
        text = (text[:called.start()] + text[called.end():]).strip(" ,;:.")
    text = _PERSONS_ADDRESSED.sub("", text)  # "Các ông, bà:", "Các ông (bà)"
    text = _SEMICOLON_READ_AS_COLON.sub(_semicolon, text)
    out: list[str] = []
    for part in re.split(r"\s*;\s*", _protect(text)):
        out += _split_part(_LIST_MARK.sub("", part))  # "; - Giám đốc Sở Tài chính": a body listed one a line
    out = [_UNCLOSED.sub("", x.replace(_KEEP, ",")) for x in out]  # "Sở Tài chính (thời gian": an aside cut off
    out = [_STRAY_END.sub("", x) for x in out]  # "Bộ Quốc phòng „": a speck OCR read at a line's end
    return [b for b in (drop_title(x) for x in out) if b and re.search(r"\w", b)]


# the name the bodies listed before it are called by from then on: all of them (gọi chung) are that body
# "(sau đây gọi tắt là Ngân hàng Nhà nước)", "(sau đây gọi chung là …)", "(sau đây viết tắt là BHXH tỉnh)": the name a
# body goes by from then on (also read by task_named for the short name of the addressees)
CALLED = re.compile(r"\(\s*(?:sau\s+đây\s+)?(?:gọi|viết)\s+(?:(?P<all>chung)\s+|tắt\s+)?là\s+(?P<name>[^()]+?)\s*\)", re.I)


# a colon between two posts (``Bộ trưởng Bộ Nông nghiệp và Môi trường: Chủ tịch Ủy ban nhân dân …``)
_SEMICOLON_READ_AS_COLON = re.compile(r"(?P<before>(?:^|(?<=[,;]))[^,;:]+?):\s+(?=\S)")


def _semicolon(m: re.Match) -> str:
    """A colon between a post held in a named body and the next post (``… Bộ trưởng Bộ Nông nghiệp và Môi
    trường: Chủ tịch …``) is a semicolon a page's print or its reading turned into a colon; after
    ``Các ông, bà``, ``Giám đốc các Sở`` or a bare title (``Giám đốc: Sở A, Sở B``) it is a colon."""
    before = m.group("before").strip()
    after = m.string[m.end():]
    post = re.split(r"[,;]", after, maxsplit=1)[0]  # the next post, up to its list's next mark
    body = drop_title(before)
    if body != before and starts_body(body) and not re.match(r"(?i)các\s", body) \
            and person_titles().match(key(after)) and drop_title(post) != post:
        return m.group(0).replace(":", ";", 1)
    return m.group(0)


_UNCLOSED = re.compile(r"\s*\([^()]*$")
_STRAY_END = re.compile(r"(?:\s+[„~`^]+)+$")  # marks no name ends with, alone after its last word
_LIST_MARK = re.compile(r"^[-–+•]\s+")


_LIST_OF = re.compile(r"^(?P<before>[^,;:]{0,40}?)\b(?:các|Các)\s+(?P<head>\w+)\s*:\s*(?P<first>.*)$")
_CAPITAL = re.compile(r"[A-ZĐ]")
_AND_FIRST = re.compile(r"(?:và|hoặc)\s+")
# "các Bộ Tài chính, Tư pháp": a plural head without a colon, its first name and then the others
_HEAD_THEN_NAMES = re.compile(r"^(?P<before>)(?:các|Các)\s+(?P<head>[Bb]ộ|[Ss]ở|[Bb]an|[Cc]ục|[Vv]ụ|[Nn]gành)\s+"
                              r"(?P<first>[A-ZĐÀ-Ỹ].*)$")


# "các quận Ba Đình, Đống Đa", "Ủy ban nhân dân các huyện A, B": a plural level before two or more places' names
# (one name alone is a region: "các tỉnh Tây Nguyên")
_LEVEL_THEN_NAMES = re.compile(r"^(?P<before>(?:[^,;:]{0,40}?\s)?)(?:các|Các)\s+(?P<head>tỉnh|huyện|quận|thị\s+xã|thành\s+phố|xã|"
                               r"phường)\s+(?P<first>[A-ZĐÀ-Ỹ].*)$")


def _level_then_names(piece: str) -> re.Match | None:
    """``các quận Ba Đình`` opening a list of places: the first place's name in a capital (not ``các huyện ủy``)."""
    m = _LEVEL_THEN_NAMES.match(piece)
    return m if m and m.group("first")[:1].isupper() else None


# "Các Sở, ban, ngành: Tài chính, Xây dựng": a plural head and more kinds before the colon, then names
_KINDS_THEN_NAMES = re.compile(r"^(?P<head>[^,;:]{0,40}?\b(?:các|Các)\s+\w+)(?P<kinds>(?:\s*,\s*\w+(?:\s+\w+)?)+)\s*:\s*"
                               r"(?P<first>[A-ZĐÀ-Ỹ][^,;]*)")


def _kinds_share_the_head(text: str) -> str:
    """``Các Sở, ban, ngành: Tài chính, Xây dựng`` -> ``Các Sở: Tài chính, Xây dựng``: the names after the
    colon are of the first kind (the others are the kinds a dispatch addresses together), a head word alone
    too (``Các Bộ, ngành: Công an, Quốc phòng``); when the first name opens a body of its own (``Các sở,
    ngành: Sở Y tế, Công an tỉnh``) the kinds are only its label. Left as it is when the words after the
    first kind are no kinds of bodies."""
    m = _KINDS_THEN_NAMES.match(text)
    if m is None or not all(key(w) in KIND_WORDS for w in m.group("kinds").split(",") if w.strip()):
        return text
    first = key(m.group("first"))
    head = _open_head(first)
    if starts_body(m.group("first")) and not (head and head.end() >= len(first.rstrip())):
        return text[m.start("first"):]
    return text[:m.end("head")] + ": " + text[m.start("first"):]


_PROVINCE_LEVEL = re.compile(r"(?<![\w])(?:tỉnh|thành phố)$", re.I)


def _listed_head(listed: re.Match) -> str:
    """The words each name of a list takes before it: the kind in its capital (``các sở: Giáo dục …`` -> ``Sở
    Giáo dục …``; a level keeps its small letter: ``quận Ba Đình``), after the body the kind belongs to
    (``Ủy ban nhân dân các huyện: A, B`` -> ``Ủy ban nhân dân huyện A``), a title before it dropped (``Chủ tịch UBND
    các huyện: A`` -> ``UBND huyện A``)."""
    list_head = listed.group("head")
    if not re.fullmatch(_LEVEL, list_head):
        list_head = list_head[:1].upper() + list_head[1:]
    before = listed.group("before").strip()
    body = drop_title(before)
    if body and before.endswith(body) and starts_body(body) and not title_at(body):
        list_head = f"{body} {list_head.lower()}"
    return list_head


def _at_its_level(list_head: str, name: str) -> str:
    """The listed ``name`` under ``list_head``, a province or city at its own level when the head names one:
    ``Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh, Hải Phòng`` gives ``… tỉnh Quảng Ninh`` and ``… thành phố
    Hải Phòng`` (``models/parse/provinces.tsv``)."""
    level = _PROVINCE_LEVEL.search(list_head)
    province = lexicon().province_named(name) if level else None
    if province is None:
        return f"{list_head} {name}"
    return f"{list_head[:level.start()]}{province.level} {name}"


def _split_part(text: str) -> list[str]:
    text = _kinds_share_the_head(unglue_plural(text))
    m = re.match(r"^([^:,]{1,30}):\s*(.+)$", text)
    if m and starts_body(m.group(2)) and not _LIST_OF.match(text):  # "Giám đốc: Sở A, Sở B"
        text = m.group(2)
    pieces = re.split(r"(\s*,\s*|\s+(?:và|hoặc)\s+(?=\S))", text)
    out: list[str] = []
    list_head = None  # "Sở" while reading "các Sở: A, B, C"
    sep = ""
    for i, piece in enumerate(pieces):
        if i % 2:
            sep = piece
            continue
        if not piece:
            continue
        after_and = sep.strip() in ("và", "hoặc")
        joined = _AND_FIRST.match(piece)  # "…, và TP. HCM": the comma before "và"
        if joined and sep.strip() == ",":
            piece, after_and, sep = piece[joined.end():], True, sep + joined.group(0)
        listed = _LIST_OF.match(piece) or (_HEAD_THEN_NAMES.match(piece) if not out else None) or (
            _level_then_names(piece) if not out and "".join(pieces[1:2]).strip() == "," else None)
        if listed:  # "Giám đốc các Sở: Giáo dục và Đào tạo", "các Bộ Tài chính, Tư pháp", "các quận A, B"
            list_head = _listed_head(listed)
            out.append(_at_its_level(list_head, listed.group("first")))
            continue
        opens = _opens_body(piece, after_and) or (after_and or sep.strip() == "," and _named_before(out)) \
            and _persons_next(piece, pieces[i + 1:i + 3])
        head = _open_head(key(piece))
        if list_head and opens and not after_and and head and head.end() >= len(key(piece).rstrip()):
            opens = False  # "các Bộ: Quốc phòng, Công an": a head word alone is a name of the listed kind
        if list_head and not opens:
            if after_and and out and not _CAPITAL.search(piece[:1]):
                out[-1] += sep + piece  # "Giáo dục và Đào tạo" was split above: "Đào tạo" is capitalised
                continue
            if after_and and out and out[-1].startswith(list_head) and piece[:1].isupper() and _one_name(out[-1], piece):
                out[-1] += sep + piece
                continue
            out.append(_at_its_level(list_head, piece))
            continue
        if out and opens and after_and and key(drop_title(out[-1])).startswith("van phong ") and _one_name(out[-1], piece):
            opens = False  # "Văn phòng HĐND và UBND huyện": one office of two bodies
        if out and opens and related_kind(piece) and (
                only_kinds(drop_title(out[-1])) and not after_and or after_and and small_kinds_and(drop_title(out[-1]), piece)):
            out[-1] = out[-1] + sep + piece  # "các Bộ, cơ quan liên quan", "các tổ chức và cá nhân có liên quan": one name
            continue
        if opens:
            list_head = None
        if out and opens and _bare_kind(out[-1]) and _KINDS_AFTER.match(key(piece)):
            opens = False  # "Sở, Ban ngành thành phố": kinds of bodies, not two bodies
        bare_before = drop_title(out[-1]) if out and opens else ""  # "Thủ trưởng các đơn vị" -> "các đơn vị"
        if out and opens and _PLURAL_KIND.match(bare_before) and bare_kind(piece):
            opens = False  # "Các Khoa, Viện", "Các khoa, viện, trường thuộc Trường": one more kind in a list of kinds
        if out and opens and not after_and and _kinds_in_small_letters(bare_before, piece):
            opens = False  # "các cơ quan, đơn vị, doanh nghiệp", "các cấp ủy, tổ chức đảng": the kinds of one plural
        if out and _addressed_kinds(out[-1], piece):
            opens = False  # "Quý Bộ, cơ quan, địa phương": the kinds the dispatch addresses, one addressee
        if out and opens and _BARE_LEVEL.search(out[-1]) and _UNION_OF_LEVEL.match(key(piece)):
            opens = False  # "Ban Thường vụ các Huyện, Thành đoàn": "Huyện" shares the "đoàn" that follows
        if out and not opens and _places_after_a_name(out[-1], piece) and not _addressed_kinds(out[-1], piece):
            opens = True  # "Bộ Quốc phòng, địa phương": the places after a named body are bodies of their own
        if out and not opens and not list_head and sep.strip() == "," and _kinds_after_a_name(out[-1], piece, pieces[i + 1:i + 3]):
            opens = True  # "Sở Tài chính, sở, ngành liên quan": the kinds after a named body are another body
        if out and not opens and not list_head and _kind_of_its_own(out, piece, sep):
            opens = True  # "Ban quản lý di tích, đơn vị sử dụng di tích": a kind with its own work after a named body
        if out and opens and sep.strip() == "," and _named_person(out[-1]) and person_titles().match(key(piece)):
            out[-1] = out[-1] + sep + piece  # "đồng chí Trần Văn B, Phó Giám đốc Sở Nội vụ": one person and his post
            continue
        if out and not opens and not list_head and (_lower_heads(out[-1], piece) or _another_plural(out[-1], piece)):
            opens = True  # "sở Tài chính, kho bạc nhà nước": heads written small; "các sở, các huyện": a plural each
        shared = _shared_head(out[-1], piece) if out and not opens else None
        if shared:
            out.append(f"{shared} {piece}")  # "UBND thị xã Sa Pa và huyện Bát Xát": two councils, one head
            continue
        if out and not opens:
            out[-1] = out[-1] + sep + piece
            continue
        out.append(piece)
    out = [squash(p).strip(" ,;:.") for p in out if p.strip(" ,;:.")]
    return [f"{out[0]}, {out[1]}"] if _of_its_ministry(out, text) else out


# a plural of kinds: "các", "tất cả (các)", and the distributive "từng", "mọi" ("Từng bộ, cơ quan, địa phương")
_PLURAL_OPENING = re.compile(r"(?:[Cc]ác|[Tt]ất\s+cả|[Tt]ừng|[Mm]ọi)\s")
_PLURAL_KIND = re.compile(r"^(?:[Cc]ác|[Tt]ất\s+cả(?:\s+các)?|[Tt]ừng|[Mm]ọi)\s+\w+(?:\s*,\s*\w+(?:\s\w+)?)*$")
_NAMED_PERSON = re.compile(r"^(?:[Đđ]ồng\s+chí|[Ôô]ng|[Bb]à)\s+(?P<name>[A-ZĐÀ-Ỹ]\w*(?:\s+[A-ZĐÀ-Ỹ]\w*){1,4})$")
_LEVEL = r"(?:tỉnh|huyện|quận|thị\s+xã|thị\s+trấn|thành\s+phố|xã|phường)"
_NAMED_PLACE = re.compile(rf"^{_LEVEL}\s+(?:\d+|[A-ZĐÀ-Ỹ]\w*(?:\s+[A-ZĐÀ-Ỹ]\w*)*)$")  # "huyện Bát Xát", "quận 8"
_HEAD_OF_PLACE = re.compile(rf"^(?P<head>.+?)\s+{_LEVEL}\s+(?:\d|[A-ZĐÀ-Ỹ])")


# a ministry's unit (``Cục``, ``Tổng cục``, ``Vụ``, ``Chi cục`` and its name) and the ministry it belongs to
_UNIT_OF_MINISTRY = re.compile(r"^(?:Tổng\s+cục|Chi\s+cục|Cục|Vụ)\s+[A-ZĐÀ-Ỹ]")
_NAMED_MINISTRY = re.compile(r"^Bộ\s+[A-ZĐÀ-Ỹ][\w\s,-]*$")


def _of_its_ministry(names: list[str], text: str) -> bool:
    """Are ``names`` a ministry's unit and, after a comma, the ministry it belongs to (``Cục Quản lý
    xuất nhập cảnh, Bộ Công an có trách nhiệm …``)? Only a list of those two: in a longer list (``Cục
    Thuế, Bộ Tài chính và Bộ Công Thương``) the ministry is a body of its own."""
    return (len(names) == 2 and bool(_UNIT_OF_MINISTRY.match(drop_title(names[0])))
            and bool(_NAMED_MINISTRY.match(names[1])) and f"{names[0]}, {names[1]}" in squash(text))


def _lower_heads(before: str, piece: str) -> bool:
    """Do ``before`` and ``piece`` both open with a body's head written in lower case (``sở Tài chính``,
    ``kho bạc nhà nước thành phố``), as a careless hand writes a list of bodies?"""
    return before[:1].islower() and piece[:1].islower() and not re.match(r"các\s", before) \
        and bool(_LOWER_HEAD.match(key(before))) and bool(_LOWER_HEAD.match(key(piece))) and not _bare_kind(before)


# the heads of a body's own name (no place, no kind: "thành phố", "cơ quan" go on a name)
_LOWER_HEAD = re.compile(rf"(?:{_SMALL_HEADS}|kho bac|bao hiem xa hoi|ban|hoi|truong|uy ban nhan dan|ubnd|thanh tra|"
                         r"chi nhanh|tram|doi)\s+\S")


_PLURAL_OPENS = re.compile(r"(?:các|Các)\s+\S")


def _another_plural(before: str, piece: str) -> bool:
    """``các huyện, thị xã liên quan`` after ``các sở ngành``: a list of kinds in the plural that a second
    ``các`` opens again after a comma names another plural of bodies, not one more kind of the first."""
    return bool(_PLURAL_OPENS.match(before)) and bool(_PLURAL_OPENS.match(piece)) and starts_body(piece)


def _named_person(text: str) -> bool:
    """``đồng chí Trần Văn Bình``, ``ông Lê Hùng``: a person by his name, not by a title (``Ông Chánh Văn phòng``)."""
    m = _NAMED_PERSON.match(text)
    return m is not None and not person_titles().match(key(m.group("name"))) and not starts_body(m.group("name"))


def _shared_head(before: str, piece: str) -> str | None:
    """``huyện Bát Xát`` after ``Ủy ban nhân dân thị xã Sa Pa``: a place of a level named on its own after
    a body of another place shares that body's head (``Ủy ban nhân dân``); the head, or None."""
    if not _NAMED_PLACE.match(piece):
        return None
    m = _HEAD_OF_PLACE.match(before)
    if m is None or not starts_body(m.group("head")) or _HEAD_OF_PLACE.match(m.group("head")):
        return None
    return m.group("head")


def _kinds_in_small_letters(before: str, piece: str) -> bool:
    """Is ``piece`` one more kind of the plural ``before`` opens (``các cơ quan, đơn vị`` and ``doanh nghiệp``,
    ``các cấp ủy`` and ``tổ chức đảng``): both in small letters, with no name of their own, and ``piece`` a kind
    written with few words? Or do bare kinds share the words of ``piece`` (``Cơ quan, tổ chức, | đơn vị được …``)?"""
    return bool(re.match(r"(?:các|tất\s+cả\s+các)\s", before)) and not any(c.isupper() for c in before + piece) \
        and len(piece.split()) <= 3 and "(" not in piece or kinds_share_words(before, piece)


def _addressed_kinds(before: str, piece: str) -> bool:
    """``Quý`` and kinds of bodies without names (``Quý Bộ, cơ quan, địa phương``, ``Quý cơ quan, đơn vị``):
    the honorific addresses the readers as one, every kind after it goes on the same addressee."""
    k = key(before)
    if not k.startswith("quy "):
        return False
    kinds = [w.strip() for w in re.split(r",|\bva\b", k[4:])]
    return all(w in KIND_WORDS for w in kinds) and key(piece) in KIND_WORDS


def _kind_of_its_own(out: list[str], piece: str, sep: str) -> bool:
    """``đơn vị sử dụng di tích`` after ``Ban quản lý di tích``: a kind of body written small and named
    with words of its own (three or more), after a body with a capitalised name (not a kind in the
    plural, as in ``các bộ, cơ quan, địa phương``, nor bare kinds that share its words), is one more body;
    so is a kind after a comma and a kind named with words of its own (``Cơ quan quản lý cấp trên, | sở, ban …``;
    not after ``và``: ``cơ quan trung ương và địa phương`` may be one kind of two levels)."""
    if sep.strip() == "," and kind_after_named_kind(out[:-1], out[-1], piece):
        return True
    before = drop_title(out[-1])  # "Thủ trưởng các cơ quan, đơn vị có liên quan": the kinds the title heads
    k = key(before)
    return piece[:1].islower() and len(piece.split()) >= 3 and starts_body(piece) and before[:1].isupper() \
        and not k.startswith(("cac ", "tat ca ", "moi ", "quy ")) and not _bare_kind(before) and k not in KIND_WORDS \
        and not key(piece).startswith("ca nhan") and not kinds_share_words(before, piece) \
        and " của " not in before  # "Tổ chức, cá nhân khai thác …"; "Hội đồng quản trị của công ty, chi nhánh …": whose


def _kinds_after_a_name(before: str, piece: str, rest: list[str]) -> bool:
    """``Sở Tài chính, sở, ngành liên quan``: a kind's one word written small (``sở``, ``bộ``, ``ban``) after
    a body with a name of its own, and another kind after it, opens the kinds that are one more body."""
    return re.fullmatch(r"[a-zđà-ỹ]+", piece) is not None and key(piece) in lexicon().heads \
        and len(rest) == 2 and rest[0].strip() == "," and bare_kind(rest[1].split()[0] if rest[1].split() else "") \
        and _has_own_name(drop_title(before))  # not "Thủ trưởng các Sở, ban, ngành"


def _places_after_a_name(before: str, piece: str) -> bool:
    """``Bộ Quốc phòng, địa phương``: ``địa phương`` after a body with a name of its own (not a bare
    kind, as in ``các bộ, ngành, địa phương``) is one more body."""
    return bool(re.match(r"(?:cac\s+)?dia\s+phuong\b", key(piece))) and _has_own_name(before)


def _has_own_name(body: str) -> bool:
    """Is ``body`` a body with a name of its own (``Bộ Quốc phòng``), no plural or bare kind?"""
    k = key(body)
    return not k.startswith(("cac ", "tat ca ", "moi ")) and " " in k and body[:1].isupper() \
        and any(w[:1].isupper() for w in body.split()[1:])


@lru_cache(maxsize=4)
def _one_line(text: str) -> str:
    """``text`` with its line breaks as spaces (same offsets)."""
    return text.replace("\n", " ")


def names_a_body(text: str) -> bool:
    """Is ``text`` only the name of one or more bodies (a line of an execution clause's list)?"""
    if not text or len(text.split()) > 25 or not starts_body(text):
        return False
    return only_bodies(" ".join(text.split()))


def only_bodies(text: str) -> bool:
    """Is ``text`` the names of one or more bodies and nothing else (a heading's or a list line's
    whole text)?"""
    names, end = bodies_at(text, strip_diacritics(text), 0, len(text))
    return bool(names) and end >= len(text.rstrip())


def bodies_at(text: str, folded: str, pos: int, limit: int) -> tuple[list[str], int]:
    """The bodies named from ``pos`` (after spaces) and where their names end; none when no
    body's name starts there. A name the page wrapped onto the next line (``Phó Chủ tịch`` /
    ``Văn xã Ủy ban nhân dân 13 phường``) is read across the break: the clause holds it whole."""
    while pos < limit and text[pos] in " \t\n:":
        pos += 1
    if "\n" in text[pos:limit]:
        text, folded = _one_line(text), _one_line(folded)
    if pos >= limit or not starts_body(text[pos:pos + 80]):
        return [], pos
    end = name_end(text, folded, pos, limit)
    if end <= pos:
        return [], pos
    return split_bodies(text[pos:end]), end
