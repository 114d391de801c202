"""What a kind of document is: the one shape every entry of the registry has (see registry.py)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from ..services.meeting_header import MeetingHeader

MEETING, PERSON = "meeting", "person"  # one document for the meeting; one page or card per person


def always(_header: MeetingHeader) -> str:
    return ""


@dataclass(frozen=True)
class DocumentKind:
    """One document the app makes.

    - `title(header)`: its name for this meeting (the button, the bookmark, the file name);
    - `unavailable(header)`: why it cannot be made now, as a sentence; "" when it can;
    - `build(header, options)`: the content value, read from the database (options: a dict of the document's
      own choices, e.g. tembusan lines);
    - `renderer()`: the drawing function `(content, office, paper, *, progress, **render options) -> bytes`,
      imported only when asked for, so the domain loads without reportlab;
    - `docx()`: the same content as a Word file, `(content, office, paper, *, progress, esign) -> bytes`, or None
      for a document not made in Word (photos, badges); `esign` leaves the wet signature out for the e-office;
    - `audit(content, options)`: (personal data?, detail) of the export's audit entry, filed as `entity`.
    """
    key: str
    name: str  # "Daftar Hadir"
    build: Callable[[MeetingHeader, dict], Any]
    renderer: Callable[[], Callable[..., bytes]]
    audit: Callable[[Any, dict], tuple[bool, dict]]
    entity: str
    title: Callable[[MeetingHeader], str] | None = None
    unavailable: Callable[[MeetingHeader], str] = always
    scope: str = MEETING
    in_pack: bool = True  # a part of the paket dokumen and a button of the Dokumen tab
    render_options: tuple[str, ...] = ()  # options the renderer takes rather than the builder
    cli_name: str = ""  # `kpu-rakor-cli pdf <cli_name>`; "" for none
    cli_help: str = ""
    cli_description: str = ""
    cli_said: str = ""  # "Daftar hadir" in "Daftar hadir rapat nomor 7 disimpan di …"
    docx: Callable[[], Callable[..., bytes]] | None = None

    def title_for(self, header: MeetingHeader) -> str:
        return self.title(header) if self.title else self.name
