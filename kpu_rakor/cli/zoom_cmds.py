"""`zoom import`: a Zoom participant report into a meeting's attendance, headless."""
from __future__ import annotations

from ..domain import labels
from ..domain.services import zoom_import
from ..domain.timefmt import ZONES
from .output import print_json, print_table
from .parsing import add_json, add_meeting_id, command, subcommands

def _minutes(text: str) -> int:
    from .parsing import UsageError
    try:
        value = int(text)
    except ValueError:
        raise UsageError(f"--min-minutes harus bilangan bulat menit, bukan {text!r}") from None
    if not 0 <= value <= 1440:
        raise UsageError("--min-minutes harus antara 0 dan 1440")
    return value


def register(sub) -> None:
    cmds = subcommands(sub, "zoom", help="impor laporan peserta Zoom",
                       description="Laporan peserta Zoom (CSV atau XLSX dari portal Zoom) ke presensi rapat.")
    i = command(cmds, "import", cmd_import, help="catat peserta Zoom sebagai hadir daring",
                description="Baca laporan, gabungkan baris per orang (menit = gabungan selang waktu), cocokkan "
                            "dengan direktori, lalu catat sebagai hadir daring. Mengimpor laporan yang sama dua "
                            "kali tidak mengubah apa pun.")
    add_meeting_id(i)
    i.add_argument("file", metavar="BERKAS", help="laporan peserta Zoom (.csv atau .xlsx)")
    i.add_argument("--zone", choices=sorted(ZONES), metavar="ZONA",
                   help="zona waktu tempat laporan diunduh: WIB, WITA atau WIT (bawaan: zona rapat)")
    i.add_argument("--min-minutes", type=_minutes, metavar="MENIT",
                   help="menit minimal di Zoom agar tercatat hadir tanpa ditinjau (bawaan: pengaturan, "
                        f"awalnya {zoom_import.DEFAULT_MIN_MINUTES})")
    i.add_argument("--dry-run", action="store_true", help="tampilkan usulan saja, tanpa menyimpan")
    add_json(i, "cetak hasil sebagai JSON")


def cmd_import(args) -> int:
    review = zoom_import.read_report(args.meeting_id, args.file, args.zone)
    applied = None if args.dry_run else zoom_import.apply(review, args.min_minutes)
    if args.json:
        print_json(zoom_import.to_json(review, applied))
        return 0
    data = zoom_import.to_json(review)
    print(f"{data['rows']} baris, {data['participants']} peserta: {data['matched']} cocok, {data['new']} tamu "
          f"baru, {data['ignored']} diabaikan (waktu dalam {review.zone}).")
    if review.warning:
        print(review.warning)
    print_table(["Nama di Zoom", "Masuk", "Keluar", "Menit", "Usulan", "Orang", "Yakin"],
                [[" / ".join(i["names"]), i["first_join"], i["last_leave"], i["minutes"],
                  labels.ZOOM_ACTION[i["action"]],
                  i["person_name"] or i["guest_name"], f"{i['confidence']}%" if i["action"] == "match" else ""]
                 for i in data["list"]])
    print(applied.message if applied else "Uji coba (--dry-run): tidak ada yang disimpan.")
    return 0
