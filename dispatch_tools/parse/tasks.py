"""Tasks: the lowest-level list items of a request (``đề nghị X … như sau:`` then ``1.``, ``a)``,
``-``), sentences ``đề nghị/yêu cầu/giao X …``, ``X chủ trì …``, ``X chịu trách nhiệm thi hành``,
and sentences that set a deadline for a named body. Each task has who must do it (the item's
heading, a body named in the sentence, the request it answers, or else the addressees) and its
deadline."""

from __future__ import annotations

import re

from ..model import Task
from .blocks import Block, build, walk
from .context import Context
from .lexicon import lexicon
from .text import key, load_list, sentence_spans, squash, strip_markup, words_regex

_EXCLUDE = None
_DIRECTIVE_TYPES = {"Kế hoạch", "Chỉ thị", "Công điện", "Chương trình", "Hướng dẫn", "Thông báo"}


def _exclusions() -> re.Pattern:
    global _EXCLUDE
    if _EXCLUDE is None:
        _EXCLUDE = words_regex(load_list("cue_exclusions.txt"))
    return _EXCLUDE


def extract(ctx: Context) -> None:
    blocks = build(ctx, ctx.body_start, ctx.body_end)
    ctx.blocks = blocks
    request_assignees: list[str] | None = None  # None: no request introduces the lists
    for block in walk(blocks):
        if block.kind in ("para", "article") and (block.parent is None or block.parent.kind == "para"):
            intro = _sentences(ctx, block)
            if intro is not None:
                request_assignees = intro
        elif not block.children and block.kind != "article":
            _item_task(ctx, block, request_assignees)
    for task in ctx.fields.tasks:
        if not task.assignees and ctx.fields.recipients:
            task.assignees = list(ctx.fields.recipients)


# --------------------------------------------------------------------------- items


def _item_task(ctx: Context, leaf: Block, request_assignees: list[str] | None) -> None:
    lex = lexicon()
    chain = [leaf] + list(leaf.ancestors())
    for b in chain:
        head = _heading_text(b)
        if head and lex.non_task_re.match(key(head)):
            return
    if leaf.kind == "para" and leaf.parent is None:
        return
    text = leaf.text
    if len(text.split()) <= 8 and lex.non_task_re.match(key(text)):
        return  # a heading whose items were cut off or mis-numbered ("1. MỤC TIÊU")
    if not text or lex.body_start_re.match(key(text)) and key(text).startswith("can cu"):
        return
    if key(text).startswith("can cu"):
        return
    assignees: list[str] = []
    for b in chain:
        head = _heading_text(b)
        if head and _names_body(head):
            assignees = split_bodies(head)
            break
    cue = _request_in(ctx, leaf.start, leaf.end)
    if not assignees and cue is not None:
        assignees = _assignees_after(ctx, cue[1], leaf.end)
    if not assignees and request_assignees is None:
        if not (ctx.fields.doc_type in _DIRECTIVE_TYPES and lex.verb_re.match(key(text))) and cue is None:
            return
    task = Task(text=squash(strip_markup(text)), number=_number_of(leaf),
                heading=_parent_heading(leaf), assignees=assignees or list(request_assignees or []))
    _attach_deadline(ctx, task, leaf.start, leaf.end)
    ctx.fields.tasks.append(task)
    ctx.mark("task", leaf.start, leaf.end)


def _heading_text(b: Block) -> str | None:
    """``Các Sở, Ban ngành thành phố`` of ``1. Các Sở, Ban ngành thành phố: …``; the whole text
    of a short heading with sub-items (``1. Mục đích``)."""
    text = b.text
    if ":" not in text:
        return text if b.children and len(text.split()) <= 12 else None
    head = text.split(":", 1)[0].strip()
    if not head or len(head.split()) > 25:
        return None
    return head


def _names_body(text: str) -> bool:
    return bool(lexicon().body_noun_re.match(key(text))) and not lexicon().non_task_re.match(key(text))


def _number_of(b: Block) -> str | None:
    parts = [x.marker for x in reversed([b] + list(b.ancestors())) if x.kind in ("item", "point", "section")]
    return ".".join(parts) or None


def _parent_heading(b: Block) -> str | None:
    return b.parent.text if b.parent is not None else None


