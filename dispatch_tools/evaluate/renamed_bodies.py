"""Tasks and addressees of the development documents with the bodies they name swapped for others.

    python -m dispatch_tools.evaluate.renamed_bodies [--pool studied|held] [--seeds 3] [--errors]

An unseen dispatch names bodies the rules never met: a ``Ban Quản lý dự án đầu tư xây dựng``
whose name holds a verb, a ``Trung tâm Xúc tiến đầu tư, Thương mại và Du lịch`` with a comma and a
``và``, a ``Công ty TNHH MTV …``. This measure keeps each development document's sentences and
swaps every body its gold names as a task's assignee, where the text prints it as the gold does,
for a body of :data:`POOL`, in the text and in the gold (its tasks and addressees) alike; the
tasks and the addressees are then scored as :mod:`.parse_score` scores them, beside the same
documents as given.

The pool is split by a fixed hash into a part whose errors may be studied and a part held back, so
that a change made on the first is checked on names it never saw. Only development documents are
read (:func:`.split.development_documents`).
"""

from __future__ import annotations

import random
import re
import sys

from .parse_score import _item, _set, _tasks, new_counts
from .swaps import draw, parser, part, report

# Bodies of the kinds dispatches ask to act, with the words that trip a name's end: verbs inside
# the name, commas and ``và``, a dash, an abbreviation in brackets, a place or a number at the end.
POOL = (
    "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh",
    "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi",
    "Trung tâm Xúc tiến đầu tư, Thương mại và Du lịch",
    "Trung tâm Phục vụ hành chính công tỉnh",
    "Văn phòng Đăng ký đất đai",
    "Quỹ Đầu tư phát triển tỉnh",
    "Ban Quản lý rừng phòng hộ Sông Tranh",
    "Trường Cao đẳng Kỹ thuật công nghệ Dung Quất",
    "Cảng vụ Hàng hải Quảng Ngãi",
    "Chi cục Thủy lợi",
    "Trung tâm Công nghệ thông tin và Truyền thông",
    "Ban Dân vận Tỉnh ủy",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    "Hội Liên hiệp Phụ nữ tỉnh",
    "Liên đoàn Lao động tỉnh",
    "Công an tỉnh",
    "Bảo hiểm xã hội tỉnh",
    "Kho bạc Nhà nước khu vực XIII",
    "Ngân hàng Chính sách xã hội chi nhánh tỉnh",
    "Công ty Điện lực Quảng Ngãi",
    "Công ty TNHH MTV Khai thác công trình thủy lợi Quảng Ngãi",
    "Viện Kiểm sát nhân dân tỉnh",
    "Cục Thi hành án dân sự tỉnh",
    "Ban Tiếp công dân tỉnh",
    "Thanh tra tỉnh",
    "Sở Dân tộc và Tôn giáo",
    "Sở Khoa học và Công nghệ",
    "Trường Đại học Phạm Văn Đồng",
    "Bệnh viện Đa khoa tỉnh",
    "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh",
    "Chi cục Hải quan cửa khẩu cảng Dung Quất",
    "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
    "Ban An toàn giao thông tỉnh",
    "Hội Cựu chiến binh tỉnh",
    "Hội Nông dân tỉnh",
    "Phòng Văn hóa - Xã hội",
    "Phòng Kinh tế, Hạ tầng và Đô thị",
    "Trung tâm Dịch vụ tổng hợp xã",
    "Văn phòng Điều phối nông thôn mới tỉnh",
    "Ủy ban nhân dân xã Bình Sơn",
    "Ủy ban nhân dân phường Trương Quang Trọng",
    "Đài Phát thanh và Truyền hình tỉnh",
    "Báo Quảng Ngãi",
    "Trung tâm Y tế huyện Sơn Tịnh",
    "Chi cục Kiểm lâm",
    "Chi cục Chăn nuôi và Thú y",
    "Trung tâm Quan trắc tài nguyên và môi trường",
    "Ban Chỉ huy Phòng thủ dân sự tỉnh",
    "Bộ Chỉ huy Quân sự tỉnh",
    "Tòa án nhân dân tỉnh",
    "Tỉnh đoàn",
    "Ban Tuyên giáo và Dân vận Tỉnh ủy",
    "Cục Quản lý thị trường tỉnh",
    "Thuế tỉnh Quảng Ngãi",
    "Thống kê tỉnh",
    "Trung tâm Khuyến nông",
    "Trường Trung học phổ thông số 1 Tư Nghĩa",
    "Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh",
    "Hội Chữ thập đỏ tỉnh",
    "Liên minh Hợp tác xã tỉnh",
    "Trung tâm Phát triển quỹ đất tỉnh",
    "Ban Quản lý các dự án đầu tư xây dựng tỉnh",
    "Công ty Cổ phần Cấp thoát nước và Xây dựng Quảng Ngãi",
    "Vườn quốc gia Bạch Mã",
    "Trung tâm Kiểm định chất lượng công trình xây dựng",
    "Ban Quản lý dự án phát triển đô thị",
    "Văn phòng Đăng ký đất đai chi nhánh huyện Mộ Đức",
    "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện",
    "Chi cục Bảo vệ thực vật",
    "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn",
    "Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh",
    "Hội đồng Thi đua - Khen thưởng tỉnh",
    "Trung tâm Lưu trữ lịch sử tỉnh",
    "Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo",
    "Ban Quản lý Khu công nghệ cao",
    "Chi cục Quản lý đất đai",
    "Trung tâm Đăng kiểm xe cơ giới",
    "Sở Công Thương",
    "Hải quan tỉnh",
    "Kiểm toán Nhà nước khu vực III",
    "Trung tâm Truyền thông tỉnh",
    "Đoàn Luật sư tỉnh",
    "Hội Doanh nghiệp nhỏ và vừa tỉnh",
    "Trung tâm Dịch vụ việc làm",
    "Trung tâm Bảo trợ xã hội tỉnh",
    "Ban Quản lý bảo trì đường bộ",
    "Phòng Cảnh sát giao thông Công an tỉnh",
    "Đội Quản lý thị trường số 3",
    "Trạm Y tế xã Nghĩa Hà",
    "Trường Mầm non Hoa Sen",
    "Trung tâm Văn hóa - Thể thao và Truyền thanh huyện",
    "Ban Thi đua - Khen thưởng",
    "Trung tâm Giám định y khoa",
    "Chi cục Phát triển nông thôn",
    "Trung tâm Giống cây trồng, vật nuôi và thủy sản",
    "Công ty Cổ phần Môi trường đô thị",
    "Tổng công ty Điện lực miền Trung",
    "Ủy ban Kiểm tra Tỉnh ủy",
    "Ban Nội chính Tỉnh ủy",
    "Hội Khuyến học tỉnh",
    "Trung tâm Cung ứng dịch vụ công",
    "Thi hành án dân sự tỉnh",
    "Bảo hiểm xã hội khu vực XXII",
    "Sở TN&MT",
    "Sở NN&PTNT",
    "Sở LĐ-TB&XH",
    "Sở GD&ĐT",
    "Sở VH, TT&DL",
    "Sở KH&ĐT",
    "Sở TT&TT",
    "Sở GTVT",
    "BHXH tỉnh",
    "KBNN tỉnh",
    "Đài PT-TH tỉnh",
    "BCH Quân sự tỉnh",
    "UBND huyện Mộ Đức",
    "UBMTTQ Việt Nam tỉnh",
    "Ban QLDA ĐTXD tỉnh",
    "Trung tâm CNTT-TT",
    "BQL Khu kinh tế",
    "Phòng TC-KH",
    "Phòng GD&ĐT huyện",
    "Chi cục TTBVTV",
)


