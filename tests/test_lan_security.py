"""The phones' sign-in page on the LAN: one test per security rule. The WSGI app is called directly where that is
simpler; the socket-level rules go through a real SigninServer over http.client."""
from __future__ import annotations

import html
import http.client
import io
import itertools
import logging
import re
import socket
from urllib.parse import unquote, urlencode, urlsplit
from wsgiref.util import setup_testing_defaults

import pytest
from meeting_clock import meeting_starting_now

from kpu_rakor.domain.errors import UserError
from kpu_rakor.domain.models import Attendance, Person
from kpu_rakor.domain.services import meetings, people, phone_signin, satker
from kpu_rakor.lan import security
from kpu_rakor.lan.server import SigninServer
from kpu_rakor.lan.web_app import MAX_BODY, PAGE_BURST, SIGN_IN_BURST, SigninApp

ORIGIN = "http://127.0.0.1:8470"
HEADERS = {
    "content-security-policy": "default-src 'self'",
    "x-content-type-options": "nosniff",
    "cache-control": "no-store",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}
INVITEES = ("Much. Amarodin, S.Pd.", "Siti Ma'ruf")


@pytest.fixture
def meeting(any_office):
    # Started a few minutes ago: a fixed 09.00 made a sign-in after 21.00 WIB "dicatat setelah rapat selesai".
    m = meeting_starting_now("Rakor <b>Data</b> & \"Pemilih\"", minutes_ago=5, late_threshold=None)
    a = people.create(name=INVITEES[0], position="Kasubag Teknis", satker_id=any_office.id)
    b = people.create(name=INVITEES[1], position="Operator", satker_id=any_office.id)
    people.create(name="Budi Santoso", position="Anggota")  # in the directory but not invited
    meetings.invite(m.id, [a.id, b.id])
    return m


@pytest.fixture
def app(meeting):
    return SigninApp(meeting.id, security.new_token(), origin=ORIGIN)


# --- calling the app directly --------------------------------------------------------------------------------

class Reply:
    def __init__(self, status: str, headers: list[tuple[str, str]], body: bytes):
        self.status = int(status.split()[0])
        self.headers = {k.lower(): v for k, v in headers}
        self.text = body.decode("utf-8")


class Unreadable(io.BytesIO):
    def read(self, *args):  # the app must refuse a large body without reading it
        raise AssertionError("body was read")


_remotes = itertools.count(1)


def call(app, method="GET", path=None, *, body=b"", form=None, headers=None, remote=None, length=None,
         stream=None) -> Reply:
    """One request to the app; each from its own client address unless `remote` names one."""
    if remote is None:
        n = next(_remotes)
        remote = f"10.1.{n // 250 % 250}.{n % 250 + 1}"
    if form is not None:
        body = urlencode(form).encode("utf-8")
    env: dict = {}
    setup_testing_defaults(env)
    raw = app.base if path is None else path
    env.update({
        "REQUEST_METHOD": method, "REQUEST_URI": raw, "PATH_INFO": unquote(raw.split("?", 1)[0]),
        "QUERY_STRING": "", "REMOTE_ADDR": remote, "HTTP_HOST": "127.0.0.1:8470",
        "wsgi.input": stream or io.BytesIO(body),
    })
    if method == "POST":
        env["CONTENT_TYPE"] = "application/x-www-form-urlencoded"
        env["CONTENT_LENGTH"] = str(len(body) if length is None else length)
    for key, value in (headers or {}).items():
        env[key] = value
    captured = {}

    def start_response(status, headers):
        captured["status"], captured["headers"] = status, headers
    chunks = app(env, start_response)
    return Reply(captured["status"], captured["headers"], b"".join(chunks))


def nonce_of(page: str) -> str:
    return html.unescape(re.search(r'name="nonce" value="([^"]*)"', page).group(1))


def sign_in_form(app, name: str, **extra) -> dict:
    page = call(app)
    return {"nonce": nonce_of(page.text), "name": name, "satker": "", "position": "", "phone": "",
            "signature": "", **extra}


def attendance_count(meeting) -> int:
    return Attendance.select().where(Attendance.meeting == meeting.id).count()


