"""The restyled list markers of evaluate.marker_styles change only the markers at the starts of lines."""

from dispatch_tools.evaluate.marker_styles import STYLES

PAGE = "Đề nghị các đơn vị:\n1. Rà soát hồ sơ;\n- Báo cáo trước ngày 1/6/2025.\na) Gửi Sở 1.500 bản.\n"


def test_each_style_moves_only_markers():
    assert STYLES["1. as 1/"](PAGE) == PAGE.replace("1. Rà", "1/ Rà")
    assert STYLES["1. as I."](PAGE) == PAGE.replace("1. Rà", "I. Rà")
    assert STYLES["1. as 2.1"](PAGE) == PAGE.replace("1. Rà", "2.1 Rà")
    assert STYLES["dash *"](PAGE) == PAGE.replace("- Báo", "* Báo")
    assert STYLES["dash 1."](PAGE) == PAGE.replace("- Báo", "1. Báo")
    assert STYLES["a) as a."](PAGE) == PAGE.replace("a) Gửi", "a. Gửi")
    assert STYLES["no-markers"](PAGE) == "Đề nghị các đơn vị:\nRà soát hồ sơ;\nBáo cáo trước ngày 1/6/2025.\nGửi Sở 1.500 bản.\n"
