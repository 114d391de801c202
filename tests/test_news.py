"""The news draft: both roles read naturally, times in the office's zone, the checklist flags each problem,
"draft again" keeps the user's edits, exports are clean, captions fit, and a month of articles varies."""
from __future__ import annotations

import json
import re
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from kpu_rakor.cli.main import main as cli
from kpu_rakor.domain.errors import ValidationError
from kpu_rakor.domain.models import AuditLog, FollowUp, NewsDraft, Photo
from kpu_rakor.domain.services import checkin, installation, meetings, minutes, people, satker, transfer
from kpu_rakor.domain.services.news import acronyms, checklist, drafts, export, facts, settings
from kpu_rakor.domain.services.news import captions
from kpu_rakor.domain.services import news

ALLOWED_TAGS = {"h1", "h2", "p", "strong", "em"}

render_news = news.render_pdf  # the Berita tab's PDF


def _office(region: str, initials: str = "amr", website: str = "kab-tulungagung.kpu.go.id", city: str = ""):
    s = satker.by_region_code(region)
    installation.set_office(s.id, writer_initials=initials, website=website, city=city or s.city)
    return s


def _meeting(office, *, role="host", mode="luring", venue="Aula KPU Kabupaten Tulungagung", title="Rapat "
             "Koordinasi Persiapan Sosialisasi Pemilu", day=date(2024, 3, 6), start=time(9, 0), zone="WIB",
             organizer=None, opener=True, speaker_office=True, ours=2, **extra):
    """A recorded meeting: an opener, a speaker with a topic and a quote, some of our people present."""
    m = meetings.create(title=title, our_role=role, mode=mode, venue=venue if mode != "daring" else "",
                        date=day, start_time=start, timezone=zone,
                        organizer_id=organizer.id if organizer else office.id, **extra)
    ketua = people.create(name="Drs. H. Mohammad Arif, M.Si.", position="Ketua", satker_id=office.id)
    bawaslu = satker.add_institution("Bawaslu Kabupaten Tulungagung", kind="bawaslu")
    speaker = people.create(name="Imam Mukhlis", position="Ketua" if speaker_office else "",
                            satker_id=bawaslu.id if speaker_office else None)
    staff = [people.create(name=f"Staf Nomor {n}", position="Staf Teknis dan Hupmas", satker_id=office.id)
             for n in range(ours)]
    items = meetings.set_agenda(m.id, [{"title": "Pengawasan tahapan"}])
    roles = [{"person_id": speaker.id, "role": "speaker", "agenda_item_id": items[0].id,
              "topic": "Pengawasan tahapan Pemilu"}]
    if opener:
        roles.insert(0, {"person_id": ketua.id, "role": "opening"})
    meetings.set_roles(m.id, roles)
    for p in staff + [ketua]:
        checkin.check_in_person(m.id, p.id, channel="daring" if mode == "daring" else "luring")
    snap = minutes.save(m.id, {"quotes": [{"person_id": speaker.id, "agenda_item_id": items[0].id,
                                           "text": "Pengawasan dimulai sejak tahapan pertama."}]})
    minutes.save_item(m.id, snap["items"][0]["id"], discussion="Narasumber menjelaskan bahwa pengawasan "
                                                               "melekat pada setiap tahapan.")
    return m


def _flags(mid: int, headline: str | None = None, body: str | None = None) -> dict[str, list[str]]:
    d = drafts.composed(mid)
    out: dict[str, list[str]] = {}
    for f in checklist.check(facts.gather(mid), d.headline if headline is None else headline,
                             d.body if body is None else body):
        out.setdefault(f.code, []).append(f.message)
    return out


# --- both roles, the office's zone ----------------------------------------------------------------------------

