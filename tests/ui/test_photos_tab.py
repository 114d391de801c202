"""The meeting's Foto tab, driven like a user on a real database: add several photos at once (read off the GUI
thread), a file that is not a photo told in a sentence, captions saved as typed, who is pictured, reorder,
delete after asking, grid and list views."""
from __future__ import annotations

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView

from kpu_rakor.domain.services import meetings, photos
from kpu_rakor.ui.photos import photos_tab
from kpu_rakor.ui.meeting.meeting_editor import MeetingEditor
from kpu_rakor.ui.photos.photos_tab import PhotosTab
from ui_helpers import activate


def _files(tmp_path, n: int) -> list[str]:
    out = []
    for i in range(n):
        path = tmp_path / f"IMG_{i:04d}.jpg"
        size = (1200, 1600) if i == 1 else (2000, 1500)
        Image.new("RGB", size, (40 * i % 256, 120, 200)).save(path, "JPEG")
        out.append(str(path))
    return out


def open_tab(qtbot, meeting_id) -> PhotosTab:
    tab = PhotosTab()
    qtbot.addWidget(tab)
    tab.set_meeting(meeting_id)
    tab.resize(1100, 620)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def add_files(qtbot, tab, monkeypatch, paths) -> None:
    monkeypatch.setattr(photos_tab, "ask_photo_paths", lambda parent: list(paths))
    qtbot.mouseClick(tab.add_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: tab.job is None, timeout=15000)


def select_row(qtbot, tab, row: int) -> None:
    index = tab.model.index(row)
    tab.view.scrollTo(index)
    qtbot.mouseClick(tab.view.viewport(), Qt.LeftButton, pos=tab.view.visualRect(index).center())
    assert tab.view.currentIndex().row() == row


def captions(meeting_id) -> list[str]:
    return [p.caption for p in photos.list_photos(meeting_id)]


def test_a_new_meeting_takes_photos_at_once(qtbot, office):
    editor = MeetingEditor()  # made when its window opens (issue 13): nothing to save first
    qtbot.addWidget(editor)
    tab = editor.photos
    assert editor.tabs.tabText(editor.tabs.indexOf(tab)) == "&8 Foto"
    assert tab.unsaved_hint.isHidden() and tab.add_button.isEnabled()


def test_add_several_photos_with_one_that_is_not_a_photo(qtbot, rakor, tmp_path, monkeypatch, message_log):
    tab = open_tab(qtbot, rakor.id)
    assert tab.model.rowCount() == 0 and "Belum ada foto" in tab.preview.text()
    notes = tmp_path / "catatan.txt"
    notes.write_text("bukan foto")
    add_files(qtbot, tab, monkeypatch, _files(tmp_path, 3) + [str(notes)])

    assert tab.model.rowCount() == 3 and photos.count(rakor.id) == 3
    assert tab.count_label.text() == "3 foto"
    assert message_log.shown and message_log.shown[-1][0] == "error"
    assert "3 foto ditambahkan; 1 berkas dilewati" in message_log.shown[-1][1]
    assert "catatan.txt bukan gambar" in message_log.shown[-1][1]
    # The first new photo is shown, with its suggested caption ready to edit.
    assert tab.view.currentIndex().row() == 0
    assert tab.file_label.text() == "IMG_0000.jpg"
    assert tab.caption.toPlainText().startswith("Suasana Rakor Persiapan Pilkada")
    assert not tab.preview.pixmap().isNull()
    assert not tab.model.data(tab.model.index(1), Qt.DecorationRole).isNull()
    tab.grab().save(str(tmp_path / "foto-grid.png"))


