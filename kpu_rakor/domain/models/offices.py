"""Inviting whole offices and saved invitee groups (schema step 8).

An office invitation is one line of the undangan's list, "Ketua KPU Kabupaten Blitar": the office (a satker)
and a position line. Nobody is named; whoever of that office signs in fills it (computed when read, see
services/office_invitations.py). An invitee group is a saved list of people and offices to invite again.
"""
from __future__ import annotations

import peewee

from .base import BaseModel, TimestampedModel
from .directory import Person, Satker
from .meeting import Meeting


class OfficeInvitation(TimestampedModel):
    """One office invited to a meeting, printed "<position line> <office name>"."""

    meeting = peewee.ForeignKeyField(Meeting, backref="office_invitations", on_delete="CASCADE")
    satker = peewee.ForeignKeyField(Satker, backref="office_invitations", on_delete="CASCADE")
    position_line = peewee.CharField(max_length=200, default="")  # "Ketua"; "" invites the office itself
    channel = peewee.CharField(max_length=8, default="")  # expected: luring / daring, "" when either
    note = peewee.CharField(max_length=300, default="")
    position = peewee.IntegerField(default=0)  # order on the list

    class Meta:
        indexes = ((("meeting", "satker"), True),)


class InviteeGroup(TimestampedModel):
    """A saved list of invitees reused across meetings: "Anggota Bakohumas Jatim"."""

    name = peewee.CharField(max_length=200, unique=True)


class InviteeGroupMember(BaseModel):
    """A person or an office (exactly one of the two) in a group; an office carries its position line."""

    group = peewee.ForeignKeyField(InviteeGroup, backref="members", on_delete="CASCADE")
    person = peewee.ForeignKeyField(Person, null=True, backref="group_memberships", on_delete="CASCADE")
    satker = peewee.ForeignKeyField(Satker, null=True, backref="group_memberships", on_delete="CASCADE")
    position_line = peewee.CharField(max_length=200, default="")
    position = peewee.IntegerField(default=0)
