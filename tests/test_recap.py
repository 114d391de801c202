"""The recap (Rekap kehadiran): counts per person, satker, month and meeting on a small office whose numbers are
known by hand; the period in the office's zone; the filters; follow-ups open/done/overdue; the XLSX checked cell
by cell, the CSV, and the PDF's text. On SQLite and PostgreSQL."""
from __future__ import annotations

import csv
import io
from datetime import date, datetime, time

import openpyxl
import pytest

from kpu_rakor.domain.errors import ValidationError
from kpu_rakor.domain.models import AuditLog
from kpu_rakor.domain.services import checkin, followups, meetings, people, privacy, recap, satker
from kpu_rakor.domain.services.recap import Counts, RecapFilter

APRIL = RecapFilter(date(2024, 4, 1), date(2024, 4, 30))
TODAY = date(2024, 4, 15)


@pytest.fixture
def world(any_office):
    tag, blitar = any_office, satker.by_region_code("35.72")
    ani = people.create(name="Dra. Ani Lestari", nip="197001012000032001", position="Sekretaris", satker_id=tag.id)
    budi = people.create(name="Budi Santoso", position="Operator", satker_id=tag.id)
    citra = people.create(name="Citra Dewi", position="Ketua", satker_id=blitar.id)
    dedi = people.create(name="Dedi Kurniawan", institution="Dinas  Kominfo")
    eka = people.create(name="Eka Walk-in")
    m1 = meetings.create(title="Rakor Bulanan April", date=date(2024, 4, 2), start_time=time(9, 0), kind="rakor",
                         mode="luring", our_role="host", series="Rakor Bulanan")
    m2 = meetings.create(title="Webinar Partisipasi", date=date(2024, 4, 20), start_time=time(13, 0),
                         kind="webinar", mode="daring", our_role="participant")
    # 00.30 WIT on 1 May is 22.30 WIB on 30 April: April for this (WIB) office.
    m3 = meetings.create(title="Rakor Papua", date=date(2024, 5, 1), start_time=time(0, 30), timezone="WIT",
                         kind="Rakor", mode="hibrida", our_role="host")
    m4 = meetings.create(title="Rakor Mei", date=date(2024, 5, 2), start_time=time(9, 0), kind="rakor")
    meetings.invite(m1.id, [ani.id, budi.id, citra.id, dedi.id])
    meetings.invite(m2.id, [ani.id, citra.id])
    meetings.invite(m3.id, [ani.id, budi.id])
    meetings.invite(m4.id, [ani.id])
    for m, p, status in ((m1, ani, "hadir"), (m1, budi, "terlambat"), (m1, citra, "izin"), (m1, eka, "hadir"),
                         (m2, ani, "sakit"), (m2, citra, "hadir"), (m3, budi, "dinas_luar"),
                         (m3, ani, "tanpa_keterangan"), (m4, ani, "hadir")):
        checkin.set_status(m.id, p.id, status)
    late = followups.create(m1.id, "Kirim data pemilih", person_id=ani.id, due_date=date(2024, 4, 10))
    followups.create(m1.id, "Siapkan aula", person_id=citra.id, due_date=date(2024, 4, 30))
    done = followups.create(m1.id, "Rekap SPJ", person_id=budi.id, due_date=date(2024, 4, 5))
    followups.set_status(done.id, "selesai", "Sudah dikirim")
    gone = followups.create(m1.id, "Dibatalkan", person_id=ani.id)
    followups.set_status(gone.id, "batal", "Tidak jadi")
    followups.create(m2.id, "Tanpa orang")
    followups.create(m4.id, "Di luar periode", person_id=ani.id, due_date=date(2024, 5, 3))
    privacy.anonymise_person(eka.id)
    return dict(tag=tag, blitar=blitar, ani=ani, budi=budi, citra=citra, dedi=dedi, eka=eka, m1=m1, m2=m2, m3=m3,
                m4=m4, late=late)


def _by_name(rows):
    return {r.name: r for r in rows}


