"""The documents of a meeting: the registry (the one list of them), making one, and the paket dokumen.

- `REGISTRY`, `PACKED`, `kind(key)`: what documents there are (registry.py, kinds.py);
- `render_document(key, meeting_id, path, paper, fmt="pdf"|"docx", esign=False, **options)`; `WORD`: the
  documents made as Word files too (`esign`: the TTE variant with the e-office's placeholders);
  `availability(meeting_id)`, `title_for(...)`;
- `render_pack(meeting_id, path, paper, keys=None)` → `PackResult`;
- `export_path(folder, key, meeting_id)`, `file_stem`, `new_file_path`: file names.
"""
from __future__ import annotations

from .kinds import MEETING, PERSON, DocumentKind  # noqa: F401
from .names import PACK, export_path, file_stem, new_file_path  # noqa: F401
from .output import write_pdf  # noqa: F401
from .pack import PackResult, render_pack  # noqa: F401
from .registry import (BADGES, BERITA, DAFTAR_HADIR, DOKUMENTASI, NOTULEN, PACKED, REGISTRY,  # noqa: F401
                       SERTIFIKAT, TANDA_TERIMA, UNDANGAN, WORD, kind)
from .render import (FORMATS, availability, build, check_paper, draw, draw_docx, log_export,  # noqa: F401
                     overview, render_bytes, render_document, title_for, word_kind)
