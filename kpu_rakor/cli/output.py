"""Printing results: JSON for scripts, aligned tables for people."""
from __future__ import annotations

import json
import sys
from datetime import date, datetime


def _default(value):
    if isinstance(value, datetime):
        return value.isoformat() + ("Z" if value.tzinfo is None else "")  # stored instants are naive UTC
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=_default) + "\n")


def print_table(headers: list[str], rows: list[list], empty: str = "Tidak ada data.") -> None:
    if not rows:
        print(empty)
        return
    cells = [[("" if c is None else str(c)) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    # The last column is not padded, so long titles do not leave trailing spaces.
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values[:-1], widths)) + "  " + values[-1]  # noqa: E731
    print(line(headers).rstrip())
    print("  ".join("-" * w for w in widths))
    for r in cells:
        print(line(r).rstrip())

