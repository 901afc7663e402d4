"""The order in which a page's unsure pieces are read a second time (ingest/line_order.py): the
signature block's first, then the least sure, as long as the page's budget lasts."""

from dispatch_tools.ingest import line_order, line_second


def _words(*pairs, left=50, top=100, line=1):
    """Rows for (word, confidence) pairs, left to right on one line."""
    out, x = [], left
    for word, conf in pairs:
        out.append([word, x, top, 18 * len(word), 40, conf, 1, 1, line])
        x += 18 * len(word) + 20
    return out


SEAL = (700.0, 300.0, 1100.0, 700.0)  # a seal's box over the signer's title, the name printed under it
BODY = _words(("các", 96), ("cơ", 96), ("quan", 96), ("đây", 40), ("mạnh", 96), ("thực", 96), top=100, line=1)
NAME = _words(("Đặng", 96), ("Văn", 95), ("Xinh", 62), left=760, top=740, line=2)


def _read(rows, budget, seals=()):
    return [[r[0] for r in seg] for seg, _, _ in line_second.unsure_lines(rows, budget, seals)]


def test_the_signers_name_under_a_seal_is_read_before_less_sure_words():
    """Least sure first, a page's budget goes to the body's words read at 40 and the name read at
    62 under the seal (``Xinh`` for ``Minh``), which the repair cannot mend, is left."""
    rows = BODY + NAME
    budget = max(line_second.columns(NAME[1:]), line_second.columns(BODY[2:5]))  # one piece or the other
    assert _read(rows, budget) == [["quan", "đây", "mạnh"]]
    assert _read(rows, budget, [SEAL]) == [["Văn", "Xinh"]]
    assert _read(rows, None, [SEAL]) == [["Văn", "Xinh"], ["quan", "đây", "mạnh"]]


def test_the_signature_block_and_the_rest_are_read_in_turn():
    """A seal stamped over a subject's last line has body words round it: they do not take the
    whole budget before the least sure words elsewhere."""
    title = _words(("CHỦ", 96), ("TỊCH", 96), ("xã", 30), left=760, top=450, line=3)
    rows = BODY + NAME + title
    assert _read(rows, None, [SEAL]) == [["TỊCH", "xã"], ["quan", "đây", "mạnh"], ["Văn", "Xinh"]]


def test_a_piece_across_a_seal_or_just_under_it_is_in_the_signature_block():
    assert line_order.signed(NAME, [SEAL])
    assert line_order.signed(_words(("CHỦ", 80), ("TỊCH", 96), left=760, top=450), [SEAL])
    assert not line_order.signed(_words(("Nơi", 80), ("nhận:", 96), left=60, top=740), [SEAL])  # beside it
    assert not line_order.signed(_words(("Đặng", 80), left=760, top=900), [SEAL])  # five lines under it
    assert not line_order.signed(NAME, [])


def test_seal_boxes_are_given_in_pixels_of_the_page_read():
    info = {"colour_seals": [(10.0, 20.0, 30.0, 40.0)], "seals": [(100.0, 200.0, 50.0)], "scaled": 2.0}
    assert line_order.seal_boxes(info, info["scaled"]) == [(20.0, 40.0, 60.0, 80.0), (100.0, 300.0, 300.0, 500.0)]
    assert line_order.seal_boxes({}) == []
