"""All tables of KPU Rakor. `ALL_MODELS` is in creation order (parents before children)."""
from .attendance import *  # noqa: F401,F403
from .attendance import Attendance
from .base import BaseModel, utcnow  # noqa: F401
from .directory import *  # noqa: F401,F403
from .directory import OfficeProfile, Person, PersonImport, Satker, Setting, Signatory
from .meeting import *  # noqa: F401,F403
from .meeting import AgendaItem, Invitation, Meeting, MeetingRole, MeetingSeries
from .offices import *  # noqa: F401,F403
from .offices import InviteeGroup, InviteeGroupMember, OfficeInvitation
from .records import *  # noqa: F401,F403
from .records import (AgendaMinutes, AuditLog, FollowUp, Minutes, MinutesRevision, NewsDraft, Photo,
                      Quote)

ALL_MODELS = [
    Setting, Satker, Person, OfficeProfile, Signatory, MeetingSeries, Meeting, AgendaItem, MeetingRole,
    Invitation, Attendance, Minutes, AgendaMinutes, Quote, MinutesRevision, FollowUp, NewsDraft, Photo,
    AuditLog, PersonImport, OfficeInvitation, InviteeGroup, InviteeGroupMember,
]
