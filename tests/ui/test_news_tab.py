"""The Berita tab, driven like the Kasubag Hupmas the afternoon after the rakor: draft, edit (never press save),
watch the checklist, draft again only after saying yes, export and copy captions."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import activate

from kpu_rakor.domain.services import installation, satker, transfer
from kpu_rakor.domain.services.news import drafts
from kpu_rakor.ui.news import news_exports
from kpu_rakor.ui.meeting.meeting_editor import MeetingEditor

DATA = Path(__file__).parent.parent / "data" / "news"
ON_DISK_MS = 1000


@pytest.fixture
def meeting(office):
    """The Tulungagung rakor of 7 April 2021, from its meeting file (with a photo)."""
    doc = json.loads((DATA / "tulungagung_bakohumas_2021.json").read_text(encoding="utf-8"))
    o = doc["office"]
    installation.set_office(satker.by_region_code("35.04").id, city=o["city"], website=o["website"],
                            writer_initials=o["writer_initials"])
    return transfer.import_data(doc)


@pytest.fixture
def editor(qtbot, meeting, tmp_path, monkeypatch):
    from kpu_rakor.ui import pdf_preview
    pdf_preview.remember_folder(tmp_path)
    ed = MeetingEditor(meeting.id)
    qtbot.addWidget(ed)
    activate(qtbot, ed)
    ed.tabs.setCurrentWidget(ed.news)
    qtbot.waitUntil(lambda: ed.news._loaded_for == meeting.id)
    return ed


def test_draft_edit_autosave_and_live_checklist(qtbot, editor, meeting, message_log):
    tab = editor.news
    assert tab.draft_button.text().replace("&", "") == "Buat draf"
    assert "Belum ada draf" in tab.checks.item(0).text()
    qtbot.mouseClick(tab.draft_button, Qt.LeftButton)
    assert tab.body.toPlainText().startswith("Surabaya, kpu-tulungagungkab.go.id – ")  # held there
    assert tab.headline.text() and tab.initials.text() == "amr"
    assert tab.checks.codes == ["opener"]  # the article names no opener: the one gap
    assert tab.draft_button.text().replace("&", "") == "Buat ulang"
    assert not drafts.is_edited(meeting.id)

    # Typing is saved without any button, within a second.
    tab.body.moveCursor(tab.body.textCursor().MoveOperation.End)
    tab.body.setFocus()
    qtbot.keyClicks(tab.body, " Ditulis oleh <tim> & humas.")
    qtbot.waitUntil(lambda: "<tim> & humas." in (drafts.current(meeting.id).body or ""), timeout=ON_DISK_MS)
    assert drafts.is_edited(meeting.id) and "Tersimpan" in tab.save_status.text()
    # ... and the checklist follows: the initials are no longer at the end.
    qtbot.waitUntil(lambda: "initials" in tab.checks.codes, timeout=ON_DISK_MS)

    # Initials typed in their field go back to the end of the article.
    tab.initials.setText("Hms/Kot")
    tab.initials.editingFinished.emit()
    assert tab.body.toPlainText().rstrip().endswith("(Hms/Kot)")
    qtbot.waitUntil(lambda: drafts.current(meeting.id).writer_initials == "Hms/Kot", timeout=ON_DISK_MS)
    qtbot.waitUntil(lambda: "initials" not in tab.checks.codes, timeout=ON_DISK_MS)


def test_draft_again_asks_before_overwriting_edits(qtbot, editor, meeting, message_log):
    tab = editor.news
    qtbot.mouseClick(tab.draft_button, Qt.LeftButton)
    tab.headline.setFocus()
    tab.headline.selectAll()
    qtbot.keyClicks(tab.headline, "Judul yang disunting")
    assert tab.flush()

    message_log.answer = False  # "Batal"
    qtbot.mouseClick(tab.draft_button, Qt.LeftButton)
    assert message_log.shown[-1][0] == "confirm" and "sudah Anda ubah" in message_log.shown[-1][1]
    assert tab.headline.text() == "Judul yang disunting" == drafts.current(meeting.id).headline

    message_log.answer = True
    qtbot.mouseClick(tab.draft_button, Qt.LeftButton)
    assert tab.headline.text() != "Judul yang disunting" and not drafts.is_edited(meeting.id)

    # Another phrasing of an unedited draft needs no question.
    asked = len(message_log.shown)
    before = tab.body.toPlainText()
    for _ in range(6):
        qtbot.mouseClick(tab.variant_button, Qt.LeftButton)
        if tab.body.toPlainText() != before:
            break
    assert tab.body.toPlainText() != before and len(message_log.shown) == asked


def test_exports_and_captions(qtbot, editor, meeting, tmp_path, monkeypatch, message_log):
    tab = editor.news
    qtbot.mouseClick(tab.draft_button, Qt.LeftButton)
    qtbot.mouseClick(tab.txt_button, Qt.LeftButton)
    qtbot.mouseClick(tab.html_button, Qt.LeftButton)
    txt = sorted(tmp_path.glob("*.txt"))
    html = sorted(tmp_path.glob("*.html"))
    assert len(txt) == 1 and len(html) == 1 and txt[0].name.startswith("Berita Kegiatan - ")
    assert txt[0].read_text(encoding="utf-8").startswith(tab.headline.text() + "\n\n")
    assert html[0].read_text(encoding="utf-8").startswith("<h1>")
    qtbot.mouseClick(tab.txt_button, Qt.LeftButton)
    assert len(list(tmp_path.glob("*.txt"))) == 2  # a new name each time

    tab.platform.setCurrentIndex(tab.platform.findData("x"))
    qtbot.mouseClick(tab.copy_button, Qt.LeftButton)
    copied = QApplication.clipboard().text()
    assert 0 < len(copied) <= 280 and "#TemanPemilih" in copied

    monkeypatch.setattr(news_exports, "ask_hashtags", lambda parent: bool(
        __import__("kpu_rakor.domain.services.news", fromlist=["settings"]).settings.set_hashtags("#Rakor")))
    qtbot.mouseClick(tab.tags_button, Qt.LeftButton)
    tab.platform.setCurrentIndex(tab.platform.findData("instagram"))
    qtbot.mouseClick(tab.copy_button, Qt.LeftButton)
    assert QApplication.clipboard().text().endswith("#Rakor")

    opened = []
    monkeypatch.setattr(news_exports.NewsExports, "_pdf_done", lambda self, path: opened.append(path))
    job = tab.exports.export_pdf()
    assert job is not None
    job.wait()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert Path(opened[0]).suffix == ".pdf" and Path(opened[0]).stat().st_size > 1000
    assert not [m for m in message_log.shown if m[0] == "error"]


def test_photo_choice_is_kept_for_the_pdf(qtbot, editor, meeting):
    tab = editor.news
    assert tab.photos.list.count() == 1 and tab.photos.chosen() == drafts.chosen_photos(meeting.id)
    tab.photos.list.item(0).setCheckState(Qt.Unchecked)
    assert drafts.chosen_photos(meeting.id) == []


def test_closing_the_editor_saves_what_was_just_typed(qtbot, editor, meeting):
    tab = editor.news
    qtbot.mouseClick(tab.draft_button, Qt.LeftButton)
    tab.body.setFocus()
    qtbot.keyClicks(tab.body, "X")
    editor.close()  # before the timer fires
    assert not editor.isVisible()
    assert drafts.current(meeting.id).body.startswith("X")


def test_a_new_meeting_can_be_drafted_at_once(qtbot, office):
    ed = MeetingEditor()  # made when its window opens (issue 13): nothing to save first
    qtbot.addWidget(ed)
    ed.show()
    ed.tabs.setCurrentWidget(ed.news)
    assert not ed.news.unsaved_hint.isVisibleTo(ed.news) and ed.news.draft_button.isEnabled()


def test_tab_screenshot(qtbot, editor, meeting, tmp_path):
    """The tab as the clerk sees it, for a look (news_tab.png in the test's folder, under pytest's basetemp:
    a fixed /tmp name failed for a second user, or beside another run, when the file was not theirs)."""
    tab = editor.news
    qtbot.mouseClick(tab.draft_button, Qt.LeftButton)
    editor.resize(1000, 660)  # the editor's size on a 1366×768 laptop
    qtbot.wait(50)
    assert editor.grab().save(str(tmp_path / "news_tab.png"))


def test_a_missing_document_folder_is_asked_for_before_the_text_is_saved(qtbot, editor, meeting, tmp_path,
                                                                         monkeypatch, message_log):
    from kpu_rakor.ui import pdf_preview
    from kpu_rakor.ui.meeting import document_folder

    pdf_preview.remember_folder(tmp_path / "flashdisk")  # chosen last week; the USB disk is not plugged in
    other = tmp_path / "arsip"
    other.mkdir()
    monkeypatch.setattr(document_folder, "ask_folder", lambda parent, current: other)
    tab = editor.news
    qtbot.mouseClick(tab.draft_button, Qt.LeftButton)
    qtbot.mouseClick(tab.txt_button, Qt.LeftButton)
    assert [m[0] for m in message_log.shown] == ["info"]  # said first, then asked
    [txt] = other.glob("*.txt")
    assert txt.name.startswith("Berita Kegiatan - ")
    monkeypatch.setattr(document_folder, "ask_folder", lambda parent, current: None)
    pdf_preview.remember_folder(tmp_path / "gone")
    qtbot.mouseClick(tab.html_button, Qt.LeftButton)  # declined: nothing is written anywhere
    assert not list(tmp_path.rglob("*.html"))


def test_a_refused_save_keeps_the_text_says_why_and_saves_once_mended(qtbot, editor, meeting):
    """The Berita tab saves through the same Autosaver as the notulen: a text the service refuses (pasted past
    the limit) stays on screen with the sentence, and the next change that mends it is stored."""
    tab = editor.news
    qtbot.mouseClick(tab.draft_button, Qt.LeftButton)
    stored = drafts.current(meeting.id).body
    tab.body.setPlainText("x" * drafts.BODY_LIMIT + "y")
    assert not tab.flush()
    assert "Isi berita terlalu panjang" in tab.error and "belum tersimpan" in tab.save_status.text()
    assert tab.body.toPlainText().endswith("xy") and drafts.current(meeting.id).body == stored
    tab.body.setFocus()
    tab.body.moveCursor(tab.body.textCursor().MoveOperation.End)
    qtbot.keyClick(tab.body, Qt.Key_Backspace)
    # 100,000 letters: the checklist reading them takes its time too, so more than the usual second here.
    qtbot.waitUntil(lambda: len(drafts.current(meeting.id).body) == drafts.BODY_LIMIT, timeout=5 * ON_DISK_MS)
    assert not tab.error and "Tersimpan" in tab.save_status.text()
    tab.headline.setText("J" * (drafts.HEADLINE_LIMIT + 5))
    assert len(tab.headline.text()) == drafts.HEADLINE_LIMIT  # the headline field stops at the limit