def test_hosted_meeting_reads_menggelar_with_opener_speaker_and_our_people(any_db):
    office = _office("35.04", city="Tulungagung")
    m = _meeting(office)
    d = drafts.draft(m.id)
    text = " ".join(d.body.split())
    assert text.startswith("Tulungagung, kab-tulungagung.kpu.go.id – ")
    assert re.search(r"Komisi Pemilihan Umum \(KPU\) Kabupaten Tulungagung (menggelar|menyelenggarakan|"
                     r"melaksanakan)", text)
    assert "Rabu, 06 Maret 2024" in text and "pukul 09.00 WIB" in text and "Aula KPU Kabupaten Tulungagung" \
        in text.replace("Aula Komisi Pemilihan Umum (KPU) Kabupaten", "Aula KPU Kabupaten")
    assert "Ketua KPU Kabupaten Tulungagung Drs. H. Mohammad Arif, M.Si." in text
    folded = acronyms.collapse(text)
    assert "Ketua Bawaslu Kabupaten Tulungagung Imam Mukhlis" in folded or \
           "Imam Mukhlis, Ketua Bawaslu Kabupaten Tulungagung" in folded
    assert "“Pengawasan dimulai sejak tahapan pertama,”" in text
    assert "Imam menjelaskan bahwa pengawasan melekat" in text  # "Narasumber" became the speaker
    assert "Staf Nomor 0 selaku Staf Teknis dan Hubungan Masyarakat (Hupmas)" in text
    assert text.endswith("(amr)")
    assert "KPU Kabupaten Tulungagung" in d.headline and len(d.headline) <= 120


def test_participant_in_a_wita_office_reads_mengikuti_and_gives_the_time_in_wita(any_db):
    office = _office("71.01", initials="hms", website="kab-bolaangmongondow.kpu.go.id", city="Lolak")
    kpu_ri = satker.by_region_code("00")
    m = _meeting(office, role="participant", mode="daring", organizer=kpu_ri, zone="WIB",
                 title="Sosialisasi Juknis Bakohumas", day=date(2021, 9, 15), start=time(9, 0))
    for variant in range(10):
        text = " ".join(drafts.draft(m.id, variant=variant, overwrite=True).body.split())
        assert re.search(r"Bolaang Mongondow mengikuti [^.]* yang diselenggarakan oleh KPU RI", text), text
        assert "pukul 10.00 WITA" in text and "WIB" not in text, text
        assert "Rabu, 15 September 2021" in text and "secara daring melalui Zoom Meeting" in text.replace(
            "Secara daring", "secara daring")
        assert text.startswith("Lolak, kab-bolaangmongondow.kpu.go.id – ")
    f = facts.gather(m.id)
    assert f.zone == "WITA" and f.time_text == "10.00 WITA"


def test_a_zoom_late_at_night_in_wib_is_the_next_day_for_an_office_in_papua(sqlite_db):
    office = _office("91.71", initials="x", city="Jayapura")  # Kota Jayapura: WIT
    m = _meeting(office, role="participant", mode="daring", organizer=satker.by_region_code("00"),
                 day=date(2024, 1, 31), start=time(22, 30))
    text = drafts.composed(m.id).body
    assert "Kamis, 01 Februari 2024" in text and "pukul 00.30 WIT" in text


# --- the checklist ------------------------------------------------------------------------------------------------

def test_a_complete_draft_has_no_flags(sqlite_db):
    office = _office("35.04", city="Tulungagung")
    assert _flags(_meeting(office).id) == {}


def test_checklist_flags_no_place(sqlite_db):
    office = _office("35.04")
    m = _meeting(office, venue="")
    assert "Tempat kegiatan belum dicatat" in _flags(m.id)["place"][0]
    m2 = _meeting(office, mode="daring")
    d = drafts.composed(m2.id)
    body = re.sub(r"(?i)secara daring melalui Zoom Meeting,? ?", "", d.body)
    assert "daring" in _flags(m2.id, body=body)["place"][0]


def test_checklist_flags_no_opener(sqlite_db):
    office = _office("35.04")
    m = _meeting(office, opener=False)
    assert "membuka kegiatan" in _flags(m.id)["opener"][0]


