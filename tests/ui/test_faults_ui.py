"""Faults as the window shows them (issue 15, part 6): a full disk is a sentence saying what to do."""
from __future__ import annotations

import peewee

from kpu_rakor.domain.db import DISK_FULL_MESSAGE
from kpu_rakor.domain.errors import DiskFull
from kpu_rakor.ui import messages


def test_a_full_disk_is_shown_as_disk_penuh(message_log):
    messages.show_exception(None, DiskFull(DISK_FULL_MESSAGE))
    # Met outside a write transaction, the driver's error still becomes the same sentence.
    messages.show_exception(None, peewee.OperationalError("database or disk is full"))
    assert message_log.shown == [("error", DISK_FULL_MESSAGE)] * 2
    messages.show_exception(None, RuntimeError("program error"))
    assert "tidak terduga" in message_log.shown[-1][1]


# --- user text is text: tooltips and labels never render a name as markup ----------------------------------

from PySide6.QtGui import Qt  # noqa: E402  (QtGui.Qt carries mightBeRichText)
from PySide6.QtGui import QTextDocument  # noqa: E402

from kpu_rakor.domain.services import checkin, desk, people  # noqa: E402
from kpu_rakor.ui.plain import tip  # noqa: E402

MARKUP = "<b>Budi</b> & <i>Siti</i>"


def shown(tooltip: str) -> str:
    """What Qt shows for a tooltip: rich text when it guesses so, else the string itself."""
    if not Qt.mightBeRichText(tooltip):
        return tooltip
    doc = QTextDocument()
    doc.setHtml(tooltip)
    return doc.toPlainText()


def test_tip_shows_markup_literally_and_leaves_plain_names_alone(qapp):
    assert Qt.mightBeRichText(MARKUP)  # what Qt would have rendered bold and italic
    assert shown(tip(MARKUP)) == MARKUP
    assert shown(tip(f"{MARKUP}\nHanya 5 menit")) == f"{MARKUP}\nHanya 5 menit"
    assert tip("Much. Amarodin, S.Pd.") == "Much. Amarodin, S.Pd." and tip("") == "" and tip(None) is None
    assert shown(tip('<img src="/etc/passwd">')) == '<img src="/etc/passwd">'


def test_attendance_tab_tooltips_and_the_desk_lists_show_a_name_as_written(qtbot, rakor, office):
    from kpu_rakor.ui.attendance import attendance_model as cols
    from kpu_rakor.ui.attendance.attendance_tab import AttendanceTab
    from kpu_rakor.ui.checkin.recent_model import RecentModel

    odd = people.create(name=MARKUP, position="<u>Operator</u>", satker_id=office.id)
    checkin.check_in_person(rakor.id, odd.id, desk="Meja <b>1</b>")

    tab = AttendanceTab()
    qtbot.addWidget(tab)
    tab.set_meeting(rakor.id)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: tab.proxy.rowCount() > 0, timeout=3000)
    row = next(r for r in range(tab.proxy.rowCount()) if tab.proxy.index(r, cols.NAME).data() == MARKUP)
    assert shown(tab.proxy.index(row, cols.NAME).data(Qt.ToolTipRole)) == MARKUP
    assert tab.selection_label.textFormat() == Qt.PlainText

    recent = RecentModel()
    recent.set_rows(desk.recent(rakor.id))
    assert shown(recent.index(0, 1).data(Qt.ToolTipRole)) == MARKUP
    assert shown(recent.index(0, 4).data(Qt.ToolTipRole)) == "Meja <b>1</b>"
    assert recent.index(0, 1).data(Qt.DisplayRole) == MARKUP  # the cell itself was always literal


def test_delegate_search_and_person_search_tooltips_are_literal(qtbot, rakor, office):
    from kpu_rakor.ui.checkin.status_dialog import StatusDialog
    from kpu_rakor.ui.person_search import PersonSearch

    odd = people.create(name=MARKUP, position="Operator", satker_id=office.id)
    someone = people.create(name="Rina Wati", satker_id=office.id)
    dialog = StatusDialog(rakor.id, someone.id, "Meja 1")
    qtbot.addWidget(dialog)
    dialog.search_delegate("Budi")
    item = next(dialog.delegate_model.item(r) for r in range(dialog.delegate_model.rowCount())
                if dialog.delegate_model.item(r).data(Qt.UserRole) == odd.id)
    assert shown(item.toolTip()).startswith(MARKUP + " — Operator")

    search = PersonSearch()
    qtbot.addWidget(search)
    search.run_search("Budi")
    texts = [search.model.item(r).toolTip() for r in range(search.model.rowCount())]
    assert any(shown(t).startswith(MARKUP) for t in texts), texts


def test_error_sentences_quoting_a_name_are_plain_text(qapp):
    from kpu_rakor.ui.widgets import HintLabel

    label = HintLabel()
    label.set_error(f"Peserta {MARKUP!r} sudah tercatat.")
    assert label.textFormat() == Qt.PlainText
    box = messages._box(messages.QMessageBox.Warning, "KPU Rakor", MARKUP, messages.QMessageBox.Ok, None)
    assert box.textFormat() == Qt.PlainText
