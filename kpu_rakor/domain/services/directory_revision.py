"""A cheap fingerprint of the directory (people and the satker list): the Direktori page polls it every two
seconds while shown and reloads only when it differs, so what another window, process or PC changed appears
without the user pressing anything. One query: an added or removed row changes a count or the highest id, an
edit the latest `updated_at` (every service that changes a person sets it; deleting one sets `deleted_at`)."""
from __future__ import annotations

import peewee

from ..models import Person, Satker


def revision() -> tuple:
    fn = peewee.fn
    added = Satker.builtin == False  # noqa: E712 - peewee expression; the 553 KPU offices never change
    satker_count = Satker.select(fn.COUNT(Satker.id)).where(added)
    satker_changed = Satker.select(fn.MAX(Satker.updated_at)).where(added)
    row = (Person.select(fn.COUNT(Person.id), fn.MAX(Person.id), fn.MAX(Person.updated_at),
                         fn.MAX(Person.deleted_at), satker_count, satker_changed)
           .tuples().first())
    return tuple(row) if row else ()
