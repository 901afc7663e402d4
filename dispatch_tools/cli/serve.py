"""``dispatch serve``: the local web app for clerks."""

from __future__ import annotations

import argparse
import logging
import os
import secrets
import sqlite3
import sys
from pathlib import Path

from ..errors import InputError, OutputError
from .arguments import add_ingest_options, add_register_option, options_from
from ..i18n import N_, _

DEFAULT_PORT = 8750


def add(sub) -> None:
    p = sub.add_parser("serve", help=_("start the web app for clerks on this machine "
                                     "(upload, check and correct, download)"))
    p.add_argument("--host", default="127.0.0.1",
                   help=_("address to listen on (default 127.0.0.1: this machine only; any other "
                        "address requires a token)"))
    p.add_argument("--port", type=int, default=DEFAULT_PORT,
                   help=_("port to listen on (default %(port)s; 0 picks a free one)") % {"port": DEFAULT_PORT})
    p.add_argument("--data", help=_("folder for the database, the uploads and the unit profile "
                                  "(default ~/.local/share/dispatch_tools)"))
    p.add_argument("--token", help=_("require this token on every request (generated and printed "
                                   "when --host is not a loopback address)"))
    p.add_argument("--profile", help=_("unit profile (TOML) used until one is saved on the profile page"))
    add_register_option(p, _("the office's register each upload is added to (shared with "
                             "`dispatch batch`)"))
    p.add_argument("--max-upload-mb", type=int, default=50,
                   help=_("refuse uploaded files larger than this (default 50 MB)"))
    add_ingest_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from werkzeug.serving import make_server

    from ..web import create_app, default_data_dir
    from ..web.app import is_loopback

    data = Path(args.data).expanduser() if args.data else default_data_dir()
    _check_data_folder(data)
    token = args.token
    if not token and not is_loopback(args.host):
        token = secrets.token_urlsafe(24)
    if args.profile and not Path(args.profile).is_file():
        raise InputError(_("profile not found"), path=args.profile,
                         hint=_("Create one with: %(command)s")
                         % {"command": f"dispatch init-profile {args.profile}"})
    try:
        app = create_app(data, token=token, options=lambda: options_from(args), profile=args.profile,
                         max_mb=args.max_upload_mb, register=args.register)
    except (OSError, sqlite3.Error) as exc:
        raise OutputError(_("the data folder cannot be used (%(error)s)") % {"error": exc}, path=data,
                          hint=_(DATA_HINT)) from exc
    _remove_temporaries(app.extensions["dispatch_store"])
    logging.getLogger("werkzeug").setLevel(logging.INFO if args.verbose else logging.WARNING)
    try:
        server = make_server(args.host, args.port, app, threaded=True)
    except OSError as exc:
        raise InputError(_("cannot listen on %(address)s (%(error)s)")
                         % {"address": f"{args.host}:{args.port}", "error": exc.strerror or exc},
                         hint=_("Another program may use this port: choose one with --port")) from exc
    host = f"[{args.host}]" if ":" in args.host else args.host
    address = f"http://{host}:{server.port}/"
    print(_("dispatch serve: open %(address)s") % {"address": address + (f"?token={token}" if token else "")},
          flush=True)
    print(_("  data folder: %(folder)s") % {"folder": data}, flush=True)
    print(_("  register:    %(path)s") % {"path": app.extensions["dispatch_register"].path}, flush=True)
    if token:
        print(_("  every request needs the token: open the address above once in the browser"), flush=True)
    print(_("  stop with Ctrl+C"), flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print(_("dispatch serve: stopped"), file=sys.stderr)
    finally:
        server.server_close()
    return 0


DATA_HINT = N_("Choose another folder with --data, or make this one writable (ls -ld shows who may write)")


def _check_data_folder(data: Path) -> None:
    """The data folder exists (made when missing) and can be written."""
    try:
        data.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(_("cannot create the data folder (%(error)s)") % {"error": exc.strerror or exc},
                          path=data, hint=_(DATA_HINT)) from exc
    probe = data / f".write-probe-{os.getpid()}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise OutputError(_("the data folder is not writable (%(error)s)") % {"error": exc.strerror or exc},
                          path=data, hint=_(DATA_HINT)) from exc


def _remove_temporaries(store) -> None:
    """Remove what a server killed while receiving an upload or saving the profile left in the
    data folder. Another server may use the folder too: only files no running writer can still
    be writing go."""
    from ..generate.files import STALE_SECONDS, remove_temporaries
    from ..web.profile_form import temporary_names
    from ..web.uploads import INCOMING_NAME

    remove_temporaries(store.folder, names=temporary_names(store.profile_path), older_than=STALE_SECONDS)
    remove_temporaries(store.uploads, names=INCOMING_NAME, older_than=STALE_SECONDS)
