"""The phones' sign-in server for one meeting: waitress on one LAN address, in a background thread.

    server = SigninServer(meeting_id, "192.168.1.5")
    url = server.start()      # "HTTP://192.168.1.5:8470/M/<TOKEN>", for the QR code
    ...
    server.stop()             # the socket is closed and the token is dead

Used by the Qt dialog and by `kpu-rakor-cli serve`; imports no Qt.
"""
from __future__ import annotations

import errno
import ipaddress
import logging
import socket
import sys
import threading

from waitress.server import create_server
from waitress.task import ThreadedTaskDispatcher

from ..domain import db
from ..domain.errors import UserError
from ..domain.services import meetings as meeting_service
from .security import FairQueue, new_token
from .web_app import MAX_BODY, SigninApp

log = logging.getLogger(__name__)
# waitress warns at every queued request ("Task queue depth is 4"): a roomful of phones arriving at once is
# the normal case here, not a problem worth a log line each.
logging.getLogger("waitress.queue").setLevel(logging.ERROR)

DEFAULT_PORT = 8470
PORT_TRIES = 21  # the port asked for and the next 20
THREADS = 8
STOP_TIMEOUT = 5.0


class FairDispatcher(ThreadedTaskDispatcher):
    """waitress's worker threads, taking requests lightest address first (security.FairQueue) instead of in
    arrival order: under a flood an honest phone's request is next, not behind the flood's queue."""

    def __init__(self):
        super().__init__()
        self.queue = FairQueue()


class SigninServer:
    """Serves the sign-in page of `meeting_id` on exactly `host` (one IPv4 address of this PC, never all)."""

    def __init__(self, meeting_id: int, host: str, port: int = DEFAULT_PORT):
        self.meeting_id = meeting_id
        self.host = (host or "").strip()
        self.port = port
        self.url = ""
        self._requested_port = port
        self._app: SigninApp | None = None
        self._server = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._stopped = threading.Event()

    # --- the contract ------------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        thread = self._thread
        return thread is not None and thread.is_alive() and not self._stopped.is_set()

    @property
    def sign_ins(self) -> int:
        """Phone sign-ins recorded since start: new check-ins only, not repeats."""
        app = self._app
        return app.sign_ins if app is not None else 0

    def start(self) -> str:
        """Listen, and return the URL (upper case, for a compact QR) once the socket accepts connections.
        Raises UserError with a sentence for the user when this PC cannot listen there."""
        with self._lock:
            if self.running:
                return self.url
            address = _check_host(self.host)
            db.ensure_connection()
            meeting_service.get(self.meeting_id)  # NotFound (a UserError) before anything listens
            sock, port = _bind(address, self._requested_port)
            token = new_token()
            app = SigninApp(self.meeting_id, token, origin=f"http://{address}:{port}")
            dispatcher = FairDispatcher()
            try:
                app.warm()
                dispatcher.set_thread_count(THREADS)
                # `_dispatcher` is the seam waitress keeps for its own tests (a private parameter of 3.x); ours
                # changes only the order. test_the_server_serves_light_addresses_first checks it still takes.
                server = create_server(
                    app, sockets=[sock], threads=THREADS, ident="KPU Rakor", _dispatcher=dispatcher,
                    # Our app answers 413 itself (with its headers) up to here; beyond, waitress cuts it off.
                    max_request_body_size=4 * MAX_BODY, max_request_header_size=32 * 1024,
                    clear_untrusted_proxy_headers=True, expose_tracebacks=False,
                    asyncore_use_poll=True, channel_timeout=30, connection_limit=200, url_scheme="http")
            except Exception:
                dispatcher.shutdown(timeout=STOP_TIMEOUT)
                sock.close()
                raise
            self._stopped.clear()
            self._app, self._server = app, server
            self.host, self.port = address, port
            self.url = f"HTTP://{address}:{port}/M/{token}".upper()
            self._thread = threading.Thread(target=self._serve, args=(server,), name=f"signin-{port}", daemon=True)
            self._thread.start()
            log.info("halaman presensi HP rapat %s di %s:%s", self.meeting_id, address, port)
            return self.url

    def stop(self) -> None:
        """Close the listening socket and every connection; the token is dead from now on. Idempotent."""
        with self._lock:
            app, server, thread = self._app, self._server, self._thread
            if app is not None:
                app.kill()
            self._stopped.set()
            if server is None:
                return
            self._server = None
            # Workers first, while the loop still runs: a sign-in in progress finishes and its answer is sent,
            # and no worker is left to wake the loop through a pipe that is closed (and whose number the OS
            # may already have given to another file).
            server.task_dispatcher.shutdown(cancel_pending=True, timeout=STOP_TIMEOUT)
            if thread is not None and thread.is_alive():
                # Close in the loop's own thread: closing sockets under its poll() from here is a race.
                try:
                    server.trigger.pull_trigger(lambda: _close_all(server))
                except OSError:  # the loop ran the thunk before our wake-up byte went out: already closed
                    pass
                thread.join(STOP_TIMEOUT)
            if thread is None or thread.is_alive() or server._map:
                _close_all(server)  # the loop is gone or stuck: close from here
            log.info("halaman presensi HP rapat %s ditutup", self.meeting_id)

    # --- internals ---------------------------------------------------------------------------------------

    def _serve(self, server) -> None:
        try:
            server.run()
        except Exception:
            log.exception("server presensi HP berhenti karena kesalahan")


