"""`photo add` and `photo list`: a meeting's photos from the command line (shrunk and stored like the app does)."""
from __future__ import annotations

import sys

from ..domain.errors import UserError
from ..domain.services import meetings, people, photos
from ..domain.timefmt import clock, long_date, to_local
from .output import print_json, print_table
from .parsing import add_json, add_meeting_id, command, record_id, subcommands


def register(sub) -> None:
    cmds = subcommands(sub, "photo", help="foto dokumentasi rapat", description="Foto dokumentasi rapat.",
                       metavar="PERINTAH")
    a = command(cmds, "add", cmd_add, help="tambahkan foto ke rapat",
                description="Tambahkan satu atau beberapa foto (JPG, PNG …) ke rapat. Foto diputar sesuai EXIF "
                            "dan diperkecil sebelum disimpan. Tanpa --caption, keterangan diusulkan dengan gaya "
                            "berita dan dapat diubah di aplikasi.")
    add_meeting_id(a)
    a.add_argument("files", nargs="+", metavar="BERKAS", help="berkas foto")
    a.add_argument("--caption", metavar="TEKS", help="keterangan untuk setiap foto yang ditambahkan")
    a.add_argument("--person", type=record_id, metavar="ID_ORANG", help="orang yang tampak di foto")
    li = command(cmds, "list", cmd_list, help="daftar foto rapat", description="Daftar foto rapat menurut urutannya.")
    add_meeting_id(li)
    add_json(li, "keluaran JSON untuk skrip")


def cmd_add(args) -> int:
    meetings.get(args.meeting_id)  # the meeting and the person are checked once, before any file is read,
    if args.person is not None:  # so what fails below is about one file, and the others still go in
        people.get(args.person)
    added, failed = 0, []
    for path in args.files:
        try:
            photo = photos.add(args.meeting_id, path, caption=args.caption, person_id=args.person)
        except UserError as exc:
            failed.append(str(exc))
            continue
        added += 1
        print(f"Foto {photo.id} ditambahkan: {photo.caption}")
    for reason in failed:
        print(reason, file=sys.stderr)
    if failed and not added:
        raise UserError(f"Tidak ada foto yang ditambahkan; {len(failed)} berkas dilewati.")
    if failed:
        print(f"{added} foto ditambahkan, {len(failed)} berkas dilewati.", file=sys.stderr)
        return 1
    return 0


def cmd_list(args) -> int:
    m = meetings.get(args.meeting_id)
    rows = photos.list_photos(args.meeting_id)
    if args.json:
        print_json([dict(id=r.id, number=r.number, file_name=r.file_name, caption=r.caption,
                         person_id=r.person_id, person=r.person_name, taken_at=r.taken_at, bytes=r.size)
                    for r in rows])
        return 0

    def taken(r) -> str:
        if r.taken_at is None:
            return "-"
        local = to_local(r.taken_at, m.timezone)
        return f"{long_date(local)} {clock(local)} {m.timezone}"

    print_table(["No", "ID", "Berkas", "Diambil", "Orang", "Keterangan"],
                [[r.number, r.id, r.file_name, taken(r), r.person_name or "-", " ".join(r.caption.split())]
                 for r in rows], empty="Rapat ini belum punya foto.")
    return 0
