"""``dispatch task``: the tasks of the office's register and their status (follow-up)."""

from __future__ import annotations

import argparse

from .arguments import add_register_option, existing_register
from ..i18n import _


def add(sub) -> None:
    p = sub.add_parser("task", help=_("list the register's tasks, or set a task's status"),
                       description=_("Without arguments (or `list`): every task of the office's "
                                   "register by due date, with its id and status. `set ID STATUS`: "
                                   "STATUS is chưa thực hiện, đang thực hiện or đã xong (also todo, "
                                   "doing, done); quá hạn is computed from the deadline."))
    p.add_argument("action", nargs="?", choices=["list", "set"], default="list")
    p.add_argument("task_id", nargs="?", type=int, metavar="ID", help=_("the task's id (see `list`)"))
    p.add_argument("status", nargs="?", metavar="STATUS", help=_("the new status"))
    p.add_argument("--all", action="store_true", help=_("also the tasks of duplicate entries"))
    add_register_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..errors import InputError
    from ..register import Register
    from ..register.listing import task_line, task_lines
    from ..register.text import LISTING

    register = Register(existing_register(args))
    if args.action == "list":
        print("\n".join(task_lines(register.tasks(include_duplicates=args.all))))
        return 0
    if args.task_id is None or not args.status:
        raise InputError(_("a task number and a status are needed: dispatch task set ID \"đã xong\""),
                         hint=_("`dispatch task list` gives the number of every task"))
    task = register.set_task_status(args.task_id, args.status)
    print(LISTING["set"].format(id=task.id, no=task.arrival_no, year=task.year, state=task.label))
    print(task_line(task))
    return 0
