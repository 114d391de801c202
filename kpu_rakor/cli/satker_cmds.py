"""`satker list|add`: the directory of KPU offices and the other institutions users add."""
from __future__ import annotations

from ..domain.models import KINDS
from ..domain.services import satker
from ..domain.timefmt import ZONES
from .output import print_json, print_table
from .parsing import add_json, command, subcommands


def register(sub) -> None:
    cmds = subcommands(sub, "satker", help="daftar dan tambah satker/instansi",
                       description="Satker KPU (bawaan) dan instansi lain (Bawaslu, pemda, kampus, media).")
    ls = command(cmds, "list", cmd_list, help="daftar satker/instansi", description="Daftar satker dan instansi.")
    ls.add_argument("search", nargs="?", default="", metavar="CARI", help="kata dalam nama (boleh kosong)")
    add_json(ls)
    add = command(cmds, "add", cmd_add, help="tambah instansi lain", description="Tambah instansi yang bukan KPU.")
    add.add_argument("name", metavar="NAMA", help='nama instansi, mis. "Bawaslu Kabupaten Tulungagung"')
    add.add_argument("--kind", choices=[k for k in KINDS if k != "kpu"], default="lainnya",
                     help="jenis instansi (bawaan: lainnya)")
    add.add_argument("--city", default="", metavar="KOTA", help="kota")
    add.add_argument("--timezone", choices=tuple(ZONES), default="WIB", help="zona waktu (bawaan: WIB)")
    add.add_argument("--website", default="", metavar="ALAMAT", help="laman web")


def cmd_list(args) -> int:
    rows = satker.search(args.search)
    if args.json:
        print_json([{"id": s.id, "name": s.name, "level": s.level, "kind": s.kind, "region_code": s.region_code,
                     "city": s.city, "timezone": s.timezone, "website": s.website} for s in rows])
        return 0
    print_table(["ID", "Nama", "Kota", "Zona"], [[s.id, s.name, s.city, s.timezone] for s in rows],
                empty="Tidak ada satker yang cocok.")
    return 0


def cmd_add(args) -> int:
    s = satker.add_institution(args.name, kind=args.kind, city=args.city, timezone=args.timezone,
                               website=args.website)
    print(f"Instansi tersimpan dengan nomor {s.id}: {s.name}.")
    return 0
