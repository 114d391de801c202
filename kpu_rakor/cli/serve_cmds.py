"""`serve`: the phones' sign-in page of one meeting on the office LAN, until Ctrl+C."""
from __future__ import annotations

import argparse
import signal
import sys
import threading

from ..domain.services import meetings
from ..lan.addresses import LOOPBACK, lan_addresses
from ..lan.server import DEFAULT_PORT, SigninServer
from .parsing import add_meeting_id, command


def register(sub) -> None:
    s = command(sub, "serve", cmd_serve, help="buka halaman presensi lewat HP di jaringan kantor",
                description="Buka halaman presensi lewat HP untuk satu rapat di jaringan kantor (LAN). Baris "
                            "pertama keluaran adalah alamatnya (untuk kode QR); berjalan sampai Ctrl+C.")
    add_meeting_id(s)
    s.add_argument("--host", metavar="ALAMAT", help="alamat IPv4 PC ini yang dipakai (bawaan: alamat jaringan "
                                                    "pertama PC ini)")
    s.add_argument("--port", type=_port, default=DEFAULT_PORT, metavar="N",
                   help=f"port (bawaan: {DEFAULT_PORT}; bila terpakai, dicoba 20 port berikutnya)")


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} bukan angka; tulis misalnya {DEFAULT_PORT}") from None
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"port harus 1 sampai 65535 (tertulis {value})")
    return value


def cmd_serve(args) -> int:
    meeting = meetings.get(args.meeting_id)  # a missing meeting is one sentence, before anything listens
    host = args.host or lan_addresses()[0]
    server = SigninServer(meeting.id, host, args.port)
    stop = threading.Event()
    previous = {}
    for name in ("SIGINT", "SIGTERM", "SIGBREAK"):
        number = getattr(signal, name, None)
        if number is not None:
            previous[number] = signal.signal(number, lambda *_: stop.set())
    try:
        url = server.start()
        print(url, flush=True)
        print(f"Halaman presensi HP untuk \u201c{meeting.title}\u201d terbuka. Tekan Ctrl+C untuk menutup.",
              flush=True)
        if server.host == LOOPBACK or server.host.startswith("127."):
            print("Catatan: alamat 127.x hanya terbuka dari PC ini; HP tidak dapat membukanya. Pakai --host "
                  "dengan alamat jaringan kantor.", file=sys.stderr, flush=True)
        while not stop.wait(0.5):  # a short wait: signal handlers run between waits on every platform
            pass
    finally:
        server.stop()
        for number, handler in previous.items():
            signal.signal(number, handler)
    print(f"Halaman presensi HP ditutup; {server.sign_ins} orang tercatat lewat HP.", flush=True)
    return 0
