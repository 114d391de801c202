"""The phone sign-in page in a real browser: Debian's chromium, driven by selenium through Debian's
chromedriver, in a phone-sized window. Open the URL, type, sign with the pointer, send, see the confirmation;
the meeting's Kehadiran tab in this same process shows the person within two seconds.

Nothing here downloads a browser. Without /usr/bin/chromium the test is skipped when pytest is run by hand;
under `make test` or CI it fails instead (tests/conftest.py), since `make test` installs chromium and
chromium-driver (tools/system_packages.sh)."""
from __future__ import annotations

import os
import shutil
import tempfile
from datetime import timedelta

import pytest

from kpu_rakor.domain.models import Attendance, utcnow
from kpu_rakor.domain.timefmt import to_local
from kpu_rakor.domain.services import meetings, people
from kpu_rakor.lan.server import SigninServer
from kpu_rakor.ui.attendance import attendance_model as cols
from kpu_rakor.ui.attendance.attendance_tab import AttendanceTab

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


def _browser():
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        pytest.skip("chromium/chromedriver Debian tidak terpasang (`make test` memasangnya)")
    os.environ["SE_OFFLINE"] = "true"  # selenium must never fetch a driver or a browser
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="kpu-rakor-chromium-")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-quic", "--window-size=360,740", f"--user-data-dir={profile}"):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)
    return driver, profile


@pytest.fixture
def browser():
    driver, profile = _browser()
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _text(browser) -> str:
    """The page's text, or "" while a form post is still navigating (the old document is going away)."""
    from selenium.common.exceptions import WebDriverException
    try:
        return browser.execute_script("return document.body ? document.body.innerText : '';") or ""
    except WebDriverException:
        return ""


def _names_in(tab) -> list[str]:
    proxy = tab.proxy
    return [proxy.index(r, cols.NAME).data() for r in range(proxy.rowCount())]


def _sign(browser) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    pad = browser.find_element(By.ID, "pad")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", pad)
    (ActionChains(browser).move_to_element_with_offset(pad, -80, 0).click_and_hold()
     .move_by_offset(40, -15).move_by_offset(40, 25).move_by_offset(50, -20).release().perform())


def test_phone_signs_in_with_a_signature_and_the_meeting_shows_it(qtbot, office, browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    now = to_local(utcnow(), "WIB") - timedelta(minutes=5)  # started five minutes ago, in the office's zone
    m = meetings.create(title="Rakor Persiapan Pemutakhiran Data & Sosialisasi", date=now.date(),
                        start_time=now.time().replace(second=0, microsecond=0),
                        mode="hibrida")
    invitee = people.create(name="Dra. Endah Puspitasari, M.Si.", position="Kasubag Teknis", satker_id=office.id)
    meetings.invite(m.id, [invitee.id])
    tab = AttendanceTab()
    qtbot.addWidget(tab)
    tab.set_meeting(m.id)
    tab.show()
    qtbot.waitExposed(tab)
    assert _names_in(tab) == []

    server = SigninServer(m.id, "127.0.0.1")
    url = server.start()
    try:
        browser.get(url)
        assert "Rakor Persiapan Pemutakhiran Data & Sosialisasi" in browser.find_element(By.TAG_NAME, "h1").text
        assert "Endah" not in browser.page_source  # the page never reveals who is invited
        browser.find_element(By.ID, "name").send_keys("endah puspitasari")
        assert Select(browser.find_element(By.ID, "satker")).first_selected_option.text == office.name
        # The device cookie: there, but out of the page's reach (HttpOnly), and never sent by another site.
        [cookie] = browser.get_cookies()
        assert cookie["name"] == f"rakor_hp_{m.id}" and cookie["httpOnly"] and cookie["sameSite"] == "Strict"
        assert browser.execute_script("return document.cookie;") == ""
        # Kirim with a blank pad: the script asks for the signature and sends nothing.
        browser.find_element(By.ID, "kirim").click()
        assert "Tanda tangani dulu" in browser.find_element(By.ID, "pad-note").text
        assert Attendance.select().where(Attendance.meeting == m.id).count() == 0
        _sign(browser)
        assert browser.find_element(By.ID, "signature").get_attribute("value").startswith("[[[")
        assert browser.find_element(By.ID, "pad-note").text == ""
        browser.save_screenshot(str(tmp_path / "form.png"))
        browser.find_element(By.ID, "kirim").click()
        qtbot.waitUntil(lambda: "tercatat hadir pukul" in _text(browser),
                        timeout=5000)
        answer = _text(browser)
        assert "Terima kasih, Endah Puspitasari, tercatat hadir pukul " in answer
        assert " WIB" in answer
        browser.save_screenshot(str(tmp_path / "answer.png"))

        # The meeting shows the person within two seconds, by its own refresh.
        qtbot.waitUntil(lambda: _names_in(tab) == ["Dra. Endah Puspitasari, M.Si."], timeout=2000)
        row = Attendance.get(Attendance.meeting == m.id)
        assert (row.person_id, row.method, row.channel) == (invitee.id, "lan", "luring")
        assert row.signature and row.signature.startswith("[[[")
        assert not row.needs_review and row.device == cookie["value"]
        assert server.sign_ins == 1
        assert "Isi untuk orang lain" not in answer

        # Back and send again: already recorded, still one row.
        browser.get(url)
        browser.find_element(By.ID, "name").send_keys("Endah Puspitasari")
        _sign(browser)
        browser.find_element(By.ID, "kirim").click()
        qtbot.waitUntil(lambda: "sudah tercatat hadir" in _text(browser),
                        timeout=5000)
        assert Attendance.select().where(Attendance.meeting == m.id).count() == 1

        # The same phone signs in a colleague: recorded, but both rows are flagged on the Kehadiran tab.
        browser.get(url)
        browser.find_element(By.ID, "name").send_keys("Bambang Wijaya")
        _sign(browser)
        browser.find_element(By.ID, "kirim").click()
        qtbot.waitUntil(lambda: "HP ini sudah dipakai" in _text(browser), timeout=5000)
        qtbot.waitUntil(lambda: len(_names_in(tab)) == 2, timeout=2000)
        proxy = tab.proxy
        notes = [proxy.index(r, cols.NOTE).data() for r in range(proxy.rowCount())]
        assert all(n.startswith("1 perangkat, 2 orang") for n in notes)
        assert any("perangkat yang sama dengan Dra. Endah Puspitasari, M.Si." in n for n in notes)
    finally:
        server.stop()
    from selenium.common.exceptions import WebDriverException
    with pytest.raises(WebDriverException, match="ERR_CONNECTION_REFUSED"):
        browser.get(url)  # closed: the address answers no more