# --------------------------------------------------------------------------- sentences


def _sentences(ctx: Context, block: Block) -> list[str] | None:
    """Tasks from the sentences of a paragraph. Returns the assignees of a request that
    introduces a list (``… đề nghị X thực hiện các nội dung sau:``), else None."""
    intro = None
    for s, e in sentence_spans(ctx.text, block.start, block.end):
        sentence = ctx.text[s:e]
        cue = _request_in(ctx, s, e)
        duty = None if cue else _duty_in(ctx, s, e)
        if cue is not None:
            assignees = _assignees_after(ctx, cue[1], e)
            if sentence.rstrip().endswith(":") and (e >= block.end - 1):
                intro = assignees
                continue
            start = _text_start(ctx, s, cue[0])
            _sentence_task(ctx, start, e, assignees)
        elif duty is not None:
            assignees = _assignees_before(ctx, s, duty[0])
            if assignees:
                _sentence_task(ctx, s, e, assignees)
        else:
            _deadline_sentence(ctx, s, e)
            if re.search(r"\bsau\s*:\s*$", ctx.folded[s:e], re.I) and e >= block.end - 1:
                intro = []  # "…, cụ thể như sau:" introduces what must be done
    return intro


def _sentence_task(ctx: Context, s: int, e: int, assignees: list[str]) -> None:
    task = Task(text=squash(strip_markup(ctx.text[s:e])), assignees=assignees)
    _attach_deadline(ctx, task, s, e)
    ctx.fields.tasks.append(task)
    ctx.mark("task", s, e)


def _deadline_sentence(ctx: Context, s: int, e: int) -> None:
    """A sentence with a deadline: a task when it opens with a body, else the previous task's deadline."""
    inside = _deadlines_in(ctx, s, e)
    if not inside:
        return
    subject = _subject(ctx, s, e)
    if subject:
        _sentence_task(ctx, s, e, split_bodies(subject))
        return
    last = ctx.fields.tasks[-1] if ctx.fields.tasks else None
    if last is not None and last.deadline is None and last.number is None and last.heading is None:
        ctx.fields.tasks[-1].deadline = inside[0].date
        ctx.fields.tasks[-1].deadline_text = inside[0].text


def _subject(ctx: Context, s: int, e: int) -> str | None:
    lex = lexicon()
    k = ctx.folded[s:e]
    if not lex.body_noun_re.match(key(k)):
        return None
    m = lex.verb_re.search(ctx.folded, s, e)
    if not m or m.start() - s > 120:
        return None
    subject = squash(ctx.text[s:m.start()]).rstrip(" ,")
    return subject or None


def _deadlines_in(ctx: Context, s: int, e: int):
    return [d for d, ds, _ in ctx.deadline_spans if s <= ds < e]


def _attach_deadline(ctx: Context, task: Task, s: int, e: int) -> None:
    inside = _deadlines_in(ctx, s, e)
    if inside:
        task.deadline = inside[0].date
        task.deadline_text = inside[0].text


def _text_start(ctx: Context, s: int, cue_start: int) -> int:
    """Start a task's text at its clause when the sentence opens with a basis (``Thực hiện …, X đề nghị``)."""
    lex = lexicon()
    if not lex.body_start_re.match(key(ctx.text[s:s + 30])):
        return s
    comma = ctx.text.rfind(",", s, cue_start)
    if comma < 0:
        return s
    start = comma + 1
    while start < cue_start and ctx.text[start].isspace():
        start += 1
    return start


# --------------------------------------------------------------------------- cues and assignees


def _request_in(ctx: Context, s: int, e: int) -> tuple[int, int] | None:
    excl = _exclusions()
    for cue in ctx.cues_in("REQUEST", s, e):
        window_s = max(s, cue.start - 25)
        bad = False
        for m in excl.finditer(ctx.folded, window_s, min(e, cue.end + 25)):
            if m.start() <= cue.start and m.end() >= cue.end:
                bad = True
        if bad or _quoted(ctx, s, cue.start):
            continue
        return cue.start, cue.end
    return None


def _quoted(ctx: Context, s: int, pos: int) -> bool:
    """Is ``pos`` inside a quotation (a cited title, not a request of this document)?"""
    before = ctx.text[s:pos]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


