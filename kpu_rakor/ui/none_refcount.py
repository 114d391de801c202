"""A guard against a PySide6 6.12 reference-count bug on Python 3.11.

Every time Qt hands `None` to Python through a QVariant (an item's `data()` with no value, a combo's
`currentData()` of an item stored with `None`, `setData(None, ...)`), PySide6 drops one reference to `None`
that it never took. After enough calls CPython frees `None` itself and aborts with
"Fatal Python error: none_dealloc" (seen at the end of the GUI test run, and possible in a long session).
Python 3.12 made `None` immortal, so there this is not needed. Here `None` gets a very large reference
count once at start-up: it is never freed anyway, so the extra references cost nothing.
"""
from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40  # far more than a program can lose in its lifetime


def protect_none() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    # `Signal.emit()` called from Python loses a reference to True the same way (one per emit; True starts
    # with about 600), so the two booleans get the same reserve.
    for singleton in (None, True, False):
        if sys.getrefcount(singleton) > _RESERVE:
            continue  # already done
        # ob_refcnt is the first field of every CPython object; id() is the object's address.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
