"""The Flask application: configuration, safety checks on every request and error pages.

Safety (issue 7):
- bound to 127.0.0.1 by default; then only requests naming a loopback host are served (no DNS
  rebinding). Bound elsewhere, a token is required on every request (a link ``?token=…`` once,
  then a cookie; or the ``X-Dispatch-Token`` header).
- forms and uploads are accepted only from the app's own pages (the ``Origin``, else the
  ``Referer``, must be this site), so another web site cannot post to it.
- uploads are limited in size, their kind is decided by content, and they are stored under the
  SHA-256 of their content; the user's file name is only shown.
- Jinja escapes everything; the document text is escaped by the view's renderer; a strict
  Content-Security-Policy allows only the app's own scripts, styles and images.
"""

from __future__ import annotations

import datetime as dt
import hmac
import ipaddress
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from flask import Flask, abort, redirect, render_template, request
from werkzeug.exceptions import HTTPException

from .. import i18n
from ..i18n import N_, _
from ..model import day_first
from ..options import Options
from ..register import Register, default_data_dir, default_path
from .store import Store
from .background import Worker

LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
TOKEN_COOKIE = "dispatch_token"


def is_loopback(host: str) -> bool:
    """Whether an address to listen on is this machine only (else every request needs a token)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False




def _secret_key(folder: Path) -> bytes:
    """The key signing session cookies (for the messages after a save), kept across restarts."""
    path = folder / "secret.key"
    try:
        return path.read_bytes()
    except FileNotFoundError:
        key = secrets.token_bytes(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(key)
        return key


def create_app(data_dir: str | os.PathLike | None = None, *, token: str | None = None,
               options: Callable[[], Options] = Options, profile: str | None = None,
               max_mb: int = 50, start_worker: bool = True,
               register: str | os.PathLike | None = None) -> Flask:
    """The app over the data folder ``data_dir``. ``token``: required on every request when set.
    ``options``: makes the pipeline's options for each dispatch. ``profile``: the unit profile
    to use until one is saved on the profile page. ``register``: the office's register (SQLite)
    each finished upload is added to; by default the one ``dispatch batch`` uses."""
    folder = Path(data_dir) if data_dir else default_data_dir()
    store = Store(folder)
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=_secret_key(store.folder),
        MAX_FILE_BYTES=max_mb * 1024 * 1024,
        # the form without JavaScript may send several files at once
        MAX_CONTENT_LENGTH=10 * max_mb * 1024 * 1024 + 1024 * 1024,
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_HTTPONLY=True,
        DISPATCH_TOKEN=token,
        DISPATCH_PROFILE=profile,
        JSON_AS_ASCII=False,
    )
    app.json.ensure_ascii = False
    app.extensions["dispatch_store"] = store
    app.extensions["dispatch_register"] = reg = Register(register or default_path())
    worker = Worker(store, options, reg)
    app.extensions["dispatch_worker"] = worker
    if start_worker:
        worker.start()

    from .follow_up import bp as follow_up
    from .views import bp

    app.register_blueprint(bp)
    app.register_blueprint(follow_up)
    _install_safety(app)
    _install_errors(app)
    _install_filters(app)
    _install_language(app)
    return app


# --------------------------------------------------------------------------- language


# What the page's script says, in the interface language (handed to it in the page).
SCRIPT_TEXT = {
    "uploading": N_("Uploading…"),
    "error": N_("Error %(status)s"),
    "offline": N_("The file could not be sent (the connection to the program was lost?)."),
    "open": N_("Open"),
    "open_duplicate": N_("Already in the list: open"),
    "done": N_("Processed"),
    "done_number": N_("Processed: number %(number)s"),
    "open_dispatch": N_("Open the dispatch"),
    "failed": N_("Could not be processed: %(error)s"),
    "details": N_("See the details"),
    "page": N_("%(stage)s: page %(done)s/%(total)s"),
}


def _install_language(app: Flask) -> None:
    """Templates speak the interface language (:mod:`dispatch_tools.i18n`): Jinja's i18n
    extension with ``_``/``ngettext`` looked up in the project's catalog at every call, so that
    the language chosen by ``--ui-lang`` or the locale is the one of each page; ``<html lang>``
    follows it."""
    app.jinja_env.add_extension("jinja2.ext.i18n")
    app.jinja_env.policies["ext.i18n.trimmed"] = True
    app.jinja_env.install_gettext_callables(
        gettext=lambda message: i18n.catalog().gettext(message),
        ngettext=lambda singular, plural, n: i18n.catalog().ngettext(singular, plural, n),
        newstyle=True)

    @app.context_processor
    def language():
        return {"ui_language": i18n.current_language(),
                "script_text": {key: _(text) for key, text in SCRIPT_TEXT.items()}}


# --------------------------------------------------------------------------- safety


def _same_origin(value: str | None) -> bool:
    if not value:
        return False
    parts = urlsplit(value)
    return f"{parts.scheme}://{parts.netloc}" == request.host_url.rstrip("/")


def _install_safety(app: Flask) -> None:
    @app.before_request
    def check():
        token = app.config["DISPATCH_TOKEN"]
        host = request.host.rsplit(":", 1)[0] if not request.host.endswith("]") else request.host
        if not token and host not in LOOPBACK:
            abort(403, description="host")
        if token:
            given = (request.headers.get("X-Dispatch-Token") or request.cookies.get(TOKEN_COOKIE)
                     or request.args.get("token"))
            if not given or not hmac.compare_digest(given.encode(), token.encode()):
                abort(403, description="token")
            if request.method == "GET" and "token" in request.args:
                args = {k: v for k, v in request.args.items() if k != "token"}
                from urllib.parse import urlencode

                target = request.path + (("?" + urlencode(args)) if args else "")
                response = redirect(target)
                response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="Strict")
                return response
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            origin = request.headers.get("Origin")
            if origin is not None and origin != "null":
                if not _same_origin(origin):
                    abort(403, description="origin")
            elif not _same_origin(request.headers.get("Referer")):
                abort(403, description="origin")
        return None

    @app.after_request
    def headers(response):
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
            "frame-ancestors 'none'")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response


# --------------------------------------------------------------------------- errors

ERROR_PAGES = {
    400: (N_("Bad request"), N_("The web page did not understand this request. Go back and try again.")),
    403: (N_("Not allowed"), N_("This request is refused.")),
    404: (N_("Not found"), N_("There is no such page or dispatch. The dispatch may have been deleted.")),
    405: (N_("Not allowed"), N_("This page does not take this kind of request.")),
    413: (N_("File too large"), N_("The uploaded file is over the size limit. Split the file or upload "
                                   "one file at a time.")),
    500: (N_("Program error"), N_("An internal error happened. The saved data is not affected; go back "
                                  "to the list and try again.")),
}
FORBIDDEN = {
    "token": N_("An access code is needed: open the very address with the code (token) printed when "
                "“dispatch serve” started."),
    "host": N_("This page is served on this machine only (127.0.0.1 or localhost)."),
    "origin": N_("This form must be sent from the program's own page. Reload the page and try again."),
}


def _install_errors(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        code = exc.code or 500
        if code in ERROR_PAGES:
            title, text = (_(t) for t in ERROR_PAGES[code])
        else:
            title, text = exc.name, exc.description or ""
        if code == 403 and exc.description in FORBIDDEN:
            text = _(FORBIDDEN[exc.description])
        elif code == 413:
            limit = app.config["MAX_FILE_BYTES"] // (1024 * 1024)
            text = f"{text} " + _("Limit: %(mb)s MB per file.") % {"mb": limit}
        if _wants_json():
            return {"error": title, "detail": text}, code
        return render_template("error.html", code=code, title=title, text=text), code

    @app.errorhandler(Exception)
    def internal_error(exc: Exception):
        app.logger.exception("internal error")
        title, text = (_(t) for t in ERROR_PAGES[500])
        if _wants_json():
            return {"error": title, "detail": text}, 500
        return render_template("error.html", code=500, title=title, text=text), 500


def _wants_json() -> bool:
    return (request.headers.get("X-Requested-With") == "fetch"
            or request.path.endswith("/status"))


# --------------------------------------------------------------------------- template filters


def _install_filters(app: Flask) -> None:
    @app.template_filter("vndate")
    def vndate(value) -> str:
        return day_first(value) or ""

    @app.template_filter("vndatetime")
    def vndatetime(value: str | None) -> str:
        if not value:
            return ""
        try:
            return dt.datetime.fromisoformat(value).strftime("%H:%M %d/%m/%Y")
        except ValueError:
            return value

    @app.template_filter("size")
    def size(value: int) -> str:
        if value < 1024 * 1024:
            return f"{max(1, round(value / 1024))} KB"
        text = f"{value / 1024 / 1024:.1f}"
        return f"{text.replace('.', ',') if i18n.current_language() == 'vi' else text} MB"
