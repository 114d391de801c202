"""The stored news draft of a meeting: made from the facts, edited by the user, never overwritten silently.

A draft the user has changed (`edited_by_user`) is only replaced by a new one when the caller says so
(`overwrite=True`, after asking); otherwise `EditsWouldBeLost` says why in a sentence.
"""
from __future__ import annotations

import json
import re

from ... import shared_settings
from ...db import write_tx
from ...errors import UserError, ValidationError
from ...i18n import QT_TRANSLATE_NOOP
from ...models import NewsDraft, Photo
from .. import audit, meetings
from .compose import Draft, compose
from .facts import NewsFacts, gather

HEADLINE_LIMIT = 300  # the column's length
BODY_LIMIT = 100_000
INITIALS_LIMIT = 10
_INITIALS_END = re.compile(r"\s*\(([^()\n]{1,10})\)\s*$")


class EditsWouldBeLost(UserError):
    """A new draft would replace text the user typed."""


def current(meeting_id: int) -> NewsDraft | None:
    meetings.get(meeting_id)
    return NewsDraft.select().where(NewsDraft.meeting == meeting_id).order_by(NewsDraft.id).first()


def is_edited(meeting_id: int) -> bool:
    d = current(meeting_id)
    return bool(d and d.edited_by_user)


def initials_of(meeting_id: int) -> str:
    """The writer's initials for this meeting's article: the draft's own, else the office's."""
    from .. import installation

    d = current(meeting_id)
    if d and d.writer_initials.strip():
        return d.writer_initials.strip()
    return installation.profile().writer_initials.strip()


def composed(meeting_id: int, variant: int = 0, *, long: bool = False) -> Draft:
    """A fresh draft from what is recorded now; nothing is stored."""
    return compose(gather(meeting_id), variant, initials_of(meeting_id), long=long)


def _fresh(meeting_id: int, variant: int = 0, facts: NewsFacts | None = None, long: bool = False
           ) -> tuple[str, str, str]:
    """(headline, body, initials) of an article composed now from what is recorded, checked for storing."""
    initials = initials_of(meeting_id)
    new = compose(facts or gather(meeting_id), variant, initials, long=long)
    return _check(new.headline, new.body, initials)


def _check(headline: str, body: str, initials: str) -> tuple[str, str, str]:
    headline = " ".join((headline or "").replace("\x00", "").split())
    body = (body or "").replace("\x00", "").replace("\r\n", "\n")
    initials = " ".join((initials or "").split()).strip("()")
    if len(headline) > HEADLINE_LIMIT:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Judul berita terlalu panjang ({length} huruf; paling banyak "
                                        "{HEADLINE_LIMIT})."),
            "headline", length=len(headline), HEADLINE_LIMIT=HEADLINE_LIMIT)
    if len(body) > BODY_LIMIT:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Isi berita terlalu panjang (paling banyak 100.000 huruf)."), "body")
    if len(initials) > INITIALS_LIMIT:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Inisial penulis paling banyak {INITIALS_LIMIT} huruf, mis. amr atau Hms/Kot."),
            "writer_initials", INITIALS_LIMIT=INITIALS_LIMIT)
    return headline, body, initials


def draft(meeting_id: int, *, variant: int = 0, overwrite: bool = False, facts: NewsFacts | None = None,
          long: bool = False) -> NewsDraft:
    """Compose the article and store it as the meeting's draft. A draft the user edited is kept unless
    `overwrite` is True (ask first). `facts`: the meeting's facts when the caller has just gathered them (the
    Berita tab shows them too), so they are read once. `long`: the longer version (every recorded note)."""
    existing = current(meeting_id)
    if existing is not None and existing.edited_by_user and not overwrite:
        raise EditsWouldBeLost("Draf berita ini sudah diubah. Menyusun ulang akan mengganti perubahan itu; "
                               "pastikan dulu bahwa perubahan boleh diganti.")
    headline, body, initials = _fresh(meeting_id, variant, facts, long)
    with write_tx():
        row = current(meeting_id)
        if row is None:
            row = NewsDraft(meeting=meeting_id)
        row.headline, row.body, row.writer_initials, row.edited_by_user = headline, body, initials, False
        row.save()
        audit.log("draft", "news", row.id, meeting_id=meeting_id, detail={"variant": variant, "long": long,
                                                                          "overwrote_edits": bool(overwrite)})
    return row