def _close_all(server) -> None:
    for channel in list(server._map.values()):
        try:
            channel.close()
        except OSError:
            pass
    server._map.clear()


def _check_host(host: str) -> str:
    try:
        address = ipaddress.IPv4Address(host)
    except ValueError:
        raise UserError(f"Alamat {host or '(kosong)'!s} bukan alamat IPv4 PC ini; pilih salah satu alamat jaringan "
                        "PC ini, misalnya 192.168.1.5.") from None
    if address.is_unspecified or address.is_multicast or str(address) == "255.255.255.255":
        raise UserError(f"Halaman presensi harus memakai satu alamat jaringan PC ini, bukan {address}.")
    return str(address)


def _new_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if sys.platform.startswith("win"):
        # On Windows SO_REUSEADDR would let us take a port another program listens on.
        sock.setsockopt(socket.SOL_SOCKET, getattr(socket, "SO_EXCLUSIVEADDRUSE", -5), 1)
    else:
        # On POSIX it only allows a restart while old connections linger in TIME_WAIT; a listening port is
        # still refused.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    return sock


def _bind(host: str, port: int) -> tuple[socket.socket, int]:
    """A listening socket on `host`, at `port` or the first free one of the next 20."""
    if not 0 <= port <= 65535:
        raise UserError(f"Nomor port {port} tidak sah; pakai 1024 sampai 65535 (bawaan {DEFAULT_PORT}).")
    ports = [0] if port == 0 else range(port, min(port + PORT_TRIES, 65536))
    refused = False
    for candidate in ports:
        sock = _new_socket()
        try:
            sock.bind((host, candidate))
            sock.listen(1024)
        except OSError as exc:
            sock.close()
            if exc.errno == errno.EADDRNOTAVAIL or getattr(exc, "winerror", None) == 10049:
                raise UserError(f"Alamat {host} bukan milik PC ini (mungkin jaringan berganti atau kabel/Wi-Fi "
                                "terputus). Pilih alamat lain dari daftar.") from None
            if exc.errno in (errno.EADDRINUSE, errno.EACCES) or getattr(exc, "winerror", None) in (10048, 10013):
                refused = refused or exc.errno == errno.EACCES or getattr(exc, "winerror", None) == 10013
                continue
            raise UserError(f"Halaman presensi tidak dapat dibuka di {host}:{candidate}: "
                            f"{exc.strerror or exc}.") from None
        return sock, sock.getsockname()[1]
    last = ports[-1]
    reason = "dipakai program lain atau tidak diizinkan" if refused else "sudah dipakai program lain"
    raise UserError(f"Port {port} sampai {last} di {host} {reason}. Tutup program yang memakainya, atau pilih "
                    "port lain.")
