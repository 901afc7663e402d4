"""The unit profile page: the profile as form values, and the posted form written back as the
same TOML file that ``dispatch --profile`` reads (checked by :func:`load_profile` before it
replaces the old one)."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

from ..errors import InputError
from ..i18n import _
from ..generate.profile import AUTHORITIES, SYSTEMS, Profile, load_profile, resolve_profile

# (section, key) of every text setting, in the order of the form
SETTINGS = [
    ("unit", "name"), ("unit", "parent"), ("unit", "place"), ("unit", "code"), ("unit", "system"),
    ("unit", "name_in_text"),
    ("signer", "authority"), ("signer", "capacity"), ("signer", "title"), ("signer", "name"),
    ("prepared_by", "name"), ("prepared_by", "phone"), ("prepared_by", "email"),
]
REQUIRED = {("unit", "name"), ("unit", "place"), ("unit", "code")}


def current(path: Path, fallback: str | None = None) -> Profile:
    """The profile saved in the data folder, else the one given to ``dispatch serve`` (or found
    as usual), else placeholders."""
    if path.is_file():
        return load_profile(path)
    return resolve_profile(fallback)[0]


def values(profile: Profile) -> dict[str, str]:
    out = {f"{section}.{key}": getattr(getattr(profile, section), key) for section, key in SETTINGS}
    if profile.is_placeholder:  # show empty boxes, not the bracketed placeholders
        out = {k: ("" if v.startswith("[") else v) for k, v in out.items()}
    out["distribution.recipients"] = "\n".join(profile.recipients)
    return out


def _quote(value: str) -> str:
    out = ['"']
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 32 or ord(ch) == 127:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def to_toml(form) -> str:
    """The TOML text of a profile from the posted form. Raises InputError for a missing value."""
    def get(name: str) -> str:
        return unicodedata.normalize("NFC", " ".join((form.get(name) or "").split()))

    missing = [f"{s}.{k}" for s, k in REQUIRED if not get(f"{s}.{k}")]
    if missing:
        raise InputError(_("missing %(settings)s") % {"settings": ", ".join(missing)})
    if get("unit.system") not in SYSTEMS:
        raise InputError(_("the document system is not valid"))
    if get("signer.authority") not in AUTHORITIES:
        raise InputError(_("the signing authority is not valid"))
    lines, section = ["# Hồ sơ đơn vị, lưu từ trang web của dispatch_tools."], None
    for sec, key in SETTINGS:
        if sec != section:
            lines += ["", f"[{sec}]"]
            section = sec
        lines.append(f"{key} = {_quote(get(f'{sec}.{key}'))}")
    recipients = [unicodedata.normalize("NFC", " ".join(r.split())).strip(" ;.-")
                  for r in (form.get("distribution.recipients") or "").splitlines()]
    recipients = [r for r in recipients if r] or ["Như trên", "Lưu: VT"]
    lines += ["", "[distribution]", "recipients = [" + ", ".join(_quote(r) for r in recipients) + "]", ""]
    return "\n".join(lines)


def temporary_names(path: Path) -> re.Pattern:
    """The names :func:`save` gives the profile at ``path`` while it is written: .NAME.PID.tmp"""
    return re.compile(re.escape(f".{path.name}.") + r"\d+\.tmp")


def save(path: Path, form) -> Profile:
    """Check the posted profile by reading it back, then replace the saved one."""
    text = to_toml(form)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    try:
        profile = load_profile(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    profile.path = str(path)
    return profile
