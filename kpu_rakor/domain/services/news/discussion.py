"""The middle of the article: what each speaker presented (with their words), the other agenda items, what
was decided or concluded, the follow-up and the closing. A part of the article writer in compose.py."""
from __future__ import annotations

from .facts import PersonFact, Session, SpeakerFact
from .prose import (CHAIR_WORDS, PRONOUN, as_clause, as_list, blocks, has_verb, is_list, is_verb_phrase, join_list,
                    lower_first, quote, replace_subject, said, sentence, strip_end)


class DiscussionParts:
    """Mixed into the writer: uses its facts (`f`), chooser (`c`), proper words and person descriptions."""

    def notes(self, text: str, p: PersonFact) -> list[str]:
        """The notulen's sentences and typed lists about what `p` said, "Narasumber …" turned into their name
        (a pronoun mark right after a sentence that already names them: "Ia" inside a paragraph, the name again
        where a paragraph opens). A short article keeps the first `max_notes` of them (lists always whole)."""
        out, named = [], False
        for s in blocks(text):
            if is_list(s):
                out.append(s)
                named = False
                continue
            replaced = replace_subject(s, f"{PRONOUN}{p.short}{PRONOUN}" if named else p.short)
            named = replaced != s
            out.append(replaced)
        return self.trimmed(out)

    def trimmed(self, notes: list[str]) -> list[str]:
        if self.max_notes is None or len(notes) <= self.max_notes:
            return notes
        return notes[:self.max_notes]

    def said_quotes(self, p: PersonFact, texts: list[str], part: str) -> list[str]:
        out = []
        for k, text in enumerate(texts):
            again = p.id in self.quoted
            self.quoted.add(p.id)
            verbs = ["imbuh", "tambah", "lanjut"] if again else ["ujar", "kata", "tutur", "ungkap", "jelas"]
            out.append(quote(text, self.c.pick(f"{part}-verb-{k}", verbs), p.short))
        return out

    def speaker(self, n: int, s: SpeakerFact) -> list[list[str]]:
        """A paragraph per thing the speaker presented: the first introduces them, the next ones go on
        ("Selanjutnya, dalam materi tentang …, Gogot menegaskan …")."""
        p = s.person
        # Topics with nothing recorded about them are named with the first one ("… tentang A serta B").
        full = [x for x in s.sessions if x.discussion or x.quotes]
        bare = [x.topic for x in s.sessions if not (x.discussion or x.quotes) and x.topic]
        sessions = full or [Session("")]
        if bare:
            sessions[0] = Session(join_list([t for t in [sessions[0].topic] + bare if t], "serta"),
                                  sessions[0].discussion, sessions[0].quotes)
        blocks = []
        for k, ses in enumerate(sessions):
            topic = self.title_case_or_lower(strip_end(ses.topic))
            notes = self.notes(ses.discussion, p)
            clause = as_clause(notes[0], self.proper) if notes else None
            if k == 0:
                forms = (["present", "by"] + (["in-material"] if clause else [])) if topic else ["bare"]
                form = self.c.pick(f"speaker-{n}", forms)
                if form == "present":
                    first = f"{self.subject(p)} hadir sebagai narasumber dengan materi tentang {topic}."
                elif form == "by":
                    first = f"Materi tentang {topic} disampaikan oleh {self.at_end(p)}."
                elif form == "in-material":
                    first = f"Dalam materinya tentang {topic}, {self.subject(p)} {clause}."
                    notes = notes[1:]
                else:
                    first = f"{self.subject(p)} hadir sebagai narasumber."
                if n:
                    # "Materi …" and "Dalam …" continue in lower case; a name or title keeps its capital.
                    joined = first[0].lower() + first[1:] if form in ("by", "in-material") else first
                    first = self.transition(f"next-{n}", ["Selanjutnya, ", "Sementara itu, ", "Berikutnya, "]) + joined
                block = [sentence(first)]
                block += self.moderators()
            elif topic and clause:
                block = [sentence(f"Selanjutnya, dalam materi tentang {topic}, {p.short} {clause}")]
                notes = notes[1:]
            elif topic:
                block = [self.c.pick(f"session-{n}-{k}", [
                    sentence(f"{p.short} juga memaparkan materi tentang {topic}"),
                    sentence(f"Materi berikutnya yang disampaikan {p.short} adalah {topic}"),
                ])]
            else:
                block = []
            blocks.append(block + notes + self.said_quotes(p, ses.quotes, f"speaker-{n}-{k}"))
        blocks[-1] += self.said_quotes(p, s.quotes, f"speaker-{n}-free")
        return blocks

    def moderators(self) -> list[str]:
        """Who moderated, once, with the first speaker."""
        if self.moderated or not self.f.moderators:
            return []
        self.moderated = True
        mods = [self.subject(m) for m in self.f.moderators]
        return [sentence(f"Sesi materi dipandu oleh {join_list(mods, 'serta')} selaku moderator")]

    def speakers_named(self, group: list[SpeakerFact]) -> list[str]:
        """Speakers of whom nothing but their name and office is recorded, in one sentence."""
        items = []
        for s in group:
            p = s.person
            self.introduced.add(p.id)
            items.append(f"{p.name} selaku {p.role}" if p.role else p.name)
        return [sentence(f"Hadir sebagai narasumber {join_list(items, 'serta')}")] + self.moderators()

    def items(self) -> list[list[str]]:
        out = []
        chair = self.f.chair
        for n, it in enumerate(self.f.items):
            text = self.trimmed(blocks(it.discussion))
            if chair:  # "Pimpinan rapat menjelaskan …" names the chair
                text = [t if is_list(t) else
                        replace_subject(t, self.subject(chair) if t.lower().startswith(CHAIR_WORDS)
                                        else chair.short, CHAIR_WORDS) for t in text]
            if it.title:
                title = self.title_case_or_lower(strip_end(it.title))
                intro = self.c.pick(f"item-{n}", [f"Selanjutnya, peserta membahas {title}.",
                                                  f"Pembahasan berlanjut pada {title}.",
                                                  f"Pembahasan kemudian beralih ke {title}."])
                text = [intro] + text
            out.append(text)
        return out

    def _listed(self, items: list[str]) -> list[str]:
        """Decisions typed as a list stay a numbered list: an item is no sentence of its own (it may have no
        verb), so none is made from it."""
        return [as_list([strip_end(i) for i in items])]

    def outcomes(self) -> list[str]:
        f = self.f
        out = []
        if len(f.decisions) == 1:
            d = lower_first(strip_end(f.decisions[0]), self.proper)
            # "menyepakati untuk menunda …", "menyepakati bahwa jadwal diundur …"; an item without a verb is
            # the object itself ("menyepakati jadwal sosialisasi bulan Mei"), never a "bahwa" clause.
            link = "untuk " if is_verb_phrase(d) else "bahwa " if has_verb(d) else ""
            out.append(sentence(f"{self.ref} menyepakati {link}{d}"))
        elif f.decisions:
            out.append(self.c.pick("decisions", [
                "Dari hasil pembahasan, peserta menyepakati beberapa hal berikut:",
                sentence(f"{self.ref} tersebut menghasilkan kesepakatan sebagai berikut") [:-1] + ":",
            ]))
            out += self._listed(f.decisions)
        if len(f.conclusions) == 1:
            c = lower_first(strip_end(f.conclusions[0]), self.proper)
            out.append(sentence(f"Di akhir {self.ref}, disimpulkan bahwa {c}") if has_verb(c) else
                       sentence(f"Kesimpulan {self.ref} ini adalah {c}"))
        elif f.conclusions:
            out.append(f"Di akhir {self.ref}, peserta menyimpulkan beberapa hal berikut:")
            out += self._listed(f.conclusions)
        return out

    def _followup_quotes(self) -> dict[int, int]:
        """{follow-up index: index in other_quotes} of the words joined to a follow-up (their person's)."""
        f = self.f
        used: dict[int, int] = {}
        for n, fu in enumerate(f.follow_ups):
            d = lower_first(strip_end(fu.description), self.proper)
            qi = next((k for k, (qp, _t) in enumerate(f.other_quotes)
                       if fu.person and qp and qp.id == fu.person.id and k not in used.values()), None)
            if qi is not None and is_verb_phrase(d):
                used[n] = qi
        return used

    def follow_up(self) -> list[str]:
        """Follow-ups, with the words of this office's people joined to the one they are responsible for."""
        f = self.f
        out: list[str] = []
        joined = self._followup_quotes()
        plain = []
        for n, fu in enumerate(f.follow_ups):
            who = fu.satker or f.office
            d = lower_first(strip_end(fu.description), self.proper)
            due = f" paling lambat {fu.due}" if fu.due else ""
            qi = joined.get(n)
            if qi is not None:
                person = fu.person
                subj = self.subject(person)
                lead = self.transition(f"fu-said-{n}", ["Sementara itu, ", "Menanggapi hal tersebut, ", ""])
                out.append(sentence(f"{lead}{subj} mengatakan {who} akan segera {d}{due}"))
                verb = self.c.pick(f"fu-quote-{n}", ["imbuh", "tambah", "ujar"])
                out.append(quote(f.other_quotes[qi][1], verb, person.short))
            else:
                plain.append((who, d, due))
        if len(plain) == 1:
            who, d, due = plain[0]
            if is_verb_phrase(d):
                out.insert(0, self.c.pick("fu-one", [
                    sentence(f"Sebagai tindak lanjut, {who} akan {d}{due}"),
                    sentence(f"Menindaklanjuti hasil {self.ref} tersebut, {who} akan {d}{due}"),
                ]))
            else:
                out.insert(0, sentence(f"Tindak lanjut dari {self.ref} ini adalah {d}{due}"))
        elif plain:
            ours = all(w == f.office for w, _, _ in plain)
            verbs = all(is_verb_phrase(d) for _, d, _ in plain)
            items = [f"{d}{due}" if ours else f"{w} {'akan ' if verbs else ''}{d}{due}" for w, d, due in plain]
            if verbs and ours:
                out.insert(0, sentence(f"Sebagai tindak lanjut, {f.office} akan {join_list(items)}"))
            else:
                out.insert(0, sentence(f"Tindak lanjut {self.ref} ini meliputi {join_list(items)}"))
        return out

    def other_said(self) -> list[str]:
        """What others said (not joined to a follow-up), told with the discussion, before what was decided:
        each speaker named before their words, nobody met first in the article's last sentence."""
        f = self.f
        used = set(self._followup_quotes().values())
        out: list[str] = []
        for k, (qp, text) in enumerate(f.other_quotes):
            if k in used:
                continue
            if qp is None:
                out.append(f"Dalam {self.ref} itu juga disampaikan, {said(text)}")
                continue
            # Someone not yet introduced is named before their words, never only after them at the end.
            form = self.c.pick(f"other-quote-{k}", ["said", "quote"]) if qp.id in self.introduced else "said"
            if form == "said":
                lead = self.transition(f"other-lead-{k}", ["Sementara itu, ", "Di sisi lain, "]) if not out else ""
                out.append(f"{lead}{self.subject(qp)} mengatakan, "
                           f"{said(text)}")
                if not out[-1][0].isupper():
                    out[-1] = sentence(out[-1])
            else:
                out.append(quote(text, self.c.pick(f"other-verb-{k}", ["ujar", "kata", "tutur"]), self.at_end(qp)))
        return out

    def closing(self) -> list[str]:
        if not self.f.closed_time:
            return []
        return [self.c.pick("closing", [sentence(f"{self.ref} ditutup pukul {self.f.closed_time}"),
                                        sentence(f"{self.ref} berakhir pada pukul {self.f.closed_time}")])]
