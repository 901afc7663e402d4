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


def test_readme_layout_matches_the_tree():
    """The layout section lists every module and folder of the package, and nothing else."""
    block = README[README.index("```\ndispatch_tools/\n"):]
    block = block[:block.index("\n```", 4)]
    listed = {m.group(1).rstrip("/") for m in re.finditer(r"^  (\S+)", block, flags=re.M)}
    package = ROOT / "dispatch_tools"
    present = {p.name for p in package.iterdir() if p.is_dir() and (p / "__init__.py").is_file()}
    present |= {p.name for p in package.glob("*.py") if p.name not in ("__init__.py", "__main__.py")}
    assert listed == present, {"not in README": present - listed, "not in the tree": listed - present}
    top = {m.group(1) for m in re.finditer(r"^(\S+)/", block, flags=re.M)}
    assert top == {p for p in top if (ROOT / p).is_dir()}
