"""The phones' sign-in page: a plain WSGI app, no framework, no Qt.

Routes, all under the meeting's secret token (`/M/<TOKEN>`, the QR's URL in upper case):

    GET  /M/<TOKEN>            the form
    POST /M/<TOKEN>            sign in (phone_signin.sign_in), answer page
    GET  /M/<TOKEN>/app.js     the signature pad script
    GET  /M/<TOKEN>/style.css  the stylesheet

Anything else is a 404; a request path never reaches the filesystem. Every response carries the security
headers below. The page never lists invitees or who is present: the matching happens in the service.
"""
from __future__ import annotations

import html
import json
import logging
import math
import re
import threading
from urllib.parse import parse_qsl

import peewee

from ..domain import db
from ..domain.errors import NotFound, ValidationError
from ..domain.models import Satker
from ..domain.services import installation, meeting_text, phone_signin
from ..domain.services import meetings as meeting_service
from ..domain.services import satker as satker_service
from . import assets
from .security import NonceStore, RateLimiter, token_matches

log = logging.getLogger("kpu_rakor.lan")

# A finger signature of MAX_POINTS points, form-encoded ("%5B0.123%2C0.456%5D%2C" is 22 bytes a point), plus the
# other fields, stays well under this.
MAX_BODY = 16 * 1024

