"""Installation-wide settings in the database's `setting` table: every key a service keeps there, and the ways
to read and write one. Every PC sharing the database sees the same values; what belongs to one PC (desk name,
backup folder, window layout) is in kpu_rakor/ui/settings.py (QSettings) instead.
"""
from __future__ import annotations

from .models import Setting

QR_SECRET = "qr_secret"  # signs every QR code; made once, never changed (services.installation)
PHONE_COLUMN = "daftar_hadir_phone_column"  # "1": the daftar hadir prints the No. HP column (services.privacy)
RETENTION_MONTHS = "retention_months"  # how long personal data is kept, in months (services.privacy)
MINUTES_APPROVERS = "minutes_approvers"  # person ids, comma-separated, who may approve any minutes (minutes)
DEMO_LOADED = "demo_loaded"  # when the demo data was loaded, ISO time (services.demo)
ZOOM_MIN_MINUTES = "zoom_min_minutes"  # minutes in a Zoom meeting that count as present (zoom_import)
NEWS_HASHTAGS = "news_hashtags"  # the office's hashtags, space-separated (services.news.settings)
LETTER_DEFAULTS = "letter_defaults"  # JSON {nature, attachment, signatory}: the last letter's (letter_fields)
AGENDA_TEMPLATES = "agenda_templates"  # JSON {kind: [{title, minutes}]} (services.agenda_templates)
RECEIPT_DEFAULTS = "receipt_defaults"  # JSON: last amounts per role, purpose, PPK and bendahara (services.receipts)


def news_audience(meeting_id: int) -> str:
    """The key of who took part in a meeting as the user wrote it for its article (services.news.settings)."""
    return f"news_audience:{meeting_id}"


def news_photos(meeting_id: int) -> str:
    """The key of the photos chosen for a meeting's article PDF, JSON ids (services.news.drafts)."""
    return f"news_photos:{meeting_id}"


def receipt(meeting_id: int) -> str:
    """The key of a meeting's daftar tanda terima: amounts per role and per person, signers (services.receipts)."""
    return f"receipt:{meeting_id}"


def of_meeting(meeting_id: int) -> tuple[str, ...]:
    """Every key a meeting owns here, outside the database's cascade: deleted with the meeting, so a later
    meeting given the same id (SQLite reuses the highest) never inherits its audience, photos or amounts."""
    return news_audience(meeting_id), news_photos(meeting_id), receipt(meeting_id)


def get(key: str) -> str | None:
    """The stored value, None when the office never set it."""
    row = Setting.get_or_none(Setting.key == key)
    return None if row is None else row.value


def put(key: str, value: str) -> None:
    """Store `value` under `key`, replacing what was there. Call inside a write transaction."""
    Setting.insert(key=key, value=value).on_conflict(
        conflict_target=[Setting.key], preserve=[Setting.value]).execute()


def put_if_absent(key: str, value: str) -> None:
    """Store `value` unless `key` has one already: of two PCs racing to make it, the first one's stays."""
    Setting.insert(key=key, value=value).on_conflict_ignore().execute()


def create(key: str, value: str) -> None:
    """Store `value` under a `key` that must not exist yet (an IntegrityError rolls the transaction back)."""
    Setting.create(key=key, value=value)
