"""The phones' sign-in server end to end: a real SigninServer on 127.0.0.1, the page and its form over HTTP, the
attendance row in the database; the port fallback; and `kpu-rakor-cli serve` as a real process."""
from __future__ import annotations

import html
import http.client
import itertools
import json
import os
import re
from datetime import timedelta
import signal
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest

from kpu_rakor.cli.main import main
from kpu_rakor.domain.errors import UserError
from kpu_rakor.domain.models import Attendance, Person
from kpu_rakor.domain.services import satker
from kpu_rakor.lan.addresses import lan_addresses
from kpu_rakor.lan.server import DEFAULT_PORT, PORT_TRIES, SigninServer
from kpu_rakor.lan.web_app import SIGN_IN_BURST

CLI = Path(sys.executable).with_name("kpu-rakor-cli")
SIGNATURE = [[[0.1, 0.62], [0.2, 0.3], [0.35, 0.7]], [[0.5, 0.5]]]


@pytest.fixture
def meeting(signin_meeting):
    return signin_meeting


_sources = itertools.count(2)


class Phone:
    """A phone on the LAN: its own address, a keep-alive connection, the form's fields as a browser sends them,
    and its cookies. `js` is a browser running the page's script: it says the signature pad works (pad=1)."""

    def __init__(self, url: str, js: bool = False):
        n = next(_sources)
        self.js = js
        self.cookies: dict[str, str] = {}
        self.set_cookies: list[str] = []
        parts = urlsplit(url.lower())
        self.path = urlsplit(url).path
        self.origin = f"http://{parts.hostname}:{parts.port}"
        self.conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10,
                                               source_address=(f"127.0.{n // 250 % 250 + 1}.{n % 250 + 2}", 0))

    def _answer(self) -> tuple[int, str]:
        r = self.conn.getresponse()
        for header in r.headers.get_all("Set-Cookie") or []:
            self.set_cookies.append(header)
            name, _, value = header.split(";", 1)[0].partition("=")
            self.cookies[name] = value
        return r.status, r.read().decode("utf-8")

    def _cookie_header(self) -> dict:
        return {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())} if self.cookies else {}

    def get(self) -> tuple[int, str]:
        self.conn.request("GET", self.path, headers=self._cookie_header())
        return self._answer()

    def post(self, page: str, **fields) -> tuple[int, str]:
        form = {"nonce": html.unescape(re.search(r'name="nonce" value="([^"]*)"', page).group(1)),
                "satker": "", "position": "", "phone": "", "signature": "", "pad": "1" if self.js else "",
                **fields}
        action = html.unescape(re.search(r'<form [^>]*action="([^"]*)"', page).group(1))
        self.conn.request("POST", action, body=urlencode(form),
                          headers={"Content-Type": "application/x-www-form-urlencoded", "Origin": self.origin,
                                   **self._cookie_header()})
        return self._answer()

    def sign_in(self, **fields) -> tuple[int, str]:
        status, page = self.get()
        assert status == 200
        return self.post(page, **fields)

    def close(self):
        self.conn.close()


def test_round_trip_from_the_page_to_the_attendance_row(server, meeting):
    phone = Phone(server.url, js=True)
    status, page = phone.get()
    start = meeting.starts_at + timedelta(hours=7)  # the fixture's meeting is in WIB
    assert status == 200 and "Rakor Pemutakhiran Data" in page and f"Pukul {start:%H.%M} WIB" in page
    office = satker.by_region_code("35.04")
    options = re.findall(r'<option value="([^"]*)"( selected)?>([^<]*)</option>', page)
    assert options[0] == (str(office.id), " selected", "KPU Kabupaten Tulungagung")  # the office first, chosen
    assert options[1] == ("", "", "Lainnya / tidak ada di daftar")
    assert len(options) == len(satker.search()) + 1 and [o[0] for o in options].count(str(office.id)) == 1
    status, answer = phone.post(page, name="much amarodin", satker=str(office.id), signature=json.dumps(SIGNATURE))
    assert status == 200
    # Answered with the name as typed: the directory's spelling would show the phone who is invited.
    assert "Terima kasih, Much Amarodin, tercatat hadir pukul " in answer and "S.Pd." not in answer
    row = Attendance.get(Attendance.meeting == meeting.id)
    assert (row.method, row.channel, row.needs_review, row.note) == ("lan", "luring", False, "")
    assert row.device and row.device == phone.cookies[f"rakor_hp_{meeting.id}"]
    assert json.loads(row.signature) == SIGNATURE
    assert "Isi untuk orang lain" not in answer and "dari HP-nya sendiri" in answer
    assert server.sign_ins == 1
    status, again = phone.sign_in(name="Much Amarodin", signature=json.dumps(SIGNATURE))  # a reload: recorded once
    assert status == 200 and "Much Amarodin sudah tercatat hadir sebelumnya." in again
    assert server.sign_ins == 1 and Attendance.select().where(Attendance.meeting == meeting.id).count() == 1
    phone.close()


