"""Bodies named by the work they do, as real text names them, put into the sentences a dispatch asks with.

    python -m dispatch_tools.evaluate.works_names [--pool studied|held] [--errors]

An unseen dispatch names bodies whose names hold verbs (``Trung tâm thanh toán bù trừ``, ``Ban chỉ đạo
quốc gia về phòng, chống thiên tai``, ``Ủy ban Quốc gia ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn``) or
syllables that read as verbs (``Hội đồng bầu cử quốc gia``, ``Trường trung cấp công lập``). :data:`NAMES`
were read by hand from the subjects of duty sentences of ``../shared/corpus`` (``<name> chủ trì``, ``<name> có
trách nhiệm``), keeping those whose name holds a verb of ``models/parse/task_verbs.txt``; each is put into
:data:`SENTENCES`, the shapes of a request, a list, a role and a partner, as the one item of a short
dispatch, and the task's assignees must be the names the sentence gives, in order.

The names are split by a fixed hash into a part whose errors were studied and a part held back
(:func:`name_part`). The sentence asking a partner to act right after the name (the fourth shape,
``phối hợp với <name> kiểm tra …``) reads two ways where the name is in small letters (``Hội đồng thẩm định
| kiểm tra``), and is kept as a shape the rules leave to the verb.
"""

from __future__ import annotations

import hashlib
import sys

NAMES = (
    "Bộ Giao thông vận tải", "Tổng công ty lưu ký và bù trừ chứng khoán Việt Nam", "Quỹ bảo lãnh tín dụng",
    "Ngân hàng giám sát", "Hội đồng quản lý", "Sở Giao thông vận tải", "Ban chủ nhiệm chương trình",
    "Trung tâm Mua sắm tập trung thuốc Quốc gia", "Cục Công tác đảng và công tác chính trị",
    "Cục Ứng dụng công nghệ thông tin", "Quỹ hợp tác xã", "Ngân hàng nhận ký quỹ",
    "Hội đồng quản trị Bảo hiểm tiền gửi Việt Nam", "Ban chỉ đạo quốc gia về phòng, chống thiên tai",
    "Cục Công nghệ thông tin và Dữ liệu tài nguyên môi trường", "Ngân hàng thanh toán", "Hội đồng thẩm định",
    "Cục Giám định nhà nước về chất lượng công trình xây dựng", "Trường giáo dưỡng", "Cục Kế hoạch và tài chính",
    "Hội đồng đại học công lập", "Văn phòng Chương trình", "Ban quản lý khu công nghệ cao",
    "Trung tâm giáo dục nghề nghiệp", "Thanh tra chuyên ngành dự trữ thuộc Tổng cục Dự trữ Nhà nước",
    "Cục Cảnh sát quản lý hành chính về trật tự xã hội", "Hội đồng tuyển chọn", "Ban Chỉ đạo phòng, chống khủng bố",
    "Hội đồng quản lý Bảo hiểm xã hội Việt Nam", "Hội đồng đấu giá tài sản", "Hội đồng phối hợp liên ngành địa phương",
    "Ban quản lý dự án", "Thanh tra liên ngành về phòng, chống mại dâm", "Văn phòng đăng ký đất đai",
    "Hội đồng trường của trường đại học công lập", "Cục Đăng kiểm Việt Nam", "Văn phòng con nuôi nước ngoài tại Việt Nam",
    "Bộ phận xử lý đơn", "Văn phòng Chương trình quốc gia", "Hội đồng xử lý rủi ro", "Hội đồng giám định y khoa",
    "Trường trung cấp công lập", "Trung tâm Thông tin tín dụng Quốc gia Việt Nam", "Ngân hàng cung ứng dịch vụ tài khoản",
    "Bộ phận tiếp nhận và trả kết quả", "Ban chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn cấp tỉnh",
    "Ủy ban Quốc gia ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn", "Ban quản lý khu bảo tồn biển",
    "Ủy ban tài chính, ngân sách của Quốc hội", "Hội đồng kiểm kê, phân loại tài sản",
    "Phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp", "Cục Quản lý tài nguyên nước", "Bộ phận kiểm soát nội bộ",
    "Trung tâm thanh toán bù trừ", "Hội đồng bầu cử quốc gia", "Ủy ban bầu cử", "Ban sáng lập quỹ", "Hội đồng quản lý quỹ",
    "Cục Cảnh sát phòng, chống tội phạm về môi trường", "Hội đồng thẩm định, phân loại phim", "Cục Y tế dự phòng",
    "Uỷ ban Quốc gia ứng phó sự cố thiên tai và tìm kiếm cứu nạn", "Ban chỉ đạo trung ương về phòng chống thiên tai",
    "Chi cục Hải quan quản lý cửa hàng miễn thuế", "Ban Chỉ đạo Trung ương về phòng chống thiên tai",
    "Ủy ban Quốc gia tìm kiếm cứu nạn", "Trung tâm Phòng, chống HIV/AIDS tỉnh", "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh",
    "Trung tâm Kiểm soát bệnh tật thành phố", "Ban Chỉ huy Phòng thủ dân sự tỉnh", "Trung tâm Dịch vụ việc làm tỉnh",
    "Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Trung tâm Giám định pháp y tỉnh",
    "Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm", "Trung tâm Quan trắc tài nguyên và môi trường",
    "Ban Chỉ đạo 35 Quân ủy Trung ương", "Hội đồng Phối hợp phổ biến, giáo dục pháp luật tỉnh",
    "Ban Vì sự tiến bộ của phụ nữ tỉnh", "Trung tâm Khuyến nông tỉnh", "Quỹ Hỗ trợ nông dân tỉnh",
)

