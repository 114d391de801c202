"""The article itself, composed from the facts in the style of a KPU office website.

Each part (headline, lead, time, opener, speakers, follow-up …) has several phrasings; a seed made of the
meeting number and a variant picks one per part, so a month of articles does not read the same while one
meeting always drafts the same way. Sentences are the app's own; typed notes enter them only as the
notulen has them (quotes untouched). Acronyms are spelled out on first use.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...models import MODE_DARING, MODE_HIBRIDA, MODE_LURING
from . import acronyms
from .discussion import DiscussionParts
from .facts import NewsFacts, PersonFact, SpeakerFact
from .prose import (CHAIR_WORDS, PRONOUN, Chooser, as_clause, blocks, count_words, is_list, join_list,
                    lower_first, paragraphs, replace_subject, sentence, strip_end)

HEADLINE_LIMIT = 120  # the checklist's limit too
PARAGRAPH_WORDS = 90
WORDS_MIN, WORDS_MAX = 250, 400  # a website article by default; `long=True` keeps every recorded note

# How an activity of each kind is named when its title does not already say what it is, and how the
# article refers to it afterwards.
KIND_NOUNS = {"rakor": "Rapat Koordinasi", "rapat pleno": "Rapat Pleno", "rapat internal": "Rapat Internal",
              "sosialisasi": "Sosialisasi", "bimtek": "Bimbingan Teknis", "webinar": "Webinar",
              "focus group discussion": "Focus Group Discussion", "audiensi": "Audiensi",
              "monitoring dan evaluasi": "Monitoring dan Evaluasi"}
KIND_REFS = {"rakor": "rapat", "rapat pleno": "rapat", "rapat internal": "rapat", "sosialisasi": "sosialisasi",
             "bimtek": "bimbingan teknis", "webinar": "webinar", "focus group discussion": "diskusi",
             "audiensi": "audiensi"}
ACTIVITY_WORDS = {
    "rapat", "rakor", "sosialisasi", "bimbingan", "bimtek", "webinar", "seminar", "lokakarya", "workshop",
    "pelatihan", "diskusi", "fgd", "focus", "audiensi", "monitoring", "monev", "konsolidasi", "apel", "upacara",
    "kegiatan", "peluncuran", "launching", "pleno", "evaluasi", "koordinasi", "sarasehan", "temu", "forum",
    "kunjungan", "penandatanganan", "simulasi", "pertemuan", "orientasi", "rapim", "gladi", "uji", "doa",
    "halalbihalal", "talkshow", "dialog", "bimbingan", "penyerahan", "pelantikan", "rekapitulasi", "ekspose",
}

MAX_NAMED = 8  # our own people named in the article; the rest are counted


@dataclass
class Draft:
    headline: str
    body: str  # paragraphs separated by a blank line; the last ends with the writer's initials

    @property
    def paragraphs(self) -> list[str]:
        return split_paragraphs(self.body)


def split_paragraphs(body: str) -> list[str]:
    """The paragraphs of a body, spaces tidied; a numbered list ("1. …" lines) keeps one item a line."""
    out = []
    for p in re.split(r"\n\s*\n", body or ""):
        lines = [" ".join(line.split()) for line in p.splitlines() if line.strip()]
        if not lines:
            continue
        out.append("\n".join(lines) if is_list("\n".join(lines)) else " ".join(lines))
    return out


class _Writer(DiscussionParts):
    """One article in the making: the facts, the seed, and who has been introduced already."""

    def __init__(self, facts: NewsFacts, seed: str, max_notes: int | None = None):
        self.f = facts
        self.max_notes = max_notes  # notes kept per session or item (None: all of them)
        self.c = Chooser(seed)
        self.introduced: set[int] = set()
        self.quoted: set[int] = set()
        self.moderated = False
        self.transitions: set[str] = set()
        self.proper = self._proper_words()
        self.ref = self.c.pick("ref", ["kegiatan", KIND_REFS.get(facts.kind.lower(), "kegiatan")])

    def _proper_words(self) -> set[str]:
        """Words that keep their capital when a typed note continues a sentence: names of people and offices,
        acronyms, and words the notes themselves write with a capital mid-sentence. (Titles and positions
        do not count: "Data" in "Divisi Perencanaan, Data dan Informasi" is a title's capital.)"""
        f = self.f
        names = [f.office, f.office_full, f.organizer, f.platform, f.city] + [p.name for p in f.everyone()]
        names += [p.office for p in f.everyone()]
        notes = [f.opening_text, f.venue] + [i.discussion for i in f.items] + f.decisions + f.conclusions
        notes += [x.discussion for s in f.speakers for x in s.sessions] + [fu.description for fu in f.follow_ups]
        found = {w for t in names for w in t.split()}
        for t in notes:
            for sent in re.split(r"(?<=[.!?])\s+|\n", t):
                found |= {w for w in sent.split()[1:] if w[:1].isupper()}
        found = {w.strip("“”\"'(),.;:") for w in found}
        return found | set(acronyms.FULL_FORMS) | {"Zoom", "YouTube", "WhatsApp", "Instagram", "Facebook"}

    def transition(self, part: str, options: list[str]) -> str:
        """A linking phrase ("Sementara itu, ") not yet used in this article, while there is one."""
        fresh = [o for o in options if o not in self.transitions or not o]
        choice = self.c.pick(part, fresh or options)
        self.transitions.add(choice)
        return choice

    # --- names and descriptions ----------------------------------------------------------------------

    def title_case_or_lower(self, title: str) -> str:
        """A topic inside a sentence: "Tahapan dan Jadwal Pemilu 2024" keeps its capitals (a title); "Menulis
        berita kegiatan" continues in lower case."""
        long_words = [w for w in title.split() if len(w) >= 4 and w.isalpha()]
        if len(long_words) > 1 and all(w[:1].isupper() for w in long_words):
            return title
        return lower_first(title, self.proper)

    def activity(self) -> str:
        title = self.f.title
        title = title[:1].upper() + title[1:]
        first = title.split(" ", 1)[0].lower().strip("“\"'")
        if first in ACTIVITY_WORDS:
            return title
        noun = KIND_NOUNS.get(self.f.kind.lower(), self.f.kind.strip().title() or "Kegiatan")
        return f"{noun} {title}"

    def _short_role(self, role: str) -> bool:
        return bool(role) and "," not in role and len(role.split()) <= 5

    def subject(self, p: PersonFact) -> str:
        """The person as the subject of a sentence: full on first mention, the short name afterwards. A long
        description stands between commas: "Gogot Cahyo Baskoro, Anggota …, menekankan"."""
        if p.id in self.introduced:
            return p.short
        self.introduced.add(p.id)
        role = p.role
        if not role:
            return p.name
        if self._short_role(role) and p.position:
            return f"{role} {p.name}"
        return f"{p.name}, {role},"

    def at_end(self, p: PersonFact) -> str:
        """The person at the end of a sentence (no closing comma)."""
        text = self.subject(p)
        return text[:-1] if text.endswith(",") else text

    def our_list(self, people: list[PersonFact]) -> str:
        """Named in order of position; past MAX_NAMED a count, as a website article names the leaders and
        not a whole hall (a 500-person plenary must not become a 40-page list)."""
        items = []
        for p in people[:MAX_NAMED]:
            self.introduced.add(p.id)
            items.append(f"{p.name} selaku {p.position}" if p.position else p.name)
        rest = len(people) - MAX_NAMED
        if rest > 0:
            items.append(f"{rest} pegawai lainnya")
        return join_list(items, "serta" if len(items) > 1 else "dan")

    # --- parts -----------------------------------------------------------------------------------------

    def where(self) -> str:
        f = self.f
        if f.mode == MODE_DARING:
            return f"secara daring melalui {f.platform}"
        if f.mode == MODE_HIBRIDA:
            online = f"secara daring melalui {f.platform}"
            return (f"di {f.venue} dan {online}" if f.venue
                    else f"secara hibrida (luring dan daring melalui {f.platform})")
        return f"di {f.venue}" if f.venue else ""

    def lead(self) -> tuple[str, bool]:
        """The first sentence; says whether it used the basis letter."""
        f = self.f
        office, act, where, date = f.office or "Kantor kami", self.activity(), self.where(), f.day_date
        sp = f" {where}" if where else ""
        if f.hosted:
            verb = self.c.pick("host-verb", ["menggelar", "menggelar", "menyelenggarakan", "melaksanakan"])
            options = [
                ("plain", f"{office} {verb} {act}{sp} pada {date}."),
                ("date", f"Pada {date}, {office} {verb} {act}{sp}."),
            ]
        else:
            org = f" yang diselenggarakan oleh {f.organizer}" if f.organizer else ""
            verb = "mengikuti"
            options = [
                ("plain", f"{office} {verb} {act}{org}{sp} pada {date}."),
                ("date", f"Pada {date}, {office} {verb} {act}{org}{sp}."),
            ]
        if f.mode == MODE_LURING and f.venue:
            rest = (f"{verb} {act} pada {date}" if f.hosted else
                    f"{verb} {act}{' yang diselenggarakan oleh ' + f.organizer if f.organizer else ''} pada {date}")
            options.append(("venue", f"Bertempat di {f.venue}, {office} {rest}."))
        if f.mode == MODE_DARING:
            org = "" if f.hosted or not f.organizer else f" yang diselenggarakan oleh {f.organizer}"
            options.append(("online", f"Secara daring melalui {f.platform}, {office} {verb} {act}{org} pada {date}."))
        if f.basis_letters:
            basis = strip_end(f.basis_letters[0])
            org = "" if f.hosted or not f.organizer else f" yang diselenggarakan oleh {f.organizer}"
            options.append(("basis", f"Menindaklanjuti {basis}, {office} {verb} {act}{org}{sp} pada {date}."))
        kind, text = self.c.pick("lead", options)
        return text, kind == "basis"

    def audience(self) -> str:
        """Who took part, only as recorded: the audience the user wrote down ("jajaran KPU Provinsi dan KPU
        Kabupaten/Kota se-Indonesia"), else for a meeting we held the number recorded present (journalists and
        speakers not counted). Nothing is guessed from the organiser's level."""
        f = self.f
        if f.audience:
            return f.audience
        if not f.hosted or not f.participants:
            return ""
        count = f"{count_words(f.participants)} peserta"
        offices = [o for o in f.guest_offices if o != f.office]
        if not offices:
            return count
        where = (f"{', '.join(offices[:4])}, dan instansi lainnya" if len(offices) > 4 else join_list(offices))
        return f"{count}, termasuk dari {where}" if f.participants > f.guests else f"{count} dari {where}"

    def timing(self) -> list[str]:
        f = self.f
        ref = self.ref
        if f.end:
            when = self.c.pick("when-end", [f"berlangsung pukul {f.time_text}",
                                            f"berlangsung mulai pukul {f.time_text}"])
        else:
            when = self.c.pick("when", [f"dimulai pukul {f.time_text} hingga selesai",
                                        f"dimulai pukul {f.time_text} sampai dengan selesai"])
        aud = self.audience()
        out = []
        if aud:
            out.append(self.c.pick("timing", [
                sentence(f"{ref} {when} dan diikuti oleh {aud}"),
                sentence(f"{ref} yang {when} ini diikuti oleh {aud}"),
            ] + ([sentence(f"{ref} ini juga diikuti oleh {aud}") + " " + sentence(f"Acara {when}")]
                 if not f.hosted else [])))
        else:
            out.append(sentence(f"{ref} {when}"))
        if f.livestream:
            link = f.livestream.lower()
            channel = next((name for key, name in (("youtu", "kanal YouTube"), ("instagram", "Instagram"),
                                                   ("facebook", "Facebook"), ("tiktok", "TikTok"))
                            if key in link), "")
            how = f"melalui {channel}" if channel else "(live streaming)"
            out.append(sentence(f"{ref} ini juga disiarkan secara langsung {how}"))
        return out

    def letters(self, basis_used: bool) -> list[str]:
        f = self.f
        out = []
        if f.invitation_number:
            on = f" tanggal {f.invitation_date}" if f.invitation_date else ""
            if f.hosted:
                out.append(self.c.pick("invitation-host", [
                    f"Undangan {self.ref} ini disampaikan melalui surat {f.office} Nomor {f.invitation_number}{on}.",
                    f"Para peserta diundang melalui surat Nomor {f.invitation_number}{on}.",
                ]))
            else:
                sender = f" {f.organizer}" if f.organizer else ""
                on = f" tertanggal {f.invitation_date}" if f.invitation_date else ""
                out.append(self.c.pick("invitation", [
                    sentence(f"{self.ref} ini dilaksanakan sebagaimana Undangan{sender} "
                             f"Nomor {f.invitation_number}{on}"),
                    sentence(f"Keikutsertaan {f.office} dalam {self.ref} ini berdasarkan Surat Undangan{sender} "
                             f"Nomor {f.invitation_number}{on}"),
                ]))
        rest = f.basis_letters[1:] if basis_used else f.basis_letters
        if rest:
            text = join_list([strip_end(b) for b in rest], "serta")
            out.append(self.c.pick("basis", [
                sentence(f"{self.ref} ini merupakan tindak lanjut atas {text}"),
                sentence(f"Pelaksanaan {self.ref} ini berpedoman pada {text}"),
                sentence(f"Adapun dasar pelaksanaan {self.ref} ini adalah {text}"),
            ]) if not basis_used else sentence(f"Selain itu, {self.ref} ini juga mengacu pada {text}"))
        return out

    def our_people(self) -> list[str]:
        f = self.f
        # The opener and speakers are introduced where their part is told, with their words.
        later = {p.id for p in [f.opener] + [s.person for s in f.speakers] + f.moderators if p}
        people = [p for p in f.our_people if p.id not in self.introduced and p.id not in later]
        if not people:
            return []
        names = self.our_list(people)
        if f.hosted:
            return [self.c.pick("ours-host", [
                f"Turut hadir dari jajaran {f.office}, {names}.",
                f"Dari jajaran {f.office} hadir {names}.",
            ])]
        return [self.c.pick("ours", [
            f"Dari {f.office}, {self.ref} ini diikuti oleh {names}.",
            f"{f.office} diwakili oleh {names}.",
            f"Hadir mewakili {f.office}, {names}.",
        ])]

    def opener(self) -> list[str]:
        f = self.f
        p = f.opener
        if p is None:
            return []
        text = f.opening_text
        clause = as_clause(text.split("\n")[0], self.proper) if text else None
        typed = [t if is_list(t) else replace_subject(replace_subject(t, p.short), p.short, CHAIR_WORDS)
                 for t in blocks(text)]
        if clause:
            typed = typed[1:]
            form = self.c.pick("opener-clause", ["then", "who", "opening"])
            if form == "then":
                out = [sentence(f"{self.ref} dibuka oleh {self.at_end(p)}"),
                       sentence(f"Dalam sambutannya, {p.short} {clause}")]
            elif form == "who":
                subj = self.subject(p)  # an apposition stays closed: "Nama, Jabatan, yang membuka …"
                out = [sentence(f"{subj} yang membuka {self.ref} tersebut dalam sambutannya {clause}")]
            else:
                out = [sentence(f"Membuka {self.ref}, {self.subject(p)} {clause}")]
            out += typed
        elif typed and re.search(r"\b(dibuka|membuka)\b", typed[0]) and (p.name in typed[0] or p.short in typed[0]):
            # The notulen already says who opened it ("Rapat dibuka oleh … dengan …"): its words suffice, with
            # the opener's position added where the name stands.
            name = p.name if p.name in typed[0] else p.short
            at = typed[0].index(name)
            tail = typed[0][at + len(name):]
            who = self.at_end(p) if tail.strip() in ("", ".") else self.subject(p)
            if who.endswith(",") and tail.startswith((",", ".")):
                who = who[:-1]
            out = [typed[0][:at] + who + tail] + typed[1:]
        else:
            form = self.c.pick("opener", ["official", "plain"])
            who = self.at_end(p)
            out = [sentence(f"{self.ref} dibuka secara resmi oleh {who}") if form == "official"
                   else sentence(f"{self.ref} tersebut dibuka oleh {who}")] + typed
        out += self.said_quotes(p, f.opening_quotes, "opener")
        return out

    def headline(self) -> str:
        f = self.f
        act = self.activity()
        if not f.office:
            return act  # the office is not set up yet (the checklist says so)
        office = f.office
        topic = headline_case(strip_end(f.speakers[0].topics[0])) if f.speakers and f.speakers[0].topics else ""
        if topic.lower() in act.lower() or len(topic.split()) > 6:
            topic = ""  # the title says it already, or it is too long for a headline
        if f.hosted:
            options = [f"{office} Gelar {act}", f"{office} Selenggarakan {act}"]
            if topic:
                options.append(f"Gelar {act}, {office} Bahas {topic}")
        else:
            options = [f"{office} Ikuti {act}"]
            if f.organizer:
                options += [f"{office} Ikuti {act} yang Digelar {f.organizer}",
                            f"{f.organizer} Gelar {act}, {office} Turut Serta"]
            if topic:
                options.append(f"Ikuti {act}, {office} Bahas {topic}")
        text = self.c.pick("headline", options)
        if len(text) > HEADLINE_LIMIT:
            text = options[0] if len(options[0]) <= HEADLINE_LIMIT else act
        return text


_SMALL = {"dan", "di", "ke", "dari", "yang", "untuk", "atau", "serta", "pada", "dalam", "bagi", "dengan", "se"}


def headline_case(text: str) -> str:
    """Each word capitalised as headlines are, except the small words and what is already written with
    capitals (KPU, MoU)."""
    words = text.split()
    return " ".join(w if (k and w.lower() in _SMALL) or any(c.isupper() for c in w) else w[:1].upper() + w[1:]
                    for k, w in enumerate(words))


def dateline(facts: NewsFacts) -> str:
    """`Surabaya, kpu-tulungagungkab.go.id – `: where it happened (news/place.py), then the office's site."""
    city = facts.event_city or facts.city
    if not city:
        return ""
    return f"{city}, {facts.website} – " if facts.website else f"{city} – "


def names_kept(facts: NewsFacts) -> list[str]:
    """Proper names the article keeps word for word (acronyms inside them are not spelled out): the event's
    title, the venue, topics written as titles, and hall names ("Rumah Pintar Pemilu", "Aula Pemilu")."""
    out = [facts.title, facts.venue] + [t for s in facts.speakers for t in s.topics
                                         if len(t.split()) > 1 and all(w[:1].isupper() for w in t.split()
                                                                       if len(w) > 3 and w.isalpha())]
    out += [i.title for i in facts.items if i.title]
    return [" ".join(t.split()) for t in out if t and t.strip()]


def _tidy(para: str) -> str:
    """No double full stop after a title's dot ("S.Sos.."), and the pronoun marks resolved: the name where
    the paragraph opens, "Ia" inside it."""
    para = re.sub(r"(?<!\.)\.\.(?!\.)", ".", para)
    para = re.sub(rf"^{PRONOUN}([^{PRONOUN}]+){PRONOUN}", r"\1", para)
    return re.sub(rf"{PRONOUN}[^{PRONOUN}]+{PRONOUN}", "Ia", para)


def compose(facts: NewsFacts, variant: int = 0, initials: str | None = None, *, long: bool = False) -> Draft:
    """The article for `facts`. `variant` picks other phrasings for the same facts; `initials` overrides the
    office's writer initials. By default the article aims at 250–400 words: past 400 the later notes of each
    session are left out (a typed list stays whole); `long=True` keeps all of them."""
    draft = _compose(facts, variant, initials, None)
    if long:
        return draft
    keep = 6
    while len(draft.body.split()) > WORDS_MAX and keep >= 1:
        draft = _compose(facts, variant, initials, keep)
        keep -= 1
    return draft


def _compose(facts: NewsFacts, variant: int, initials: str | None, max_notes: int | None) -> Draft:
    w = _Writer(facts, f"{facts.meeting_id}:{variant}", max_notes)
    lead, basis_used = w.lead()
    first = [lead] + w.timing()
    blocks_: list[list[str]] = [first]
    context = w.letters(basis_used)
    # This office's people are named early, also when it hosted: nobody is met first in a closing sentence.
    context += w.our_people()
    if context:
        if len(first) + len(context) <= 4 and w.c.pick("context-joined", [True, False]):
            blocks_[0] = first + context
        else:
            blocks_.append(context)
    if facts.opener:
        blocks_.append(w.opener())
    group: list[SpeakerFact] = []
    for n, s in enumerate(facts.speakers):
        if not s.topics and not any(x.discussion or x.quotes for x in s.sessions) and not s.quotes:
            group.append(s)  # nothing recorded but who they are: named together
            continue
        if group:
            blocks_.append(w.speakers_named(group))
            group = []
        blocks_ += w.speaker(n, s)
    if group:
        blocks_.append(w.speakers_named(group))
    blocks_ += w.items()
    others = w.other_said()
    if others:
        blocks_.append(others)
    outcome = w.outcomes()
    if outcome:
        blocks_.append(outcome)
    tail = w.follow_up() + w.closing()
    if tail:
        blocks_.append(tail)
    paras: list[str] = []
    for b in blocks_:
        paras += paragraphs([s for s in b if s], PARAGRAPH_WORDS)
    explained: set[str] = set()
    kept = names_kept(facts)
    paras = [_tidy(acronyms.expand(p, explained, kept)) for p in paras]
    paras[0] = dateline(facts) + paras[0]
    initials = (facts.initials if initials is None else initials).strip().strip("()")
    if initials and is_list(paras[-1]):
        paras.append(f"({initials})")  # not glued to a list's last item
    elif initials:
        paras[-1] = f"{paras[-1]} ({initials})"
    return Draft(w.headline(), "\n\n".join(paras))