# --- a real server over http.client --------------------------------------------------------------------------

_sources = itertools.count(2)


def fetch(server, method="GET", path=None, *, body=None, headers=None, host=None, source=None) -> Reply:
    """One request on a fresh connection, each from its own loopback address (Linux routes all of 127/8 to lo),
    so a test's many requests are not rate-limited; `source` picks one address on purpose."""
    if source is None:
        n = next(_sources)
        source = f"127.0.{n // 250 % 250 + 1}.{n % 250 + 2}"
    conn = http.client.HTTPConnection(host or server.host, server.port, timeout=10, source_address=(source, 0))
    try:
        conn.request(method, path or urlsplit(server.url).path, body=body, headers=headers or {})
        r = conn.getresponse()
        return Reply(f"{r.status} {r.reason}", r.getheaders(), r.read())
    finally:
        conn.close()


def refused(host: str, port: int) -> bool:
    try:
        socket.create_connection((host, port), timeout=2).close()
    except (ConnectionRefusedError, OSError):
        return True
    return False


# --- the token -------------------------------------------------------------------------------------------------

def test_token_has_at_least_128_bits_in_upper_case_base32():
    tokens = {security.new_token() for _ in range(50)}
    assert len(tokens) == 50
    for t in tokens:
        assert re.fullmatch(r"[A-Z2-7]+", t) and len(t) * 5 >= 128  # base32: 5 bits a character
    t = tokens.pop()
    assert security.token_matches(t, t) and security.token_matches(t.lower(), t)
    assert not security.token_matches(t[:-1] + ("A" if t[-1] != "A" else "B"), t)
    assert not security.token_matches(t[:-1], t) and not security.token_matches("", t)
    assert not security.token_matches("é" * 32, t)


def test_wrong_or_short_token_is_a_404_with_a_short_indonesian_page(app):
    assert call(app).status == 200
    assert call(app, path=app.base.replace("/M/", "/m/")).status == 200  # the /M/ part in any case
    wrong = app.token[:-1] + ("A" if app.token[-1] != "A" else "B")
    for path in (f"/M/{wrong}", f"/M/{app.token[:-1]}", f"/M/{app.token}A", f"/M/{wrong}/app.js", "/M/", "/"):
        r = call(app, path=path)
        assert r.status == 404, path
        assert "tidak dikenal" in r.text and app.token not in r.text and len(r.text) < 1000


def test_token_is_dead_after_stop_and_a_restart_makes_a_new_one(meeting):
    first = SigninServer(meeting.id, "127.0.0.1", 0)
    url = first.start()
    assert url == url.upper() and url.startswith(f"HTTP://127.0.0.1:{first.port}/M/")
    token = url.rsplit("/", 1)[1]
    assert len(token) * 5 >= 128
    old_path = urlsplit(url).path
    assert fetch(first, path=old_path).status == 200
    first.stop()
    first.stop()  # idempotent
    assert not first.running and refused("127.0.0.1", first.port)
    second = SigninServer(meeting.id, "127.0.0.1", first.port)
    try:
        new_url = second.start()
        assert new_url.rsplit("/", 1)[1] != token
        assert fetch(second, path=old_path).status == 404
        assert fetch(second).status == 200
    finally:
        second.stop()


def test_killed_app_answers_404_to_everything(app):
    app.kill()
    assert call(app).status == 404 and call(app, path=app.base + "/app.js").status == 404


# --- methods ---------------------------------------------------------------------------------------------------

def test_only_get_and_post_on_the_page_and_only_get_on_assets(app, meeting):
    assert "<form" in call(app).text  # a GET on the action is just the page
    for method in ("PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE"):
        r = call(app, method)
        assert r.status == 405 and r.headers["allow"] == "GET, POST", method
    for asset in ("/app.js", "/style.css"):
        assert call(app, path=app.base + asset).status == 200
        r = call(app, "POST", app.base + asset, form={"name": "Rina"})
        assert r.status == 405 and r.headers["allow"] == "GET"
    assert attendance_count(meeting) == 0


