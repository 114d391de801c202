"""The Dokumen tab's Word row: a click saves the letter as .docx in the documents folder (made off the GUI
thread), "Untuk TTE" saves the e-signature variant under its own name, "Buka berkas Word" hands the file to
the system, and a document that cannot be made says why."""
from __future__ import annotations

from datetime import date, time

import pytest
from docx import Document
from PySide6.QtCore import Qt, QThread

from kpu_rakor.domain import documents
from kpu_rakor.domain.services import meetings, people, signatories
from kpu_rakor.ui import pdf_preview
from kpu_rakor.ui.meeting.documents_tab import DocumentsTab


@pytest.fixture
def meeting(any_office):
    signatories.set_signatory("sekretaris", "Drs. Gatot Subroto, M.Si.", "197001011995031001",
                              "Sekretaris KPU Kabupaten Tulungagung")
    guest = people.create(name="Siti <Aminah> & Co", position="Ketua Bawaslu Kabupaten Tulungagung")
    m = meetings.create(title="Rakor Optimalisasi Media Sosial", date=date(2021, 4, 7), start_time=time(10, 0),
                        venue="Aula KPU Kabupaten Tulungagung", invitation_number="112/PP.01-Und/3504/2021")
    meetings.set_agenda(m.id, [{"title": "Optimalisasi media sosial"}])
    meetings.invite(m.id, [guest.id])
    return m


@pytest.fixture
def tab(qtbot, meeting, folder):
    widget = DocumentsTab()
    qtbot.addWidget(widget)
    widget.resize(1000, 660)
    widget.show()
    widget.set_meeting(meeting.id)
    return widget


def _text(path) -> str:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def _save(qtbot, tab, key: str):
    with qtbot.waitSignal(tab.word.saved, timeout=60_000) as saved:
        qtbot.mouseClick(tab.word.buttons[key], Qt.LeftButton)
    qtbot.waitUntil(lambda: not tab.word.running)
    return saved.args[0]


def test_word_button_saves_the_letter_off_the_gui_thread(qtbot, tab, folder, monkeypatch):
    gui, seen = QThread.currentThread(), []
    real = documents.render_document

    def watch(*args, **kwargs):  # the real export, noting the thread it runs in
        seen.append(QThread.currentThread())
        return real(*args, **kwargs)

    monkeypatch.setattr(documents, "render_document", watch)
    assert tab.word.buttons["undangan"].isEnabled()
    path = _save(qtbot, tab, "undangan")
    assert seen and seen[0] is not gui
    assert path.parent == folder
    assert path.name == "Undangan - Rakor Optimalisasi Media Sosial - 2021-04-07.docx"
    text = _text(path)
    for expected in ("Rabu, 07 April 2021", "10.00 WIB s.d. selesai", "Siti <Aminah> & Co",
                     "Drs. Gatot Subroto, M.Si.", "112/PP.01-Und/3504/2021"):
        assert expected in text, expected
    assert "${ttd_pengirim}" not in text
    assert f"disimpan di {path}" in tab.word.status.text()
    assert all(b.isEnabled() for k, b in tab.word.buttons.items() if k != documents.BERITA)


def test_tte_variant_and_opening_the_file(qtbot, tab, folder, monkeypatch):
    opened = []
    monkeypatch.setattr(pdf_preview, "open_in_system_viewer", lambda path: opened.append(path) or True)
    qtbot.mouseClick(tab.word.tte, Qt.LeftButton)
    assert tab.word.tte.isChecked()
    assert not tab.word.open_button.isVisible()  # nothing saved yet
    path = _save(qtbot, tab, "undangan")
    assert path.name == "Undangan TTE - Rakor Optimalisasi Media Sosial - 2021-04-07.docx"
    text = _text(path)
    for expected in ("${nomor_naskah}", "${tanggal_naskah}", "${ttd_pengirim}"):
        assert expected in text, expected
    assert "Drs. Gatot Subroto" not in text and "112/PP.01-Und/3504/2021" not in text
    assert "untuk TTE" in tab.word.status.text()
    # Saving again makes a new file: the one open in Word stays untouched.
    again = _save(qtbot, tab, "undangan")
    assert again.name == "Undangan TTE - Rakor Optimalisasi Media Sosial - 2021-04-07 (2).docx"
    assert tab.word.open_button.isVisible()
    qtbot.mouseClick(tab.word.open_button, Qt.LeftButton)
    assert opened == [again]


def test_notulen_in_word_and_why_the_berita_cannot_be_made(qtbot, tab, folder):
    berita = tab.word.buttons[documents.BERITA]
    assert not berita.isEnabled() and "draf berita rapat ini belum ditulis" in berita.toolTip()
    path = _save(qtbot, tab, "notulen")
    assert path.name.startswith("Notulen - ") and path.suffix == ".docx"
    assert "NOTULEN RAPAT" in _text(path)


def test_without_a_meeting_the_word_buttons_wait(qtbot, any_office, folder):
    widget = DocumentsTab()
    qtbot.addWidget(widget)
    assert not any(b.isEnabled() for b in widget.word.buttons.values())
    assert widget.word.export("undangan") is None


def test_a_missing_folder_is_asked_for_before_the_word_file_is_made(qtbot, tab, tmp_path, monkeypatch,
                                                                   message_log):
    from kpu_rakor.ui.meeting import document_folder

    pdf_preview.remember_folder(tmp_path / "flashdisk")  # the USB disk chosen last week is not plugged in
    other = tmp_path / "arsip"
    other.mkdir()
    asked = []
    monkeypatch.setattr(document_folder, "ask_folder",
                        lambda parent, current: asked.append(tab.word.job) or other)
    path = _save(qtbot, tab, documents.UNDANGAN)
    assert asked == [None]  # asked before any job started
    assert path.parent == other and path.suffix == ".docx"