def pool(which: str) -> list[str]:
    """The names of the pool's part ``which`` (``studied`` or ``held``), split by a fixed hash of each name."""
    return part(POOL, which, key=str)


_START = re.compile(r"^[A-ZĐÀ-Ỹ]")
# Before a name, words that fit only its own kind (``Chánh Văn phòng``, ``Bộ trưởng Bộ …``) or make it
# a kind of many (``các Sở Y tế``): such a name is not swapped.
_KIND_BEFORE = re.compile(r"(?:\b(?:[Cc]ác|Chánh|Bộ trưởng|Chủ tịch|Hiệu trưởng|Cục trưởng|Vụ trưởng|"
                          r"Viện trưởng|Chánh án|Tổng cục trưởng|Chi cục trưởng)\s+)$")


def swappable(name: str, text: str) -> bool:
    """A gold assignee printed as the gold gives it, naming one body (``Sở Y tế``, not ``các Sở``),
    nowhere after a word that fits only its own kind."""
    words = name.split()
    if _START.match(name) is None or len(words) < 2 or any(len(w) == 1 and w.islower() for w in words):
        return False  # a small letter alone: a name that lost letters ("Ch t ch y ban")
    found = list(re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text))
    return bool(found) and not any(_KIND_BEFORE.search(text[max(0, m.start() - 30):m.start()]) for m in found)