# --- the one-time nonce ------------------------------------------------------------------------------------------

def test_nonce_is_one_time_a_replay_records_nothing(app, meeting):
    form = sign_in_form(app, "Rina Wati")
    first = call(app, "POST", form=form)
    assert first.status == 200 and "Terima kasih, Rina Wati" in first.text
    people_before = Person.select().count()
    replay = call(app, "POST", form={**form, "name": "Dewi Lestari"})
    assert replay.status == 400 and "kedaluwarsa" in replay.text and "Dewi" not in replay.text
    assert attendance_count(meeting) == 1 and Person.select().count() == people_before
    unknown = call(app, "POST", form={**form, "nonce": "tebakan", "name": "Dewi Lestari"})
    assert unknown.status == 400 and attendance_count(meeting) == 1
    missing = {k: v for k, v in form.items() if k != "nonce"}
    assert call(app, "POST", form=missing).status == 400 and attendance_count(meeting) == 1
    assert app.sign_ins == 1


def test_nonces_expire_and_their_number_is_bounded():
    now = [1000.0]
    store = security.NonceStore(ttl=60, capacity=3, clock=lambda: now[0])
    old = store.issue()
    now[0] += 61
    assert not store.consume(old)  # expired
    a, b, c, d = (store.issue() for _ in range(4))
    assert len(store) == 3 and not store.consume(a)  # the oldest made room
    assert store.consume(d) and not store.consume(d)
    assert not store.consume("x" * 1000)


def test_a_validation_error_spends_the_nonce_and_gives_a_fresh_one(app, meeting):
    form = sign_in_form(app, "R", position='"><script>alert(1)</script>')
    r = call(app, "POST", form=form)
    assert r.status == 200 and "Tuliskan nama lengkap Anda." in r.text
    assert nonce_of(r.text) != form["nonce"]
    assert 'value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in r.text and "<script>alert" not in r.text
    assert call(app, "POST", form={**form, "name": "Rina Wati"}).status == 400  # the old nonce is spent
    assert call(app, "POST", form={**form, "nonce": nonce_of(r.text), "name": "Rina Wati"}).status == 200
    assert attendance_count(meeting) == 1


# --- Origin and Host ---------------------------------------------------------------------------------------------

def test_a_foreign_origin_is_refused_with_403(app, meeting):
    for origin in ("http://evil.example", "http://127.0.0.1:8471", "https://127.0.0.1:8470", "http://127.0.0.2:8470"):
        r = call(app, "POST", form=sign_in_form(app, "Rina Wati"), headers={"HTTP_ORIGIN": origin})
        assert r.status == 403, origin
    assert attendance_count(meeting) == 0
    # Its own origin in any case passes; so does "null", which browsers send for a form posted from a page with
    # Referrer-Policy: no-referrer (checked with Chromium); the nonce still guards that case.
    assert call(app, "POST", form=sign_in_form(app, "Rina Wati"),
                headers={"HTTP_ORIGIN": ORIGIN.upper()}).status == 200
    assert call(app, "POST", form=sign_in_form(app, "Dewi Lestari"), headers={"HTTP_ORIGIN": "null"}).status == 200
    assert attendance_count(meeting) == 2


def test_a_foreign_host_name_is_refused(app):
    """Another site's name pointed at this PC (DNS rebinding) gets nothing."""
    r = call(app, headers={"HTTP_HOST": "evil.example:8470"})
    assert r.status == 400 and "<form" not in r.text
    assert call(app, headers={"HTTP_HOST": "127.0.0.1"}).status == 400  # not port 80: the port must be named


def test_on_port_80_host_and_origin_may_leave_the_port_out(meeting):
    app = SigninApp(meeting.id, security.new_token(), origin="http://127.0.0.1:80")
    for host in ("127.0.0.1", "127.0.0.1:80"):
        page = call(app, headers={"HTTP_HOST": host})
        assert page.status == 200
        form = {"nonce": nonce_of(page.text), "name": f"Tamu {host}"}
        headers = {"HTTP_HOST": host, "HTTP_ORIGIN": "http://127.0.0.1"}
        assert call(app, "POST", form=form, headers=headers).status == 200
    assert call(app, "POST", form={"nonce": app.nonces.issue(), "name": "Rina"},
                headers={"HTTP_HOST": "127.0.0.1", "HTTP_ORIGIN": "http://127.0.0.1:8080"}).status == 403


