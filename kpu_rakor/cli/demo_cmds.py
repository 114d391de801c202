"""`demo`: load the demo installation (KPU Kabupaten Tulungagung)."""
from __future__ import annotations

from ..domain.services import demo
from .parsing import command


def register(sub) -> None:
    command(sub, "demo", cmd_demo, help="muat data contoh KPU Kabupaten Tulungagung",
            description="Muat data contoh ke basis data yang masih kosong. Bila data contoh sudah ada, tidak ada "
                        "yang diubah; basis data yang berisi data kantor sungguhan ditolak.")


def cmd_demo(args) -> int:
    print(demo.load_demo().message)
    return 0
