"""Agenda templates on the Agenda tab: *Pakai templat* fills the agenda from the template of the meeting's kind,
timed from the start typed on the Rapat tab (asking before replacing items), *Simpan sebagai templat* keeps
this agenda as the kind's template for every PC, and an empty agenda proposes the kind's template."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTime
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QWidget

from ...domain.errors import ValidationError
from ...domain.services import agenda_templates
from .. import messages
from ..widgets import HintLabel


class AgendaTemplateActions(QObject):
    def __init__(self, agenda, form):
        super().__init__(agenda)
        self.agenda, self.form = agenda, form
        self.apply_action = self._action(self.tr("&Pakai templat…"), self.apply)
        self.save_action = self._action(self.tr("&Simpan sebagai templat…"), self.save)
        menu = QMenu(agenda)
        menu.addAction(self.apply_action)
        menu.addAction(self.save_action)
        self.button = QPushButton(self.tr("Templat"))
        self.button.setToolTip(self.tr("Templat agenda per jenis kegiatan (rakor, bimtek, …)"))
        self.button.setMenu(menu)
        agenda.side.insertWidget(agenda.side.count() - 1, self.button)  # under Naik, Turun, Hapus

        # The proposal above an empty agenda: "the rakor template: Pembukaan, … [Pakai templat]".
        self.proposal = QWidget()
        self.proposal_text = HintLabel()
        self.proposal_button = QPushButton(self.tr("Pakai templat"))
        row = QHBoxLayout(self.proposal)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.proposal_text, 1)
        row.addWidget(self.proposal_button)
        agenda.layout().insertWidget(0, self.proposal)
        self.proposal_button.clicked.connect(self.apply)
        form.kind.currentTextChanged.connect(lambda _t: self.update())
        for signal in (agenda.model.rowsInserted, agenda.model.rowsRemoved, agenda.model.modelReset):
            signal.connect(lambda *_: self.update())
        self.update()

    def _action(self, text, slot):
        a = QAction(text, self)
        a.triggered.connect(slot)
        return a

    def kind(self) -> str:
        return " ".join(self.form.kind.currentText().split()).lower()

    def update(self) -> None:
        items = agenda_templates.template_for(self.kind()) if self.kind() else []
        shown = bool(items) and self.agenda.model.rowCount() == 0
        if shown:
            self.proposal_text.set_hint(self.tr("Templat agenda “{0}”: {1}.").format(
                self.kind(), ", ".join(i.title for i in items)))
        self.proposal.setVisible(shown)

    def apply(self) -> bool:
        """Fill the agenda from the kind's template; False when there is none or the user kept the agenda."""
        kind = self.kind()
        items = agenda_templates.template_for(kind)
        if not items:
            messages.info(self.agenda, self.tr("Belum ada templat agenda untuk jenis kegiatan “{0}”. Susun "
                                               "agendanya, lalu Simpan sebagai templat.").format(kind))
            return False
        if self.agenda.model.rowCount() and not messages.confirm(
                self.agenda, self.tr("Ganti {0} acara yang sudah ada dengan templat “{1}”?").format(
                    self.agenda.model.rowCount(), kind), self.tr("Ganti")):
            return False
        rows = agenda_templates.layout(items, self.form.start.time())
        self.agenda.model.removeRows(0, self.agenda.model.rowCount())
        for r in rows:
            self.agenda.add_item(r["title"], r["start_time"], r["end_time"])
        if rows and rows[-1]["end_time"]:  # the next item typed starts when the template's last one ends
            end = QTime(rows[-1]["end_time"])
            self.agenda.start_edit.setTime(end)
            self.agenda.end_edit.setTime(end.addSecs(30 * 60))  # TimeField takes a QTime as well
        return True

    def save(self) -> bool:
        kind = self.kind()
        with messages.guarded(self.agenda) as g:
            rows, _keys = self.agenda.items()  # a time typed wrongly is its sentence
            items = agenda_templates.items_of([(r["title"], r["start_time"], r["end_time"]) for r in rows])
            if not kind:
                raise ValidationError(self.tr("Isi jenis kegiatan di tab Rapat dulu."), "kind")
        if not g.ok:
            return False
        if not items:
            messages.info(self.agenda, self.tr("Agenda masih kosong; tidak ada yang disimpan sebagai templat."))
            return False
        if agenda_templates.template_for(kind) and not messages.confirm(
                self.agenda, self.tr("Ganti templat agenda “{0}” dengan agenda ini ({1} acara)? Templat berlaku "
                                     "untuk semua PC kantor.").format(kind, len(items)), self.tr("Ganti")):
            return False
        with messages.guarded(self.agenda) as g:
            agenda_templates.save(kind, items)
        if g.ok:
            messages.info(self.agenda, self.tr("Templat agenda “{0}” disimpan ({1} acara).").format(kind, len(items)))
            self.update()
        return g.ok