# --- request size ------------------------------------------------------------------------------------------------

def test_a_body_over_the_limit_is_refused_with_413_without_reading_it(app, meeting):
    form = sign_in_form(app, "Rina Wati")
    r = call(app, "POST", length=MAX_BODY + 1, stream=Unreadable())
    assert r.status == 413
    assert call(app, "POST", length=10**12, stream=Unreadable()).status == 413
    no_length = call(app, "POST", form=form, length="")
    assert no_length.status == 411
    chunked = call(app, "POST", form=form, headers={"HTTP_TRANSFER_ENCODING": "chunked"})
    assert chunked.status == 411
    assert attendance_count(meeting) == 0


def test_a_real_finger_signature_fits_the_limit(app, meeting):
    # The script's cap: 500 points at 3 decimals, in a few strokes.
    strokes = [[[round(0.123 + i / 1000, 3), round(0.456 + (i % 7) / 100, 3)] for i in range(125)] for _ in range(4)]
    import json
    form = sign_in_form(app, "Rina Wati Kusumaningtyas Purnamasari", position="Kepala Sub Bagian Teknis",
                        phone="0812 3456 7890", signature=json.dumps(strokes, separators=(",", ":")),
                        satker=str(satker.by_region_code("35.04").id))
    assert len(urlencode(form)) < MAX_BODY
    assert call(app, "POST", form=form).status == 200
    assert Attendance.get(Attendance.meeting == meeting.id).signature


