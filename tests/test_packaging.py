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
