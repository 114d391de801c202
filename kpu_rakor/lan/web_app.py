"""The phones' sign-in page: a plain WSGI app, no framework, no Qt.

Routes, all under the meeting's secret token (`/M/<TOKEN>`, the QR's URL in upper case):

    GET  /M/<TOKEN>            the form
    POST /M/<TOKEN>            sign in (phone_signin.sign_in), answer page
    GET  /M/<TOKEN>/app.js     the signature pad script
    GET  /M/<TOKEN>/style.css  the stylesheet

Anything else is a 404; a request path never reaches the filesystem. Every response carries the security
headers below. The page never lists invitees or who is present: the matching happens in the service.

The page sets a device cookie (a random id per phone and meeting, HttpOnly, SameSite=Strict) that the service
stores with each sign-in, so one phone signing in several people shows on the Kehadiran tab. Refusals that a
flood provokes (429) are answered first and from ready-made bytes: no database, no body read.
"""
from __future__ import annotations

import logging
import re
import secrets
import threading
from datetime import timedelta
from urllib.parse import parse_qsl

import peewee

from ..domain import db
from ..domain.errors import NotFound, ValidationError
from ..domain.models import Satker, utcnow
from ..domain.services import installation, meeting_text, phone_signin
from ..domain.services import meetings as meeting_service
from ..domain.services import satker as satker_service
from . import assets, form_fields
from .responses import (BUSY_TEXT, EXPIRED_TEXT, FAVICON, NOT_FOUND_TEXT, TOO_MANY, TOO_MANY_PAGES,
                        TOO_MANY_SIGN_INS, Response, esc, option, page, plain_page, ready)
from .security import NonceStore, RateLimiter, WriteGate, token_matches

log = logging.getLogger(__name__)

# A finger signature of MAX_POINTS points, form-encoded ("%5B0.123%2C0.456%5D%2C" is 22 bytes a point), plus the
# other fields, stays well under this.
MAX_BODY = 16 * 1024

# The raw request path: "/M/" in any case, the token, and optionally one of the two assets. No "%", no "..",
# no doubled slash can match, so encoded slashes and dot segments all end in a 404.
_ROUTE = re.compile(r"^/[Mm]/([A-Za-z0-9]{1,64})(/app\.js|/style\.css)?$")
_ASSETS = {
    "/app.js": ("application/javascript; charset=utf-8", assets.APP_JS.encode("utf-8")),
    "/style.css": ("text/css; charset=utf-8", assets.STYLE_CSS.encode("utf-8")),
}

# The form's fields carry the service's names, so a ValidationError.field names the input to mark.
FIELDS = ("name", "satker", "position", "phone", "signature")
# Set by the script when the signature pad works: then a blank pad is refused. A form sent without it (no
# JavaScript) is recorded without a signature, marked for review.
PAD_FIELD = "pad"

# The device cookie: one per meeting (the name carries the meeting's id), on every opening of its sign-in page
# (path /M, so reopening with a new token keeps it), alive for the meeting's day.
DEVICE_COOKIE = "rakor_hp_{meeting}"
DEVICE_PATH = "/M"
_COOKIE_VALUE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")

# Per address. A phone loads the page once or twice and sends one form, two after a mistake. A Wi-Fi that hides
# its phones behind one address (NAT) still gets 10 sign-ins and 15 pages a minute: a room of 100 in ten minutes.
SIGN_IN_BURST, SIGN_IN_EVERY = 3, 6.0
PAGE_BURST, PAGE_EVERY = 4, 4.0


def sign_in_limiter() -> RateLimiter:
    """Sign-ins (posts) per address: SIGN_IN_BURST, then one every SIGN_IN_EVERY seconds. A script posting
    names is refused here, before its body is read and without the database."""
    return RateLimiter(rate=1 / SIGN_IN_EVERY, burst=float(SIGN_IN_BURST))


def form_page_limiter() -> RateLimiter:
    """Form pages per address: PAGE_BURST, then one every PAGE_EVERY seconds. Each page is built from the
    database, so a script reloading it is refused before that."""
    return RateLimiter(rate=1 / PAGE_EVERY, burst=float(PAGE_BURST))


