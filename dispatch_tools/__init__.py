"""dispatch_tools: read Vietnamese official dispatches (công văn) and write what a clerk needs next.

    >>> from dispatch_tools import read
    >>> doc = read("samples/seed000.txt")
    >>> doc.fields.number
    '1690-CV/TĐTN-BTG'
"""

__version__ = "0.1.0"

from .errors import DispatchError  # noqa: E402
from .options import Options  # noqa: E402


def read(path, options=None, *, until="parse"):
    """Ingest, repair and parse a file; return the :class:`~dispatch_tools.model.Document`."""
    from .pipeline import read as _read

    return _read(path, options, until=until)


__all__ = ["DispatchError", "Options", "read", "__version__"]
