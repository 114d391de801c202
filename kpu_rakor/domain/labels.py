"""Indonesian words for the codes the database stores, for documents and the command line.

The desktop screens have their own translatable copies (kpu_rakor/ui/labels.py, through Qt Linguist);
these are the Indonesian texts printed in documents and shown by the CLI.
"""
from __future__ import annotations

OUR_ROLE = {"host": "tuan rumah", "participant": "peserta"}
MODE = {"luring": "luring", "daring": "daring", "hibrida": "hibrida (luring dan daring)"}
STATUS = {"draft": "konsep", "scheduled": "terjadwal", "underway": "berlangsung", "done": "selesai"}
ROLE = {"chair": "Pimpinan rapat", "opening": "Pembukaan", "speaker": "Narasumber", "moderator": "Moderator",
        "mc": "MC/Pembawa acara", "note_taker": "Notulis"}
ATTENDANCE = {"hadir": "Hadir", "terlambat": "Terlambat", "izin": "Izin", "sakit": "Sakit",
              "dinas_luar": "Dinas Luar", "diwakili": "Diwakili", "tanpa_keterangan": "Tanpa Keterangan"}
CHANNEL = {"luring": "Luring", "daring": "Daring"}

# For validation messages: the labels of a field's allowed codes.
CHOICES = {"our_role": OUR_ROLE, "mode": MODE, "status": STATUS, "role": ROLE}
