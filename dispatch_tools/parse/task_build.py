"""The tasks built from the units of a body that a judge kept (the rules, or a trained classifier): each
unit's text, its number and heading in the outline, its roles and its deadline (its own, its heading's,
or the dispatch's), in order."""

from __future__ import annotations

from ..model import Task
from .articles import LEGAL_TYPES
from .blocks import Block
from .context import Context
from .task_deadlines import deadline_for_previous, deadline_in, general_deadline
from .task_units import Unit
from .text import squash, strip_markup


def build_tasks(ctx: Context, units: list[Unit], keep: list[bool]) -> None:
    """The tasks of the units kept, in order, with their deadlines; replaces any built before."""
    ctx.fields.tasks = []
    ctx.spans = [sp for sp in ctx.spans if sp.label != "task"]
    previous_is_task, items_before = False, 0  # items_before: the listed tasks right before the unit
    previous_is_row, previous_block = False, None
    for unit, yes in zip(units, keep):
        if not yes:
            # a sentence after a list of several items closes the list: its date is no more the last
            # item's than the others'
            closes = items_before > 1 and not unit.listed
            # nor is it a table row's: a row's deadline is its time cell
            closes = closes or previous_is_row
            # nor a numbered item's after it in the same list ("3. Bộ A hướng dẫn …" / "4. Thời gian nghỉ … đến
            # hết ngày …"): each item says its own
            closes = closes or (unit.listed and previous_block is not None and unit.block.kind in ("item", "point")
                                and previous_block.kind == unit.block.kind and previous_block.parent is unit.block.parent)
            deadline_for_previous(ctx, unit.s, unit.e, previous_is_task and not closes)
            previous_is_task, items_before = False, 0
            continue
        b = unit.block
        heading = b.parent.text if unit.listed and b.parent is not None else None
        owner = _owning_item(unit)  # "2. Công an huyện" / "Cung cấp thông tin …": the item is its heading
        if owner is not None:
            heading = owner.text
        roles = unit.roles
        text = squash(strip_markup(ctx.text[unit.start:unit.e]))
        if unit.reason == "own_heading":
            text = text[:1].upper() + text[1:]  # "Sở A: phổ biến …" -> "Phổ biến …"
        task = Task(text=text,
                    number=_number_of(b) if unit.listed else _number_of(owner) if owner else None, heading=heading, assignees=roles.union(),
                    lead=list(roles.lead), cooperating=list(roles.cooperating))
        inside = unit.deadline or deadline_in(ctx, unit.s, unit.e) or unit.scope.deadline
        if inside is not None:
            task.deadline, task.deadline_text = inside.date, inside.text
        else:  # "trong vòng 10 ngày kể từ ngày nhận được công văn này": its words, for a person to date
            task.deadline_text = next((d.text for d, ds, _ in ctx.deadline_spans
                                       if unit.s <= ds < unit.e and d.kind in ("relative", "unsure")), None)
        ctx.fields.tasks.append(task)
        ctx.mark("task", unit.start, unit.e)
        previous_is_task, items_before = True, items_before + 1 if unit.listed else 0
        previous_is_row, previous_block = unit.reason == "table_row", unit.block
    general_deadline(ctx)
    for task in ctx.fields.tasks:
        if not task.assignees and ctx.fields.recipients and ctx.fields.doc_type not in LEGAL_TYPES:
            task.assignees = list(ctx.fields.recipients)  # asked of the addressees: each leads its own part
            task.lead = list(ctx.fields.recipients)


def _owning_item(unit: Unit) -> Block | None:
    """The numbered item a paragraph without a marker is written under (``2. Công an huyện`` / ``Cung cấp …``)."""
    b = unit.block
    if unit.listed or b.kind != "para" or b.parent is None or b.parent.kind not in ("item", "point"):
        return None
    return b.parent


def _number_of(b: Block) -> str | None:
    parts = [x.marker for x in reversed([b] + list(b.ancestors())) if x.kind in ("item", "point", "section")]
    return ".".join(parts) or None
