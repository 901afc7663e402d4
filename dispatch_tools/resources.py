"""Where the shipped data lives: trained models and lexicons in ``models/``.

In a source checkout (and an editable install) ``models/`` sits beside the package; a wheel
carries it inside the package as ``dispatch_tools/models``. ``DISPATCH_MODELS`` overrides both.
"""

from __future__ import annotations

import os
import unicodedata
from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def models_dir() -> Path:
    env = os.environ.get("DISPATCH_MODELS")
    candidates = [Path(env)] if env else []
    candidates += [_PACKAGE / "models", _PACKAGE.parent / "models"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def model_path(*parts: str) -> Path:
    return models_dir().joinpath(*parts)


def data_lines(*parts: str) -> tuple[str, ...]:
    """The lines of a data file in ``models/`` (a word list, a lexicon), without comments and
    blank lines, in NFC."""
    text = model_path(*parts).read_text(encoding="utf-8")
    return tuple(unicodedata.normalize("NFC", raw.rstrip("\n")) for raw in text.splitlines()
                 if raw.strip() and not raw.lstrip().startswith("#"))


def data_words(*parts: str) -> frozenset[str]:
    """The first column (up to a tab) of each line of a data file in ``models/``: a word list
    whose lines may carry a count or a note after the word."""
    return frozenset(line.split("\t")[0] for line in data_lines(*parts))