# --- titip absen: what a phone's sign-in proves ----------------------------------------------------------------

def test_the_first_page_sets_a_device_cookie_for_the_meeting(server, meeting):
    phone = Phone(server.url)
    assert phone.get()[0] == 200
    [cookie] = phone.set_cookies
    name, value = cookie.split(";", 1)[0].split("=")
    assert name == f"rakor_hp_{meeting.id}" and re.fullmatch(r"[A-Za-z0-9_-]{22}", value)
    attributes = [a.strip() for a in cookie.split(";")[1:]]
    assert {"HttpOnly", "SameSite=Strict", "Path=/M"} <= set(attributes)
    max_age = int(next(a for a in attributes if a.startswith("Max-Age=")).split("=")[1])
    assert 3600 <= max_age <= 48 * 3600  # the meeting's day, not forever
    assert phone.get()[0] == 200 and len(phone.set_cookies) == 1  # sent back: not replaced
    other = Phone(server.url)
    other.get()
    assert other.cookies[name] != value  # each phone its own
    phone.close()
    other.close()


def test_with_the_script_a_blank_pad_is_refused_and_nothing_recorded(server, meeting):
    phone = Phone(server.url, js=True)
    status, page = phone.sign_in(name="Much Amarodin")
    assert status == 200 and "Tanda tangani dulu kotak tanda tangan" in page
    assert 'value="Much Amarodin"' in page  # the form again, as typed
    assert Attendance.select().where(Attendance.meeting == meeting.id).count() == 0
    status, answer = phone.post(page, name="Much Amarodin", signature=json.dumps([[[0.5, 0.5]]]))
    assert "Tanda tangan terlalu pendek" in answer  # a tap is not a signature
    assert Attendance.select().where(Attendance.meeting == meeting.id).count() == 0
    phone.close()


def test_without_the_script_a_sign_in_is_recorded_for_review_without_a_signature(server, meeting):
    phone = Phone(server.url)  # no JavaScript: the pad cannot draw, the form still posts
    status, answer = phone.sign_in(name="Much Amarodin")
    assert status == 200 and "tercatat hadir" in answer and "tanpa tanda tangan, panitia" in answer.lower()
    row = Attendance.get(Attendance.meeting == meeting.id)
    assert (row.needs_review, row.note, row.signature) == (True, "tanpa tanda tangan", None)
    phone.close()


def test_one_phone_signing_in_a_second_person_is_recorded_for_review(server, meeting):
    phone = Phone(server.url, js=True)
    status, answer = phone.sign_in(name="Much Amarodin", signature=json.dumps(SIGNATURE))
    assert status == 200 and "memeriksa" not in answer
    status, answer = phone.sign_in(name="Siti Maruf", signature=json.dumps(SIGNATURE))
    assert status == 200 and "Terima kasih, Siti Maruf, tercatat hadir" in answer
    assert "HP ini sudah dipakai untuk mengisi daftar hadir orang lain" in answer
    rows = {r.person.name: r for r in Attendance.select().where(Attendance.meeting == meeting.id)}
    assert rows["Siti Ma'ruf"].needs_review and rows["Much. Amarodin, S.Pd."].needs_review
    assert rows["Siti Ma'ruf"].note == "perangkat yang sama dengan Much. Amarodin, S.Pd."
    assert rows["Siti Ma'ruf"].device == rows["Much. Amarodin, S.Pd."].device
    status, again = phone.sign_in(name="Siti Maruf", signature=json.dumps(SIGNATURE))
    assert "sudah tercatat hadir sebelumnya" in again  # a resend is still only "already"
    assert server.sign_ins == 2
    phone.close()


def test_a_post_without_the_cookie_is_recorded_for_review(server, meeting):
    phone = Phone(server.url, js=True)
    status, page = phone.get()
    phone.cookies.clear()  # cleared, or a script that never keeps cookies
    status, answer = phone.post(page, name="Much Amarodin", signature=json.dumps(SIGNATURE))
    assert status == 200 and "tercatat hadir" in answer
    row = Attendance.get(Attendance.meeting == meeting.id)
    assert (row.needs_review, row.note, row.device) == (True, "tanpa cookie perangkat", None)
    phone.close()


