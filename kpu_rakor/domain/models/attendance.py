"""Who came: one row per person per meeting, whatever the channel and however often they scanned."""
from __future__ import annotations

import peewee

from .base import BaseModel, utcnow
from .directory import Person
from .meeting import Meeting

ATT_HADIR, ATT_TERLAMBAT, ATT_IZIN, ATT_SAKIT, ATT_DINAS_LUAR, ATT_DIWAKILI, ATT_TANPA_KETERANGAN = (
    "hadir", "terlambat", "izin", "sakit", "dinas_luar", "diwakili", "tanpa_keterangan")
ATTENDANCE_STATUSES = (ATT_HADIR, ATT_TERLAMBAT, ATT_IZIN, ATT_SAKIT, ATT_DINAS_LUAR, ATT_DIWAKILI,
                       ATT_TANPA_KETERANGAN)
PRESENT_STATUSES = (ATT_HADIR, ATT_TERLAMBAT)

CHANNEL_LURING, CHANNEL_DARING = "luring", "daring"

METHOD_QR, METHOD_MANUAL, METHOD_ZOOM, METHOD_LAN, METHOD_IMPORT = "qr", "manual", "zoom", "lan", "import"
METHODS = (METHOD_QR, METHOD_MANUAL, METHOD_ZOOM, METHOD_LAN, METHOD_IMPORT)


class Attendance(BaseModel):
    meeting = peewee.ForeignKeyField(Meeting, backref="attendance", on_delete="CASCADE")
    person = peewee.ForeignKeyField(Person, backref="attendance", on_delete="CASCADE")
    status = peewee.CharField(max_length=20, default=ATT_HADIR)
    channel = peewee.CharField(max_length=8, default=CHANNEL_LURING)
    method = peewee.CharField(max_length=8, default=METHOD_QR)
    checked_in_at = peewee.DateTimeField(null=True)  # first check-in, UTC; None for izin/sakit set by hand
    desk = peewee.CharField(max_length=60, default="")
    minutes_late = peewee.IntegerField(default=0)
    online_minutes = peewee.IntegerField(null=True)  # from a Zoom report
    # Every [join, leave] seen in Zoom reports (UTC, JSON), so a report imported twice changes nothing and a
    # second report of the same meeting adds only the time it adds: minutes are the union of these.
    online_intervals = peewee.TextField(null=True)
    # The report keys (e-mail, else folded display name) seen for this person, JSON: the next import of the
    # meeting finds them again, also after a guest was merged into a directory person or a proposal changed.
    zoom_keys = peewee.TextField(null=True)
    # For the Kasubag to look at on the meeting's attendance page: a phone sign-in that matched nobody (a guest
    # to confirm or merge), or too few minutes in Zoom. `note` says why.
    needs_review = peewee.BooleanField(default=False)
    delegate = peewee.ForeignKeyField(Person, null=True, backref="delegated_for", on_delete="SET NULL")
    note = peewee.CharField(max_length=300, default="")
    signature = peewee.TextField(null=True)  # strokes as JSON, drawn on the desk or a phone
    # The phone that sent a LAN sign-in: the random id of its device cookie for this meeting (null otherwise).
    # One phone signing in several people is shown on the Kehadiran tab.
    device = peewee.CharField(max_length=64, null=True)
    recorded_at = peewee.DateTimeField(default=utcnow)
    updated_at = peewee.DateTimeField(default=utcnow, index=True)  # desks watch this for others' changes

    class Meta:
        # The rule "one row per person per meeting" lives in the database, so two desks racing cannot break it.
        indexes = ((("meeting", "person"), True), (("meeting", "updated_at"), False), (("meeting", "device"), False))
