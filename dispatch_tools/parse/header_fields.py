"""The header: number and symbol, place and date, issuing body and its parent, urgency and
circulation marks (parts 1-5 of ``../shared/docs/FORMAT.md``), read in that order by the modules
:mod:`.header_number`, :mod:`.header_date` and :mod:`.issuer`; the type and subject are read by
:mod:`.subject`."""

from __future__ import annotations

import re

from .context import Context
from .header_date import read_date_place
from .header_number import read_number
from .issuer import read_issuer
from .lexicon import lexicon
from .subject import type_and_subject
from .text import is_upper_line, key, squash


def extract(ctx: Context) -> None:
    read_number(ctx)
    read_date_place(ctx)
    read_issuer(ctx)
    type_and_subject(ctx)  # it reads what the functions above found
    _marks(ctx)


# --------------------------------------------------------------------------- marks


def _marks(ctx: Context) -> None:
    lex = lexicon()
    end = ctx.offset(min(ctx.header_end + 3, len(ctx.lines)))
    for attr, regex in (("urgency", lex.urgency_re), ("circulation", lex.circulation_re)):
        for m in regex.finditer(ctx.folded, 0, end):
            original = ctx.text[m.start():m.end()]
            if not is_upper_line(original, 0.99):
                continue
            line = ctx.lines[ctx.line_of(m.start())]
            # a mark stands alone (or in brackets) on its line, not inside a name
            rest = key(line.text.replace(original, " "))
            if len(rest) > 3 and not re.fullmatch(r"[\W_]*", rest):
                continue
            setattr(ctx.fields, attr, squash(original))
            ctx.mark(attr, m.start(), m.end())
            break