def test_a_flood_is_refused_while_honest_phones_sign_in(server, meeting):
    """Eight addresses post sign-ins as fast as answered while honest phones, each its own address, sign in:
    most of the flood is refused (429), every honest phone is recorded. Timing is the benchmark's job
    (benchmarks/bench_lan.py, the flood scenario)."""
    import threading
    from concurrent.futures import ThreadPoolExecutor
    statuses: list[int] = []  # of the flood's posts

    def flooder(n: int) -> None:
        phone = Phone(server.url)
        try:
            _, page = phone.get()
            for i in range(30):
                status, answer = phone.post(page, name=f"Banjir {n} {i}", signature=json.dumps(SIGNATURE))
                statuses.append(status)
                if status == 200 and 'name="nonce"' in answer:
                    page = answer
                elif status == 200:
                    status, fresh = phone.get()
                    page = fresh if status == 200 else page
        finally:
            phone.close()

    def honest(name: str) -> str:
        phone = Phone(server.url, js=True)
        try:
            status, answer = phone.sign_in(name=name, signature=json.dumps(SIGNATURE))
            assert status == 200
            return answer
        finally:
            phone.close()
    flood = [threading.Thread(target=flooder, args=(n,)) for n in range(8)]
    for t in flood:
        t.start()
    try:
        with ThreadPoolExecutor(4) as pool:
            answers = list(pool.map(honest, NAMES[:8]))
    finally:
        for t in flood:
            t.join()
    assert all("tercatat hadir" in a for a in answers)
    assert statuses.count(429) > statuses.count(200)
    honest_rows = (Attendance.select().join(Person, on=(Attendance.person == Person.id))
                   .where((Attendance.meeting == meeting.id) & ~Person.name.startswith("Banjir")).count())
    assert honest_rows == 8
    flood_rows = Attendance.select().where(Attendance.meeting == meeting.id).count() - honest_rows
    assert flood_rows <= 8 * (SIGN_IN_BURST + 2)  # each flooding address: the sign-in burst and a refill or two


def test_the_server_serves_light_addresses_first(server):
    """waitress takes our dispatcher, whose queue is the fair one (a waitress upgrade that drops the seam fails
    here, not silently under a flood)."""
    from kpu_rakor.lan.security import FairQueue
    from kpu_rakor.lan.server import FairDispatcher
    dispatcher = server._server.task_dispatcher
    assert isinstance(dispatcher, FairDispatcher) and isinstance(dispatcher.queue, FairQueue)
    assert len(dispatcher.threads) == 8
    phone = Phone(server.url)
    assert phone.get()[0] == 200
    phone.close()


def test_an_unknown_name_becomes_a_guest_for_review(server, meeting):
    blitar = satker.by_region_code("35.05")
    phone = Phone(server.url)
    status, answer = phone.sign_in(name="Rina Wati", satker=str(blitar.id), position="Staf Teknis",
                                   phone="0812 3456 7890")
    assert status == 200 and "Terima kasih, Rina Wati, tercatat hadir" in answer
    guest = Person.get(Person.name == "Rina Wati")
    assert guest.is_guest and guest.satker_id == blitar.id and guest.position == "Staf Teknis"
    row = Attendance.get((Attendance.meeting == meeting.id) & (Attendance.person == guest.id))
    assert row.needs_review and row.method == "lan" and row.signature is None
    assert server.sign_ins == 1
    phone.close()


def test_a_mistake_shows_the_form_again_with_the_values_and_records_nothing(server, meeting):
    phone = Phone(server.url)
    _, page = phone.get()
    status, again = phone.post(page, name="Rina Wati", phone="08 12 ab", position="Staf <Teknis>",
                               signature=json.dumps(SIGNATURE))
    assert status == 200 and "Nomor HP hanya boleh berisi angka" in again
    assert 'value="08 12 ab"' in again and 'value="Staf &lt;Teknis&gt;"' in again
    assert html.escape(json.dumps(SIGNATURE)) in again  # the drawing is kept for the pad to redraw
    assert 'id="phone" name="phone" maxlength="30" autocomplete="tel" class="invalid"' in again
    assert Attendance.select().where(Attendance.meeting == meeting.id).count() == 0
    status, answer = phone.post(again, name="Rina Wati", phone="0812")
    assert status == 200 and "Terima kasih, Rina Wati" in answer
    phone.close()


def test_a_satker_added_while_serving_appears_in_the_list(server):
    phone = Phone(server.url)
    assert "Bawaslu Kabupaten Tulungagung" not in phone.get()[1]
    satker.add_institution("Bawaslu Kabupaten Tulungagung", kind="bawaslu", city="Tulungagung")
    assert "Bawaslu Kabupaten Tulungagung" in phone.get()[1]
    phone.close()


