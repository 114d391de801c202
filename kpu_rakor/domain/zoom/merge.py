"""One participant per person: rows from reconnecting or from two devices merge, and their minutes are the
union of their intervals (overlaps count once). Waiting-room rows are not presence."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..names import fold
from .report_file import ReportRow


@dataclass
class Participant:
    key: str  # e-mail when there is one, else the folded display name
    names: list[str] = field(default_factory=list)  # display names seen, first seen first
    email: str = ""
    intervals: list[tuple[datetime, datetime]] = field(default_factory=list)
    rows: int = 0

    @property
    def first_join(self) -> datetime:
        return min(a for a, _ in self.intervals)

    @property
    def last_leave(self) -> datetime:
        return max(b for _, b in self.intervals)

    @property
    def minutes(self) -> int:
        """Minutes online: the union of the intervals, so two devices at once count once."""
        return union_minutes(self.intervals)


def union(intervals) -> list[tuple[datetime, datetime]]:
    """The intervals merged where they overlap or touch, in order."""
    out: list[tuple[datetime, datetime]] = []
    for a, b in sorted(intervals):
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def union_minutes(intervals) -> int:
    return int(round(sum((b - a).total_seconds() for a, b in union(intervals)) / 60))


def merge(rows: list[ReportRow]) -> list[Participant]:
    """Participants in order of first appearance. Rows share a participant by e-mail, else by display name
    (case, accents and punctuation ignored)."""
    by_key: dict[str, Participant] = {}
    folded: dict[str, str] = {}  # the same display name comes back on every reconnect
    for r in rows:
        if r.waiting_room:
            continue
        if not r.email and r.name not in folded:
            folded[r.name] = "nama:" + fold(r.name)
        key = r.email or folded[r.name]
        p = by_key.get(key)
        if p is None:
            p = by_key[key] = Participant(key=key, email=r.email)
        if r.name not in p.names:
            p.names.append(r.name)
        p.intervals.append((r.join, r.leave))
        p.rows += 1
    return list(by_key.values())
