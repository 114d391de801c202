"""The layers stay apart (issue 10): report modules draw and nothing else (no models, no database, no audit
writes), and the domain runs without Qt. Read from the source with ast, so nothing needs importing."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kpu_rakor"
# What a renderer may use of the domain: its sentences for the user. Everything else it gets as a value.
REPORTS_MAY_IMPORT = {"kpu_rakor.domain.errors"}


def _imports(path: Path) -> set[str]:
    """Absolute names of the modules (and `from` names) a file imports, at any depth in the file."""
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            out.add(base)
            out.update(f"{base}.{a.name}" for a in node.names)
    return out


@pytest.mark.parametrize("path", sorted((PACKAGE / "reports").glob("*.py")), ids=lambda p: p.name)
def test_a_report_module_imports_no_model_database_or_service(path):
    bad = sorted(name for name in _imports(path)
                 if name.split(".")[0] == "peewee"
                 or (name.startswith("kpu_rakor.domain") and name != "kpu_rakor.domain"
                     and not any(name == ok or name.startswith(ok + ".") for ok in REPORTS_MAY_IMPORT)))
    assert not bad, f"{path.name} imports {bad}: a renderer takes a content value and returns bytes"


def test_the_domain_imports_no_qt():
    offenders = {str(p.relative_to(PACKAGE)): sorted(n for n in _imports(p) if n.split(".")[0] in
                                                     ("PySide6", "shiboken6"))
                 for p in (PACKAGE / "domain").rglob("*.py")}
    assert not {p: n for p, n in offenders.items() if n}


def test_the_domain_loads_reportlab_only_when_drawing():
    # Renderers are named through small loaders that import them when a document is drawn, never by a
    # string handed to importlib, so the app starts without reportlab and a missing renderer fails loudly.
    for p in (PACKAGE / "domain").rglob("*.py"):
        tree = ast.parse(p.read_text(encoding="utf-8"))
        top = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
        names = {a.name for n in top for a in n.names} | {n.module or "" for n in top if isinstance(n, ast.ImportFrom)}
        assert not any(n.startswith("reportlab") or "reports" in n for n in names), p
        calls = {n.func.attr if isinstance(n.func, ast.Attribute) else getattr(n.func, "id", "")
                 for n in ast.walk(tree) if isinstance(n, ast.Call)}
        assert "import_module" not in calls, p