SECURITY_HEADERS = [
    ("Content-Security-Policy", "default-src 'self'"),
    ("X-Content-Type-Options", "nosniff"),
    ("Cache-Control", "no-store"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
]

# The raw request path: "/M/" in any case, the token, and optionally one of the two assets. No "%", no "..",
# no doubled slash can match, so encoded slashes and dot segments all end in a 404.
_ROUTE = re.compile(r"^/[Mm]/([A-Za-z0-9]{1,64})(/app\.js|/style\.css)?$")
_ASSETS = {
    "/app.js": ("application/javascript; charset=utf-8", assets.APP_JS.encode("utf-8")),
    "/style.css": ("text/css; charset=utf-8", assets.STYLE_CSS.encode("utf-8")),
}

_REASONS = {200: "OK", 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
            411: "Length Required", 413: "Payload Too Large", 415: "Unsupported Media Type",
            429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable"}

# The form's fields carry the service's names, so a ValidationError.field names the input to mark.
FIELDS = ("name", "satker", "position", "phone", "signature")

NOT_FOUND_TEXT = ("Alamat ini tidak dikenal atau sudah tidak berlaku. Pindai lagi kode QR yang ditampilkan "
                  "panitia.")
EXPIRED_TEXT = ("Formulir ini sudah terkirim atau sudah kedaluwarsa, jadi tidak dicatat lagi. Jika tadi sudah "
                "muncul \u201cTerima kasih\u201d, kehadiran Anda sudah tercatat. Jika belum, muat ulang "
                "formulir lalu isi kembali.")


def esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


class Response:
    def __init__(self, status: int, body: bytes | str, content_type: str = "text/html; charset=utf-8",
                 extra: list[tuple[str, str]] | None = None):
        self.status = status
        self.body = body.encode("utf-8") if isinstance(body, str) else body
        self.content_type = content_type
        self.extra = extra or []

    def headers(self) -> list[tuple[str, str]]:
        return ([("Content-Type", self.content_type), ("Content-Length", str(len(self.body)))]
                + SECURITY_HEADERS + self.extra)


def _page(title: str, inner: str, css_href: str | None = None, js_href: str | None = None) -> str:
    css = f'<link rel="stylesheet" href="{esc(css_href)}">' if css_href else ""
    js = f'<script src="{esc(js_href)}"></script>' if js_href else ""
    return ('<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(title)}</title>{css}</head>"
            f"<body><main>{inner}</main>{js}</body></html>\n")


def plain_page(status: int, title: str, text: str, css_href: str | None = None, link: str | None = None,
               extra: list[tuple[str, str]] | None = None) -> Response:
    """A short page with one message (errors, expired form), styled only when the token was right."""
    back = f'<a class="link" href="{esc(link)}">Buka formulir lagi</a>' if link else ""
    inner = f'<h1>{esc(title)}</h1><p>{esc(text)}</p>{back}'
    return Response(status, _page(title, inner, css_href), extra=extra)


class SigninApp:
    """The WSGI application for one meeting. `origin` is the server's own `http://host:port`: when set, an
    Origin header must match it and a Host header must name it. `kill()` makes every URL a 404 at once."""

    def __init__(self, meeting_id: int, token: str, origin: str | None = None, *, max_body: int = MAX_BODY,
                 nonces: NonceStore | None = None, limiter: RateLimiter | None = None):
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
        self.base = f"/M/{token}"
        self._alive = True
        self._count = 0
        self._count_lock = threading.Lock()
        self._satkers: tuple[tuple, list[tuple[int, str]]] | None = None  # (version, [(id, name)])

    # --- state the server reads ---------------------------------------------------------------------------

    @property
    def sign_ins(self) -> int:
        with self._count_lock:
            return self._count

    def kill(self) -> None:
        self._alive = False

    # --- WSGI -----------------------------------------------------------------------------------------

    def __call__(self, environ, start_response):
        try:
            response = self._respond(environ)
        except Exception:  # never a traceback to the phone
            log.exception("halaman presensi HP gagal: %s %s", environ.get("REQUEST_METHOD"),
                          environ.get("PATH_INFO"))
            response = plain_page(500, "Terjadi kesalahan",
                                  "Maaf, terjadi kesalahan pada komputer panitia. Coba lagi sebentar lagi, atau "
                                  "lapor ke meja presensi.")
        start_response(f"{response.status} {_REASONS.get(response.status, 'Error')}", response.headers())
        return [response.body]

    def _respond(self, environ) -> Response:
        if (environ.get("PATH_INFO") or "") == "/favicon.ico":
            # Every browser asks for it on each page; answered before the limiter so it costs a phone nothing.
            return plain_page(404, "Halaman tidak ditemukan", NOT_FOUND_TEXT)
        if not self.limiter.allow(environ.get("REMOTE_ADDR") or "?"):
            return plain_page(429, "Terlalu cepat", "Terlalu banyak permintaan dari HP ini. Tunggu sebentar lalu "
                                                    "coba lagi.", extra=[("Retry-After", "1")])
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
            return self._with_database(self._form_page)
        if method == "POST":
            return self._with_database(lambda: self._post(environ))
        return self._not_allowed("GET, POST")

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
                   status: int = 200) -> Response:
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
        options = [_option(str(office.id), office.name, chosen)] if office else []
        options.append(_option("", "Lainnya / tidak ada di daftar", chosen))
        options += [_option(str(sid), name, chosen) for sid, name in self._satker_list()
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
              '<label for="pad">Tanda tangan <span class="opt">(boleh dikosongkan)</span></label>'
              f'<div class="pad-box"><canvas id="pad"{cls("signature")}></canvas></div>'
              '<div class="pad-row"><span id="pad-note" class="pad-note"></span>'
              '<button type="button" id="hapus" class="secondary">Hapus</button></div></div>'
            + f'<input type="hidden" id="signature" name="signature" value="{esc(values.get("signature", ""))}">'
            + '<button type="submit" id="kirim" class="primary">Kirim</button></form>'
        )
        page = _page(f"Daftar hadir: {meeting.title}", inner, f"{self.base}/style.css", f"{self.base}/app.js")
        return Response(status, page)

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
        try:
            result = phone_signin.sign_in(self.meeting_id, name=values["name"], satker_id=_satker_id(values["satker"]),
                                          position=values["position"], phone=values["phone"],
                                          signature=_strokes(values["signature"]))
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
        inner = (f'<p class="office">Daftar hadir</p><h1>{esc(title)}</h1>'
                 f'<p class="msg msg-{kind}" role="status"><span class="mark">{mark}</span>{esc(result.message)}</p>'
                 f'<a class="link" href="{esc(self.base)}">Isi untuk orang lain</a>')
        return Response(200, _page("Tercatat hadir", inner, css))


def _option(value: str, label: str, chosen: str) -> str:
    selected = " selected" if value == chosen else ""
    return f'<option value="{esc(value)}"{selected}>{esc(label)}</option>'


def _satker_id(text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    if not text.isascii() or not text.isdigit() or len(text) > 10:
        raise ValidationError("Satker yang dipilih tidak dikenal; pilih lagi dari daftar.", "satker")
    return int(text)


def _reject_constant(_name):
    raise ValueError("not a number")


def _strokes(text: str):
    """The hidden field's JSON: strokes of [x, y] in 0..1. Checked for shape here, so nothing odd reaches the
    service; the service rounds, bounds and stores it."""
    text = text.strip()
    if not text:
        return None
    unreadable = ValidationError("Tanda tangan tidak terbaca; hapus lalu ulangi.", "signature")
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        raise unreadable from None
    if not isinstance(data, list):
        raise unreadable
    for stroke in data:
        if not isinstance(stroke, list):
            raise unreadable
        for point in stroke:
            if (not isinstance(point, list) or len(point) != 2
                    or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
                               for v in point)):
                raise unreadable
    return data or None
