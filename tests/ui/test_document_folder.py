"""The document folder is made ready before a document is drawn: the default Documents folder is created when
missing; a chosen folder that is gone is asked for again first, and nothing is drawn when the user declines."""
from __future__ import annotations

import pytest

from kpu_rakor.ui import pdf_preview, settings
from kpu_rakor.ui.meeting import document_folder
from kpu_rakor.ui.meeting.documents_tab import DocumentsTab

from ui_helpers import meeting_starting_now


@pytest.fixture
def tab(qtbot, office):
    widget = DocumentsTab()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    widget.set_meeting(meeting_starting_now("Rakor Tahapan Kampanye").id)
    return widget


def test_a_missing_chosen_folder_is_asked_for_before_the_pdf_is_made(qtbot, tab, tmp_path, monkeypatch,
                                                                     message_log):
    gone = tmp_path / "flashdisk" / "dokumen"
    pdf_preview.remember_folder(gone)  # chosen last week; the USB disk is not plugged in today
    other = tmp_path / "arsip"
    other.mkdir()
    asked = []

    def ask(parent, current):
        asked.append(tab.job)  # no job yet: the question comes first
        return other

    monkeypatch.setattr(document_folder, "ask_folder", ask)
    with qtbot.waitSignal(tab.preview_opened, timeout=60_000) as opened:
        assert tab.render("daftar_hadir") is not None
    qtbot.addWidget(opened.args[0])
    qtbot.waitUntil(lambda: not tab.job.running)
    assert asked == [None]
    assert message_log.shown[0][0] == "info" and str(gone) in message_log.shown[0][1]
    assert [p.parent for p in other.glob("*.pdf")] == [other]
    assert settings.DOCUMENT_FOLDER.get() == str(other)  # the next document goes there without asking
    assert tab.folder_label.text() == str(other)


def test_declining_to_pick_a_folder_makes_nothing(qtbot, tab, tmp_path, monkeypatch):
    pdf_preview.remember_folder(tmp_path / "hilang")
    monkeypatch.setattr(document_folder, "ask_folder", lambda parent, current: None)
    assert tab.render("daftar_hadir") is None
    assert tab.job is None
    assert not list(tmp_path.rglob("*.pdf"))


def test_the_default_documents_folder_is_created_when_missing(qtbot, tab, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    settings.DOCUMENT_FOLDER.set("")
    documents = document_folder.default_folder()
    assert not documents.exists() and str(documents).startswith(str(tmp_path / "home"))
    monkeypatch.setattr(document_folder, "ask_folder", lambda parent, current: pytest.fail("nothing to ask"))
    with qtbot.waitSignal(tab.preview_opened, timeout=60_000) as opened:
        assert tab.render("daftar_hadir") is not None
    qtbot.addWidget(opened.args[0])
    qtbot.waitUntil(lambda: not tab.job.running)
    assert documents.is_dir() and len(list(documents.glob("*.pdf"))) == 1
    assert settings.DOCUMENT_FOLDER.get() == ""  # still "the Documents folder", wherever it is

