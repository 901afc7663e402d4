"""The messages of :mod:`argparse` itself (usage, section titles, command-line errors) in the
interface language.

argparse looks its messages up with the module-level ``_`` it imported from :mod:`gettext`; that
lookup is pointed at the toolkit's catalog. The messages are argparse's own, with its unnamed
placeholders: they are listed here so that the catalog extraction finds them.
"""

from __future__ import annotations

import argparse

from ..i18n import N_, catalog

MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("unrecognized arguments: %s"),
    N_("not allowed with argument %s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
)


def install() -> None:
    """Make argparse speak the current interface language (English stays argparse's own)."""
    argparse._ = lambda message: catalog().gettext(message)