def test_over_the_limit_through_the_real_server_has_the_headers(server):
    body = b"name=" + b"x" * (MAX_BODY + 10)
    r = fetch(server, "POST", body=body, headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status == 413
    assert all(r.headers.get(k) == v for k, v in HEADERS.items())


# --- rate limit --------------------------------------------------------------------------------------------------

def test_too_many_requests_from_one_address_get_429_others_do_not(app):
    statuses = [call(app, path=app.base + "/style.css", remote="10.0.0.7").status for _ in range(40)]
    assert statuses[:8] == [200] * 8  # a page load (page, CSS, script, favicon) and a post pass
    assert 429 in statuses
    limited = call(app, path=app.base + "/style.css", remote="10.0.0.7")
    assert limited.status == 429 and limited.headers["retry-after"] == "1"
    assert call(app, path=app.base + "/style.css", remote="10.0.0.8").status == 200


def test_rate_limiter_refills_and_stays_bounded():
    now = [0.0]
    limiter = security.RateLimiter(rate=2, burst=3, capacity=100, clock=lambda: now[0])
    assert [limiter.allow("a") for _ in range(4)] == [True, True, True, False]
    now[0] += 0.5  # one more after half a second at two a second
    assert limiter.allow("a") and not limiter.allow("a")
    for i in range(1000):
        limiter.allow(f"10.0.{i // 250}.{i % 250}")
    assert len(limiter) == 100


def test_rate_limit_through_the_real_server(server):
    statuses = [fetch(server, path=urlsplit(server.url).path + "/style.css", source="127.0.99.9").status
                for _ in range(40)]
    assert 429 in statuses
    assert fetch(server, source="127.0.99.10").status == 200


def test_sign_ins_from_one_address_are_limited_before_the_body_or_the_database(app, meeting, monkeypatch):
    """A flood of posts: past the sign-in burst, one address gets 429 without its body being read and without a
    database connection, so refusing costs an honest phone's wait nothing worth measuring."""
    from kpu_rakor.domain import db as dbmod
    for _ in range(SIGN_IN_BURST):  # the burst: spent by posts (here expired forms, which record nothing)
        assert call(app, "POST", form={"nonce": "lama", "name": "Banjir"}, remote="10.0.0.20").status == 400

    def no_database():
        raise AssertionError("the database was opened for a refused request")
    monkeypatch.setattr(dbmod, "ensure_connection", no_database)
    r = call(app, "POST", length=100, stream=Unreadable(), remote="10.0.0.20")
    assert r.status == 429 and r.headers["retry-after"] == "10"
    assert "Terlalu banyak daftar hadir" in r.text
    assert all(r.headers.get(k) == v for k, v in HEADERS.items())
    monkeypatch.undo()
    assert call(app, remote="10.0.0.20").status == 200  # the page still opens: only posting waits
    assert call(app, "POST", form=sign_in_form(app, "Rina Wati"), remote="10.0.0.21").status == 200
    assert attendance_count(meeting) == 1


def test_the_sign_in_limit_refills_slowly():
    now = [0.0]
    from kpu_rakor.lan.web_app import sign_in_limiter
    limiter = sign_in_limiter()
    limiter._clock = lambda: now[0]
    assert [limiter.allow("a") for _ in range(SIGN_IN_BURST + 1)] == [True] * SIGN_IN_BURST + [False]
    now[0] += 5.0
    assert not limiter.allow("a")
    now[0] += 1.5  # one more after six seconds
    assert limiter.allow("a") and not limiter.allow("a")
    assert limiter.allow("b")  # another address: its own allowance


def test_form_pages_from_one_address_are_limited_but_not_its_script_and_style(app):
    statuses = [call(app, remote="10.0.0.30").status for _ in range(PAGE_BURST + 1)]
    assert statuses == [200] * PAGE_BURST + [429]
    assert call(app, path=app.base + "/style.css", remote="10.0.0.30").status == 200
    assert call(app, path=app.base + "/app.js", remote="10.0.0.30").status == 200
    assert call(app, remote="10.0.0.31").status == 200


class _Task:
    def __init__(self, address: str, name: str):
        self.channel = type("Channel", (), {"addr": (address, 40000)})()
        self.name = name


def test_the_server_queue_serves_light_addresses_before_a_flooding_one():
    now = [0.0]
    queue = security.FairQueue(clock=lambda: now[0])
    for i in range(20):
        queue.append(_Task("10.0.0.66", f"banjir {i}"))
    queue.append(_Task("10.0.0.7", "hp jujur"))
    queue.append(_Task("10.0.0.8", "hp lain"))
    assert len(queue) == 22
    assert [queue.popleft().name for _ in range(3)] == ["banjir 0", "hp jujur", "hp lain"]
    assert [queue.popleft().name for _ in range(19)] == [f"banjir {i}" for i in range(1, 20)]  # in order
    now[0] += 60.0  # a quiet minute: the flooding address is light again
    assert queue.weight("10.0.0.66") < 2.0


def test_the_write_gate_lets_first_timers_in_first_and_turns_away_repeaters_when_full():
    import threading
    import time
    gate = security.WriteGate(max_waiting_again=2)
    assert gate.enter("10.0.0.66")  # the flood's first sign-in is written …
    order: list[str] = []

    def writer(address: str) -> None:
        if gate.enter(address, timeout=5):
            order.append(address)
            gate.leave(address)
    gate.leave("10.0.0.66")
    assert gate.enter("10.0.0.66")  # … and its second now holds the gate
    threads = [threading.Thread(target=writer, args=("10.0.0.66",)) for _ in range(2)]
    for t in threads:
        t.start()
    while gate.waiting < 2:
        time.sleep(0.001)
    assert not gate.enter("10.0.0.66", timeout=5)  # a third repeat while two wait: turned away at once
    honest = threading.Thread(target=writer, args=("10.0.0.7",))
    honest.start()
    while gate.waiting < 3:  # a first sign-in always waits its turn
        time.sleep(0.001)
    gate.leave("10.0.0.66")
    for t in threads + [honest]:
        t.join()
    assert order == ["10.0.0.7", "10.0.0.66", "10.0.0.66"]


def test_a_sign_in_turned_away_by_the_gate_keeps_the_form_and_records_nothing(app, meeting, monkeypatch):
    monkeypatch.setattr(app.gate, "enter", lambda address, timeout=30.0: False)
    form = sign_in_form(app, "Much Amarodin", signature="[[[0.1,0.6],[0.3,0.2],[0.5,0.7]]]", pad="1")
    r = call(app, "POST", form=form)
    assert r.status == 503 and "sedang sibuk" in r.text and 'value="Much Amarodin"' in r.text
    assert nonce_of(r.text) != form["nonce"]  # a fresh form: Kirim again works
    assert attendance_count(meeting) == 0


# --- the device cookie -----------------------------------------------------------------------------------------------

def test_the_device_cookie_is_httponly_strict_and_odd_values_are_replaced_not_echoed(app, meeting):
    first = call(app)
    cookie = first.headers["set-cookie"]
    name, value = cookie.split(";", 1)[0].split("=")
    assert name == f"rakor_hp_{meeting.id}"
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/M;" in cookie
    again = call(app, headers={"HTTP_COOKIE": f"lain=1; {name}={value}"})
    assert "set-cookie" not in again.headers
    odd = call(app, headers={"HTTP_COOKIE": f'{name}="<script>x</script>"'})
    assert "<script>x" not in odd.text and odd.headers["set-cookie"].split(";")[0] != f"{name}=<script>x</script>"
    assert re.fullmatch(rf"{name}=[A-Za-z0-9_-]{{22}}", odd.headers["set-cookie"].split(";")[0])
    # The id stored with a sign-in is the cookie's, never one made up from a broken header.
    form = sign_in_form(app, "Much Amarodin", signature="[[[0.1,0.6],[0.3,0.2],[0.5,0.7]]]", pad="1")
    assert call(app, "POST", form=form, headers={"HTTP_COOKIE": f"{name}=<b>"}).status == 200
    row = Attendance.get(Attendance.meeting == meeting.id)
    assert row.device is None and row.needs_review and row.note == "tanpa cookie perangkat"


def test_the_answer_offers_no_form_for_someone_else(app, meeting):
    r = call(app, "POST", form=sign_in_form(app, "Much Amarodin", signature="[[[0.1,0.6],[0.3,0.2],[0.5,0.7]]]"))
    assert r.status == 200 and "tercatat hadir" in r.text
    assert "Isi untuk orang lain" not in r.text and "<form" not in r.text and "<a " not in r.text


# --- escaping -------------------------------------------------------------------------------------------------------

def test_every_output_string_is_html_escaped(app, meeting):
    page = call(app).text
    assert "Rakor &lt;b&gt;Data&lt;/b&gt; &amp; &quot;Pemilih&quot;" in page and "<b>Data" not in page
    r = call(app, "POST", form=sign_in_form(app, '<script>&"'))
    assert r.status == 200
    assert "&lt;script&gt;&amp;&quot;" in r.text and '<script>&"' not in r.text and "<script" not in r.text


# --- paths ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw", [
    "/../", "/%2e%2e/", "/%2E%2E/%2E%2E/etc/passwd", "/M/{t}/../../etc/passwd", "//etc/passwd", "/etc/passwd",
    "/M/{t}/%2e%2e/%2e%2e/etc/passwd", "/M%2F{t}", "/M/{t}%2Fapp.js", "/M/{t}/", "/M/{t}//app.js", "/M/{t}/app.js/",
    "/M/{t}/App.JS", "/M/{t}/app.js%00", "/M/{t}/../{t}", "/static/app.js", "/favicon.ico", "/M/{t}/kpu_rakor.db",
    "/M/{t}/..%2F..%2Fetc%2Fpasswd", "/%4D/{t}/%2e%2e",
])
def test_traversal_and_odd_paths_are_404_through_the_real_server(server, raw):
    token = server.url.rsplit("/", 1)[1]
    r = fetch(server, path=raw.format(t=token))
    assert r.status == 404
    assert "root:" not in r.text and "<form" not in r.text
    assert all(r.headers.get(k) == v for k, v in HEADERS.items())