def test_checklist_flags_a_speaker_without_an_office(sqlite_db):
    office = _office("35.04")
    m = _meeting(office, speaker_office=False)
    assert "Imam Mukhlis belum tercatat instansinya" in _flags(m.id)["speaker_office"][0]


def test_checklist_flags_an_acronym_before_its_full_name(sqlite_db):
    office = _office("35.04")
    m = _meeting(office)
    d = drafts.composed(m.id)
    body = d.body.replace("Komisi Pemilihan Umum (KPU) Kabupaten", "KPU Kabupaten", 1)
    body += "\n\nDemikian disampaikan Komisi Pemilihan Umum (KPU) Kabupaten Tulungagung. (amr)"
    flags = _flags(m.id, body=body)["acronym"]
    assert any("KPU dipakai sebelum kepanjangannya" in f for f in flags)
    flags = _flags(m.id, body=d.body.replace("(amr)", "Hasil rapat dikirim lewat SIAKBA. (amr)"))["acronym"]
    assert any("SIAKBA belum dijelaskan" in f for f in flags)


def test_checklist_flags_no_initials(sqlite_db):
    office = _office("35.04", initials="")
    m = _meeting(office)
    assert "Inisial penulis" in _flags(m.id)["initials"][0]


def test_checklist_flags_a_paragraph_too_long(sqlite_db):
    office = _office("35.04")
    m = _meeting(office)
    d = drafts.composed(m.id)
    long = " ".join(["Kalimat yang panjang sekali ini terus berlanjut."] * 30)
    flags = _flags(m.id, body=d.body.replace("\n\n", f" {long}\n\n", 1))["paragraph"]
    assert flags == [f"Paragraf 1 terlalu panjang ({len((d.body.split(chr(10))[0] + ' ' + long).split())} kata); "
                     "pecah menjadi dua atau lebih."]


def test_checklist_flags_missing_date_time_headline_and_unpaired_quotes(sqlite_db):
    office = _office("35.04")
    m = _meeting(office)
    d = drafts.composed(m.id)
    body = d.body.replace("6 Maret 2024", "bulan ini").replace("09.00 WIB", "pagi")
    body = body.replace("pertama,”", "pertama,")
    flags = _flags(m.id, headline="", body=body)
    assert set(flags) >= {"date", "time", "headline", "quotes"}


# --- draft again ----------------------------------------------------------------------------------------------

def test_draft_again_refuses_to_overwrite_edits_without_confirmation(any_db):
    office = _office("35.04")
    m = _meeting(office)
    first = drafts.draft(m.id)
    again = drafts.draft(m.id, variant=3)  # nothing typed yet: redrafted freely
    assert again.id == first.id and not again.edited_by_user
    drafts.save(m.id, body=again.body + "\n\nParagraf tambahan dari editor.")
    with pytest.raises(drafts.EditsWouldBeLost, match="sudah diubah"):
        drafts.draft(m.id)
    assert "Paragraf tambahan dari editor." in drafts.current(m.id).body  # untouched
    redone = drafts.draft(m.id, overwrite=True)
    assert "Paragraf tambahan" not in redone.body and not redone.edited_by_user
    assert NewsDraft.select().where(NewsDraft.meeting == m.id).count() == 1
    assert AuditLog.select().where((AuditLog.entity == "news") & (AuditLog.action == "draft")).count() == 3


def test_saved_text_is_kept_exactly_and_checked(sqlite_db):
    office = _office("35.04")
    m = _meeting(office)
    drafts.save(m.id, headline="Judul <b>&amp;", body="Isi\r\nbaris dua", writer_initials="(Hms/Kot)")
    d = drafts.current(m.id)
    assert (d.headline, d.body, d.writer_initials, d.edited_by_user) == ("Judul <b>&amp;", "Isi\nbaris dua",
                                                                        "Hms/Kot", True)
    with pytest.raises(ValidationError, match="Judul berita terlalu panjang"):
        drafts.save(m.id, headline="x" * 301)
    with pytest.raises(ValidationError, match="Inisial penulis"):
        drafts.save(m.id, writer_initials="sebelas huruf")