def test_counts_per_person_satker_month_and_meeting(world):
    r = recap.build(APRIL, today=TODAY)
    assert r.zone == "WIB"
    ppl = {p.person_id: p for p in r.people}
    assert ppl[world["ani"].id].counts == Counts(invited=3, present=1, sick=1, absent=1)
    assert ppl[world["ani"].id].counts.rate == pytest.approx(1 / 3)
    assert ppl[world["ani"].id].nip == "197001012000032001"
    assert ppl[world["ani"].id].satker == "KPU Kabupaten Tulungagung"
    assert ppl[world["budi"].id].counts == Counts(invited=2, present=1, late=1, duty=1)
    assert ppl[world["citra"].id].counts == Counts(invited=2, present=1, excused=1)
    dedi = ppl[world["dedi"].id]
    assert dedi.satker == "Dinas  Kominfo" and dedi.counts == Counts(invited=1, absent=1) and dedi.counts.rate == 0
    eka = ppl[world["eka"].id]  # a walk-in: present, never invited; anonymised, still counted
    assert eka.name == f"Peserta terhapus #{world['eka'].id}"
    assert eka.counts == Counts(present=1, walk_ins=1) and eka.counts.rate is None
    # by name without titles: Ani before Budi
    assert [p.name for p in r.people][:3] == ["Dra. Ani Lestari", "Budi Santoso", "Citra Dewi"]

    sat = _by_name(r.satkers)
    assert list(sat) == ["KPU Kabupaten Tulungagung", "KPU Kota Blitar", "Dinas Kominfo", "Tanpa satker"]
    tag = sat["KPU Kabupaten Tulungagung"]
    assert tag.satker_id == world["tag"].id and tag.level == "kabkota"
    assert tag.counts == Counts(invited=5, present=2, late=1, sick=1, duty=1, absent=1)
    assert tag.meetings == 1  # only at the April rakor was someone of Tulungagung present
    assert sat["Tanpa satker"].counts == Counts(present=1, walk_ins=1) and sat["Tanpa satker"].meetings == 1

    (april,) = r.months
    assert (april.year, april.month, april.meetings, april.luring, april.daring, april.hibrida) == (2024, 4, 3, 1,
                                                                                                     1, 1)
    assert (april.hosted, april.attended, april.late) == (2, 1, 1)
    assert april.counts == Counts(invited=8, present=4, late=1, excused=1, sick=1, duty=1, absent=2, walk_ins=1)
    assert r.totals == april.counts

    assert [m.title for m in r.meetings] == ["Rakor Bulanan April", "Webinar Partisipasi", "Rakor Papua"]
    papua = r.meetings[2]
    assert papua.starts_local == datetime(2024, 5, 1, 0, 30) and papua.zone == "WIT" and papua.mode == "hibrida"
    first = r.meetings[0]
    assert first.walk_ins == 1 and first.counts == Counts(invited=4, present=3, late=1, excused=1, absent=1,
                                                          walk_ins=1)
    assert first.counts.rate == pytest.approx(2 / 4)


def test_the_month_follows_the_office_zone_and_the_period_is_inclusive(world):
    r = recap.build(RecapFilter(date(2024, 4, 1), date(2024, 5, 31)), today=TODAY)
    assert [(m.month, m.meetings) for m in r.months] == [(4, 3), (5, 1)]
    may = recap.build(RecapFilter(date(2024, 5, 1), date(2024, 5, 2)), today=TODAY)
    assert [m.title for m in may.meetings] == ["Rakor Mei"]  # the WIT 1 May meeting was 30 April in WIB
    one_day = recap.build(RecapFilter(date(2024, 4, 30), date(2024, 4, 30)), today=TODAY)
    assert [m.title for m in one_day.meetings] == ["Rakor Papua"]


def test_filters_by_role_mode_kind_and_series(world):
    def titles(**kw):
        return [m.title for m in recap.build(RecapFilter(APRIL.date_from, APRIL.date_to, **kw), today=TODAY).meetings]

    assert titles(our_role="participant") == ["Webinar Partisipasi"]
    assert titles(our_role="host") == ["Rakor Bulanan April", "Rakor Papua"]
    assert titles(mode="luring") == ["Rakor Bulanan April"]
    assert titles(kind="rakor") == ["Rakor Bulanan April", "Rakor Papua"]  # "Rakor" as typed matches too
    series = world["m1"].series_id
    assert titles(series_id=series) == ["Rakor Bulanan April"]
    r = recap.build(RecapFilter(APRIL.date_from, APRIL.date_to, our_role="participant"), today=TODAY)
    assert {p.name: p.counts.invited for p in r.people} == {"Dra. Ani Lestari": 1, "Citra Dewi": 1}
    choices = recap.filter_choices()
    assert "webinar" in choices.kinds and (series, "Rakor Bulanan") in choices.series


