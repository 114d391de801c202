"""The parts of a meeting window that save as they change: how each is read from its tab, written through the
meetings services, and put back into its tab by undo. The window (meeting_editor.py) wires them to the tabs'
`changed` signals; meeting_autosave.py decides when to write and keeps the undo steps."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.errors import ValidationError
from ...domain.services import meetings, office_invitations, people
from .agenda_tab import ID_ROLE, KEY_ROLE
from .meeting_autosave import Part, PartialWrite
from .office_invitees import LINE, NAME, SATKER

WHEN = {"date", "start_time", "end_time"}  # judged together by the service (the end after the start)


def fields_part(editor) -> Part:
    form = editor.form
    # A series is a row of its own, made for each new name: one is stored when its field is left or a name is
    # chosen, not for every prefix typed on the way ("Rakor b", "Rakor bu", …).
    series = {"text": form.series.currentText()}

    def commit_series(*_args) -> None:
        if series["text"] != form.series.currentText():
            series["text"] = form.series.currentText()
            editor.saver.touch("fields")

    form.series.lineEdit().editingFinished.connect(commit_series)
    form.series.textActivated.connect(commit_series)
    editor.commit_typing = commit_series

    def read() -> dict:
        return dict(form.values(), series=series["text"])

    def write(new: dict, old: dict | None) -> dict:
        changed = {k: v for k, v in new.items() if old is None or old.get(k) != v}
        if not changed:
            return new
        try:
            meetings.update(editor.meeting_id, **changed)
        except ValidationError as exc:
            # One refused field must not hold back the others typed with it: store those, keep the refusal.
            refused = WHEN if exc.field in WHEN else {exc.field}
            rest = {k: v for k, v in changed.items() if k not in refused}
            if not rest or rest == changed:
                raise
            meetings.update(editor.meeting_id, **rest)
            raise PartialWrite(dict(old or {}, **rest), exc) from exc
        return new

    def show(_value: dict) -> None:
        form.load(meetings.get(editor.meeting_id))  # the stored row, as opening the window shows it
        series["text"] = form.series.currentText()

    return Part("fields", read, write, show,
                QCoreApplication.translate("MeetingEditor", "Ubah data rapat"))


def agenda_part(editor) -> Part:
    agenda = editor.agenda

    def read() -> list[dict]:
        items, keys = agenda.items()  # a time typed wrongly is its sentence (ValidationError)
        return [dict(item, key=key) for item, key in zip(items, keys)]

    def write(new: list[dict], _old) -> list[dict]:
        stored = meetings.set_agenda(editor.meeting_id, [{k: v for k, v in item.items() if k != "key"}
                                                         for item in new])
        keys = [item["key"] for item in new]
        agenda.remember_ids(keys, [a.id for a in stored])
        return [dict(item, id=a.id) for item, a in zip(new, stored)]

    def show(value: list[dict]) -> None:
        agenda.model.removeRows(0, agenda.model.rowCount())
        for item in value:
            agenda.add_item(item["title"], item["start_time"], item["end_time"], item["id"], key=item["key"])

    return Part("agenda", read, write, show, QCoreApplication.translate("MeetingEditor", "Ubah agenda"))


def _agenda_ids(agenda) -> dict:
    """Agenda row key → stored agenda item id (None for a row not stored yet)."""
    return {agenda.model.item(r, 0).data(KEY_ROLE): agenda.model.item(r, 0).data(ID_ROLE)
            for r in range(agenda.model.rowCount())}


def roles_part(editor) -> Part:
    roles, agenda = editor.roles, editor.agenda

    def read() -> list[dict]:
        ids = _agenda_ids(agenda)
        out = []
        for r in roles.roles():
            key = r.pop("agenda_key")
            aid = ids.get(key) if key is not None else None
            if key is not None and aid is None:
                raise ValidationError(QCoreApplication.translate(
                    "MeetingEditor", "Acara untuk peran ini belum tersimpan; perbaiki agendanya dulu."), "role")
            out.append(dict(r, agenda_item_id=aid))
        return out

    def write(new: list[dict], _old) -> list[dict]:
        meetings.set_roles(editor.meeting_id, new)
        return new

    def show(value: list[dict]) -> None:
        key_of = {aid: key for key, aid in _agenda_ids(agenda).items() if aid is not None}
        roles.refresh_agenda_choices()
        roles.model.removeRows(0, roles.model.rowCount())
        for r in value:
            roles.add_role(r["person_id"], r["role"], key_of.get(r["agenda_item_id"]), r["topic"])

    return Part("roles", read, write, show, QCoreApplication.translate("MeetingEditor", "Ubah peran"))


def invitees_part(editor) -> Part:
    tab = editor.invitees

    def write(new: list[int], _old) -> list[int]:
        meetings.set_invitees(editor.meeting_id, new)
        return new

    def show(value: list[int]) -> None:
        tab.model.removeRows(0, tab.model.rowCount())
        tab.load([people.get(pid) for pid in value])

    return Part("invitees", tab.person_ids, write, show,
                QCoreApplication.translate("MeetingEditor", "Ubah undangan"))


def offices_part(editor) -> Part:
    offices = editor.invitees.offices

    def read() -> list[tuple[int, str, str]]:
        return [(offices.model.item(r).data(SATKER), offices.model.item(r).data(LINE),
                 offices.model.item(r).data(NAME)) for r in range(offices.model.rowCount())]

    def write(new: list[tuple[int, str, str]], _old) -> list[tuple[int, str, str]]:
        office_invitations.set_for_meeting(editor.meeting_id, [(sid, line) for sid, line, _name in new])
        return new

    def show(value: list[tuple[int, str, str]]) -> None:
        offices.model.removeRows(0, offices.model.rowCount())
        for sid, line, name in value:
            offices._append(sid, name, line, [])
        offices.refresh_filled()
        offices._update_count()

    return Part("offices", read, write, show,
                QCoreApplication.translate("MeetingEditor", "Ubah kantor diundang"))


def all_parts(editor) -> list[Part]:
    """In the order they are written: the agenda before the roles that point at its items."""
    return [fields_part(editor), agenda_part(editor), roles_part(editor), invitees_part(editor),
            offices_part(editor)]

