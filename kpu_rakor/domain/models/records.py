"""What a meeting leaves behind: minutes, follow-ups, news drafts, photos; and the audit log."""
from __future__ import annotations

import peewee

from .base import BaseModel, TimestampedModel, utcnow
from .directory import Person, Satker
from .meeting import AgendaItem, Meeting

MINUTES_DRAFT, MINUTES_READY, MINUTES_APPROVED = "draft", "ready", "approved"


class Minutes(TimestampedModel):
    """The notulen of a meeting: one row per meeting, with revisions once approved."""

    meeting = peewee.ForeignKeyField(Meeting, backref="minutes", on_delete="CASCADE", unique=True)
    opened_at = peewee.DateTimeField(null=True)
    opened_by = peewee.ForeignKeyField(Person, null=True, on_delete="SET NULL")
    opening_text = peewee.TextField(default="")
    closed_at = peewee.DateTimeField(null=True)
    closing_text = peewee.TextField(default="")
    conclusions = peewee.TextField(default="")  # general conclusions, one per line (numbered when printed)
    discussion = peewee.TextField(default="")  # Pembahasan not tied to an agenda item (no agenda was given)
    status = peewee.CharField(max_length=10, default=MINUTES_DRAFT)
    approved_by = peewee.ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="approved_minutes")
    approved_at = peewee.DateTimeField(null=True)
    revision = peewee.IntegerField(default=1)


class AgendaMinutes(TimestampedModel):
    """Discussion and decisions for one agenda item."""

    minutes = peewee.ForeignKeyField(Minutes, backref="items", on_delete="CASCADE")
    agenda_item = peewee.ForeignKeyField(AgendaItem, null=True, backref="minutes", on_delete="SET NULL")
    position = peewee.IntegerField(default=0)
    discussion = peewee.TextField(default="")
    decisions = peewee.TextField(default="")  # one decision per line


class Quote(BaseModel):
    """A sentence attributed to a person, kept for the news draft."""

    minutes = peewee.ForeignKeyField(Minutes, backref="quotes", on_delete="CASCADE")
    agenda_item = peewee.ForeignKeyField(AgendaItem, null=True, on_delete="SET NULL")
    person = peewee.ForeignKeyField(Person, null=True, on_delete="SET NULL")
    text = peewee.TextField()
    position = peewee.IntegerField(default=0)


class MinutesRevision(BaseModel):
    """A frozen copy of approved minutes, kept when a later change needs a reason."""

    minutes = peewee.ForeignKeyField(Minutes, backref="revisions", on_delete="CASCADE")
    revision = peewee.IntegerField()
    content = peewee.TextField()  # JSON snapshot
    reason = peewee.TextField(default="")
    created_at = peewee.DateTimeField(default=utcnow)


FOLLOWUP_OPEN, FOLLOWUP_DONE, FOLLOWUP_CANCELLED = "terbuka", "selesai", "batal"
FOLLOWUP_STATUSES = (FOLLOWUP_OPEN, FOLLOWUP_DONE, FOLLOWUP_CANCELLED)


class FollowUp(TimestampedModel):
    """A tindak lanjut: what, who, which satker, by when; may carry over from an earlier meeting."""

    meeting = peewee.ForeignKeyField(Meeting, backref="follow_ups", on_delete="CASCADE")
    agenda_item = peewee.ForeignKeyField(AgendaItem, null=True, on_delete="SET NULL")
    description = peewee.TextField()
    person = peewee.ForeignKeyField(Person, null=True, on_delete="SET NULL")
    satker = peewee.ForeignKeyField(Satker, null=True, on_delete="SET NULL")
    due_date = peewee.DateField(null=True)
    status = peewee.CharField(max_length=10, default=FOLLOWUP_OPEN, index=True)
    closing_note = peewee.TextField(default="")
    carried_from = peewee.ForeignKeyField("self", null=True, backref="carried_to", on_delete="SET NULL")
    position = peewee.IntegerField(default=0)


class NewsDraft(TimestampedModel):
    meeting = peewee.ForeignKeyField(Meeting, backref="news_drafts", on_delete="CASCADE")
    headline = peewee.CharField(max_length=300, default="")
    body = peewee.TextField(default="")
    writer_initials = peewee.CharField(max_length=10, default="")
    edited_by_user = peewee.BooleanField(default=False)  # "draft again" asks before overwriting


class Photo(TimestampedModel):
    meeting = peewee.ForeignKeyField(Meeting, backref="photos", on_delete="CASCADE")
    file_name = peewee.CharField(max_length=300, default="")
    image = peewee.BlobField()  # downscaled JPEG, so every PC sharing a server sees it
    caption = peewee.TextField(default="")
    person = peewee.ForeignKeyField(Person, null=True, on_delete="SET NULL")  # who is pictured, for the caption
    taken_at = peewee.DateTimeField(null=True)
    position = peewee.IntegerField(default=0)


class AuditLog(BaseModel):
    """Who changed or exported what, and when: UU 27/2022 asks the office to log processing of personal data."""

    at = peewee.DateTimeField(default=utcnow, index=True)
    actor = peewee.CharField(max_length=120, default="")  # OS user and PC name
    action = peewee.CharField(max_length=40)  # create / update / delete / export / checkin / undo …
    entity = peewee.CharField(max_length=40)
    entity_id = peewee.IntegerField(null=True)
    meeting = peewee.ForeignKeyField(Meeting, null=True, on_delete="SET NULL")
    detail = peewee.TextField(default="")
    personal_data = peewee.BooleanField(default=False)
