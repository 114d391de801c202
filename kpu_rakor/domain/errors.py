"""Errors meant for the user: one sentence in Indonesian, shown as is by the GUI and the CLI."""


class UserError(Exception):
    """Something the user can act on. The message is complete, in Indonesian, and names what to do."""


class NotFound(UserError):
    pass


class ValidationError(UserError):
    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class DiskFull(UserError):
    """The disk (of this PC, or of the PostgreSQL server) is full: the change was not stored, nothing of it."""
