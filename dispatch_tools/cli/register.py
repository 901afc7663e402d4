"""``dispatch register export -o FILE.xlsx``: the office's register and follow-up book as XLSX
(Decree 30/2020/NĐ-CP, Appendix IV), one sheet each."""

from __future__ import annotations

import argparse

from .arguments import add_register_option, existing_register
from ..i18n import _


def add(sub) -> None:
    p = sub.add_parser("register", help=_("the office's register: export it as XLSX"))
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    e = actions.add_parser("export", help=_("write the register and the follow-up book (Appendix IV "
                                          "of Decree 30/2020/NĐ-CP) to one XLSX file, a sheet each"))
    e.add_argument("-o", "--output", required=True, help=_("output file (.xlsx)"))
    e.add_argument("--year", type=int, help=_("only this calendar year (default: every year)"))
    e.add_argument("--force", action="store_true", help=_("overwrite an existing output file"))
    add_register_option(e)
    e.set_defaults(func=run_export)


def run_export(args: argparse.Namespace) -> int:
    from ..errors import InputError
    from ..register import Register, export_xlsx
    from ..register.text import LISTING

    if not args.output.lower().endswith(".xlsx"):
        raise InputError(_("the exported file must end in .xlsx"), path=args.output,
                         hint=_("For example: dispatch register export -o so-den.xlsx"))
    register = Register(existing_register(args))
    out = export_xlsx(register, args.output, year=args.year, force=args.force)
    print(LISTING["exported"].format(entries=len(register.entries(args.year)), path=out))
    return 0
