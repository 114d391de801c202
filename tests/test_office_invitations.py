"""Issue 11, "inviting whole offices", on each engine: schema step 8, a province invited as one row per kab/kota,
office rows filled by whoever of that office signs in (desk, phone, Zoom), the counts, the undangan's list,
saved invitee groups, and the directory's filters and wider search."""
from __future__ import annotations

from datetime import date, time

import pytest
from pypdf import PdfReader

from kpu_rakor.domain import db as dbmod
from kpu_rakor.domain import documents
from kpu_rakor.domain.errors import ValidationError
from kpu_rakor.domain.migrations import LATEST, STEPS, current_version, downgrade_to
from kpu_rakor.domain.models import LEVEL_KABKOTA, LEVEL_PROVINSI, OfficeInvitation
from kpu_rakor.domain.services import (checkin, directory_filter, installation, invitation_letter, invitee_groups,
                                       meetings, office_invitations, people, phone_signin, satker, zoom_import)


@pytest.fixture
def office(any_office):
    return any_office  # these tests run on both engines


def _code(c: str) -> int:
    return satker.by_region_code(c).id


def _meeting(**extra):
    return meetings.create(title="Rakor Bakohumas se-Jawa Timur", date=date(2021, 4, 7), start_time=time(9, 0),
                           **extra)


def test_step_8_goes_down_and_up_on_each_engine_and_keeps_the_rows(any_db_url):
    step = next(s for s in STEPS if s.version == 8)
    assert step.name == "undangan per kantor dan kelompok undangan"
    dbmod.open_database(any_db_url)
    installation.ensure_ready()
    m = _meeting()
    p = people.create(name="Siti Aminah")
    meetings.invite(m.id, [p.id])
    raw = dbmod.database.obj
    downgrade_to(raw, 7)
    assert not {"office_invitation", "invitee_group", "invitee_group_member"} & set(raw.get_tables())
    dbmod.close_database()
    dbmod.open_database(any_db_url)
    try:
        assert current_version(dbmod.database.obj) == LATEST
        assert [x.name for x in meetings.invitees(m.id)] == ["Siti Aminah"]
        office_invitations.invite(m.id, [_code("35.05")], "Ketua")
        assert [o.text for o in office_invitations.lines(m.id)] == ["Ketua KPU Kabupaten Blitar"]
    finally:
        dbmod.close_database()


def test_inviting_a_province_makes_one_row_per_kabkota_once(office):
    m = _meeting()
    assert office_invitations.invite_province(m.id, _code("35"), "  Ketua  ") == 38
    assert office_invitations.invite_province(m.id, _code("35"), "Ketua") == 0  # again: nothing doubled
    rows = office_invitations.lines(m.id)
    assert len(rows) == 38 and {r.position_line for r in rows} == {"Ketua"}
    assert "Ketua KPU Kota Surabaya" in [r.text for r in rows]
    with pytest.raises(ValidationError, match="bukan provinsi"):
        office_invitations.invite_province(m.id, _code("35.05"))
    # The meeting goes, its office rows go with it.
    meetings.delete(m.id)
    assert OfficeInvitation.select().where(OfficeInvitation.meeting == m.id).count() == 0


def test_a_desk_check_in_of_someone_of_the_office_fills_its_row_and_the_counts(office):
    m = _meeting()
    blitar, kediri = _code("35.05"), _code("35.06")
    office_invitations.invite(m.id, [blitar, kediri], "Ketua")
    hadi = people.create(name="Hadi Santoso", position="Ketua", satker_id=blitar)
    c = checkin.counts(m.id)
    assert (c.invited, c.belum_hadir) == (2, 2)
    checkin.check_in_person(m.id, hadi.id, desk="Meja 1")
    filled = {o.text: o.filled_by for o in office_invitations.lines(m.id)}
    assert filled["Ketua KPU Kabupaten Blitar"] == [(hadi.id, "Hadi Santoso")]
    assert filled["Ketua KPU Kabupaten Kediri"] == []
    c = checkin.counts(m.id)
    assert (c.invited, c.hadir, c.belum_hadir) == (2, 1, 1)


