"""``make eval`` also scores the documents through ``dispatch read`` (ingest, repair, parse), the path
a clerk's file takes, beside the text parsed as given."""

from dispatch_tools.evaluate import parse as evaluate_parse

TEXT = """ỦY BAN NHÂN DÂN
TỈNH AN BÌNH
Số: 12/UBND-VX
V/v bao cao ket qua
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Bình, ngày 05 tháng 3 năm 2025
Kính gửi: Sở Y tế.
Đề nghị Sở Y tế báo cáo kết quả trước ngày 20/3/2025.
"""


class _Doc:
    def __init__(self, path):
        self.id, self.text_path = "x", path


def test_a_document_is_read_as_dispatch_read_reads_it(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text(TEXT, encoding="utf-8")
    read = evaluate_parse._as_read([_Doc(path)])["x"]
    assert read["number"] == "12/UBND-VX" and read["date"] == "2025-03-05"
    # unlike the text as given, repair has put the lost marks back
    assert read["subject"] == "báo cáo kết quả"
    assert evaluate_parse._contract_of_text(TEXT)["subject"] == "bao cao ket qua"
