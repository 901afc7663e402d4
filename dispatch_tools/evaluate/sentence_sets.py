"""The sentences :mod:`.sentence_tasks` scores, picked from the training corpus (``../shared/corpus``, never
committed) by fixed rules and a fixed hash, so that the same files come out wherever the corpus is.

    python -m dispatch_tools.evaluate.sentence_sets legal|requests|news-deadlines|legal-deadlines \
        [--count N] [--shared DIR] > FILE

* ``legal``: items and sentences of laws, decrees and circulars (``legal_phapdien.txt.gz``) that open on a
  body, an office-holder or a request (``Bộ …``, ``Ủy ban …``, ``Giám đốc …``, ``Giao …``) and give it work
  within their first 200 characters (220 after the list marker) (``chủ trì``, ``có trách nhiệm``, ``chịu trách nhiệm``, ``giao``,
  ``đề nghị``, ``yêu cầu`` and a capital); the pháp điển's own article heading cut off; ids ``s000`` ….
* ``requests``: sentences of news reports on directives (``news_vietnews``, ``news_misc``) that hold
  ``yêu cầu``, ``đề nghị`` or ``giao`` and a body, cut so that they open on that word (who asked is not
  kept: the request as a dispatch words it); ids ``r000`` ….
* ``news-deadlines`` and ``legal-deadlines``: sentences of news reports (``news_vietnews``, ``news_misc``)
  and items of laws, decrees and circulars (``legal_phapdien``) that hold a cue of a date to meet
  (``trước``, ``chậm nhất``, ``hạn chót``, ``đến hết``, ``hoàn thành`` … then ``ngày``, ``tháng``, ``quý``
  or ``năm`` and a figure) and a word of work (``yêu cầu``, ``giao``, ``báo cáo``, ``phải`` …); a news
  sentence that asks a body is cut to open on its request, as in ``requests``; ids ``d000`` … and
  ``e000`` …. Each carries ``issued``, the day the plan around it is taken to be issued
  (:func:`issued_for`), so that a day and month without a year have one.

Each set is sorted by a hash of its text and dealt by the same hash into a ``studied`` and a ``held`` half.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

_LEGAL_CUE = re.compile(r"chủ trì|có trách nhiệm|chịu trách nhiệm|\bgiao (?:cho )?[A-ZĐỦ]|[Đđ]ề nghị [A-ZĐỦ]|"
                        r"[Yy]êu cầu [A-ZĐỦ]")
_ARTICLE_HEAD = re.compile(r"^Điều [\d.]+[A-ZĐ]*[\d.]*\.?\s+[^.]{0,120}?\.\s*")
_MARKER = re.compile(r"^(?:\d+\.|[a-zđ]\))\s*")
_LEGAL_START = re.compile(
    r"(?:Bộ |Sở |Ủy ban|UBND|Ban |Cục |Tổng cục|Văn phòng|Các [Bb]ộ|Các [Ss]ở|Các cơ quan|Bộ trưởng|Thủ trưởng|"
    r"Chủ tịch|Giám đốc|Ngân hàng|Kho bạc|Tổng cục trưởng|Cục trưởng|Chánh |Viện |Trung tâm|Đài |Thông tấn|Hội |"
    r"Liên đoàn|Đoàn |Mặt trận|Tòa án|Kiểm toán|Thanh tra|Công an|Bảo hiểm|Giao |Đề nghị |Yêu cầu |Hội đồng|"
    r"Người đứng đầu|Tập đoàn|Tổng công ty|Ngân hàng)")
_NEWS_BODY = (r"(?:các |cho |)(?:Bộ |Sở |UBND|Ủy ban|Uỷ ban|Ban |Cục |Tổng cục|Công an|Bộ Chỉ huy|Bộ Tư lệnh|"
              r"Văn phòng|Thanh tra|Chi cục|Phòng |Trung tâm|Kho bạc|Ngân hàng|Tập đoàn|Tổng công ty|Công ty|Đài |"
              r"Hội |Liên đoàn|Đoàn |Viện |Trường |Bệnh viện|Chủ tịch|Giám đốc|Thủ trưởng|Bộ trưởng|bộ, ngành|"
              r"các bộ|các địa phương|các đơn vị|các cơ quan|các tỉnh|chính quyền|lực lượng|Cảng vụ|Bảo hiểm|"
              r"Quân khu|Hải quan)")
_REQUEST = re.compile(r"(?<![\w])(yêu cầu|đề nghị|giao) " + _NEWS_BODY)
_DATE_FIGURE = r"(?:\d{1,2}\s*(?:[/.-]|tháng)|[IV]{1,3}\b|\d{4}|\d{1,2}\b)"
_DEADLINE_CUE = re.compile(
    r"(?:\btrước|chậm nhất|muộn nhất|hạn chót|không muộn hơn|không chậm hơn|đến hết|kết thúc|hoàn thành|xong)"
    r"(?:\s+(?:trong|vào|là|ngày|đến|trước|\d{1,2}\s*(?:giờ|h)\s*(?:\d{2})?))*"
    r"\s+(?:ngày|tháng|quý|năm)\s+" + _DATE_FIGURE)
_WORK = re.compile(r"yêu cầu|đề nghị|\bgiao\b|chỉ đạo|\bphải\b|có trách nhiệm|chủ trì|báo cáo|gửi|hoàn thành|nộp")
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")
SAMPLE_ISSUED = "2025-04-14"  # samples/kehoach.txt's issue date
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ“\"])")


def _lines(path: Path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            yield unicodedata.normalize("NFC", line.strip())


def _distinct(sentences) -> list[str]:
    """The sentences in their order, each once (case and signs ignored)."""
    out, seen = [], set()
    for sentence in sentences:
        key = re.sub(r"\W+", " ", sentence.lower())
        if key not in seen:
            seen.add(key)
            out.append(sentence)
    return out


def _legal_items(corpus: Path):
    for line in _lines(corpus / "legal_phapdien.txt.gz"):
        line = _ARTICLE_HEAD.sub("", line)
        if not 60 <= len(line) <= 420 or not _LEGAL_CUE.search(line[:200]):
            continue
        body = _MARKER.sub("", line)
        if _LEGAL_START.match(body) and _LEGAL_CUE.search(body[:220]):
            yield line


def _from_request(sentence: str, start: int) -> str:
    """``sentence`` cut to open on its request word at ``start``, capitalised as a dispatch words it."""
    asked = sentence[start:].strip(" \"“”")
    return asked[0].upper() + asked[1:]


def _news_requests(corpus: Path):
    for name in ("news_vietnews.txt.gz", "news_misc.txt.gz"):
        for line in _lines(corpus / name):
            for sentence in _SENTENCE.split(line):
                m = _REQUEST.search(sentence)
                if not m:
                    continue
                asked = _from_request(sentence, m.start())
                if 50 <= len(asked) <= 380 and "?" not in asked:
                    yield asked


def _deadline_sentences(corpus: Path, names: tuple[str, ...]):
    for name in names:
        news = name.startswith("news")
        for line in _lines(corpus / name):
            for sentence in _SENTENCE.split(line) if news else (_ARTICLE_HEAD.sub("", line),):
                if not 50 <= len(sentence) <= 420 or "?" in sentence or not _WORK.search(sentence):
                    continue
                cue = _DEADLINE_CUE.search(sentence)
                if not cue:
                    continue
                asked = _REQUEST.search(sentence) if news else None
                yield _from_request(sentence, asked.start()) if asked and asked.start() < cue.start() else sentence


def issued_for(sentence: str) -> str:
    """The day the plan around ``sentence`` is taken to be issued: 1 January of the earliest year it
    names (a date it sets then lies ahead, as in a real plan), or 1 December before it when the
    sentence names that 1 January (a plan is not issued on the day it sets); else the sample plan's
    own day."""
    years = [int(y) for y in _YEAR.findall(sentence)]
    if not years:
        return SAMPLE_ISSUED
    first = min(years)
    if re.search(rf"(?<!\d)0?1\s*(?:[/.-]\s*0?1\s*[/.-]|tháng\s+0?1\s+năm)\s*{first}\b", sentence):
        return f"{first - 1}-12-01"
    return f"{first}-01-01"


def news_deadlines(corpus: Path) -> list[str]:
    return _distinct(_deadline_sentences(corpus, ("news_vietnews.txt.gz", "news_misc.txt.gz")))


def legal_deadlines(corpus: Path) -> list[str]:
    return _distinct(_deadline_sentences(corpus, ("legal_phapdien.txt.gz",)))


def legal(corpus: Path) -> list[str]:
    return _distinct(_legal_items(corpus))


def requests(corpus: Path) -> list[str]:
    return _distinct(_news_requests(corpus))


SETS = {"legal": (legal, "", "s"), "requests": (requests, "req:", "r"), "news-deadlines": (news_deadlines, "dl:", "d"),
        "legal-deadlines": (legal_deadlines, "dl:", "e")}


def dealt(kind: str, corpus: Path, count: int) -> list[dict]:
    """The first ``count`` sentences of the set in its hash order, each with its id and half."""
    pick, salt, prefix = SETS[kind]
    digest = {s: hashlib.sha1((salt + s).encode()).hexdigest() for s in pick(corpus)}
    ordered = sorted(digest, key=digest.get)[:count]
    out = [{"id": f"{prefix}{i:03d}", "part": "held" if int(digest[s][-1], 16) % 2 else "studied", "text": s}
           for i, s in enumerate(ordered)]
    if kind.endswith("deadlines"):
        out = [{**item, "issued": issued_for(item["text"])} for item in out]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="The sentence sets of sentence_tasks, picked from the corpus")
    ap.add_argument("kind", choices=sorted(SETS))
    ap.add_argument("--count", type=int, default=480)
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[3] / "shared")
    args = ap.parse_args(argv)
    corpus = args.shared / "corpus"
    if not corpus.is_dir():
        print(f"sentence_sets: no corpus in {corpus}; give --shared", file=sys.stderr)
        return 2
    for item in dealt(args.kind, corpus, args.count):
        print(json.dumps(item, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
