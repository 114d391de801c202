"""Update resources/i18n/kpu_rakor_en.ts from the Python sources without losing entries lupdate cannot see.

pyside6-lupdate only understands `self.tr("…")` and `QCoreApplication.translate("Context", "…")` written
out in full. The app also translates through small helpers, and lupdate either misses those strings (their
finished entries turn "vanished", which lrelease leaves out of the .qm) or files them under a wrong context:

    def _tr(text):  return QCoreApplication.translate("RevisionsDialog", text)    # then _tr("…")
    def tr(text):   return QCoreApplication.translate(CONTEXT, text)              # CONTEXT a module constant
    tr = QCoreApplication.translate                                               # then tr("ctx", "…")
    def ask(parent, …): parent.tr("…")              # context: the class of the `self` passed as parent

So this script copies kpu_rakor/ into a temporary tree, rewrites those calls there into the full
`QCoreApplication.translate("Context", "…")` form on the same lines, and runs lupdate on the copy with the
.ts file placed at the same relative spot, so the locations written into the .ts are the real ones.
Obsolete entries are kept (never -no-obsolete): a translation is not thrown away because code moved.

    .venv/bin/python tools/update_translations.py        # then: make translations (or pyside6-lrelease)
"""
from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = Path("resources/i18n/kpu_rakor_en.ts")
PACKAGE = "kpu_rakor"
FULL = "QCoreApplication.translate"


def _is_translate(node: ast.AST) -> bool:
    """`QCoreApplication.translate` (the attribute, not a call)."""
    return (isinstance(node, ast.Attribute) and node.attr == "translate"
            and isinstance(node.value, ast.Name) and node.value.id == "QCoreApplication")


def _string(node: ast.AST, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _helper_context(func: ast.FunctionDef, constants: dict[str, str]) -> str | None:
    """The context of `def h(text): return QCoreApplication.translate(<ctx>, text)`, else None."""
    if len(func.args.args) != 1 or len(func.body) < 1:
        return None
    ret = func.body[-1]
    if not (isinstance(ret, ast.Return) and isinstance(ret.value, ast.Call) and _is_translate(ret.value.func)):
        return None
    args = ret.value.args
    if len(args) != 2 or not (isinstance(args[1], ast.Name) and args[1].id == func.args.args[0].arg):
        return None
    return _string(args[0], constants)


class Module:
    def __init__(self, path: Path):
        self.path = path
        self.source = path.read_text(encoding="utf-8")
        self.name = path.stem
        try:
            self.tree = ast.parse(self.source)
        except SyntaxError as exc:  # a file someone is halfway through editing: lupdate reads it as it is
            print(f"warning: {path}: {exc}; its helper calls are not rewritten", file=sys.stderr)
            self.tree = None
            self.constants, self.parent_tr = {}, {}
            return
        self.constants = {t.id: n.value.value for n in self.tree.body if isinstance(n, ast.Assign)
                          for t in n.targets if isinstance(t, ast.Name)
                          and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)}
        # functions whose parameter is used as `param.tr("…")`: name -> (parameter index, parameter name)
        self.parent_tr: dict[str, tuple[int, str]] = {}
        for node in self.tree.body:
            if isinstance(node, ast.FunctionDef):
                params = [a.arg for a in node.args.args]
                for call in ast.walk(node):
                    if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                            and call.func.attr == "tr" and isinstance(call.func.value, ast.Name)
                            and call.func.value.id in params and call.func.value.id != "self"):
                        self.parent_tr[node.name] = (params.index(call.func.value.id), call.func.value.id)


def _callers(modules: list[Module]) -> dict[tuple[str, str], set[str]]:
    """(module, function) -> class names whose methods call it with `self` in the parent_tr position."""
    wanted = {(m.name, f): pos for m in modules for f, (pos, _) in m.parent_tr.items()}
    found: dict[tuple[str, str], set[str]] = {k: set() for k in wanted}
    for m in modules:
        for cls in ast.walk(m.tree) if m.tree else ():
            if not isinstance(cls, ast.ClassDef):
                continue
            for call in ast.walk(cls):
                if not isinstance(call, ast.Call):
                    continue
                f = call.func
                if isinstance(f, ast.Name):
                    keys = [k for k in wanted if k[1] == f.id and (k[0] == m.name or f.id in _imported(m, k[0]))]
                elif isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name):
                    keys = [k for k in wanted if k == (f.value.id, f.attr)]
                else:
                    keys = []
                for k in keys:
                    pos = wanted[k]
                    if (pos < len(call.args) and isinstance(call.args[pos], ast.Name)
                            and call.args[pos].id == "self"):
                        found[k].add(cls.name)
    return found


