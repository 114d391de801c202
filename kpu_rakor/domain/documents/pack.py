"""The paket dokumen: a meeting's documents of the registry (undangan, daftar hadir, notulen, dokumentasi,
news article) in one PDF, one bookmark per part, for the archive and the finance office. A part with nothing
to show (no photos, no news draft) or one that cannot be made for this meeting is left out, and the result
says which and why."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..db import write_tx
from ..errors import UserError
from ..services import audit, meeting_header
from .output import write_pdf
from .registry import PACKED, kind
from .render import check_paper, draw


@dataclass
class PackResult:
    path: Path
    parts: list[tuple[str, int]] = field(default_factory=list)  # (bookmark, pages) in order
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (title, why as a sentence) of parts left out

    @property
    def pages(self) -> int:
        return sum(n for _, n in self.parts)

    def summary(self) -> str:
        """`Paket dokumen berisi Undangan (1 halaman), …. Dokumentasi tidak dapat dibuat: …`"""
        text = "Paket dokumen berisi " + ", ".join(f"{t} ({n} halaman)" for t, n in self.parts) + "."
        return " ".join([text] + [why for _, why in self.skipped])


def _scaled(progress, start: int, end: int):
    if progress is None:
        return None
    return lambda percent: progress(start + (end - start) * max(0, min(100, percent)) // 100)


def render_pack(meeting_id: int, path, paper: str = "a4", *, progress=None, keys=None) -> PackResult:
    """All documents of a meeting (or those in `keys`) in one PDF with one bookmark per part. Parts that
    cannot be made are skipped and listed in the result; with none left it is a UserError."""
    from ...reports.pack import bind

    check_paper(paper)
    header = meeting_header.read(meeting_id)  # once for every part
    wanted = [kind(k) for k in keys] if keys else list(PACKED)
    result = PackResult(Path(path))
    if progress:
        progress(0)
    drawn: list[tuple[str, bytes]] = []
    for n, k in enumerate(wanted):
        title = k.title_for(header)
        reason = k.unavailable(header)  # not ready: no photos, no news draft
        if not reason:
            try:
                content = k.build(header, {})
            except UserError as exc:  # not ours to make: no undangan for a meeting we only attended
                reason = f"{title} tidak disertakan: {exc}"
        if reason:
            result.skipped.append((title, reason))
            continue
        step = _scaled(progress, 90 * n // len(wanted), 90 * (n + 1) // len(wanted))
        drawn.append((title, draw(k, header, content, paper, progress=step)))
    if not drawn:
        raise UserError("Paket dokumen tidak dapat dibuat: tidak ada dokumen yang siap. "
                        + " ".join(why for _, why in result.skipped))
    data, pages = bind(drawn, f"Paket Dokumen - {header.title}")
    result.parts = [(title, n) for (title, _), n in zip(drawn, pages)]
    result.path = write_pdf(path, data)
    with write_tx():
        audit.log("export", "paket_dokumen", meeting_id, meeting_id=meeting_id, personal_data=True,
                  detail={"file": result.path.name, "paper": paper, "parts": [t for t, _ in result.parts],
                          "skipped": [t for t, _ in result.skipped]})
    if progress:
        progress(100)
    return result
