"""No function of the package is longer than 80 lines (from its ``def`` to its last line,
docstring and nested functions included): a longer one is several steps that want names.
"""

from __future__ import annotations

import ast

import pytest

from .conftest import ROOT

LIMIT = 80
PACKAGE = ROOT / "dispatch_tools"


def long_functions(source: str, limit: int = LIMIT) -> list[tuple[str, int, int]]:
    """(name, first line, length) of every function longer than ``limit`` lines."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = node.end_lineno - node.lineno + 1
            if length > limit:
                out.append((node.name, node.lineno, length))
    return out


CHECKED = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", CHECKED, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_function_over_the_limit(path):
    found = long_functions(path.read_text(encoding="utf-8"))
    assert not found, [f"{path.relative_to(ROOT)}:{line} {name} has {n} lines" for name, line, n in found]


def test_the_check_counts_every_line_of_a_function():
    body = "\n".join(f"    x{i} = {i}" for i in range(LIMIT - 1))
    assert long_functions(f"def f():\n{body}\n") == []  # exactly the limit
    assert long_functions(f"def f():\n{body}\n    return 1\n") == [("f", 1, LIMIT + 1)]
    nested = "class A:\n    def g(self):\n        if True:\n" + "\n".join(
        f"            y{i} = {i}" for i in range(LIMIT)) + "\n"
    assert long_functions(nested) == [("g", 2, LIMIT + 2)]