# Clearly different names: the service matches a typo of an earlier sign-in ("Tamu 1" / "Tamu 10") to it.
NAMES = [f"{first} {last}" for first, last in zip(
    "Agus Bambang Citra Dewi Eko Fitri Gilang Hendra Indah Joko Kartika Lukman Mega Nanda Oki Putri Rudi Sari "
    "Teguh Umar Vina Wahyu Yusuf Zahra".split(),
    "Pratama Wijaya Lestari Saputra Hidayat Nugroho Kurniawan Siregar Rahayu Santoso Permana Hakim Maharani "
    "Setiawan Utomo Anggraini Susanto Wulandari Firmansyah Ramadhan Kusuma Purnomo Halim Azzahra".split())]


def test_many_phones_at_once_each_recorded_once(server, meeting):
    from concurrent.futures import ThreadPoolExecutor

    def one(name: str) -> int:
        phone = Phone(server.url)
        try:
            status, answer = phone.sign_in(name=name)
            assert f"Terima kasih, {name}," in answer
            return status
        finally:
            phone.close()
    with ThreadPoolExecutor(12) as pool:
        assert list(pool.map(one, NAMES)) == [200] * 24
    assert server.sign_ins == 24
    assert Attendance.select().where(Attendance.meeting == meeting.id).count() == 24


def _listen(port: int) -> socket.socket:
    s = socket.socket()
    s.bind(("127.0.0.1", port))
    s.listen(1)
    return s


def _free_port_run(length: int) -> int:
    """A port with the next `length - 1` free too (on 127.0.0.1)."""
    for _ in range(50):
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        start = probe.getsockname()[1]
        probe.close()
        if start + length > 65535:
            continue
        try:
            for p in range(start, start + length):
                _listen(p).close()
        except OSError:
            continue
        return start
    pytest.skip("no run of free ports")


def test_a_taken_port_moves_to_the_next_one(meeting):
    port = _free_port_run(3)
    taken = [_listen(port), _listen(port + 1)]
    s = SigninServer(meeting.id, "127.0.0.1", port)
    try:
        url = s.start()
        assert s.port == port + 2 and f":{port + 2}/M/" in url
        assert s.start() == url  # already running: the same URL
        assert Phone(url).get()[0] == 200
    finally:
        s.stop()
        for t in taken:
            t.close()


def test_all_ports_taken_is_one_sentence(meeting):
    port = _free_port_run(PORT_TRIES)
    taken = [_listen(p) for p in range(port, port + PORT_TRIES)]
    try:
        with pytest.raises(UserError, match=rf"Port {port} sampai {port + PORT_TRIES - 1} di 127\.0\.0\.1"):
            SigninServer(meeting.id, "127.0.0.1", port).start()
    finally:
        for t in taken:
            t.close()


def test_default_port_and_lan_addresses():
    assert DEFAULT_PORT == 8470
    found = lan_addresses()
    assert found[-1] == "127.0.0.1" and len(found) == len(set(found))
    assert all(re.fullmatch(r"\d+\.\d+\.\d+\.\d+", a) for a in found)
    assert not any(a.startswith("127.") for a in found[:-1])


# --- the CLI ------------------------------------------------------------------------------------------------------

def test_serve_of_a_missing_meeting_is_one_line(any_db, capsys):
    assert main(["--db", any_db, "serve", "999", "--host", "127.0.0.1"]) == 1
    err = capsys.readouterr().err
    assert "tidak ditemukan" in err and len(err.strip().splitlines()) == 1


def test_serve_on_an_address_not_on_this_pc_is_one_line(meeting, any_db, capsys):
    assert main(["--db", any_db, "serve", str(meeting.id), "--host", "203.0.113.7"]) == 1
    assert "bukan milik PC ini" in capsys.readouterr().err


@pytest.mark.parametrize("stop_with", [signal.SIGINT, signal.SIGTERM])
def test_serve_cli_prints_the_url_serves_and_stops_cleanly(meeting, any_db, tmp_path, stop_with):
    if not CLI.exists():
        pytest.skip("kpu-rakor-cli belum terpasang di venv ini")
    port = _free_port_run(1)
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    proc = subprocess.Popen([str(CLI), "--db", any_db, "serve", str(meeting.id), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)
    try:
        url = proc.stdout.readline().strip()
        assert re.fullmatch(rf"HTTP://127\.0\.0\.1:{port}/M/[A-Z2-7]{{32}}", url), url
        assert "Ctrl+C" in proc.stdout.readline()
        phone = Phone(url)
        status, answer = phone.sign_in(name="Siti Maruf")
        phone.close()
        assert status == 200 and "Terima kasih, Siti Maruf" in html.unescape(answer)
        proc.send_signal(stop_with)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert "1 orang tercatat" in out and "Traceback" not in err
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    row = Attendance.get(Attendance.meeting == meeting.id)
    assert row.method == "lan" and row.person.name == "Siti Ma'ruf"
