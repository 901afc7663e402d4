"""No import circle in the package: the graph of its own imports, read from the source with
``ast`` (imports inside functions too, since they tie modules together all the same), has no
cycle. A circle is named module by module."""

from __future__ import annotations

import ast
from pathlib import Path

from .conftest import ROOT

PACKAGE = "dispatch_tools"


def _modules(root: Path, package: str) -> dict[str, Path]:
    """Dotted module name -> file, for every module of the package under ``root``."""
    out = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _resolve(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    """The absolute name of what ``from ... import`` imports from."""
    if not node.level:
        return node.module or ""
    base = module.split(".")
    base = base[:len(base) - node.level + (1 if is_package else 0)]
    return ".".join(base + ([node.module] if node.module else []))


def _imports(path: Path, module: str, modules: dict[str, Path]) -> set[str]:
    """The package's modules that ``module`` imports, anywhere in its file."""
    is_package = path.name == "__init__.py"
    found = set()

    def known(name: str) -> str | None:  # the module itself, or the package it lies in
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(known(alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(node, module, is_package)
            for alias in node.names:  # a submodule by name, else a name the module defines
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else known(base))
    return {name for name in found if name and name.startswith(PACKAGE) and name != module}


def import_graph(root: Path = ROOT, package: str = PACKAGE) -> dict[str, set[str]]:
    modules = _modules(root, package)
    return {name: _imports(path, name, modules) for name, path in modules.items()}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every group of modules that import each other in a loop: the strongly connected
    components of more than one module (Tarjan's algorithm), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def enter(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        work.append((node, iter(sorted(graph.get(node, ())))))

    for start in sorted(graph):
        if start in index:
            continue
        work: list = []  # iterative depth-first search: no recursion limit to meet
        enter(start)
        while work:
            node, targets = work[-1]
            for target in targets:
                if target not in index:
                    enter(target)
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while not group or group[-1] != node:
                        group.append(stack.pop())
                        on_stack.discard(group[-1])
                    if len(group) > 1:
                        groups.append(sorted(group))
    return sorted(groups)


def loop_of(group: list[str], graph: dict[str, set[str]]) -> list[str]:
    """A shortest loop of imports from the group's first module back to it."""
    first, members = group[0], set(group)
    came_from: dict[str, str] = {}
    frontier = [first]
    while first not in came_from:  # breadth first, inside the group
        reached = []
        for node in frontier:
            for target in sorted(graph[node] & members):
                if target not in came_from:
                    came_from[target] = node
                    reached.append(target)
        frontier = reached
    loop = [came_from[first]]
    while loop[-1] != first:
        loop.append(came_from[loop[-1]])
    return loop[::-1]


def describe(group: list[str], graph: dict[str, set[str]]) -> str:
    loop = loop_of(group, graph)
    rest = [name for name in group if name not in loop]
    return " -> ".join(loop + [loop[0]]) + (f" (the circle also holds {', '.join(rest)})" if rest else "")


def test_the_package_has_no_import_circle():
    graph = import_graph()
    assert len(graph) > 50 and any(graph.values())  # the package was read
    found = circles(graph)
    assert not found, "import circles:\n  " + "\n  ".join(describe(group, graph) for group in found)


def test_a_circle_through_an_import_inside_a_function_is_found(tmp_path):
    pkg = tmp_path / PACKAGE
    (pkg / "stage").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "stage" / "__init__.py").write_text("from .a import run\n")
    (pkg / "stage" / "a.py").write_text("from . import b\n\ndef run():\n    return b.go()\n")
    (pkg / "stage" / "b.py").write_text("def go():\n    from .c import helper\n    return helper()\n")
    (pkg / "stage" / "c.py").write_text("import dispatch_tools.stage.a as a\n\ndef helper():\n    return a\n")
    (pkg / "top.py").write_text("from .stage import run\nfrom . import stage\n")
    graph = import_graph(tmp_path)
    assert graph[f"{PACKAGE}.top"] == {f"{PACKAGE}.stage"}
    assert graph[f"{PACKAGE}.stage"] == {f"{PACKAGE}.stage.a"}
    assert circles(graph) == [[f"{PACKAGE}.stage.a", f"{PACKAGE}.stage.b", f"{PACKAGE}.stage.c"]]
    assert describe(circles(graph)[0], graph) == (
        f"{PACKAGE}.stage.a -> {PACKAGE}.stage.b -> {PACKAGE}.stage.c -> {PACKAGE}.stage.a")
