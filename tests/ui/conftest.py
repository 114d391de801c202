"""GUI test fixtures: fresh QSettings and app-data folders per test, and message boxes that never block."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from kpu_rakor.ui import messages
from kpu_rakor.ui.none_refcount import protect_none

protect_none()  # else the run can abort at exit with "none_dealloc" (a PySide6 6.12 bug on Python 3.11)


class RecordingBackend:
    """Stands in for message boxes: records what would have been shown, answers confirmations."""

    def __init__(self):
        self.shown: list[tuple[str, str]] = []
        self.answer = True

    def info(self, parent, title, text):
        self.shown.append(("info", text))

    def error(self, parent, title, text):
        self.shown.append(("error", text))

    def confirm(self, parent, title, text, yes_label):
        self.shown.append(("confirm", text))
        return self.answer


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Each test gets its own QSettings file and app-data folder, never the developer's."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(tmp_path / "config"))
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "config"))
    yield


@pytest.fixture(autouse=True)
def message_log(monkeypatch):
    backend = RecordingBackend()
    monkeypatch.setattr(messages, "backend", backend)
    return backend


@pytest.fixture
def folder(tmp_path):
    """The document folder, chosen and present: where the Dokumen tab writes without asking."""
    from kpu_rakor.ui import pdf_preview

    out = tmp_path / "dokumen"
    out.mkdir()
    pdf_preview.remember_folder(out)
    return out


@pytest.fixture
def people_fixture(office):
    """A few people in the directory, as an office would have them."""
    from kpu_rakor.domain.services import people
    return [
        people.create(name="Much. Amarodin", position="Kasubag Teknis dan Hupmas", satker_id=office.id),
        people.create(name="Dr. H. Rochani, S.Pd., M.Si.", position="Ketua", satker_id=office.id),
        people.create(name="Gogot Cahyo Baskoro", position="Anggota", satker_id=office.id),
    ]



@pytest.fixture
def rakor(people_fixture):
    """Today's meeting, with the directory's people invited: the desk tests' meeting."""
    from kpu_rakor.domain.services import meetings
    from ui_helpers import meeting_starting_now

    m = meeting_starting_now()
    meetings.invite(m.id, [p.id for p in people_fixture])
    return m
