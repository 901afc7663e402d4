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

Rules of law, approvals, information and closing formulas give none (:mod:`.task_non_tasks`; the rules
of a legal document's articles are in :mod:`.articles`). Each
task has its lead body, its cooperating bodies and the others it names (:mod:`.bodies`); its
deadline is its own, its heading's, the one the next sentence sets, or the dispatch's only
deadline when the task reports or sends something.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .articles import LEGAL_TYPES, duties_of, long_title
from .blocks import RESPONSIBILITY, Block, build, ordinal
from .bodies import bodies_at, names_a_body, split_bodies
from .roles import Roles, roles_at
from .body_lines import opens_with_action
from .body_words import starts_body
from .name_end import SPAN_MODEL
from .context import Context
from .lexicon import lexicon
from .task_named import is_issuer
from .task_items import HAS_POWER
from .task_headings import (a_title, defines_a_body, heading_text, non_task_heading, opens_what_follows,
                            section_item, task_part, work_to_carry_out)
from .task_non_tasks import asks_nothing, is_information, lists_documents
from .task_requests import NARRATION_WORDS, asks_within, request_cue
from .task_subjects import duty_cue, subject_roles, task_sentences
from .task_table import find_tables, row_deadline, row_roles
from .task_deadlines import deadline_in
from .task_bearers import bodies_then_colon, described_bearers, title_and_text, title_line
from .task_build import build_tasks
from .task_units import TOPIC_OF, Unit, decide, exclusions
from .text import key, squash, strip_markup
from ..vntext import strip_diacritics

_OPINION = re.compile(r"(?:y\s+kien(?:\s+chi\s+dao)?|chi\s+dao|ket\s+luan|tra\s+loi)(?:(?:\s+\w+){0,3}\s+nhu\s+sau\s*:?|\s*:)\s*$", re.I)
# "Sở Nội vụ thông báo kết quả xét tuyển như sau:", "Cục Quản lý Dược thông báo:": what follows informs; only an
# item naming a body and its action asks
_INFORMS = re.compile(r"(?<![\w])thong\s+bao(?:(?:\s+[^\s.;:]+){0,40}\s+(?:nhu\s+sau|sau(?:\s+day)?))?\s*:?$", re.I)
# a bare "giao:" or "phân công nhiệm vụ như sau:" heads a list, not "được giao:"
_GIVES = re.compile(r"(?<![\w])(?<!duoc )(?:giao|phan\s+cong)(?:\s+nhiem\s+vu)?(?:\s+(?:cu\s+the\s+)?nhu\s+sau)?\s*:$", re.I)
_AS_FOLLOWS = re.compile(r"\b(?:nhu\s+sau|sau\s+day|sau)\s*:\s*$", re.I)
# a heading whose items are the conditions something needs, the cases it is done in or the grounds it rests on
# ("… trên cơ sở các yếu tố sau:"), not work asked of anyone
_CONDITIONS = re.compile(r"(?<![\w])(?:(?:cac|nhung)\s+dieu\s+kien\s+(?:sau|duoi)(?:\s+day)?"
                         r"|(?:mot\s+trong\s+)?(?:cac|nhung)\s+truong\s+hop(?:\s+sau(?:\s+day)?)?"
                         r"|mot\s+trong\s+(?:cac|nhung)\s+(?:\w+\s+){1,5}sau(?:\s+day)?|khi"
                         r"|(?:tren\s+co\s+so|can\s+cu(?:\s+vao)?)\s+(?:cac|nhung)\s+(?:\w+\s+){1,4}?sau(?:\s+day)?)\s*:$", re.I)
_DIRECTS = re.compile(r"\W*chi\s+dao\s+", re.I)


@dataclass
class Scope:
    """What a heading or an introducing sentence passes to the items under it."""

    mode: str | None = None  # "request": every item is a task; "list": items that name a body and act;
    # "rules": the clauses of an article that states rules (``Nguyên tắc …``): only a named body's duty asks
    lead: list[str] | None = None  # who the items are asked of
    deadline: tuple | None = None  # (Deadline) of the heading
    heading: str | None = None
    others: tuple[str, ...] = ()  # bodies the lead must direct ("Chỉ đạo Giám đốc Bệnh viện X:")
    informs: bool = False  # under "… thông báo … như sau:": an item asks only with an action the lexicon knows
    task_part: bool = False  # the part of a plan that lists the work to do ("II. NHIỆM VỤ VÀ GIẢI PHÁP")
    cooperating: tuple[str, ...] = ()  # those of ``lead`` the heading has cooperate ("A chủ trì, phối hợp với B …:")


def extract(ctx: Context) -> None:
    """Read every unit of the body (``ctx.task_units``) and build the tasks the rules keep."""
    token = SPAN_MODEL.set(getattr(ctx, "span_model", None))
    try:
        _extract(ctx)
    finally:
        SPAN_MODEL.reset(token)


def _extract(ctx: Context) -> None:
    # a plan issued with a decision prints its task table after the signature, in the annex
    tables = find_tables(ctx, ctx.body_start, ctx.body_end) + find_tables(ctx, ctx.body_end, len(ctx.lines), body=False)
    skip = frozenset(i for first, end, _ in tables for i in range(first, end))
    ctx.blocks = build(ctx, ctx.body_start, ctx.body_end, skip)
    ctx.task_units = []
    _visit(ctx, ctx.blocks, Scope())
    for _, _, rows in tables:
        ctx.task_units += [_row_unit(ctx, row) for row in rows if row.cells.get("task")]
    ctx.task_units.sort(key=lambda u: u.s)
    _directives_in_a_run(ctx, ctx.task_units)
    build_tasks(ctx, ctx.task_units, [u.task for u in ctx.task_units])


_DIRECTED = ("request", "duty", "subject", "forwarded")


def _directives_in_a_run(ctx: Context, units: list[Unit]) -> None:
    """A paragraph that names a body and its action (``Công an huyện xây dựng phương án …``) between
    paragraphs that direct bodies (``Giao Phòng A …``, ``Ủy ban nhân dân các xã rà soát …``) directs
    too, whether or not the body is addressed, and so does an item between items of its list that direct
    (``4. Phòng Nội vụ chuẩn bị …`` / ``5. Văn phòng chuẩn bị hội trường …``), as their paragraphs would
    without markers; one that tells (``đã``, ``đang``) does not."""
    reasons = [u.reason for u in units]
    for i, unit in enumerate(units):
        if reasons[i] != "other" or not unit.signals.get("subject") or unit.block.kind not in ("para",) + _LISTED:
            continue
        if NARRATION_WORDS.search(ctx.text, unit.s, unit.e) or not unit.roles.lead:
            continue
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(units) and units[j].block is not unit.block
                and units[j].block.kind == unit.block.kind and units[j].block.parent is unit.block.parent]
        if any(reasons[j] in _DIRECTED for j in near):  # paragraphs (or items of one list) each directing a body
            unit.reason = "subject"
        elif i and unit.block.kind == "para" and _right_after_list(ctx, units[i - 1], unit) \
                and reasons[i - 1] in _DIRECTED + ("request_item",):
            unit.reason = "subject"  # "13. Các Bộ, ngành khác … có trách nhiệm …" / "Bộ Tài chính, Bộ A theo dõi …"
    for before, unit in zip(units, units[1:]):  # "Ban A hướng dẫn …; Văn phòng B bảo đảm kinh phí …": its clauses
        if unit.block is before.block and before.reason == "subject" and unit.reason == "other" \
                and unit.signals.get("subject") and unit.roles.lead and not NARRATION_WORDS.search(ctx.text, unit.s, unit.e):
            unit.reason = "subject"


