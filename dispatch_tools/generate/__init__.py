"""Generate what a clerk needs next from a parsed dispatch (``Document.fields``).

    write_checklist(fields, "tasks.xlsx")           # also .md, .json, .docx, .ics
    write_annex(fields, profile, "annex.docx")      # also .xlsx
    write_reply(fields, profile, "reply.docx", form="bao-cao" | "cong-van")
    write_all(doc, "out/", profile)                 # every file of `dispatch process` (.outputs)

The user's unit comes from a TOML profile (:func:`load_profile`, :func:`resolve_profile`).
"""

from __future__ import annotations

from .annex import write_annex
from .checklist import write_checklist
from .checklist_rows import checklist_items
from .outputs import write_all
from .profile import Profile, load_profile, resolve_profile, write_example
from .reply import build_reply, write_reply

__all__ = ["Profile", "build_reply", "checklist_items", "load_profile", "resolve_profile", "write_all",
           "write_annex", "write_checklist", "write_example", "write_reply"]
