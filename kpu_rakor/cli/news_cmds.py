"""`news ID [--format txt|html|pdf|instagram|facebook|whatsapp|x] [-o FILE] [--redraft [--long] [--force]]
[--audience TEXT]`: the meeting's news article."""
from __future__ import annotations

import sys
from pathlib import Path

from ..domain.db import refuse_database_file
from ..domain.errors import UserError
from ..domain.services import meetings
from .parsing import UsageError, add_meeting_id, add_output, command

TEXT_FORMATS = ("txt", "html")
CAPTIONS = ("instagram", "facebook", "whatsapp", "x")


def register(sub) -> None:
    p = command(sub, "news", cmd_news, help="berita kegiatan rapat (teks, HTML, PDF, keterangan media sosial)",
                description="Berita kegiatan sebuah rapat: draf yang tersimpan (disusun dulu bila belum ada) "
                            "sebagai teks biasa, HTML bersih untuk situs web, PDF dengan foto terpilih, atau "
                            "keterangan singkat untuk media sosial.")
    add_meeting_id(p)
    p.add_argument("--format", choices=TEXT_FORMATS + ("pdf",) + CAPTIONS, default="txt",
                   help="txt (bawaan), html, pdf, atau keterangan instagram, facebook, whatsapp, x")
    add_output(p, "simpan ke berkas (wajib untuk pdf; tanpa ini: ke layar/stdout)")
    p.add_argument("--paper", choices=("a4", "f4"), default="a4", help="ukuran kertas PDF (bawaan a4)")
    p.add_argument("--redraft", action="store_true",
                   help="susun ulang draf dari data terbaru (draf yang sudah diubah tidak ditimpa tanpa --force)")
    p.add_argument("--force", action="store_true", help="bersama --redraft: timpa juga draf yang sudah diubah")
    p.add_argument("--long", action="store_true",
                   help="bersama --redraft: versi panjang (semua catatan notulen; tanpa batas 400 kata)")
    p.add_argument("--audience", metavar="PESERTA",
                   help='catat siapa yang mengikuti kegiatan, mis. "jajaran KPU Kabupaten/Kota se-Jawa Timur" '
                        '(berita hanya menyebut peserta yang dicatat; teks kosong menghapusnya); draf yang belum '
                        'diubah disusun ulang')


def cmd_news(args) -> int:
    meetings.get(args.meeting_id)  # a clear "not found" before anything else
    from ..domain.services import news

    if args.force and not args.redraft:
        raise UsageError("--force hanya dipakai bersama --redraft.")
    if args.long and not args.redraft:
        raise UsageError("--long hanya dipakai bersama --redraft.")
    if args.audience is not None:
        news.settings.set_audience(args.meeting_id, args.audience)
        if news.drafts.is_edited(args.meeting_id) and not (args.redraft and args.force):
            print("Peserta tercatat; draf berita yang sudah diubah tidak disusun ulang (pakai --redraft --force).",
                  file=sys.stderr)
        elif not args.redraft and news.drafts.has_text(args.meeting_id):
            news.drafts.draft(args.meeting_id)
    if args.redraft:
        news.drafts.draft(args.meeting_id, overwrite=args.force, long=args.long)
    if args.format == "pdf":
        if not args.output:
            raise UsageError("format pdf perlu -o BERKAS.pdf.")
        out = news.render_pdf(args.meeting_id, args.output, args.paper)
        print(f"Berita kegiatan rapat nomor {args.meeting_id} disimpan di {out}.")
        return 0
    if args.format in CAPTIONS:
        text = news.captions(args.meeting_id)[args.format] + "\n"
    else:
        text = news.as_text(args.meeting_id, args.format)
    if args.output:
        path = Path(args.output)
        if path.is_dir():
            raise UserError(f"{path} adalah folder; tulis nama berkas, mis. {path / ('berita.' + args.format)}.")
        refuse_database_file(path)
        path.write_text(text, encoding="utf-8")
        print(f"Berita kegiatan rapat nomor {args.meeting_id} disimpan di {path}.", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
