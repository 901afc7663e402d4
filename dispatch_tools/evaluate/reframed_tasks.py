"""Tasks of the development documents written in the other frames a dispatch gives a task in.

    python -m dispatch_tools.evaluate.reframed_tasks [--fold A,B,C] [--errors]

A task that names its body first (``Giao Sở Y tế chủ trì …``, ``Bộ Xây dựng nghiên cứu …``,
``Đề nghị Sở Tài chính tham mưu …``) is written, one document reading per frame, in each frame of
:data:`FRAMES`: with the body as the sentence's subject, after ``Giao cho``, with the head's title
before it (``Giám đốc Sở Y tế``, ``Chủ tịch Ủy ban nhân dân …``), with ``có trách nhiệm`` or
``chịu trách nhiệm`` after it. Every such task of a document takes the frame at once, in the text and in the
gold's task text; the assignees stay, since a title before the body is dropped when assignees are
compared. The tasks are scored as :mod:`.parse_score` scores them, beside the documents as given
(counted once per reading). ``X được giao …`` is no frame: it tells of a task given elsewhere
as often as it gives one. Only development documents are read; ``--fold`` keeps the folds named
(study three, check the fourth).
"""

from __future__ import annotations

import re
import sys

from .parse_score import _tasks, new_counts
from .swaps import parser, report

_CUE = re.compile(r"^(?:(?:Giao|Đề nghị|Yêu cầu)\s+)?")
# the title a body's head is led by, for the frame that names the person (the longest head first)
TITLES = (("Ủy ban nhân dân", "Chủ tịch"), ("UBND", "Chủ tịch"), ("Văn phòng", "Chánh"),
          ("Chi cục", "Chi cục trưởng"), ("Sở", "Giám đốc"), ("Bộ", "Bộ trưởng"), ("Cục", "Cục trưởng"),
          ("Phòng", "Trưởng"), ("Ban", "Trưởng"), ("Trường", "Hiệu trưởng"), ("Trung tâm", "Giám đốc"),
          ("Hội", "Chủ tịch"), ("Công an", "Giám đốc"), ("Bảo hiểm xã hội", "Giám đốc"), ("Kho bạc", "Giám đốc"))
# each frame's opening of a task before its verb: {body} as the gold names it, {Body} with a capital,
# {titled} after the title its head is led by (a frame that needs one skips a body without)
FRAMES = {
    "bare": "{Body}", "giao cho": "Giao cho {body}", "title": "Giao {titled}", "có trách nhiệm": "{Body} có trách nhiệm",
    "chịu trách nhiệm": "{Body} chịu trách nhiệm", "đề nghị đồng chí": "Đề nghị đồng chí {titled}",
    "phân công": "Phân công {body}", "giao nhiệm vụ cho": "Giao nhiệm vụ cho {body}",
    "issuer giao": "Ủy ban nhân dân tỉnh giao {body}", "theo chức năng": "Giao {body} theo chức năng, nhiệm vụ được giao",
    "thường trực": "Giao {body} (cơ quan thường trực)", "thủ trưởng": "Yêu cầu Thủ trưởng {body}",
}


def _title(body: str) -> str | None:
    for head, title in TITLES:
        if body.startswith(head + " "):
            return f"{title} {body}"
    return None


def framed(frame: str, body: str, rest: str) -> str | None:
    """The opening ``body rest`` of a task written in ``frame``; None when the frame does not fit.
    A body that opens the sentence takes a capital (``các địa phương`` → ``Các địa phương``)."""
    template, titled = FRAMES[frame], _title(body)
    if "{titled}" in template and titled is None:
        return None
    return template.format(body=body, Body=body[:1].upper() + body[1:], titled=titled) + f" {rest}"


def _printed(words: list[str]) -> str:
    return r"\s+".join(re.escape(w) for w in words)


