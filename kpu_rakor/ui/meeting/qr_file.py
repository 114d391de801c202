"""Saving a person's invitation QR as a PNG, from the walk-in dialog or the Undangan tab: one dialog, one
sentence when the disk says no."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from ...domain.errors import UserError
from ...domain.services import invitation_message
from .. import file_dialogs, messages


def ask_png_path(parent, title: str, suggested: str, filter_text: str) -> str:
    """The path to save a PNG to, or "" when cancelled. Tests replace this: a file dialog would block."""
    return file_dialogs.save_file(parent, title, suggested, filter_text)


def file_stem(name: str) -> str:
    stem = re.sub(r"[^0-9A-Za-z]+", "-", name).strip("-").lower()
    return stem[:60] or "peserta"


def save_invitation_qr(parent, meeting_id: int | None, person_id: int, name: str, *, for_print: bool = False
                       ) -> Path | None:
    """Ask where, then write the person's invitation QR for this meeting (None: their personal code, for any
    meeting) as a PNG. Returns the path."""
    folder = (QStandardPaths.writableLocation(QStandardPaths.PicturesLocation)
              or QStandardPaths.writableLocation(QStandardPaths.HomeLocation))
    suggested = str(Path(folder) / f"kode-qr-{file_stem(name)}.png")
    path = ask_png_path(parent, QCoreApplication.translate("qr_file", "Simpan kode QR {0}").format(name), suggested,
                        QCoreApplication.translate("qr_file", "Gambar PNG (*.png)"))
    if not path:
        return None
    path = Path(path)
    if path.suffix.lower() != ".png":
        path = path.with_name(path.name + ".png")
    with messages.guarded(parent) as g:
        png = invitation_message.code_png(meeting_id, person_id, for_print=for_print)
        try:
            path.write_bytes(png)
        except OSError as exc:
            raise UserError(QCoreApplication.translate("qr_file", "Kode QR tidak dapat disimpan di {0}: {1}. "
                                                                  "Pilih folder lain.")
                            .format(path, exc.strerror or exc)) from None
    return path if g.ok else None
