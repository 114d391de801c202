"""Set an invitee's status by hand at the desk: izin, sakit, dinas luar, or diwakili by a delegate who is
then checked in on their behalf."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QDialog, QDialogButtonBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView, QRadioButton, QVBoxLayout)

from ...domain.models import ATT_DINAS_LUAR, ATT_DIWAKILI, ATT_IZIN, ATT_SAKIT
from ...domain.services import checkin, desk, people
from .. import messages
from ..widgets import HintLabel, SearchBox, save_cancel_buttons
from ..plain import tip
from ..screen_fit import fit_to_screen

MANUAL_STATUSES = (ATT_IZIN, ATT_SAKIT, ATT_DINAS_LUAR, ATT_DIWAKILI)
DELEGATE_RESULTS = 20


def fit_width(dialog: QDialog, width: int) -> None:
    """Size a dialog to `width` and the height its wrapped labels need there (resize(w, 0) clips them)."""
    layout = dialog.layout()
    dialog.setMinimumWidth(min(width, 420))
    if layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(width)
    else:
        height = layout.totalSizeHint().height()
    fit_to_screen(dialog, (width, max(height, layout.totalMinimumSize().height())))


class DialogHint(HintLabel):
    """A HintLabel that grows its dialog when a sentence appears: a top-level window does not grow by itself
    for a wrapped label, so the other labels would be squeezed and clipped."""

    def set_error(self, text: str) -> None:
        super().set_error(text)
        self._refit()

    def set_hint(self, text: str) -> None:
        super().set_hint(text)
        self._refit()

    def _refit(self) -> None:
        window = self.window()
        if window is not self and isinstance(window, QDialog) and window.isVisible():
            fit_width(window, window.width())


def person_heading(person) -> tuple[str, str]:
    """(name, "Jabatan, Satker") for the top of a desk dialog."""
    return person.name, ", ".join(x for x in (person.position, people.display_institution(person)) if x)


def heading_labels(person, parent) -> tuple[QLabel, QLabel]:
    name, place = person_heading(person)
    name_label, place_label = QLabel(name), QLabel(place)
    for label in (name_label, place_label):
        label.setTextFormat(Qt.PlainText)  # a name with "<" or "&" is text, never markup
        label.setWordWrap(True)
    big = QFont(parent.font())
    big.setPointSizeF(big.pointSizeF() * 1.4)
    big.setBold(True)
    name_label.setFont(big)
    place_label.setVisible(bool(place))
    return name_label, place_label


class StatusDialog(QDialog):
    """On Simpan calls checkin.set_status; `self.attendance` then holds the saved row."""

    def __init__(self, meeting_id: int, person_id: int, desk: str, parent=None):
        super().__init__(parent)
        self.meeting_id, self.person_id, self.desk = meeting_id, person_id, desk
        self.attendance = None
        self.delegate_id: int | None = None
        person = people.get(person_id)
        # Whom it acts on, in the title too: F7 acts on whoever was chosen last, which may not be who is in front.
        self.setWindowTitle(self.tr("Ubah status: {0}").format(person.name))
        self.name_label, self.place_label = heading_labels(person, self)

        self.group = QButtonGroup(self)
        mnemonics = {ATT_IZIN: self.tr("&Izin"), ATT_SAKIT: self.tr("S&akit"),
                     ATT_DINAS_LUAR: self.tr("&Dinas luar"), ATT_DIWAKILI: self.tr("Di&wakili")}
        self.radios: dict[str, QRadioButton] = {}
        status_row = QHBoxLayout()
        for status in MANUAL_STATUSES:
            radio = QRadioButton(mnemonics[status])
            self.radios[status] = radio
            self.group.addButton(radio)
            status_row.addWidget(radio)
        status_row.addStretch(1)
        # No status is chosen for the user: an Enter pressed at once must not record "izin" by accident.
        status_box = QGroupBox(self.tr("Status"))
        status_box.setLayout(status_row)

        self.note = QLineEdit()
        self.note.setMaxLength(300)
        self.note.setPlaceholderText(self.tr("mis. tugas ke KPU Provinsi, surat izin menyusul"))

        self.delegate_box = QGroupBox(self.tr("Yang mewakili"))
        self.delegate_search = SearchBox(self.tr("Ketik nama yang mewakili…"))
        self.delegate_model = QStandardItemModel(self)
        self.delegate_view = QListView()
        self.delegate_view.setModel(self.delegate_model)
        self.delegate_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.delegate_view.setMinimumHeight(110)
        self.delegate_label = QLabel()
        self.delegate_label.setTextFormat(Qt.PlainText)
        self.delegate_label.setWordWrap(True)
        box = QVBoxLayout(self.delegate_box)
        box.addWidget(self.delegate_search)
        box.addWidget(self.delegate_view, 1)
        box.addWidget(self.delegate_label)
        self.delegate_search.search.connect(self.search_delegate)
        self.delegate_search.installEventFilter(self)
        self.delegate_view.activated.connect(self._pick_index)
        self.delegate_view.clicked.connect(self._pick_index)
        self.delegate_view.selectionModel().currentChanged.connect(lambda i, _p: self._pick_index(i))

        self.error_label = DialogHint()
        buttons = save_cancel_buttons(self, self.save)
        self.save_button = buttons.button(QDialogButtonBox.Save)

        form = QFormLayout()
        form.addRow(self.tr("&Keterangan:"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addWidget(self.place_label)
        layout.addWidget(status_box)
        layout.addLayout(form)
        layout.addWidget(self.delegate_box, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.group.buttonToggled.connect(lambda _b, _on: self._status_changed())
        self._status_changed()
        fit_width(self, 560)

    def status(self) -> str | None:
        for status, radio in self.radios.items():
            if radio.isChecked():
                return status
        return None

    def set_status(self, status: str) -> None:
        self.radios[status].setChecked(True)

    def _status_changed(self) -> None:
        delegated = self.status() == ATT_DIWAKILI
        self.delegate_box.setEnabled(delegated)
        if self.delegate_box.isVisibleTo(self) != delegated:
            self.delegate_box.setVisible(delegated)  # a big empty box would only distract for izin/sakit
            fit_width(self, self.width())
        self._show_delegate()
        self.error_label.set_error("")
        if delegated:
            self.delegate_search.setFocus()

    # --- the delegate ---------------------------------------------------------------------------------

    def search_delegate(self, text: str) -> None:
        self.delegate_model.clear()
        with messages.guarded(self):
            for c in desk.search_people(self.meeting_id, text, limit=DELEGATE_RESULTS):
                if c.person_id == self.person_id:
                    continue  # nobody represents themselves
                place = ", ".join(x for x in (c.position, c.satker) if x)
                text_ = f"{c.name} — {place}" if place else c.name
                if c.checked_in:
                    text_ += " · " + self.tr("sudah hadir")
                item = QStandardItem(text_)
                item.setToolTip(tip(text_))
                item.setData(c.person_id, Qt.UserRole)
                item.setData(c.name, Qt.UserRole + 1)
                self.delegate_model.appendRow(item)
        if self.delegate_model.rowCount() == 1:
            self._pick_index(self.delegate_model.index(0, 0))

    def eventFilter(self, obj, event):
        # Enter in the delegate search picks the first match and stays in the dialog: a wrong guess must
        # not be saved by the same keystroke (the dialog's default button would otherwise take it).
        if (obj is self.delegate_search and event.type() == QEvent.KeyPress
                and event.key() in (Qt.Key_Return, Qt.Key_Enter)):
            self._enter_in_search()
            return True
        return super().eventFilter(obj, event)

    def _enter_in_search(self) -> None:
        self.delegate_search.flush()
        if self.delegate_model.rowCount():
            current = self.delegate_view.currentIndex()
            self._pick_index(current if current.isValid() else self.delegate_model.index(0, 0))
            self.delegate_view.setFocus()

    def _pick_index(self, index) -> None:
        if not index.isValid():
            return
        self.delegate_view.setCurrentIndex(index)
        self.pick_delegate(index.data(Qt.UserRole), index.data(Qt.UserRole + 1))

    def pick_delegate(self, person_id: int, name: str | None = None) -> None:
        self.delegate_id = person_id
        self.delegate_name = name or people.get(person_id).name
        self._show_delegate()

    def _show_delegate(self) -> None:
        if self.delegate_id is None:
            self.delegate_label.setText(self.tr("Belum ada yang dipilih. Ketik nama, lalu pilih dari daftar."))
            self.delegate_label.setStyleSheet("color: #555555;")
        else:
            self.delegate_label.setText(self.tr("Diwakili oleh: {0} (dicatat hadir saat disimpan)")
                                        .format(self.delegate_name))
            self.delegate_label.setStyleSheet("font-weight: bold;")

    # --- saving ---------------------------------------------------------------------------------------

    def save(self) -> None:
        status = self.status()
        if status is None:
            self.error_label.set_error(self.tr("Pilih dulu statusnya: izin, sakit, dinas luar, atau diwakili."))
            self.radios[ATT_IZIN].setFocus()
            return
        delegate_id = self.delegate_id if status == ATT_DIWAKILI else None
        if status == ATT_DIWAKILI and delegate_id is None:
            self.error_label.set_error(self.tr("Pilih dulu orang yang mewakili: ketik namanya, lalu pilih "
                                               "dari daftar."))
            self.delegate_search.setFocus()
            return
        ok, row = messages.attempt(
            self, lambda exc: self.error_label.set_error(messages.sentence(exc)),
            lambda: checkin.set_status(self.meeting_id, self.person_id, status, note=self.note.text(),
                                       delegate_id=delegate_id, desk=self.desk))
        if not ok:
            return
        self.attendance = row
        self.accept()
