"""OCR repair on text it never saw: held-out corpus lines laid out as dispatches, drawn as scans,
read by ``tesseract -l vie`` and repaired.

The development documents' renderings are few and the repair may be tuned to what they hold.
Here every page is composed from lines of ``../shared/corpus`` that the language model did not
train on (:func:`dispatch_tools.training.corpus.is_heldout`), administrative and legal files
first: a head whose issuing bodies are names found in those lines, in capitals
(``ỦY BAN NHÂN DÂN TỈNH …``, ``SỞ …``), a subject ``V/v …`` or a type name with its subject,
``Kính gửi`` a body, paragraphs of held-out sentences, section headings in capitals, and a
fixed foot. Each page is drawn with :func:`.scan_renderer.scan_like` (in one of four page
styles), read through :func:`dispatch_tools.ingest.ingest` and repaired with
:func:`dispatch_tools.repair.restore` (``read_by_ocr=True``, as the pipeline repairs OCR'd
pages). Scored with the alignment of :mod:`.ocr_accuracy` (alphabetic syllables, case and marks
included), over all composed lines and apart: lines in capitals, and names of bodies in the
other lines. The fixed lines (national title, motto, number, date, foot) are not counted.

The documents are split by a fixed hash into a studied half and a held-back half; study the
first's errors only. Pages and OCR output are cached outside the repository (``--cache``); no
corpus text is written into it.

    python -m dispatch_tools.evaluate.ocr_unseen [--half studied|held-back|all] [--errors] [--jobs 2]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import zlib
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from ..training.corpus import ADMIN_FILES, iter_lines
from .layout import is_caps, reading_text, split_layout
from .ocr_accuracy import align, syllables

ROOT = Path(__file__).resolve().parents[2]
VERSION = "1"  # bump to compose the documents again
DOCUMENTS = 96
GLUED_FROM = 48  # documents from this one on print some words glued; they are scored as they should read
GLUE_RATE = 0.04
HALVES = ("studied", "held-back")
_BODY = (r"Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|Tổng cục|Chi cục|Cục|Bộ|Sở|Ban|Văn phòng|"
         r"Phòng|Trung tâm|Thanh tra|Kho bạc Nhà nước|Viện kiểm sát nhân dân|Tòa án nhân dân|"
         r"Công an|Bảo hiểm xã hội|Liên đoàn|Hội|Tỉnh đoàn|Thành đoàn|Viện|Cảng vụ|Quỹ")
_KIND = re.compile(rf"(?<!\w)(?:{_BODY})(?!\w)")
_COUNCIL = ("Ủy ban nhân dân", "Uỷ ban nhân dân", "Hội đồng nhân dân", "Viện kiểm sát nhân dân",
            "Tòa án nhân dân")
_LEVEL = {"tỉnh", "huyện", "xã", "thành", "quận", "phường", "thị", "cấp", "các"}
# words that end a body's name: verbs, prepositions and the like
_STOP = set("""có theo của về để đã được thực ban quy trong tại cho với là các này đó khi thì phải chịu chủ
phối hướng gửi báo đối trình xem quyết nếu hoặc từ đến trên ngày số năm thuộc cũng sẽ đang vừa không
mà do vì nên như sau đây kể cùng tổ bằng những một hai ba cho biết lên ra vào đi làm nhằm qua tới
rằng hay còn chỉ hiện đều lại vẫn thường sử dụng lập cấp ký nhận tham giao căn cứ triển khai""".split())
_PLACE = re.compile(r"(?<!\w)(?:tỉnh|thành phố|huyện|quận|thị xã) ([^\W\d_]+(?: [^\W\d_]+){0,3})")


def name_spans(line: str) -> list[tuple[int, int]]:
    """Where ``line`` names a body: its kind (``Sở``, ``Ủy ban nhân dân``, ...) and the words of
    its name after it, in capitals or lower-case (``Sở Giáo dục và Đào tạo``), up to a word that
    names nothing (a verb, a preposition: :data:`_STOP`), a punctuation mark or eight words."""
    out = []
    for m in _KIND.finditer(line):
        if out and m.start() < out[-1][1]:
            continue
        end, words = m.end(), 0
        for w in re.finditer(r" ([^\W\d_]+)([,.;:)]?)", line[m.end():]):
            if w.start() != end - m.end():
                break
            word = w.group(1)
            first = words == 0
            if first and not (word[0].isupper() or m.group() in _COUNCIL and word in _LEVEL):
                break
            if word[0].islower() and (word in _STOP or words >= 7):
                break
            end, words = m.end() + w.end(1), words + 1
            if w.group(2):
                break
        if words:
            text = line[m.start():end]
            while text.endswith((" và", " các")):
                text = text.rsplit(" ", 1)[0]
            out.append((m.start(), m.start() + len(text)))
    return out


def _places(line: str) -> list[str]:
    out = []
    for m in _PLACE.finditer(line):
        words = []
        for word in m.group(1).split():
            if not word[0].isupper():
                break
            words.append(word)
        if words:
            out.append(" ".join(words))
    return out


_GLUED_ARTICLE = re.compile(r"(?<=\S)Điều \d+(?:\.\d+)*\.[A-ZĐ].*$")
_ARTICLE = re.compile(r"^Điều \d+(?:\.\d+)*\.(?:[A-ZĐ]+\.[\d.]+)?\s*(.+)$")
FIXED = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nơi nhận:",
         "- Như trên;", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN",
         "CHỦ TỊCH", "Trần Văn Minh", "Lê Thị Hồng Nhung")
STYLES = ("", "dejavu", "narrow", "small")  # "" = the default page; the others as render_variants


def _clean(line: str) -> str:
    line = _GLUED_ARTICLE.sub("", line).strip()
    if len(line) >= 150 and line[-1].isalpha():  # the corpus cut the line inside a word
        line = line.rsplit(" ", 1)[0].rstrip(",;")
    return line


def _pools(corpus: Path) -> dict[str, list[str]]:
    admin = [_clean(line) for _, line in iter_lines(corpus, "heldout", ADMIN_FILES)]
    other = [_clean(line) for stem, line in iter_lines(corpus, "heldout") if stem not in ADMIN_FILES]
    names, places = Counter(), Counter()
    for line in admin + other:
        for s, e in name_spans(line):
            names[line[s:e]] += 1
        for place in _places(line):
            places[place] += 1
    sentences = [x for x in admin if 8 <= len(x.split()) <= 45 and not x.startswith("(")
                 and not x.startswith("Điều") and (x[0].isupper() or re.match(r"^(?:\d+\.|[a-zđ]\))\s", x))]
    naming = [x for x in other + admin if 8 <= len(x.split()) <= 40 and name_spans(x) and x[0].isupper()]
    headings = [_ARTICLE.match(x).group(1).rstrip(".") for x in admin if _ARTICLE.match(x)]
    headings = [h for h in headings if 3 <= len(h.split()) <= 12 and not re.search(r"\d", h)]
    headings += [x for x in admin if is_caps(x) and 3 <= len(x.split()) <= 14]
    subjects = [x.rstrip(".;:,") for x in admin + other if 5 <= len(x.split()) <= 18 and x[0].isupper()
                and not re.search(r"[\d_]|\.doc|^Điều", x)]
    return {"sentences": sorted(set(sentences)), "naming": sorted(set(naming)),
            "headings": sorted(set(headings)), "subjects": sorted(set(subjects)),
            "names": sorted(n for n, c in names.items() if c >= 2 and 2 <= len(n.split()) <= 9
                            and _vietnamese(n) and not n.startswith(("Ban Nha", "Bộ Luật"))),
            "places": sorted(p for p, c in places.items() if len(p.split()) <= 3)}


def _vietnamese(name: str) -> bool:
    from ..repair.vietnamese import inventory

    known = inventory()
    return all(word.lower() in known for word in name.split())


def _sentence_case(text: str) -> str:
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[1:].islower():
        return first[0].lower() + text[1:]
    return text


def compose(pools: dict[str, list[str]], k: int, glue: bool = True) -> str:
    """Document ``k``: a dispatch-like text made of held-out lines (deterministic); ``glue``:
    as printed, with the words glued that documents from :data:`GLUED_FROM` on print glued."""
    rng = random.Random(f"ocr-unseen:{VERSION}:{k}")
    place = rng.choice(pools["places"])
    names = pools["names"]
    parent = rng.choice([f"ỦY BAN NHÂN DÂN TỈNH {place}", f"UBND THÀNH PHỐ {place}",
                         rng.choice(names)]).upper()
    child = rng.choice(names).upper()
    lines = [parent, child, f"Số: {rng.randint(10, 2999)}/{'CV' if k % 2 else 'KH'}-VP"]
    subject = _sentence_case(rng.choice(pools["subjects"]))
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             f"{place}, ngày {rng.randint(1, 28)} tháng {rng.randint(1, 12)} năm {rng.randint(2019, 2025)}"]
    if k % 3 == 2:  # a plan or notice: its type name and subject, in bold, under the head
        head = lines + right + ["", rng.choice(("KẾ HOẠCH", "THÔNG BÁO", "BÁO CÁO")),
                                subject[0].upper() + subject[1:], ""]
    else:
        head = lines[:3] + [f"V/v {subject}"] + right + [""]
    recipients = [f"Ủy ban nhân dân {rng.choice(('huyện', 'thị xã', 'thành phố'))} {rng.choice(pools['places'])}",
                  rng.choice(names)]
    head += [f"Kính gửi: {recipients[0]}; {recipients[1]}.", ""]
    body = []
    for part in range(rng.randint(2, 3)):
        heading = rng.choice(pools["headings"])
        roman = "I" * (part + 1) if part < 3 else "IV"
        body += [f"{roman}. {heading.upper()}", ""]
        for sentence in rng.sample(pools["sentences"], 2) + rng.sample(pools["naming"], 1):
            body += [sentence, ""]
    if glue and k >= GLUED_FROM:  # some words printed glued, as in sources that lost spaces (Vănphòng)
        body = [_glued(line, rng) for line in body]
    foot = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", ""]
    foot += (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Trần Văn Minh"] if k % 2
             else ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Lê Thị Hồng Nhung"])
    return "\n".join(head + body + foot) + "\n"


def _glued(line: str, rng: random.Random) -> str:
    """``line`` with a space between two words taken out now and then (:data:`GLUE_RATE`)."""
    if is_caps(line):
        return line
    return re.sub(r"(?<=[^\W\d_]) (?=[^\W\d_])", lambda m: "" if rng.random() < GLUE_RATE else " ", line)


def half_of(k: int) -> str:
    return HALVES[zlib.crc32(f"ocr-unseen-half:{k}".encode()) % 2]


def categories(reference: str) -> list[str]:
    """The category of every alphabetic syllable of ``reference`` (as :func:`.ocr_accuracy.syllables`
    lists them): ``fixed``, ``caps`` (a line in capitals), ``name`` (a body's name in another
    line) or ``text``."""
    out: list[str] = []
    for line in reference.split("\n"):
        spans = name_spans(line)
        fixed = line.strip() in FIXED or line.startswith(("Số:", "Kính gửi")) \
            or re.search(r", ngày \d+ tháng \d+ năm \d+$", line)
        caps = is_caps(line)
        for m in re.finditer(r"[^\W\d_]+", line):
            if fixed and not (line.startswith("Kính gửi") and m.start() > 9):
                out.append("fixed")
            elif caps:
                out.append("caps")
            elif any(s <= m.start() < e for s, e in spans):
                out.append("name")
            else:
                out.append("text")
    return out


def matched(reference: str, hypothesis: str) -> list[bool]:
    """For every reference syllable whether the hypothesis has it (the alignment of
    :func:`.ocr_accuracy.score`, blocks placed elsewhere in the reading order included)."""
    return align(syllables(reference), syllables(hypothesis))[0]


def _read(job: tuple[int, str, str, str]) -> tuple[int, str]:
    """OCR of document ``k`` drawn in its style (pages and output cached in ``cache``)."""
    from ..ingest import ingest
    from ..options import Options
    from .render_style import DEFAULT, render_style
    from .render_variants import VARIANTS
    from .scan_renderer import scan_like

    k, text, style, cache = job
    key = hashlib.sha256(f"{VERSION}|{style}|{text}".encode()).hexdigest()[:20]
    folder = Path(cache) / "pages" / key
    done = folder / "ocr.txt"
    if done.exists():
        return k, done.read_text(encoding="utf-8")
    with render_style(VARIANTS[style].style if style else DEFAULT):
        pages = scan_like(text, folder, seed=k, dpi=300)
    options = Options(jobs=1, ocr_cache=str(Path(cache) / "ocr"))
    read = "\n".join(ingest(p, options).raw_text for p in pages)
    done.write_text(read, encoding="utf-8")
    return k, read


def documents(corpus: Path, cache: Path, jobs: int = 1, count: int = DOCUMENTS) -> list[dict]:
    """[{k, half, text, reference, ocr}] of the composed documents, read (cached)."""
    pools = _pools(corpus)
    texts = {k: compose(pools, k) for k in range(count)}
    work = [(k, texts[k], STYLES[k % len(STYLES)], str(cache)) for k in range(count)]
    meant = {k: compose(pools, k, glue=False) for k in range(count)}
    if jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            read = dict(pool.map(_read, work))
    else:
        read = dict(map(_read, work))
    return [{"k": k, "half": half_of(k), "text": texts[k],
             "reference": reading_text(split_layout(meant[k])), "ocr": read[k]} for k in range(count)]


def measure(docs: list[dict], show_errors: bool = False, out=sys.stdout) -> dict:
    from ..repair import restore

    totals: dict[str, Counter] = {"ocr": Counter(), "repaired": Counter()}
    errors: Counter = Counter()
    for doc in docs:
        cats = categories(doc["reference"])
        repaired = restore(doc["ocr"], read_by_ocr=True).text
        for name, hyp in (("ocr", doc["ocr"]), ("repaired", repaired)):
            got = matched(doc["reference"], hyp)
            for cat, ok in zip(cats, got):
                if cat == "fixed":
                    continue
                for group in (cat, "all"):
                    totals[name][group, "n"] += 1
                    totals[name][group, "right"] += ok
        if show_errors:
            _errors(doc, repaired, cats, errors, out)
    result = {}
    for name in ("ocr", "repaired"):
        result[name] = {g: totals[name][g, "right"] / totals[name][g, "n"]
                        for g in ("all", "caps", "name", "text") if totals[name][g, "n"]}
    result["syllables"] = {g: totals["ocr"][g, "n"] for g in ("all", "caps", "name", "text")}
    if show_errors:
        print("\nmost frequent errors after repair (expected → repaired [OCR]):", file=out)
        for (a, b, o), n in errors.most_common(60):
            print(f"  {n:3d}  {a} → {b}  [{o}]", file=out)
    return result


def _errors(doc: dict, repaired: str, cats: list[str], errors: Counter, out) -> None:
    """The syllables wrong after repair, with what OCR read, by line of the reference."""
    ref = syllables(doc["reference"])
    ocr, rep = syllables(doc["ocr"]), syllables(repaired)
    got = matched(doc["reference"], repaired)
    ocr_of = _aligned(ref, ocr)
    rep_of = _aligned(ref, rep)
    shown = []
    for i, (ok, cat) in enumerate(zip(got, cats)):
        if not ok and cat != "fixed":
            errors[ref[i], rep_of.get(i, "∅"), ocr_of.get(i, "∅")] += 1
            shown.append(f"{cat}:{ref[i]}→{rep_of.get(i, '∅')}[{ocr_of.get(i, '∅')}]")
    if shown:
        print(f"doc {doc['k']}: " + "  ".join(shown), file=out)


def _aligned(ref: list[str], hyp: list[str]) -> dict[int, str]:
    out = {}
    for op in Levenshtein.opcodes(ref, hyp):
        if op.tag in ("equal", "replace"):
            for i in range(op.src_end - op.src_start):
                j = op.dest_start + i
                out[op.src_start + i] = hyp[j] if j < op.dest_end else "∅"
    return out


def development_renderings(shared: Path, show_errors: bool = False, out=sys.stdout) -> dict:
    """The same measure on the scan-like renderings of the development part's documents (the
    pages and OCR of :mod:`.parse` ``--scan``, cached): as OCR'd and after repair, all syllables
    (the alignment of :func:`.ocr_accuracy.score`) and those of lines in capitals."""
    from ..ingest import ingest
    from ..options import Options
    from ..repair import restore
    from .layout import reading_text
    from .parse import _ocr_cache, _rendered
    from .split import development_documents

    totals: Counter = Counter()
    errors: Counter = Counter()
    for doc in development_documents(shared):
        text = doc.text()
        options = Options(jobs=1, ocr_cache=str(_ocr_cache()))
        read = "\n".join(ingest(p, options).raw_text for p in _rendered(doc.id, text))
        reference = reading_text(split_layout(text))
        caps = [c == "caps" for c in categories(reference)]
        repaired = restore(read, read_by_ocr=True).text
        for name, hyp in (("ocr", read), ("repaired", repaired)):
            for ok, cap in zip(matched(reference, hyp), caps):
                for group in ("all", "caps") if cap else ("all",):
                    totals[name, group, "n"] += 1
                    totals[name, group, "right"] += ok
        if show_errors:
            ref, rep, ocr = syllables(reference), _aligned(syllables(reference), syllables(repaired)), \
                _aligned(syllables(reference), syllables(read))
            wrong = [f"{ref[i]}→{rep.get(i, '∅')}[{ocr.get(i, '∅')}]"
                     for i, ok in enumerate(matched(reference, repaired)) if not ok]
            for w in wrong:
                errors[w] += 1
            if wrong:
                print(f"{doc.id}: " + "  ".join(wrong), file=out)
    return {name: {g: totals[name, g, "right"] / totals[name, g, "n"] for g in ("all", "caps")}
            for name in ("ocr", "repaired")} | {"syllables": totals["ocr", "all", "n"]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "dispatch_tools" / "ocr-unseen",
                    help="where the pages and their OCR are kept (outside the repository)")
    ap.add_argument("--half", choices=HALVES + ("all",), default="studied")
    ap.add_argument("--documents", type=int, default=DOCUMENTS)
    ap.add_argument("--errors", action="store_true", help="list the syllables wrong after repair")
    ap.add_argument("--show", type=int, metavar="K", help="print document K's text, OCR and repair")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--dev", action="store_true",
                    help="measure the renderings of the development part's documents instead")
    args = ap.parse_args(argv)
    if args.dev:
        result = development_renderings(args.shared, args.errors)
        print(f"development part renderings: {result['syllables']} syllables")
        for name in ("ocr", "repaired"):
            print(f"  {name:<9}" + "  ".join(f"{g} {100 * v:.2f} %" for g, v in result[name].items()))
        return 0
    if args.half == "held-back" and (args.errors or args.show is not None):
        print("ocr_unseen: error: the held-back half is scored, never studied", file=sys.stderr)
        return 2
    docs = documents(args.shared / "corpus", args.cache, args.jobs, args.documents)
    if args.show is not None:
        from ..repair import restore

        doc = docs[args.show]
        print(doc["reference"], "\n----- OCR\n", doc["ocr"], "\n----- repaired\n",
              restore(doc["ocr"], read_by_ocr=True).text, sep="")
        return 0
    chosen = [d for d in docs if args.half == "all" or d["half"] == args.half]
    result = measure(chosen, args.errors)
    print(f"\n{args.half}: {len(chosen)} documents, {result['syllables']['all']} syllables "
          f"({result['syllables'].get('caps', 0)} in capitals, {result['syllables'].get('name', 0)} "
          f"in names of bodies)")
    for name in ("ocr", "repaired"):
        print(f"  {name:<9}" + "  ".join(f"{g} {100 * v:.2f} %" for g, v in result[name].items()))
    print(json.dumps({k: v for k, v in result.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
