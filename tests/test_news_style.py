"""Issue 12, the news draft in the house style: the dateline names where it happened, dates have two-digit
days, short names as editors write them (and as set per person), typed lists stay lists, nothing is invented,
proper names keep their words, speakers are introduced first, and the style checklist catches each slip."""
from __future__ import annotations

from datetime import date

import pytest

from kpu_rakor.domain.letterhead_fields import normalize_website
from kpu_rakor.domain.names import short_name
from kpu_rakor.domain.services import installation, meetings, minutes, people, satker
from kpu_rakor.domain.services.news import checklist, compose as compose_mod, drafts, facts, settings
from kpu_rakor.domain.services.news.compose import split_paragraphs
from kpu_rakor.domain.services.news.prose import blocks, is_list, paragraphs

from test_news import _meeting, _office


def _body(mid: int, variant: int = 0, **kw) -> str:
    return " ".join(drafts.draft(mid, variant=variant, overwrite=True, **kw).body.split())


def _codes(mid: int, body: str, headline: str = "Judul", long: bool = False) -> set[str]:
    return {f.code for f in checklist.check(facts.gather(mid), headline, body, long=long)}


# --- dateline -------------------------------------------------------------------------------------------------

def test_an_in_person_meeting_elsewhere_is_datelined_where_it_happened(any_db):
    office = _office("35.04", website="https://kpu-tulungagungkab.go.id/", city="Tulungagung")
    jatim = satker.by_region_code("35")
    m = _meeting(office, role="participant", venue="aula lantai 2 KPU Provinsi Jawa Timur", organizer=jatim)
    assert _body(m.id).startswith("Surabaya, kpu-tulungagungkab.go.id – ")
    hotel = _meeting(office, role="participant", venue="Ballroom Hotel Santika Premiere",
                     venue_address="Jl. Letjen S. Parman No. 60, Kota Malang", organizer=jatim)
    assert _body(hotel.id).startswith("Malang, kpu-tulungagungkab.go.id – ")  # the address, not the organiser
    nowhere = _meeting(office, role="participant", venue="Hotel Bumi", organizer=jatim)
    assert _body(nowhere.id).startswith("Surabaya, ")  # no city in the venue: the organiser's city


def test_at_home_or_online_the_dateline_is_the_offices_own_city(any_db):
    office = _office("71.01", website="kab-bolaangmongondow.kpu.go.id", city="Lolak")
    m = _meeting(office, venue="Aula KPU Kabupaten Bolaang Mongondow")
    assert _body(m.id).startswith("Lolak, kab-bolaangmongondow.kpu.go.id – ")
    online = _meeting(office, role="participant", mode="daring", organizer=satker.by_region_code("00"))
    assert _body(online.id).startswith("Lolak, ")


def test_websites_are_written_without_scheme_or_slash():
    assert normalize_website(" https://kpu-tulungagungkab.go.id/ ") == "kpu-tulungagungkab.go.id"
    assert normalize_website("http://kab-sleman.kpu.go.id//") == "kab-sleman.kpu.go.id"


def test_the_checklist_flags_a_dateline_with_a_link(sqlite_db):
    office = _office("35.04", city="Tulungagung")
    m = _meeting(office)
    body = drafts.draft(m.id).body.replace("kab-tulungagung.kpu.go.id", "https://kab-tulungagung.kpu.go.id/", 1)
    assert "dateline" in _codes(m.id, body)
    assert "dateline" not in _codes(m.id, drafts.draft(m.id, overwrite=True).body)


# --- dates ----------------------------------------------------------------------------------------------------

def test_dates_have_two_digit_days_as_in_the_documents(sqlite_db):
    office = _office("35.04")
    m = _meeting(office, day=date(2021, 4, 7), invitation_number="1/PL.01-Und/3504/2021",
                 invitation_date=date(2021, 4, 1))
    for variant in range(6):
        text = _body(m.id, variant)
        assert "Rabu, 07 April 2021" in text and "Rabu, 7 April" not in text