def _substitute(value: str, mapping: dict[str, str]) -> str:
    if not mapping:
        return value
    names = sorted(mapping, key=len, reverse=True)  # "Sở Y tế tỉnh" before "Sở Y tế"
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")
    return pattern.sub(lambda m: mapping[m.group(0)], value)


def renamed(text: str, tasks: list[dict], names: list[str], rng: random.Random,
            recipients: list[str] | None = None) -> tuple[str, list[dict], list[str]]:
    """The text, the gold tasks and the gold recipients with each swappable assignee swapped for a
    body of ``names`` (an addressee that is one of them too)."""
    recipients = recipients or []
    found = sorted({a for t in tasks for a in t.get("assignees", []) if swappable(a, text)})
    mapping = dict(zip(found, rng.sample(names, min(len(found), len(names)))))
    gold = [dict(t, text=_substitute(t["text"], mapping),
                 assignees=[_substitute(a, mapping) for a in t.get("assignees", [])]) for t in tasks]
    in_capitals = {k.upper(): v.upper() for k, v in mapping.items()}  # the same body in a header's capitals
    return (_substitute(_substitute(text, mapping), in_capitals), gold,
            [_substitute(r, mapping) for r in recipients])


def _recipients(counts, read: dict, gold: list[str], errors: list[str]) -> None:
    got, want = {_item(x) for x in read.get("recipients", [])}, {_item(x) for x in gold}
    if not _set(counts["recipients"], got, want):
        errors.append(f"recipients: missed {sorted(want - got)} extra {sorted(got - want)}")


def score(documents, part: str, seeds: int = 3, errors=None) -> dict:
    """Task scores of the documents as given and with their bodies swapped (``seeds`` draws each)."""
    from ..parse import parse_text, to_contract

    given, swapped = new_counts(), new_counts()
    names = pool(part)
    swaps = 0
    for doc in documents:
        text, gold, addressed = doc.text(), doc.gold().get("tasks", []), doc.gold().get("recipients", [])
        if not gold and not addressed:
            continue
        known: list[str] = []
        read = to_contract(parse_text(text).fields)
        _tasks(given, read["tasks"], gold, known)
        _recipients(given, read, addressed, known)
        for s in range(seeds):
            new_text, new_gold, new_addressed = renamed(text, gold, names, draw(doc.id, s), addressed)
            swaps += new_text != text
            lines: list[str] = []
            read = to_contract(parse_text(new_text).fields)
            _tasks(swapped, read["tasks"], new_gold, lines)
            _recipients(swapped, read, new_addressed, lines)
            lines = [line for line in lines if line not in known]  # not wrong as given already
            if lines and errors is not None:
                errors.append(f"== {doc.id} (draw {s})\n" + "".join(f"  {line}\n" for line in lines))
    keys = ("tasks", "tasks.count", "tasks.assignees", "tasks.deadline", "recipients")
    return {"given": {k: round(given[k].f1, 3) for k in keys},
            "swapped": {k: round(swapped[k].f1, 3) for k in keys},
            "documents swapped": swaps}


def main(argv: list[str] | None = None) -> int:
    args = parser(__doc__).parse_args(argv)
    from .split import development_documents

    errors: list[str] | None = [] if args.errors else None
    result = score(development_documents(args.shared), args.pool, args.seeds, errors)
    report(f"Development part, bodies swapped for the pool's {args.pool} part "
           f"({len(pool(args.pool))} names, {result['documents swapped']} swapped readings)", errors, result, "swapped", 18)
    return 0


if __name__ == "__main__":
    sys.exit(main())
