"""Tasks: what the dispatch asks of whom, by when.

The body is read as a tree of blocks (:mod:`.blocks`). A task is

* an item of a list that a request introduces (``đề nghị X thực hiện các nội dung sau:``,
  ``Giao Bộ Tài chính:``, ``X có trách nhiệm:``, a heading that names a body), each item once;
* a sentence that asks a body (``đề nghị/yêu cầu/giao/kêu gọi/kính mời X …``), states a duty
  (``X chủ trì …``, ``X có trách nhiệm …``, ``X phải …``, the execution clause ``… chịu trách nhiệm
  thi hành Quyết định này``, one task with all its bodies), or forwards a matter to a body
  (``… để Bộ Xây dựng nghiên cứu``);
* a sentence or item whose subject is a body and whose verb is an action, where the document
  directs (after ``… có ý kiến như sau:``, in the articles of a decision, or when the body is an
  addressee), and not the issuer narrating what it does.

Rules of law, approvals, information and closing formulas give none (:mod:`.task_rules`). Each
task has its lead body, its cooperating bodies and the others it names (:mod:`.bodies`); its
deadline is its own, its heading's, the one the next sentence sets, or the dispatch's only
deadline when the task reports or sends something.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Task
from .blocks import Block, build
from .bodies import Roles, bodies_at, roles_at, roles_in, split_bodies, starts_body
from .context import Context
from .lexicon import lexicon
from .task_rules import (asks_nothing, duty_cue, formula, forwarded_to, is_information, is_issuer, names_recipient,
                         request_cue, subject_roles, task_sentences)
from .text import key, load_list, squash, strip_markup, words_regex

_EXCLUDE = None
_DIRECTIVE_TYPES = {"Kế hoạch", "Chỉ thị", "Công điện", "Hướng dẫn"}
_LEGAL_TYPES = {"Quyết định", "Nghị quyết", "Thông tư", "Nghị định", "Chỉ thị", "Quy định", "Quy chế"}
_OPINION = re.compile(r"(?:y\s+kien(?:\s+chi\s+dao)?|chi\s+dao|ket\s+luan)(?:\s+\w+){0,3}\s+nhu\s+sau\s*:?\s*$", re.I)
_AS_FOLLOWS = re.compile(r"\b(?:nhu\s+sau|sau\s+day|sau)\s*:\s*$", re.I)
_RESPONSIBILITY = re.compile(r"^\W*(?:trach\s+nhiem(?:\s+cua)?|to\s+chuc\s+thuc\s+hien|giao\s+nhiem\s+vu)\b", re.I)
_DIRECTS = re.compile(r"\W*chi\s+dao\s+", re.I)
_REPORTS = re.compile(r"\b(?:bao\s*cao|gui\s+(?:ve|bao|ho\s+so|danh\s+sach|y\s+kien)|nop|dung\s+thoi\s+han|dung\s+han)\b",
                      re.I)


def _exclusions() -> re.Pattern:
    global _EXCLUDE
    if _EXCLUDE is None:
        _EXCLUDE = words_regex(load_list("cue_exclusions.txt"))
    return _EXCLUDE


@dataclass
class Scope:
    """What a heading or an introducing sentence passes to the items under it."""

    mode: str | None = None  # "request": every item is a task; "list": items that name a body and act
    lead: list[str] | None = None  # who the items are asked of
    deadline: tuple | None = None  # (Deadline) of the heading
    heading: str | None = None
    others: tuple[str, ...] = ()  # bodies the lead must direct ("Chỉ đạo Giám đốc Bệnh viện X:")


def extract(ctx: Context) -> None:
    ctx.blocks = build(ctx, ctx.body_start, ctx.body_end)
    ctx.task_units = []  # (start, end) of every unit read, a task or not, in order
    _visit(ctx, ctx.blocks, Scope())
    _general_deadline(ctx)
    for task in ctx.fields.tasks:
        if not task.assignees and ctx.fields.recipients and ctx.fields.doc_type not in _LEGAL_TYPES:
            task.assignees = list(ctx.fields.recipients)


# --------------------------------------------------------------------------- the walk


def _visit(ctx: Context, blocks: list[Block], scope: Scope) -> None:
    intro: Scope | None = None  # set by a paragraph ending with ":": the list after it is its
    for b in blocks:
        if _non_task_heading(b):
            intro = None
            continue
        if b.kind in ("para", "section", "article"):
            intro = None
        own = intro if intro is not None else scope
        given = _block(ctx, b, own, heading=bool(b.children))
        if b.children:
            _visit(ctx, b.children, given or own)
        if b.kind == "para" and given is not None and b.text.rstrip().endswith(":"):
            intro = given


def _non_task_heading(b: Block) -> bool:
    head = _heading_text(b)
    text = head if head is not None else (b.text if b.children else None)
    return bool(text) and len(text.split()) <= 12 and bool(lexicon().non_task_re.match(key(text)))


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


def _block(ctx: Context, b: Block, scope: Scope, heading: bool) -> Scope | None:
    """Read a block's own text. For a heading or an introducing sentence (ending with ``:``),
    return the scope it gives the items under or after it; else None."""
    listed = b.kind in ("item", "point", "dash", "plus")
    introduces = heading or b.text.rstrip().endswith(":")
    if listed and not introduces:
        _unit(ctx, b.start, b.end, scope, b, listed=True)
        return None
    units = task_sentences(ctx.text, b.start, b.end)
    if introduces and units:
        *body, last = units
    else:
        body, last = units, None
    for s, e in body:
        _unit(ctx, s, e, scope, b, listed=False)
    if last is None:
        return None
    return _intro(ctx, b, last[0], last[1], scope)


def _intro(ctx: Context, b: Block, s: int, e: int, scope: Scope) -> Scope:
    """The scope of a heading or introducing sentence ``text[s:e]``."""
    k = ctx.folded[s:e]
    deadline = _deadline_in(ctx, s, e) or scope.deadline
    heading = squash(strip_markup(ctx.text[s:e])).rstrip(":")
    cue = request_cue(ctx, s, e, _exclusions())
    if cue is not None:
        roles, _ = roles_at(ctx.text, ctx.folded, cue[1], e)
        return Scope("request", roles.union() or scope.lead, deadline, heading)
    subject = subject_roles(ctx, s, e)
    if subject is not None and not is_issuer(ctx, subject[0].lead[0]) and (
            _AS_FOLLOWS.search(k) or duty_cue(ctx, s, e)):
        return Scope("request", subject[0].union(), deadline, heading)  # "X có trách nhiệm:", "X triển khai … sau:"
    head = _heading_text(b) if s == b.start else None
    if head and starts_body(head) and not lexicon().non_task_re.match(key(head)):
        names = split_bodies(head)
        if names and not is_issuer(ctx, names[0]):
            return Scope("request", names, deadline, heading)  # "1. Các Sở, Ban ngành thành phố:"
    directed = _DIRECTS.match(ctx.folded, s)
    if directed and scope.mode in ("list", "request"):
        names, _ = bodies_at(ctx.text, ctx.folded, directed.end(), e)
        if names:  # "b) Chỉ đạo Giám đốc Bệnh viện Bạch Mai, Bệnh viện Việt Đức:" and its items
            return Scope("request", scope.lead, deadline, heading, tuple(scope.others) + tuple(names))
    if _RESPONSIBILITY.match(key(ctx.text[s:e])):
        return Scope("list", scope.lead, deadline, heading)  # "Điều 2. Tổ chức thực hiện"
    if _OPINION.search(k.rstrip()) or (scope.mode and _AS_FOLLOWS.search(k)):
        return Scope("list", scope.lead, deadline, heading)  # "… có ý kiến như sau:"
    if asks_nothing(ctx, s, e):
        return Scope("none", None, deadline, heading)  # "Ban hành Lệnh … như sau:", "Điều 1. Phạm vi …"
    return Scope(scope.mode, scope.lead, deadline, heading)


# --------------------------------------------------------------------------- one unit


def _unit(ctx: Context, s: int, e: int, scope: Scope, b: Block, listed: bool) -> None:
    """A list item or a sentence: a task, a deadline for the task before it, or nothing."""
    found = _decide(ctx, s, e, scope, b, listed)
    if found is None:
        _deadline_for_previous(ctx, s, e)
        ctx.task_units.append((s, e, False))
        return
    start, roles = found
    heading = b.parent.text if listed and b.parent is not None else None
    task = Task(text=squash(strip_markup(ctx.text[start:e])), number=_number_of(b) if listed else None,
                heading=heading, assignees=roles.union(), lead=list(roles.lead),
                cooperating=list(roles.cooperating))
    inside = _deadline_in(ctx, s, e) or scope.deadline
    if inside is not None:
        task.deadline, task.deadline_text = inside.date, inside.text
    ctx.fields.tasks.append(task)
    ctx.mark("task", start, e)
    ctx.task_units.append((s, e, True))


def _decide(ctx: Context, s: int, e: int, scope: Scope, b: Block, listed: bool) -> tuple[int, Roles] | None:
    """(where the task's text starts, its roles), or None when the unit asks nothing."""
    text = ctx.text[s:e]
    if not re.search(r"\w", text) or key(text).startswith("can cu") and scope.mode != "request":
        return None
    if is_information(ctx, s, e) or formula(ctx, s, e):
        return None
    cue = request_cue(ctx, s, e, _exclusions())
    if cue is not None:
        roles, _ = roles_at(ctx.text, ctx.folded, cue[1], e)
        if not roles and scope.lead:
            roles = roles_in(ctx.text, ctx.folded, cue[1], e, scope.lead)
        return _text_start(ctx, s, cue[0]), roles
    duty = duty_cue(ctx, s, e)
    subject = subject_roles(ctx, s, e)
    if subject is not None and is_issuer(ctx, subject[0].lead[0]):
        subject = None
    if duty is not None:
        whole = _duty_subject(ctx, s, duty[0])
        if whole is not None or subject is not None or listed and scope.lead:
            roles = subject[0] if subject is not None else roles_in(ctx.text, ctx.folded, s, e, scope.lead)
            if whole is not None and len(whole.lead) > len(roles.lead):
                roles = whole
            return s, roles
    head = _own_heading(ctx, b) if listed else None
    if head is not None and scope.mode in ("list", "request"):
        return s, roles_in(ctx.text, ctx.folded, s, e, head)  # "2. Sở Giáo dục và Đào tạo: phổ biến …"
    if listed and scope.mode == "request":
        own = subject[0] if subject is not None and subject[1] - s < 200 and starts_body(text) else None
        roles = own or roles_in(ctx.text, ctx.folded, s, e, scope.lead)
        roles.others += [x for x in scope.others if x not in roles.others]
        return s, roles
    if asks_nothing(ctx, s, e):
        return None
    if subject is not None and (scope.mode in ("list", "request") or _in_article(b, ctx) or subject[0].cooperating
                                or names_recipient(ctx, subject[0].lead)):
        return _text_start(ctx, s, subject[1]), subject[0]
    forwarded = forwarded_to(ctx, s, e)
    if forwarded is not None:
        return _text_start(ctx, s, e), forwarded
    if listed and scope.mode is None and not _cites(text) and not _under_para(b):
        return s, Roles(lead=list(scope.lead or []))  # a list item asks what it says
    return None


def _cites(text: str) -> bool:
    """A list item that cites a document (the legal basis: ``- Luật Tổ chức Chính phủ …``)."""
    k = key(text)
    return any(k.startswith(name + " ") for name in lexicon().type_names) or k.startswith(
        ("luat ", "xet ", "theo ", "dieu le ", "quy che ", "quy dinh ", "van ban "))


def _duty_subject(ctx: Context, s: int, cue: int) -> Roles | None:
    """The bodies of an execution clause, all that comes before its duty (``Chánh Văn phòng …,
    Giám đốc các Sở: …; Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành …``)."""
    start = _text_start(ctx, s, cue)
    text = ctx.text[start:cue]
    if not starts_body(text) or len(text.split()) > 80 or not re.search(r"[,;]|\bvà\b", text):
        return None
    names = [n for n in split_bodies(text) if starts_body(n)]
    return Roles(lead=names) if names else None


def _own_heading(ctx: Context, b: Block) -> list[str] | None:
    """The bodies an item names before its colon (``Sở A, Sở B: phổ biến …``)."""
    if ":" not in b.text:
        return None
    head = b.text.split(":", 1)[0].strip()
    if not head or len(head.split()) > 25 or not starts_body(head) or lexicon().non_task_re.match(key(head)):
        return None
    names = split_bodies(head)
    return names if names and not is_issuer(ctx, names[0]) else None


def _in_article(b: Block, ctx: Context) -> bool:
    return ctx.fields.doc_type in _LEGAL_TYPES and any(x.kind == "article" for x in [b] + list(b.ancestors()))


def _under_para(b: Block) -> bool:
    return any(x.kind == "para" for x in b.ancestors())


def _number_of(b: Block) -> str | None:
    parts = [x.marker for x in reversed([b] + list(b.ancestors())) if x.kind in ("item", "point", "section")]
    return ".".join(parts) or None


def _text_start(ctx: Context, s: int, cue_start: int) -> int:
    """Start a task's text at its clause when the sentence opens with a basis (``Thực hiện …, X đề
    nghị``, ``Thực hiện …, Văn phòng Chính phủ xin chuyển … để X nghiên cứu``)."""
    if not lexicon().body_start_re.match(key(ctx.text[s:s + 30])) or len(ctx.text[s:cue_start].split()) <= 8:
        return s  # a short opening ("Nhận được tài liệu này, đề nghị …") stays
    for m in re.finditer(r",\s*", ctx.text[s:cue_start]):
        if starts_body(ctx.text[s + m.end():s + m.end() + 80]):
            return s + m.end()
    comma = ctx.text.rfind(",", s, cue_start)
    if comma < 0:
        return s
    start = comma + 1
    while start < cue_start and ctx.text[start].isspace():
        start += 1
    return start


# --------------------------------------------------------------------------- deadlines


def _deadline_in(ctx: Context, s: int, e: int):
    for d, ds, _ in ctx.deadline_spans:
        if s <= ds < e and d.date is not None and d.kind != "recurring":
            return d
    return None


def _deadline_for_previous(ctx: Context, s: int, e: int) -> None:
    """A sentence that sets a deadline right after a task (``Hồ sơ … gửi về … trước ngày …``) sets
    that task's deadline."""
    inside = _deadline_in(ctx, s, e)
    if inside is None or not ctx.task_units or not ctx.task_units[-1][2] or not ctx.fields.tasks:
        return
    last = ctx.fields.tasks[-1]
    if last.deadline is None:
        last.deadline, last.deadline_text = inside.date, inside.text


def _general_deadline(ctx: Context) -> None:
    """The dispatch's only deadline, set apart from every task, is the deadline of the tasks that
    report or send something and set none of their own."""
    spans = [(sp.start, sp.end) for sp in ctx.spans if sp.label == "task"]
    orphans = {d.date: d for d, ds, _ in ctx.deadline_spans
               if d.date and d.kind != "recurring" and not any(a <= ds < z for a, z in spans)}
    if len(orphans) != 1:
        return
    (deadline,) = orphans.values()
    for task, (a, z) in zip(ctx.fields.tasks, spans):
        if task.deadline is None and _REPORTS.search(ctx.folded[a:z]):
            task.deadline, task.deadline_text = deadline.date, deadline.text