def test_initials_replace_the_ones_at_the_end():
    assert drafts.with_initials("Isi berita. (amr)", "Hms/Kot") == "Isi berita. (Hms/Kot)"
    assert drafts.with_initials("Isi berita.", "amr") == "Isi berita. (amr)"
    assert drafts.with_initials("Isi berita. (amr)", "") == "Isi berita."
    assert drafts.ending_initials("Isi (catatan) berita. (amr)\n") == "amr"


# --- exports -----------------------------------------------------------------------------------------------------

def _markup_meeting():
    office = _office("35.04", city="Tulungagung")
    m = _meeting(office, title="Rapat <b>& Koordinasi</b>")
    p = people.create(name="Budi <b>&amp; Sons", position="Ketua <i>", satker_id=office.id)
    checkin.check_in_person(m.id, p.id)
    return m


def test_html_export_is_clean_for_names_with_markup(sqlite_db):
    m = _markup_meeting()
    d = drafts.draft(m.id)
    page = export.html(d.headline, d.body)
    tags = {t.lstrip("/") for t in re.findall(r"</?([a-zA-Z0-9]+)[^>]*>", page)}
    assert tags <= ALLOWED_TAGS and "p" in tags and "h1" in tags
    assert "Budi &lt;b&gt;&amp;amp; Sons selaku Ketua &lt;i&gt;" in page
    assert "&lt;b&gt;&amp; Koordinasi&lt;/b&gt;" in page
    assert page.startswith("<h1>") and "<p><strong>Tulungagung, kab-tulungagung.kpu.go.id</strong> – " in page
    text = export.plain_text(d.headline, d.body)
    assert text.startswith(d.headline + "\n\n") and "Budi <b>&amp; Sons" in text


def test_pdf_prints_markup_names_as_typed_with_the_chosen_photo(sqlite_db, tmp_path):
    from PIL import Image
    import io
    m = _markup_meeting()
    buf = io.BytesIO()
    Image.new("RGB", (1600, 1200), (30, 90, 160)).save(buf, format="JPEG")
    a = Photo.create(meeting=m.id, image=buf.getvalue(), caption="Foto <satu> & dua (6/3/2024)", position=0)
    Photo.create(meeting=m.id, image=buf.getvalue(), caption="Foto tidak dipilih", position=1)
    drafts.choose_photos(m.id, [a.id])
    out = render_news(m.id, tmp_path / "berita.pdf", "f4")
    reader = PdfReader(str(out))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Budi <b>&amp; Sons" in text and "Foto <satu> & dua (6/3/2024)" in text
    assert "Foto tidak dipilih" not in text and "BERITA KEGIATAN" in text
    assert round(float(reader.pages[0].mediabox.height)) == 935  # F4: 330 mm
    assert out.stat().st_size < 400_000  # the photo was downscaled, not embedded at full size
    assert AuditLog.select().where((AuditLog.entity == "news") & (AuditLog.action == "export")).exists()


def test_captions_fit_each_platform_with_the_office_hashtags(sqlite_db):
    office = _office("35.04")
    m = _meeting(office, title="Rapat Koordinasi " + "Sangat Panjang Sekali " * 12)
    settings.set_hashtags("#KPU TemanPemilih, #Pemilu2024 #KPUTulungagung #MelayaniDenganHati #JagaSuara")
    caps = captions(m.id)
    assert set(caps) == {"instagram", "facebook", "whatsapp", "x"}
    assert len(caps["x"]) <= 280 and "kab-tulungagung.kpu.go.id" in caps["x"] and "#KPU" in caps["x"]
    for platform in ("instagram", "facebook", "whatsapp"):
        assert "#TemanPemilih" in caps[platform] and "#JagaSuara" in caps[platform]
    assert caps["whatsapp"].startswith("*") and len(caps["instagram"]) <= 2200
    short = export.caption("x", "Judul pendek", "Tulungagung, a – Isi.", "situs.id", ["#a" * 1] * 3)
    assert short == "Judul pendek https://situs.id #a #a #a"
    assert len(export.caption("x", "kata " * 100, "", "x" * 300, [])) <= 280


