"""Indonesian words for the codes stored in the database (roles, modes, statuses)."""
from __future__ import annotations

OUR_ROLE = {"host": "tuan rumah", "participant": "peserta"}
MODE = {"luring": "luring", "daring": "daring", "hibrida": "hibrida (luring dan daring)"}
STATUS = {"draft": "konsep", "scheduled": "terjadwal", "underway": "sedang berlangsung", "done": "selesai"}
ROLE = {"chair": "Pimpinan rapat", "opening": "Pembukaan", "speaker": "Narasumber", "moderator": "Moderator",
        "mc": "Pembawa acara", "note_taker": "Notulis"}
ATTENDANCE = {"hadir": "hadir", "terlambat": "terlambat", "izin": "izin", "sakit": "sakit",
              "dinas_luar": "dinas luar", "diwakili": "diwakili", "tanpa_keterangan": "tanpa keterangan"}
