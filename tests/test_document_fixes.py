"""Issue 12, the documents: what an official reader checks on the printed undangan, notulen, laporan hasil rapat
and daftar hadir (read back from the PDF text), on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date, datetime, time

import pytest
from pypdf import PdfReader

from kpu_rakor.domain import documents
from kpu_rakor.domain.db import write_tx
from kpu_rakor.domain.models import Invitation, Meeting, OfficeInvitation
from kpu_rakor.domain.services import (checkin, desk, letter_fields, meetings, minutes, notulen_content,
                                       office_invitations, people, satker, signatories)


@pytest.fixture
def office(any_office):
    return any_office  # KPU Kabupaten Tulungagung, WIB


def _text(key: str, meeting_id: int, path) -> str:
    out = documents.render_document(key, meeting_id, path)
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages)


def _fonts(path) -> set[str]:
    names = set()
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def _backdate(model, row_id: int, when: datetime) -> None:
    """Set when a row was entered (naive UTC), as if it had been typed in on that day."""
    with write_tx():
        model.update(created_at=when).where(model.id == row_id).execute()


# --- daftar hadir --------------------------------------------------------------------------------------------

def test_daftar_hadir_of_a_meeting_held_in_another_zone_states_our_time(office, tmp_path):
    """A rakor KPU Provinsi Sulawesi Selatan holds at 10.00 WITA is 09.00 for our WIB office: our list says so."""
    m = meetings.create(title="Rakor Bakohumas Regional", date=date(2021, 4, 7), start_time=time(10, 0),
                        end_time=time(12, 0), timezone="WITA", our_role="participant", mode="daring")
    me = people.create(name="Much. Amarodin", position="Kasubag Teknis", satker_id=office.id)
    meetings.invite(m.id, [me.id])
    text = _text(documents.DAFTAR_HADIR, m.id, tmp_path / "dh.pdf")
    assert "Pukul : 09.00 s.d. 11.00 WIB" in text
    assert "WITA" not in text
    # The Laporan Hasil Rapat of the same meeting says the same time.
    assert "Waktu : 09.00 s.d. 11.00 WIB" in _text(documents.NOTULEN, m.id, tmp_path / "lhr.pdf")


def test_daftar_hadir_of_a_meeting_we_host_keeps_its_own_zone(office, tmp_path):
    m = meetings.create(title="Rakor di Makassar", date=date(2021, 4, 7), start_time=time(10, 0), timezone="WITA",
                        venue="Hotel Claro")
    assert "Pukul : 10.00 WITA s.d. selesai" in _text(documents.DAFTAR_HADIR, m.id, tmp_path / "dh.pdf")


# --- undangan: whom the letter names -------------------------------------------------------------------------

def _letter_meeting(**extra):
    fields = dict(title="Rapat Koordinasi Bakohumas", date=date(2021, 4, 7), start_time=time(9, 0),
                  venue="Aula KPU Kabupaten Tulungagung", invitation_number="112/PP.01-Und/3504/2021",
                  invitation_date=date(2021, 4, 5))
    fields.update(extra)
    return meetings.create(**fields)


def test_the_daftar_undangan_lists_only_those_invited_by_the_letter_date(office, tmp_path):
    m = _letter_meeting()
    _backdate(Meeting, m.id, datetime(2021, 4, 1, 2, 0))  # the meeting was planned before the letter
    with write_tx():
        early = [people.create(name=f"Undangan Awal {i}", position="Staf", institution="Bawaslu")
                 for i in range(6)]
        late = people.create(name="Susulan Sesudah Surat", position="Staf", institution="Dinas Kominfo")
    meetings.invite(m.id, [p.id for p in early] + [late.id])
    for inv in Invitation.select().where(Invitation.meeting == m.id):
        # Invited on 2 April, the late one on 6 April (the letter is dated 5 April).
        _backdate(Invitation, inv.id, datetime(2021, 4, 6 if inv.person_id == late.id else 2, 3, 0))
    kota = satker.by_region_code("35.72")  # Kota Blitar, invited after the letter
    office_invitations.invite(m.id, [kota.id], "Ketua")
    for row in OfficeInvitation.select().where(OfficeInvitation.meeting == m.id):
        _backdate(OfficeInvitation, row.id, datetime(2021, 4, 6, 3, 0))
    # On the day: a walk-in at the desk and a Zoom guest join; neither was sent this letter.
    desk.walk_in(m.id, name="Tamu Datang Langsung", position="Wartawan", institution="Radar Tulungagung")
    guest = people.create(name="Peserta Zoom iPhone", is_guest=True)
    meetings.invite(m.id, [guest.id])

    text = _text(documents.UNDANGAN, m.id, tmp_path / "und.pdf")
    assert "DAFTAR UNDANGAN" in text
    for p in early:
        assert p.name in text
    for absent in ("Susulan Sesudah Surat", "Tamu Datang Langsung", "Peserta Zoom iPhone", "Kota Blitar"):
        assert absent not in text, absent


def test_a_meeting_typed_in_afterwards_still_lists_its_invitees(office, tmp_path):
    """A 2021 meeting entered today: when its invitations were entered says nothing about the letter."""
    m = _letter_meeting()
    p = people.create(name="Ketua Bawaslu Tulungagung", position="Ketua", institution="Bawaslu")
    meetings.invite(m.id, [p.id])
    assert "Yth. Ketua Bawaslu Tulungagung" in _text(documents.UNDANGAN, m.id, tmp_path / "und.pdf")


# --- undangan: Sifat, Lampiran, signatory, Zoom ID -------------------------------------------------------------

def test_sifat_lampiran_and_signatory_are_chosen_per_letter_and_remembered(office, tmp_path):
    signatories.set_signatory("sekretaris", "Drs. Gatot Subroto, M.Si.", "197001011995031001")
    signatories.set_signatory("ketua", "Dr. H. Rochani, S.Pd., M.Si.")
    m = _letter_meeting()
    before = _text(documents.UNDANGAN, m.id, tmp_path / "a.pdf")
    assert "Drs. Gatot Subroto, M.Si." in before  # the Sekretaris signs by default

    letter_fields.save(m.id, nature="Segera", attachment="1 (satu) lembar", signatory="ketua")
    text = _text(documents.UNDANGAN, m.id, tmp_path / "b.pdf")
    for expected in ("Sifat : Segera", "Lampiran : 1 (satu) lembar", "Ketua KPU Kabupaten Tulungagung,",
                     "Dr. H. Rochani, S.Pd., M.Si."):
        assert expected in text, expected
    assert "Gatot" not in text

    # The next meeting's letter starts with the same choices; the first keeps its own when they change.
    nxt = _letter_meeting(title="Rapat Berikutnya")
    assert letter_fields.get(nxt.id) == letter_fields.LetterFields("Segera", "1 (satu) lembar", "ketua")
    letter_fields.save(nxt.id, nature="Biasa", attachment="-", signatory="")
    assert letter_fields.get(m.id).nature == "Segera"
    assert "Drs. Gatot Subroto, M.Si." in _text(documents.UNDANGAN, nxt.id, tmp_path / "c.pdf")


def test_bad_letter_choices_are_refused_with_a_sentence(office):
    m = _letter_meeting()
    with pytest.raises(Exception) as err:
        letter_fields.save(m.id, nature="  ", attachment="-", signatory="")
    assert "Sifat surat wajib diisi" in str(err.value)
    with pytest.raises(Exception) as err:
        letter_fields.save(m.id, nature="Biasa", attachment="-", signatory="bupati")
    assert "penanda tangan" in str(err.value)


@pytest.mark.parametrize("typed, printed", [("85212345678", "852 1234 5678"), ("8521234567", "852 123 4567"),
                                            ("852-1234-5678", "852 1234 5678"), ("123456789", "123 456 789")])
def test_zoom_ids_print_grouped(office, tmp_path, typed, printed):
    m = _letter_meeting(mode="daring", zoom_meeting_id=typed, zoom_passcode="kpu2021")
    text = _text(documents.UNDANGAN, m.id, tmp_path / "z.pdf")
    assert f"Meeting ID : {printed}" in text


# --- notulen and laporan hasil rapat --------------------------------------------------------------------------

@pytest.fixture
def hosted(office):
    """Our rakor chaired by the Ketua of KPU Provinsi Jawa Timur, with a speaker and a moderator on item 2 and
    nothing recorded for item 1 (Pembukaan)."""
    prov = satker.by_region_code("35")
    chair = people.create(name="Choirul Anam", position="Ketua", satker_id=prov.id)
    speaker = people.create(name="Gogot Cahyo Baskoro", position="Anggota", satker_id=office.id)
    moderator = people.create(name="Nia Kurnia", position="Kasubag Hukum", satker_id=office.id)
    m = meetings.create(title="Rakor Pemutakhiran Data", date=date(2021, 4, 7), start_time=time(9, 0),
                        venue="Aula")
    items = meetings.set_agenda(m.id, [{"title": "Pembukaan"}, {"title": "Pemutakhiran data pemilih"}])
    meetings.set_roles(m.id, [{"person_id": chair.id, "role": "chair"},
                              {"person_id": speaker.id, "role": "speaker", "agenda_item_id": items[1].id,
                               "topic": "data berkelanjutan"},
                              {"person_id": moderator.id, "role": "moderator", "agenda_item_id": items[1].id}])
    item = minutes.snapshot(m.id)["items"][1]
    minutes.save_item(m.id, item["id"], discussion="Narasumber menjelaskan jadwal pemutakhiran.")
    return m


def test_notulen_names_the_moderator_says_terlampir_once_and_skips_empty_items(hosted, tmp_path):
    text = _text(documents.NOTULEN, hosted.id, tmp_path / "n.pdf")
    assert "Narasumber: Gogot Cahyo Baskoro, Anggota: data berkelanjutan" in text
    assert "Moderator: Nia Kurnia, Kasubag Hukum" in text
    assert "(moderator)" not in text and "Narasumber/moderator" not in text
    assert "Peserta : Terlampir dalam daftar hadir" in text
    assert text.lower().count("terlampir") == 1
    # Under PEMBAHASAN only the item with something recorded, numbered 1.
    discussion = text.split("PEMBAHASAN", 1)[1]
    assert "1. Pemutakhiran data pemilih" in discussion
    assert "Pembukaan" not in discussion.split("Pemutakhiran data pemilih")[0]
    assert "2." not in discussion.split("Narasumber menjelaskan")[0]
    # The acara in the header still lists both items.
    assert "Acara : 1. Pembukaan 2. Pemutakhiran data pemilih" in text


def test_a_chair_from_another_office_prints_with_that_office(hosted, tmp_path):
    text = _text(documents.NOTULEN, hosted.id, tmp_path / "n.pdf")
    assert "Pimpinan Rapat : Choirul Anam (Ketua KPU Provinsi Jawa Timur)" in text


def test_a_meeting_attended_without_an_agenda_prints_its_free_pembahasan(office, tmp_path):
    m = meetings.create(title="Rakor KPU RI", date=date(2021, 4, 7), start_time=time(9, 0),
                        our_role="participant", mode="daring")
    minutes.save(m.id, {"discussion": "KPU RI menyampaikan jadwal tahapan.\n- Sosialisasi dimulai Mei"})
    assert minutes.snapshot(m.id)["discussion"].startswith("KPU RI menyampaikan")
    content = notulen_content.build(m.id)
    assert content.discussion == ("KPU RI menyampaikan jadwal tahapan.", "- Sosialisasi dimulai Mei")
    text = _text(documents.NOTULEN, m.id, tmp_path / "lhr.pdf")
    after = text.split("PEMBAHASAN", 1)[1]
    assert "KPU RI menyampaikan jadwal tahapan." in after and "Sosialisasi dimulai Mei" in after
    assert "Tidak ada pembahasan yang dicatat." not in text


def test_a_participant_list_of_another_office_names_it(office, tmp_path):
    """Peserta of a report: one of our own people, by position and without a "1." in front."""
    m = meetings.create(title="Rakor", date=date(2021, 4, 7), start_time=time(9, 0), our_role="participant",
                        mode="daring")
    me = people.create(name="Much. Amarodin", position="Kasubag Teknis", satker_id=office.id)
    meetings.invite(m.id, [me.id])
    checkin.check_in_person(m.id, me.id)
    assert "Peserta : Much. Amarodin (Kasubag Teknis)" in _text(documents.NOTULEN, m.id, tmp_path / "r.pdf")


# --- fonts ---------------------------------------------------------------------------------------------------

def test_letters_are_set_in_liberation_sans_and_lists_in_dejavu(office, tmp_path):
    m = _letter_meeting()
    p = people.create(name="ნინო Արամ Αλέξανδρος", position="Tamu")  # Georgian, Armenian: not in Liberation
    meetings.invite(m.id, [p.id])
    und = documents.render_document(documents.UNDANGAN, m.id, tmp_path / "u.pdf")
    fonts = _fonts(und)
    assert "LiberationSans" in fonts and "LiberationSans-Bold" in fonts
    assert "DejaVuSans" in fonts  # the fallback, for the Georgian and Armenian letters only
    text = " ".join(pg.extract_text() for pg in PdfReader(str(und)).pages)
    assert "ნინო Արամ Αλέξανδρος" in text
    notulen = documents.render_document(documents.NOTULEN, m.id, tmp_path / "n.pdf")
    assert "LiberationSans" in _fonts(notulen)
    dh = documents.render_document(documents.DAFTAR_HADIR, m.id, tmp_path / "d.pdf")
    assert not any(f.startswith("Liberation") for f in _fonts(dh))


# --- the same fixes in the Word files ----------------------------------------------------------------------

def _word_text(key, meeting_id, path) -> str:
    from docx import Document

    doc = Document(str(documents.render_document(key, meeting_id, path, fmt="docx")))
    return "\n".join(" ".join(p.text.split()) for p in doc.paragraphs if p.text.strip())


def test_the_word_notulen_names_the_moderator_and_skips_empty_items(hosted, tmp_path):
    text = _word_text(documents.NOTULEN, hosted.id, tmp_path / "n.docx")
    assert "Narasumber: Gogot Cahyo Baskoro, Anggota: data berkelanjutan" in text
    assert "Moderator: Nia Kurnia, Kasubag Hukum" in text
    assert "Narasumber/moderator" not in text
    discussion = text.split("PEMBAHASAN", 1)[1]
    assert "1. Pemutakhiran data pemilih" in discussion
    assert "Pembukaan" not in discussion.split("Pemutakhiran data pemilih")[0]


def test_the_word_report_of_a_meeting_without_an_agenda_has_its_free_pembahasan(office, tmp_path):
    m = meetings.create(title="Rakor KPU RI", date=date(2021, 4, 7), start_time=time(9, 0),
                        our_role="participant", mode="daring")
    minutes.save(m.id, {"discussion": "KPU RI menyampaikan jadwal tahapan.\n- Sosialisasi dimulai Mei"})
    after = _word_text(documents.NOTULEN, m.id, tmp_path / "lhr.docx").split("PEMBAHASAN", 1)[1]
    assert "KPU RI menyampaikan jadwal tahapan." in after and "Sosialisasi dimulai Mei" in after
    assert "Tidak ada" not in after.split("KESIMPULAN")[0]


def test_the_word_report_prints_a_single_participant_and_item_without_a_number(office, tmp_path):
    """The notulen content decides it once (Field.listing): Word and PDF both print "Peserta : Much. Amarodin"."""
    from docx import Document
    from docx.oxml.ns import qn

    m = meetings.create(title="Rakor", date=date(2021, 4, 7), start_time=time(9, 0), our_role="participant",
                        mode="daring")
    meetings.set_agenda(m.id, [{"title": "Pemutakhiran data pemilih"}])
    me = people.create(name="Much. Amarodin", position="Kasubag Teknis", satker_id=office.id)
    meetings.invite(m.id, [me.id])
    checkin.check_in_person(m.id, me.id)
    doc = Document(str(documents.render_document(documents.NOTULEN, m.id, tmp_path / "r.docx", fmt="docx")))
    rows = [" | ".join(" ".join("".join(t.text or "" for t in tc.iter(qn("w:t"))).split())
                       for tc in tr.iter(qn("w:tc"))) for tr in doc.element.body.iter(qn("w:tr"))]
    assert "Peserta | : | Much. Amarodin (Kasubag Teknis)" in rows
    assert "Acara | : | Pemutakhiran data pemilih" in rows
    assert not any(r.endswith("| 1. | Pemutakhiran data pemilih") for r in rows)
    pdf = _text(documents.NOTULEN, m.id, tmp_path / "r.pdf")
    assert "Acara : Pemutakhiran data pemilih" in pdf and "Acara : 1." not in pdf
