"""The documents registry: the one list of the documents the app makes. The Dokumen tab, the CLI's `pdf`
command and the paket dokumen all read it; adding a document is adding an entry here (a content builder in
domain/services and a renderer in reports/)."""
from __future__ import annotations

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..services import (attendance_sheet, badges, certificates, documentation, invitation_letter, notulen_content,
                        photos, receipts)
from ..services.meeting_header import MeetingHeader
from ..services.news import drafts, printable
from .kinds import PERSON, DocumentKind

UNDANGAN, DAFTAR_HADIR, NOTULEN, DOKUMENTASI, BERITA = "undangan", "daftar_hadir", "notulen", "dokumentasi", "berita"
BADGES, SERTIFIKAT, TANDA_TERIMA = "badges", "sertifikat", "tanda_terima"


def _no_photos(h: MeetingHeader) -> str:
    if photos.count(h.meeting_id):
        return ""
    return QT_TRANSLATE_NOOP("domain", "Dokumentasi tidak dapat dibuat: rapat ini belum punya foto.")


def _no_article(h: MeetingHeader) -> str:
    if drafts.has_text(h.meeting_id):
        return ""
    return QT_TRANSLATE_NOOP("domain", "Berita Kegiatan tidak dapat dibuat: draf berita rapat ini belum ditulis.")


# The renderers are imported when a document is drawn: reportlab loads only then.
def _undangan():
    from ...reports.undangan import render
    return render


def _daftar_hadir():
    from ...reports.daftar_hadir import render
    return render


def _notulen():
    from ...reports.notulen import render
    return render


def _dokumentasi():
    from ...reports.dokumentasi import render
    return render


def _berita():
    from ...reports.news import render
    return render


# The Word renderers: python-docx loads only when a .docx is made.
def _undangan_docx():
    from ...reports.docx_undangan import render
    return render


def _daftar_hadir_docx():
    from ...reports.docx_daftar_hadir import render
    return render


def _notulen_docx():
    from ...reports.docx_notulen import render
    return render


def _berita_docx():
    from ...reports.docx_news import render
    return render


def _badges():
    from ...reports.badges import render
    return render


def _sertifikat():
    from ...reports.certificate import render
    return render


def _tanda_terima():
    from ...reports.tanda_terima import render
    return render