# --- short names ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name,short", [
    ("I Dewa Kade Wiarsa Raka Sandi", "Raka Sandi"), ("I Wayan Sudarsana", "Sudarsana"),
    ("Ni Kadek Sri Wahyuni Pertiwi, S.Sos.", "Wahyuni Pertiwi"), ("Anak Agung Gede Raka", "Raka"),
    ("I Gusti Ngurah Agung Darmayasa", "Darmayasa"), ("Much. Amarodin", "Amarodin"),
    ("Moch. Imam Syafi'i", "Imam"), ("Muhammad Rizal Fahmi, S.Kom.", "Rizal"), ("M. Syaifuddin", "Syaifuddin"),
    ("Dr. H. Rochani, S.Pd., M.Si.", "Rochani"), ("Nur Salam", "Nur Salam"),
    ("Dr. La Ode Abdul Rahman, M.Si.", "Abdul Rahman"), ("Gogot Cahyo Baskoro", "Gogot"), ("Muhammad", "Muhammad"),
])
def test_short_names_as_editors_write_them(name, short):
    assert short_name(name) == short


def test_a_short_name_set_for_the_person_is_the_one_the_article_uses(any_db):
    office = _office("35.04")
    m = _meeting(office)
    speaker = next(p for p in people.listing() if p.name == "Imam Mukhlis")
    people.update(speaker.id, short_name="Pak Imam")
    for variant in range(6):
        text = _body(m.id, variant)
        assert "Pak Imam" in text and " Imam menjelaskan" not in text.replace("Pak Imam menjelaskan", "")


def test_person_add_and_edit_on_the_command_line_set_the_short_name(run):
    code, out, err = run("person", "add", "I Dewa Kade Wiarsa Raka Sandi", "--position", "Anggota",
                         "--satker", "1")
    assert code == 0, err
    pid = int(out.strip())
    code, out, err = run("person", "edit", pid, "--short-name", "Dewa Raka")
    assert code == 0 and "Dewa Raka" in out, err
    code, out, err = run("person", "edit", "999999", "--short-name", "X")
    assert code == 1 and "999999" in err and "Traceback" not in err


# --- lists ----------------------------------------------------------------------------------------------------

def test_typed_lists_stay_numbered_lists():
    text = "Narasumber menyampaikan:\n1. syarat pemilih;\n2) cara mengecek nama\n- tata cara memilih"
    out = blocks(text)
    assert out == ["Narasumber menyampaikan:", "1. Syarat pemilih\n2. Cara mengecek nama\n3. Tata cara memilih"]
    long_list = "\n".join(f"{k}. " + "kata " * 20 for k in range(1, 8))
    paras = paragraphs(["Kalimat pembuka."] + blocks(long_list), 90)
    assert len(paras) == 2 and is_list(paras[1]) and paras[1].count("\n") == 6  # never split at 90 words


def test_decisions_typed_as_a_list_are_a_list_not_verbless_sentences(sqlite_db):
    office = _office("35.04")
    m = _meeting(office)
    item = minutes.save(m.id, {})["items"][0]["id"]
    minutes.save_item(m.id, item, decisions="1. Jadwal sosialisasi bulan Mei\n2. Anggaran dari DIPA 2024")
    d = drafts.draft(m.id, overwrite=True)
    lists = [p for p in split_paragraphs(d.body) if is_list(p)]
    assert lists == ["1. Jadwal sosialisasi bulan Mei\n2. Anggaran dari Daftar Isian Pelaksanaan Anggaran (DIPA) 2024"]
    assert "Pertama," not in d.body


# --- nothing invented -----------------------------------------------------------------------------------------

def test_the_audience_is_said_only_when_recorded(any_db):
    office = _office("71.01", city="Lolak", website="kab-bolaangmongondow.kpu.go.id")
    m = _meeting(office, role="participant", mode="daring", organizer=satker.by_region_code("00"))
    for variant in range(8):
        assert "se-Indonesia" not in _body(m.id, variant)
    settings.set_audience(m.id, "Peserta: jajaran KPU Provinsi dan KPU Kabupaten/Kota se-Indonesia.")
    assert settings.audience(m.id) == "jajaran KPU Provinsi dan KPU Kabupaten/Kota se-Indonesia"
    for variant in range(8):
        assert "diikuti oleh jajaran KPU Provinsi dan KPU Kabupaten/Kota se-Indonesia" in _body(m.id, variant)


def test_news_audience_on_the_command_line(run):
    code, out, err = run("demo")
    mid = int(run("meeting", "list", "--json")[1].split('"id": ')[1].split(",")[0])
    code, out, err = run("news", mid, "--audience", "Peserta: 37 KPU Kabupaten/Kota se-Jawa Timur", "--redraft",
                         "--force")
    assert code == 0, err
    assert "37 KPU Kabupaten/Kota se-Jawa Timur" in " ".join(out.split())
    code, out, err = run("news", mid, "--long")
    assert code == 2 and "--redraft" in err


