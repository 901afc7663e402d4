"""How the parser holds up when a page's layout is damaged the way web dumps and text layers damage
it: the same documents with their line breaks lost (or turned into runs of spaces), wrapped or
doubled, the head's columns read row by row and joined by tabs, their list markers gone, or spaces
lost between words; and two of these at once.

The dispatches of ``../shared/dev`` come in these layouts already (some on one line, some with the
head's columns merged, some hard-wrapped, many with words glued); a document the rules were tuned
on in one layout is read here in the others, so a drop shows a rule that leans on the layout rather
than the words. The layout kinds keep each word and its order, so the gold stays right as it is
(the scorer collapses whitespace; the list marker kind removes only markers, which no gold value
holds, and the tabs kind moves only the date beside the number); the glued kind glues a pair of
words wherever it occurs, page and gold alike.

    python -m dispatch_tools.evaluate.damage            # the development part, F1 per kind
    python -m dispatch_tools.evaluate.damage --fields tasks,subject --kinds one-line
    python -m dispatch_tools.evaluate.damage --errors one-line --fold A,B,C   # what went wrong

The test part is scored only by ``make eval`` (``--part test``), never while rules are tuned.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

from .parse_score import FIELDS, TASK_PARTS, error_listing, new_counts, score_document, summary, summary_line


def _one_line(text: str) -> str:
    """The whole page on one line (a PDF's text dumped by a web site)."""
    return re.sub(r"[ \t]*\n[ \t\n]*", " ", text).strip()


def _one_line_spaced(text: str) -> str:
    """The whole page on one line, each former line break a run of two to four spaces (a dump that
    kept the columns' padding)."""
    return re.sub(r"[ \t]*\n[ \t\n]*", lambda m: " " * (2 + m.start() % 3), text.strip())


def _body_one_line(text: str) -> str:
    """Head and foot as printed, the body's paragraphs run together (a forum that kept only the
    breaks of the head's table and the signature's)."""
    lines = text.split("\n")
    start = next((i for i, l in enumerate(lines) if re.match(r"\s*K[íi]nh g[ửu]i", l)), None)
    end = next((i for i, l in enumerate(lines) if re.match(r"\s*N[ơo]i nh[ậa]n", l)), None)
    if start is None or end is None or end <= start + 2:
        return text
    body = " ".join(l.strip() for l in lines[start + 1:end] if l.strip())
    return "\n".join(lines[:start + 1] + [body] + lines[end:])


def _head_merged(text: str) -> str:
    """The head's lines before the type's title or ``Kính gửi`` merged into one (two columns read
    row by row, then joined)."""
    lines = text.split("\n")
    stop = next((i for i, l in enumerate(lines)
                 if re.match(r"\s*(K[íi]nh g[ửu]i|V/v|Về việc|[A-ZĐ ]{6,}\s*$)", l) and i > 2), None)
    if stop is None:
        return text
    head = " ".join(l.strip() for l in lines[:stop] if l.strip())
    return "\n".join([head] + lines[stop:])


_NATIONAL = re.compile(r"\s*C[ỘO]NG H[ÒO]A X[ÃA] H[ỘO]I", re.I)
# the national title's lines and the motto's: the head's right column
_RIGHT = re.compile(r"\s*(?:C[ỘO]NG H[ÒO]A|CH[ỦU] NGH[ĨI]A|[ĐD][ộoỘO]c l[ậaẬA]p|.*H[ạaẠA]nh ph[úuÚU]c)", re.I)
_RULE_LINE = re.compile(r"\s*[-_*=–—]{3,}\s*$")
_NUMBER_LINE = re.compile(r"\s*S[ốo]\s*:")
_DATE_LINE = re.compile(r"\s*[^\W\d_][^\n,]{0,40}, ng[àa]y\b")


def _tabs(text: str) -> str:
    """The head's two columns read row by row, each row's halves joined by a tab or a run of spaces
    (a PDF's text layer): the issuer's lines beside the national title and the motto, the number
    beside the place and date; and a tab after each list marker at the start of a line."""
    sep = "\t" if hashlib.sha256(text.encode()).digest()[0] % 2 else " " * 8
    lines = text.split("\n")
    title = next((i for i, l in enumerate(lines[:15]) if _NATIONAL.match(l)), None)
    if title is not None and title > 0:
        filled = lambda ls: [i for i in ls if lines[i].strip() and not _RULE_LINE.match(lines[i])]
        stop = next((i for i in range(title) if lines[i].strip() and (_NUMBER_LINE.match(lines[i])
                     or _RULE_LINE.match(lines[i]) and filled(range(i)))), title)
        left = filled(range(stop))
        right = []
        for i in range(title, min(len(lines), title + 8)):
            if _RIGHT.match(lines[i]):
                right.append(i)
            elif lines[i].strip() and not _RULE_LINE.match(lines[i]):
                break
        if left:
            rows = [lines[a].strip() + sep + lines[b].strip() for a, b in zip(left, right)]
            rest = [lines[i].strip() for i in (left[len(right):] + right[len(left):])]
            gone = set(left) | set(right)
            lines = [x for i, line in enumerate(lines) if i not in gone or i == left[0]
                     for x in (rows + rest if i == left[0] else [line])]
    number = next((i for i, l in enumerate(lines[:30]) if _NUMBER_LINE.match(l) and re.search(r"\d", l)), None)
    if number is not None:
        after = [i for i in range(number + 1, len(lines)) if lines[i].strip()][:6]
        date = next((i for i in after if _DATE_LINE.match(lines[i])), None)
        if date is not None:
            lines[number] = lines[number].rstrip() + sep + lines[date].strip()
            del lines[date]
    text = "\n".join(lines)
    return re.sub(r"(?m)^([ \t]*(?:\d{1,2}\.(?!\d)|[a-zđ]\)|[-–•+])) +", "\\1\t", text)


def _columns_swapped(text: str) -> str:
    """The head's right column printed before its left (a legal-document site's page): the national
    title, the motto and the place and date, then the issuer's lines, the number and the subject."""
    lines = text.split("\n")
    title = next((i for i, l in enumerate(lines[:15]) if _NATIONAL.match(l)), None)
    if title is None or title == 0:
        return text
    end = title
    while end < min(len(lines), title + 8) and (_RIGHT.match(lines[end]) or _RULE_LINE.match(lines[end])
                                                 or not lines[end].strip()):
        end += 1
    right = lines[title:end]
    rest = lines[:title] + lines[end:]
    number = next((i for i, l in enumerate(rest[:30]) if _NUMBER_LINE.match(l)), None)
    if number is not None:
        after = [i for i in range(number + 1, len(rest)) if rest[i].strip()][:6]
        date = next((i for i in after if _DATE_LINE.match(rest[i])
                     and re.search(r"n[ăa]m\s*\d{4}", rest[i])), None)  # a whole date line only
        if date is not None:
            right = right + [rest.pop(date), ""]
    return "\n".join(right + rest)


def _page_furniture(text: str) -> str:
    """A page break's debris inside the body, as a web dump or a PDF's text layer keeps it: a page's
    number (``Trang 1/2`` or a figure alone on its line) and the head's first line repeated as the
    next page's running line, at a paragraph's end; and between words a no-break space (U+00A0), inside words a soft
    hyphen (U+00AD), after some words a zero-width space (U+200B)."""
    digest = hashlib.sha256(text.encode()).digest()
    lines = text.split("\n")
    ends = [i for i in range(8, len(lines) - 6)
            if re.search(r"[.;:]\s*$", lines[i]) and lines[i + 1].strip()]
    if ends:
        at = ends[digest[1] % len(ends)]
        mark = "Trang 1/2" if digest[2] % 2 else "2"
        running = next((l for l in lines if l.strip()), "")  # the head's first line, repeated
        lines[at + 1:at + 1] = ["", mark, "", running, ""]
    text = "\n".join(lines)

    def space(m: re.Match) -> str:
        h = hashlib.sha256(f"{m.start()}".encode()).digest()[0]
        return "\u00a0" if h < 20 else "\u200b " if h < 36 else " "

    text = re.sub(r"(?<=\S) (?=\S)", space, text)
    # a soft hyphen inside some words of five letters or more, after their second letter
    return re.sub(r"(?<![^\W\d_])([^\W\d_]{2})(?=[^\W\d_]{3})",
                  lambda m: m.group(1) + ("\u00ad" if hashlib.sha256(f"{m.start()}".encode()).digest()[0] < 24 else ""),
                  text)


def _wrapped(text: str, width: int = 70) -> str:
    """Lines hard-wrapped at ``width`` characters (a PDF's text layer)."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def _head_narrow(text: str, width: int = 24) -> str:
    """The issuing body's lines above the number wrapped at ``width`` characters, as a narrow left
    column wraps a long name (``BẢO HIỂM XÃ HỘI KHU VỰC`` / ``XXV``): only lines of the left column
    alone (no run of spaces to the right column, no national title or motto)."""
    lines = text.split("\n")
    stop = next((i for i, l in enumerate(lines) if _NUMBER_LINE.match(l)), None)
    if stop is None:
        return text
    head = []
    for line in lines[:stop]:
        if re.search(r"\S\s{2,}\S|\t", line.strip()) or _RIGHT.match(line) or _RULE_LINE.match(line) \
                or re.search(r"C[ỘO]NG\s+H[ÒO]À?A?|Đ[ộo]c\s+l[ậa]p", line, re.I):
            head.append(line)
        else:
            head.extend(_wrapped(line.strip(), width).split("\n"))
    return "\n".join(head + lines[stop:])


def _blank_lines(text: str) -> str:
    """A blank line after every line (a web page's paragraphs pasted as text)."""
    return "\n\n".join(text.split("\n"))


def _body_spaced(text: str) -> str:
    """The head's lines as printed, a blank line after every line from the type's title or ``Kính gửi`` on
    (a page whose paragraphs were pasted double-spaced below its head's table, as ``samples/kehoach.txt``)."""
    lines = text.split("\n")
    start = next((i for i, l in enumerate(lines)
                  if re.match(r"\s*(K[íi]nh g[ửu]i|V/v|Về việc|[A-ZĐ ]{6,}\s*$)", l) and i > 2), None)
    if start is None:
        return text
    return "\n".join(lines[:start]) + "\n" + "\n\n".join(lines[start:])


def _no_markers(text: str) -> str:
    """The body's list markers (``1.``, ``a)``, ``-``, ``•``) lost at the start of lines."""
    return re.sub(r"(?m)^[ \t]*(?:\d{1,2}\.(?!\d)|[a-zđ]\)|[-–•+])[ \t]+", "", text)


_PAIR = re.compile(r"(?<=[^\W\d_]) (?=[^\W\d_])")


def _glued(text: str, rate: float = 0.04) -> str:
    """A space lost between two words (``củaBộ``, ``nôngthôn``), as a PDF's text layer loses it
    where a line was justified. Whether a pair is glued depends on the pair's words alone (a
    hash), so a gold value holding the same pair is glued the same way (:func:`glued_gold`)."""
    def glue(m: re.Match) -> str:
        left = re.search(r"[^\W\d_]+$", text[:m.start()]).group(0)
        right = re.match(r"[^\W\d_]+", text[m.end():]).group(0)
        digest = hashlib.sha256(f"{left.lower()} {right.lower()}".encode()).digest()
        return "" if digest[0] < 256 * rate else " "
    return _PAIR.sub(glue, text)


def glued_gold(value):
    """A gold value (a string, or the lists and objects holding strings) glued as :func:`_glued`
    glues the page."""
    if isinstance(value, str):
        return _glued(value)
    if isinstance(value, list):
        return [glued_gold(v) for v in value]
    if isinstance(value, dict):
        return {k: glued_gold(v) for k, v in value.items()}
    return value


KINDS = {
    "clean": lambda t: t,
    "one-line": _one_line,
    "body-one-line": _body_one_line,
    "head-merged": _head_merged,
    "wrapped-70": _wrapped,
    "blank-lines": _blank_lines,
    "body-spaced": _body_spaced,
    "no-markers": _no_markers,
    "glued": _glued,
    "one-line-spaced": _one_line_spaced,
    "tabs": _tabs,
    "one-line-glued": lambda t: _one_line(_glued(t)),
    "no-markers-wrapped": lambda t: _wrapped(_no_markers(t)),
    "columns-swapped": _columns_swapped,
    "page-furniture": _page_furniture,
    "head-narrow": _head_narrow,
}
#: the kinds that change words, and how they change a gold value alike
GOLD = {"glued": glued_gold, "one-line-glued": glued_gold}


def score(documents, kinds=None, fields=None) -> dict[str, dict]:
    """Per kind, the summary of :func:`parse_score.summary` over ``documents`` (each with
    ``text()`` and ``gold()``)."""
    from ..parse import parse_text, to_contract

    out = {}
    docs = [(d.text(), d.gold()) for d in documents]
    for name in kinds or KINDS:
        counts = new_counts()
        for text, gold in docs:
            pred = to_contract(parse_text(KINDS[name](text)).fields)
            score_document(pred, GOLD.get(name, lambda g: g)(gold), counts)
        out[name] = summary(counts)
    return out


def errors_report(documents, kind: str, out) -> None:
    """Every wrong field of each development document read with ``kind`` of damage."""
    from ..parse import parse_text, to_contract

    counts = new_counts()
    for doc in documents:
        errors: list[str] = []
        gold = GOLD.get(kind, lambda g: g)(doc.gold())
        score_document(to_contract(parse_text(KINDS[kind](doc.text())).fields), gold, counts, errors)
        if errors:
            out.write(error_listing(f"{doc.id} ({kind})", errors))
    out.write(summary_line(kind, len(documents), counts) + "\n")


def report(results: dict[str, dict], fields, out) -> None:
    kinds = list(results)
    widths = [max(15, len(k) + 2) for k in kinds]
    out.write(f"{'F1':22s}" + "".join(f"{k:>{w}s}" for k, w in zip(kinds, widths)) + "\n")
    for field in fields:
        value = (lambda r: r["overall_f1"]) if field == "overall" else (lambda r: r["fields"][field]["f1"])
        out.write(f"{field:22s}" + "".join(f"{value(results[k]):{w}.3f}" for k, w in zip(kinds, widths)) + "\n")


SHOWN = ["subject", "signer.title", "recipients", "tasks.count", "tasks.assignees", "overall"]


def evaluate(shared: Path) -> dict:
    """``make eval``: both parts, the test part first (the headline), a few fields per kind."""
    from .split import TEST_IDS, development_documents, evaluation_documents

    test = [d for d in evaluation_documents(shared) if d.id in TEST_IDS]
    results = {"test": score(test), "development": score(development_documents(shared))}
    for part in ("test", "development"):
        print(f"Parse with the layout damaged (words kept, lines lost, merged, wrapped, doubled, spaced, tabbed or "
              f"their list markers gone), {part} part ({len(test) if part == 'test' else len(development_documents(shared))} documents)")
        report(results[part], SHOWN, sys.stdout)
        print()
    return {part: {kind: {"overall_f1": r["overall_f1"],
                          **{f: r["fields"][f]["f1"] for f in SHOWN if f != "overall"}}
                   for kind, r in results[part].items()} for part in results}


def main(argv: list[str] | None = None) -> int:
    from .folds import fold_option, ids_of

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default="../shared", type=Path)
    parser.add_argument("--part", choices=("development", "test"), default="development")
    parser.add_argument("--kinds", default="", help="comma-separated kinds (default: all)")
    parser.add_argument("--fields", default="", help="comma-separated fields (default: all and overall)")
    parser.add_argument("--errors", metavar="KIND", choices=list(KINDS), help="print every wrong field of the development part "
                        "read with this kind of damage")
    fold_option(parser, "with --errors or the table: only these development folds (A,B,C)")
    args = parser.parse_args(argv)
    from .split import TEST_IDS, development_documents, evaluation_documents

    folds = args.fold or []
    if args.part == "test" and (args.errors or folds):
        print("evaluate.damage: error: only the development part's errors may be looked at", file=sys.stderr)
        return 2
    docs = (development_documents(args.shared, ids_of(folds) if folds else None) if args.part == "development"
            else [d for d in evaluation_documents(args.shared) if d.id in TEST_IDS])
    if args.errors:
        errors_report(docs, args.errors, sys.stdout)
        return 0
    kinds = [k for k in args.kinds.split(",") if k] or list(KINDS)
    fields = [f for f in args.fields.split(",") if f] or FIELDS + TASK_PARTS + ["overall"]
    results = score(docs, kinds)
    print(f"Parse with the layout damaged, {args.part} part ({len(docs)} documents)")
    report(results, fields, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
