"""Faults as the window shows them (issue 15, part 6): a full disk is a sentence saying what to do."""
from __future__ import annotations

import peewee

from kpu_rakor.domain.db import DISK_FULL_MESSAGE
from kpu_rakor.domain.errors import DiskFull
from kpu_rakor.ui import messages


def test_a_full_disk_is_shown_as_disk_penuh(message_log):
    messages.show_exception(None, DiskFull(DISK_FULL_MESSAGE))
    # Met outside a write transaction, the driver's error still becomes the same sentence.
    messages.show_exception(None, peewee.OperationalError("database or disk is full"))
    assert message_log.shown == [("error", DISK_FULL_MESSAGE)] * 2
    messages.show_exception(None, RuntimeError("program error"))
    assert "tidak terduga" in message_log.shown[-1][1]
