"""Every window fits a 1366×768 screen (issue 13): windows size themselves through screen_fit.fit_to_screen, never a
bare resize(), and the PDF preview (which asked for 900×760) opens whole on such a screen."""
from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QSize

from kpu_rakor.ui.screen_fit import FRAME, fitted

UI = Path(__file__).resolve().parents[2] / "kpu_rakor" / "ui"


def test_no_window_is_sized_with_a_bare_resize():
    bare = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "screen_fit.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "resize":
                bare.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert not bare, f"size windows with fit_to_screen(widget, (w, h)), not resize(): {bare}"


def test_a_wanted_size_is_clamped_to_the_room_on_the_screen():
    room = QSize(1366, 728)  # 768 less a 40-pixel taskbar
    assert fitted(QSize(900, 760), room) == QSize(900, 728 - FRAME.height())
    assert fitted(QSize(1600, 600), room) == QSize(1366 - FRAME.width(), 600)
    assert fitted(QSize(560, 480), room) == QSize(560, 480)  # what fits is left alone


def test_the_pdf_preview_opens_whole_on_a_1366x768_screen(tmp_path):
    # A screen of exactly that size: the offscreen platform reads it from a file, so the check runs in a fresh
    # process (the test session's own screen is 800×800).
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    pdf = tmp_path / "Daftar Hadir.pdf"
    script = textwrap.dedent(f"""
        from reportlab.pdfgen import canvas
        c = canvas.Canvas({str(pdf)!r})
        c.drawString(72, 720, "Daftar Hadir")
        c.save()
        from PySide6.QtWidgets import QApplication
        from kpu_rakor.ui.none_refcount import protect_none
        protect_none()
        app = QApplication([])
        from kpu_rakor.ui.pdf_preview import PdfPreview
        from kpu_rakor.ui.screen_fit import FRAME
        w = PdfPreview({str(pdf)!r}, "Daftar Hadir")
        w.show()
        app.processEvents()
        print(w.width() + FRAME.width(), w.height() + FRAME.height(), w.minimumSizeHint().height())
        w.close()
    """)
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}", XDG_CONFIG_HOME=str(tmp_path),
               XDG_DATA_HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    width, height, smallest = map(int, out.stdout.split()[-3:])
    assert width <= 1366 and height <= 768, (width, height)
    assert smallest + FRAME.height() <= 768  # its toolbar and buttons can get that small