class SigninApp:
    """The WSGI application for one meeting. `origin` is the server's own `http://host:port`: when set, an
    Origin header must match it and a Host header must name it. `kill()` makes every URL a 404 at once."""

    def __init__(self, meeting_id: int, token: str, origin: str | None = None, *, max_body: int = MAX_BODY,
                 nonces: NonceStore | None = None, limiter: RateLimiter | None = None,
                 post_limiter: RateLimiter | None = None, page_limiter: RateLimiter | None = None):
        self.meeting_id = meeting_id
        self.token = token
        self.origin = origin.lower().rstrip("/") if origin else None
        # What Host and Origin may say: "host:port", and also plain "host" / "http://host" on port 80, where
        # browsers leave the port out.
        self._hosts: set[str] = set()
        self._origins: set[str] = set()
        if self.origin:
            scheme, hostport = self.origin.split("://", 1)
            self._hosts.add(hostport)
            if scheme == "http" and hostport.endswith(":80"):
                self._hosts.add(hostport[:-3])
            self._origins = {f"{scheme}://{h}" for h in self._hosts}
        self.max_body = max_body
        self.nonces = NonceStore() if nonces is None else nonces  # not `or`: an empty store is falsy
        self.limiter = RateLimiter() if limiter is None else limiter
        self.post_limiter = sign_in_limiter() if post_limiter is None else post_limiter
        self.page_limiter = form_page_limiter() if page_limiter is None else page_limiter
        self.cookie_name = DEVICE_COOKIE.format(meeting=meeting_id)
        self.base = f"/M/{token}"
        self._alive = True
        self._count = 0
        self._count_lock = threading.Lock()
        # One sign-in written at a time, first-timers first (security.WriteGate): under a flood an honest phone
        # waits for one write, not for the flood's queue, and the flood cannot hold every worker thread.
        self.gate = WriteGate()
        self._satkers: tuple[tuple, list[tuple[int, str]]] | None = None  # (version, [(id, name)])

    # --- state the server reads ---------------------------------------------------------------------------

    @property
    def sign_ins(self) -> int:
        with self._count_lock:
            return self._count

    def kill(self) -> None:
        self._alive = False

    def warm(self) -> None:
        """Build the satker list now, on the caller's connection: otherwise the first phones to arrive (or a
        flood's first second) each build it at once, about 15 ms a thread."""
        self._satker_list()

    # --- WSGI -----------------------------------------------------------------------------------------

    def __call__(self, environ, start_response):
        # Refusals first, from ready-made bytes: under a flood these are most requests, and every millisecond
        # a worker thread spends on one is a millisecond an honest phone waits in the queue.
        if (environ.get("PATH_INFO") or "") == "/favicon.ico":
            # Every browser asks for it on each page; answered before the limiter so it costs a phone nothing.
            return self._send(FAVICON, start_response)
        address = environ.get("REMOTE_ADDR") or "?"
        if not self.limiter.allow(address):
            return self._send(TOO_MANY, start_response)
        method = environ.get("REQUEST_METHOD")
        if method == "POST" and not self.post_limiter.allow(address):
            return self._send(TOO_MANY_SIGN_INS, start_response)
        if method == "GET" and _is_page(environ) and not self.page_limiter.allow(address):
            return self._send(TOO_MANY_PAGES, start_response)
        try:
            response = self._respond(environ)
        except Exception:  # never a traceback to the phone
            log.exception("halaman presensi HP gagal: %s %s", environ.get("REQUEST_METHOD"),
                          environ.get("PATH_INFO"))
            response = plain_page(500, "Terjadi kesalahan",
                                  "Maaf, terjadi kesalahan pada komputer panitia. Coba lagi sebentar lagi, atau "
                                  "lapor ke meja presensi.")
        return self._send(ready(response), start_response)

    @staticmethod
    def _send(ready, start_response):
        status, headers, body = ready
        start_response(status, headers)
        return [body]

    def _respond(self, environ) -> Response:
        if not self._host_ok(environ):
            return plain_page(400, "Alamat salah", "Buka halaman ini dengan alamat dari kode QR.")
        path = environ.get("REQUEST_URI")
        path = (path.split("?", 1)[0] if path is not None else environ.get("PATH_INFO", ""))
        match = _ROUTE.match(path)
        if not self._alive or match is None or not token_matches(match.group(1), self.token):
            return plain_page(404, "Halaman tidak ditemukan", NOT_FOUND_TEXT)
        asset = match.group(2)
        method = environ.get("REQUEST_METHOD", "GET")
        if asset:
            if method != "GET":
                return self._not_allowed("GET")
            content_type, body = _ASSETS[asset]
            return Response(200, body, content_type)
        if method == "GET":
            new_device = "" if self._device(environ) else secrets.token_urlsafe(16)
            return self._with_database(lambda: self._form_page(new_device=new_device))
        if method == "POST":
            return self._post(environ)
        return self._not_allowed("GET, POST")

    # --- the device cookie ---------------------------------------------------------------------------------

    def _device(self, environ) -> str:
        """This meeting's device id from the Cookie header, or "" (none, or not one we could have made)."""
        for part in (environ.get("HTTP_COOKIE") or "").split(";"):
            name, _, value = part.strip().partition("=")
            if name == self.cookie_name:
                value = value.strip().strip('"')
                return value if _COOKIE_VALUE.match(value) else ""
        return ""

    def _device_cookie(self, device: str, meeting) -> str:
        """Set-Cookie for a new device id: until the meeting's day is over (at least an hour, at most two days)."""
        end = meeting.ends_at or (meeting.starts_at + timedelta(hours=12))
        seconds = int((end - utcnow()).total_seconds()) + 6 * 3600
        seconds = max(3600, min(seconds, 48 * 3600))
        return (f"{self.cookie_name}={device}; Path={DEVICE_PATH}; Max-Age={seconds}; HttpOnly; "
                "SameSite=Strict")

    def _not_allowed(self, allow: str) -> Response:
        return plain_page(405, "Cara membuka tidak didukung", "Buka halaman ini dari kode QR.",
                          extra=[("Allow", allow)])

    def _host_ok(self, environ) -> bool:
        """Host names this server (defeats DNS rebinding: another site's name pointed at this PC)."""
        host = environ.get("HTTP_HOST")
        if not self.origin or host is None:
            return True
        return host.strip().lower() in self._hosts

    def _origin_ok(self, environ) -> bool:
        """An Origin header, when sent, must be this server's. `null` counts as absent: browsers send it for a
        same-origin form POST from a page with `Referrer-Policy: no-referrer` (as ours). The one-time nonce,
        which another site cannot read, still guards against forged posts."""
        origin = environ.get("HTTP_ORIGIN")
        if origin is None or not self.origin or origin.strip().lower() == "null":
            return True
        return origin.strip().lower().rstrip("/") in self._origins

    def _with_database(self, handler) -> Response:
        """Waitress serves from worker threads and peewee connections are per thread: open this thread's
        connection, and give it back afterwards (the PostgreSQL pool must not leak one per dead thread)."""
        database = db.database.obj
        opened = database is not None and database.is_closed()
        db.ensure_connection()
        try:
            return handler()
        finally:
            if opened:
                try:
                    database.close()
                except Exception:  # closing must not hide the answer
                    log.exception("koneksi basis data tidak dapat ditutup")

    # --- the form -----------------------------------------------------------------------------------------

    def _form_page(self, values: dict | None = None, error: str = "", field: str | None = None,
                   status: int = 200, new_device: str = "") -> Response:
        try:
            meeting = meeting_service.get(self.meeting_id)
        except NotFound:
            return plain_page(404, "Rapat tidak ditemukan", "Rapat ini sudah tidak ada. Tanyakan ke meja presensi.")
        values = values or {}
        bad = field
        profile = installation.profile()
        office = profile.satker if profile.satker_id else None
        nonce = self.nonces.issue()

        def cls(name: str) -> str:
            return ' class="invalid" aria-invalid="true"' if bad == name else ""

        def text_input(name: str, label: str, *, kind: str = "text", required: bool = False, maxlength: int,
                       extra: str = "", hint: str = "") -> str:
            req = " required" if required else ""
            hint_html = f' <span class="opt">{esc(hint)}</span>' if hint else ""
            return (f'<label for="{name}">{esc(label)}{hint_html}</label>'
                    f'<input type="{kind}" id="{name}" name="{name}" maxlength="{maxlength}"{req}{extra}'
                    f'{cls(name)} value="{esc(values.get(name, ""))}">')

        chosen = values.get("satker")
        if chosen is None:
            chosen = str(office.id) if office else ""
        options = [option(str(office.id), office.name, chosen)] if office else []
        options.append(option("", "Lainnya / tidak ada di daftar", chosen))
        options += [option(str(sid), name, chosen) for sid, name in self._satker_list()
                    if not office or sid != office.id]

        place = meeting_text.place(meeting)
        when = [meeting_text.day_date(meeting), "Pukul " + meeting_text.hours(meeting)]
        if place and place != "-":
            when.append(place)
        message = f'<p class="msg msg-error" role="alert">{esc(error)}</p>' if error else ""
        office_line = f'<p class="office">{esc(office.name)}</p>' if office else ""
        inner = (
            f"{office_line}<h1>{esc(meeting.title)}</h1>"
            f'<p class="when">{"<br>".join(esc(w) for w in when)}</p>'
            f"{message}"
            f'<form id="f" class="card" method="post" action="{esc(self.base)}" accept-charset="UTF-8">'
            f"<h2>Daftar hadir</h2>"
            f'<input type="hidden" name="nonce" value="{esc(nonce)}">'
            + text_input("name", "Nama lengkap", required=True, maxlength=150,
                         extra=' autocomplete="name" autocapitalize="words"')
            + f'<label for="satker">Satker / instansi</label><select id="satker" name="satker"{cls("satker")}>'
            + "".join(options) + "</select>"
            + '<p class="guest">Untuk tamu (boleh dikosongkan):</p>'
            + text_input("position", "Jabatan", maxlength=150)
            + text_input("phone", "Nomor HP", kind="tel", maxlength=30, extra=' autocomplete="tel"')
            + '<div id="pad-box" class="js-only">'
              '<label for="pad">Tanda tangan <span class="opt">(wajib, dengan jari)</span></label>'
              f'<div class="pad-box"><canvas id="pad"{cls("signature")}></canvas></div>'
              '<div class="pad-row"><span id="pad-note" class="pad-note"></span>'
              '<button type="button" id="hapus" class="secondary">Hapus</button></div></div>'
            + f'<input type="hidden" id="signature" name="signature" value="{esc(values.get("signature", ""))}">'
            + f'<input type="hidden" id="pad-on" name="{PAD_FIELD}" value="">'
            + '<button type="submit" id="kirim" class="primary">Kirim</button></form>'
        )
        body = page(f"Daftar hadir: {meeting.title}", inner, f"{self.base}/style.css", f"{self.base}/app.js")
        extra = [("Set-Cookie", self._device_cookie(new_device, meeting))] if new_device else None
        return Response(status, body, extra=extra)

    def _satker_list(self) -> list[tuple[int, str]]:
        """satker.search()'s list as (id, name), kept while the directory is unchanged: building 550 rows costs
        about 15 ms a page, the check below well under one."""
        version = Satker.select(peewee.fn.COUNT(Satker.id), peewee.fn.MAX(Satker.id),
                                peewee.fn.MAX(Satker.updated_at)).tuples().get()
        cached = self._satkers
        if cached is not None and cached[0] == version:
            return cached[1]
        rows = [(s.id, s.name) for s in satker_service.search()]
        self._satkers = (version, rows)  # one reference swap: safe between worker threads
        return rows

    # --- signing in -----------------------------------------------------------------------------------------

    def _post(self, environ) -> Response:
        """Everything that needs no database first (origin, length, type, body, nonce); then the sign-in."""
        css = f"{self.base}/style.css"
        if not self._origin_ok(environ):
            return plain_page(403, "Ditolak", "Formulir ini hanya dapat dikirim dari halamannya sendiri.", css)
        if environ.get("HTTP_TRANSFER_ENCODING"):
            return plain_page(411, "Ditolak", "Kirim formulir dari halamannya.", css)
        raw_length = (environ.get("CONTENT_LENGTH") or "").strip()
        if not (raw_length.isascii() and raw_length.isdigit()):
            return plain_page(411, "Ditolak", "Kirim formulir dari halamannya.", css)
        length = int(raw_length)
        if length > self.max_body:  # refused before reading a byte of it
            return plain_page(413, "Terlalu besar", "Isian terlalu besar. Hapus tanda tangan, buat lebih sederhana, "
                                                     "lalu kirim lagi.", css, link=self.base)
        kind = (environ.get("CONTENT_TYPE") or "").split(";", 1)[0].strip().lower()
        if kind != "application/x-www-form-urlencoded":
            return plain_page(415, "Ditolak", "Kirim formulir dari halamannya.", css)
        body = environ["wsgi.input"].read(length) if length else b""
        try:
            pairs = parse_qsl(body.decode("latin-1"), keep_blank_values=True, encoding="utf-8",
                              errors="replace", max_num_fields=20)
        except ValueError:
            return plain_page(400, "Ditolak", "Isian formulir tidak terbaca. Muat ulang formulir.", css)
        form: dict[str, str] = {}
        for key, value in pairs:
            form.setdefault(key, value)
        values = {k: form.get(k, "") for k in FIELDS}
        if not self.nonces.consume(form.get("nonce", "")):
            return plain_page(400, "Formulir kedaluwarsa", EXPIRED_TEXT, css, link=self.base)
        device = self._device(environ)
        address = environ.get("REMOTE_ADDR") or "?"
        return self._with_database(lambda: self._sign_in(values, form.get(PAD_FIELD) == "1", device, address))

    def _sign_in(self, values: dict, pad: bool, device: str, address: str) -> Response:
        css = f"{self.base}/style.css"
        try:
            strokes = form_fields.strokes(values["signature"])
            if strokes is None and pad:
                # The pad was there and left blank: ask for it. Without the script the form cannot draw, so
                # such a sign-in is recorded without a signature and marked for review instead.
                raise ValidationError("Tanda tangani dulu kotak tanda tangan dengan jari, lalu tekan Kirim.",
                                      "signature")
            satker_id = form_fields.satker_id(values["satker"])
            if not self.gate.enter(address):
                return self._form_page(values, BUSY_TEXT, status=503)
            wrote = False
            try:
                result = phone_signin.sign_in(self.meeting_id, name=values["name"], satker_id=satker_id,
                                              position=values["position"], phone=values["phone"],
                                              signature=strokes, device=device)
                wrote = True
            finally:
                self.gate.leave(address, wrote)  # a mistake on the form does not make the phone a repeater
        except NotFound:
            return plain_page(404, "Rapat tidak ditemukan", "Rapat ini sudah tidak ada. Tanyakan ke meja presensi.",
                              css)
        except ValidationError as exc:
            if exc.field == "signature":
                values["signature"] = ""
            return self._form_page(values, str(exc), exc.field)
        except (peewee.OperationalError, peewee.InterfaceError):
            log.exception("presensi HP tidak dapat disimpan")
            return self._form_page(values, "Kehadiran belum tersimpan karena basis data sedang sibuk. Periksa isian "
                                            "lalu tekan Kirim lagi.", status=503)
        if not result.already:
            with self._count_lock:
                self._count += 1
        kind = "already" if result.already else "ok"
        mark = "\u2713" if not result.already else "\u2139"
        title = meeting_service.get(self.meeting_id).title
        # No "fill in for someone else" link: each person signs in on their own phone. A second name sent from
        # this phone is still recorded, but marked for review (phone_signin.sign_in).
        inner = (f'<p class="office">Daftar hadir</p><h1>{esc(title)}</h1>'
                 f'<p class="msg msg-{kind}" role="status"><span class="mark">{mark}</span>{esc(result.message)}</p>'
                 f'<p class="after">Setiap orang mengisi daftar hadir dari HP-nya sendiri.</p>')
        return Response(200, page("Tercatat hadir", inner, css))


def _is_page(environ) -> bool:
    """The form page (not its CSS or script, which cost nothing to serve): the path does not end in an asset."""
    path = environ.get("REQUEST_URI") or environ.get("PATH_INFO") or ""
    return not path.split("?", 1)[0].endswith((".js", ".css"))