def test_hashtags_setting(sqlite_db):
    _office("35.72")
    assert settings.hashtags() == ["#TemanPemilih", "#KPUMelayani", "#KPUKotaBlitar"]
    assert settings.set_hashtags("KPU, #TemanPemilih  #kpu") == ["#KPU", "#TemanPemilih"]
    assert settings.hashtags() == ["#KPU", "#TemanPemilih"]
    with pytest.raises(ValidationError, match="tidak sah"):
        settings.set_hashtags("#Teman Pemilih!")
    assert settings.set_hashtags("") == [] and settings.hashtags() == []


# --- variety -------------------------------------------------------------------------------------------------

def test_thirty_meetings_give_several_different_openings(sqlite_db):
    office = _office("35.04", city="Tulungagung")
    jatim = satker.by_region_code("35")
    openings, headlines = set(), set()
    for n in range(30):
        role = "participant" if n % 3 == 0 else "host"
        mode = ("luring", "daring", "hibrida")[n % 3]
        m = meetings.create(title=f"Rapat Koordinasi Nomor {n + 1}", our_role=role, mode=mode,
                            venue="Aula KPU Kabupaten Tulungagung", date=date(2024, 5, 1 + n),
                            start_time=time(9, 0), organizer_id=jatim.id if role == "participant" else office.id,
                            basis_letters="Surat Edaran KPU Nomor 1 Tahun 2024" if n % 4 == 0 else "")
        d = drafts.composed(m.id)
        lead = d.body.split(" – ", 1)[1]
        openings.add(" ".join(re.sub(r"\d+", "N", lead).split()[:3]))
        headlines.add(re.sub(r"Nomor \d+", "", d.headline).split()[3])
    assert len(openings) >= 4, openings
    assert len(headlines) >= 2, headlines


# --- meeting files carry the news ---------------------------------------------------------------------------

def test_meeting_file_carries_draft_photos_and_the_recording_office(any_db):
    office = _office("35.04", city="Tulungagung")
    m = _meeting(office)
    from PIL import Image
    import io
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(buf, format="PNG")
    first = Photo.create(meeting=m.id, image=buf.getvalue(), caption="Satu", position=0)
    second = Photo.create(meeting=m.id, image=buf.getvalue(), caption="Dua", position=1)
    drafts.choose_photos(m.id, [second.id])
    drafts.draft(m.id)
    drafts.save(m.id, headline="Judul disunting")
    FollowUp.create(meeting=m.id, description="Menyusun laporan", status="terbuka")
    doc = transfer.export_meeting(m.id)
    assert doc["office"]["city"] == "Tulungagung" and doc["office"]["writer_initials"] == "amr"
    assert doc["news"]["headline"] == "Judul disunting" and doc["news"]["edited_by_user"] is True
    assert doc["news"]["photos"] == [1] and [p["caption"] for p in doc["photos"]] == ["Satu", "Dua"]
    copy = transfer.import_data(json.loads(json.dumps(doc)))
    again = transfer.export_meeting(copy.id)
    for d in (doc, again):
        d.pop("exported_at")
    assert again == doc
    assert drafts.current(copy.id).edited_by_user  # "draft again" still asks on the copy
    assert len(drafts.chosen_photos(copy.id)) == 1
    assert first.id not in drafts.chosen_photos(copy.id)


def test_a_file_without_the_news_parts_still_imports(sqlite_db):
    text = (Path(__file__).parent.parent / "docs" / "meeting-format.md").read_text(encoding="utf-8")
    doc = json.loads(re.search(r"```json\n(.*?)```", text, re.S).group(1))
    for key in ("office", "news", "photos"):
        doc.pop(key, None)
    m = transfer.import_data(doc)
    assert drafts.current(m.id) is None and not Photo.select().where(Photo.meeting == m.id).exists()


