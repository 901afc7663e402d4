"""Development documents re-drawn with longer heads, read through the OCR path.

    python -m dispatch_tools.evaluate.long_heads [--pool studied|held] [--fold A,B,C] [--style narrow]
    python -m dispatch_tools.evaluate.long_heads --errors [--pool studied] [--fold A,B,C]
    python -m dispatch_tools.evaluate.long_heads --show 110 [--pool studied]   # the repaired text

A page's head is drawn in a narrow left column: a long body's name wraps over two or three lines
there, and a long subject over three or four. The development documents' own heads are mostly
short, so the rules met few such wraps. This measure keeps each development document and writes
into it, where the text prints the gold's issuer, its parent body and its subject in its head, a
longer issuer (and parent) of :data:`LONG_SINGLE` or :data:`LONG_PAIRS` and a longer subject of
:data:`LONG_SUBJECTS` (one draw per document); the gold changes with them. Each rewritten
document is drawn as a scan (the renderings' layout, or ``--style narrow``: a narrower head column),
read by OCR, repaired and parsed, and its head fields are scored beside the same text parsed as
it is (the ``text`` column: what the text path makes of the rewritten head).

The pools are split once by a fixed hash (:func:`.swaps.pool_part`) into a part whose errors may be
studied and a part held back; the documents by development fold (A, B, C studied; D held back).
Only development documents are read. Pages and OCR are cached like the renderings'.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from .folds import fold_of, fold_option, ids_of
from .parse_score import Counts, _scalar
from .render_style import Style
from .split import development_documents
from .styled_reads import read_drawn, run_jobs
from .swaps import draw, part

VERSION = "1"  # bump to draw the pages again
DPI = 300
FIELDS = ("issuer", "parent_issuer", "subject", "number", "date", "place")
STYLES = {"rendered": Style(), "narrow": Style(header_columns_mm=(62, 113), left_mm=25, right_mm=20)}

# long issuers printed without a body above them
LONG_SINGLE = (
    "HỘI KHUYẾN HỌC VIỆT NAM TỈNH BÀ RỊA - VŨNG TÀU", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
    "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "ỦY BAN NHÂN DÂN HUYỆN PHONG ĐIỀN TỈNH THỪA THIÊN HUẾ",
    "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM TỈNH KIÊN GIANG", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM",
    "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HẢI PHÒNG",
    "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP VÀ KHU KINH TẾ TỈNH BẮC GIANG",
    "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH ĐỒNG THÁP", "ỦY BAN NHÂN DÂN XÃ PHƯỚC HẢI HUYỆN ĐẤT ĐỎ",
    "TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH THỪA THIÊN HUẾ", "HỘI CỰU CHIẾN BINH VIỆT NAM TỈNH NGHỆ AN",
    "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "ỦY BAN NHÂN DÂN QUẬN BÌNH THẠNH",
    "BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN TỈNH QUẢNG BÌNH",
    "HỘI NÔNG DÂN VIỆT NAM TỈNH SÓC TRĂNG", "ỦY BAN NHÂN DÂN THỊ XÃ KỲ ANH TỈNH HÀ TĨNH",
    "ỦY BAN AN TOÀN GIAO THÔNG QUỐC GIA", "BẢO HIỂM XÃ HỘI VIỆT NAM",
    "ỦY BAN NHÂN DÂN PHƯỜNG TÂN THUẬN ĐÔNG", "HỘI CHỮ THẬP ĐỎ VIỆT NAM THÀNH PHỐ ĐÀ NẴNG",
    "BAN QUẢN LÝ VƯỜN QUỐC GIA PHONG NHA - KẺ BÀNG", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH VĨNH LONG",
)
# (parent, issuer), both long
LONG_PAIRS = (
    ("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN"),
    ("UBND THÀNH PHỐ HẢI PHÒNG", "VĂN PHÒNG ỦY BAN NHÂN DÂN THÀNH PHỐ"),
    ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "CỤC QUẢN LÝ LAO ĐỘNG NGOÀI NƯỚC"),
    ("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"),
    ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CỤC THỦY LỢI"),
    ("UBND TỈNH THỪA THIÊN HUẾ", "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÁC CÔNG TRÌNH DÂN DỤNG VÀ CÔNG NGHIỆP"),
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ HÀ NỘI", "TRƯỜNG TRUNG HỌC PHỔ THÔNG CHUYÊN NGUYỄN HUỆ"),
    ("ỦY BAN NHÂN DÂN HUYỆN CỦ CHI", "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG"),
    ("BỘ Y TẾ", "BỆNH VIỆN TRUNG ƯƠNG QUÂN ĐỘI 108"),
    ("UBND TỈNH KHÁNH HÒA", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"),
    ("TỈNH ỦY BÌNH ĐỊNH", "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY"),
    ("BỘ TÀI CHÍNH", "CỤC QUẢN LÝ CÔNG SẢN"),
    ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP ĐỒNG NAI"),
    ("BỘ CÔNG AN", "CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI"),
    ("UBND QUẬN HOÀN KIẾM", "PHÒNG VĂN HÓA VÀ THÔNG TIN"),
    ("ĐẠI HỌC QUỐC GIA THÀNH PHỐ HỒ CHÍ MINH", "TRƯỜNG ĐẠI HỌC KHOA HỌC XÃ HỘI VÀ NHÂN VĂN"),
    ("UBND TỈNH AN GIANG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"),
    ("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ", "TRUNG TÂM XÚC TIẾN ĐẦU TƯ, THƯƠNG MẠI VÀ DU LỊCH"),
    ("BỘ GIAO THÔNG VẬN TẢI", "CỤC ĐƯỜNG BỘ VIỆT NAM"),
    ("UBND HUYỆN PHÚ QUỐC", "BAN QUẢN LÝ RỪNG PHÒNG HỘ VÀ ĐẶC DỤNG"),
)
LONG_SUBJECTS = (
    "triển khai thực hiện Kế hoạch tổ chức các hoạt động hưởng ứng Tháng hành động vì an toàn thực phẩm năm 2025 trên địa bàn tỉnh",
    "tăng cường công tác phòng, chống dịch bệnh sốt xuất huyết, tay chân miệng và các bệnh truyền nhiễm mùa mưa",
    "đôn đốc báo cáo kết quả thực hiện các chỉ tiêu phát triển kinh tế - xã hội sáu tháng đầu năm và phương hướng nhiệm vụ sáu tháng cuối năm",
    "góp ý dự thảo Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Đất đai về bồi thường, hỗ trợ, tái định cư",
    "hướng dẫn thực hiện chế độ, chính sách đối với cán bộ, công chức, viên chức và người lao động khi thực hiện sắp xếp tổ chức bộ máy",
    "đề nghị cung cấp thông tin, số liệu phục vụ xây dựng báo cáo tổng kết 10 năm thực hiện Chỉ thị của Ban Bí thư",
    "tổ chức kiểm tra, rà soát các cơ sở kinh doanh dịch vụ lưu trú, nhà hàng, karaoke về điều kiện an toàn phòng cháy, chữa cháy",
    "chủ động ứng phó với mưa lớn, lũ quét, sạt lở đất và ngập úng cục bộ tại các huyện miền núi phía Tây của tỉnh",
    "tiếp tục đẩy mạnh giải ngân vốn đầu tư công và thực hiện các chương trình mục tiêu quốc gia năm 2025",
    "triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia",
    "rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo và hộ có mức sống trung bình làm cơ sở thực hiện chính sách an sinh xã hội",
    "tổ chức các hoạt động kỷ niệm 80 năm Ngày Cách mạng tháng Tám thành công và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam",
    "tăng cường quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng trong mùa khô hanh năm 2025 - 2026",
    "hướng dẫn tổ chức kỳ thi tuyển sinh vào lớp 10 trung học phổ thông công lập và trường chuyên năm học 2025 - 2026",
    "đề nghị phối hợp xác minh thông tin về tình trạng pháp lý của các thửa đất thuộc dự án khu dân cư phía Bắc thị trấn",
    "thực hiện các giải pháp cấp bách phòng, chống bệnh dịch tả lợn châu Phi và bệnh cúm gia cầm trên địa bàn",
    "tổ chức tập huấn nghiệp vụ công tác văn thư, lưu trữ và ứng dụng hệ thống quản lý văn bản điều hành cho cán bộ cấp xã",
    "báo cáo tình hình thực hiện thủ tục hành chính trên môi trường điện tử và kết quả số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
    "tăng cường công tác bảo đảm trật tự, an toàn giao thông trong dịp nghỉ Tết Nguyên đán và mùa Lễ hội Xuân",
    "đăng ký nhu cầu đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2026 theo Kế hoạch của Ủy ban nhân dân tỉnh",
    "chấn chỉnh công tác tiếp công dân, giải quyết khiếu nại, tố cáo và kiến nghị, phản ánh của người dân tại cơ sở",
    "triển khai thi hành Luật Tổ chức chính quyền địa phương và các văn bản hướng dẫn về phân cấp, phân quyền, ủy quyền",
    "mời tham dự Hội nghị trực tuyến sơ kết công tác sáu tháng đầu năm và triển khai nhiệm vụ trọng tâm sáu tháng cuối năm",
    "thẩm định hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao và nông thôn mới kiểu mẫu năm 2025",
    "xây dựng dự toán ngân sách nhà nước năm 2026 và kế hoạch tài chính - ngân sách nhà nước ba năm 2026 - 2028",
    "phối hợp tuyên truyền, vận động nhân dân tham gia bảo hiểm xã hội tự nguyện và bảo hiểm y tế hộ gia đình",
    "kiểm tra việc chấp hành quy định về niêm yết giá, bán đúng giá niêm yết đối với mặt hàng xăng dầu, khí đốt",
    "lấy ý kiến góp ý đối với hồ sơ đề nghị xây dựng Nghị quyết của Hội đồng nhân dân tỉnh quy định mức chi hỗ trợ",
)


def _printed(value: str) -> str:
    return r"(?<!\w)" + r"\s+".join(re.escape(w) for w in value.split()) + r"(?!\w)"


def _first(text: str, pattern: str) -> re.Match | None:
    """The first place ``pattern`` is printed, when it is in the head (the first 40 lines)."""
    found = re.search(pattern, text)
    return found if found and text.count("\n", 0, found.start()) < 40 else None


def lengthened(text: str, gold: dict, head: tuple, subject: str) -> tuple[str, dict] | None:
    """The text and the gold with the issuer (and its parent, when the gold has one) and the
    subject written in (in capitals where the old one was printed so), and the issuer again where
    a line of its own repeats it (a decision's enacting line); None when the head does not
    print each of them (or they overlap)."""
    parent, issuer, old = gold.get("parent_issuer"), gold.get("issuer"), gold.get("subject")
    if not issuer or not old or len(old.split()) < 3 or bool(parent) != (len(head) == 2):
        return None
    if old.upper() == old:
        subject = subject.upper()
    wanted = [(issuer, head[-1]), (old, subject)] + ([(parent, head[0])] if parent else [])
    spans = []
    for was, now in wanted:
        found = _first(text, _printed(was))
        if found is None:
            return None
        spans.append((found.start(), found.end(), now))
    spans.sort()
    if any(a[1] > b[0] for a, b in zip(spans, spans[1:])):
        return None
    for start, end, value in reversed(spans):
        text = text[:start] + value + text[end:]
    # a decision's enacting line repeats the issuer's name on a line of its own
    text = re.sub(rf"(?m)^([ \t]*){_printed(issuer)}(?=[ \t]*$)", lambda m: m.group(1) + head[-1], text)
    new = dict(gold, issuer=head[-1], subject=subject)
    if parent:
        new["parent_issuer"] = head[0]
    return text, new


def rewritten(docs, which: str) -> dict[str, tuple[str, dict]]:
    """{document id: (text, gold)} of each development document that takes a longer head."""
    singles, pairs, subjects = part(LONG_SINGLE, which), part(LONG_PAIRS, which), part(LONG_SUBJECTS, which)
    out = {}
    for doc in docs:
        gold = doc.gold()
        rng = draw(doc.id, 0)
        head = rng.choice(pairs) if gold.get("parent_issuer") else (rng.choice(singles),)
        made = lengthened(doc.text(), gold, head, rng.choice(subjects))
        if made is not None:
            out[doc.id] = made
    return out


def read(doc_id: str, text: str, style: str):
    """The pipeline's document read from ``text`` drawn in ``style``."""
    return read_drawn("long-heads", doc_id, text, style, STYLES, VERSION, DPI)


def _job(job) -> tuple[str, str, dict]:
    from ..parse import to_contract
    from .parse import _contract_of_text

    doc_id, text, column, reader = job
    if column == "text":
        return column, doc_id, _contract_of_text(text)
    return column, doc_id, to_contract(reader(doc_id, text, column).fields)


def _bare(subject):
    return re.sub(r"^(?:V/v|Về\s+việc|VỀ\s+VIỆC)[:\s]*", "", subject or "").strip() or None


def score(made: dict, columns, jobs: int = 1, errors: list | None = None, reader=None,
          text_errors: bool = False) -> dict:
    """{column: {group: {field: F1}}} with the groups the folds and ``dev``; each page style read by
    ``reader`` (a module-level function, default :func:`read`); the text's errors listed with
    ``text_errors``."""
    work = [(i, made[i][0], c, reader or read) for c in columns for i in sorted(made)]
    reads: dict = {c: {} for c in columns}
    for column, doc_id, contract in run_jobs(_job, work, jobs):
        reads[column][doc_id] = contract
    result: dict = {}
    for column in columns:
        groups: dict = {}
        for doc_id in sorted(made):
            gold = made[doc_id][1]
            wrong = []
            for group in (fold_of(doc_id), "dev"):
                counts = groups.setdefault(group, {f: Counts() for f in FIELDS})
                for f in FIELDS:
                    got = reads[column][doc_id].get(f)
                    ok = _scalar(counts[f], _bare(got) if f == "subject" else got,
                                 _bare(gold.get(f)) if f == "subject" else gold.get(f))
                    if not ok and group == "dev":
                        wrong.append(f"  {f}: gold {gold.get(f)!r} got {got!r}\n")
            if wrong and errors is not None and (text_errors or column != "text"):
                errors.append(f"== {doc_id} ({fold_of(doc_id)}, {column})\n" + "".join(wrong))
        result[column] = {g: {f: round(c.f1, 3) for f, c in v.items()} for g, v in sorted(groups.items())}
    return result


def report(result: dict, readings: int, title: str, out=None) -> None:
    out = out or sys.stdout
    columns = list(result)
    print(f"{title} ({readings} documents)", file=out)
    for group in result[columns[0]]:
        print(f"\n{group:<16}" + "".join(f"{c:>10}" for c in columns), file=out)
        for f in FIELDS:
            print(f"  {f:<14}" + "".join(f"{result[c][group][f]:>10.3f}" for c in columns), file=out)
        mean = [sum(result[c][group].values()) / len(FIELDS) for c in columns]
        print(f"  {'mean':<14}" + "".join(f"{m:>10.3f}" for m in mean), file=out)


def head_options(ap: argparse.ArgumentParser, errors: str, show: str) -> None:
    """The options of the measures that draw the development heads (this one and :mod:`.reworded_heads`):
    the shared folder, the pool of names drawn from, the folds, the errors (``errors``: what they are),
    a document's text (``show``: how it is read) and the jobs."""
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[3] / "shared"))
    ap.add_argument("--pool", choices=("studied", "held"), default="studied")
    fold_option(ap)
    ap.add_argument("--errors", action="store_true", help=errors + " (folds A, B, C unless --fold says otherwise)")
    ap.add_argument("--show", metavar="ID", help=show)
    ap.add_argument("--jobs", type=int, default=1)


