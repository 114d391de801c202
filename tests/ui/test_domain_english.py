"""Domain sentences reach the English screens: a UserError keeps its template and parameters, str() stays
Indonesian (the CLI), messages.sentence() speaks the screen's language."""
from __future__ import annotations

import pytest

from kpu_rakor.domain.errors import UserError, ValidationError
from kpu_rakor.domain.services import checkin, restore
from kpu_rakor.ui import i18n, messages


def test_a_refusal_is_indonesian_for_the_cli_and_english_on_an_english_screen(qapp, tmp_path):
    missing = tmp_path / "kpu-rakor-cadangan-x.db"
    with pytest.raises(UserError) as found:
        restore.check_backup(missing)
    with pytest.raises(ValidationError) as refused:
        checkin.undo(1, 1, "  ")
    assert str(found.value) == f"Berkas cadangan {missing} tidak ditemukan."
    assert messages.sentence(found.value) == str(found.value)  # Indonesian screen: the same sentence
    assert refused.value.field == "reason"
    translator = i18n.install(qapp, "en")
    try:
        assert messages.sentence(found.value) == f"The backup file {missing} was not found."
        assert messages.sentence(refused.value) == "A reason for undoing is required."
        assert str(refused.value) == "Alasan pembatalan wajib diisi."
    finally:
        qapp.removeTranslator(translator)


def test_a_sentence_without_a_template_is_shown_as_written(qapp):
    assert messages.sentence(UserError("Kalimat lama.")) == "Kalimat lama."


def test_why_a_document_cannot_be_made_is_english_on_the_english_dokumen_tab(qapp, qtbot, office):
    from datetime import date, time

    from kpu_rakor.domain.services import meetings
    from kpu_rakor.ui.meeting.documents_tab import DocumentsTab

    m = meetings.create(title="Rakor Tahapan", kind="rakor", date=date(2021, 4, 7), start_time=time(9, 0))
    translator = i18n.install(qapp, "en")
    try:
        tab = DocumentsTab()
        qtbot.addWidget(tab)
        tab.set_meeting(m.id)
        assert tab.hints["dokumentasi"].text() == "The photo documentation cannot be made: this meeting has no " \
                                                  "photos yet."
        assert tab.word.buttons["berita"].toolTip().startswith("The news article cannot be made")
        assert tab.extras.hints["sertifikat"].text().startswith("Certificates are made for outreach events")
    finally:
        qapp.removeTranslator(translator)
    tab.refresh()  # Indonesian again: the domain's own sentence
    assert tab.hints["dokumentasi"].text() == "Dokumentasi tidak dapat dibuat: rapat ini belum punya foto."
