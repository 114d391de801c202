"""Kartu peserta from the app: file question and system viewer replaced at the edge, rendering for real."""
from __future__ import annotations

import re
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget
from pypdf import PdfReader

from kpu_rakor.domain.models import AuditLog
from kpu_rakor.domain.services import meetings
from kpu_rakor.ui import file_dialogs, jobs
from kpu_rakor.ui.checkin import badge_export


@pytest.fixture
def meeting(people_fixture):
    m = meetings.create(title="Rapat Koordinasi Persiapan Pilkada", date=date(2024, 8, 20), start_time=time(9, 0),
                        venue="Aula KPU Kabupaten Tulungagung")
    meetings.invite(m.id, [p.id for p in people_fixture])
    return m


@pytest.fixture
def edges(monkeypatch, tmp_path):
    """The save dialog answers with a file in tmp_path; the system viewer records what it was asked to open."""
    calls = {"asked": [], "opened": [], "answer": str(tmp_path / "kartu"), "viewer_ok": True}

    def save_name(parent, caption, directory, filter_):
        calls["asked"].append(directory)
        return calls["answer"]

    def open_url(url):
        calls["opened"].append(url)
        return calls["viewer_ok"]

    monkeypatch.setattr(file_dialogs, "save_file", save_name)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return calls


def test_export_writes_the_pdf_and_opens_it(qtbot, meeting, edges, message_log):
    parent = QWidget()
    qtbot.addWidget(parent)
    out = badge_export.export_badges(parent, meeting.id)
    assert out == Path(edges["answer"] + ".pdf") and out.read_bytes().startswith(b"%PDF")
    text = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert "Much. Amarodin" in text and "Dr. H. Rochani, S.Pd., M.Si." in text
    assert [u.toLocalFile() for u in edges["opened"]] == [str(out)]
    assert re.search(rf"kartu-qr-{meeting.id}-\d{{8}}-\d{{6}}\.pdf$", edges["asked"][0])
    assert message_log.shown == []
    assert AuditLog.select().where((AuditLog.entity == "badges") & AuditLog.personal_data).count() == 1


def test_default_name_is_new_each_time(meeting):
    from datetime import datetime
    a = badge_export.default_path(meeting.id, datetime(2024, 8, 20, 8, 0, 0))
    b = badge_export.default_path(meeting.id, datetime(2024, 8, 20, 8, 0, 1))
    assert a != b and a.name == f"kartu-qr-{meeting.id}-20240820-080000.pdf"


def test_viewer_missing_is_told_in_a_sentence(qtbot, meeting, edges, message_log):
    edges["viewer_ok"] = False
    out = badge_export.export_badges(None, meeting.id)
    assert out.exists()
    assert message_log.shown and message_log.shown[0][0] == "error" and str(out) in message_log.shown[0][1]


def test_meeting_without_invitees_asks_nothing(qtbot, office, edges, message_log):
    m = meetings.create(title="Rapat kosong", date=date(2024, 8, 20))
    assert badge_export.export_badges(None, m.id) is None
    assert edges["asked"] == [] and "belum punya undangan" in message_log.shown[0][1]


def test_cancelled_file_question_writes_nothing(qtbot, meeting, edges, tmp_path):
    edges["answer"] = ""
    assert badge_export.export_badges(None, meeting.id) is None
    assert edges["opened"] == [] and list(tmp_path.glob("*.pdf")) == []


def test_cancel_during_rendering_leaves_no_file(qtbot, meeting, edges, tmp_path, monkeypatch):
    start = jobs.Job.start

    def cancelled_start(self):
        self.cancel()  # as if Batal was pressed before the first card was drawn
        start(self)

    monkeypatch.setattr(jobs.Job, "start", cancelled_start)
    assert badge_export.export_badges(None, meeting.id) is None
    assert edges["opened"] == [] and list(tmp_path.glob("*.pdf")) == []
    assert AuditLog.select().where(AuditLog.entity == "badges").count() == 0
