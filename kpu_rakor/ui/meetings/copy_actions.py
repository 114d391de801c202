"""The Rapat list's *Duplikat rapat* and *Rapat berikutnya dalam seri*: a button with a menu and the table's
context menu; the new meeting opens afterwards, as a meeting opens from the list."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QPushButton


class CopyActions(QObject):
    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.duplicate_action = QAction(self.tr("&Duplikat rapat…"), page)
        self.duplicate_action.setToolTip(self.tr("Rapat baru seperti rapat terpilih, pada tanggal lain"))
        self.next_action = QAction(self.tr("Rapat &berikutnya dalam seri…"), page)
        self.next_action.setToolTip(self.tr("Rapat berikutnya dalam seri rapat terpilih (bulan depan, atau "
                                            "jarak biasa seri itu)"))
        self.duplicate_action.triggered.connect(lambda: self.make("duplicate"))
        self.next_action.triggered.connect(lambda: self.make("next"))
        menu = QMenu(page)
        menu.addAction(self.duplicate_action)
        menu.addAction(self.next_action)
        self.button = QPushButton(self.tr("&Salin"))
        self.button.setToolTip(self.tr("Buat rapat baru dari rapat terpilih: duplikat, atau rapat berikutnya "
                                       "dalam seri"))
        self.button.setMenu(menu)
        table = page.table
        table.setContextMenuPolicy(Qt.CustomContextMenu)
        table.customContextMenuRequested.connect(self.context_menu)
        table.selectionModel().selectionChanged.connect(lambda *_: self.update())
        page.content_button.toggled.connect(lambda _on: self.update())
        self.update()

    def update(self) -> None:
        on = not self.page.in_content_mode() and self.page.selected_id() is not None
        for w in (self.duplicate_action, self.next_action, self.button):
            w.setEnabled(on)

    def context_menu(self, pos) -> QMenu | None:
        """Right-click on a meeting: Buka and Hapus (the page's own actions), then these two."""
        table = self.page.table
        index = table.indexAt(pos)
        if not index.isValid():
            return None
        table.selectRow(index.row())
        menu = QMenu(table)
        menu.setAttribute(Qt.WA_DeleteOnClose)
        menu.addAction(self.page.open_action)
        menu.addAction(self.page.delete_action)
        menu.addSeparator()
        menu.addAction(self.duplicate_action)
        menu.addAction(self.next_action)
        menu.popup(table.viewport().mapToGlobal(pos))
        return menu

    def make(self, kind: str) -> int | None:
        """Ask the date, make the meeting, show it in the list and open it; the new id (None: not made)."""
        source = self.page.selected_id()
        if source is None or self.page.in_content_mode():
            return None
        from .copy_dialog import CopyMeetingDialog  # its module (and the editor's form) load when first used

        from .. import messages
        with messages.guarded(self.page) as g:
            dialog = CopyMeetingDialog(source, kind, self.page)
        if not g.ok or dialog.exec() != QDialog.Accepted or dialog.new_id is None:
            return None
        page = self.page
        page.reload_months()
        page.refresh()
        page.select_meeting(dialog.new_id)
        page._edit(dialog.new_id)
        return dialog.new_id
