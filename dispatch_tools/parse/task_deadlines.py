"""The deadlines of a dispatch's tasks beyond their own sentence: the deadline a unit's text holds
(:func:`deadline_in`), the one a following sentence sets for the task before it
(:func:`deadline_for_previous`), and the dispatch's only deadline given to the tasks that report
or carry the document out (:func:`general_deadline`)."""

from __future__ import annotations

import re

from .context import Context
from .deadline_filters import SENTENCE_START, text_before
from .text import key, load_list, words_regex

_RECURS = words_regex(load_list("deadline_recurring.txt"), fold=False)
_REPORTS = re.compile(r"\b(?:bao\s*cao(?!\s+vien\b)|gui\s+(?:ve|bao|ho\s+so|danh\s+sach|y\s+kien)|nop|dung\s+thoi\s+han|dung\s+han)\b",
                      re.I)


def deadline_in(ctx: Context, s: int, e: int):
    """The first deadline printed in ``text[s:e]`` (the spans are listed in the order the rules found them),
    unless it is the end of a span that a date to act by comes before (``lập kế hoạch … theo từng tháng đến hết
    ngày 31/01/2026, gửi về Sở trước ngày 15/10/2025``: what is planned runs to January, the plan is due in
    October; ``tổ chức … từ ngày 01 - 30/6/2025 và báo cáo … trước ngày 05/7/2025`` is due when the work ends)."""
    inside = sorted((ds, i, d) for i, (d, ds, _) in enumerate(ctx.deadline_spans)
                    if s <= ds < e and d.date is not None and d.kind != "recurring")
    if not inside:
        return None
    first = inside[0][2]
    if first.kind == "until":
        sooner = [d for _, _, d in inside[1:] if d.kind != "until" and d.date < first.date]
        return sooner[0] if sooner else first
    return first


def deadline_for_previous(ctx: Context, s: int, e: int, previous_is_task: bool) -> None:
    """A sentence that sets a deadline right after a task (``Hồ sơ … gửi về … trước ngày …``) sets
    that task's deadline."""
    inside = deadline_in(ctx, s, e)
    if inside is None or not previous_is_task or not ctx.fields.tasks:
        return
    last = ctx.fields.tasks[-1]
    if last.deadline is None:
        last.deadline, last.deadline_text = inside.date, inside.text


def general_deadline(ctx: Context) -> None:
    """The dispatch's only deadline, set apart from every task, is the deadline of the tasks that
    report or send something and set none of their own."""
    spans = [(sp.start, sp.end) for sp in ctx.spans if sp.label == "task"]
    orphans = {d.date: (d, ds, de) for d, ds, de in ctx.deadline_spans
               if d.date and d.kind != "recurring" and not any(a <= ds < z for a, z in spans)}
    if len(orphans) != 1:
        return
    ((deadline, at, until),) = orphans.values()
    # the dispatch's one task and its one deadline, set for a report ("Thời hạn báo cáo kết quả: trước ngày …"
    # after "Đề nghị … triển khai thực hiện"): the report is the task's
    start = at - len(text_before(ctx, at, SENTENCE_START, 300))
    for_report = len(ctx.fields.tasks) == 1 and any(ctx.text[m.start()].islower()
                                                   for m in _REPORTS.finditer(ctx.folded, start, until))
    for task, (a, z) in zip(ctx.fields.tasks, spans):
        reports = [m for m in _REPORTS.finditer(ctx.folded, a, z)
                   if ctx.text[m.start()].islower() or not ctx.text[a:m.start()].strip()]
        # "báo cáo", or "Báo cáo kết quả …" opening the task, not the title of a "Báo cáo rà soát" inside it; not
        # a task that reports by its own time, every
        # month or within days of arrival ("Định kỳ hằng tháng báo cáo … trước ngày 25")
        whole = _WORK_TIME.match(key(deadline.text)) and _CARRIES_OUT.search(ctx.folded, a, z)
        if task.deadline is None and (reports or whole or for_report) and not task.deadline_text \
                and not _RECURS.search(ctx.text, a, z):
            task.deadline, task.deadline_text = deadline.date, deadline.text


# the time of the whole work a document orders ("6. Thời gian thực hiện: Năm 2026") is the deadline of the task
# that carries the document out ("Triển khai thực hiện Lệnh … theo Quyết định này"), not of one that executes
# the decision ("… chịu trách nhiệm thi hành Quyết định này")
_WORK_TIME = re.compile(r"thoi\s+gian\s+(?:thuc\s+hien|hoan\s+thanh)\b")
_CARRIES_OUT = re.compile(r"\bthuc\s+hien\b[^.;\n]{0,80}?\b(?:quyet\s+dinh|ke\s+hoach|lenh|chi\s+thi|de\s+an|chuong\s+trinh"
                          r"|nghi\s+quyet|cong\s+van|thong\s+bao)\s+nay\b", re.IGNORECASE)
