"""``dispatch register export -o FILE.xlsx``: the office's register and follow-up book as XLSX
(Decree 30/2020/NĐ-CP, Appendix IV), one sheet each. ``dispatch register set NUMBER``: fill in the
columns the clerk writes after registering (who receives it, when it was passed on, who signed
for it, notes, the reply's number)."""

from __future__ import annotations

import argparse

from .arguments import add_register_option, existing_register
from ..i18n import _


def add(sub) -> None:
    p = sub.add_parser("register", help=_("the office's register: export it as XLSX, or fill in the "
                                          "columns written after registering"))
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    e = actions.add_parser("export", help=_("write the register and the follow-up book (Appendix IV "
                                          "of Decree 30/2020/NĐ-CP) to one XLSX file, a sheet each"))
    e.add_argument("-o", "--output", required=True, help=_("output file (.xlsx)"))
    e.add_argument("--year", type=int, help=_("only this calendar year (default: every year)"))
    e.add_argument("--force", action="store_true", help=_("overwrite an existing output file"))
    add_register_option(e)
    e.set_defaults(func=run_export)
    _add_set(actions)


def _add_set(actions) -> None:
    s = actions.add_parser("set", help=_("fill in the register's later columns for one arrival "
                                         "number: who receives it, the date passed on, who signed "
                                         "for it, notes, the reply's number"))
    s.add_argument("arrival_no", type=int, metavar="NUMBER", help=_("the arrival number (số đến)"))
    s.add_argument("--year", type=int, help=_("the arrival number's year (default: this year)"))
    s.add_argument("--handler", help=_("the unit or person it goes to (Đơn vị hoặc người nhận)"))
    s.add_argument("--forwarded", metavar="DATE",
                   help=_("the date it was passed on (Ngày chuyển), day/month/year"))
    s.add_argument("--received-by", help=_("who signed for it (Ký nhận)"))
    s.add_argument("--note", action="append",
                   help=_("the office's note (Ghi chú), replacing the earlier ones; repeat it for "
                          "several, or give \"\" to clear them"))
    s.add_argument("--reply-number", help=_("the number and symbol of the reply"))
    add_register_option(s)
    s.set_defaults(func=run_set)


def run_export(args: argparse.Namespace) -> int:
    from ..errors import InputError
    from ..register import Register, export_xlsx
    from ..register.text import LISTING

    if not args.output.lower().endswith(".xlsx"):
        raise InputError(_("the exported file must end in .xlsx"), path=args.output,
                         hint=_("For example: dispatch register export -o so-den.xlsx"))
    register = Register(existing_register(args))
    out = export_xlsx(register, args.output, year=args.year, force=args.force)
    print(_(LISTING["exported"]).format(entries=len(register.entries(args.year)), path=out))
    return 0


def run_set(args: argparse.Namespace) -> int:
    import datetime as dt

    from ..errors import InputError
    from ..register import Register

    values = {"handler": args.handler, "forwarded_on": args.forwarded,
              "received_by": args.received_by, "reply_number": args.reply_number,
              "office_notes": args.note}
    if all(v is None for v in values.values()):
        raise InputError(_("nothing to set for arrival number %(no)s") % {"no": args.arrival_no},
                         hint=_("Give at least one of --handler, --forwarded, --received-by, "
                                "--note, --reply-number"))
    register = Register(existing_register(args))
    entry = register.find_arrival(args.arrival_no, args.year or dt.date.today().year)
    entry = register.update_entry(entry.id, **{k: (v.strip() if isinstance(v, str) else v)
                                               for k, v in values.items()})
    print(_("Arrival number %(no)s/%(year)s updated.") % {"no": entry.arrival_no, "year": entry.year})
    for label, value in ((_("received by the unit or person"), entry.handler),
                         (_("passed on"), _day(entry.forwarded_on)),
                         (_("signed for by"), entry.received_by),
                         (_("notes"), "; ".join(entry.notes)),
                         (_("reply"), entry.reply_number)):
        print(f"  {label}: {value or '—'}")
    return 0


def _day(value: str | None) -> str:
    from ..model import day_first

    return day_first(value) or ""