def _right_after_list(ctx: Context, item: Unit, unit: Unit) -> bool:
    """Does the paragraph of ``unit`` follow the last item of a list (``item``) with nothing between them?"""
    return item.block.kind in _LISTED and not item.block.children and not ctx.text[item.block.end:unit.s].strip()


def _row_unit(ctx: Context, row) -> Unit:
    """A row of a task table as a unit: its task cell, bodies and deadline."""
    s, e = row.cell_spans["task"]
    lead, coop = row_roles(row)
    unit = Unit(s, e, s, Block("item", row.number, 3, s, e, ctx.text[s:e]), Scope(), True, ctx.text[s:e],
                Roles(lead=lead, cooperating=coop), "table_row")
    unit.deadline = row_deadline(ctx, row)
    if unit.deadline is not None and (unit.deadline.date, None) not in {(d.date, d.time) for d in ctx.fields.deadlines}:
        ctx.fields.deadlines.append(unit.deadline)
    return unit


# --------------------------------------------------------------------------- the walk


_LISTED = ("item", "point", "dash", "plus")


def _visit(ctx: Context, blocks: list[Block], scope: Scope) -> Scope | None:
    """Read ``blocks`` in ``scope``; return the scope a paragraph ending with ``:`` gives the items
    after the last of them (None when the list it introduces has been read)."""
    intro: Scope | None = None  # set by a paragraph ending with ":": the list after it is its
    waiting = None  # a paragraph ending with ":" that asks, and the scope it was read in, until its list comes
    last_point, orphans = 0, False
    for b in blocks:
        if b.kind == "point" and ordinal(b) is not None:
            # "1. Bộ A: a) … b) …" then "a) …" again with no heading between: the points start over
            # under a heading the page left out, not the one above (its body is not theirs)
            # (markers are folded: "đ)" after "d)" reads "d" twice)
            orphans = orphans or ordinal(b) < last_point or ordinal(b) == last_point and b.marker != "d"
            last_point = ordinal(b)
            if orphans and scope.lead:
                scope = Scope(scope.mode, None, scope.deadline, None, task_part=scope.task_part)
        if waiting is not None and b.kind != "para":
            waiting = None  # its list, or a heading that opens the list in parts ("A. NHIỆM VỤ CHUNG")
        n = len(ctx.task_units)
        given = inner = None
        bearers = _listed_bearers(ctx, b, intro if intro is not None else scope)
        if bearers is not None:
            ctx.task_units.append(bearers)  # "Điều 3. Các ông, bà:" / "- Chánh Văn phòng …;" / "… chịu trách nhiệm thi hành"
            intro = None
            continue
        if non_task_heading(b):
            intro = None
            if b.kind == "para" and not b.children and b.text.rstrip().endswith(":"):
                # "Thành phần mời:" / "- Lãnh đạo các Văn phòng: …": its number lost on the page, the list
                # after it is what it describes, as under "1. Thành phần mời:"
                intro = Scope("none", None, scope.deadline, b.text.rstrip(" :"))
            if not b.children:  # "Thời gian thực hiện: từ nay đến ngày 30/6/2025." after a request: its deadline
                ctx.task_units.append(Unit(b.start, b.end, b.start, b, scope, False, ctx.text[b.start:b.end],
                                           reason="information"))
            if b.kind == "article" and b.children and ctx.fields.doc_type in LEGAL_TYPES:
                _visit(ctx, b.children, Scope("rules"))  # "Điều 3. Nguyên tắc …": only its duties ask
            elif b.kind == "para" and b.children and all(c.kind == "para" for c in b.children):
                _visit(ctx, b.children, Scope("none"))  # "Thời gian nghỉ:" and paragraphs that lost their
                # markers, the items after its own among them: only those that ask by themselves
        else:
            item = intro is not None and section_item(b)  # "… các nội dung sau:" / "I. Vận động …." / "II. …"
            if b.kind in ("para", "section", "article") and not item:
                intro = None
            own = intro if intro is not None else scope
            given = _block(ctx, b, own, heading=bool(b.children), item=item)
            m = len(ctx.task_units)
            if b.children:
                inner = _visit(ctx, b.children, given or own)
        if waiting is not None and not a_title(b):
            _listless_intro(ctx, *waiting, since=n)  # a paragraph, not the title of the list's part
            waiting = None
        if given is not None and b.kind == "para" and b.text.rstrip().endswith(":"):
            # "… có ý kiến như sau:" / "Đề nghị các sở thực hiện các nội dung sau:" / "- Rà soát …": the items
            # after the paragraph under it are that paragraph's
            intro = inner if inner is not None else given
            if given.mode == "request" and not any(c.kind in _LISTED or any(g.kind in _LISTED for g in c.children)
                                                   for c in b.children):  # "Bộ Tài chính:" / "- Chủ trì …": its list came
                waiting = (b, own)
                if not all(a_title(c) for c in b.children):  # the paragraphs under it: what it introduced
                    _listless_intro(ctx, *waiting, since=m)
                    waiting = None
    return intro


