"""The sign-in page's answers as bytes: every page escaped, every answer with the security headers, and the
refusals a flood provokes made once, so refusing costs no page building (see web_app)."""
from __future__ import annotations

import html

SECURITY_HEADERS = [
    ("Content-Security-Policy", "default-src 'self'"),
    ("X-Content-Type-Options", "nosniff"),
    ("Cache-Control", "no-store"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
]

REASONS = {200: "OK", 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
            411: "Length Required", 413: "Payload Too Large", 415: "Unsupported Media Type",
            429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable"}

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


def page(title: str, inner: str, css_href: str | None = None, js_href: str | None = None) -> str:
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
    return Response(status, page(title, inner, css_href), extra=extra)


TOO_MANY_TEXT = "Terlalu banyak permintaan dari HP ini. Tunggu sebentar lalu coba lagi."
BUSY_TEXT = ("Komputer panitia sedang sibuk, jadi kehadiran ini belum tercatat. Tunggu sebentar, lalu tekan "
             "Kirim lagi.")
TOO_MANY_PAGES_TEXT = "Halaman ini terlalu sering dibuka dari alamat ini. Tunggu sebentar lalu muat ulang."
TOO_MANY_SIGN_INS_TEXT = ("Terlalu banyak daftar hadir dikirim dari alamat ini. Tunggu sebentar, lalu kembali "
                          "ke formulir dan tekan Kirim lagi.")


def ready(response: Response) -> tuple[str, list[tuple[str, str]], bytes]:
    return (f"{response.status} {REASONS.get(response.status, 'Error')}", response.headers(), response.body)


# Answers made once: a flood is refused without building a page per request.
FAVICON = ready(plain_page(404, "Halaman tidak ditemukan", NOT_FOUND_TEXT))
TOO_MANY = ready(plain_page(429, "Terlalu cepat", TOO_MANY_TEXT, extra=[("Retry-After", "1")]))
TOO_MANY_PAGES = ready(plain_page(429, "Terlalu cepat", TOO_MANY_PAGES_TEXT, extra=[("Retry-After", "5")]))
TOO_MANY_SIGN_INS = ready(plain_page(429, "Terlalu cepat", TOO_MANY_SIGN_INS_TEXT, extra=[("Retry-After", "10")]))


def option(value: str, label: str, chosen: str) -> str:
    selected = " selected" if value == chosen else ""
    return f'<option value="{esc(value)}"{selected}>{esc(label)}</option>'
