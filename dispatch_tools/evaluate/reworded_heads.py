"""Development documents whose heads are reworded as other pages print them, read through the OCR path.

    python -m dispatch_tools.evaluate.reworded_heads [--kind ve-viec] [--style wide] [--fold A,B,C] [--jobs 2]
    python -m dispatch_tools.evaluate.reworded_heads --errors [--kind quoted] [--fold A,B,C]
    python -m dispatch_tools.evaluate.reworded_heads --show 110 --kind quoted   # the repaired text

The development documents print most subjects after ``V/v`` on a line or two, and their heads in
the renderings' layout seldom touch the right column. This measure keeps each development document
and rewrites its head in one of :data:`KINDS` (a subject after ``Về việc`` or ``Về:``, with no lead
word, in quotes over several lines, a type's title of three to five lines; ``TÍNH`` for ``TỈNH``
and ``UBNP`` for ``UBND`` in the body's name, the gold unchanged); the gold changes with it. Each
rewritten document is cut to its head, its first lines of body and its foot (the head's fields are
scored, one page read), drawn in a style of :data:`STYLES` (the renderings' layout, or ``wide``: a
wider left head column, so that a subject's lines run close to the right column and a place and
date wrap beside them), read by OCR, repaired and parsed; its head fields are scored beside the
same text parsed as it is (``text``).

New subjects come from :data:`.long_heads.LONG_SUBJECTS`, split by the same fixed hash into a studied
and a held-back part; the documents by development fold (A, B, C studied; D held back). Only
development documents are read.
"""

from __future__ import annotations

import argparse
import re
import sys

from .long_heads import LONG_SUBJECTS, _first, _printed, chosen_documents, head_options, report, score
from .render_style import Style
from .styled_reads import read_drawn
from .swaps import draw, part

VERSION = "1"  # bump to draw the pages again
DPI = 300
STYLES = {"rendered": Style(), "wide": Style(header_columns_mm=(95, 80))}
KINDS = ("given", "ve-viec", "ve-colon", "bare", "quoted", "titled", "misread")

# the word that leads a printed subject, right before it on its line
_LEAD = re.compile(r"(?:V\s*/\s*[vV]|Về\s+việc|VỀ\s+VIỆC|Về)\s*:?[ \t]*$")


def _lead_start(text: str, at: int) -> int | None:
    """Where the lead word (``V/v``, ``Về việc``) before the subject at ``at`` starts on its line."""
    line_start = text.rfind("\n", 0, at) + 1
    m = _LEAD.search(text[line_start:at])
    return line_start + m.start() if m else None


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def reworded(text: str, gold: dict, kind: str, rng) -> tuple[str, dict] | None:
    """The text and the gold with the head rewritten as ``kind``; None when the document's head
    does not print what the kind rewrites."""
    subject = gold.get("subject")
    if kind == "given":
        return text, gold
    if kind == "misread":
        head = _first(text, r"(?m)^[ \t]*Số\b|^[ \t]*SỐ\b") or _first(text, r"(?m)^[ \t]*(?:V/v|QUYẾT ĐỊNH|KẾ HOẠCH)")
        end = head.start() if head else 0
        new = re.sub(r"\bUBND\b", "UBNP", re.sub(r"\bTỈNH\b", "TÍNH", text[:end], count=1), count=1)
        return (new + text[end:], gold) if end and new != text[:end] else None
    if not subject or len(subject.split()) < 3:
        return None
    found = _first(text, _printed(subject))
    if found is None:
        return None
    lead = _lead_start(text, found.start())
    cv = gold.get("doc_type") == "Công văn"
    if kind == "titled":
        if cv or lead is not None:
            return None
        new = rng.choice(part(LONG_SUBJECTS, rng.part))
        new = new.upper() if subject.upper() == subject else _cap(new)
        return text[:found.start()] + new + text[found.end():], dict(gold, subject=new)
    if not cv or lead is None:
        return None
    if kind in ("ve-viec", "ve-colon", "bare"):
        words = {"ve-viec": "Về việc ", "ve-colon": "Về: ", "bare": ""}[kind]
        body = subject if kind != "bare" else _cap(subject)
        return text[:lead] + words + body + text[found.end():], dict(gold, subject=body)
    if kind == "quoted":
        new = _cap(rng.choice(part(LONG_SUBJECTS, rng.part)))
        new = "“" + new + "”"  # the quotes kept as printed, as the gold keeps them
        return text[:lead] + new + text[found.end():], dict(gold, subject=new)
    raise ValueError(kind)


def shortened(text: str) -> str:
    """The head, the first lines of the body (up to about 700 characters after ``Kính gửi`` or the
    head's 30th line) and the foot from ``Nơi nhận``: one page, whose head is what is scored."""
    lines = text.split("\n")
    start = next((i for i, t in enumerate(lines[:60]) if re.match(r"\s*Kính\s+gửi", t)), min(30, len(lines)))
    out, size, i = lines[:start + 1], 0, start + 1
    while i < len(lines) and size < 700:
        out.append(lines[i])
        size += len(lines[i])
        i += 1
    foot = next((k for k in range(len(lines) - 1, i - 1, -1) if re.match(r"\s*Nơi\s+nhận", lines[k])), None)
    if foot is not None and len(lines) - foot < 40:
        out += [""] + lines[foot:]
    return "\n".join(out)


def _drawn_in_head(text: str, subject: str) -> bool:
    """Does the renderer draw the subject's first words in the head's left column or in the title
    under the type name? (A subject with no lead word the layout does not take for the body's.)"""
    from .layout import split_layout

    lay = split_layout(text)
    opening = " ".join(subject.split()[:3])
    return any(opening in " ".join(lines) for lines in (lay.header_left, lay.title))


def rewritten(docs, kind: str, pool: str) -> dict[str, tuple[str, dict]]:
    out = {}
    for doc in docs:
        rng = draw(doc.id, 7)
        rng.part = pool
        made = reworded(doc.text(), doc.gold(), kind, rng)
        if made is not None and (kind in ("given", "misread") or _drawn_in_head(made[0], made[1]["subject"])):
            out[doc.id] = (shortened(made[0]), made[1])
    return out


def read(doc_id: str, text: str, style: str):
    """The pipeline's document read from ``text`` drawn in ``style``."""
    return read_drawn("reworded-heads", doc_id, text, style, STYLES, VERSION, DPI)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    head_options(ap, "print the head fields read wrong",
                 "print the repaired text of this document (first kind and style)")
    ap.add_argument("--kind", choices=KINDS, action="append", help="the rewordings (default: all)")
    ap.add_argument("--style", choices=tuple(STYLES), action="append", help="the page styles (default: rendered)")
    args = ap.parse_args(argv)
    styles = tuple(args.style or ("rendered",))
    docs = chosen_documents(args)
    for kind in args.kind or KINDS:
        made = rewritten(docs, kind, args.pool)
        if args.show:
            if args.show in made:
                print(read(args.show, made[args.show][0], styles[0]).text)
                return 0
            continue
        errors: list | None = [] if args.errors else None
        result = score(made, ("text",) + styles, args.jobs, errors, reader=read, text_errors=True)
        for block in errors or []:
            print(block, end="")
        report(result, len(made), f"Development part, heads reworded: {kind}")
        print()
    if args.show:
        print(f"reworded_heads: error: {args.show} takes none of these rewordings", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