def test_an_office_whose_person_is_also_invited_by_name_counts_once(office):
    m = _meeting()
    blitar = _code("35.05")
    hadi = people.create(name="Hadi Santoso", position="Ketua", satker_id=blitar)
    meetings.invite(m.id, [hadi.id])
    office_invitations.invite(m.id, [blitar], "Ketua")
    assert (checkin.counts(m.id).invited, checkin.counts(m.id).belum_hadir) == (1, 1)
    checkin.check_in_person(m.id, hadi.id)
    c = checkin.counts(m.id)
    assert (c.invited, c.hadir, c.belum_hadir) == (1, 1, 0)
    assert office_invitations.lines(m.id)[0].filled_by == [(hadi.id, "Hadi Santoso")]


def test_a_phone_sign_in_naming_the_office_fills_its_row(office):
    m = meetings.create(title="Rakor", date=date.today(), start_time=time(0, 0))
    office_invitations.invite(m.id, [_code("35.05")], "Sekretaris")
    phone_signin.sign_in(m.id, name="Yani Wulandari", satker_id=_code("35.05"), position="Sekretaris",
                         device="B" * 22, signature=[[[0.1, 0.5], [0.3, 0.2], [0.5, 0.6]]])
    [line] = office_invitations.lines(m.id)
    assert [name for _pid, name in line.filled_by] == ["Yani Wulandari"]
    assert checkin.counts(m.id).belum_hadir == 0


def test_a_zoom_import_of_someone_of_the_office_fills_its_row(office, tmp_path):
    m = _meeting(mode="daring")
    gogot = people.create(name="Drs. Gogot Cahyo Baskoro, M.Si.", email="gogot@example.org",
                          satker_id=_code("35"))
    office_invitations.invite(m.id, [_code("35")], "Ketua")
    report = tmp_path / "zoom.csv"
    report.write_text("Name,Email,Join Time,Leave Time\n"
                      "Gogot,gogot@example.org,2021-04-07 09:00:00,2021-04-07 11:00:00\n")
    zoom_import.apply(zoom_import.read_report(m.id, report, "WIB"), 30)
    [line] = office_invitations.lines(m.id)
    assert (line.text, line.filled_by) == ("Ketua KPU Provinsi Jawa Timur", [(gogot.id, gogot.name)])


def _pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)


def test_the_undangan_lists_office_rows_and_a_whole_province_on_one_line(office, tmp_path):
    m = _meeting()
    meetings.invite(m.id, [people.create(name="Dr. H. Rochani, S.Pd., M.Si.", position="Ketua",
                                         satker_id=office.id).id])
    office_invitations.invite_province(m.id, _code("35"), "Ketua")
    office_invitations.invite(m.id, [_code("32.73")], "Ketua")
    office_invitations.invite_province(m.id, _code("11"), "Sekretaris")
    office_invitations.remove(m.id, [_code("11.01")])  # not the whole of Aceh: each office on its own line
    lines = [r.line for r in invitation_letter.build(m.id).recipients]
    assert lines[1:3] == ["Ketua KPU Kabupaten/Kota se-Jawa Timur", "Ketua KPU Kota Bandung"]
    assert "Sekretaris KIP Kabupaten Aceh Tenggara" in lines and len(lines) == 3 + 22
    path = tmp_path / "undangan.pdf"
    documents.render_document(documents.UNDANGAN, m.id, path)
    text = _pdf_text(path)
    assert "DAFTAR UNDANGAN" in text
    assert "Ketua KPU Kabupaten/Kota se-Jawa Timur" in text and "Ketua KPU Kota Bandung" in text
    assert "Sekretaris KIP Kota Sabang" in text and "Ketua KPU Kabupaten Blitar" not in text


def test_a_short_undangan_names_the_office_after_yth(office, tmp_path):
    m = _meeting()
    office_invitations.invite(m.id, [_code("35.05")], "Ketua")
    letter = invitation_letter.build(m.id)
    assert ([r.line for r in letter.recipients], letter.attach_list) == (["Ketua KPU Kabupaten Blitar"], False)
    path = tmp_path / "undangan.pdf"
    documents.render_document(documents.UNDANGAN, m.id, path)
    assert "Yth. Ketua KPU Kabupaten Blitar" in _pdf_text(path)


