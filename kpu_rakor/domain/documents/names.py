"""File names of exported documents: `Notulen - Rakor Bakohumas - 2021-04-07.pdf`, a new one each time."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from ..services import meeting_header
from ..timefmt import to_local
from .registry import kind

PACK = "paket"
PACK_NAME = "Paket Dokumen"
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
TITLE_IN_NAME = 80  # characters of the meeting's title kept in a file name


def file_stem(doc_title: str, meeting_title: str, day: date) -> str:
    """`Notulen - Rakor Bakohumas - 2021-04-07`: safe on Windows and Linux, not too long for either."""
    title = " ".join(_UNSAFE.sub(" ", meeting_title).split()).strip(" .")
    if len(title) > TITLE_IN_NAME:
        title = title[:TITLE_IN_NAME].rsplit(" ", 1)[0].rstrip(" .,") or title[:TITLE_IN_NAME]
    return " - ".join(p for p in (doc_title, title, day.isoformat()) if p)


def new_file_path(folder, stem: str, suffix: str = ".pdf") -> Path:
    """`folder/stem.pdf`, or `stem (2).pdf`, `stem (3).pdf` … the first name not yet taken: a viewer keeps the
    file it shows locked, so every export gets a name of its own."""
    folder = Path(folder)
    candidate = folder / f"{stem}{suffix}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({n}){suffix}"
        n += 1
    return candidate


def export_path(folder, key: str, meeting_id: int, suffix: str = ".pdf", note: str = "", detail: str = "") -> Path:
    """A new file in `folder` for one document (or `paket`) of a meeting; `note` follows the document's name
    (`Undangan TTE - Rakor … .docx`), `detail` names one person's copy
    (one person's certificate: `Sertifikat Budi - Sosialisasi … - 2021-04-07.pdf`)."""
    h = meeting_header.read(meeting_id)
    m = h.meeting
    doc_title = PACK_NAME if key == PACK else kind(key).title_for(h)
    doc_title = f"{doc_title} {note}" if note else doc_title
    if detail:
        doc_title = f"{doc_title} {' '.join(_UNSAFE.sub(' ', detail).split())[:TITLE_IN_NAME]}".rstrip(" .")
    return new_file_path(folder, file_stem(doc_title, m.title, to_local(m.starts_at, m.timezone).date()), suffix)