REGISTRY: tuple[DocumentKind, ...] = (
    DocumentKind(
        UNDANGAN, "Undangan", entity="undangan", renderer=_undangan, docx=_undangan_docx,
        build=lambda h, o: invitation_letter.from_header(h, copies=o.get("copies", ())),
        audit=lambda c, o: (bool(c.recipients), {"recipients": len(c.recipients)}),
        cli_name="undangan", cli_help="surat undangan rapat", cli_said="Surat undangan",
        cli_description="Surat undangan rapat yang diselenggarakan kantor ini, di atas kop surat; daftar "
                        "undangan dilampirkan bila penerimanya lebih dari lima."),
    DocumentKind(
        DAFTAR_HADIR, "Daftar Hadir", entity="daftar_hadir", renderer=_daftar_hadir,
        docx=_daftar_hadir_docx,
        build=lambda h, o: attendance_sheet.from_header(h, blank_rows=o.get("blank_rows", 0),
                                                        include_people=o.get("include_people", True)),
        audit=lambda c, o: (o.get("include_people", True), {"rows": len(c.rows)}),
        cli_name="attendance", cli_help="daftar hadir rapat", cli_said="Daftar hadir",
        cli_description="Daftar hadir rapat sebagai PDF."),
    DocumentKind(
        NOTULEN, "Notulen", entity="notulen", renderer=_notulen, docx=_notulen_docx,
        title=lambda h: h.minutes_name,
        build=lambda h, o: notulen_content.from_header(h, revision=o.get("revision")),
        audit=lambda c, o: (False, {"revision": c.revision, "status": c.status}),
        cli_name="notulen", cli_help="notulen rapat", cli_said="Notulen",
        cli_description="Notulen rapat sebagai PDF (untuk rapat yang hanya diikuti: laporan hasil rapat). Draf "
                        "dicetak dengan tanda DRAF."),
    DocumentKind(
        DOKUMENTASI, "Dokumentasi", entity="dokumentasi", renderer=_dokumentasi, unavailable=_no_photos,
        build=lambda h, o: documentation.from_header(h), render_options=("per_page",),
        audit=lambda c, o: (True, {"photos": len(c.photos), "per_page": o.get("per_page", 4)}),
        cli_name="dokumentasi", cli_help="foto kegiatan dengan keterangan", cli_said="Dokumentasi",
        cli_description="Dokumentasi kegiatan: foto-foto rapat dengan keterangannya, dua atau empat per "
                        "halaman."),
    DocumentKind(
        BERITA, "Berita Kegiatan", entity="news", renderer=_berita, unavailable=_no_article,
        docx=_berita_docx, cli_said="Berita kegiatan",
        build=lambda h, o: printable.from_header(h, o.get("photo_ids")),
        audit=lambda c, o: (False, {"photos": len(c.photos)})),
    DocumentKind(
        BADGES, "Kartu Peserta", entity="badges", renderer=_badges, scope=PERSON, in_pack=False,
        build=lambda h, o: badges.from_header(h),
        audit=lambda c, o: (True, {"cards": len(c.cards)}),
        cli_name="badges", cli_help="kartu peserta dengan kode QR", cli_said="Kartu peserta",
        cli_description="Kartu nama peserta dengan kode QR undangan, beberapa per lembar, dengan tanda potong."),
    DocumentKind(
        SERTIFIKAT, "Sertifikat", entity="certificates", renderer=_sertifikat, scope=PERSON, in_pack=False,
        unavailable=certificates.unavailable,
        build=lambda h, o: certificates.from_header(h, o.get("person_id")),
        audit=lambda c, o: (True, {"certificates": len(c.certificates),
                                   **({"person_id": o["person_id"]} if o.get("person_id") else {})}),
        cli_name="certificates", cli_help="sertifikat peserta dan narasumber", cli_said="Sertifikat",
        cli_description="Sertifikat kegiatan sosialisasi, bimtek atau webinar: satu halaman mendatar per orang "
                        "(narasumber, moderator, pembawa acara, dan peserta yang tercatat hadir), dengan kode QR "
                        "untuk memeriksa keasliannya. Dengan --person hanya sertifikat orang itu."),
    # A finance document with its own settings (amounts, PPK, bendahara): made from its dialog, not the pack.
    DocumentKind(
        TANDA_TERIMA, "Daftar Tanda Terima", entity="tanda_terima", renderer=_tanda_terima, in_pack=False,
        unavailable=receipts.unavailable, build=lambda h, o: receipts.from_header(h),
        audit=lambda c, o: (True, {"rows": len(c.rows), "total": c.total}),
        cli_name="receipts", cli_help="daftar tanda terima uang transport/honorarium",
        cli_said="Daftar tanda terima",
        cli_description="Daftar tanda terima uang transport atau honorarium dari kehadiran dan peran rapat, "
                        "dengan jumlah dan terbilangnya serta tanda tangan PPK dan Bendahara Pengeluaran. "
                        "Besaran uang diatur di tab Dokumen aplikasi."),
)
BY_KEY = {k.key: k for k in REGISTRY}
PACKED = tuple(k for k in REGISTRY if k.in_pack)  # the Dokumen tab's documents and the paket's parts, in order
WORD = tuple(k for k in REGISTRY if k.docx is not None)  # the documents made as Word files too


def kind(key: str) -> DocumentKind:
    try:
        return BY_KEY[key]
    except KeyError:
        raise ValidationError(f"Dokumen {key!r} tidak dikenal; pilih salah satu dari: "
                              f"{', '.join(k.key for k in PACKED)}.", "document") from None