def _listed_bearers(ctx: Context, b: Block, scope: Scope) -> Unit | None:
    """An execution clause that lists its bodies one a line (``Điều 3. Các ông, bà:`` / ``- Chánh Văn phòng
    UBND tỉnh;`` / ``- Giám đốc Sở Tài chính;`` / ``- Thủ trưởng các đơn vị liên quan chịu trách nhiệm thi
    hành Quyết định này``): one task of all the bodies, read as one clause."""
    items = b.children
    if len(items) < 2 or not b.text.rstrip().endswith(":") or any(c.kind not in _LISTED for c in items):
        return None
    if any(c.children for c in items[:-1]) or not all(names_a_body(c.text.rstrip(" ;,.")) for c in items[:-1]):
        return None
    last = items[-1]
    if any(c.kind != "para" for c in last.children):
        return None
    end = last.children[-1].end if last.children else last.end  # "- Thủ trưởng các đơn vị" / "Chịu trách nhiệm thi hành …"
    duty = duty_cue(ctx, last.start, end)
    if duty is None or not _EXECUTES.search(ctx.folded, duty[0], end) \
            or not names_a_body(ctx.text[last.start:duty[0]].rstrip(" ;,.\n")):
        return None
    unit = decide(ctx, b.start, end, scope, b, listed=False)
    return unit if unit.reason == "duty" else None