# (sentence, the assignees it gives for the name N)
SENTENCES = (
    ("Giao {N} khẩn trương rà soát, báo cáo kết quả trước ngày 30/6/2026.", lambda n: [n]),
    ("Đề nghị {N}, Sở Tư pháp và các cơ quan liên quan thực hiện nghiêm.", lambda n: [n, "Sở Tư pháp", "các cơ quan liên quan"]),
    ("{N} phối hợp với Sở Nội vụ hướng dẫn thực hiện.", lambda n: [n, "Sở Nội vụ"]),
    ("Yêu cầu Sở Tư pháp phối hợp với {N} kiểm tra việc thực hiện.", lambda n: ["Sở Tư pháp", n]),
    ("Giao {N} chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện.", lambda n: [n, "các đơn vị liên quan"]),
    ("Sở Nội vụ, {N} và Ủy ban nhân dân các huyện căn cứ chức năng, nhiệm vụ triển khai thực hiện.",
     lambda n: ["Sở Nội vụ", n, "Ủy ban nhân dân các huyện"]),
    ("Đề nghị {N} có trách nhiệm báo cáo kết quả về Sở Nội vụ.", lambda n: [n]),
)
HEAD = "ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 1/UBND-VP\nV/v triển khai nhiệm vụ\nKính gửi: Các sở, ban, ngành.\n"


def name_part(name: str) -> str:
    """``studied`` or ``held``: the part a name is in (a fixed hash)."""
    return "studied" if int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "held"


def score(pool: str = "studied", errors: bool = False, out=sys.stdout) -> tuple[int, int]:
    """``(wrong, sentences)`` over the names of ``pool``; with ``errors`` each wrong reading is printed."""
    from ..parse import parse_text, to_contract

    wrong = total = 0
    for name in (n for n in NAMES if name_part(n) == pool):
        for shape, (sentence, gives) in enumerate(SENTENCES):
            tasks = to_contract(parse_text(HEAD + "1. " + sentence.format(N=name) + "\n").fields)["tasks"]
            got = tasks[0]["assignees"] if tasks else []
            total += 1
            if got != gives(name):
                wrong += 1
                if errors:
                    print(f"[{shape}] {name} -> {got}", file=out)
    return wrong, total


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pool", choices=("studied", "held"), default="studied")
    parser.add_argument("--errors", action="store_true", help="print each sentence read otherwise")
    args = parser.parse_args(argv)
    wrong, total = score(args.pool, args.errors)
    names = sum(name_part(n) == args.pool for n in NAMES)
    print(f"bodies named by their work, {args.pool} names ({names}): {total - wrong}/{total} sentences read right "
          f"({(total - wrong) / total:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
