"""The screens' one table of words for the codes the domain stores (mode, role, status, attendance, channel,
method, follow-up, audit), translatable under the one context "labels". Every widget and model takes its
words from here; documents and the CLI use kpu_rakor/domain/labels.py, the Indonesian table."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ..domain import models as m
from ..domain import timefmt


def modes() -> dict[str, str]:
    return {m.MODE_LURING: QCoreApplication.translate("labels", "Luring"),
            m.MODE_DARING: QCoreApplication.translate("labels", "Daring"),
            m.MODE_HIBRIDA: QCoreApplication.translate("labels", "Hibrida")}


def our_roles() -> dict[str, str]:
    return {m.ROLE_HOST: QCoreApplication.translate("labels", "Tuan rumah"),
            m.ROLE_PARTICIPANT: QCoreApplication.translate("labels", "Peserta")}


def statuses() -> dict[str, str]:
    return {m.STATUS_DRAFT: QCoreApplication.translate("labels", "Konsep"),
            m.STATUS_SCHEDULED: QCoreApplication.translate("labels", "Terjadwal"),
            m.STATUS_UNDERWAY: QCoreApplication.translate("labels", "Berlangsung"),
            m.STATUS_DONE: QCoreApplication.translate("labels", "Selesai")}


def meeting_roles() -> dict[str, str]:
    return {m.ROLE_CHAIR: QCoreApplication.translate("labels", "Pimpinan rapat"),
            m.ROLE_OPENING: QCoreApplication.translate("labels", "Pembukaan"),
            m.ROLE_SPEAKER: QCoreApplication.translate("labels", "Narasumber"),
            m.ROLE_MODERATOR: QCoreApplication.translate("labels", "Moderator"),
            m.ROLE_MC: QCoreApplication.translate("labels", "MC/Pembawa acara"),
            m.ROLE_NOTE_TAKER: QCoreApplication.translate("labels", "Notulis")}


def receipt_roles() -> dict[str, str]:
    """As what a person is paid on the daftar tanda terima (services.receipts.ROLES)."""
    return {m.ROLE_SPEAKER: QCoreApplication.translate("labels", "Narasumber"),
            m.ROLE_MODERATOR: QCoreApplication.translate("labels", "Moderator"),
            m.ROLE_MC: QCoreApplication.translate("labels", "Pembawa Acara"),
            m.ROLE_NOTE_TAKER: QCoreApplication.translate("labels", "Notulis"),
            "peserta": QCoreApplication.translate("labels", "Peserta")}


def certificate_roles() -> dict[str, str]:
    """As what a certificate names its holder (the role labels of services.certificates)."""
    from ..domain import certificate_codes as cc

    return {cc.PESERTA: QCoreApplication.translate("labels", "Peserta"),
            cc.NARASUMBER: QCoreApplication.translate("labels", "Narasumber"),
            cc.MODERATOR: QCoreApplication.translate("labels", "Moderator"),
            cc.PEMBAWA_ACARA: QCoreApplication.translate("labels", "Pembawa Acara")}


def attendance_statuses() -> dict[str, str]:
    return {m.ATT_HADIR: QCoreApplication.translate("labels", "Hadir"),
            m.ATT_TERLAMBAT: QCoreApplication.translate("labels", "Terlambat"),
            m.ATT_IZIN: QCoreApplication.translate("labels", "Izin"),
            m.ATT_SAKIT: QCoreApplication.translate("labels", "Sakit"),
            m.ATT_DINAS_LUAR: QCoreApplication.translate("labels", "Dinas luar"),
            m.ATT_DIWAKILI: QCoreApplication.translate("labels", "Diwakili"),
            m.ATT_TANPA_KETERANGAN: QCoreApplication.translate("labels", "Tanpa keterangan")}


def channels() -> dict[str, str]:
    return {m.CHANNEL_LURING: QCoreApplication.translate("labels", "Luring"),
            m.CHANNEL_DARING: QCoreApplication.translate("labels", "Daring")}


def methods() -> dict[str, str]:
    return {m.METHOD_QR: QCoreApplication.translate("labels", "Kode QR"),
            m.METHOD_MANUAL: QCoreApplication.translate("labels", "Manual"),
            m.METHOD_ZOOM: QCoreApplication.translate("labels", "Laporan Zoom"),
            m.METHOD_LAN: QCoreApplication.translate("labels", "HP (LAN)"),
            m.METHOD_IMPORT: QCoreApplication.translate("labels", "Impor")}


def follow_up_statuses() -> dict[str, str]:
    return {m.FOLLOWUP_OPEN: QCoreApplication.translate("labels", "Terbuka"),
            m.FOLLOWUP_DONE: QCoreApplication.translate("labels", "Selesai"),
            m.FOLLOWUP_CANCELLED: QCoreApplication.translate("labels", "Batal")}


def minutes_statuses() -> dict[str, str]:
    return {m.MINUTES_DRAFT: QCoreApplication.translate("labels", "Draf"),
            m.MINUTES_READY: QCoreApplication.translate("labels", "Siap disetujui"),
            m.MINUTES_APPROVED: QCoreApplication.translate("labels", "Disetujui")}


def audit_actions() -> dict[str, str]:
    return {"create": QCoreApplication.translate("labels", "Tambah"),
            "update": QCoreApplication.translate("labels", "Ubah"),
            "delete": QCoreApplication.translate("labels", "Hapus"),
            "export": QCoreApplication.translate("labels", "Ekspor"),
            "import": QCoreApplication.translate("labels", "Impor"),
            "invite": QCoreApplication.translate("labels", "Undang"),
            "set_status": QCoreApplication.translate("labels", "Ubah status kehadiran"),
            "undo": QCoreApplication.translate("labels", "Batalkan presensi"),
            "confirm": QCoreApplication.translate("labels", "Konfirmasi tamu"),
            "merge": QCoreApplication.translate("labels", "Gabungkan tamu"),
            "signature": QCoreApplication.translate("labels", "Tanda tangan"),
            "ready": QCoreApplication.translate("labels", "Tandai siap"),
            "approve": QCoreApplication.translate("labels", "Setujui"),
            "revise": QCoreApplication.translate("labels", "Revisi"),
            "draft": QCoreApplication.translate("labels", "Susun draf"),
            "status": QCoreApplication.translate("labels", "Ubah status"),
            "carry": QCoreApplication.translate("labels", "Bawa ke rapat berikut"),
            "anonymise": QCoreApplication.translate("labels", "Anonimkan"),
            "retention": QCoreApplication.translate("labels", "Anonimkan (masa simpan)"),
            "undo_import": QCoreApplication.translate("labels", "Urungkan impor"),
            "merge_people": QCoreApplication.translate("labels", "Gabungkan orang")}


def audit_entities() -> dict[str, str]:
    return {"person": QCoreApplication.translate("labels", "orang"),
            "meeting": QCoreApplication.translate("labels", "rapat"),
            "attendance": QCoreApplication.translate("labels", "presensi"),
            "daftar_hadir": QCoreApplication.translate("labels", "daftar hadir"),
            "badges": QCoreApplication.translate("labels", "kartu peserta"),
            "undangan": QCoreApplication.translate("labels", "undangan"),
            "notulen": QCoreApplication.translate("labels", "notulen"),
            "minutes": QCoreApplication.translate("labels", "notulen"),
            "dokumentasi": QCoreApplication.translate("labels", "dokumentasi"),
            "paket_dokumen": QCoreApplication.translate("labels", "paket dokumen"),
            "news": QCoreApplication.translate("labels", "berita"),
            "backup": QCoreApplication.translate("labels", "cadangan"),
            "signatory": QCoreApplication.translate("labels", "penanda tangan"),
            "satker": QCoreApplication.translate("labels", "satker"),
            "photo": QCoreApplication.translate("labels", "foto"),
            "photo_order": QCoreApplication.translate("labels", "urutan foto"),
            "agenda": QCoreApplication.translate("labels", "agenda"),
            "roles": QCoreApplication.translate("labels", "peran rapat"),
            "follow_up": QCoreApplication.translate("labels", "tindak lanjut"),
            "audit_log": QCoreApplication.translate("labels", "log audit"),
            "setting": QCoreApplication.translate("labels", "pengaturan"),
            "certificates": QCoreApplication.translate("labels", "sertifikat"),
            "tanda_terima": QCoreApplication.translate("labels", "daftar tanda terima")}


def person_references() -> dict[str, str]:
    """What points at a person (domain/services/person_references.py), as a merge's confirmation lists it."""
    return {"kehadiran": QCoreApplication.translate("labels", "kehadiran"),
            "mewakili": QCoreApplication.translate("labels", "kehadiran sebagai wakil"),
            "undangan": QCoreApplication.translate("labels", "undangan"),
            "peran": QCoreApplication.translate("labels", "peran"),
            "kutipan": QCoreApplication.translate("labels", "kutipan"),
            "tindak_lanjut": QCoreApplication.translate("labels", "tindak lanjut"),
            "notulen_dibuka": QCoreApplication.translate("labels", "notulen (pembuka)"),
            "notulen_disetujui": QCoreApplication.translate("labels", "notulen (penyetuju)"),
            "pimpinan_rapat": QCoreApplication.translate("labels", "pimpinan rapat"),
            "notulis_rapat": QCoreApplication.translate("labels", "notulis rapat"),
            "foto": QCoreApplication.translate("labels", "foto"),
            "penanda_tangan": QCoreApplication.translate("labels", "penanda tangan"),
            "kelompok_undangan": QCoreApplication.translate("labels", "kelompok undangan")}