_EXECUTES = re.compile(r"(?<![\w])thi\s*hanh(?![\w])", re.I)


def _listless_intro(ctx: Context, b: Block, scope: Scope, since: int) -> None:
    """A request that introduces a list that never comes (``Giao Sở Y tế chủ trì, phối hợp … đảm bảo các
    yêu cầu sau:`` and then a paragraph that asks nothing) asks what it says itself; when the paragraph
    after it asks (the units from ``since``), that paragraph is what it introduced."""
    if any(u.task for u in ctx.task_units[since:]):
        return
    s, e = task_sentences(ctx.text, b.start, b.end)[-1]
    unit = decide(ctx, s, e, scope, b, listed=False)
    if unit.reason in ("request", "duty"):  # not "X có ý kiến như sau:", which only opens what it says
        ctx.task_units.append(unit)


_BASIS = re.compile(r"(?:can cu|xet)\b")  # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" / "Căn cứ …": a preamble, no list


def _unmarked_item(ctx: Context, b: Block, scope: Scope) -> bool:
    """A paragraph under a request that introduces a list (``Sở A có trách nhiệm thực hiện các nội dung
    sau:`` / ``Rà soát …`` / ``Báo cáo …``) or under a line naming only a body: an item whose marker the
    page lost, one task however many sentences it holds, as with its marker. Not a part's title in
    capitals, an aside (``(Gửi kèm bản sao …)./.``), a basis, a label and its value (``Cơ quan phối hợp:
    …``, ``Hồ sơ đăng ký: …``) nor information; one that opens with neither an action nor a body only
    among several paragraphs and when it holds an action (not ``… bảo đảm các yêu cầu sau:`` / ``Đúng
    đối tượng, an toàn và kịp thời.``, which says how, nor ``Trân trọng./.``)."""
    parent = b.parent
    if not (b.kind == "para" and scope.mode == "request" and parent is not None and (
            parent.kind == "para" and (parent.text.rstrip().endswith(":") or names_a_body(parent.text))
            or parent.kind == "article" and parent.text.rstrip().endswith(":"))) \
            or b.text.isupper() or b.text.startswith("(") or _BASIS.match(key(b.text)):
        return False
    label = _LABEL.match(b.text)
    if label and starts_body(b.text) and opens_with_action(b.text[label.end():].strip()):
        return True  # "Phòng Nội vụ: xây dựng kế hoạch …", a body and its action
    if label or is_information(ctx, b.start, b.end):
        return False
    if opens_with_action(b.text) or starts_body(b.text):
        return True
    several = sum(c.kind == "para" and not c.text.isupper() and not c.text.startswith("(") for c in parent.children) >= 2
    return several and lexicon().verb_re.search(key(b.text)) is not None