def _duty_in(ctx: Context, s: int, e: int) -> tuple[int, int] | None:
    for cue in ctx.cues_in("DUTY", s, e):
        if not _quoted(ctx, s, cue.start):
            return cue.start, cue.end
    return None


def _assignees_after(ctx: Context, pos: int, end: int) -> list[str]:
    lex = lexicon()
    limit = min(end, pos + 250)
    stop = limit
    for m in lex.verb_re.finditer(ctx.folded, pos, limit):
        if ctx.text[m.start()].islower() and m.start() > pos + 1:
            stop = m.start()
            break
    for m in lex.stop_re.finditer(ctx.folded, pos, stop):
        stop = min(stop, m.start())
        break
    m = re.compile(r"[:(]|\s+(?:de|ve viec|nham)\s").search(ctx.folded, pos, stop)
    colon_list = None
    if m and ctx.text[m.start()] == ":":
        after = ctx.text[m.end():stop].strip()
        if after and lex.starts_with_head(after):
            colon_list = after  # "Giao Giám đốc: Sở A, Sở B phối hợp …"
        else:
            stop = m.start()
    elif m:
        stop = m.start()
    text = colon_list if colon_list is not None else ctx.text[pos:stop]
    text = squash(strip_markup(text)).strip(" ,;:.")
    if not text or len(text.split()) > 30:
        return []
    return split_bodies(text)


def _assignees_before(ctx: Context, s: int, cue_start: int) -> list[str]:
    lex = lexicon()
    whole = key(ctx.text[s:cue_start])
    if lex.body_noun_re.match(whole) and len(whole.split()) <= 30:
        clause_start = s  # "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ … chịu trách nhiệm thi hành"
    else:
        clause_start = max(ctx.text.rfind(",", s, cue_start) + 1, s)
    text = squash(ctx.text[clause_start:cue_start]).strip(" \"“”")
    if re.search(r"\b(?:đã|vừa|từng)\s*$", text):  # narration of what was done, not a duty
        return []
    text = re.sub(r"(?:\s+(?:tiếp tục|có|chịu|sẽ|là|phải|được))+\s*$", "", text)
    if not text or not lex.body_noun_re.match(key(text)) or len(text.split()) > 20:
        return []
    return split_bodies(text)


def _bare_kind(text: str) -> bool:
    """``Sở``, ``Các Sở``, ``Ban``: a kind of body without a name."""
    k = key(text)
    k = re.sub(r"^cac\s+", "", k)
    return k in lexicon().heads


def split_bodies(text: str) -> list[str]:
    """``Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông`` -> two bodies; a list
    ``Các Bộ: Công an, Tài chính`` -> ``Bộ Công an``, ``Bộ Tài chính``."""
    lex = lexicon()
    text = squash(text).strip(" ,;:.")
    m = re.match(r"^(?:các|Các)\s+(\w+)\s*:\s*(.+)$", text)
    if m and "," in m.group(2):  # "Các Bộ: Công an, Tài chính"
        head = m.group(1)
        return [f"{head} {p.strip()}" for p in re.split(r",|\s+và\s+", m.group(2)) if p.strip()]
    m = re.match(r"^([^:,]{1,30}):\s*(.+)$", text)
    if m and lex.starts_with_head(m.group(2)):  # "Giám đốc: Sở A, Sở B"
        text = m.group(2)
    pieces = re.split(r"\s*[,;]\s*|\s+và\s+(?=\S)", text)
    seps = re.findall(r"\s*[,;]\s*|\s+và\s+(?=\S)", text)
    out: list[str] = []
    for i, piece in enumerate(pieces):
        if not piece:
            continue
        opens = (lex.strong_heads_re.match(key(piece)) and (piece[0].isupper() or piece.startswith("các "))
                 or piece[0].isupper() and lex.person_re.match(key(piece)))
        if out and opens and _bare_kind(out[-1]):
            opens = None  # "Sở, Ban ngành thành phố": kinds of bodies, not two bodies
        if out and not opens:
            out[-1] = out[-1] + seps[i - 1] + piece if i > 0 else out[-1] + " " + piece
            continue
        out.append(piece)
    return [squash(p).strip(" ,;:.") for p in out if p.strip(" ,;:.")]
