"""The installed package holds every module and the data files (pyproject lists packages by hand)."""
from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_python_folder_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "kpu_rakor").rglob("__init__.py")}
    assert found - listed == set(), "add these packages to [tool.setuptools] packages"


def test_satker_directory_ships_with_its_licence_notice():
    data = resources.files("kpu_rakor.resources").joinpath("data")
    assert data.joinpath("satker.csv").read_text(encoding="utf-8").count("\n") == 554  # header + 553 offices
    assert "Open Database License" in data.joinpath("NOTICE.md").read_text(encoding="utf-8")



def test_the_translations_ship_compiled_from_their_ts(tmp_path):
    """The app loads .qm files: each ships beside its .ts and is what the .ts compiles to today
    (`make translations`, `make qt-indonesian`)."""
    import subprocess
    import sys

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    i18n = resources.files("kpu_rakor.resources").joinpath("i18n")
    for name in ("kpu_rakor_en", "qtbase_id"):
        shipped = i18n.joinpath(f"{name}.qm")
        assert shipped.is_file(), f"{name}.qm missing"
        fresh = tmp_path / f"{name}.qm"
        subprocess.run([str(lrelease), "-silent", str(ROOT / "resources" / "i18n" / f"{name}.ts"), "-qm", str(fresh)],
                       check=True, capture_output=True)
        assert shipped.read_bytes() == fresh.read_bytes(), f"{name}.qm is older than {name}.ts: recompile it"
