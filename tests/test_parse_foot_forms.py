"""Foot and addressee mechanisms on made-up dispatches as a scan reads them (specks, columns read
one after the other, lines wrapped), one test per mechanism; wording unlike the development
documents'."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import document_from_text, parse_document, parse_text, to_contract
from dispatch_tools.parse.text import trim_item

HEAD = ("SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTỈNH LONG AN\nSố: 502/SKHCN-QLKH\nV/v đăng ký đề tài năm 2026\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nTân An, ngày 4 tháng 11 năm 2025\n\n")
BODY = "Kính gửi: Các sở, ban, ngành tỉnh.\n\nĐề nghị các đơn vị đăng ký đúng hạn./.\n\n"


def parse(text: str) -> dict:
    return to_contract(parse_text(text).fields)


def read_page(rows: list[tuple[str, str]]) -> dict:
    doc = document_from_text("\n".join(text for text, _ in rows))
    for line, (_, column) in zip(doc.pages[0].lines, rows):
        line.column = column
    return to_contract(parse_document(doc).fields)


def test_specks_before_the_distribution_label_and_the_authority_prefix():
    data = parse(HEAD + BODY + "-_ Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n__ KT. GIÁM ĐỐC\n- PHÓ GIÁM ĐỐC\n\nLâm Quốc Bảo\n")
    assert data["distribution"] == ["Như trên", "Lưu: VT"]
    assert data["signer"] == {"authority": "KT.", "capacity": "GIÁM ĐỐC", "title": "PHÓ GIÁM ĐỐC", "name": "Lâm Quốc Bảo"}


@pytest.mark.parametrize("block, title", [
    ("KT. CHỦ TỊCH\nPhó Chủ tịch.\n\n(Đã ký)\n\nLâm Quốc Bảo", "Phó Chủ tịch"),  # a speck after it
    ("KT. CHỦ TỊCH\nPHÓ-CHỦ TỊCH\n\nLâm Quốc Bảo", "PHÓ CHỦ TỊCH"),  # a space read as a dash
    ("TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG QUẢN LÝ KHOA HỌC VÀ\nÊ\nCÔNG NGHỆ\n\nLâm Quốc Bảo",
     "TRƯỞNG PHÒNG QUẢN LÝ KHOA HỌC VÀ CÔNG NGHỆ"),  # wrapped, a seal's speck between its lines
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nˆ\nÁN\n\nLâm Quốc Bảo", "PHÓ GIÁM ĐỐC"),  # a whole title takes no speck
])
def test_signer_titles_as_a_scan_reads_them(block, title):
    data = parse(HEAD + BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n" + block + "\n")
    assert (data["signer"]["title"], data["signer"]["name"]) == (title, "Lâm Quốc Bảo")


def test_distribution_entries_wrapped_in_capitals_and_merged_with_the_signature_column():
    rows = [("Nơi nhận:", "left"), ("- Các Sở: KH&ĐT, TC, NN&PTNT,", "left"), ("GTVT, TN&MT;", "left"),
            ("KT. GIÁM ĐỐC", "right"), ("- UBND các huyện, thị xã\tPHÓ GIÁM ĐỐC", "full"),
            ("và thành phố;", "left"), ("- Lưu: VT\t(Đã\tký)", "full"), ("Lâm Quốc Bảo", "right")]
    data = read_page([(line, "full") for line in (HEAD + BODY).split("\n")] + rows)
    assert data["distribution"] == ["Các Sở: KH&ĐT, TC, NN&PTNT, GTVT, TN&MT", "UBND các huyện, thị xã và thành phố",
                                    "Lưu: VT"]
    assert (data["signer"]["title"], data["signer"]["name"]) == ("PHÓ GIÁM ĐỐC", "Lâm Quốc Bảo")


def test_a_seals_specks_are_no_signers_name():
    data = parse(HEAD + BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nxa.\tTa.\n\nLâm Quốc Bảo\n")
    assert data["signer"]["name"] == "Lâm Quốc Bảo"


@pytest.mark.parametrize("raw, item", [
    ("- Như Điều 5;_", "Như Điều 5"),
    ("- Lưu: VT, QLKH. '", "Lưu: VT, QLKH"),
    ("- Lưu: VT, VP (03) 15. -", "Lưu: VT, VP (03) 15"),
    (": VPUB: CVP, PCVP,", "VPUB: CVP, PCVP"),
    ("—— Hội đồng khoa học tỉnh;", "Hội đồng khoa học tỉnh"),
])
def test_entries_lose_the_specks_around_them(raw, item):
    assert trim_item(raw) == item


def test_a_distribution_entry_keeps_the_comma_that_ends_it():
    """Entries are given as printed without a trailing ``;`` or ``.`` (``../shared/dev/README.md``): a
    government list's entry that goes on in the next (``- VPCP: BTCN, PCN Văn Trọng Lý,``) and a
    Party list's entries, which end with commas, keep theirs; the list's last entry, which ends with a
    full stop (a comma there is one misread), and the addressees lose theirs."""
    data = parse(HEAD + BODY + "Nơi nhận:\n- Như trên;\n- VPCP: BTCN, PCN Văn Trọng Lý,\n- Thường trực Tỉnh ủy (b/c),\n"
                 "- Lưu: VT, website,\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLâm Quốc Bảo\n")
    assert data["distribution"] == ["Như trên", "VPCP: BTCN, PCN Văn Trọng Lý,", "Thường trực Tỉnh ủy (b/c),",
                                    "Lưu: VT, website"]
    assert trim_item("- Sở Y tế, .", comma=True) == "Sở Y tế" and trim_item("- Sở Y tế,") == "Sở Y tế"
    # ``Như trên`` (the addressees above) is whole: a comma after it is its ``;`` misread
    data = parse(HEAD + BODY + "Nơi nhận:\n- Như trên,\n- VPCP: BTCN, PCN Văn Trọng Lý,\n- Lưu: VT, KH.\n\n"
                 "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLâm Quốc Bảo\n")
    assert data["distribution"] == ["Như trên", "VPCP: BTCN, PCN Văn Trọng Lý,", "Lưu: VT, KH"]


def test_addressees_with_the_right_header_column_between_them_and_a_dash_read_as_specks():
    rows = [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "left"), ("Số: 502/SKHCN-QLKH", "left"), ("Kính gửi:", "left"),
            ("- Các sở, ban, ngành tỉnh;", "left"), ("", "full"),
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "right"), ("Tân An, ngày 4 tháng 11 năm", "right"),
            ("2025", "right"), ("", "full"), ("_= UBND các huyện, thị xã, thành phố;", "full"),
            ("- Các trường đại học trên địa bàn.", "full"), ("", "full"),
            ("Thực hiện kế hoạch năm 2026, Sở đề nghị các đơn vị đăng ký.", "full")]
    data = read_page(rows)
    assert data["recipients"] == ["Các sở, ban, ngành tỉnh", "UBND các huyện, thị xã, thành phố",
                                  "Các trường đại học trên địa bàn"]


def test_one_addressee_wrapped_over_lines_with_blank_lines_between():
    text = HEAD + ("Kính gửi: Công ty Cổ phần Dược phẩm Miền Tây\n\n(Địa chỉ: số 12 đường 30/4, P. 1,\n\n"
                   "TP. Tân An, tỉnh Long An)\n\nTrả lời công văn của Công ty, Sở có ý kiến như sau.\n")
    assert parse(text)["recipients"] == [
        "Công ty Cổ phần Dược phẩm Miền Tây (Địa chỉ: số 12 đường 30/4, P. 1, TP. Tân An, tỉnh Long An)"]


def test_an_addressee_line_that_runs_into_the_body():
    text = HEAD + ("Kính gửi: Trưởng các phòng chuyên môn. Thực hiện\nkế hoạch năm 2026 của UBND tỉnh, Sở thông báo "
                   "như sau:\n1. Các phòng đăng ký đề tài.\n")
    assert parse(text)["recipients"] == ["Trưởng các phòng chuyên môn"]


def test_a_name_printed_in_capitals_but_not_a_seals_words():
    foot = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n{}\n"
    assert parse(HEAD + BODY + foot.format("ĐINH THỊ KIM OANH"))["signer"]["name"] == "Đinh Thị Kim Oanh"
    assert parse(HEAD + BODY + foot.format("TỈNH LONG AN"))["signer"]["name"] is None


def test_a_speck_before_the_bodys_first_paragraph_is_no_addressee():
    text = HEAD + ("Kính gửi: - Các huyện đoàn\n- Các đoàn cơ sở trực thuộc\n\n_ Căn cứ Kế hoạch công tác năm 2025 "
                   "của Tỉnh đoàn, Ban Thường vụ đề nghị như sau.\n")
    assert parse(text)["recipients"] == ["Các huyện đoàn", "Các đoàn cơ sở trực thuộc"]


def test_an_addressee_goes_on_after_a_lower_case_abbreviation_inside_a_bracket():
    text = HEAD + ("Kính gửi: Công ty TNHH Minh Phát (Đ/c: số 5 đường Trần Hưng Đạo, p. 2, q.\n"
                   "Bình Thạnh, TP. Hồ Chí Minh)\nTrả lời công văn của Công ty, Sở có ý kiến như sau.\n")
    assert parse(text)["recipients"] == ["Công ty TNHH Minh Phát (Đ/c: số 5 đường Trần Hưng Đạo, p. 2, q. "
                                         "Bình Thạnh, TP. Hồ Chí Minh)"]


@pytest.mark.parametrize("prefix, authority", [("K/T GIÁM ĐỐC", "KT."), ("T/M BAN GIÁM ĐỐC", "TM."),
                                               ("T.L GIÁM ĐỐC", "TL."), ("KT GIÁM ĐỐC", "KT.")])
def test_older_and_scanned_forms_of_the_authority_prefix(prefix, authority):
    data = parse(HEAD + BODY + f"Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n{prefix}\nPHÓ GIÁM ĐỐC\n\nLâm Quốc Bảo\n")
    assert data["signer"]["authority"] == authority
    assert (data["signer"]["title"], data["signer"]["name"]) == ("PHÓ GIÁM ĐỐC", "Lâm Quốc Bảo")


@pytest.mark.parametrize("raw, entry", [("- Lưu: VI, QLKH.", "Lưu: VT, QLKH"), ("- Lưu: VF.", "Lưu: VT"),
                                        ("- Lưu: V T, P.QLKH (2b).", "Lưu: VT, P.QLKH (2b)"),
                                        ("“Như trên;", "Như trên")])
def test_the_records_office_mark_and_a_quote_speck_as_a_scan_reads_them(raw, entry):
    data = parse(HEAD + BODY + f"Nơi nhận:\n- Các phòng;\n{raw}\n\nGIÁM ĐỐC\n\nLâm Quốc Bảo\n")
    assert data["distribution"] == ["Các phòng", entry]


def test_specks_after_a_header_line_leave_the_issuer():
    data = parse("ỦY BAN MTTQ VIỆT NAM:\nTỈNH LONG AN.\nBAN DÂN CHỦ - PHÁP LUẬT\nSố: 7/BDCPL\nV/v góp ý\n\n"
                 "Tân An, ngày 4 tháng 11 năm 2025\n\n" + BODY)
    assert (data["parent_issuer"], data["issuer"]) == ("ỦY BAN MTTQ VIỆT NAM TỈNH LONG AN", "BAN DÂN CHỦ - PHÁP LUẬT")


def test_a_second_authority_prefix_merged_onto_an_entry_and_its_capacity_wrapped():
    foot = ("Nơi nhận:\n\nTL. GIÁM ĐỐC\n- Như trên;\t\tKT. TRƯỞNG PHÒNG QUẢN LÝ KHOA\n- Lưu: VT, QLKH.\n\nHỌC\n"
            "PHÓ TRƯỞNG PHÒNG\n\nLâm Quốc Bảo\n")
    data = parse(HEAD + BODY + foot)
    assert data["signer"] == {"authority": "TL.", "capacity": "GIÁM ĐỐC", "title": "PHÓ TRƯỞNG PHÒNG", "name": "Lâm Quốc Bảo"}
    assert data["distribution"] == ["Như trên", "Lưu: VT, QLKH"]


@pytest.mark.parametrize("block, title", [
    ("TL. CHỦ TỊCH\nTRƯỞNG BAN\nBAN PHÁP CHẾ\n\nLâm Quốc Bảo", "TRƯỞNG BAN BAN PHÁP CHẾ"),  # the unit the title heads
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTHƯỜNG TRỰC\n\nLâm Quốc Bảo", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"),  # the rest of a title
    ("TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG\nLÂM QUỐC BẢO", "TRƯỞNG PHÒNG"),  # the name in capitals goes on no title
])
def test_a_title_over_two_lines_that_each_read_as_a_title(block, title):
    data = parse(HEAD + BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n" + block + "\n")
    assert (data["signer"]["title"], data["signer"]["name"]) == (title, "Lâm Quốc Bảo")


def test_a_signature_block_interleaved_line_by_line_with_the_distribution():
    foot = ("Nơi nhận:\nTM. BAN THƯỜNG VỤ\n- Như trên;\nHUYỆN ĐOÀN\n- Lưu: VP.\nBÍ THƯ\n- Thường trực Huyện ủy;\n"
            "VỤ TRƯỞNG\n- Các chi đoàn.\nLâm Quốc Bảo\n")
    data = parse(HEAD + BODY + foot.replace("VỤ TRƯỞNG\n", ""))
    assert data["signer"] == {"authority": "TM.", "capacity": "BAN THƯỜNG VỤ HUYỆN ĐOÀN", "title": "BÍ THƯ",
                              "name": "Lâm Quốc Bảo"}
    assert data["distribution"] == ["Như trên", "Lưu: VP", "Thường trực Huyện ủy", "Các chi đoàn"]
    foot = "Nơi nhận:\nTL. BỘ TRƯỞNG\n- Như trên;\nVỤ TRƯỞNG\n- Lưu: VT.\nVỤ PHÁP CHẾ\n- Các cục.\nLâm Quốc Bảo\n"
    data = parse(HEAD + BODY + foot)
    assert (data["signer"]["title"], data["signer"]["name"]) == ("VỤ TRƯỞNG VỤ PHÁP CHẾ", "Lâm Quốc Bảo")


def test_an_acting_heads_name_in_capitals_right_under_the_prefix():
    data = parse(HEAD + BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nQ. GIÁM ĐỐC\n\nLÂM QUỐC BẢO\n")
    assert data["signer"] == {"authority": "Q.", "capacity": "GIÁM ĐỐC", "title": None, "name": "Lâm Quốc Bảo"}


@pytest.mark.parametrize("block, title", [("GIÁM ĐỐC\n\nTRƯƠNG QUỐC BẢO", "GIÁM ĐỐC"),
                                          ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTRƯƠNG QUỐC BẢO", "PHÓ GIÁM ĐỐC")])
def test_a_name_in_capitals_whose_family_name_folds_like_a_title(block, title):
    data = parse(HEAD + BODY + block + "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    assert (data["signer"]["title"], data["signer"]["name"]) == (title, "Trương Quốc Bảo")


def test_a_bold_prefix_right_under_the_distribution_label_and_a_sentence_case_title_between_entries():
    foot = "Nơi nhận:\n**TL. GIÁM ĐỐC**\n- Như trên;\n**CHÁNH VĂN PHÒNG**\n- Các phòng;\nLâm Quốc Bảo\n- Lưu: VT.\n"
    data = parse(HEAD + BODY + foot)  # read without a failure
    assert data["signer"] == {"authority": "TL.", "capacity": "GIÁM ĐỐC", "title": "CHÁNH VĂN PHÒNG",
                              "name": "Lâm Quốc Bảo"}
    foot = "Nơi nhận:\nTM. Ban Thường vụ\n- Như trên;\nPhó Bí thư\n- Các chi đoàn;\nLâm Quốc Bảo\n- Lưu: VP.\n"
    data = parse(HEAD + BODY + foot)
    assert (data["signer"]["title"], data["signer"]["name"]) == ("Phó Bí thư", "Lâm Quốc Bảo")
    assert data["distribution"] == ["Như trên", "Các chi đoàn", "Lưu: VP"]


def test_an_entry_wrapped_over_lines_that_uses_semicolons_between_its_own_parts():
    """A dashed entry that goes on past a line ending in ``;`` and holds ``;`` inside is one list of
    its own: the dashless line after it goes on with it; a line whose dash OCR lost still opens one."""
    foot = ("Nơi nhận:\n- Như trên;\n- Văn phòng Sở: CVP, các PCVP: Lê An,\nTrần Bình; Phòng Tổng hợp;\n"
            "Phòng Kế hoạch, Tổ Thư ký;\nLưu: VT, KH.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLâm Quốc Bảo\n")
    assert parse(HEAD + BODY + foot)["distribution"] == [
        "Như trên", "Văn phòng Sở: CVP, các PCVP: Lê An, Trần Bình; Phòng Tổng hợp; Phòng Kế hoạch, Tổ Thư ký",
        "Lưu: VT, KH"]
    foot = "Nơi nhận:\n- Như trên;\n- UBND các huyện;\nSở Tài chính;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLâm Quốc Bảo\n"
    assert parse(HEAD + BODY + foot)["distribution"] == ["Như trên", "UBND các huyện", "Sở Tài chính", "Lưu: VT"]


@pytest.mark.parametrize("block, capacity, title", [
    ("KT. GIÁM ĐỐC, ( CHÁNH VĂN PHÒNG PHÓ CHÁNH\nVĂN PHÒNG", "GIÁM ĐỐC, CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"),
    ("KT. GIÁM ĐỐC PHÓ GIÁM\nĐỐC", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
    ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
])
def test_a_title_printed_after_the_capacity_on_its_line_and_wrapped(block, capacity, title):
    data = parse(HEAD + BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n" + block + "\n\nLâm Quốc Bảo\n")
    assert (data["signer"]["capacity"], data["signer"]["title"], data["signer"]["name"]) == (capacity, title, "Lâm Quốc Bảo")


def test_a_seals_word_glued_before_the_signers_own_title_goes():
    block = "TL. GIÁM ĐỐC\nKT. CHÁNH VĂN PHÒNG\nẤN PHÓ CHÁNH VĂN PHÒNG\n\nLâm Quốc Bảo"
    data = parse(HEAD + BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n" + block + "\n")
    assert data["signer"] == {"authority": "TL.", "capacity": "GIÁM ĐỐC", "title": "PHÓ CHÁNH VĂN PHÒNG",
                              "name": "Lâm Quốc Bảo"}


def test_the_rest_of_the_distribution_read_after_the_signature_column_and_its_specks():
    rows = [("Nơi nhận:", "left"), ("- Như trên;", "left"), ("- Các sở, ngành: Tài chính, Xây dựng,", "left"),
            ("KT. GIÁM ĐỐC", "right"), ("PHÓ GIÁM ĐỐC", "right"), ("q3", "right"), ("", "full"), ("®", "full"),
            ("Nội vụ, Y tế;", "left"), ("- UBND các huyện;", "left"), ("- Hội Nông dân tỉnh;", "left"),
            ("- Lưu: VT, QLKH.", "left"), ("", "full"), ("5?)", "right"), ("Lâm Quốc Bảo", "right")]
    data = read_page([(line, "full") for line in (HEAD + BODY).split("\n")] + rows)
    assert data["signer"] == {"authority": "KT.", "capacity": "GIÁM ĐỐC", "title": "PHÓ GIÁM ĐỐC",
                              "name": "Lâm Quốc Bảo"}
    assert data["distribution"][-1] == "Lưu: VT, QLKH"


def test_specks_beside_an_entry_give_way_to_a_name_that_opens_with_a_family_name():
    rows = [("Nơi nhận:", "left"), ("- Như trên;", "left"), ("- Sở Xây dựng;", "left"), ("", "full"),
            ("KT. GIÁM ĐỐC", "right"), ("PHÓ GIÁM ĐỐC", "right"), ("", "full"), ("- Sở Nội vụ;\tỞ\tta", "full"),
            ("- Lưu: VT, QLKH.", "left"), ("", "full"), ("Lâm Quốc Bảo", "right")]
    data = read_page([(line, "full") for line in (HEAD + BODY).split("\n")] + rows)
    assert data["signer"]["name"] == "Lâm Quốc Bảo"
    # a name that may be specks is still given when nothing surer follows
    assert parse(HEAD + BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nHy Văn Sáu\n")[
        "signer"]["name"] == "Hy Văn Sáu"


def test_a_name_alone_under_the_distribution_is_the_signers_and_no_entry():
    foot = ("Nơi nhận:\n- Như trên;\n- Sở Nội vụ;\n- Lưu: VT.\n\nLâm Quốc Bảo\n- UBND các huyện;\n"
            "- Lưu: VT, QLKH.\n")
    data = parse(HEAD + BODY + foot)
    assert data["signer"] == {"authority": None, "capacity": None, "title": None, "name": "Lâm Quốc Bảo"}
    assert "Lâm Quốc Bảo" not in data["distribution"]
    # two such names: neither is taken
    two = parse(HEAD + BODY + foot.replace("- Lưu: VT, QLKH.\n", "Lâm Quốc Bảo\nĐỗ Thị Hạnh\n"))
    assert two["signer"]["name"] is None


def test_a_signers_name_after_a_degree():
    block = "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\n\nThS. Lâm Quốc Bảo"
    data = parse(HEAD + BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n" + block + "\n")
    assert data["signer"]["name"] == "Lâm Quốc Bảo"