def test_a_group_is_saved_once_and_reused_across_meetings(office):
    first, second = _meeting(), _meeting()
    rochani = people.create(name="Dr. H. Rochani", position="Ketua", satker_id=office.id)
    mukhlis = people.create(name="Imam Mukhlis", institution="Bawaslu Kabupaten Tulungagung")
    meetings.invite(first.id, [rochani.id, mukhlis.id])
    office_invitations.invite_province(first.id, _code("35"), "Anggota Divisi Sosdiklih")
    g = invitee_groups.create("Divisi Sosdiklih se-Jatim", [rochani.id, mukhlis.id],
                              [(o.satker_id, o.position_line) for o in office_invitations.lines(first.id)])
    with pytest.raises(ValidationError, match="sudah ada"):
        invitee_groups.create("divisi sosdiklih  se-jatim")
    [summary] = invitee_groups.listing()
    assert (summary.name, summary.people, summary.offices) == ("Divisi Sosdiklih se-Jatim", 2, 38)
    meetings.invite(second.id, [rochani.id])
    office_invitations.invite(second.id, [_code("35.05")], "Ketua")
    assert invitee_groups.invite(second.id, g.id) == (1, 37)  # those already invited stay as they are
    assert {p.name for p in meetings.invitees(second.id)} == {"Dr. H. Rochani", "Imam Mukhlis"}
    blitar = next(o for o in office_invitations.lines(second.id) if o.satker_id == _code("35.05"))
    assert blitar.position_line == "Ketua"
    people.update(mukhlis.id, active=False)  # left the directory: an old group does not bring them back
    third = _meeting()
    assert invitee_groups.invite(third.id, g.id) == (1, 38)
    assert [p.name for p in meetings.invitees(third.id)] == ["Dr. H. Rochani"]
    invitee_groups.rename(g.id, "Sosdiklih Jatim")
    invitee_groups.delete(g.id)
    assert invitee_groups.listing() == []
    assert len(office_invitations.lines(second.id)) == 38  # the meeting keeps what the group invited


def test_listing_filters_by_level_province_and_kind_and_search_reads_office_and_position(office):
    blitar = people.create(name="Hadi Santoso", position="Ketua", satker_id=_code("35.05"))
    prov = people.create(name="Choirul Anam", position="Anggota", satker_id=_code("35"))
    bandung = people.create(name="Asep Sunandar", position="Ketua", satker_id=_code("32.73"))
    bawaslu = satker.add_institution("Bawaslu Kota Blitar", kind="bawaslu")
    pengawas = people.create(name="Imam Mukhlis", position="Ketua", satker_id=bawaslu.id)
    free = people.create(name="Tri Wahyuningsih", position="Wartawan", institution="Radar Tulungagung")

    def names(**kw):
        return [p.name for p in people.listing(**kw)]

    jatim = _code("35")
    assert names(province_id=jatim) == ["Choirul Anam", "Hadi Santoso"]
    assert names(level=LEVEL_KABKOTA, province_id=jatim) == ["Hadi Santoso"]
    assert names(level=LEVEL_PROVINSI) == ["Choirul Anam"]
    assert names(kind="bawaslu") == ["Imam Mukhlis"]
    assert names(search="blitar") == ["Hadi Santoso", "Imam Mukhlis"]  # the satker's name
    assert names(search="ketua bandung") == ["Asep Sunandar"]  # position and office together
    assert names(search="radar") == ["Tri Wahyuningsih"]  # the free-text institution
    assert names(search="hadi") == ["Hadi Santoso"]
    assert {p.id for p in people.listing()} >= {blitar.id, prov.id, bandung.id, pengawas.id, free.id}
    assert [p.name for p in directory_filter.provinces()][:2] == ["Aceh", "Bali"]
    assert len(directory_filter.kabkota_of(jatim)) == 38


