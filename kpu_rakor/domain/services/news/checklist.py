"""What a KPU website editor would flag in an article before publishing it.

Some flags are about what was recorded (nobody recorded as opening the meeting, a speaker without an
office), the rest about the text as it stands (an acronym before its full name, no initials, a paragraph
too long), so the list follows every edit.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...models import MODE_DARING, MODE_HIBRIDA, MODE_LURING
from ...timefmt import MONTHS
from . import acronyms
from .compose import HEADLINE_LIMIT as HEADLINE_CHARS, split_paragraphs
from .facts import NewsFacts

PARAGRAPH_WORDS = 120  # a website paragraph longer than this reads as a wall on a phone


@dataclass(frozen=True)
class Flag:
    code: str  # headline, body, office, dateline, place, date, time, opener, speaker_office, ours, acronym,
    # initials, paragraph, quotes
    message: str  # one Indonesian sentence saying what to fix
    paragraph: int | None = None  # 1-based, when the flag is about one paragraph


def _contains(text: str, part: str) -> bool:
    if not part:
        return False
    part = " ".join(part.split()).lower()
    return part in " ".join(text.split()).lower() or part in acronyms.collapse(" ".join(text.split())).lower()


def _date_forms(f: NewsFacts) -> list[str]:
    d = f.start
    return [f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}",
            f"{d.day}/{d.month}/{d.year}", f"{d.day}/{d.month:02d}/{d.year}", f"({d.day}/{d.month})"]


def check(facts: NewsFacts, headline: str, body: str) -> list[Flag]:
    flags: list[Flag] = []
    add = flags.append
    paras = split_paragraphs(body)
    text = " ".join(paras)

    if not headline.strip():
        add(Flag("headline", "Judul berita belum diisi."))
    elif len(headline) > HEADLINE_CHARS:
        add(Flag("headline", f"Judul terlalu panjang ({len(headline)} huruf); usahakan di bawah {HEADLINE_CHARS}."))
    if not paras:
        add(Flag("body", "Isi berita masih kosong."))
        return flags

    if not facts.office:
        add(Flag("office", "Kantor ini belum diatur (Pengaturan → Profil kantor): berita belum dapat menyebut "
                           "nama kantor."))
    if not facts.city:
        add(Flag("dateline", "Kota untuk baris awal berita belum diisi (Pengaturan → Profil kantor)."))
    elif not paras[0].startswith(facts.city):
        add(Flag("dateline", f"Berita sebaiknya dibuka dengan kota dan situs kantor: \"{facts.city}, "
                             f"{facts.website or 'situs'} – …\".", 1))
    if not facts.website:
        add(Flag("dateline", "Situs web kantor belum diisi (Pengaturan → Profil kantor); baris awal berita "
                             "biasanya menyebutnya."))

    # Where or how it took place: recorded, and said in the text.
    if facts.mode in (MODE_LURING, MODE_HIBRIDA) and not facts.venue:
        add(Flag("place", "Tempat kegiatan belum dicatat (tab Rapat → Tempat)."))
    elif facts.mode == MODE_LURING and not _contains(text, facts.venue):
        add(Flag("place", f"Berita belum menyebut tempat kegiatan ({facts.venue})."))
    if facts.mode in (MODE_DARING, MODE_HIBRIDA) and not re.search(r"\bdaring\b|\bonline\b|zoom|virtual", text,
                                                                      re.IGNORECASE):
        add(Flag("place", "Berita belum menyebut bahwa kegiatan berlangsung secara daring (mis. melalui Zoom "
                          "Meeting)."))

    if not any(_contains(text, d) for d in _date_forms(facts)):
        add(Flag("date", f"Hari dan tanggal kegiatan ({facts.day_date}) tidak disebut."))
    if not re.search(r"\b\d{1,2}[.:]\d{2}\s*(WIB|WITA|WIT)\b", text):
        add(Flag("time", f"Jam kegiatan dengan zona waktunya (mis. pukul {facts.time_text}) tidak disebut."))

    if facts.opener is None:
        add(Flag("opener", "Belum tercatat siapa yang membuka kegiatan (tab Peran → Pembukaan, atau di "
                           "Notulen)."))
    elif not (_contains(text, facts.opener.name) or _contains(text, facts.opener.short)):
        add(Flag("opener", f"Yang membuka kegiatan ({facts.opener.name}) tidak disebut."))

    for s in facts.speakers:
        p = s.person
        if not p.office:
            add(Flag("speaker_office", f"Narasumber {p.name} belum tercatat instansinya (Direktori → orang itu)."))
        elif not p.position:
            add(Flag("speaker_office", f"Narasumber {p.name} belum tercatat jabatannya (Direktori → orang itu)."))
        if not _contains(text, p.name) and not _contains(text, p.short):
            add(Flag("speaker_office", f"Narasumber {p.name} tidak disebut dalam berita."))
    if not facts.hosted and not facts.our_people:
        add(Flag("ours", "Belum tercatat siapa dari kantor ini yang mengikuti kegiatan (tab Kehadiran)."))

    ignore = {w for w in facts.names if w.isupper()}
    for word, kind in acronyms.problems(text, ignore):
        full = acronyms.FULL_FORMS.get(word)
        if kind == "sebelum":
            msg = f"Singkatan {word} dipakai sebelum kepanjangannya ditulis."
        elif full:
            msg = f"Singkatan {word} belum ditulis kepanjangannya: tulis \"{full} ({word})\" saat pertama disebut."
        else:
            msg = f"Singkatan {word} belum dijelaskan: tulis kepanjangannya lalu ({word}) saat pertama disebut."
        para = next((n for n, p in enumerate(paras, 1) if re.search(rf"(?<![\w/.-]){re.escape(word)}(?![\w/-])", p)),
                    None)
        add(Flag("acronym", msg, para))

    if not re.search(r"\([^()\n]{1,10}\)\s*$", paras[-1]):
        add(Flag("initials", "Inisial penulis dalam kurung belum ada di akhir berita, mis. (amr)."))

    for n, p in enumerate(paras, 1):
        count = len(p.split())
        if count > PARAGRAPH_WORDS:
            add(Flag("paragraph", f"Paragraf {n} terlalu panjang ({count} kata); pecah menjadi dua atau lebih.", n))
        if p.count("“") != p.count("”"):
            add(Flag("quotes", f"Tanda kutip di paragraf {n} tidak berpasangan.", n))
    return flags
