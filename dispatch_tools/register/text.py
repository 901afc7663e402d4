"""Everything the register says to a person, in one place (Vietnamese, NFC).

The statuses, notes and headings follow the words of Decree 30/2020/NĐ-CP, Appendix IV.
"""

from __future__ import annotations

from ..i18n import N_

# Task statuses: the code stored in the database -> what the clerk reads.
STATUS = {
    "todo": "chưa thực hiện",
    "doing": "đang thực hiện",
    "done": "đã xong",
    "overdue": "quá hạn",  # computed: the deadline has passed and the task is not done
}
SETTABLE = ("todo", "doing", "done")

NOTE = {
    "duplicate": "trùng với số đến {no}",
    "duplicate_other_year": "trùng với số đến {no} năm {year}",
    "same_file": "tệp giống hệt",
    "not_dispatch": "không phải công văn?",
    "report_to": "báo cáo về {to}",
    "review": "cần xem lại: {fields}",
    "stamp_number": "dấu đến ghi số {no}",
}

# The fields a reading flags for a person's look, as the register names them.
REVIEW_FIELDS = {
    "number": "số, ký hiệu", "date": "ngày tháng văn bản", "issuer": "tác giả",
    "doc_type": "tên loại", "subject": "trích yếu", "place": "địa danh",
    "arrival": "dấu đến", "signer": "người ký", "signer.name": "họ tên người ký",
    "recipients": "nơi nhận",
}
REVIEW_OTHER = "trường khác"

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
    ("Ngày đến", 12), ("Số đến", 8), ("Tác giả", 28), ("Số, ký hiệu văn bản", 20),
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
REPORT_YES = "báo cáo về {to}"
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
    "task": N_("{id:>5}  {state:<15} {due:<10}  arrival number {no}/{year}  {lead}: {text}"),
    "no_due": N_("no deadline"),
    "no_lead": N_("body not known"),
    "none": N_("The register has no task yet."),
    "set": N_("Task {id} (arrival number {no}/{year}): {state}."),
    "exported": N_("Wrote the register and the follow-up book ({entries} documents) to {path}"),
    "wrote": N_("Wrote {path}"),
}
