"""The user's own unit, read once from a TOML profile and used by every generator."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from ..errors import InputError
from ..resources import model_path
from ..vntext import nfc
from .files import atomic_write
from ..i18n import _, current_language

DEFAULT_NAME = "dispatch-profile.toml"
SYSTEMS = ("state", "youth", "party")
AUTHORITIES = ("", "TM.", "KT.", "TL.", "TUQ.", "Q.")


def example_path() -> Path:
    """The commented example profile, its comments in the interface language."""
    name = "profile.example.vi.toml" if current_language() == "vi" else "profile.example.toml"
    return model_path("generate", name)


@dataclass
class Unit:
    name: str = "[Tên cơ quan, đơn vị]"
    parent: str = "[Tên cơ quan chủ quản]"
    place: str = "[Địa danh]"
    code: str = "[Ký hiệu]"
    system: str = "state"
    name_in_text: str = ""

    @property
    def text_name(self) -> str:
        return self.name_in_text or self.name


@dataclass
class ProfileSigner:
    authority: str = ""
    capacity: str = ""
    title: str = "[Chức vụ người ký]"
    name: str = "[Họ và tên người ký]"


@dataclass
class Preparer:
    name: str = ""
    phone: str = ""
    email: str = ""


@dataclass
class Profile:
    unit: Unit = field(default_factory=Unit)
    signer: ProfileSigner = field(default_factory=ProfileSigner)
    prepared_by: Preparer = field(default_factory=Preparer)
    recipients: list[str] = field(default_factory=lambda: ["Như trên", "Lưu: VT"])
    path: str | None = None  # where it was read from; None for the placeholder profile

    @property
    def is_placeholder(self) -> bool:
        return self.path is None


def _section(data: dict, name: str, cls, path: Path):
    raw = data.get(name, {})
    if not isinstance(raw, dict):
        raise InputError(_("[%(section)s] must be a table of settings") % {"section": name}, path=path,
                         hint=_("Compare with the example: dispatch init-profile example.toml"))
    known = {f.name for f in fields(cls)}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise InputError(_("unknown setting %(setting)s") % {"setting": f"{name}.{unknown[0]}"}, path=path,
                         hint=_("Known settings in [%(section)s]: %(settings)s")
                         % {"section": name, "settings": ", ".join(sorted(known))})
    values = {}
    for key, value in raw.items():
        if not isinstance(value, str):
            raise InputError(_("%(setting)s must be text in double quotes") % {"setting": f"{name}.{key}"},
                             path=path, hint=_('Write it as %(key)s = "…"') % {"key": key})
        values[key] = nfc(value).strip()
    return cls(**values)


def load_profile(path: str | Path) -> Profile:
    """Read and check a profile; every problem is an InputError naming the file and the setting."""
    path = Path(path)
    if not path.is_file():
        raise InputError(_("profile not found"), path=path,
                         hint=_("Create one with: %(command)s") % {"command": f"dispatch init-profile {path}"})
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(_("profile is not UTF-8 text"), path=path,
                         hint=_("Save it as UTF-8 in a text editor")) from exc
    except tomllib.TOMLDecodeError as exc:
        raise InputError(_("profile is not valid TOML (%(error)s)") % {"error": exc}, path=path,
                         hint=_("Fix that line; strings need double quotes")) from exc
    except OSError as exc:
        raise InputError(_("cannot read the profile (%(error)s)") % {"error": exc.strerror or exc},
                         path=path) from exc
    unknown = sorted(set(data) - {"unit", "signer", "prepared_by", "distribution"})
    if unknown:
        raise InputError(_("unknown section [%(section)s]") % {"section": unknown[0]}, path=path,
                         hint=_("Known sections: [unit], [signer], [prepared_by], [distribution]"))
    unit = _section(data, "unit", Unit, path)
    if unit.system not in SYSTEMS:
        raise InputError(_('%(setting)s is "%(value)s"') % {"setting": "unit.system", "value": unit.system},
                         path=path,
                         hint=_('Use "state", "youth" or "party"'))
    for key in ("name", "place", "code"):
        if not getattr(unit, key):
            raise InputError(_("%(setting)s is empty") % {"setting": f"unit.{key}"}, path=path,
                             hint=_("Fill it in"))
    signer = _section(data, "signer", ProfileSigner, path)
    if signer.authority not in AUTHORITIES:
        raise InputError(_('%(setting)s is "%(value)s"') % {"setting": "signer.authority",
                                                             "value": signer.authority}, path=path,
                         hint=_('Use "TM.", "KT.", "TL.", "TUQ.", "Q." or ""'))
    preparer = _section(data, "prepared_by", Preparer, path)
    dist = data.get("distribution", {})
    recipients = dist.get("recipients", Profile().recipients) if isinstance(dist, dict) else None
    if dist and (not isinstance(dist, dict) or set(dist) - {"recipients"}):
        raise InputError(_("[distribution] takes only recipients"), path=path,
                         hint=_('Write recipients = ["Như trên", "Lưu: VT"]'))
    if not isinstance(recipients, list) or not all(isinstance(r, str) for r in recipients):
        raise InputError(_("distribution.recipients must be a list of texts"), path=path,
                         hint=_('Write recipients = ["Như trên", "Lưu: VT"]'))
    recipients = [nfc(r).strip().rstrip(";.").strip() for r in recipients if r.strip()]
    return Profile(unit, signer, preparer, recipients, str(path))


def resolve_profile(path: str | Path | None) -> tuple[Profile, str | None]:
    """The profile to use and a notice to show (None when one was found).

    Order: the given path, $DISPATCH_PROFILE, ./dispatch-profile.toml, else placeholders.
    """
    if path:
        return load_profile(path), None
    env = os.environ.get("DISPATCH_PROFILE")
    if env:
        return load_profile(env), None
    local = Path(DEFAULT_NAME)
    if local.is_file():
        return load_profile(local), None
    return Profile(), _("no profile given: the unit, place and signer are placeholders in brackets; "
                        "create a profile with `dispatch init-profile` and pass --profile")


def write_example(path: str | Path, force: bool = False) -> Path:
    """Write the commented example profile (never over an existing file unless ``force``)."""
    text = example_path().read_text(encoding="utf-8")
    return atomic_write(path, text, force=force)
