"""Everything the register says to a person, in one place (Vietnamese, NFC).

The statuses, notes and headings follow the words of Decree 30/2020/NĐ-CP, Appendix IV.
"""

from __future__ import annotations

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
    "arrival": "dấu đến", "signer": "người ký", "recipients": "nơi nhận",
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

ERROR = {
    "open": "không mở được sổ đăng ký văn bản đến ({reason})",
    "open_hint": "Kiểm tra thư mục dữ liệu và quyền ghi, hoặc chọn tệp sổ khác",
    "busy": "sổ đăng ký đang bận quá lâu (một tiến trình khác giữ khóa ghi)",
    "busy_hint": "Chờ tiến trình kia ghi xong rồi thử lại",
    "newer": "sổ đăng ký được tạo bởi phiên bản mới hơn (lược đồ {found}, phiên bản này đọc {known})",
    "newer_hint": "Cập nhật dispatch_tools",
    "status": "trạng thái “{given}” không có; dùng: {choices}",
    "no_task": "không có nhiệm vụ số {id} trong sổ",
    "no_entry": "không có văn bản số {id} trong sổ",
}

# What `dispatch task` and `dispatch register` print.
LISTING = {
    "task": "{id:>5}  {state:<15} {due:<10}  số đến {no}/{year}  {lead}: {text}",
    "no_due": "không hạn",
    "no_lead": "chưa rõ đơn vị",
    "none": "Sổ chưa có nhiệm vụ nào.",
    "set": "Nhiệm vụ {id} (số đến {no}/{year}): {state}.",
    "exported": "Đã ghi sổ đăng ký và sổ theo dõi ({entries} văn bản) vào {path}",
    "wrote": "Đã ghi {path}",
}