def _imported(m: Module, module_name: str) -> set[str]:
    names = set()
    for node in ast.walk(m.tree) if m.tree else ():
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[-1] == module_name:
            names.update(a.asname or a.name for a in node.names)
    return names


def _offset(lines: list[str], line: int, col: int) -> int:
    # ast columns are UTF-8 byte offsets
    return sum(len(s) for s in lines[:line - 1]) + len(lines[line - 1].encode("utf-8")[:col].decode("utf-8"))


def rewrite(m: Module, callers: dict[tuple[str, str], set[str]], warnings: list[str]) -> str:
    """The module's source with helper calls spelled out as QCoreApplication.translate("ctx", …)."""
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement) as character offsets
    lines = m.source.splitlines(keepends=True)

    def end_of_call(node) -> int:
        return _offset(lines, node.end_lineno, node.end_col_offset)

    def span(node) -> tuple[int, int]:
        return (_offset(lines, node.lineno, node.col_offset), _offset(lines, node.end_lineno, node.end_col_offset))

    def visit(node: ast.AST, wrappers: dict[str, str], aliases: set[str], function: str | None) -> None:
        body = getattr(node, "body", None)
        if isinstance(body, list):
            wrappers, aliases = dict(wrappers), set(aliases)
            for stmt in body:
                if isinstance(stmt, ast.FunctionDef):
                    ctx = _helper_context(stmt, m.constants)
                    if ctx is not None:
                        wrappers[stmt.name] = ctx
                elif isinstance(stmt, ast.Assign) and _is_translate(stmt.value):
                    aliases.update(t.id for t in stmt.targets if isinstance(t, ast.Name))
        if isinstance(node, ast.FunctionDef) and function is None:
            function = node.name
        if isinstance(node, ast.Call) and node.args:
            f = node.func
            if isinstance(f, ast.Name) and f.id in wrappers:
                start, _ = span(f)
                first, _ = span(node.args[0])
                edits.append((start, first, f'{FULL}("{wrappers[f.id]}", '))
            elif isinstance(f, ast.Name) and f.id in aliases:
                start, end = span(f)
                edits.append((start, end, FULL))
            elif (isinstance(f, ast.Attribute) and f.attr == "tr" and isinstance(f.value, ast.Name)
                  and function in m.parent_tr and f.value.id == m.parent_tr[function][1]):
                classes = sorted(callers.get((m.name, function), ()))
                if not classes:
                    warnings.append(f"{m.path}:{node.lineno}: {f.value.id}.tr(…) in {function}() — no caller passes "
                                    "`self` there, so its context is unknown; left as it is")
                else:
                    start, _ = span(f)
                    first, end = span(node.args[0])
                    text = m.source[first:end]
                    # the whole call is replaced; only the first copy of the text keeps its line breaks,
                    # so every later line of the file stays where it was
                    flat = text.replace("\n", " ")
                    calls = " or ".join(f'{FULL}("{c}", {text if i == 0 else flat})'
                                        for i, c in enumerate(classes))
                    edits.append((start, end_of_call(node), f"({calls})"))
        for child in ast.iter_child_nodes(node):
            visit(child, wrappers, aliases, function)

    visit(m.tree, {}, set(), None)
    out = m.source
    for start, end, text in sorted(edits, reverse=True):
        out = out[:start] + text + out[end:]
    return out


def main() -> int:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    files = sorted(p for p in (ROOT / PACKAGE).rglob("*.py") if "__pycache__" not in p.parts)
    modules = [Module(p) for p in files]
    callers = _callers(modules)
    warnings: list[str] = []
    with tempfile.TemporaryDirectory(prefix="kpu-lupdate-") as tmp:
        tmp = Path(tmp)
        copies = []
        for m in modules:
            copy = tmp / m.path.relative_to(ROOT)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(rewrite(m, callers, warnings) if m.tree else m.source, encoding="utf-8")
            copies.append(str(copy.relative_to(tmp)))
        (tmp / TS).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / TS, tmp / TS)
        done = subprocess.run([str(lupdate), *copies, "-ts", str(TS)], cwd=tmp)
        if done.returncode != 0:
            return done.returncode
        shutil.copy(tmp / TS, ROOT / TS)
    for w in warnings:
        print("warning:", w, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
