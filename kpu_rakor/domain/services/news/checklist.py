"""What a KPU website editor would flag in an article before publishing it.

Some flags are about what was recorded (nobody recorded as opening the meeting, a speaker without an
office), the rest about the text as it stands (an acronym before its full name, no initials, a paragraph
too long), so the list follows every edit.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...i18n import QT_TRANSLATE_NOOP
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
    # The sentence before its blanks were filled in, for the screens to translate (see errors.UserError.of).
    template: str | None = field(default=None, compare=False, repr=False)
    params: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, code: str, template: str, paragraph: int | None = None, **params) -> Flag:
        return cls(code, template.format(**params), paragraph, template, params)


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
        add(Flag.of("headline", QT_TRANSLATE_NOOP("domain", "Judul berita belum diisi.")))
    elif len(headline) > HEADLINE_CHARS:
        add(Flag.of("headline", QT_TRANSLATE_NOOP("domain", "Judul terlalu panjang ({length} huruf); usahakan di bawah "
                                                            "{limit}."), length=len(headline), limit=HEADLINE_CHARS))
    if not paras:
        add(Flag.of("body", QT_TRANSLATE_NOOP("domain", "Isi berita masih kosong.")))
        return flags

    if not facts.office:
        add(Flag.of("office", QT_TRANSLATE_NOOP("domain", "Kantor ini belum diatur (Pengaturan → Profil kantor): "
                                                          "berita belum dapat menyebut nama kantor.")))
    if not facts.city:
        add(Flag.of("dateline", QT_TRANSLATE_NOOP("domain", "Kota untuk baris awal berita belum diisi (Pengaturan → "
                                                            "Profil kantor).")))
    elif not paras[0].startswith(facts.city):
        add(Flag.of("dateline", QT_TRANSLATE_NOOP("domain", "Berita sebaiknya dibuka dengan kota dan situs kantor: "
                                                            "\"{city}, {website} – …\"."),
                    1, city=facts.city, website=facts.website or "situs"))
    if not facts.website:
        add(Flag.of("dateline", QT_TRANSLATE_NOOP("domain", "Situs web kantor belum diisi (Pengaturan → Profil "
                                                            "kantor); baris awal berita biasanya menyebutnya.")))

    # Where or how it took place: recorded, and said in the text.
    if facts.mode in (MODE_LURING, MODE_HIBRIDA) and not facts.venue:
        add(Flag.of("place", QT_TRANSLATE_NOOP("domain", "Tempat kegiatan belum dicatat (tab Rapat → Tempat).")))
    elif facts.mode == MODE_LURING and not _contains(text, facts.venue):
        add(Flag.of("place", QT_TRANSLATE_NOOP("domain", "Berita belum menyebut tempat kegiatan ({venue})."),
                    venue=facts.venue))
    if facts.mode in (MODE_DARING, MODE_HIBRIDA) and not re.search(r"\bdaring\b|\bonline\b|zoom|virtual", text,
                                                                      re.IGNORECASE):
        add(Flag.of("place", QT_TRANSLATE_NOOP("domain", "Berita belum menyebut bahwa kegiatan berlangsung secara "
                                                         "daring (mis. melalui Zoom Meeting).")))

    if not any(_contains(text, d) for d in _date_forms(facts)):
        add(Flag.of("date", QT_TRANSLATE_NOOP("domain", "Hari dan tanggal kegiatan ({day_date}) tidak disebut."),
                    day_date=facts.day_date))
    if not re.search(r"\b\d{1,2}[.:]\d{2}\s*(WIB|WITA|WIT)\b", text):
        add(Flag.of("time", QT_TRANSLATE_NOOP("domain", "Jam kegiatan dengan zona waktunya (mis. pukul {time}) tidak "
                                                        "disebut."), time=facts.time_text))

    if facts.opener is None:
        add(Flag.of("opener", QT_TRANSLATE_NOOP("domain", "Belum tercatat siapa yang membuka kegiatan (tab Peran → "
                                                          "Pembukaan, atau di Notulen).")))
    elif not (_contains(text, facts.opener.name) or _contains(text, facts.opener.short)):
        add(Flag.of("opener", QT_TRANSLATE_NOOP("domain", "Yang membuka kegiatan ({name}) tidak disebut."),
                    name=facts.opener.name))

    for s in facts.speakers:
        p = s.person
        if not p.office:
            add(Flag.of("speaker_office", QT_TRANSLATE_NOOP("domain", "Narasumber {name} belum tercatat instansinya "
                                                                      "(Direktori → orang itu)."), name=p.name))
        elif not p.position:
            add(Flag.of("speaker_office", QT_TRANSLATE_NOOP("domain", "Narasumber {name} belum tercatat jabatannya "
                                                                      "(Direktori → orang itu)."), name=p.name))
        if not _contains(text, p.name) and not _contains(text, p.short):
            add(Flag.of("speaker_office", QT_TRANSLATE_NOOP("domain", "Narasumber {name} tidak disebut dalam berita."),
                        name=p.name))
    if not facts.hosted and not facts.our_people:
        add(Flag.of("ours", QT_TRANSLATE_NOOP("domain", "Belum tercatat siapa dari kantor ini yang mengikuti kegiatan "
                                                        "(tab Kehadiran).")))

    ignore = {w for w in facts.names if w.isupper()}
    for word, kind in acronyms.problems(text, ignore):
        full = acronyms.FULL_FORMS.get(word)
        if kind == "sebelum":
            msg = QT_TRANSLATE_NOOP("domain", "Singkatan {word} dipakai sebelum kepanjangannya ditulis.")
        elif full:
            msg = QT_TRANSLATE_NOOP("domain", "Singkatan {word} belum ditulis kepanjangannya: tulis "
                                              "\"{full} ({word})\" saat pertama disebut.")
        else:
            msg = QT_TRANSLATE_NOOP("domain", "Singkatan {word} belum dijelaskan: tulis kepanjangannya lalu ({word}) "
                                              "saat pertama disebut.")
        para = next((n for n, p in enumerate(paras, 1) if re.search(rf"(?<![\w/.-]){re.escape(word)}(?![\w/-])", p)),
                    None)
        add(Flag.of("acronym", msg, para, word=word, full=full))

    if not re.search(r"\([^()\n]{1,10}\)\s*$", paras[-1]):
        add(Flag.of("initials", QT_TRANSLATE_NOOP("domain", "Inisial penulis dalam kurung belum ada di akhir berita, "
                                                            "mis. (amr).")))

    for n, p in enumerate(paras, 1):
        count = len(p.split())
        if count > PARAGRAPH_WORDS:
            add(Flag.of("paragraph", QT_TRANSLATE_NOOP("domain", "Paragraf {n} terlalu panjang ({count} kata); pecah "
                                                                 "menjadi dua atau lebih."), n, n=n, count=count))
        if p.count("“") != p.count("”"):
            add(Flag.of("quotes", QT_TRANSLATE_NOOP("domain", "Tanda kutip di paragraf {n} tidak berpasangan."),
                        n, n=n))
    return flags
