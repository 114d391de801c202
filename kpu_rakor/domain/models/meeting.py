"""A meeting and everything planned for it: agenda, roles, invitations, and the series it belongs to."""
from __future__ import annotations

import peewee

from .base import BaseModel, TimestampedModel
from .directory import Person, Satker

ROLE_HOST, ROLE_PARTICIPANT = "host", "participant"
OUR_ROLES = (ROLE_HOST, ROLE_PARTICIPANT)

MODE_LURING, MODE_DARING, MODE_HIBRIDA = "luring", "daring", "hibrida"
MODES = (MODE_LURING, MODE_DARING, MODE_HIBRIDA)

STATUS_DRAFT, STATUS_SCHEDULED, STATUS_UNDERWAY, STATUS_DONE = "draft", "scheduled", "underway", "done"
MEETING_STATUSES = (STATUS_DRAFT, STATUS_SCHEDULED, STATUS_UNDERWAY, STATUS_DONE)

# Kinds of activity; free text is allowed, these are the ones offered.
MEETING_KINDS = (
    "rakor", "rapat pleno", "rapat internal", "sosialisasi", "bimtek", "focus group discussion",
    "webinar", "audiensi", "monitoring dan evaluasi",
)


class MeetingSeries(TimestampedModel):
    """Meetings that belong together (a monthly rakor): follow-ups carry over from one to the next."""

    name = peewee.CharField(max_length=200, unique=True)


class Meeting(TimestampedModel):
    title = peewee.CharField(max_length=300)
    kind = peewee.CharField(max_length=60, default="rakor")
    our_role = peewee.CharField(max_length=12, default=ROLE_HOST, index=True)
    mode = peewee.CharField(max_length=8, default=MODE_LURING, index=True)
    # Instants in UTC; `timezone` is the zone the meeting is announced in (the organiser's).
    starts_at = peewee.DateTimeField(index=True)
    ends_at = peewee.DateTimeField(null=True)  # None: "s.d. selesai"
    timezone = peewee.CharField(max_length=4, default="WIB")
    venue = peewee.CharField(max_length=300, default="")
    venue_address = peewee.TextField(default="")
    online_platform = peewee.CharField(max_length=60, default="")  # "Zoom Meeting"
    zoom_meeting_id = peewee.CharField(max_length=30, default="")
    zoom_passcode = peewee.CharField(max_length=60, default="")
    online_link = peewee.CharField(max_length=500, default="")
    livestream_link = peewee.CharField(max_length=500, default="")
    organizer = peewee.ForeignKeyField(Satker, null=True, backref="organized_meetings", on_delete="SET NULL")
    invitation_number = peewee.CharField(max_length=120, default="")
    invitation_date = peewee.DateField(null=True)
    invitation_nature = peewee.CharField(max_length=40, default="Penting")  # sifat
    invitation_attachment = peewee.CharField(max_length=60, default="-")  # lampiran
    invitation_signatory = peewee.CharField(max_length=12, default="")  # ketua / sekretaris; "": the default
    basis_letters = peewee.TextField(default="")  # dasar: one letter per line
    description = peewee.TextField(default="")
    chair = peewee.ForeignKeyField(Person, null=True, backref="chaired_meetings", on_delete="SET NULL")
    note_taker = peewee.ForeignKeyField(Person, null=True, backref="noted_meetings", on_delete="SET NULL")
    status = peewee.CharField(max_length=10, default=STATUS_SCHEDULED, index=True)
    series = peewee.ForeignKeyField(MeetingSeries, null=True, backref="meetings", on_delete="SET NULL")
    code_id = peewee.CharField(max_length=16, unique=True)  # opaque id carried by the meeting's QR code
    late_threshold_minutes = peewee.IntegerField(null=True)  # None: the office default


class AgendaItem(BaseModel):
    meeting = peewee.ForeignKeyField(Meeting, backref="agenda_items", on_delete="CASCADE")
    position = peewee.IntegerField(default=0)
    title = peewee.CharField(max_length=300)
    planned_start = peewee.DateTimeField(null=True)  # UTC instants, like the meeting
    planned_end = peewee.DateTimeField(null=True)
    notes = peewee.TextField(default="")

    class Meta:
        indexes = ((("meeting", "position"), False),)


ROLE_CHAIR, ROLE_OPENING, ROLE_SPEAKER, ROLE_MODERATOR, ROLE_MC, ROLE_NOTE_TAKER = (
    "chair", "opening", "speaker", "moderator", "mc", "note_taker")
MEETING_ROLES = (ROLE_CHAIR, ROLE_OPENING, ROLE_SPEAKER, ROLE_MODERATOR, ROLE_MC, ROLE_NOTE_TAKER)


class MeetingRole(BaseModel):
    """Who does what in a meeting: chair, opening, narasumber, moderator, MC, note-taker."""

    meeting = peewee.ForeignKeyField(Meeting, backref="roles", on_delete="CASCADE")
    person = peewee.ForeignKeyField(Person, backref="meeting_roles", on_delete="CASCADE")
    role = peewee.CharField(max_length=12)
    agenda_item = peewee.ForeignKeyField(AgendaItem, null=True, backref="roles", on_delete="SET NULL")
    topic = peewee.CharField(max_length=300, default="")  # what they presented
    position = peewee.IntegerField(default=0)

    class Meta:
        indexes = ((("meeting", "person", "role", "agenda_item"), False),)


class Invitation(TimestampedModel):
    """A person invited to a meeting. Its code_id goes into the per-meeting QR on badges."""

    meeting = peewee.ForeignKeyField(Meeting, backref="invitations", on_delete="CASCADE")
    person = peewee.ForeignKeyField(Person, backref="invitations", on_delete="CASCADE")
    code_id = peewee.CharField(max_length=16, unique=True)
    channel = peewee.CharField(max_length=8, default="")  # expected: luring / daring, "" when either
    note = peewee.CharField(max_length=300, default="")
    sent_at = peewee.DateTimeField(null=True)

    class Meta:
        indexes = ((("meeting", "person"), True),)
