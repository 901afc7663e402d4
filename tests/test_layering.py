"""The layers of the package: the command line, training and evaluation sit on top of the runtime,
and no runtime module (a stage, the batch, the web app, the pipeline, the model...) imports them.

Imports are read from the source with ``ast``, those inside functions included, so a lazy import
counts as much as one at the top of a file.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from .conftest import ROOT

PACKAGE = ROOT / "dispatch_tools"
# the layers on top: nothing below them may import them
TOP = ("dispatch_tools.cli", "dispatch_tools.training", "dispatch_tools.evaluate")
# front doors that are allowed to: `python -m dispatch_tools` runs the command line
FRONT_DOORS = {"dispatch_tools/__main__.py"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(source: str, module: str, is_package: bool = False) -> set[str]:
    """Every module ``source`` (the code of ``module``) imports, as absolute dotted names;
    ``from X import y`` gives both ``X`` and ``X.y``, and ``importlib.import_module("X")`` ``X``."""
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
        elif (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", None))
              == "import_module" and node.args and isinstance(node.args[0], ast.Constant)):
            found.add(str(node.args[0].value))
    return found


def forbidden(names: set[str]) -> list[str]:
    return sorted(n for n in names if any(n == top or n.startswith(top + ".") for top in TOP))


def runtime_files() -> list[Path]:
    files = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = module_name(path)
        if any(name == top or name.startswith(top + ".") for top in TOP):
            continue
        if str(path.relative_to(ROOT)) in FRONT_DOORS:
            continue
        files.append(path)
    return files


@pytest.mark.parametrize("path", runtime_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_runtime_module_does_not_import_the_layers_on_top(path):
    names = imported_modules(path.read_text(encoding="utf-8"), module_name(path),
                             path.name == "__init__.py")
    assert not forbidden(names), f"{path.relative_to(ROOT)} imports {forbidden(names)}"


def test_the_runtime_is_all_there():
    names = {module_name(p) for p in runtime_files()}
    assert {"dispatch_tools.pipeline", "dispatch_tools.model", "dispatch_tools.ingest",
            "dispatch_tools.repair", "dispatch_tools.parse", "dispatch_tools.generate",
            "dispatch_tools.batch", "dispatch_tools.web"} <= names
    assert not any(n.startswith("dispatch_tools.cli") for n in names)


@pytest.mark.parametrize("source", [
    "from ..cli import main",
    "from .. import evaluate",
    "import dispatch_tools.training.lm",
    "def f():\n    from ..cli.arguments import options_from",
    "import importlib\nimportlib.import_module('dispatch_tools.evaluate.parse')",
])
def test_the_check_sees_every_kind_of_import(source):
    assert forbidden(imported_modules(source, "dispatch_tools.web.views"))


def test_the_check_lets_the_runtime_import_itself():
    source = "from ..generate import outputs\nfrom . import store\nimport json"
    assert not forbidden(imported_modules(source, "dispatch_tools.web.views"))
