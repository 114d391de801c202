"""Pengaturan's kop surat: separate fields read from the stored kop, a preview drawn by the documents'
letterhead code that follows the typing, the website normalised, and examples that name the office itself."""
from __future__ import annotations

from PySide6.QtCore import Qt

from kpu_rakor.domain.services import installation
from kpu_rakor.ui.preferences.settings_page import SettingsPage

from ui_helpers import activate

KOP = ("KOMISI PEMILIHAN UMUM\nKABUPATEN TULUNGAGUNG\nJl. Ki Hajar Dewantara No. 31, Tulungagung 66233\n"
       "Telp. (0355) 321234 · Laman: kab-tulungagung.kpu.go.id")


def _page(qtbot):
    page = SettingsPage()
    qtbot.addWidget(page)
    page.resize(1100, 700)
    activate(qtbot, page)
    return page


def test_the_kop_shows_as_fields_with_a_preview(qtbot, office):
    installation.set_office(office.id, letterhead_lines=KOP)
    page = _page(qtbot)
    kop = page.letterhead
    assert kop.name.toPlainText() == "KOMISI PEMILIHAN UMUM\nKABUPATEN TULUNGAGUNG"
    assert kop.address.toPlainText() == "Jl. Ki Hajar Dewantara No. 31, Tulungagung 66233"
    assert kop.phone.text() == "(0355) 321234"
    assert kop.email.text() == ""
    assert kop.website_edit.text() == "kab-tulungagung.kpu.go.id"
    before = kop.preview.pixmap().toImage()
    assert not before.isNull()

    kop.email.setFocus()
    qtbot.keyClicks(kop.email, "kpu.tulungagungkab@gmail.com")
    qtbot.waitUntil(lambda: kop.preview.pixmap().toImage() != before)  # drawn again once typing pauses
    assert kop.text().endswith("Surel: kpu.tulungagungkab@gmail.com")

    kop.website_edit.clear()
    kop.website_edit.setFocus()
    qtbot.keyClicks(kop.website_edit, "https://Kab-Tulungagung.kpu.go.id/")
    qtbot.keyClick(kop.website_edit, Qt.Key_Tab)
    assert kop.website_edit.text() == "kab-tulungagung.kpu.go.id"  # no https://, no trailing slash

    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    p = installation.profile()
    assert p.letterhead_lines == (
        "KOMISI PEMILIHAN UMUM\nKABUPATEN TULUNGAGUNG\nJl. Ki Hajar Dewantara No. 31, Tulungagung 66233\n"
        "Telp. (0355) 321234 · Laman: kab-tulungagung.kpu.go.id · Surel: kpu.tulungagungkab@gmail.com")
    assert p.website == "kab-tulungagung.kpu.go.id"
    assert p.address == "Jl. Ki Hajar Dewantara No. 31, Tulungagung 66233"
    assert page.status_label.text() == "Profil kantor tersimpan."


def test_the_examples_name_this_office(qtbot, office):
    installation.set_office(office.id, letterhead_lines="", default_venue="")
    page = _page(qtbot)
    assert "TULUNGAGUNG" in page.letterhead.name.placeholderText()
    assert "Tulungagung" in page.letterhead.address.placeholderText()
    assert page.venue.placeholderText() == "mis. Ruang Rapat KPU Kabupaten Tulungagung"