def import_actions() -> dict[str, str]:
    return {"tambah": QCoreApplication.translate("labels", "Tambah"),
            "perbarui": QCoreApplication.translate("labels", "Perbarui"),
            "sama": QCoreApplication.translate("labels", "Tetap"),
            "ditolak": QCoreApplication.translate("labels", "Ditolak")}


def person_fields() -> dict[str, str]:
    return {"name": QCoreApplication.translate("labels", "Nama"),
            "nip": QCoreApplication.translate("labels", "NIP"),
            "position": QCoreApplication.translate("labels", "Jabatan"),
            "satker": QCoreApplication.translate("labels", "Satker"),
            "phone": QCoreApplication.translate("labels", "HP"),
            "email": QCoreApplication.translate("labels", "Email")}


def month_year(year: int, month: int) -> str:
    # Month names stay Indonesian in both languages: they are how the office's documents name them.
    return f"{timefmt.MONTHS[month - 1]} {year}"


def short_date(d) -> str:
    """`Rabu, 07 Apr 2021`: the long form with a three-letter month fits a list column."""
    return f"{timefmt.DAYS[d.weekday()]}, {d.day:02d} {timefmt.MONTHS[d.month - 1][:3]} {d.year}"


def number(n: int) -> str:
    """`10.000`: Indonesian groups thousands with a dot."""
    return QLocale(QLocale.Indonesian, QLocale.Indonesia).toString(n)


