"""`person import|import-undo|merge`: people from a CSV or XLSX list (with a preview and an undo), and two
directory entries that are one person merged into one."""
from __future__ import annotations

import sys

from ..domain import labels
from ..domain.errors import UserError
from ..domain.services import people_file, people_import, people_import_undo, people_merge
from .parsing import command, record_id


def register(cmds) -> None:
    imp = command(cmds, "import", cmd_import, help="impor orang dari berkas CSV atau XLSX",
                  description="Impor orang dari CSV (pemisah , atau ;, UTF-8 atau Windows-1252) atau XLSX (lembar "
                              "pertama). Kolom ditebak dari judulnya: nama, nip, jabatan, satker/instansi, "
                              "hp/telepon, email/surel. Orang dengan NIP yang sama, atau nama dan satker yang sama, "
                              "diperbarui. Impor dapat diurungkan dengan `person import-undo`.")
    imp.add_argument("file", metavar="BERKAS", help="berkas .csv atau .xlsx")
    imp.add_argument("--dry-run", action="store_true", help="tampilkan rencananya saja, tanpa menyimpan")
    imp.add_argument("--mapping", metavar="nama=Kolom,...", default="",
                     help="kolom untuk tiap isian (nama, nip, jabatan, satker, hp, email), menurut judul kolom "
                          "atau nomornya (1 = kolom pertama); kosongkan untuk tidak memakai isian itu: email=")
    undo = command(cmds, "import-undo", cmd_import_undo, help="urungkan impor orang (yang terakhir, atau nomor BATCH)",
                   description="Hapus orang yang ditambahkan oleh impor dan kembalikan isian yang diubahnya. Ditolak "
                               "bila orang yang ditambahkan sudah dipakai sejak itu (diundang, hadir, …).")
    undo.add_argument("batch", type=record_id, nargs="?", metavar="BATCH", help="nomor impor (bawaan: terakhir)")
    merge = command(cmds, "merge", cmd_merge, help="gabungkan dua orang yang sebenarnya satu",
                    description="Pindahkan kehadiran, undangan, peran, kutipan, tindak lanjut, notulen dan foto "
                                "orang DROP ke orang KEEP, isi data KEEP yang kosong dari DROP, lalu hapus DROP. "
                                "Bila keduanya tercatat di rapat yang sama, kehadiran yang terkuat yang disimpan.")
    merge.add_argument("keep", type=record_id, metavar="KEEP", help="nomor orang yang dipertahankan")
    merge.add_argument("drop", type=record_id, metavar="DROP", help="nomor orang yang digabungkan lalu dihapus")
    merge.add_argument("--yes", action="store_true", help="tanpa pertanyaan konfirmasi")


_CLI_FIELDS = {"nama": "name", "name": "name", "nip": "nip", "jabatan": "position", "position": "position",
               "satker": "satker", "instansi": "satker", "hp": "phone", "phone": "phone", "email": "email",
               "surel": "email"}


def parse_mapping(text: str, source: people_file.PeopleFile) -> dict[str, int | None]:
    """`nama=Nama Lengkap,hp=3,email=` on top of the guessed mapping."""
    mapping: dict[str, int | None] = dict(source.guess)
    folded = [h.strip().lower() for h in source.header]
    for part in filter(None, (p.strip() for p in text.split(","))):
        key, _, column = part.partition("=")
        target = _CLI_FIELDS.get(key.strip().lower())
        if target is None:
            raise UserError(f"Isian {key.strip()!r} tidak dikenal; pakai nama, nip, jabatan, satker, hp atau email.")
        column = column.strip()
        if not column:
            mapping[target] = None
        elif column.isdigit() and 1 <= int(column) <= len(source.header):
            mapping[target] = int(column) - 1
        elif column.lower() in folded:
            mapping[target] = folded.index(column.lower())
        else:
            raise UserError(f"Kolom {column!r} tidak ada di berkas; judul kolomnya: {', '.join(source.header)}.")
    return mapping