def openings(text: str, tasks: list[dict]) -> list[tuple[int, int, str, int]]:
    """(start, end of its body, body, gold index) of each task printed once in ``text`` that
    opens with its first assignee (after ``Giao``, ``Đề nghị`` or ``Yêu cầu``) and a verb in lower case."""
    out = []
    for j, task in enumerate(tasks):
        body = (task.get("assignees") or [None])[0]
        words = task["text"].split()
        cue = _CUE.match(task["text"]).group(0)
        if not body or not task["text"][len(cue):].startswith(body + " ") or re.search(r"(?<!\w)[a-zđà-ỹ](?!\w)", body):
            continue
        after = task["text"][len(cue) + len(body) + 1:].split()
        if not after or not after[0][:1].islower() or after[0] in ("và", "các", "có", "được"):
            continue
        found = list(re.finditer(r"(?<!\w)" + _printed(words[:len(cue.split()) + len(body.split()) + 1]), text))
        if len(found) != 1:
            continue
        start = found[0].start()
        end_of_body = re.match(r"(?:(?:Giao|Đề nghị|Yêu cầu)\s+)?" + _printed(body.split()), text[start:]).end()
        out.append((start, start + end_of_body, body, j))
    return out


def _at_openings(text: str, tasks: list[dict], write) -> tuple[str, list[dict]] | None:
    """The text and the gold tasks with every task found by :func:`openings` written anew by
    ``write(start, end, body, gold words)``: (where the text goes on, what is printed from ``start``
    up to there, the gold's new task words), or None when the task cannot be so written."""
    found = openings(text, tasks)
    if not found:
        return None
    new_tasks = [dict(t) for t in tasks]
    pieces, last = [], 0
    for start, end, body, j in sorted(found):
        made = write(start, end, body, tasks[j]["text"])
        if made is None:
            return None
        goes_on, printed, new_tasks[j]["text"] = made
        pieces += [text[last:start], printed]
        last = goes_on
    return "".join(pieces) + text[last:], new_tasks


def reframed(text: str, tasks: list[dict], frame: str) -> tuple[str, list[dict]] | None:
    """The text and the gold tasks with every task found by :func:`openings` written in ``frame``."""
    def write(start, end, body, gold):
        new_open = framed(frame, body, "")
        if new_open is None:
            return None
        rest = gold[len(_CUE.match(gold).group(0)) + len(body):]
        words = (new_open.rstrip() + rest).split()
        return end, new_open.rstrip(), " ".join(words[:max(len(gold.split()), 1)])

    return _at_openings(text, tasks, write)


# how a task names the bodies that cooperate, for "phối hợp với"
WORDINGS = ("phối hợp chặt chẽ với", "phối hợp cùng", "cùng với", "phối hợp")
_WITH = re.compile(r"(?<!\w)phối hợp với(?!\w)")
# heads a list of bodies may share (``các Sở: Y tế, Tài chính``)
SHARED = ("Sở", "Bộ", "Phòng", "Cục", "Ban")


def cooperated(text: str, tasks: list[dict], wording: str) -> tuple[str, list[dict]] | None:
    """The text and the gold tasks with every ``phối hợp với`` written as ``wording``."""
    if not _WITH.search(text):
        return None
    return _WITH.sub(wording, text), [dict(t, text=_WITH.sub(wording, t["text"])) for t in tasks]


def shared_heads(text: str, tasks: list[dict]) -> tuple[str, list[dict]] | None:
    """The text with each run of a task's assignees that share a head (``Sở Y tế, Sở Tài chính và Sở
    Nội vụ``) written with the head once (``các Sở: Y tế, Tài chính và Nội vụ``); the gold stays."""
    runs = []
    seps = r"(?:,\s+|\s+và\s+|;\s+)"
    for task in tasks:
        names = task.get("assignees") or []
        for head in SHARED:
            rests = [n[len(head) + 1:] for n in names if n.startswith(head + " ")]
            spans = [(a, z) for size in range(len(rests), 1, -1) for a in range(len(rests) - size + 1)
                     for z in [a + size]]  # the longest runs of the gold's order first
            taken: set[int] = set()
            for a, z in spans:
                if taken & set(range(a, z)):
                    continue
                pattern = r"(?<!\w)" + seps.join(_printed((head + " " + r).split()) for r in rests[a:z]) + r"(?!\w)"
                found = list(re.finditer(pattern, text))
                if len(found) == 1:
                    runs.append((found[0], head))
                    taken |= set(range(a, z))
    if not runs:
        return None
    out, last = [], 0
    for m, head in sorted(runs, key=lambda x: x[0].start()):
        if m.start() < last:
            continue
        inner = re.sub(rf"(?<!\w){re.escape(head)}\s+", "", m.group(0))
        out += [text[last:m.start()], f"các {head}: {inner}"]
        last = m.end()
    return "".join(out) + text[last:], tasks


