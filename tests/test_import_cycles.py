"""The code's layers stay apart: no module of engine/ or gui/ imports one that imports it back."""

import ast
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[1]


def modules():
    """Module name -> path, for main.py and every module of engine/ and gui/."""
    found = {}
    for path in [*ROOT.glob("engine/**/*.py"), *ROOT.glob("gui/**/*.py"), ROOT / "main.py"]:
        parts = path.relative_to(ROOT).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def imports(name, path, known):
    """The modules of ``known`` that ``name`` imports (at any depth of its code)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    wanted = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            wanted.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[:len(package.split(".")) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            submodules = [f"{module}.{alias.name}" for alias in node.names]
            # ``from package import module`` needs that module, not the rest of the package.
            wanted.update(s for s in submodules if s in known)
            if any(s not in known for s in submodules):
                wanted.add(module)
    found = set()
    for target in wanted:
        while target and target not in known:
            target = target.rpartition(".")[0]
        # A module always needs its own packages first; that is not a cycle.
        if target and target != name and not name.startswith(target + "."):
            found.add(target)
    return found


def cycles(graph):
    """Groups of modules that import each other, directly or around a loop (Tarjan's algorithm)."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while not group or group[-1] != v:
                group.append(stack.pop())
                on_stack.discard(group[-1])
            if len(group) > 1:
                groups.append(sorted(group))

    for v in graph:
        if v not in index:
            visit(v)
    return groups


def test_the_cycle_finder_finds_a_loop():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_imports_one_that_imports_it_back():
    known = modules()
    graph = {name: imports(name, path, known) for name, path in known.items()}
    assert "gui.session" in graph["gui.main_window"]
    assert cycles(graph) == []