def _column(source, i) -> str:
    return f"\"{source.header[i]}\" (kolom {i + 1})" if i is not None and i < len(source.header) else "(tidak ada)"


def print_plan(source, plan: people_import.ImportPlan, every_row: bool) -> None:
    print(f"Berkas: {source.file_name}")
    print("Kolom: " + ", ".join(f"{labels.PERSON_FIELD[f]} = {_column(source, plan.mapping.get(f))}"
                                for f in people_file.FIELDS))
    for row in plan.rows:
        if row.action == people_import.REFUSE:
            detail = row.reason
        elif row.action == people_import.UPDATE:
            detail = "; ".join(f"{labels.PERSON_FIELD[c.field]} \"{c.old}\" → \"{c.new}\"" for c in row.changes)
        elif every_row or row.warnings:
            detail = ""
        else:
            continue
        text = f"  Baris {row.line}: {labels.IMPORT_ACTION[row.action]:9} {row.name}"
        print(f"{text} — {detail}" if detail else text)
        for warning in row.warnings:
            print(f"    Baris {row.line}: {warning}")
    print(f"Rencana: {plan.count(people_import.ADD)} ditambahkan, {plan.count(people_import.UPDATE)} diperbarui, "
          f"{plan.count(people_import.SAME)} tetap, {plan.count(people_import.REFUSE)} ditolak.")


def cmd_import(args) -> int:
    source = people_file.read_people_file(args.file)
    plan = people_import.plan(source, parse_mapping(args.mapping, source))
    print_plan(source, plan, every_row=args.dry_run)
    if args.dry_run:
        print("Tidak ada yang disimpan (--dry-run).")
        return 0
    result = people_import.apply(plan)
    print(f"Impor selesai: {result.added} orang ditambahkan, {result.updated + result.unchanged} diperbarui, "
          f"{result.refused} baris dilewati.")
    warnings = [f"Baris {r.line}: {w}" for r in plan.rows for w in r.warnings]
    if warnings:
        print(f"{len(warnings)} isian tidak disimpan karena terlalu panjang (orangnya tetap diimpor).")
    if result.added or result.updated:
        print(f"Urungkan dengan: kpu-rakor-cli person import-undo {result.batch_id}")
    return 0


def cmd_import_undo(args) -> int:
    done = people_import_undo.undo(args.batch)
    kept = f"; {done.kept} isian dibiarkan karena sudah diubah lagi sejak impor" if done.kept else ""
    print(f"Impor nomor {done.batch_id} diurungkan: {done.deleted} orang dihapus, {done.restored} orang "
          f"dikembalikan ke data lamanya{kept}.")
    return 0


def merge_summary(p: people_merge.MergePreview) -> str:
    moves = ", ".join(f"{n} {labels.PERSON_REFERENCE[k]}" for k, n in p.moves.items()) or "tidak ada catatan"
    text = f"{p.drop_name} (nomor {p.drop_id}) digabungkan ke {p.keep_name} (nomor {p.keep_id}): {moves} pindah."
    if p.both_attended:
        text += f" {p.both_attended} rapat dihadiri keduanya: kehadiran yang terkuat disimpan."
    if p.fills:
        text += " Diisi dari orang yang digabungkan: " + ", ".join(
            f"{labels.PERSON_FIELD[f]} {v}" for f, v in p.fills.items()) + "."
    return text


def cmd_merge(args) -> int:
    p = people_merge.preview(args.keep, args.drop)
    if not args.yes:
        print(merge_summary(p))
        if not sys.stdin.isatty() or input("Gabungkan? [y/T] ").strip().lower() not in ("y", "ya"):
            print("Tidak digabungkan. Tambahkan --yes untuk menggabungkan tanpa pertanyaan.", file=sys.stderr)
            return 1
    done = people_merge.merge(args.keep, args.drop)
    print(merge_summary(done))
    return 0