# what may open a task's sentence before its request (a purpose, a basis), with no deadline in it
LEAD_INS = ("Để bảo đảm tiến độ, ", "Căn cứ chức năng, nhiệm vụ được giao, ", "Trên cơ sở kết quả rà soát, ")


def led_in(text: str, tasks: list[dict], lead_in: str) -> tuple[str, list[dict]] | None:
    """The text and the gold tasks with ``lead_in`` before every task found by :func:`openings` (its
    first word now in lower case unless it opens a name: ``Giao Sở Y tế`` → ``…, giao Sở Y tế``); the
    gold's task words take the lead-in whole, so that a task read from the sentence's first word or
    from its body's pairs with them alike."""
    def write(start, _end, body, gold):
        first = text[start:].split(None, 1)[0]
        lower = first in ("Giao", "Đề", "Yêu") and not text[start:].startswith(body)
        return (start + len(first), lead_in + (first.lower() if lower else first),
                lead_in + (gold[:1].lower() + gold[1:] if lower else gold))

    return _at_openings(text, tasks, write)


# how the sentence that opens a list of tasks may end after its speaker (no body asked in it)
INTROS = ("có ý kiến như sau:", "chỉ đạo như sau:", "có ý kiến chỉ đạo như sau:", "yêu cầu:", "đề nghị:",
          "giao nhiệm vụ như sau:", "kết luận và chỉ đạo như sau:", "yêu cầu thực hiện một số nội dung sau:")
_INTRO = re.compile(r"(?m)(?<=[^\W\d_]) (?:có\s+ý\s+kiến(?:\s+chỉ\s+đạo)?|chỉ\s+đạo|yêu\s+cầu|đề\s+nghị)"
                    r"(?:\s+như\s+sau)?:[ \t]*$")


def introduced(text: str, tasks: list[dict], intro: str) -> tuple[str, list[dict]] | None:
    """The text with the end of each sentence that opens a list after its speaker (``…, Phó Thủ tướng
    có ý kiến như sau:``, ``Hội Khuyến học tỉnh đề nghị:``) written as ``intro``; the gold stays."""
    if not _INTRO.search(text):
        return None
    return _INTRO.sub(" " + intro, text), tasks


# how a careless hand writes a body's name inside a sentence (at a sentence's start it keeps its capital)
CASES = ("head in lower case", "all in lower case")


def cased(text: str, tasks: list[dict], case: str) -> tuple[str, list[dict]] | None:
    """The text with every assignee of the gold printed inside a sentence (after a word or a comma)
    written in ``case``: ``phối hợp với sở Tài chính`` or ``… sở tài chính``; names that open with an
    abbreviation (``UBND``) and one-word names are left; the gold stays (names compare without case)."""
    names = sorted({a for t in tasks for a in t.get("assignees") or []
                    if a[:1].isupper() and len(a.split()) >= 2 and not a.split()[0].isupper()}, key=len, reverse=True)
    new = text
    for name in names:
        written = name[:1].lower() + name[1:] if case == CASES[0] else name.lower()
        new = re.sub(r"(?<=[\w,] )" + re.escape(name) + r"(?!\w)", written, new)
    return (new, tasks) if new != text else None


# how a hand or a web page spells the same words: the council abbreviated or spelt out, the old
# placement of a tone mark (``Uỷ``, ``hoà``, ``thuý``)
SPELLINGS = ("UBND", "Ủy ban nhân dân", "old tone marks")
_OLD_TONES = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "òe": "oè", "óe": "oé", "ỏe": "oẻ",
              "õe": "oẽ", "ọe": "oẹ", "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ", "Ủy": "Uỷ", "Úy": "Uý"}
_OLD_TONE = re.compile(r"(?:" + "|".join(_OLD_TONES) + r")(?!\w)")


