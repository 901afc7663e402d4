"""The sentences :mod:`.sentence_tasks` scores, picked from the training corpus (``../shared/corpus``, never
committed) by fixed rules and a fixed hash, so that the same files come out wherever the corpus is.

    python -m dispatch_tools.evaluate.sentence_sets legal|requests [--count N] [--shared DIR] > FILE

* ``legal``: items and sentences of laws, decrees and circulars (``legal_phapdien.txt.gz``) that open on a
  body, an office-holder or a request (``Bộ …``, ``Ủy ban …``, ``Giám đốc …``, ``Giao …``) and give it work
  within their first 200 characters (220 after the list marker) (``chủ trì``, ``có trách nhiệm``, ``chịu trách nhiệm``, ``giao``,
  ``đề nghị``, ``yêu cầu`` and a capital); the pháp điển's own article heading cut off; ids ``s000`` ….
* ``requests``: sentences of news reports on directives (``news_vietnews``, ``news_misc``) that hold
  ``yêu cầu``, ``đề nghị`` or ``giao`` and a body, cut so that they open on that word (who asked is not
  kept: the request as a dispatch words it); ids ``r000`` ….

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


def _news_requests(corpus: Path):
    for name in ("news_vietnews.txt.gz", "news_misc.txt.gz"):
        for line in _lines(corpus / name):
            for sentence in _SENTENCE.split(line):
                m = _REQUEST.search(sentence)
                if not m:
                    continue
                asked = sentence[m.start():].strip(" \"“”")
                asked = asked[0].upper() + asked[1:]
                if 50 <= len(asked) <= 380 and "?" not in asked:
                    yield asked


def legal(corpus: Path) -> list[str]:
    return _distinct(_legal_items(corpus))


def requests(corpus: Path) -> list[str]:
    return _distinct(_news_requests(corpus))


SETS = {"legal": (legal, "", "s"), "requests": (requests, "req:", "r")}


def dealt(kind: str, corpus: Path, count: int) -> list[dict]:
    """The first ``count`` sentences of the set in its hash order, each with its id and half."""
    pick, salt, prefix = SETS[kind]
    digest = {s: hashlib.sha1((salt + s).encode()).hexdigest() for s in pick(corpus)}
    ordered = sorted(digest, key=digest.get)[:count]
    return [{"id": f"{prefix}{i:03d}", "part": "held" if int(digest[s][-1], 16) % 2 else "studied", "text": s}
            for i, s in enumerate(ordered)]


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
