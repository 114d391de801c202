"""`demo`: load the demo installation (KPU Kabupaten Tulungagung)."""
from __future__ import annotations

from ..domain.services import demo


def register(sub) -> None:
    p = sub.add_parser("demo", help="muat data contoh KPU Kabupaten Tulungagung",
                       description="Muat data contoh ke basis data yang masih kosong. Bila data contoh sudah ada, "
                                   "tidak ada yang diubah; basis data yang berisi data kantor sungguhan ditolak.")
    p.set_defaults(func=cmd_demo)


def cmd_demo(args) -> int:
    print(demo.load_demo().message)
    return 0
