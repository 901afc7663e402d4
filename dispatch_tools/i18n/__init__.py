"""The language of what a person reads: Vietnamese by default, English when asked for.

Messages are written in English in the code, marked with :func:`_` (or :func:`ngettext`), and
translated in the gettext catalog ``locale/vi/LC_MESSAGES/dispatch_tools.po`` shipped with the
package. The catalog is compiled in memory with Babel the first time it is needed, so there is no
compiled file to keep in step with it.

The language is, in order: the one set with :func:`set_language` (the ``--ui-lang`` option);
English when the first of ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set starts
with ``en``; Vietnamese otherwise (also for ``C`` and ``POSIX``).

The text of the Decree 30 documents (register columns, slip, checklist, reply draft) is
Vietnamese document text, not interface text: it is never marked.

Messages with values use named placeholders, ``_("%(file)s: not found") % {"file": path}``.
"""

from __future__ import annotations

import gettext
import io
import os
import threading
from pathlib import Path

DOMAIN = "dispatch_tools"
LOCALE_DIR = Path(__file__).parent / "locale"
LANGUAGES = ("vi", "en")
DEFAULT = "vi"
ENV_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_chosen: str | None = None
_catalogs: dict[str, gettext.NullTranslations] = {}
_lock = threading.Lock()


def set_language(language: str | None) -> None:
    """Use ``language`` ("vi" or "en") from now on; ``None`` goes back to the environment's."""
    global _chosen
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"unknown interface language {language!r} (known: {', '.join(LANGUAGES)})")
    _chosen = language


def language_from_environment(environ=None) -> str:
    """``en`` when the first locale variable that is set starts with ``en``, else ``vi``."""
    environ = os.environ if environ is None else environ
    for name in ENV_VARIABLES:
        value = environ.get(name, "")
        if name == "LANGUAGE":
            value = value.split(":")[0]
        if value:
            return "en" if value.lower().startswith("en") else DEFAULT
    return DEFAULT


def current_language() -> str:
    return _chosen or language_from_environment()


def catalog(language: str | None = None) -> gettext.NullTranslations:
    """The translations of ``language`` (default: the current one); English is the msgids."""
    language = language or current_language()
    with _lock:
        if language not in _catalogs:
            _catalogs[language] = _load(language)
        return _catalogs[language]


def _load(language: str) -> gettext.NullTranslations:
    po = LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    if language == "en" or not po.is_file():
        return gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as f:
        messages = read_po(f, locale=language, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, messages, use_fuzzy=False)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def _(message: str) -> str:
    """``message`` in the current language."""
    return catalog().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n``, in the current language."""
    return catalog().ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks ``message`` for the catalog without translating it yet (translated where shown)."""
    return message


def number(value: int) -> str:
    """A whole number with the current language's thousands separator (1.000.000 or 1,000,000)."""
    text = f"{value:,}"
    return text.replace(",", ".") if current_language() == "vi" else text


def decimal(value: float) -> str:
    """A number as short as it can be written, with the current language's decimal mark (0,8 or 0.8)."""
    text = f"{value:g}"
    return text.replace(".", ",") if current_language() == "vi" else text


__all__ = ["_", "N_", "ngettext", "number", "decimal", "set_language", "current_language",
           "language_from_environment", "catalog", "LANGUAGES"]
