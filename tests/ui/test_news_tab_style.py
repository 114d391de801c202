"""The Berita tab's additions for issue 12: the Peserta line the article may name (and only it), the Versi
panjang check box, and a checklist that says "Tidak ada catatan" only when there is nothing to note."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from ui_helpers import activate

from kpu_rakor.domain.services import installation, minutes, satker, transfer
from kpu_rakor.domain.services.news import drafts, settings
from kpu_rakor.ui.meeting.meeting_editor import MeetingEditor

DATA = Path(__file__).parent.parent / "data" / "news"


@pytest.fixture
def meeting(office):
    """The Bolmong socialisation followed online from Lolak (a KPU RI meeting), without its audience line."""
    doc = json.loads((DATA / "bolmong_juknis_bakohumas_2021.json").read_text(encoding="utf-8"))
    doc["news"].pop("audience")
    o = doc["office"]
    installation.set_office(satker.by_region_code("71.01").id, city=o["city"], website=o["website"],
                            writer_initials=o["writer_initials"])
    return transfer.import_data(doc)


@pytest.fixture
def editor(qtbot, meeting):
    ed = MeetingEditor(meeting.id)
    qtbot.addWidget(ed)
    activate(qtbot, ed)
    ed.tabs.setCurrentWidget(ed.news)
    qtbot.waitUntil(lambda: ed.news._loaded_for == meeting.id)
    return ed


def test_the_audience_typed_on_the_berita_tab_is_the_only_one_the_article_names(qtbot, editor, meeting):
    tab = editor.news
    qtbot.mouseClick(tab.draft_button, Qt.LeftButton)
    assert "se-Indonesia" not in tab.body.toPlainText()  # nobody recorded who took part
    assert tab.checks.codes == [] and "Tidak ada catatan" in tab.checks.item(0).text()

    tab.audience.setFocus()
    qtbot.keyClicks(tab.audience, "Peserta: jajaran KPU Provinsi dan KPU Kabupaten/Kota se-Indonesia")
    qtbot.keyClick(tab.audience, Qt.Key_Return)
    assert settings.audience(meeting.id) == "jajaran KPU Provinsi dan KPU Kabupaten/Kota se-Indonesia"
    assert tab.audience.text() == "jajaran KPU Provinsi dan KPU Kabupaten/Kota se-Indonesia"
    assert "Buat ulang" in tab.save_status.text()
    qtbot.mouseClick(tab.draft_button, Qt.LeftButton)
    assert "diikuti oleh jajaran KPU Provinsi dan KPU Kabupaten/Kota se-Indonesia" in \
        " ".join(tab.body.toPlainText().split())


def test_the_long_version_keeps_every_note_and_the_checklist_counts_words(qtbot, editor, meeting):
    tab = editor.news
    snap = minutes.save(meeting.id, {})
    item = next(i for i in snap["items"] if i["discussion"])
    notes = "\n".join(f"Program Bakohumas tahap {k} memperkuat koordinasi kehumasan di setiap kabupaten dan kota "
                      f"bersama pemangku kepentingan daerah." for k in range(1, 31))
    minutes.save_item(meeting.id, item["id"], discussion=notes)
    qtbot.mouseClick(tab.draft_button, Qt.LeftButton)
    short = tab.body.toPlainText()
    assert len(short.split()) <= 400 and "tahap 30" not in short
    assert "length" not in tab.checks.codes

    box = tab.long_version
    qtbot.mouseClick(box, Qt.LeftButton, pos=QPoint(8, box.height() // 2))  # on its box, as a user clicks
    assert tab.long_version.isChecked()
    qtbot.mouseClick(tab.draft_button, Qt.LeftButton)
    longer = tab.body.toPlainText()
    assert "tahap 30" in longer and len(longer.split()) > 400
    assert "length" not in tab.checks.codes  # the long version has no upper limit
    qtbot.mouseClick(box, Qt.LeftButton, pos=QPoint(8, box.height() // 2))  # back to the default: too long now
    assert "length" in tab.checks.codes and "Tidak ada catatan" not in tab.checks.item(0).text()
    assert drafts.current(meeting.id).body == longer


def test_a_style_slip_typed_into_the_body_is_caught(qtbot, editor, meeting):
    tab = editor.news
    qtbot.mouseClick(tab.draft_button, Qt.LeftButton)
    assert tab.checks.codes == []
    tab.body.moveCursor(tab.body.textCursor().MoveOperation.End)
    tab.body.setFocus()
    qtbot.keyClick(tab.body, Qt.Key_Return)
    qtbot.keyClick(tab.body, Qt.Key_Return)
    qtbot.keyClicks(tab.body, "Ia menutup kegiatan dengan doa..")
    qtbot.waitUntil(lambda: {"pronoun", "double_period"} <= set(tab.checks.codes), timeout=1000)


def test_the_short_name_typed_in_the_person_dialog_is_the_one_the_article_uses(qtbot, meeting):
    from kpu_rakor.domain.services import people
    from kpu_rakor.ui.directory.person_dialog import PersonDialog

    raka = next(p for p in people.listing() if p.name.startswith("I Dewa Kade"))
    dialog = PersonDialog(raka.id)
    qtbot.addWidget(dialog)
    assert dialog.short_name.text() == ""  # worked out from the name until set
    dialog.short_name.setFocus()
    qtbot.keyClicks(dialog.short_name, "Dewa Raka")
    dialog.save()
    assert dialog.result() == PersonDialog.DialogCode.Accepted
    assert people.get(raka.id).short_name == "Dewa Raka"
    from kpu_rakor.domain.services.news import facts
    assert any(s.person.short == "Dewa Raka" for s in facts.gather(meeting.id).speakers)
