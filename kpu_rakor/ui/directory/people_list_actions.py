"""The Direktori's actions on the list as a whole: *Impor…* a CSV or XLSX list (previewed first), *Urungkan
impor* of the last import (read from the database, so it survives a restart and shows on every PC), and
*Gabungkan dengan…* for two entries that are one person."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QPushButton

from ...domain.services import people, people_import_undo, people_merge
from .. import labels, messages
from ..attendance.merge_guest_dialog import PersonPickDialog
from . import import_dialog


class PeopleListActions(QObject):
    """Three buttons acting on `selected()` (the selected person ids); `changed(person_id or 0)` after an import,
    an undo or a merge (the id to select)."""

    changed = Signal(int)

    def __init__(self, parent_widget, selected):
        super().__init__(parent_widget)
        self.widget, self.selected = parent_widget, selected
        self.import_button = QPushButton(self.tr("Im&por…"))
        self.import_button.setToolTip(self.tr("Tambah atau perbarui orang dari berkas CSV atau Excel (.xlsx); "
                                              "pratinjau dulu sebelum disimpan."))
        self.undo_button = QPushButton(self.tr("Urungkan impor"))
        self.merge_button = QPushButton(self.tr("Ga&bungkan dengan…"))
        self.merge_button.setToolTip(self.tr("Gabungkan orang yang dipilih dengan entri lain yang sebenarnya orang "
                                             "yang sama; riwayat kehadirannya ikut dipindahkan."))
        self.import_button.clicked.connect(lambda: self.import_file())
        self.undo_button.clicked.connect(self.undo_import)
        self.merge_button.clicked.connect(self.merge)
        self.refresh_undo()

    def buttons(self) -> list[QPushButton]:
        return [self.import_button, self.undo_button, self.merge_button]

    def refresh_undo(self) -> None:
        """The button follows the newest import not undone yet, whoever made it."""
        last = None
        with messages.guarded(self.widget):
            last = people_import_undo.last_batch()
        self.undo_button.setEnabled(last is not None)
        self.undo_button.setToolTip(
            self.tr("Urungkan impor {0} ({1}): hapus orang yang ditambahkannya dan kembalikan data yang "
                    "diubahnya.").format(last.file_name, labels.short_date(last.created_at.date()))
            if last else self.tr("Belum ada impor yang dapat diurungkan."))

    # --- import ------------------------------------------------------------------------------------------------

    def import_file(self, path: str = "") -> None:
        path = path or import_dialog.pick_people_file(self.widget)
        if not path:
            return
        with messages.guarded(self.widget) as g:
            dialog = import_dialog.ImportDialog(path, self.widget)
        if not g.ok or dialog.exec() != QDialog.Accepted or dialog.result is None:
            return
        r = dialog.result
        self.refresh_undo()
        self.changed.emit(0)
        messages.info(self.widget, self.tr("Impor selesai: {0} orang ditambahkan, {1} diperbarui, {2} tetap, {3} "
                                           "baris ditolak. Bila keliru, tekan Urungkan impor.").format(
            labels.number(r.added), labels.number(r.updated), labels.number(r.unchanged), labels.number(r.refused)))

    def undo_import(self) -> None:
        last = None
        with messages.guarded(self.widget):
            last = people_import_undo.last_batch()
        if last is None:
            self.refresh_undo()
            return
        text = self.tr("Urungkan impor {0} ({1})? {2} orang yang ditambahkannya dihapus dan {3} orang yang "
                       "diubahnya dikembalikan ke data lamanya.").format(
            last.file_name, labels.short_date(last.created_at.date()), labels.number(last.added),
            labels.number(last.updated))
        if not messages.confirm(self.widget, text, self.tr("Urungkan impor")):
            return
        with messages.guarded(self.widget) as g:
            done = people_import_undo.undo(last.id)
        self.refresh_undo()
        if g.ok:
            self.changed.emit(0)
            messages.info(self.widget, self.tr("Impor diurungkan: {0} orang dihapus, {1} orang dikembalikan ke data "
                                               "lamanya.").format(labels.number(done.deleted),
                                                                  labels.number(done.restored)))

    # --- merge -------------------------------------------------------------------------------------------------

    def merge(self) -> None:
        """Two people selected: the one with more history is kept. One selected: it is kept, and the other is
        chosen in the directory search."""
        ids = self.selected()
        if len(ids) == 2:
            with messages.guarded(self.widget) as g:
                keep_id, drop_id = people_merge.keeper(*ids)
            if g.ok:
                self._merge(keep_id, drop_id)
            return
        if len(ids) != 1:
            messages.info(self.widget, self.tr("Pilih satu orang yang dipertahankan, atau dua orang yang akan "
                                               "digabungkan, di daftar."))
            return
        with messages.guarded(self.widget) as g:
            keep = people.get(ids[0])
        if not g.ok:
            return
        dialog = PersonPickDialog(
            self.tr("Gabungkan orang"), self.tr("Dipertahankan: {0}").format(keep.name),
            self.tr("Pilih entri lain yang sebenarnya orang yang sama. Kehadiran, undangan, peran dan catatan "
                    "lainnya dipindahkan ke {0}; entri itu lalu dihapus.").format(keep.name),
            self.tr("Gabungkan…"), "", self.widget, exclude=(keep.id,))
        if dialog.exec() != QDialog.Accepted or dialog.person_id is None:
            return
        self._merge(keep.id, dialog.person_id)

    def _merge(self, keep_id: int, drop_id: int) -> None:
        with messages.guarded(self.widget) as g:
            shown = people_merge.preview(keep_id, drop_id)
        if not g.ok or not messages.confirm(self.widget, self.summary(shown), self.tr("Gabungkan")):
            return
        with messages.guarded(self.widget) as g:
            people_merge.merge(keep_id, drop_id)
        if g.ok:
            self.changed.emit(keep_id)

    def summary(self, p: people_merge.MergePreview) -> str:
        """The confirmation: what moves, what the kept entry takes, that the other is deleted."""
        kinds, fields = labels.person_references(), labels.person_fields()
        moves = ", ".join(f"{labels.number(n)} {kinds[k]}" for k, n in p.moves.items())
        text = self.tr("Gabungkan {0} ke {1}? {0} dihapus dari Direktori.").format(p.drop_name, p.keep_name)
        text += " " + (self.tr("Yang dipindahkan: {0}.").format(moves) if moves else
                       self.tr("Tidak ada catatan rapat yang perlu dipindahkan."))
        if p.both_attended:
            text += " " + self.tr("{0} rapat dihadiri keduanya: hanya kehadiran yang terkuat (hadir, lalu izin, lalu "
                                  "tanpa keterangan) yang disimpan.").format(p.both_attended)
        if p.fills:
            text += " " + self.tr("{0} mengambil isian yang masih kosong: {1}.").format(
                p.keep_name, "; ".join(f"{fields[f]} {v}" for f, v in p.fills.items()))
        return text
