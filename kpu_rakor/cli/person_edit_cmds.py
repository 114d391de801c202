"""`person add|edit`: one person in the directory, headless (the Direktori dialog's fields)."""
from __future__ import annotations

from ..domain.services import people
from .parsing import command, record_id

_FIELDS = (("--position", "position", "JABATAN", "jabatan, mis. \"Anggota Divisi Teknis\""),
           ("--satker", "satker_id", "ID", "nomor satker (lihat 'satker list')"),
           ("--institution", "institution", "NAMA", "instansi lain bila satkernya tidak ada di daftar"),
           ("--nip", "nip", "NIP", "NIP 18 angka"),
           ("--phone", "phone", "NOMOR", "nomor HP"),
           ("--email", "email", "ALAMAT", "surel"),
           ("--short-name", "short_name", "NAMA", "nama panggilan dalam berita, mis. \"Raka Sandi\" (kosong: "
                                                  "disusun dari nama)"))


def register(cmds) -> None:
    add = command(cmds, "add", cmd_add, help="tambah satu orang", description="Tambah satu orang ke direktori; "
                                                                          "mencetak nomornya.")
    add.add_argument("name", metavar="NAMA", help="nama lengkap dengan gelar")
    edit = command(cmds, "edit", cmd_edit, help="ubah data satu orang",
                   description="Ubah data satu orang; hanya kolom yang disebut yang berubah.")
    edit.add_argument("person_id", type=record_id, metavar="ID", help="nomor orang (lihat 'person list')")
    edit.add_argument("--name", metavar="NAMA", help="nama lengkap dengan gelar")
    for p in (add, edit):
        for flag, dest, metavar, text in _FIELDS:
            p.add_argument(flag, dest=dest, metavar=metavar, help=text,
                           type=record_id if dest == "satker_id" else str)


def _given(args) -> dict:
    keys = [dest for _f, dest, _m, _t in _FIELDS] + ["name"]
    return {k: getattr(args, k) for k in keys if getattr(args, k, None) is not None}


def cmd_add(args) -> int:
    p = people.create(**_given(args))
    print(p.id)
    return 0


def cmd_edit(args) -> int:
    values = _given(args)
    p = people.update(args.person_id, **values) if values else people.get(args.person_id)
    print(f"Data {p.name} (nomor {p.id}) tersimpan" + (f"; nama panggilan dalam berita: {p.short_name}."
                                                        if p.short_name else "."))
    return 0
