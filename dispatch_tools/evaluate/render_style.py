"""The page style the renderer draws with: font, sizes, margins and the widths of the head's and
the foot's columns. The default is the official layout :mod:`.scan_renderer` has always drawn;
:mod:`.render_variants` draws the same documents in other fixed styles, to see whether a reading
rule holds on pages laid out otherwise.

    with render_style(Style(font="DejaVu Serif", size_delta=-1)):
        scan_like(text, folder, seed=7)
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

__all__ = ["Style", "DEFAULT", "current_style", "render_style"]


@dataclass(frozen=True)
class Style:
    font: str = "Times New Roman"
    size_delta: float = 0.0  # points added to every font size
    header_columns_mm: tuple[float, float] = (72, 103)
    foot_columns_mm: tuple[float, float] = (72, 98)
    left_mm: float = 30
    right_mm: float = 15
    line_spacing: float = 1.0

    @property
    def text_width_mm(self) -> float:
        return 210 - self.left_mm - self.right_mm

    def size(self, points: float) -> float:
        return points + self.size_delta


DEFAULT = Style()
_CURRENT: ContextVar[Style] = ContextVar("render_style", default=DEFAULT)


def current_style() -> Style:
    return _CURRENT.get()


@contextmanager
def render_style(style: Style) -> Iterator[Style]:
    """Draw with ``style`` inside the block (the default again after it)."""
    token = _CURRENT.set(style)
    try:
        yield style
    finally:
        _CURRENT.reset(token)
