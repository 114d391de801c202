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
from .compose import HEADLINE_LIMIT as HEADLINE_CHARS, WORDS_MAX, WORDS_MIN, names_kept, split_paragraphs
from .prose import is_list
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


def check(facts: NewsFacts, headline: str, body: str, *, long: bool = False) -> list[Flag]:
    """The flags for this article; `long`: the user chose the longer version (no upper word limit)."""
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
    city = facts.event_city or facts.city
    if not city:
        add(Flag.of("dateline", QT_TRANSLATE_NOOP("domain", "Kota untuk baris awal berita belum diisi (Pengaturan → "
                                                            "Profil kantor).")))
    elif not paras[0].startswith(city):
        add(Flag.of("dateline", QT_TRANSLATE_NOOP("domain", "Berita sebaiknya dibuka dengan kota tempat kegiatan dan "
                                                            "situs kantor: \"{city}, {website} – …\"."),
                    1, city=city, website=facts.website or "situs"))
    elif re.match(r"[^–\n]{0,120}(https?://|/\s+–)", paras[0]):
        add(Flag.of("dateline", QT_TRANSLATE_NOOP("domain", "Tulis alamat situs pada baris awal tanpa https:// dan "
                                                            "tanpa garis miring di akhir, mis. {website}."),
                    1, website=facts.website or "kpu-tulungagungkab.go.id"))
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
    for word, kind in acronyms.problems(text, ignore, names_kept(facts)):
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

    style(facts, paras, add, long)
    for n, p in enumerate(paras, 1):
        count = len(p.split())
        if count > PARAGRAPH_WORDS and not is_list(p):
            add(Flag.of("paragraph", QT_TRANSLATE_NOOP("domain", "Paragraf {n} terlalu panjang ({count} kata); pecah "
                                                                 "menjadi dua atau lebih."), n, n=n, count=count))
        if p.count("“") != p.count("”"):
            add(Flag.of("quotes", QT_TRANSLATE_NOOP("domain", "Tanda kutip di paragraf {n} tidak berpasangan."),
                        n, n=n))
    return flags


def style(facts: NewsFacts, paras: list[str], add, long: bool) -> None:
    """House style: one full stop after a title's dot, no paragraph opening with "Ia", appositions closed,
    a position not cut from its institution by a comma, speakers named before their words, the length."""
    text = " ".join(paras)
    for n, p in enumerate(paras, 1):
        if re.search(r"(?<!\.)\.\.(?!\.)", p):
            add(Flag.of("double_period", QT_TRANSLATE_NOOP("domain", "Paragraf {n} memuat titik ganda (mis. "
                                                                     "sesudah gelar \"S.Sos.\"); hapus satu titik."),
                        n, n=n))
        if re.match(r"(?:Ia|Beliau)\b", p):
            add(Flag.of("pronoun", QT_TRANSLATE_NOOP("domain", "Paragraf {n} dibuka dengan \"{word}\": awali "
                                                               "paragraf dengan nama orangnya."),
                        n, n=n, word=p.split()[0]))
    seen: set[int] = set()
    # Whose words the article reports: each is introduced (full name, position) before them.
    presenters = {p.id for p in [facts.opener] + [s.person for s in facts.speakers] if p}
    presenters |= {p.id for p, _t in facts.other_quotes if p}
    for person in facts.everyone():
        if person.id in seen:
            continue
        seen.add(person.id)
        role = person.role
        flat = acronyms.collapse(text)
        if role and "," not in role and len(role.split()) > 5:
            m = re.search(re.escape(f"{person.name}, {role}") + r"(?![,.;:)”\w])", flat)
            if m:
                add(Flag.of("apposition", QT_TRANSLATE_NOOP("domain", "Keterangan jabatan {name} belum ditutup "
                                                                      "dengan koma: \"{name}, {role}, …\"."),
                            name=person.name, role=role))
        if person.position and person.office and not person.in_directory \
                and f"{person.position}, {person.office}" in flat:
            add(Flag.of("institution", QT_TRANSLATE_NOOP("domain", "\"{position}, {office}\" terbaca sebagai dua "
                                                                   "hal: tulis tanpa koma, mis. \"{position} "
                                                                   "{office}\"."),
                        position=person.position, office=person.office))
        if person.short != person.name and person.id in presenters:
            short_at = _first_word(flat, person.short)
            name_at = flat.find(person.name)
            if short_at is not None and (name_at < 0 or short_at < name_at):
                add(Flag.of("order", QT_TRANSLATE_NOOP("domain", "{short} disebut sebelum diperkenalkan dengan "
                                                                 "nama lengkap dan jabatannya ({name})."),
                            short=person.short, name=person.name))
    # Too long only: a short article of a small meeting is not padded (nothing is invented to reach 250).
    count = len(text.split())
    if count > WORDS_MAX and not long:
        add(Flag.of("length", QT_TRANSLATE_NOOP("domain", "Berita {count} kata; berita kegiatan biasanya {low}–{high} "
                                                          "kata (pilih Versi panjang untuk yang lebih panjang)."),
                    count=count, low=WORDS_MIN, high=WORDS_MAX))


def _first_word(text: str, word: str) -> int | None:
    m = re.search(rf"(?<![\w.]){re.escape(word)}(?!\w)", text)
    return m.start() if m else None
