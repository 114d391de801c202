"""Issue 12 in the meeting editor: the letter's Sifat, Lampiran and signatory chosen on the Dokumen tab (and
remembered for the next letter), and the free Pembahasan of a meeting without an agenda on the Notulen tab."""
from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from pypdf import PdfReader
from ui_helpers import activate

from kpu_rakor.domain import documents
from kpu_rakor.domain.services import letter_fields, meetings, minutes, signatories
from kpu_rakor.ui import pdf_preview
from kpu_rakor.ui.meeting.meeting_editor import MeetingEditor


@pytest.fixture
def signers(office):
    signatories.set_signatory("sekretaris", "Drs. Gatot Subroto, M.Si.", "197001011995031001")
    signatories.set_signatory("ketua", "Dr. H. Rochani, S.Pd., M.Si.")


def _editor(qtbot, meeting_id: int, tab: str) -> MeetingEditor:
    ed = MeetingEditor(meeting_id)
    qtbot.addWidget(ed)
    ed.resize(1366, 768)
    activate(qtbot, ed)
    ed.tabs.setCurrentWidget(getattr(ed, tab))
    return ed


def _retype(qtbot, combo, text: str) -> None:
    """Select what the editable combo shows and type over it, key by key."""
    edit = combo.lineEdit()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClick(edit, Qt.Key_Backspace)
    qtbot.keyClicks(edit, text)


def _pdf_text(key: str, meeting_id: int, path) -> str:
    out = documents.render_document(key, meeting_id, path)
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages)


def test_the_letter_choices_are_made_on_the_documents_tab_and_kept_for_the_next_letter(qtbot, signers, tmp_path):
    m = meetings.create(title="Rakor Bakohumas", date=date(2021, 4, 7), start_time=time(9, 0), venue="Aula")
    ed = _editor(qtbot, m.id, "documents")
    box = ed.documents.letter_box
    assert box.isVisible()
    assert box.signer.currentText().startswith("Otomatis")
    assert [box.signer.itemText(i) for i in range(3)][1:] == ["Sekretaris (Drs. Gatot Subroto, M.Si.)",
                                                              "Ketua (Dr. H. Rochani, S.Pd., M.Si.)"]
    ed.grab().save(str(tmp_path / "letters-documents-tab.png"))

    _retype(qtbot, box.nature, "Segera")
    _retype(qtbot, box.attachment, "1 (satu) lembar")
    box.signer.setFocus()
    qtbot.keyClick(box.signer, Qt.Key_Down)
    qtbot.keyClick(box.signer, Qt.Key_Down)
    assert box.signer.currentData() == "ketua"  # chosen with the keys: stored at once, no Simpan
    assert "Tersimpan" in box.status.text()
    assert letter_fields.get(m.id) == letter_fields.LetterFields("Segera", "1 (satu) lembar", "ketua")
    text = _pdf_text(documents.UNDANGAN, m.id, tmp_path / "u.pdf")
    assert "Sifat : Segera" in text and "Lampiran : 1 (satu) lembar" in text
    assert "Dr. H. Rochani, S.Pd., M.Si." in text and "Gatot" not in text
    ed.close()

    nxt = meetings.create(title="Rakor Berikutnya", date=date(2021, 5, 7), start_time=time(9, 0), venue="Aula")
    ed2 = _editor(qtbot, nxt.id, "documents")
    box2 = ed2.documents.letter_box
    assert (box2.nature.currentText(), box2.attachment.currentText(), box2.signer.currentData()) == (
        "Segera", "1 (satu) lembar", "ketua")


def test_an_empty_sifat_is_a_sentence_and_nothing_changes(qtbot, signers, message_log):
    m = meetings.create(title="Rakor", date=date(2021, 4, 7), start_time=time(9, 0), venue="Aula")
    ed = _editor(qtbot, m.id, "documents")
    box = ed.documents.letter_box
    _retype(qtbot, box.nature, "   ")
    qtbot.keyClick(box.nature.lineEdit(), Qt.Key_Tab)  # leaving the field stores it, or says why not
    assert any("Sifat surat wajib diisi" in text for _kind, text in message_log.shown)
    assert letter_fields.get(m.id).nature == "Penting"  # as it was


def test_a_choice_not_yet_saved_is_saved_before_the_letter_is_made(qtbot, signers, tmp_path, message_log):
    pdf_preview.remember_folder(tmp_path)
    m = meetings.create(title="Rakor", date=date(2021, 4, 7), start_time=time(9, 0), venue="Aula")
    ed = _editor(qtbot, m.id, "documents")
    _retype(qtbot, ed.documents.letter_box.nature, "Sangat Segera")
    with qtbot.waitSignal(ed.documents.rendered, timeout=20_000) as done:
        qtbot.mouseClick(ed.documents.buttons[documents.UNDANGAN], Qt.LeftButton)
    assert message_log.shown == []
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(done.args[0])).pages)
    assert "Sifat : Sangat Segera" in text
    assert letter_fields.get(m.id).nature == "Sangat Segera"


def test_a_meeting_we_attend_has_no_letter_box(qtbot, office):
    m = meetings.create(title="Rakor KPU RI", date=date(2021, 4, 7), start_time=time(9, 0), our_role="participant",
                        mode="daring")
    ed = _editor(qtbot, m.id, "documents")
    assert not ed.documents.letter_box.isVisible()


def test_a_meeting_without_an_agenda_gets_a_free_pembahasan_that_prints(qtbot, office, tmp_path):
    m = meetings.create(title="Rakor KPU RI", date=date(2021, 4, 7), start_time=time(9, 0), our_role="participant",
                        mode="daring")
    ed = _editor(qtbot, m.id, "minutes")
    tab = ed.minutes
    qtbot.waitUntil(lambda: tab.body.isVisible())
    assert tab.discussion_box.isVisible() and tab.no_agenda_hint.isVisible()
    tab.discussion.setFocus()
    qtbot.keyClicks(tab.discussion, "KPU RI menyampaikan jadwal tahapan.")
    qtbot.waitUntil(lambda: minutes.snapshot(m.id)["discussion"] == "KPU RI menyampaikan jadwal tahapan.",
                    timeout=3000)
    ed.grab().save(str(tmp_path / "letters-minutes-tab.png"))
    text = _pdf_text(documents.NOTULEN, m.id, tmp_path / "lhr.pdf")
    assert "KPU RI menyampaikan jadwal tahapan." in text.split("PEMBAHASAN", 1)[1]


def test_with_an_agenda_the_free_pembahasan_stays_out_of_the_way(qtbot, office):
    m = meetings.create(title="Rakor", date=date(2021, 4, 7), start_time=time(9, 0), venue="Aula")
    meetings.set_agenda(m.id, [{"title": "Pembukaan"}])
    ed = _editor(qtbot, m.id, "minutes")
    qtbot.waitUntil(lambda: bool(ed.minutes.blocks))
    assert not ed.minutes.discussion_box.isVisible()
