"""Indonesian words for the codes the database stores, for documents and the command line: the one table.

Services return codes, never these words. The desktop screens have their own translatable table
(kpu_rakor/ui/labels.py, through Qt Linguist); these are the Indonesian texts printed in documents and shown
by the CLI.
"""
from __future__ import annotations

OUR_ROLE = {"host": "tuan rumah", "participant": "peserta"}
MODE = {"luring": "luring", "daring": "daring", "hibrida": "hibrida (luring dan daring)"}
STATUS = {"draft": "konsep", "scheduled": "terjadwal", "underway": "berlangsung", "done": "selesai"}
ROLE = {"chair": "Pimpinan rapat", "opening": "Pembukaan", "speaker": "Narasumber", "moderator": "Moderator",
        "mc": "MC/Pembawa acara", "note_taker": "Notulis"}
CERTIFICATE_ROLE = {"P": "Peserta", "N": "Narasumber", "M": "Moderator", "C": "Pembawa Acara"}  # certificate_codes
ATTENDANCE = {"hadir": "Hadir", "terlambat": "Terlambat", "izin": "Izin", "sakit": "Sakit",
              "dinas_luar": "Dinas Luar", "diwakili": "Diwakili", "tanpa_keterangan": "Tanpa Keterangan"}
CHANNEL = {"luring": "Luring", "daring": "Daring"}
METHOD = {"qr": "Kode QR", "manual": "Manual", "zoom": "Laporan Zoom", "lan": "HP (LAN)", "import": "Impor"}
FOLLOW_UP = {"terbuka": "Terbuka", "selesai": "Selesai", "batal": "Batal"}
MINUTES = {"draft": "Draf", "ready": "Siap disetujui", "approved": "Disetujui"}
ZOOM_ACTION = {"match": "cocok", "new": "tamu baru", "ignore": "abaikan"}  # a Zoom report's participant

# The audit log's codes: what was done, and to what.
AUDIT_ACTION = {
    "create": "Tambah", "update": "Ubah", "delete": "Hapus", "export": "Ekspor", "import": "Impor",
    "invite": "Undang", "set_status": "Ubah status kehadiran", "undo": "Batalkan presensi",
    "confirm": "Konfirmasi tamu", "merge": "Gabungkan tamu", "signature": "Tanda tangan", "ready": "Tandai siap",
    "approve": "Setujui", "revise": "Revisi", "draft": "Susun draf", "status": "Ubah status",
    "carry": "Bawa ke rapat berikut", "anonymise": "Anonimkan", "retention": "Anonimkan (masa simpan)",
    "undo_import": "Urungkan impor", "merge_people": "Gabungkan orang",
}
AUDIT_ENTITY = {
    "person": "orang", "meeting": "rapat", "attendance": "presensi", "daftar_hadir": "daftar hadir",
    "badges": "kartu peserta", "undangan": "undangan", "notulen": "notulen", "minutes": "notulen",
    "dokumentasi": "dokumentasi", "paket_dokumen": "paket dokumen", "news": "berita", "backup": "cadangan",
    "signatory": "penanda tangan", "satker": "satker", "photo": "foto", "photo_order": "urutan foto",
    "agenda": "agenda", "roles": "peran rapat", "follow_up": "tindak lanjut", "audit_log": "log audit",
    "setting": "pengaturan", "recap": "rekap kehadiran", "certificates": "sertifikat",
    "tanda_terima": "daftar tanda terima",
}

# What points at a person (services/person_references.py), and what an import does with a row.
PERSON_REFERENCE = {
    "kehadiran": "kehadiran", "mewakili": "kehadiran sebagai wakil", "undangan": "undangan", "peran": "peran",
    "kutipan": "kutipan", "tindak_lanjut": "tindak lanjut", "notulen_dibuka": "notulen (pembuka)",
    "notulen_disetujui": "notulen (penyetuju)", "pimpinan_rapat": "pimpinan rapat", "notulis_rapat": "notulis rapat",
    "foto": "foto", "penanda_tangan": "penanda tangan",
    "kelompok_undangan": "kelompok undangan",
}
IMPORT_ACTION = {"tambah": "Tambah", "perbarui": "Perbarui", "sama": "Tetap", "ditolak": "Ditolak"}
PERSON_FIELD = {"name": "Nama", "nip": "NIP", "position": "Jabatan", "satker": "Satker", "phone": "HP",
                "email": "Email"}

# For validation messages: the labels of a field's allowed codes.
CHOICES = {"our_role": OUR_ROLE, "mode": MODE, "status": STATUS, "role": ROLE}
# The directory's satker: the level in the KPU hierarchy and the kind of institution.
SATKER_LEVEL = {"ri": "KPU RI", "provinsi": "Provinsi", "kabkota": "Kabupaten/Kota", "lain": "Lainnya"}
SATKER_KIND = {"kpu": "KPU", "bawaslu": "Bawaslu", "pemda": "Pemerintah daerah", "universitas": "Perguruan tinggi",
               "media": "Media", "lainnya": "Lainnya"}