def test_the_count_is_everyone_recorded_present_without_the_press(sqlite_db):
    office = _office("35.04")
    m = _meeting(office, ours=11)  # eleven staff and the chair present: twelve
    press = people.create(name="Rina Wartawati", position="Jurnalis", institution="Radar Tulungagung")
    from kpu_rakor.domain.services import checkin
    checkin.check_in_person(m.id, press.id, channel="luring")
    f = facts.gather(m.id)
    assert f.participants == 12 and f.press[0].name == "Rina Wartawati"
    text = _body(m.id)
    assert "diikuti oleh 12 peserta" in text and "Rina Wartawati" not in text and "Radar" not in text


# --- names kept -----------------------------------------------------------------------------------------------

def test_proper_names_keep_their_words(sqlite_db):
    office = _office("35.04")
    m = _meeting(office, venue="Rumah Pintar Pemilu KPU Kabupaten Tulungagung",
                 title="Rapat Koordinasi Penguatan Bakohumas")
    for variant in range(6):
        text = _body(m.id, variant)
        assert "Rumah Pintar Pemilu KPU" in text and "Rumah Pintar Pemilihan Umum" not in text
        assert "Penguatan Bakohumas" in text and "Penguatan Badan Koordinasi" not in text
        assert "Pemilihan Umum (Pemilu)" in text  # spelled out in running text (the speaker's topic)
    d = drafts.draft(m.id, overwrite=True)
    assert "acronym" not in _codes(m.id, d.body, d.headline)


# --- order and style ------------------------------------------------------------------------------------------

def test_someone_quoted_is_named_before_their_words(sqlite_db):
    office = _office("35.04")
    m = _meeting(office)
    guest = people.create(name="Siti Rahmawati", position="Kepala Bidang Politik Dalam Negeri",
                          institution="Badan Kesatuan Bangsa dan Politik Kabupaten Tulungagung")
    minutes.save(m.id, {"quotes": [{"person_id": guest.id, "text": "Kami mendukung penuh sosialisasi ini."}]})
    for variant in range(8):
        text = _body(m.id, variant)
        assert text.index("Siti Rahmawati") < text.index("Kami mendukung penuh")
        assert "Kepala Bidang Politik Dalam Negeri Badan Kesatuan" in text  # no comma between them


def test_the_style_checklist_catches_each_slip_and_nothing_else(sqlite_db):
    office = _office("35.04")
    m = _meeting(office)
    clean = drafts.draft(m.id).body
    base = _codes(m.id, clean)
    assert not base & {"double_period", "pronoun", "apposition", "institution", "order", "length"}
    assert "double_period" in _codes(m.id, clean.replace("M.Si.", "M.Si..", 1))
    assert "pronoun" in _codes(m.id, clean + "\n\nIa menutup kegiatan.")
    long = clean + "\n\n" + " ".join(["Kalimat tambahan yang panjang."] * 100)
    assert "length" in _codes(m.id, long) and "length" not in _codes(m.id, long, long=True)


def test_an_unclosed_apposition_and_a_glued_institution_are_flagged(sqlite_db):
    office = _office("35.04")
    m = _meeting(office, speaker_office=False)
    p = next(x for x in people.listing() if x.name == "Imam Mukhlis")
    people.update(p.id, position="Direktur Eksekutif Lembaga Pemantau", institution="Jaringan Demokrasi Indonesia")
    clean = drafts.draft(m.id, overwrite=True).body
    assert "institution" not in _codes(m.id, clean)
    glued = clean + "\n\nImam Mukhlis, Direktur Eksekutif Lembaga Pemantau, Jaringan Demokrasi Indonesia, hadir."
    assert "institution" in _codes(m.id, glued)
    role = "Direktur Eksekutif Lembaga Pemantau Jaringan Demokrasi Indonesia"
    unclosed = clean + f"\n\nSelanjutnya Imam Mukhlis, {role} menegaskan pentingnya pengawasan."
    assert "apposition" in _codes(m.id, unclosed)


