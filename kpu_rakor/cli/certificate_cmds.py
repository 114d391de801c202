"""`certificate verify KODE`: whether a certificate's QR code was issued by this office, and for whom."""
from __future__ import annotations

from ..domain.services import certificates
from .output import print_json
from .parsing import add_json, command, subcommands

EXIT_NOT_VALID = 3  # like a rejected check-in: the answer is known, and it is "no"


def register(sub) -> None:
    cmds = subcommands(sub, "certificate", help="periksa sertifikat",
                       description="Periksa keaslian sertifikat dari kode QR-nya.")
    verify = command(cmds, "verify", cmd_verify, help="periksa kode QR sertifikat",
                     description="Periksa kode QR sertifikat: sah (untuk siapa, kegiatan apa, tanggal berapa) atau "
                                 "palsu/tidak dikenal. Status keluar 0 bila sah, 3 bila tidak.")
    verify.add_argument("code", metavar="KODE", help="teks kode QR sertifikat (diawali S)")
    add_json(verify)


def cmd_verify(args) -> int:
    v = certificates.verify(args.code)
    if args.json:
        print_json({"status": v.status, "valid": v.valid, "name": v.name, "role": v.role, "title": v.title,
                    "day_date": v.day_date, "place": v.place, "meeting_id": v.meeting_id,
                    "person_id": v.person_id, "message": v.sentence})
    else:
        print(v.sentence)
    return 0 if v.valid else EXIT_NOT_VALID