def spelt(text: str, tasks: list[dict], spelling: str) -> tuple[str, list[dict]] | None:
    """The text and the gold's task words with ``Ủy ban nhân dân`` / ``Hội đồng nhân dân`` abbreviated,
    ``UBND`` / ``HĐND`` spelt out, or every tone mark in its old place; the assignees stay (they are
    compared with the councils spelt out and without marks' places)."""
    if spelling == "UBND":
        def write(x):
            return re.sub(r"(?<!\w)Hội đồng nhân dân(?!\w)", "HĐND",
                          re.sub(r"(?<!\w)[ỦU]ỷ? ?ban nhân dân(?!\w)|(?<!\w)Ủy ban nhân dân(?!\w)", "UBND", x))
    elif spelling == "Ủy ban nhân dân":
        def write(x):
            return re.sub(r"(?<!\w)HĐND(?!\w)", "Hội đồng nhân dân", re.sub(r"(?<!\w)UBND(?!\w)", "Ủy ban nhân dân", x))
    else:
        def write(x):
            return _OLD_TONE.sub(lambda m: _OLD_TONES[m.group(0)], x)
    new = write(text)
    return (new, [dict(t, text=write(t["text"])) for t in tasks]) if new != text else None


def rewrites(kind: str) -> dict:
    """The rewritings of ``kind`` (``frames``, ``cooperation``, ``lists``, ``lead-ins``, ``intros``, ``case``,
    ``spelling`` or ``all``) by name."""
    out = {}
    if kind in ("frames", "all"):
        out.update({f: (lambda t, g, f=f: reframed(t, g, f)) for f in FRAMES})
    if kind in ("cooperation", "all"):
        out.update({w: (lambda t, g, w=w: cooperated(t, g, w)) for w in WORDINGS})
    if kind in ("lists", "all"):
        out["shared head"] = shared_heads
    if kind in ("case", "all"):
        out.update({c: (lambda t, g, c=c: cased(t, g, c)) for c in CASES})
    if kind in ("spelling", "all"):
        out.update({x: (lambda t, g, x=x: spelt(t, g, x)) for x in SPELLINGS})
    if kind in ("intros", "all"):
        out.update({x: (lambda t, g, x=x: introduced(t, g, x)) for x in INTROS})
    if kind in ("lead-ins", "all"):
        out.update({x.strip(" ,"): (lambda t, g, x=x: led_in(t, g, x)) for x in LEAD_INS})
    return out


def score(documents, kind: str = "all", errors=None) -> dict:
    from ..parse import parse_text, to_contract

    given, changed = new_counts(), new_counts()
    readings = 0
    for doc in documents:
        text, gold = doc.text(), doc.gold().get("tasks", [])
        if not gold:
            continue
        as_given = None
        for name, rewrite in rewrites(kind).items():
            made = rewrite(text, gold)
            if made is None:
                continue
            if as_given is None:
                as_given = to_contract(parse_text(text).fields)["tasks"]
            readings += 1
            _tasks(given, as_given, gold, None)
            lines: list[str] = []
            _tasks(changed, to_contract(parse_text(made[0]).fields)["tasks"], made[1], lines)
            before: list[str] = []
            _tasks(new_counts(), as_given, gold, before)
            lines = [x for x in lines if x not in before]  # what the rewriting broke, not what was wrong
            if lines and errors is not None:
                errors.append(f"== {doc.id}: «{name}»\n" + "".join(f"  {x}\n" for x in lines))
    keys = ("tasks", "tasks.count", "tasks.assignees", "tasks.deadline")
    return {"given": {k: round(given[k].f1, 3) for k in keys},
            "reframed": {k: round(changed[k].f1, 3) for k in keys}, "readings": readings}


def main(argv: list[str] | None = None) -> int:
    from .folds import fold_of, fold_option
    from .split import development_documents

    out = parser(__doc__, pools=False)
    fold_option(out, "the development folds read (default all four)", default="A,B,C,D")
    out.add_argument("--kind", default="all",
                     choices=("frames", "cooperation", "lists", "lead-ins", "intros", "case", "spelling", "all"),
                     help="the rewritings: the lead's frames, the cooperation's wordings, shared heads, "
                          "words before the request, the end of a list's opening sentence, names in lower case, "
                          "spellings")
    args = out.parse_args(argv)

    folds = args.fold
    documents = [d for d in development_documents(args.shared) if fold_of(d.id) in folds]
    errors: list[str] | None = [] if args.errors else None
    result = score(documents, args.kind, errors=errors)
    report(f"Development part, folds {','.join(folds)}, tasks rewritten: {args.kind} ({result['readings']} readings)",
           errors, result, "reframed", 16)
    return 0


if __name__ == "__main__":
    sys.exit(main())
