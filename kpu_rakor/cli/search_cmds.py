"""`search`: find words in the minutes, decisions, quotes, follow-ups and news drafts of every meeting."""
from __future__ import annotations

import sys

from ..domain import timefmt
from ..domain.errors import UserError
from ..domain.services import search
from .output import print_json
from .parsing import add_json, command

DEFAULT_LIMIT = 20


def _limit(text: str) -> int:
    from .parsing import UsageError
    try:
        value = int(text)
    except ValueError:
        raise UsageError(f"--limit harus bilangan bulat, bukan {text!r}") from None
    if not 1 <= value <= search.MAX_LIMIT:
        raise UsageError(f"--limit harus antara 1 dan {search.MAX_LIMIT}")
    return value


def register(sub) -> None:
    s = command(
        sub, "search", cmd_search, help="cari kata di notulen, keputusan, kutipan, tindak lanjut dan berita",
        description="Cari di notulen, keputusan, kutipan, tindak lanjut dan draf berita semua rapat, rapat "
                    "terbaru lebih dahulu. Setiap kata cocok dengan awal kata (\"pemil\" menemukan \"pemilih\"), "
                    "tanpa membedakan huruf besar, aksen dan apostrof (\"maruf\" menemukan \"Ma'ruf\"); semua kata "
                    "harus ada di bagian yang sama. Tanda kutip, *, -, AND, : dibaca sebagai teks biasa.")
    s.add_argument("text", nargs="+", metavar="TEKS", help="kata yang dicari")
    s.add_argument("--limit", type=_limit, default=DEFAULT_LIMIT, metavar="N",
                   help=f"paling banyak N hasil (bawaan {DEFAULT_LIMIT}, paling banyak {search.MAX_LIMIT})")
    add_json(s, "cetak hasil sebagai JSON")


def to_json(hit: search.Hit) -> dict:
    local = timefmt.to_local(hit.starts_at, hit.timezone)
    return {
        "meeting_id": hit.meeting_id, "meeting_title": hit.meeting_title, "starts_at": hit.starts_at,
        "date": timefmt.long_date(local), "time": timefmt.clock_zone(hit.starts_at, hit.timezone),
        "kind": hit.kind, "part": hit.part, "label": hit.label, "source_id": hit.source_id,
        "context": hit.context, "passage": hit.passage, "highlights": [list(span) for span in hit.highlights],
    }


def _marked(hit: search.Hit, tty: bool) -> str:
    """The passage, with the matched words in bold on a terminal (plain when piped, for other programs)."""
    if not tty:
        return hit.passage
    out, last = [], 0
    for start, end in hit.highlights:
        out += [hit.passage[last:start], "\x1b[1m", hit.passage[start:end], "\x1b[0m"]
        last = end
    out.append(hit.passage[last:])
    return "".join(out)


def cmd_search(args) -> int:
    text = " ".join(args.text)
    if not search.terms(text):
        raise UserError("Tidak ada kata untuk dicari: ketik huruf atau angka, misalnya: search coklit.")
    hits = search.search(text, limit=args.limit)
    if args.json:
        print_json([to_json(h) for h in hits])
        return 0
    if not hits:
        print(f"Tidak ditemukan: tidak ada notulen, keputusan, kutipan, tindak lanjut atau berita yang memuat "
              f"“{text}”.")
        return 0
    tty = sys.stdout.isatty()
    current = None
    for h in hits:
        if h.meeting_id != current:
            if current is not None:
                print()
            current = h.meeting_id
            local = timefmt.to_local(h.starts_at, h.timezone)
            print(f"{timefmt.long_date(local)}, {timefmt.clock_zone(h.starts_at, h.timezone)} · "
                  f"{h.meeting_title} (rapat {h.meeting_id})")
        where = f"{h.label} — {h.context}" if h.context else h.label
        print(f"  {where}: {_marked(h, tty)}")
    if len(hits) == args.limit:
        print(f"\n{args.limit} hasil pertama; gunakan --limit N untuk melihat lebih banyak.")
    return 0