_LABEL = re.compile(r"\W*\w+(?:\s+\w+){0,3}\s*:")  # "Cơ quan phối hợp: …", "Lịch thi chi tiết: …"


def _block(ctx: Context, b: Block, scope: Scope, heading: bool, item: bool = False) -> Scope | None:
    """Read a block's own text (an item of a list when ``item``, whatever its kind). For a heading or an
    introducing sentence (ending with ``:``), return the scope it gives the items under or after it; else None."""
    listed = b.kind in ("item", "point", "dash", "plus") or item
    # an action item with nothing under it introduces nothing: "b) Tổ chức … cộng đồng:" read for "…cộng đồng;"
    # (a body's heading with nothing under it, "3. Phòng Văn hóa và Thông tin:", was cut off with its items)
    introduces = heading or b.text.rstrip().endswith(":") and not (
        listed and not b.children and opens_with_action(b.text))
    title = title_line(ctx, b) if listed and not b.children else None
    if title is not None:  # "2. Trách nhiệm của các Bộ, ngành liên quan" / "Trong phạm vi nhiệm vụ, … chỉ đạo …"
        ctx.task_units.append(decide(ctx, title[1], b.end, _intro(ctx, b, b.start, title[0], scope), b, listed=True))
        return None
    if listed and not introduces:
        ctx.task_units.append(decide(ctx, b.start, b.end, _carried_out(ctx, b, scope), b, listed=True))
        return None
    if not introduces and _unmarked_item(ctx, b, scope):
        ctx.task_units.append(decide(ctx, b.start, b.end, scope, b, listed=True))
        return None
    units = task_sentences(ctx.text, b.start, b.end)
    own = scope
    apart = _title_apart(ctx, units) if b.kind == "article" and units else None
    if apart is not None:  # the clauses after the title are read in the scope it gives
        own, units = _intro(ctx, b, *apart[0], scope), apart[1:]
    title = b.kind == "article" and heading and long_title(ctx, b)
    if introduces and units and opens_what_follows(ctx.text[units[-1][0]:units[-1][1]], title):
        *body, last = units
    else:
        body, last = units, None
    for s, e in body:
        if ctx.text[s:e].rstrip().endswith(":") and (s, e) != units[-1]:
            own = _intro(ctx, b, s, e, scope)  # "… có ý kiến như sau: Sở A …" on one line
            continue
        ctx.task_units += _sentence_units(ctx, s, e, own, b)
    if last is None:
        return own if heading else None
    return _intro(ctx, b, last[0], last[1], own)


def _carried_out(ctx: Context, b: Block, scope: Scope) -> Scope:
    """The scope of an item that opens with an action right under ``Tổ chức thực hiện`` (:func:`.task_headings.
    work_to_carry_out`): a request's, as an item a request introduces."""
    if scope.mode == "list" and work_to_carry_out(ctx, b, scope.heading):
        return Scope("request", scope.lead, scope.deadline, scope.heading, cooperating=scope.cooperating)
    return scope


