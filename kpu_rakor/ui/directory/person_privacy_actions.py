"""The Direktori's personal-data actions for the selected person (UU 27/2022): *Hapus*, *Anonimkan* and
*Ekspor data pribadi…* (JSON or CSV), each saying its consequence before it acts."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QPushButton

from ...domain.services import audit, people, privacy
from .. import file_dialogs, messages

JSON_FILTER, CSV_FILTER = "JSON (*.json)", "CSV (*.csv)"


def pick_export_file(parent, suggested: str) -> tuple[str, str]:
    """(path, "json" or "csv"), or ("", "") when cancelled (tests replace this instead of the native dialog)."""
    path = file_dialogs.save_file(
        parent, QCoreApplication.translate("PersonPrivacyActions", "Ekspor data pribadi"), suggested,
        f"{JSON_FILTER};;{CSV_FILTER}")
    if not path:
        return "", ""
    return path, export_format(path, JSON_FILTER)


def export_format(path: str, chosen_filter: str) -> str:
    """The extension the user typed decides; without one, the filter they chose."""
    low = path.lower()
    if low.endswith(".csv") or low.endswith(".json"):
        return low.rsplit(".", 1)[1]
    return "csv" if chosen_filter == CSV_FILTER else "json"


class PersonPrivacyActions(QObject):
    """Three buttons acting on `selected()` (a person id or None); `changed` after a delete or anonymise."""

    changed = Signal()

    def __init__(self, parent_widget, selected):
        super().__init__(parent_widget)
        self.widget, self.selected = parent_widget, selected
        self.delete_button = QPushButton(self.tr("&Hapus"))
        self.anonymise_button = QPushButton(self.tr("Anoni&mkan"))
        self.export_button = QPushButton(self.tr("Ekspor data &pribadi…"))
        self.delete_button.setToolTip(self.tr("Hapus orang ini. Bila ia tercatat pada dokumen rapat, datanya "
                                              "dianonimkan agar dokumen tetap benar."))
        self.anonymise_button.setToolTip(self.tr("Ganti nama dan hapus NIP, HP, surel dan tanda tangan; "
                                                 "kehadirannya tetap dihitung."))
        self.export_button.setToolTip(self.tr("Semua data yang tersimpan tentang orang ini, untuk permintaan "
                                              "akses (JSON atau CSV)."))
        self.delete_button.clicked.connect(self.delete)
        self.anonymise_button.clicked.connect(self.anonymise)
        self.export_button.clicked.connect(self.export)

    def buttons(self) -> list[QPushButton]:
        return [self.delete_button, self.anonymise_button, self.export_button]

    def _person(self):
        pid = self.selected()
        if pid is None:
            messages.info(self.widget, self.tr("Pilih dulu orangnya di daftar."))
            return None
        with messages.guarded(self.widget) as g:
            p = people.get(pid)
        return p if g.ok else None

    def delete(self) -> None:
        p = self._person()
        if p is None:
            return
        with messages.guarded(self.widget) as g:
            refs = privacy.record_references(p.id)
        if not g.ok:
            return
        if refs:
            text = self.tr("{0} tercatat pada dokumen rapat (daftar hadir, peran, kutipan, tindak lanjut atau "
                           "notulen). Datanya akan dianonimkan dan ditandai terhapus: nama diganti menjadi "
                           "\"{1}\", NIP, HP, surel dan tanda tangan dihapus, agar dokumen tetap benar. Tidak dapat "
                           "dibatalkan.").format(p.name, privacy.placeholder_name(p.id))
        else:
            text = self.tr("Hapus {0} dari direktori beserta undangannya? Tidak dapat dibatalkan.").format(p.name)
        if not messages.confirm(self.widget, text, self.tr("Hapus")):
            return
        with messages.guarded(self.widget) as g:
            outcome = privacy.delete_person(p.id, by=audit.actor())
        if g.ok:
            self.changed.emit()
            messages.info(self.widget, self.tr("Orang itu dihapus.") if outcome.deleted else
                          self.tr("Data orang itu dianonimkan menjadi \"{0}\"; kehadirannya tetap tercatat.")
                          .format(privacy.placeholder_name(p.id)))

    def anonymise(self) -> None:
        p = self._person()
        if p is None:
            return
        text = self.tr("Anonimkan {0}? Nama diganti menjadi \"{1}\"; NIP, jabatan, HP, surel, tanda tangan dan "
                       "tautan foto dihapus, kode QR lamanya tidak berlaku lagi. Kehadirannya tetap dihitung. "
                       "Tidak dapat dibatalkan.").format(p.name, privacy.placeholder_name(p.id))
        if not messages.confirm(self.widget, text, self.tr("Anonimkan")):
            return
        with messages.guarded(self.widget) as g:
            privacy.anonymise_person(p.id, by=audit.actor())
        if g.ok:
            self.changed.emit()

    def export(self) -> None:
        p = self._person()
        if p is None:
            return
        path, fmt = pick_export_file(self.widget, f"data-pribadi-{p.id}.json")
        if not path:
            return
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        with messages.guarded(self.widget) as g:
            out = privacy.write_person_export(p.id, path, fmt)
        if g.ok:
            messages.info(self.widget, self.tr("Data pribadi diekspor ke {0}. Serahkan hanya kepada yang "
                                               "bersangkutan.").format(out))
