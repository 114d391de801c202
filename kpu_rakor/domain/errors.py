"""Errors meant for the user: one sentence in Indonesian, shown as is by the CLI, and by the GUI in its language.

A sentence made with `UserError.of(template, **params)` keeps its template (marked with
QT_TRANSLATE_NOOP("domain", …) from kpu_rakor/domain/i18n.py) and its parameters, so the screens can show it in
English; str(err) is always the Indonesian sentence.
"""
from __future__ import annotations

from typing import Any


class UserError(Exception):
    """Something the user can act on. The message is complete, in Indonesian, and names what to do."""

    template: str | None = None  # "Rapat nomor {meeting_id} tidak ada.", when made with .of()
    params: dict[str, Any] = {}

    @classmethod
    def of(cls, template: str, /, *args: Any, **params: Any):
        """The error whose sentence is `template.format(**params)`. Positional `args` after the template go
        to the constructor (a ValidationError's field)."""
        err = cls(template.format(**params), *args)
        err.template, err.params = template, params
        return err


class NotFound(UserError):
    pass


class ValidationError(UserError):
    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class DiskFull(UserError):
    """The disk (of this PC, or of the PostgreSQL server) is full: the change was not stored, nothing of it."""