def ensure(meeting_id: int) -> NewsDraft:
    """The stored draft; when there is none (or only an empty one nobody typed in), one composed now and not
    stored: a read never writes. The draft is stored when someone drafts or saves it."""
    d = current(meeting_id)
    if d is None or (not d.edited_by_user and not d.body.strip()):
        headline, body, initials = _fresh(meeting_id)
        return NewsDraft(meeting=meeting_id, headline=headline, body=body, writer_initials=initials,
                         edited_by_user=False)
    return d


def has_text(meeting_id: int) -> bool:
    """True when the meeting's draft has been written (the Berita Kegiatan document needs one)."""
    return NewsDraft.select().where((NewsDraft.meeting == meeting_id) & (NewsDraft.body != "")).exists()


def save(meeting_id: int, *, headline: str | None = None, body: str | None = None,
         writer_initials: str | None = None) -> NewsDraft:
    """Store what the user typed (only the parts given). The draft counts as edited from now on."""
    row = current(meeting_id)
    headline, body, initials = _check(row.headline if row and headline is None else headline,
                                      row.body if row and body is None else body,
                                      row.writer_initials if row and writer_initials is None else writer_initials)
    with write_tx():
        row = current(meeting_id) or NewsDraft(meeting=meeting_id)
        row.headline, row.body, row.writer_initials, row.edited_by_user = headline, body, initials, True
        row.save()
    return row


def store(meeting_id: int, headline: str, body: str, writer_initials: str, edited_by_user: bool) -> NewsDraft:
    """Keep a draft exactly as given (a meeting file's draft): the edited mark travels with it."""
    headline, body, initials = _check(headline, body, writer_initials)
    with write_tx():
        row = current(meeting_id) or NewsDraft(meeting=meeting_id)
        row.headline, row.body, row.writer_initials = headline, body, initials
        row.edited_by_user = bool(edited_by_user)
        row.save()
    return row


def with_initials(body: str, initials: str) -> str:
    """The body ending with "(initials)": replaces the initials already at the end, or adds them."""
    initials = " ".join((initials or "").split()).strip("()")
    body = (body or "").rstrip()
    m = _INITIALS_END.search(body)
    if m:
        body = body[:m.start()]
    return f"{body} ({initials})" if initials else body


def ending_initials(body: str) -> str:
    m = _INITIALS_END.search(body or "")
    return m.group(1).strip() if m else ""


# --- photos for the article ------------------------------------------------------------------------------

def chosen_photos(meeting_id: int) -> list[int]:
    """The photos printed with the article, in order: the ones chosen, else all of the meeting's."""
    ids = [p for (p,) in Photo.select(Photo.id).where(Photo.meeting == meeting_id)
           .order_by(Photo.position, Photo.id).tuples()]
    value = shared_settings.get(shared_settings.news_photos(meeting_id))
    if value is None:
        return ids
    try:
        chosen = [int(x) for x in json.loads(value)]
    except (ValueError, TypeError):
        return ids
    return [i for i in chosen if i in set(ids)]


def choose_photos(meeting_id: int, photo_ids: list[int]) -> None:
    meetings.get(meeting_id)
    known = {p for (p,) in Photo.select(Photo.id).where(Photo.meeting == meeting_id).tuples()}
    bad = [i for i in photo_ids if i not in known]
    if bad:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Foto nomor {bad} bukan foto rapat ini."), "photos", bad=bad[0])
    with write_tx():
        shared_settings.put(shared_settings.news_photos(meeting_id), json.dumps(list(dict.fromkeys(photo_ids))))