def test_followups_open_done_overdue(world):
    r = recap.build(APRIL, today=TODAY)
    fp = _by_name(r.followups_by_person)
    assert (fp["Dra. Ani Lestari"].open, fp["Dra. Ani Lestari"].done, fp["Dra. Ani Lestari"].overdue) == (1, 0, 1)
    assert (fp["Budi Santoso"].open, fp["Budi Santoso"].done, fp["Budi Santoso"].overdue) == (0, 1, 0)
    assert (fp["Citra Dewi"].open, fp["Citra Dewi"].overdue) == (1, 0)
    assert fp["Tanpa penanggung jawab"].key_id is None and fp["Tanpa penanggung jawab"].open == 1
    assert r.followups_by_person[-1].name == "Tanpa penanggung jawab"
    fs = _by_name(r.followups_by_satker)
    tag = fs["KPU Kabupaten Tulungagung"]
    assert (tag.key_id, tag.open, tag.done, tag.overdue) == (world["tag"].id, 1, 1, 1)
    assert fs["Tanpa satker"].open == 1
    later = recap.build(APRIL, today=date(2024, 5, 1))
    assert _by_name(later.followups_by_person)["Citra Dewi"].overdue == 1


def test_period_units():
    assert recap.period("month", date(2024, 2, 10)) == (date(2024, 2, 1), date(2024, 2, 29))
    assert recap.period("quarter", date(2024, 5, 10)) == (date(2024, 4, 1), date(2024, 6, 30))
    assert recap.period("year", date(2024, 5, 10)) == (date(2024, 1, 1), date(2024, 12, 31))


def test_xlsx_csv_and_pdf(world, tmp_path):
    r = recap.build(APRIL, today=TODAY)
    path = recap.write(r, tmp_path / "rekap.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Per orang", "Per satker", "Per bulan", "Per rapat", "Tindak lanjut per orang",
                             "Tindak lanjut per satker", "Informasi"]
    ws = wb["Per orang"]
    assert [c.value for c in ws[1]] == ["Nama", "NIP", "Jabatan", "Satker/instansi", "Diundang", "Hadir",
                                        "Terlambat", "Izin", "Sakit", "Dinas luar", "Diwakili", "Tanpa keterangan",
                                        "Hadir tanpa undangan", "Kehadiran (%)"]
    ani = next(row for row in ws.iter_rows(min_row=2) if row[0].value == "Dra. Ani Lestari")
    assert [c.value for c in ani[:13]] == ["Dra. Ani Lestari", "197001012000032001", "Sekretaris",
                                           "KPU Kabupaten Tulungagung", 3, 1, 0, 0, 1, 0, 0, 1, 0]
    assert ani[13].value == pytest.approx(1 / 3) and ani[13].number_format == "0.0%"
    eka = next(row for row in ws.iter_rows(min_row=2) if row[0].value.startswith("Peserta terhapus"))
    assert eka[13].value is None
    month = wb["Per bulan"]
    assert [c.value for c in month[2]][:8] == ["April 2024", 3, 1, 1, 1, 2, 1, 8]
    meeting = wb["Per rapat"]
    assert meeting["A4"].value == datetime(2024, 5, 1, 0, 30) and meeting["B4"].value == "WIT"
    assert meeting["C4"].value == "Rakor Papua" and meeting["E4"].value.startswith("hibrida")
    fu = wb["Tindak lanjut per orang"]
    assert [c.value for c in fu[1]] == ["Penanggung jawab", "Terbuka", "Selesai", "Lewat batas waktu"]
    info = {row[0].value: row[1].value for row in wb["Informasi"].iter_rows(min_row=2) if row[0].value}
    assert info["Periode"] == "01 April 2024 s.d. 30 April 2024"
    assert info["Peran kantor"] == "semua" and info["Kantor"] == "KPU Kabupaten Tulungagung (WIB)"
    assert AuditLog.select().where((AuditLog.action == "export") & (AuditLog.entity == "recap")).count() == 1

    text = recap.write(r, tmp_path / "satker.csv", by="satker").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:4] == ["Satker/instansi", "Tingkat", "Rapat dihadiri", "Diundang"]
    assert ["KPU Kabupaten Tulungagung", "KPU Kabupaten/Kota", "1", "5", "2"] == rows[1][:5]
    with pytest.raises(ValidationError, match="tidak dikenal"):
        recap.write(r, tmp_path / "x.csv", by="nobody")
    with pytest.raises(ValidationError, match="pilih xlsx, csv atau pdf"):
        recap.write(r, tmp_path / "x.doc")

    from pypdf import PdfReader

    pdf = recap.write(r, tmp_path / "rekap.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "REKAP KEHADIRAN RAPAT" in text and "01 April 2024 s.d. 30 April 2024" in text
    assert "Dra. Ani Lestari" in text and "Rakor Papua" in text and "33,3 %" in text