def test_cli_invites_offices_and_groups(run, sqlite_url):
    code, out, _ = run("meeting", "list")
    dbmod.open_database(sqlite_url)
    try:
        m = _meeting()
        hadi = people.create(name="Hadi Santoso", position="Ketua", satker_id=_code("35.05"))
        meetings.invite(m.id, [hadi.id])
        other = _meeting()
    finally:
        dbmod.close_database()
    code, out, err = run("meeting", "invite-office", m.id, "--province", "35", "--position", "Ketua")
    assert (code, out.strip()) == (0, f"38 kantor ditambahkan ke undangan rapat nomor {m.id} (38 kantor diundang).")
    code, out, _ = run("meeting", "invite-office", m.id, "--satker", _code_in(sqlite_url, "32.73"))
    assert code == 0 and out.startswith("1 kantor ditambahkan")
    code, _, err = run("meeting", "invite-office", m.id, "--province", "99")
    assert code == 1 and "Kode provinsi '99' tidak dikenal" in err
    code, out, _ = run("meeting", "show", m.id)
    assert "Kantor diundang     : 39 kantor; terisi 0" in out
    code, out, _ = run("group", "create", "Anggota Bakohumas Jatim", "--from-meeting", m.id)
    assert code == 0 and "(1 orang, 39 kantor)" in out
    code, out, _ = run("group", "list")
    assert "Anggota Bakohumas Jatim" in out and "39" in out
    code, out, _ = run("group", "invite", "Anggota Bakohumas Jatim", other.id)
    assert (code, out.strip()) == (0, f"1 orang dan 39 kantor ditambahkan ke undangan rapat nomor {other.id}.")
    code, out, _ = run("group", "add", "1", "--province", "11", "--position", "Ketua")
    assert code == 0 and out.startswith("23 anggota ditambahkan")
    code, _, err = run("group", "invite", "Tidak Ada", other.id)
    assert code == 1 and "Kelompok 'Tidak Ada' tidak ada" in err


def _code_in(url: str, region: str) -> int:
    dbmod.open_database(url)
    try:
        return _code(region)
    finally:
        dbmod.close_database()


def test_the_desk_treats_people_of_an_invited_office_as_invited(office):
    from kpu_rakor.domain.services import desk, qr

    m = meetings.create(title="Rakor", date=date.today(), start_time=time(0, 0))
    office_invitations.invite(m.id, [_code("35.05")], "Ketua")
    hadi = people.create(name="Hadi Santoso", position="Ketua", satker_id=_code("35.05"))
    asep = people.create(name="Asep Sunandar", satker_id=_code("32.73"))
    assert [(c.name, c.invited) for c in desk.search_people(m.id, "hadi")] == [("Hadi Santoso", True)]
    assert [(c.name, c.invited) for c in desk.search_people(m.id, "asep")] == [("Asep Sunandar", False)]
    r = checkin.check_in_code(m.id, qr.person_code(hadi.id))  # the personal card, not an invitation code
    assert r.invited  # no "not on the list" warning at the desk
    assert not checkin.check_in_person(m.id, asep.id).invited


def test_meeting_export_and_import_carry_the_office_rows(office):
    import json

    from kpu_rakor.domain.services import transfer

    m = _meeting()
    office_invitations.invite_province(m.id, _code("35"), "Ketua")
    bawaslu = satker.add_institution("Bawaslu Kota Blitar", kind="bawaslu")
    office_invitations.invite(m.id, [bawaslu.id], "Ketua")
    data = json.loads(transfer.export_json(m.id))
    assert len(data["office_invitees"]) == 39
    copy = transfer.import_data(data)
    assert [o.text for o in office_invitations.lines(copy.id)] == [o.text for o in office_invitations.lines(m.id)]
    data.pop("office_invitees")  # a file from before step 8
    assert office_invitations.lines(transfer.import_data(data).id) == []
    data["office_invitees"] = [{"satker": None}]
    with pytest.raises(ValidationError, match="office_invitees"):
        transfer.import_data(data)