@pytest.mark.parametrize("change, field", [
    (lambda d: d["photos"][0].update(image="bukan base64!"), "photos[0].image"),
    (lambda d: d["photos"][0].update(image="aGFsbw=="), "photos[0].image"),  # "hallo": no image
    (lambda d: d["news"].update(photos=[5]), "news.photos[0]"),
    (lambda d: d["news"].update(writer_initials="x" * 11), "news.writer_initials"),
    (lambda d: d["minutes"].update(opened_at="2021-04-07T05:00:00Z", closed_at="2021-04-07T04:00:00Z"),
     "minutes.closed_at"),
])
def test_bad_news_parts_are_named_and_nothing_is_imported(sqlite_db, change, field):
    path = Path(__file__).parent / "data" / "news" / "tulungagung_bakohumas_2021.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    change(doc)
    before = NewsDraft.select().count(), Photo.select().count()
    with pytest.raises(ValidationError) as err:
        transfer.import_data(doc)
    assert err.value.field == field and f'"{field}"' in str(err.value)
    assert (NewsDraft.select().count(), Photo.select().count()) == before


# --- command line ---------------------------------------------------------------------------------------------

def test_cli_news_in_every_format(sqlite_url, tmp_path, capsys):
    from kpu_rakor.domain import db as dbmod
    dbmod.open_database(sqlite_url)
    installation.ensure_ready()
    m = _markup_meeting()
    dbmod.close_database()

    def run(*args):
        code = cli(["--db", sqlite_url, *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, _ = run("news", m.id)
    assert code == 0 and "Rapat <b>& Koordinasi</b>" in out.splitlines()[0] and "Budi <b>&amp; Sons" in out
    code, out, _ = run("news", m.id, "--format", "html")
    assert code == 0 and out.startswith("<h1>") and "&lt;b&gt;" in out
    code, out, _ = run("news", m.id, "--format", "x")
    assert code == 0 and len(out.rstrip("\n")) <= 280
    code, _, err = run("news", m.id, "--format", "pdf")
    assert code == 2 and "-o" in err
    code, out, _ = run("news", m.id, "--format", "pdf", "-o", tmp_path / "b.pdf", "--paper", "f4")
    assert code == 0 and (tmp_path / "b.pdf").exists()
    code, _, err = run("news", m.id, "-o", tmp_path / "b.txt")
    assert code == 0 and "\n\nTulungagung, " in (tmp_path / "b.txt").read_text(encoding="utf-8")
    code, _, err = run("news", 999)
    assert code == 1 and "tidak ditemukan" in err
    # an edited draft is not redrafted without --force
    dbmod.open_database(sqlite_url)
    drafts.save(m.id, body="Disunting. (amr)")
    dbmod.close_database()
    code, _, err = run("news", m.id, "--redraft")
    assert code == 1 and "sudah diubah" in err
    code, out, _ = run("news", m.id, "--redraft", "--force")
    assert code == 0 and "Disunting" not in out


def test_a_full_hall_of_our_people_is_named_to_eight_then_counted(any_db):
    """A 500-person plenary of our own office names the leaders and counts the rest."""
    from datetime import date, time

    from kpu_rakor.domain.services import checkin, installation, meetings, people, satker
    from kpu_rakor.domain.services.news import drafts
    office = satker.by_region_code("35.04")
    installation.set_office(office.id, writer_initials="amr")
    m = meetings.create(title="Rapat Pleno Terbuka", date=date(2024, 3, 6), start_time=time(9, 0))
    for i in range(30):
        p = people.create(name=f"Pegawai {i:02d}", position="Staf", satker_id=office.id)
        checkin.check_in_person(m.id, p.id)
    body = drafts.draft(m.id).body
    assert "22 pegawai lainnya" in body and body.count("Pegawai ") == 8
