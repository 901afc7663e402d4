"""The order in which a page's unsure pieces are read a second time while its budget lasts.

The line recogniser's time grows with the width it reads (:mod:`.line_second`), so a page reads
only the pieces its :data:`.line_second.BUDGET` of columns pays for, and which come first decides
what is mended. Read least sure first, a seal's or a stamp's specks read at 0 to 60 come before
the signer's name read at 62 under the seal (``Đặng Văn Xinh`` for ``Minh``), and a name is what
the repair language model cannot mend afterwards (it knows a name no better than another). So a
piece of the signature block (over a seal's box or under it within :data:`UNDER_SEAL` word
heights: the signer's title and name, which offices print across or under the seal) and a piece
of the rest are read in turn, a piece of the signature block first, each kind least sure first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

Box = tuple[float, float, float, float]  # left, top, right, bottom, in pixels of the page read
Row = list

UNDER_SEAL = 3.0  # word heights under a seal's box that still belong to the signature block


def seal_boxes(info: dict, scale: float = 1.0) -> list[Box]:
    """The boxes of the seals :func:`.image.prepare` found (``info``: coloured ones as boxes,
    rings as centre and radius, in pixels of the page as given), in pixels of the page read
    (``scale``: its ``info["scaled"]``)."""
    boxes = [tuple(b) for b in info.get("colour_seals") or []]
    boxes += [(x - r, y - r, x + r, y + r) for key in ("seals", "black_seals") for x, y, r in info.get(key) or []]
    return [tuple(v * scale for v in box) for box in boxes]


def signed(piece: Sequence[Row], seals: Sequence[Box]) -> bool:
    """Does the piece lie in a signature block: across a seal's box, or under it within
    :data:`UNDER_SEAL` of its word heights?"""
    left, top = min(r[1] for r in piece), min(r[2] for r in piece)
    right, bottom = max(r[1] + r[3] for r in piece), max(r[2] + r[4] for r in piece)
    h = max(r[4] for r in piece)
    return any(right > x0 and left < x1 and bottom > y0 and top < y1 + UNDER_SEAL * h for x0, y0, x1, y1 in seals)


def ranked(pieces: list, conf: Callable[[list[Row]], float], seals: Sequence[Box] = ()) -> list:
    """``pieces`` (words, the line's words before them, after them) in the order they are read:
    a piece of a signature block (:func:`signed`), then one of the rest, in turn, each the least
    sure (``conf``) of its kind first; so the signature block never takes the whole budget (a seal
    stamped over the subject's last line has pieces of the body round it)."""
    kinds: tuple[list, list] = ([], [])
    for piece in sorted(pieces, key=lambda p: conf(p[0])):
        kinds[not signed(piece[0], seals)].append(piece)
    out = []
    for k in range(max(map(len, kinds), default=0)):
        out += [kind[k] for kind in kinds if k < len(kind)]
    return out