def institution_kinds(include_kpu: bool = False) -> dict[str, str]:
    """The kinds of institution a user can add (a KPU office is already in the directory)."""
    kinds = {m.KIND_BAWASLU: QCoreApplication.translate("labels", "Bawaslu"),
             m.KIND_PEMDA: QCoreApplication.translate("labels", "Pemerintah daerah"),
             m.KIND_UNIVERSITAS: QCoreApplication.translate("labels", "Perguruan tinggi"),
             m.KIND_MEDIA: QCoreApplication.translate("labels", "Media"),
             m.KIND_LAIN: QCoreApplication.translate("labels", "Lainnya")}
    if include_kpu:
        kinds = {m.KIND_KPU: QCoreApplication.translate("labels", "KPU"), **kinds}
    return kinds


def satker_levels() -> dict[str, str]:
    """The levels the directory filters by: KPU RI, provinces, kab/kota, and every other institution."""
    return {m.LEVEL_RI: QCoreApplication.translate("labels", "RI"),
            m.LEVEL_PROVINSI: QCoreApplication.translate("labels", "Provinsi"),
            m.LEVEL_KABKOTA: QCoreApplication.translate("labels", "Kab/Kota"),
            m.LEVEL_LAIN: QCoreApplication.translate("labels", "Instansi lain")}
