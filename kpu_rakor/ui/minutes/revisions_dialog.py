"""Riwayat revisi: every earlier approved version of a notulen, with when and why it was changed, read-only."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListView,
                               QPlainTextEdit, QSplitter, QVBoxLayout, QWidget)

from ...domain import timefmt
from ...domain.errors import UserError
from ...domain.services import minutes, people
from .. import messages
from .signoff_bar import approved_text
from ..plain import tip
from ..screen_fit import fit_to_screen


def _numbered(text: str) -> list[str]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return [f"{n}. {line}" for n, line in enumerate(lines, 1)]


def _name(person_id: int | None) -> str:
    if not person_id:
        return ""
    try:
        return people.get(person_id).name
    except UserError:
        return QCoreApplication.translate("RevisionsDialog", "(orang yang sudah dihapus dari direktori)")


def snapshot_text(snap: dict, zone: str) -> str:
    """A notulen snapshot as plain text to read: sections in the order the notulen prints them."""
    def at(value):
        return timefmt.clock_zone(datetime.fromisoformat(value), zone) if value else ""

    out: list[str] = []
    if snap.get("approved_at"):
        out += [approved_text(_name(snap.get("approved_by")), datetime.fromisoformat(snap["approved_at"]), zone),
                ""]
    out.append(QCoreApplication.translate("RevisionsDialog", "PEMBUKAAN"))
    opened = [part for part in (QCoreApplication.translate("RevisionsDialog", "pukul {0}").format(at(snap["opened_at"]))
                                if snap.get("opened_at") else "",
                                QCoreApplication.translate("RevisionsDialog", "dibuka oleh {0}")
                                .format(snap["opened_by_name"]) if snap.get("opened_by_name") else "") if part]
    if opened:
        sentence = ", ".join(opened)
        sentence = sentence[0].upper() + sentence[1:]  # not capitalize(): it lowercases names
        out.append(sentence if sentence.endswith(".") else sentence + ".")  # "M.Si." ends the sentence
    if snap.get("opening_text", "").strip():
        out.append(snap["opening_text"].strip())
    titles = {}
    number = 0
    for item in snap.get("items", []):
        titles[item.get("agenda_item_id")] = item["title"]
        number += item.get("agenda_item_id") is not None
        heading = f"{number}. {item['title']}" if item.get("agenda_item_id") is not None else item["title"]
        out += ["", heading]
        if item["discussion"].strip():
            out += [QCoreApplication.translate("RevisionsDialog", "Pembahasan:"), item["discussion"].strip()]
        if item["decisions"].strip():
            out += [QCoreApplication.translate("RevisionsDialog", "Kesimpulan / keputusan:"),
                    *_numbered(item["decisions"])]
    if snap.get("conclusions", "").strip():
        out += ["", QCoreApplication.translate("RevisionsDialog", "KESIMPULAN UMUM"), *_numbered(snap["conclusions"])]
    if snap.get("closed_at") or snap.get("closing_text", "").strip():
        out += ["", QCoreApplication.translate("RevisionsDialog", "PENUTUPAN")]
    if snap.get("closed_at"):
        out.append(QCoreApplication.translate("RevisionsDialog", "Rapat ditutup pukul {0}.")
                   .format(at(snap["closed_at"])))
    if snap.get("closing_text", "").strip():
        out.append(snap["closing_text"].strip())
    if snap.get("quotes"):
        out += ["", QCoreApplication.translate("RevisionsDialog", "KUTIPAN")]
        for q in snap["quotes"]:
            who = q.get("person_name") or QCoreApplication.translate("RevisionsDialog", "(tanpa nama)")
            where = titles.get(q.get("agenda_item_id"))
            out.append(f"“{q['text']}” — {who}" + (f" ({where})" if where else ""))
    return "\n".join(out)


class RevisionsDialog(QDialog):
    """The list of revisions on the left; the chosen one's text on the right."""

    def __init__(self, meeting_id: int, zone: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Riwayat revisi notulen"))
        self.meeting_id, self.zone = meeting_id, zone
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setSpacing(2)
        self.reason = QLabel()
        self.reason.setTextFormat(Qt.PlainText)
        self.reason.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.reason)
        right_layout.addWidget(self.text, 1)
        split = QSplitter()
        split.addWidget(self.view)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 600])
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Setiap versi yang pernah disetujui, sebelum diubah. Hanya untuk dibaca."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(split, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.view.selectionModel().currentChanged.connect(lambda cur, _prev: self.show_revision(cur.row()))
        self._revisions = []
        with messages.guarded(self):
            self._revisions = minutes.revisions(meeting_id)
        for r in self._revisions:
            changed = timefmt.to_local(r.created_at, zone)
            item = QStandardItem(self.tr("Revisi {0}\ndiubah {1}, {2}").format(
                r.revision, timefmt.date_only(changed), timefmt.clock_zone(r.created_at, zone)))
            item.setData(r.revision, Qt.UserRole)
            item.setToolTip(tip(r.reason))
            self.model.appendRow(item)
        if self._revisions:
            self.view.setCurrentIndex(self.model.index(0, 0))
        fit_to_screen(self, (940, 600))

    def show_revision(self, row: int) -> None:
        if not 0 <= row < len(self._revisions):
            return
        r = self._revisions[row]
        self.reason.setText(self.tr("Revisi {0}, diganti dengan alasan: {1}").format(r.revision, r.reason))
        with messages.guarded(self):
            self.text.setPlainText(snapshot_text(minutes.revision(self.meeting_id, r.revision), self.zone))
