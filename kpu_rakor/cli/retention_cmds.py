"""`retention preview|apply --months N`: anonymise guests and walk-ins not seen for N months (UU 27/2022)."""
from __future__ import annotations

import sys

from ..domain.services import audit, installation, privacy
from ..domain.timefmt import long_date, to_local
from .output import print_table
from .parsing import command, subcommands


def _months(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"jumlah bulan harus bilangan bulat (tertulis {text!r})") from None
    if not 1 <= value <= privacy.MAX_RETENTION_MONTHS:
        raise argparse.ArgumentTypeError(f"jumlah bulan harus 1 sampai {privacy.MAX_RETENTION_MONTHS}")
    return value


def register(sub) -> None:
    cmds = subcommands(sub, "retention", help="masa simpan data tamu: pratinjau dan anonimkan",
                       description="Data pribadi tamu dan peserta tanpa undangan yang rapat terakhirnya lebih "
                                   "lama dari N bulan dianonimkan; kehadirannya tetap dihitung.")
    pv = command(cmds, "preview", cmd_preview, help="daftar tamu yang akan dianonimkan",
                 description="Daftar tamu yang rapat terakhirnya lebih lama dari N bulan.")
    pv.add_argument("--months", type=_months, required=True, metavar="N", help="masa simpan dalam bulan")
    ap = command(cmds, "apply", cmd_apply, help="anonimkan tamu yang lebih lama dari N bulan",
                 description="Anonimkan tamu yang rapat terakhirnya lebih lama dari N bulan. Perlu --yes.")
    ap.add_argument("--months", type=_months, required=True, metavar="N", help="masa simpan dalam bulan")
    ap.add_argument("--yes", action="store_true", help="benar-benar menganonimkan (wajib)")


def cmd_preview(args) -> int:
    zone = installation.office_zone()
    rows = privacy.retention_preview(args.months)
    print_table(["ID", "Nama", "Instansi", "Terakhir", "Rapat"],
                [[c.person_id, c.name, c.institution, long_date(to_local(c.last_seen, zone)), c.meetings]
                 for c in rows], empty=f"Tidak ada tamu yang lebih lama dari {args.months} bulan.")
    if rows:
        print(f"{len(rows)} orang akan dianonimkan oleh: retention apply --months {args.months} --yes")
    return 0


def cmd_apply(args) -> int:
    if not args.yes:
        print("Tidak ada yang diubah. Periksa dulu dengan 'retention preview', lalu tambahkan --yes.",
              file=sys.stderr)
        return 1
    done = privacy.apply_retention(args.months, by=audit.actor())
    print(f"{len(done)} orang dianonimkan (masa simpan {args.months} bulan).")
    return 0
