"""The README documents every command and every error class's exit code."""

import re

from dispatch_tools import errors
from dispatch_tools.cli import build_parser

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)


def test_every_command_is_in_the_readme():
    missing = [c for c in _commands() if f"`dispatch {c}" not in README]
    assert not missing, f"commands missing from README.md: {missing}"


def test_every_exit_code_is_in_the_readme():
    codes = {cls.exit_code for cls in vars(errors).values()
             if isinstance(cls, type) and issubclass(cls, errors.DispatchError)}
    table = set(int(c) for c in re.findall(r"^\| (\d) \|", README, flags=re.M))
    assert codes <= table


def test_readme_is_nfc():
    import unicodedata

    assert unicodedata.is_normalized("NFC", README)
