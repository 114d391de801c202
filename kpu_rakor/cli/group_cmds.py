"""`group create|list|add|invite` (saved invitee groups) and `meeting invite-office` (offices as a whole)."""
from __future__ import annotations

from ..domain.errors import UserError
from ..domain.services import invitee_groups, office_invitations, satker
from .output import print_json, print_table
from .parsing import add_json, add_meeting_id, command, record_id, subcommands


def _add_offices(p) -> None:
    p.add_argument("--satker", type=record_id, action="append", default=[], metavar="ID",
                   help="nomor satker yang diundang sebagai kantor (boleh berulang)")
    p.add_argument("--province", action="append", default=[], metavar="KODE",
                   help='kode wilayah provinsi, mis. "35": semua KPU kabupaten/kota di provinsi itu')
    p.add_argument("--position", default="", metavar="JABATAN",
                   help='baris jabatan sebelum nama kantor, mis. "Ketua" (dicetak "Ketua KPU Kabupaten Blitar")')


def register_invite_office(cmds) -> None:
    """`meeting invite-office`, added to the `meeting` command by meeting_cmds."""
    p = command(cmds, "invite-office", cmd_invite_office, help="undang kantor (satker), bukan orang",
                description='Undang kantor sebagai satu baris undangan, mis. "Ketua KPU Kabupaten Blitar", '
                            "atau semua KPU kabupaten/kota satu provinsi (satu baris per kantor). Siapa pun dari "
                            "kantor itu yang hadir mengisi barisnya.")
    add_meeting_id(p, "ID_RAPAT", "nomor rapat")
    _add_offices(p)


def _province_offices(codes: list[str]) -> list[int]:
    ids = []
    for code in codes:
        s = satker.by_region_code(code.strip())
        if s is None or s.level != "provinsi":
            raise UserError(f"Kode provinsi {code!r} tidak dikenal; lihat 'kpu-rakor-cli satker list'.")
        ids.append(s.id)
    return ids


def cmd_invite_office(args) -> int:
    if not args.satker and not args.province:
        raise UserError("Sebutkan --satker ID atau --province KODE.")
    added = office_invitations.invite(args.meeting_id, args.satker, args.position) if args.satker else 0
    for pid in _province_offices(args.province):
        added += office_invitations.invite_province(args.meeting_id, pid, args.position)
    total = len(office_invitations.lines(args.meeting_id))
    print(f"{added} kantor ditambahkan ke undangan rapat nomor {args.meeting_id} ({total} kantor diundang).")
    return 0


def register(sub) -> None:
    cmds = subcommands(sub, "group", help="kelompok undangan yang disimpan",
                       description="Kelompok undangan (orang dan kantor) yang dapat diundang lagi di rapat lain.")
    add_json(command(cmds, "list", cmd_list, help="daftar kelompok", description="Daftar kelompok undangan."))
    create = command(cmds, "create", cmd_create, help="buat kelompok", description="Buat kelompok undangan.")
    create.add_argument("name", metavar="NAMA", help='nama kelompok, mis. "Anggota Bakohumas Jatim"')
    create.add_argument("--from-meeting", type=record_id, metavar="ID_RAPAT",
                        help="isi dengan undangan rapat ini (orang dan kantor)")
    add = command(cmds, "add", cmd_add, help="tambah orang atau kantor ke kelompok",
                  description="Tambah orang atau kantor ke kelompok; yang sudah ada dilewati.")
    add.add_argument("group", metavar="KELOMPOK", help="nomor atau nama kelompok")
    add.add_argument("--person", type=record_id, action="append", default=[], metavar="ID",
                     help="nomor orang (boleh berulang)")
    _add_offices(add)
    invite = command(cmds, "invite", cmd_invite, help="undang kelompok ke rapat",
                     description="Undang semua anggota kelompok ke rapat; yang sudah diundang tidak diubah.")
    invite.add_argument("group", metavar="KELOMPOK", help="nomor atau nama kelompok")
    add_meeting_id(invite, "ID_RAPAT", "nomor rapat")


def _group_id(text: str) -> int:
    g = invitee_groups.by_name(text)
    if g is not None:
        return g.id
    if text.strip().isdigit():
        return invitee_groups.get(int(text)).id
    raise UserError(f"Kelompok {text!r} tidak ada; lihat 'kpu-rakor-cli group list'.")


def cmd_list(args) -> int:
    rows = invitee_groups.listing()
    if args.json:
        print_json([vars(g) for g in rows])
        return 0
    print_table(["ID", "Nama", "Orang", "Kantor"], [[g.id, g.name, g.people, g.offices] for g in rows],
                empty="Belum ada kelompok undangan.")
    return 0


def cmd_create(args) -> int:
    person_ids, offices = [], []
    if args.from_meeting:
        from ..domain.services import meetings

        person_ids = [p.id for p in meetings.invitees(args.from_meeting)]
        offices = [(o.satker_id, o.position_line) for o in office_invitations.lines(args.from_meeting)]
    g = invitee_groups.create(args.name, person_ids, offices)
    print(f"Kelompok tersimpan dengan nomor {g.id}: {g.name} ({len(person_ids)} orang, {len(offices)} kantor).")
    return 0


def cmd_add(args) -> int:
    gid = _group_id(args.group)
    sids = list(args.satker)
    for pid in _province_offices(args.province):
        sids += [s.id for s in office_invitations.kabkota_of(pid)]
    n = invitee_groups.add_members(gid, args.person, [(s, args.position) for s in sids])
    print(f"{n} anggota ditambahkan ke kelompok nomor {gid}.")
    return 0


def cmd_invite(args) -> int:
    people_added, offices_added = invitee_groups.invite(args.meeting_id, _group_id(args.group))
    print(f"{people_added} orang dan {offices_added} kantor ditambahkan ke undangan rapat nomor {args.meeting_id}.")
    return 0
