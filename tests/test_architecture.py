"""The layering rules of docs/architecture.md, enforced on the import statements."""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "workbench"
STDLIB_ONLY = "core"
#: third-party top-level module -> the only subpackage allowed to import it
OWNERS = {"PySide6": "ui", "sqlite_utils": "storage", "networkx": "checker", "docx": "export",
          "lxml": "export", "datasketch": "precedents", "numpy": "precedents"}


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module.split(".")[0]


def _modules():
    return sorted(p for p in PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_third_party_libraries_stay_in_their_subpackage(path):
    area = path.relative_to(PACKAGE).parts[0]
    for name in _imports(path):
        owner = OWNERS.get(name)
        if owner is not None:
            assert area == owner, f"{path.relative_to(PACKAGE)} imports {name}, which belongs in workbench/{owner}"


@pytest.mark.parametrize("path", sorted((PACKAGE / STDLIB_ONLY).rglob("*.py")),
                         ids=lambda p: p.name)
def test_core_imports_only_the_standard_library(path):
    import sys
    for name in _imports(path):
        assert name in sys.stdlib_module_names or name == "workbench", \
            f"core/{path.name} imports {name}; the core must stay free of third-party code"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_have_a_docstring_and_stay_small(path):
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text)
    assert ast.get_docstring(tree), f"{path.name} has no module docstring"
    assert text.count("\n") <= 1000, f"{path.name} is over 1000 lines"


#: pairs still importing each other, each being untied (remove a pair once it is): nothing may join them
MUTUAL_BEING_UNTIED: set[tuple[str, str]] = set()


def _module_name(path: Path) -> str:
    parts = ("workbench",) + path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _internal_imports(path: Path, known: set[str]) -> set[str]:
    """The workbench modules ``path`` imports anywhere (in functions too), leaving out imports
    made for type checking alone."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
                   and "TYPE_CHECKING" in ast.unparse(node.test) for n in ast.walk(node)}
    out = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name in known)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            for alias in node.names:
                full = f"{base}.{alias.name}"
                out.add(full if full in known else base)
    return {m for m in out if m in known and m != name}


def test_no_two_modules_import_each_other():
    """The layers read one way: two modules that need each other become one, or share a third."""
    known = {_module_name(p) for p in _modules()}
    edges = {_module_name(p): _internal_imports(p, known) for p in _modules()}
    mutual = {tuple(sorted((a, b))) for a, deps in edges.items() for b in deps if a in edges.get(b, ())}
    assert mutual <= MUTUAL_BEING_UNTIED, sorted(mutual - MUTUAL_BEING_UNTIED)
