"""``dispatch init-profile [PATH]``: a commented example profile of your unit to fill in."""

from __future__ import annotations

import argparse
from ..i18n import _


def add(sub) -> None:
    p = sub.add_parser("init-profile", help=_("write a commented example profile of your unit (TOML)"))
    p.add_argument("path", nargs="?", default="dispatch-profile.toml",
                   help=_("where to write it (default ./dispatch-profile.toml)"))
    p.add_argument("--force", action="store_true", help=_("overwrite an existing file"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..generate.profile import write_example

    path = write_example(args.path, force=args.force)
    print(_("wrote %(file)s: fill in your unit, then pass --profile %(file)s "
            "(or keep it as ./dispatch-profile.toml)") % {"file": path})
    return 0