# --- headers on every response ---------------------------------------------------------------------------------------

def test_security_headers_on_every_response_including_errors(server, app, monkeypatch):
    path = urlsplit(server.url).path
    form_type = {"Content-Type": "application/x-www-form-urlencoded"}
    replies = {
        "page": fetch(server),
        "css": fetch(server, path=path + "/style.css"),
        "js": fetch(server, path=path + "/app.js"),
        "404": fetch(server, path="/tidak/ada"),
        "405": fetch(server, "DELETE"),
        "403": fetch(server, "POST", body="name=Rina", headers={**form_type, "Origin": "http://evil.example"}),
        "expired": fetch(server, "POST", body="name=Rina&nonce=lama", headers=form_type),
        "415": fetch(server, "POST", body="{}", headers={"Content-Type": "application/json"}),
        "bad host": fetch(server, headers={"Host": "evil.example"}),
    }
    monkeypatch.setattr(phone_signin, "sign_in", lambda *a, **k: 1 / 0)
    replies["500"] = call(app, "POST", form=sign_in_form(app, "Rina"))
    for _ in range(40):
        replies["429"] = call(app, remote="10.0.0.99")
    expected = {"page": 200, "css": 200, "js": 200, "404": 404, "405": 405, "403": 403, "expired": 400, "415": 415,
                "bad host": 400, "500": 500, "429": 429}
    assert {k: r.status for k, r in replies.items()} == expected
    for name, r in replies.items():
        for header, value in HEADERS.items():
            assert r.headers.get(header) == value, (name, header)
    assert replies["page"].headers["server"] == "KPU Rakor"  # no waitress version for a scanner to read
    assert replies["css"].headers["content-type"].startswith("text/css")
    assert replies["js"].headers["content-type"].startswith("application/javascript")
    # No inline script or style: the CSP would block it, and the page must work without.
    page = replies["page"].text
    assert "<style" not in page and " style=" not in page and re.search(r"<script>", page) is None
    assert re.findall(r'<script src="([^"]+)"', page) == [path + "/app.js"]