def _title_apart(ctx: Context, units: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """An article's title on a line of its own, without a closing sign nor words that ask, before a line
    that opens with a body's name (``Điều 4. Trách nhiệm của các Bộ, …, Ủy ban nhân dân cấp tỉnh`` /
    ``Bộ, cơ quan ngang Bộ, …, Ủy ban nhân dân cấp tỉnh có trách nhiệm:``) is a sentence of its own,
    however long: the line after it heads the clauses. None when the first sentence holds no such title."""
    s, e = units[0]
    found = title_and_text(ctx, s, e)
    if found is None:
        return None
    end, nxt = found
    if len(ctx.text[s:end].split()) > 40 or duty_cue(ctx, s, end) or request_cue(ctx, s, end, exclusions()) \
            or subject_roles(ctx, s, end) or not starts_body(ctx.text[nxt:min(e, nxt + 80)]):
        return None  # a clause the page wrapped ("Giao Bộ trưởng … thừa ủy quyền Thủ tướng" / "Chính phủ, …")
    return [(s, end), (nxt, e)] + units[1:]


_SEMICOLON = re.compile(r";\s*")


def _sentence_units(ctx: Context, s: int, e: int, scope: Scope, b: Block) -> list[Unit]:
    """The units of a sentence: itself, or, when it asks and its clauses joined by ``;`` each name
    their own body and its action, one per clause, each the task of its own body."""
    whole = decide(ctx, s, e, scope, b, listed=False)
    if not whole.task and not (whole.reason == "other" and whole.signals.get("subject")):
        return [whole]  # (a body and its action may yet direct, between paragraphs that direct)
    pieces = _own_duties(ctx, s, e)
    if len(pieces) == 1:
        return [whole]
    each = Scope("list", scope.lead, scope.deadline, scope.heading, scope.others,
                 cooperating=scope.cooperating) if whole.task else scope
    return [decide(ctx, a, z, each, b, listed=False) for a, z in pieces]


def _own_duties(ctx: Context, s: int, e: int) -> list[tuple[int, int]]:
    """A sentence of clauses joined by ``;`` that each name their own body and its action (``Sở Công
    Thương chủ trì kiểm tra thị trường; Công an tỉnh phối hợp xử lý vi phạm``) is one unit per clause;
    any other sentence (an execution clause listing its bodies with ``;``) stays whole."""
    cuts = [m for m in _SEMICOLON.finditer(ctx.text, s, e) if m.end() < e]
    if not cuts:
        return [(s, e)]
    pieces, start = [], s
    for m in cuts:
        pieces.append((start, m.start() + 1))
        start = m.end()
    pieces.append((start, e))
    for a, z in pieces:
        subject = subject_roles(ctx, a, z)
        if subject is None or not starts_body(ctx.text[a:a + 80]) or is_issuer(ctx, subject[0].lead[0]) \
                or asks_within(ctx, a, subject[1]):
            return [(s, e)]  # a clause that does not open with a body of its own, opens with the issuer or asks
    return pieces


def _intro(ctx: Context, b: Block, s: int, e: int, scope: Scope) -> Scope:
    """The scope of a heading or introducing sentence ``text[s:e]``."""
    k = ctx.folded[s:e]
    deadline = deadline_in(ctx, s, e) or scope.deadline
    heading = squash(strip_markup(ctx.text[s:e])).rstrip(":")
    if lists_documents(ctx, s, e) or _CONDITIONS.search(k.rstrip()) or defines_a_body(ctx.text[s:e]):
        # "Hồ sơ gồm:" / "- Tờ trình …": documents to send; "… trong các trường hợp sau:": cases; "Cơ quan … là:"; no tasks
        unit = decide(ctx, s, e, scope, b, listed=False)
        if unit.reason in ("request", "duty"):  # "Đề nghị các trường gửi hồ sơ … trước ngày …, hồ sơ gồm:"
            ctx.task_units.append(unit)
        return Scope("none", None, deadline, heading)
    cue = request_cue(ctx, s, e, exclusions())
    if cue is not None:
        roles, _ = roles_at(ctx.text, ctx.folded, cue[1], e)
        if roles or not (b.kind == "article" and s == b.start):  # an article's title names a topic:
            return Scope("request", roles.union() or scope.lead, deadline, heading,  # "Yêu cầu đối với hồ sơ"
                         cooperating=tuple(roles.cooperating) if roles else scope.cooperating)
    if _GIVES.search(k.rstrip()):
        return Scope("request", scope.lead, deadline, heading,  # "…, Chủ tịch UBND tỉnh giao:" / "1. Sở A …"
                     cooperating=scope.cooperating)
    urged = bodies_then_colon(ctx, s, e)
    if urged is not None:  # "Các bộ, cơ quan khẩn trương:" / "Từng bộ, ngành phải:"
        return Scope("request", urged.union(), deadline, heading, cooperating=tuple(urged.cooperating))
    subject = subject_roles(ctx, s, e)
    if subject is not None and HAS_POWER.match(ctx.folded, subject[1], e) and duty_cue(ctx, s, e) is None:
        return Scope("none", None, deadline, heading)  # "Tòa án nhân dân cấp tỉnh có thẩm quyền …:": its powers
    if subject is not None and not is_issuer(ctx, subject[0].lead[0]) and (
            _AS_FOLLOWS.search(k) or duty_cue(ctx, s, e)):
        return Scope("request", subject[0].union(), deadline, heading,  # "X có trách nhiệm:", "X triển khai … sau:"
                     cooperating=tuple(subject[0].cooperating))
    bearers = described_bearers(ctx, s, e)
    if bearers:
        return Scope("request", bearers, deadline, heading)  # "X là đơn vị quản lý …, có trách nhiệm:"
    if _INFORMS.search(k.rstrip()):
        return Scope("list", scope.lead, deadline, heading, informs=True)  # "Cục Quản lý Dược thông báo:" / "1. Đình chỉ …"
    head = heading_text(b) if s == b.start and not _AS_FOLLOWS.search(k) else None  # not "X có ý kiến như sau:"
    head = head and TOPIC_OF.sub("", head, count=1)  # "2. Đối với Ủy ban nhân dân các huyện:" names its bodies
    if head and starts_body(head) and not lexicon().non_task_re.match(key(head)):
        names = split_bodies(head)
        first = bodies_at(head, strip_diacritics(head), 0, len(head))[0]  # "Ủy ban nhân dân tỉnh thành lập Đoàn …, gồm:"
        if names and not is_issuer(ctx, names[0]) and not (first and is_issuer(ctx, first[0])):
            return Scope("request", names, deadline, heading)  # "1. Các Sở, Ban ngành thành phố:"
    directed = _DIRECTS.match(ctx.folded, s)
    if directed and scope.mode in ("list", "request"):
        names, _ = bodies_at(ctx.text, ctx.folded, directed.end(), e)
        if names:  # "b) Chỉ đạo Giám đốc Chi cục A, Trung tâm B:" and its items
            return Scope("request", scope.lead, deadline, heading, tuple(scope.others) + tuple(names))
    owners = duties_of(ctx, s, e)
    if owners:
        return Scope("request", owners, deadline, heading)  # "Điều 5. Trách nhiệm của Bộ Tư pháp"
    if RESPONSIBILITY.match(key(ctx.text[s:e])):
        return Scope("list", scope.lead, deadline, heading, cooperating=scope.cooperating)  # "Điều 2. Tổ chức thực hiện"
    if _OPINION.search(k.rstrip()) or (scope.mode and _AS_FOLLOWS.search(k)):
        return Scope("list", scope.lead, deadline, heading, cooperating=scope.cooperating)  # "… có ý kiến như sau:"
    if (scope.mode is None or scope.mode == "none" and b.kind != "point") and s == b.start and b.children \
            and task_part(ctx, key(ctx.text[s:e])):
        # "II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN" / "2. Nội dung" / "a) Tổ chức …"; under an opening that asks
        # nothing ("Ban hành Lệnh … như sau:") a plan's work part is a section or a numbered item, not a lettered
        # point deep in what the issued text describes ("b) Giải pháp sửa chữa:", "b.2. Giải pháp kỹ thuật:")
        return Scope(None, None, deadline, heading, task_part=True)
    if asks_nothing(ctx, s, e):
        none = "rules" if scope.mode == "rules" else "none"  # under an article of rules, its duties still ask
        return Scope(none, None, deadline, heading)  # "Ban hành Lệnh … như sau:", "Điều 1. Phạm vi …"
    return Scope(scope.mode, scope.lead, deadline, heading, informs=scope.informs, task_part=scope.task_part,
                 cooperating=scope.cooperating)
