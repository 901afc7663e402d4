"""The lexicons of ``models/parse`` as ready-to-use regexes and lookup tables (loaded once).

Agencies are recognised fuzzily with rapidfuzz, so that a name damaged by OCR
(``SO THONG TIN VA TRUYEN THONG``, ``UBND THANH PHO CAN THO``) still resolves to the
lexicon entry and its province, before or after the 2025 merger of provinces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rapidfuzz import fuzz, process

from .text import key, load_list, load_table, words_regex


@dataclass(frozen=True)
class Agency:
    name: str
    abbreviations: tuple[str, ...]
    level: str


@dataclass(frozen=True)
class Province:
    name: str
    level: str
    before_2025: bool
    after_2025: bool
    merged_into: str | None


class Lexicon:
    # ------------------------------------------------------------------ document types

    @cached_property
    def type_codes(self) -> dict[str, str]:
        return {row[0]: row[1] for row in load_table("doc_types.tsv")}

    @cached_property
    def type_names(self) -> dict[str, str]:
        """Folded key -> sentence-case type name."""
        return {key(name): name for name in load_list("type_names.txt")}

    def type_of_code(self, code: str) -> str | None:
        if code in self.type_codes:
            return self.type_codes[code]
        for c, name in self.type_codes.items():
            if c.upper() == code.upper() and len(code) > 1:
                return name
        return None

    # ------------------------------------------------------------------ header marks

    @cached_property
    def marks(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for kind, text in load_table("header_marks.tsv"):
            out.setdefault(kind, []).append(text)
        return out

    @cached_property
    def motto_keys(self) -> list[str]:
        return [key(m) for m in self.marks["motto"]]

    @cached_property
    def urgency_re(self) -> re.Pattern:
        return words_regex(self.marks["urgency"])

    @cached_property
    def circulation_re(self) -> re.Pattern:
        return words_regex(self.marks["circulation"])

    @cached_property
    def copy_or_draft_re(self) -> re.Pattern:
        """A copy's or a draft's mark printed over the head (``BẢN SAO``, ``DỰ THẢO``, ``DỰ THẢO LẦN 2``)."""
        return words_regex(self.marks["copy"] + self.marks["draft"], suffix=r"(?:\s+lan\s+\d{1,2})?(?![\w])")

    # ------------------------------------------------------------------ bodies

    @cached_property
    def _issuer_heads(self) -> list[str]:
        return load_list("agency_heads.txt") + load_list("issuer_heads.txt")

    @cached_property
    def heads(self) -> list[str]:
        return sorted({key(h) for h in load_list("agency_heads.txt")}, key=len, reverse=True)

    @cached_property
    def issuer_heads(self) -> list[str]:
        """Keys of the words that open an issuing body's name in a header (agency and issuer heads)."""
        return sorted({key(h) for h in self._issuer_heads}, key=len, reverse=True)

    @cached_property
    def issuer_head_forms(self) -> list[str]:
        """The words that open an issuing body's name, as printed with their marks, longest first."""
        return sorted(self._issuer_heads, key=len, reverse=True)

    @cached_property
    def head_re(self) -> re.Pattern:
        return words_regex(self._issuer_heads, prefix=r"^", suffix=r"(?=\s+\w|$)")

    @cached_property
    def admin_re(self) -> re.Pattern:
        return words_regex(load_list("admin_units.txt"), prefix=r"^", suffix=r"(?![\w])")

    @cached_property
    def body_noun_re(self) -> re.Pattern:
        return words_regex(load_list("body_nouns.txt") + load_list("agency_heads.txt"),
                           prefix=r"^", suffix=r"(?![\w])")

    @cached_property
    def person_re(self) -> re.Pattern:
        """Nouns of people and generic bodies (``Giám đốc``, ``Thủ trưởng``, ``các đơn vị``)."""
        return words_regex(load_list("body_nouns.txt"), prefix=r"^", suffix=r"(?![\w])")

    @cached_property
    def strong_heads_re(self) -> re.Pattern:
        """Heads that always open a new body inside a list of assignees."""
        strong = ["Sở", "Bộ", "Đài", "UBND", "Ủy ban nhân dân", "Uỷ ban nhân dân", "Văn phòng",
                  "Cục", "Tổng cục", "Trường", "Trung tâm", "Công an", "Ban", "Phòng", "Viện",
                  "Kho bạc", "Bảo hiểm xã hội", "Báo", "Hội", "Các Sở", "Các Ban", "Các trường"]
        return words_regex(strong, prefix=r"^", suffix=r"(?=\s+\w)")

    @cached_property
    def _head_forms(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for h in self._issuer_heads:
            out.setdefault(key(h), set()).add(_marks_key(h))
        return out

    def head_forms(self, head_key: str) -> set[str]:
        """The ways the head whose key is ``head_key`` is printed, lower case with its marks."""
        return self._head_forms.get(head_key, set())

    def starts_with_head(self, text: str) -> bool:
        """Does this header line open a body's name (exactly, or fuzzily after OCR damage)? A
        line printed with marks must carry the head's own (``ĐẠI HỘI`` does not open with ``Đài``)."""
        k = key(text)
        if not k or self.not_body_re.match(k):
            return False  # "PHÒNG, CHỐNG THIÊN TAI" goes on a name, "BÁO CÁO …" is no body
        m = self.head_re.match(k)
        if m:
            printed = _marks_key(" ".join(text.split())[:len(m.group(0)) + 2])[:len(m.group(0))]
            if printed == key(printed) or printed in self._head_forms.get(m.group(0), {printed}):
                return True
            return False
        if self.admin_re.match(k):
            return False
        words = k.split()
        for n in (3, 2, 1):
            if len(words) < n:
                continue
            prefix = " ".join(words[:n])
            if len(prefix) < (6 if n == 1 else 4):
                continue  # a short word a letter off a head is mostly a word of its own ("TRUNG", not "TRƯỜNG")
            hit = process.extractOne(prefix, self.issuer_heads, scorer=fuzz.ratio, score_cutoff=86)
            if hit and len(hit[0].split()) == n:
                return True
        return False

    @cached_property
    def not_body_re(self) -> re.Pattern:
        """Openings that only look like a body's name (``phòng chống``, ``báo cáo``, ``hội nghị``)."""
        return words_regex(load_list("not_bodies.txt") + load_list("issuer_not_heads.txt"), prefix=r"^",
                           suffix=r"(?![\w])")

    @cached_property
    def agencies(self) -> list[Agency]:
        out = []
        for row in load_table("agencies.tsv"):
            row += [""] * (3 - len(row))
            abbrs = tuple(a.strip() for a in row[1].split(",") if a.strip())
            out.append(Agency(row[0], abbrs, row[2]))
        return out

    @cached_property
    def provinces(self) -> list[Province]:
        out = []
        for row in load_table("provinces.tsv"):
            row += [""] * (5 - len(row))
            out.append(Province(row[0], row[1], row[2] == "yes", row[3] == "yes", row[4] or None))
        return out

    @cached_property
    def name_compounds(self) -> set[str]:
        """Keys of two-syllable words whose second half opens a body's name (``xã hội``)."""
        return {key(w) for w in load_list("name_compounds.txt")}

    @cached_property
    def numbered_words(self) -> set[str]:
        """Keys of a name's last words that take a number after them (``khu vực``, ``quận``)."""
        return {key(w) for w in load_list("numbered_words.txt")}

    @cached_property
    def inner_heads(self) -> set[str]:
        """Keys of the heads of an organisation named after the host body inside which it works
        (``đảng ủy``, ``công đoàn``): alone on a line, they open a name the next line ends."""
        return {key(w) for w in load_list("inner_heads.txt")}

    @cached_property
    def agency_word_pairs(self) -> set[str]:
        """Keys of the pairs of words that stand side by side in a known body's name
        (models/parse/agencies.tsv: ``thong tin``, ``cong an``): a name wrapped between them goes on."""
        out = set()
        for a in self.agencies:
            words = key(a.name).split()
            out.update(f"{x} {y}" for x, y in zip(words, words[1:]))
        return out

    @cached_property
    def name_endings(self) -> set[str]:
        """Keys of what may end a body's name: a province's name, its last two words, ``Việt Nam``."""
        out = {"viet nam"}
        for p in self.provinces:
            words = key(p.name).split()
            out.add(" ".join(words))
            out.add(" ".join(words[-2:]))
        return out

    @cached_property
    def _province_keys(self) -> dict[str, Province]:
        return {key(p.name): p for p in self.provinces}

    @cached_property
    def _agency_keys(self) -> dict[str, Agency]:
        out = {}
        for a in self.agencies:
            out[key(a.name)] = a
            for abbr in a.abbreviations:
                out.setdefault(key(abbr), a)
        return out

    def agency_of_key(self, folded: str) -> Agency | None:
        """The agency whose name or abbreviation has this key (:func:`.text.key`), exactly."""
        return self._agency_keys.get(folded)

    def province_named(self, name: str) -> Province | None:
        """The province or centrally run city whose whole name ``name`` is (exact, without case and marks)."""
        return self._province_keys.get(key(name))

    def find_province(self, text: str) -> Province | None:
        """The province named at the end of a body's name (fuzzy, tolerant of OCR)."""
        k = key(text)
        words = k.split()
        for n in (4, 3, 2, 1):
            if len(words) < n:
                continue
            tail = " ".join(words[-n:])
            hit = process.extractOne(tail, list(self._province_keys), scorer=fuzz.ratio,
                                     score_cutoff=88)
            if hit and len(hit[0].split()) == n:
                return self._province_keys[hit[0]]
        return None

    def resolve_agency(self, text: str) -> tuple[Agency, Province | None, float] | None:
        """The lexicon entry a printed body name refers to, with its province and a score 0-1."""
        if not text:
            return None
        province = self.find_province(text)
        k = key(text)
        if province is not None:
            pk = key(province.name)
            idx = k.rfind(pk[: max(3, len(pk) - 2)])
            if idx > 0:
                k = k[:idx].strip()
            k = self.admin_tail_re.sub("", k).strip() or k
        hit = process.extractOne(k, list(self._agency_keys), scorer=fuzz.ratio, score_cutoff=80)
        if not hit:
            return None
        return self._agency_keys[hit[0]], province, hit[1] / 100

    @cached_property
    def admin_tail_re(self) -> re.Pattern:
        return words_regex(load_list("admin_units.txt"), prefix=r"(?<![\w])", suffix=r"\s*$")

    # ------------------------------------------------------------------ tasks and signer

    @cached_property
    def verb_re(self) -> re.Pattern:
        return words_regex(load_list("task_verbs.txt"))

    @cached_property
    def stop_re(self) -> re.Pattern:
        return words_regex(load_list("assignee_stops.txt"))

    @cached_property
    def task_cues(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for kind, text in load_table("task_cues.txt"):
            out.setdefault(kind, []).append(text)
        return out

    @cached_property
    def non_task_re(self) -> re.Pattern:
        return words_regex(load_list("non_task_headings.txt"), prefix=r"^\W*")

    @cached_property
    def task_part_re(self) -> re.Pattern:
        return words_regex(load_list("task_part_headings.txt"), prefix=r"^\W*")

    @cached_property
    def body_start_re(self) -> re.Pattern:
        return words_regex(load_list("body_starts.txt"), prefix=r"^\W*")

    @cached_property
    def signer_titles(self) -> set[str]:
        return {key(t) for t in load_list("signer_titles.txt")}

    @cached_property
    def _family_names(self) -> frozenset[str]:
        """The family names of models/parse/surnames.txt, lower case with their marks."""
        return frozenset(_marks_key(n) for n in load_list("surnames.txt"))

    @cached_property
    def _one_word_titles(self) -> dict[str, str]:
        """The titles of one word (``TRƯỞNG``) under their folded form, as printed in lower case."""
        return {key(t): t.lower() for t in load_list("signer_titles.txt") if " " not in t.strip()}

    @cached_property
    def _marked_titles(self) -> frozenset[str]:
        """The signer titles of models/parse/signer_titles.txt, lower case with their marks."""
        return frozenset(_marks_key(t) for t in load_list("signer_titles.txt"))

    @cached_property
    def _marked_head_re(self) -> re.Pattern:
        return words_regex([_marks_key(h) for h in self._issuer_heads], prefix=r"^", suffix=r"(?=\s+\w|$)", fold=False)

    def opens_with_family_name(self, text: str) -> bool:
        """Does ``text`` open with a family name printed with its own marks (``TỐNG``, not ``TỔNG``;
        ``ĐOÀN``, ``CÔNG``)?"""
        words = _marks_key(text).split()
        return bool(words) and words[0] in self._family_names

    def marked_title(self, text: str) -> bool:
        """Do the words of ``text``, read with their marks, make or open a known signer title
        (``ĐOÀN TRƯỞNG`` does, ``ĐOÀN TRƯỜNG SƠN`` does not)?"""
        k = _marks_key(text).strip(" .:")
        return any(k == t or k.startswith(t + " ") for t in self._marked_titles)

    def marked_head(self, text: str) -> str | None:
        """The head of a body's name ``text`` opens with, read with its marks and no fuzzy match
        (``văn phòng``, ``đoàn trường``), or None."""
        m = self._marked_head_re.match(_marks_key(text))
        return m.group(0) if m else None

    def is_signer_title(self, text: str) -> bool:
        k = re.sub(r"^p\.\s*", "pho ", key(text))  # "P. GIÁM ĐỐC"
        if k in self.signer_titles:
            return True
        parts = [p.strip() for p in k.split(",")]
        if len(parts) == 2 and all(p in self.signer_titles for p in parts):
            return True  # one person's two offices: "BỘ TRƯỞNG, CHỦ NHIỆM"
        if len(k.split()) > 8:
            return False
        unit = _UNIT_HEAD.fullmatch(_marks_key(text).strip(" .:"))
        if unit and unit.group(1) not in self._family_names and re.search(r"[aeiouy]", key(unit.group(1))):
            return True  # the head of a unit named by its noun: "ĐỘI TRƯỞNG", "PHÓ TRẠM TRƯỞNG" (not "LÊ TRƯỞNG",
            # nor a word without a vowel, which is a misread: "TH TRƯỞNG")
        first = text.split()[0].lower() if text.split() else ""
        for t in self.signer_titles:
            if k.startswith(t + " "):
                one = self._one_word_titles.get(t)
                # "TRƯỞNG …" opens a title, "TRƯƠNG VĂN AN" a name: a word of one title must keep its
                # marks (unless the line lost all of them)
                if one is None or first == one or first == key(first):
                    return True
        return False


# a unit's noun and "trưởng" printed with its marks (``trường`` is a school): the title of the unit's
# head, a deputy's with "phó" (``ĐỘI TRƯỞNG``, ``PHÓ TRẠM TRƯỞNG``, ``HẠT TRƯỞNG``)
_UNIT_HEAD = re.compile(r"(?:phó )?(?:chi |tổng )?([^\W\d_]{2,}) trưởng")


def _marks_key(text: str) -> str:
    """Lower case, single spaces, one spelling of ``uỷ``/``ủy``, marks kept."""
    return " ".join(text.lower().split()).replace("uỷ", "ủy").replace("oà", "òa").replace("hoá", "hóa")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()
