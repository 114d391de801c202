"""The news article (berita kegiatan) of a meeting: facts → composed draft → the user's edits → checklist
and exports. Entry points:

- `drafts.draft(meeting_id, variant=0, overwrite=False)`, `drafts.save(...)`, `drafts.current(...)`
- `facts.gather(meeting_id)` and `compose.compose(facts, variant)` (nothing stored)
- `checklist.check(facts, headline, body)` → flags a website editor would raise
- `export.plain_text`, `export.html`, `export.caption(platform, …)`; `settings.hashtags()` / `set_hashtags()`
- `article(meeting_id)`, `as_text(meeting_id, fmt)` and `captions(meeting_id)` below, for the CLI and reports
- `render_pdf(meeting_id, path, paper)`: the Berita Kegiatan document, drafting (and storing) the article first
"""
from __future__ import annotations

from .. import installation
from . import checklist, compose, drafts, export, facts, settings  # noqa: F401


def article(meeting_id: int) -> tuple[str, str]:
    """(headline, body) of the meeting's stored draft, drafted first when there is none."""
    d = drafts.ensure(meeting_id)
    return d.headline, d.body


def as_text(meeting_id: int, fmt: str) -> str:
    """The article as `txt` or `html`."""
    headline, body = article(meeting_id)
    if fmt == "html":
        return export.html(headline, body)
    return export.plain_text(headline, body)


def captions(meeting_id: int) -> dict[str, str]:
    """A caption per platform (instagram, facebook, whatsapp, x) with the office's hashtags."""
    headline, body = article(meeting_id)
    site = installation.profile().website
    tags = settings.hashtags()
    return {p: export.caption(p, headline, body, site, tags) for p in export.PLATFORMS}


def render_pdf(meeting_id: int, path, paper: str = "a4", *, photo_ids: list[int] | None = None, progress=None):
    """The article as a PDF at `path` (the Berita tab's and the CLI's PDF), drafted and stored first when
    nobody has written it yet; returns the path. Logged as an export."""
    from ... import documents

    if not drafts.has_text(meeting_id):
        drafts.draft(meeting_id)  # an action, not a read: the printed article is the stored one
    return documents.render_document(documents.BERITA, meeting_id, path, paper, photo_ids=photo_ids,
                                     progress=progress)
