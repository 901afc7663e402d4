"""A seal's ring found where the circle search on a reduced copy puts its centre a few pixels off,
a seal's inner ring taken as the same seal, and a coloured seal whose ink runs into a note written
beside it: generated pages."""

from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageDraw

from dispatch_tools.ingest.image import remove_colour_ink
from dispatch_tools.ingest.seal import colour_seals, find_rings, outer_rings

CX, CY, R = 1240, 640, 235


def _page(ink, width: int = 9, inner: bool = True, note: bool = False, mode: str = "L") -> Image.Image:
    """A page with a seal ring (``width`` pixels thick, in ``ink``) and, inside it, an inner ring;
    ``note``: a hand-written note in the same ink running from the ring to the page's left edge."""
    page = Image.new(mode, (2480, 1400), 255 if mode == "L" else (255, 255, 255))
    draw = ImageDraw.Draw(page)
    draw.ellipse((CX - R, CY - R, CX + R, CY + R), outline=ink, width=width)
    if inner:
        draw.ellipse((CX - R + 48, CY - R + 48, CX + R - 48, CY + R - 48), outline=ink, width=5)
    if note:
        for k in range(12):  # strokes of writing, touching the ring's left side
            y = 300 + 60 * k
            draw.line([(40 + 80 * j, y + 25 * math.sin(j)) for j in range(13)], fill=ink, width=6)
    return page


def test_a_thin_grey_ring_is_found_when_the_candidate_centre_is_off():
    """The candidate comes 8 pixels off the 9-pixel ring's centre (as the circle search on a copy
    reduced four times gives it): the ring is found all the same, at its own centre."""
    gray = np.asarray(_page(88, inner=False))
    (ring,) = find_rings(gray, [(CX + 8.0, CY - 8.0, R + 6.0)])
    assert abs(ring[0] - CX) <= 3 and abs(ring[1] - CY) <= 3 and abs(ring[2] - R) <= 6
    assert not find_rings(np.asarray(Image.new("L", (2480, 1400), 255)), [(CX, CY, R)])


def test_the_inner_ring_is_the_same_seal():
    gray = np.asarray(_page(88))
    (ring,) = find_rings(gray, [(CX, CY, R), (CX + 2.0, CY, R - 48.0)])
    assert abs(ring[2] - R) <= 6
    assert outer_rings([(100.0, 100.0, 50.0), (300.0, 100.0, 50.0)]) == [(100.0, 100.0, 50.0), (300.0, 100.0, 50.0)]


def test_a_red_seal_touching_a_note_is_found_by_its_ring():
    """The seal's ink and the note's run together into one blob too wide for a seal: its ring
    gives the seal's box (where a value read under it gets a look)."""
    rgb = np.asarray(_page((205, 35, 45), note=True, mode="RGB"))
    before = np.asarray(Image.fromarray(rgb).convert("L"))
    (box,) = colour_seals(before, remove_colour_ink(rgb))
    assert abs(box[0] - (CX - R)) < 20 and abs(box[2] - (CX + R)) < 20 and abs(box[1] - (CY - R)) < 20
    alone = np.asarray(_page((205, 35, 45), mode="RGB"))
    (box,) = colour_seals(np.asarray(Image.fromarray(alone).convert("L")), remove_colour_ink(alone))
    assert abs(box[0] - (CX - R)) < 40


def test_the_sealed_variants_seal_is_drawn_at_its_size_on_the_sheet():
    """A page scanned at half the resolution carries the seal at half the pixels: the ring of the
    ``sealed`` variant (evaluate/scan_variants_stamped.py) is found at a seal's size either way."""
    from dispatch_tools.evaluate.scan_variants_stamped import sealed

    for width in (2480, 1240):
        page = Image.new("RGB", (width, int(width * 1.41)), "white")
        s = width / 2480
        box = (300 * s, 800 * s, 1900 * s, 860 * s)  # the subject's last line
        gray = np.asarray(sealed(page, 7, [box]).convert("L"))
        found = [r for r in find_rings(np.where(gray < 250, 120, 255).astype(np.uint8))]
        assert found, width
        assert 215 * s - 20 <= found[0][2] <= 250 * s + 20
