"""The one exception long work raises when the user cancelled it: a progress callback raises it, the domain
code lets it pass, and the job that ran the work reports "cancelled" instead of a failure."""


class Cancelled(Exception):
    """The user asked to stop; nothing half-made is kept."""
