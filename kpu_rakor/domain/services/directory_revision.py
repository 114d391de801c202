"""A cheap fingerprint of the directory (people and the satker list): the Direktori page polls it every two
seconds while shown and reloads only when it differs, so what another window, process or PC changed appears
without the user pressing anything. One query: an added or removed row changes a count or the highest id, an
edit the latest `updated_at` (every service that changes a person sets it; deleting one sets `deleted_at`)."""
from __future__ import annotations

from typing import NamedTuple

import peewee

from ..models import Person, Satker


class Revision(NamedTuple):
    """Two fingerprints, so a reader reloads only the part that moved: the 553-row satker list is read again
    only when an institution changed, not for every person edited."""
    people: tuple
    institutions: tuple


def revision() -> Revision:
    fn = peewee.fn
    added = Satker.builtin == False  # noqa: E712 - peewee expression; the 553 KPU offices never change
    satker_count = Satker.select(fn.COUNT(Satker.id)).where(added)
    satker_changed = Satker.select(fn.MAX(Satker.updated_at)).where(added)
    row = (Person.select(fn.COUNT(Person.id), fn.MAX(Person.id), fn.MAX(Person.updated_at),
                         fn.MAX(Person.deleted_at), satker_count, satker_changed)
           .tuples().first()) or (None,) * 6
    return Revision(people=tuple(row[:4]), institutions=tuple(row[4:]))
