"""The base model and the field helpers every table shares."""
from __future__ import annotations

from datetime import datetime, timezone

import peewee

from ..database_proxy import database


def utcnow() -> datetime:
    """Instants are stored as naive UTC; the meeting's zone (WIB/WITA/WIT) is applied only when shown."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


class BaseModel(peewee.Model):
    class Meta:
        database = database
        legacy_table_names = False


class TimestampedModel(BaseModel):
    created_at = peewee.DateTimeField(default=utcnow)
    updated_at = peewee.DateTimeField(default=utcnow)

    def save(self, *args, **kwargs):
        self.updated_at = utcnow()
        return super().save(*args, **kwargs)