def test_an_unexpected_error_is_a_short_500_without_a_traceback_and_is_logged(app, monkeypatch, caplog):
    def boom(*a, **k):
        raise RuntimeError("rahasia di dalam")
    monkeypatch.setattr(phone_signin, "sign_in", boom)
    with caplog.at_level(logging.ERROR, logger="kpu_rakor.lan"):
        r = call(app, "POST", form=sign_in_form(app, "Rina Wati"))
    assert r.status == 500 and "kesalahan" in r.text
    assert "Traceback" not in r.text and "rahasia" not in r.text and "RuntimeError" not in r.text
    assert "rahasia di dalam" in caplog.text


# --- where the server listens --------------------------------------------------------------------------------

def test_listens_only_on_the_chosen_address_and_not_at_all_after_stop(server):
    assert fetch(server).status == 200
    assert refused("127.0.0.2", server.port)  # same PC, another address: nothing listens there
    server.stop()
    assert refused("127.0.0.1", server.port)


def test_a_missing_meeting_is_refused_before_listening(any_db):
    s = SigninServer(4242, "127.0.0.1", 0)
    with pytest.raises(UserError, match="tidak ditemukan"):
        s.start()
    assert not s.running


@pytest.mark.parametrize("host,words", [
    ("0.0.0.0", "bukan 0.0.0.0"), ("", "bukan alamat IPv4"), ("localhost", "bukan alamat IPv4"),
    ("203.0.113.7", "bukan milik PC ini"), ("::", "bukan alamat IPv4"),
])
def test_refuses_to_listen_everywhere_or_on_an_address_not_on_this_pc(meeting, host, words):
    s = SigninServer(meeting.id, host, 0)
    with pytest.raises(UserError, match=words):
        s.start()
    assert not s.running


# --- privacy ---------------------------------------------------------------------------------------------------------

def test_the_page_never_reveals_invitees_or_who_is_present(app, meeting):
    phone_signin.sign_in(meeting.id, name="Siti Maruf")
    pages = [call(app).text, call(app, "POST", form=sign_in_form(app, "X")).text,
             call(app, path=app.base + "/app.js").text]
    for page in pages:
        for word in ("Amarodin", "Siti", "Ma&#x27;ruf", "Budi", "Kasubag Teknis", "Operator"):
            assert word not in page