def test_the_speaker_named_by_short_name_before_full_name_is_flagged(sqlite_db):
    office = _office("35.04")
    m = _meeting(office)
    body = drafts.draft(m.id).body
    paras = split_paragraphs(body)
    early = "\n\n".join([paras[0], "Imam mengingatkan semua pihak."] + paras[1:])
    assert "order" in _codes(m.id, early) and "order" not in _codes(m.id, body)


def test_default_length_and_the_long_version(sqlite_db):
    office = _office("35.04")
    m = _meeting(office)
    snap = minutes.save(m.id, {})
    notes = "\n".join(f"Narasumber menjelaskan hal nomor {k} tentang pengawasan tahapan pemilu di setiap "
                      f"kecamatan dan desa agar semua jajaran memahami tugasnya dengan baik." for k in range(40))
    minutes.save_item(m.id, snap["items"][0]["id"], discussion=notes)
    short = drafts.draft(m.id, overwrite=True).body
    longer = drafts.draft(m.id, overwrite=True, long=True).body
    assert len(short.split()) <= compose_mod.WORDS_MAX < len(longer.split())
    assert "hal nomor 39" in longer and "hal nomor 39" not in short
    assert "length" not in _codes(m.id, short) and "length" not in _codes(m.id, longer, long=True)


# --- the office profile and the meeting file --------------------------------------------------------------------

def test_office_set_and_show_on_the_command_line(run):
    code, out, err = run("office", "show")
    assert code == 0 and "belum diatur" in out
    code, out, err = run("office", "set", "--city", "X")
    assert code == 1 and "--satker" in err
    code, out, err = run("office", "set", "--satker", "35.04", "--city", "Tulungagung", "--website",
                         "https://kpu-tulungagungkab.go.id/", "--initials", "amr")
    assert code == 0, err
    code, out, err = run("office", "show")
    assert "KPU Kabupaten Tulungagung" in out and "kpu-tulungagungkab.go.id" in out and "https" not in out
    assert "amr" in out
    code, out, err = run("office", "set", "--satker", "Kantor Tidak Ada")
    assert code == 1 and "tidak ditemukan" in err


def test_meeting_import_set_office_only_on_a_fresh_installation(run, tmp_path):
    from pathlib import Path
    src = Path(__file__).parent / "data" / "news" / "batu_rakor_pencalonan_2023.json"
    code, out, err = run("meeting", "import", src, "--set-office")
    assert code == 0, err
    code, out, err = run("office", "show")
    assert "KPU Kota Batu" in out and "kota-batu.kpu.go.id" in out
    code, out, err = run("meeting", "import", src, "--set-office")
    assert code == 1 and "sudah diatur sebagai KPU Kota Batu" in err and "Traceback" not in err
    code, out, err = run("meeting", "import", src)
    assert code == 0, err


def test_set_office_refuses_a_file_without_an_office(sqlite_db, tmp_path):
    import json
    from pathlib import Path

    from kpu_rakor.domain.errors import UserError
    from kpu_rakor.domain.services import transfer

    data = json.loads((Path(__file__).parent / "data" / "news" / "sleman_pleno_dpb_2023.json").read_text())
    data.pop("office")
    with pytest.raises(UserError, match="tidak memuat profil kantor"):
        transfer.import_data(data, set_office=True)
    assert not installation.is_configured() and not meetings.listing()


def test_one_decision_without_a_verb_is_the_object_not_a_bahwa_clause(sqlite_db):
    office = _office("35.04")
    m = _meeting(office)
    item = minutes.save(m.id, {})["items"][0]["id"]
    minutes.save_item(m.id, item, decisions="Jadwal sosialisasi bulan Mei")
    for variant in range(4):
        text = _body(m.id, variant)
        assert "menyepakati jadwal sosialisasi bulan Mei." in text and "bahwa jadwal" not in text
    minutes.save_item(m.id, item, decisions="Sosialisasi diundur ke bulan Mei")
    assert "menyepakati bahwa sosialisasi diundur ke bulan Mei." in _body(m.id)


def test_a_deleted_meetings_audience_is_not_inherited_by_the_next_meeting(any_db):
    """SQLite gives a new meeting the id of the highest one deleted: what was written for the old meeting's
    article (who took part) goes with it, so nothing is invented for the new one."""
    m = _meeting(_office("35.04", city="Tulungagung"))
    settings.set_audience(m.id, "Peserta: jajaran KPU Kabupaten/Kota se-Jawa Timur")
    meetings.delete(m.id)
    assert settings.audience(m.id) == ""