def test_captions_are_saved_as_typed_and_follow_the_person_until_edited(qtbot, rakor, people_fixture, tmp_path,
                                                                        monkeypatch):
    amarodin, rochani, gogot = people_fixture
    meetings.set_roles(rakor.id, [dict(person_id=gogot.id, role="speaker", topic="Tahapan Pemilu")])
    tab = open_tab(qtbot, rakor.id)
    add_files(qtbot, tab, monkeypatch, _files(tmp_path, 2))

    # Choosing who is pictured rewrites the suggestion (the user had not touched it) and stores the person.
    i = tab.person.findData(gogot.id)
    assert i == 1  # the meeting's speaker comes first
    tab.person.setCurrentIndex(i)
    tab.person.activated.emit(i)
    expected = photos.suggest_caption(rakor.id, gogot.id)
    assert "saat menyampaikan materi Tahapan Pemilu" in expected
    assert tab.caption.toPlainText() == expected
    assert photos.list_photos(rakor.id)[0].person_id == gogot.id
    assert captions(rakor.id)[0] == expected

    # Typing is stored shortly after, without any button.
    tab.caption.setFocus()
    tab.caption.moveCursor(tab.caption.textCursor().MoveOperation.End)
    qtbot.keyClicks(tab.caption, " <b>&")
    qtbot.waitUntil(lambda: captions(rakor.id)[0] == expected + " <b>&", timeout=3000)
    # Now that the words are the user's, another person leaves them alone.
    j = tab.person.findData(rochani.id)
    tab.person.setCurrentIndex(j)
    tab.person.activated.emit(j)
    assert tab.caption.toPlainText() == expected + " <b>&"
    assert photos.list_photos(rakor.id)[0].person_id == rochani.id
    # … unless asked: Usulkan keterangan rewrites it, and Ctrl+Z brings the words back.
    qtbot.mouseClick(tab.suggest_button, Qt.LeftButton)
    assert captions(rakor.id)[0] == photos.suggest_caption(rakor.id, rochani.id)
    tab.caption.undo()
    assert tab.caption.toPlainText() == expected + " <b>&"

    # Moving to another photo stores the caption at once, without waiting for the timer.
    qtbot.keyClicks(tab.caption, "!")
    select_row(qtbot, tab, 1)
    assert captions(rakor.id)[0] == expected + " <b>&!"
    # So does leaving the tab.
    tab.caption.setPlainText("Foto kedua")
    tab.hide()
    assert captions(rakor.id)[1] == "Foto kedua"


def test_a_caption_too_long_is_said_next_to_it(qtbot, rakor, tmp_path, monkeypatch):
    tab = open_tab(qtbot, rakor.id)
    add_files(qtbot, tab, monkeypatch, _files(tmp_path, 1))
    tab.caption.setPlainText("x" * (photos.CAPTION_LIMIT + 5))
    assert not tab.save_caption()
    assert "terlalu panjang" in tab.caption_hint.text() and tab.caption_hint.isVisible()


def test_reorder_delete_and_views(qtbot, rakor, tmp_path, monkeypatch, message_log):
    tab = open_tab(qtbot, rakor.id)
    add_files(qtbot, tab, monkeypatch, _files(tmp_path, 3))
    ids = [r.id for r in photos.list_photos(rakor.id)]
    select_row(qtbot, tab, 0)
    assert not tab.up_button.isEnabled() and tab.down_button.isEnabled()
    qtbot.mouseClick(tab.down_button, Qt.LeftButton)
    assert [r.id for r in photos.list_photos(rakor.id)] == [ids[1], ids[0], ids[2]]
    assert tab.selected_id() == ids[0] and tab.view.currentIndex().row() == 1  # the selection follows
    activate(qtbot, tab)  # shortcuts fire in the active window only
    tab.view.setFocus()  # the keys work where the photos are (after a click there)
    qtbot.waitUntil(tab.view.hasFocus)
    qtbot.keyClick(tab.view, Qt.Key_Up, Qt.AltModifier)
    assert [r.id for r in photos.list_photos(rakor.id)] == ids

    # Delete asks first; "no" keeps the photo.
    select_row(qtbot, tab, 1)
    message_log.answer = False
    qtbot.mouseClick(tab.delete_button, Qt.LeftButton)
    assert photos.count(rakor.id) == 3
    assert message_log.shown[-1][0] == "confirm" and "IMG_0001.jpg" in message_log.shown[-1][1]
    message_log.answer = True
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key_Delete)
    assert [r.id for r in photos.list_photos(rakor.id)] == [ids[0], ids[2]]
    assert tab.selected_id() == ids[2] and tab.model.rowCount() == 2 and tab.count_label.text() == "2 foto"

    qtbot.mouseClick(tab.list_mode, Qt.LeftButton)
    assert tab.view.viewMode() == QListView.ListMode
    tab.grab().save(str(tmp_path / "foto-daftar.png"))
    qtbot.mouseClick(tab.list_mode, Qt.LeftButton)
    assert tab.view.viewMode() == QListView.IconMode


def test_the_editor_carries_the_tab_and_a_cancelled_import_stops(qtbot, rakor, tmp_path, monkeypatch):
    editor = MeetingEditor(rakor.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentWidget(editor.photos)
    tab = editor.photos
    assert tab.meeting_id == rakor.id and tab.add_button.isEnabled()
    job = photos_tab.PhotoImportJob(tab, rakor.id, _files(tmp_path, 4))
    job.cancel()  # cancelled before the first file: nothing is read or stored
    results = []
    job.done.connect(lambda added, skipped: results.append((added, skipped)))
    job.start()
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    assert results == [([], [])] and photos.count(rakor.id) == 0
    assert not job.thread.isRunning()
