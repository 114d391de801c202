"""Checks an agenda's planned times against the meeting: an item running past the meeting's end, or two items
planned over each other. These are warnings, not errors: a rakor may knowingly run over, and the agenda is
saved as typed. Pure Python on wall-clock times in the meeting's zone, so the screen and the CLI agree."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import Sequence

PAST_END = "past_end"  # the item ends (or starts) after the meeting's end time
OVERLAP = "overlap"  # the item starts before the item before it ends


@dataclass(frozen=True)
class AgendaWarning:
    kind: str
    number: int  # the item's number on the agenda, from 1
    title: str
    at: time  # PAST_END: when the item ends (or starts); OVERLAP: when it starts
    limit: time  # PAST_END: the meeting's end; OVERLAP: when the earlier item ends
    other: int | None = None  # OVERLAP: the number of the earlier item


def agenda_warnings(items: Sequence[tuple[str, time | None, time | None]], meeting_end: time | None) \
        -> list[AgendaWarning]:
    """`items` are (title, planned start, planned end) in agenda order; `meeting_end` is None for a meeting
    "s.d. selesai", which no item can run past. Items without times are not judged."""
    out: list[AgendaWarning] = []
    previous: tuple[int, time] | None = None  # (number, end) of the last item with an end time
    for number, (title, start, end) in enumerate(items, start=1):
        latest = end or start
        if meeting_end is not None and latest is not None and latest > meeting_end:
            out.append(AgendaWarning(PAST_END, number, title, latest, meeting_end))
        if previous is not None and start is not None and start < previous[1]:
            out.append(AgendaWarning(OVERLAP, number, title, start, previous[1], previous[0]))
        if end is not None:
            previous = (number, end)
    return out
