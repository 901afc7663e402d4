"""The text a decision issues (a plan, rules, a programme) printed after its signature, under its own
title and ``(Ban hành kèm theo Quyết định số … ngày …)``: its duties and deadlines are the document's too, read as
the body is."""

from __future__ import annotations

import re

from .context import Context

# "(Ban hành kèm theo Quyết định số 1486/QĐ-UBND ngày 12/5/2026 …)": what follows is the text the document issues
_ISSUED_WITH = re.compile(r"^[\W_]*(?:ban\s+hanh\s+)?kem\s+theo\s+(?:quyet\s+dinh|nghi\s+quyet|chi\s+thi|thong\s+tu)\b",
                          re.I)


def attached_text(ctx: Context) -> tuple[int, int] | None:
    """The lines of the text a decision issues, printed after its signature: from the line after its
    ``(Ban hành kèm theo Quyết định …)`` to the first annex (``Phụ lục``) or the end; None when there is none."""
    for i in range(ctx.body_end, ctx.foot_end):
        if _ISSUED_WITH.match(ctx.lines[i].folded):
            j = i
            while j < min(ctx.foot_end, i + 3) - 1 and not ctx.lines[j].stripped.rstrip().endswith(")"):
                j += 1  # the bracket may wrap over the next lines
            return (j + 1, ctx.foot_end) if j + 1 < ctx.foot_end else None
    return None