def chosen_documents(args: argparse.Namespace) -> list:
    """The development documents of ``--fold``; with ``--errors`` or ``--show`` and no fold named, those
    of the studied folds only (fold D is held back)."""
    folds = args.fold
    if (args.errors or args.show) and folds is None:
        folds = ["A", "B", "C"]
    return development_documents(Path(args.shared), ids_of(folds) if folds else None)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    head_options(ap, "print the head fields the OCR path reads wrong",
                 "print the repaired text of this document (first style)")
    ap.add_argument("--style", choices=tuple(STYLES), action="append",
                    help="the page styles to draw (default: all)")
    args = ap.parse_args(argv)
    styles = tuple(args.style or STYLES)
    docs = chosen_documents(args)
    made = rewritten(docs, args.pool)
    if args.show:
        if args.show not in made:
            print(f"long_heads: error: {args.show} takes no longer head", file=sys.stderr)
            return 2
        print(read(args.show, made[args.show][0], styles[0]).text)
        return 0
    errors: list | None = [] if args.errors else None
    result = score(made, ("text",) + styles, args.jobs, errors)
    for block in errors or []:
        print(block, end="")
    report(result, len(made), f"Development part, heads lengthened from the pools' {args.pool} part")
    return 0


if __name__ == "__main__":
    sys.exit(main())
