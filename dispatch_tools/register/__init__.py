"""register: the office's incoming-document register (sổ đăng ký văn bản đến), Decree 30/2020.

    from dispatch_tools.register import Register, export_xlsx
    reg = Register()                          # ~/.local/share/dispatch_tools/register.sqlite3
    entry = reg.add(doc.fields, file_name="cv.pdf", sha256=doc.sha256, text=doc.text,
                    source="batch")           # arrival number of this year, duplicate check
    reg.tasks()                               # every task with its status, by due date
    reg.set_task_status(task_id, "đang thực hiện")
    reg.update_fields(entry.id, corrected)    # a clerk's corrections: duplicates found again
    export_xlsx(reg, "register.xlsx")         # the register and the follow-up book
    export_tasks_xlsx(reg, "tasks.xlsx")      # every task with its bodies and status

    store.py       adding, looking up and following up entries
    db.py          the SQLite file: schema and transactions safe between processes
    entry.py       one entry and one task as read back; how they are made from parsed fields
    duplicates.py  when two dispatches are the same one
    links.py       which entries are copies of which, found again after a correction
    export.py      the two books of Appendix IV as one XLSX file
    text.py        every word a person reads
"""

from .entry import Entry, TaskRow
from .export import export_tasks_xlsx, export_xlsx
from .store import Register, default_data_dir, default_path
from .text import STATUS

__all__ = ["Entry", "Register", "STATUS", "TaskRow", "default_data_dir", "default_path",
           "export_tasks_xlsx", "export_xlsx"]
