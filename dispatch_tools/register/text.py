"""Everything the register says to a person, in one place.

The statuses, notes and headings follow the words of Decree 30/2020/NĐ-CP, Appendix IV. The
books themselves (the XLSX register, follow-up book and task list) are Vietnamese document text:
their statuses and notes are written with :func:`in_register`, always in Vietnamese. The same
statuses and notes shown in the interface (the batch summary, ``dispatch task``, the web app) are
in the interface language: they are English msgids marked for the catalog, whose Vietnamese
translations are the words of the form.
"""

from __future__ import annotations

from ..i18n import N_, catalog

REGISTER_LANGUAGE = "vi"


def in_register(message: str) -> str:
    """``message`` (a msgid of this module) as the register writes it: in Vietnamese."""
    return catalog(REGISTER_LANGUAGE).gettext(message)


# Task statuses: the code stored in the database -> what the clerk reads.
STATUS = {
    "todo": N_("not started"),  # chưa thực hiện
    "doing": N_("in progress"),  # đang thực hiện
    "done": N_("done"),  # đã xong
    "overdue": N_("overdue"),  # quá hạn; computed: the deadline has passed and the task is not done
}
SETTABLE = ("todo", "doing", "done")

NOTE = {
    "duplicate": N_("duplicate of arrival number {no}"),
    "duplicate_other_year": N_("duplicate of arrival number {no} of {year}"),
    "same_file": N_("identical file"),
    "not_dispatch": N_("not a dispatch?"),
    "report_to": N_("report to {to}"),
    "review": N_("needs a look: {fields}"),
    "stamp_number": N_("the arrival stamp says number {no}"),
}

# The fields a reading flags for a person's look, as the register names them. The database keeps
# the field names; a register made before keeps the Vietnamese labels, which are shown as they are.
REVIEW_FIELDS = {
    "number": N_("number and symbol"), "date": N_("date of the document"), "issuer": N_("author"),
    "doc_type": N_("type name"), "subject": N_("subject"), "place": N_("place name"),
    "arrival": N_("arrival stamp"), "signer": N_("signer"), "signer.name": N_("signer's name"),
    "recipients": N_("recipients"), "deadlines": N_("deadlines"),
}
REVIEW_OTHER = "other"
REVIEW_FIELDS[REVIEW_OTHER] = N_("another field")

# The follow-up book's progress column, from the statuses of an entry's tasks.
PROGRESS = {
    "count": "{status}: {n}",
    "no_tasks": "",
}

# The follow-up book's progress column, from the statuses of an entry's tasks.
PROGRESS = {
    "all_done": "đã xong",
    "count": "{status}: {n}",
    "no_tasks": "",
}

# The two books of Appendix IV: the title of the sheet (at most 31 characters), the title over
# the table, and the columns as numbered in the form, each with a width.
REGISTER_SHEET = "Sổ đăng ký văn bản đến"
REGISTER_TITLE = "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"
REGISTER_COLUMNS = [
    ("Ngày đến", 16), ("Số đến", 8), ("Tác giả", 28), ("Số, ký hiệu văn bản", 20),
    ("Ngày tháng văn bản", 12), ("Tên loại và trích yếu nội dung văn bản", 50),
    ("Đơn vị hoặc người nhận", 26), ("Ngày chuyển", 12), ("Ký nhận", 10), ("Ghi chú", 28),
]
# Kept beside the form's columns (the form sets a minimum, not a maximum): the dispatch's
# deadline and the file it came from.
REGISTER_EXTRA = [("Hạn giải quyết", 12), ("Tên tệp", 28)]

FOLLOW_UP_SHEET = "Theo dõi giải quyết văn bản đến"
FOLLOW_UP_TITLE = "SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN"
FOLLOW_UP_COLUMNS = [
    ("Số đến", 8),
    ("Tên loại, số, ký hiệu, ngày, tháng và tên cơ quan, tổ chức ban hành văn bản", 50),
    ("Đơn vị hoặc người nhận", 28), ("Thời hạn giải quyết", 13), ("Tiến độ giải quyết", 26),
    ("Số, ký hiệu văn bản trả lời", 20), ("Ghi chú", 28),
]
YEAR = "NĂM {years}"

# The task list (tasks.xlsx): every task of the register but a duplicate's, by due date.
TASKS_SHEET = "Nhiệm vụ"
TASKS_TITLE = "DANH SÁCH NHIỆM VỤ THEO DÕI"
TASKS_COLUMNS = [
    ("Hạn", 12), ("Nhiệm vụ", 60), ("Đơn vị chủ trì", 30), ("Đơn vị phối hợp", 30),
    ("Báo cáo", 24), ("Trạng thái", 15), ("Số đến", 8), ("Số, ký hiệu văn bản", 20),
    ("Tác giả", 28), ("Mã nhiệm vụ", 10),
]
REPORT_YES = NOTE["report_to"]
REPORT_PLAIN = "có"
TITLE_CONG_VAN = "{doc_type} V/v {subject}"  # tên loại và trích yếu of a công văn
TITLE_OTHER = "{doc_type} {subject}"

# What the register says when it cannot do something, and what `dispatch task` and `dispatch
# register` print: interface text, in the interface language (English here, translated in the
# catalog; the placeholders are str.format's).
ERROR = {
    "open": N_("the register of incoming dispatches cannot be opened ({reason})"),
    "open_hint": N_("Check the data folder and its write permission, or choose another register file"),
    "busy": N_("the register has been busy for too long (another process holds the write lock)"),
    "busy_hint": N_("Wait until the other process has finished writing, then try again"),
    "newer": N_("the register was made by a newer version (schema {found}, this version reads {known})"),
    "newer_hint": N_("Update dispatch_tools"),
    "status": N_("there is no status “{given}”; use: {choices}"),
    "no_task": N_("there is no task number {id} in the register"),
    "no_entry": N_("there is no document number {id} in the register"),
}

LISTING = {
    "task": N_("{id:>5}  {state:<15} {due:<11}  arrival number {no}/{year}  {lead}: {text}"),
    "no_due": N_("no deadline"),
    "no_lead": N_("body not known"),
    "none": N_("The register has no task yet."),
    "set": N_("Task {id} (arrival number {no}/{year}): {state}."),
    "exported": N_("Wrote the register and the follow-up book ({entries} documents) to {path}"),
    "wrote": N_("Wrote {path}"),
}
