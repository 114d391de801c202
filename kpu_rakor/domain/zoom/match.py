"""Who a Zoom participant is: e-mail first, then the display name as offices write it
(`KPU Kab Tulungagung_Much. Amarodin`, `KPU Kota Blitar - Operator Medsos`, `Nama (Nama Asli)`, capitals,
titles and degrees) against the directory, with the satker part against the satker list. Devices and host
accounts (`iPhone`, `Galaxy A12`, `DESKTOP-8F2K`) are proposed as ignore. Only proposals: the user reviews
them before anything is written."""
from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from ..names import fold, name_key
from .merge import Participant

MATCH, NEW, IGNORE = "match", "new", "ignore"
MIN_SCORE = 85  # below this a name is a new guest, not a guess
_DEVICE = re.compile(
    r"^(i(phone|pad)|galaxy|samsung|redmi|xiaomi|oppo|vivo|realme|infinix|huawei|android|desktop|laptop|"
    r"macbook|pc|zoom ?user|host|co-?host|admin|operator zoom|ruang|aula)\b", re.I)
_SEPARATORS = re.compile(r"\s*(?:_| - | – | \| |/)\s*")
_OFFICE_WORDS = ("kpu", "kip", "bawaslu", "pemda", "pemkab", "pemkot", "dinas", "badan", "universitas")


@dataclass(frozen=True)
class Candidate:
    person_id: int
    name: str
    email: str
    satker_id: int | None
    satker_name: str


@dataclass
class Proposal:
    participant: Participant
    action: str  # match / new / ignore
    person_id: int | None = None
    confidence: int = 0  # 0..100
    guest_name: str = ""  # the name to give a new guest
    satker_hint: str = ""  # the office part of the display name, if any


def split_display_name(display: str) -> tuple[str, str]:
    """(person part, office part) of a display name; the office part is "" when none is recognisable."""
    text = " ".join(display.split())
    inner = re.search(r"\(([^()]+)\)\s*$", text)
    if inner and not fold(inner.group(1)).startswith(_OFFICE_WORDS):
        text = inner.group(1)  # `Nama (Nama Asli)`: Zoom's original name is the better guess
    elif inner:
        text = f"{text[:inner.start()].strip()} - {inner.group(1)}"
    parts = [p for p in _SEPARATORS.split(text) if p]
    office = [p for p in parts if fold(p).startswith(_OFFICE_WORDS)]
    person = [p for p in parts if p not in office]
    return (" ".join(person) or text), (office[0] if office else "")


def _is_device(display: str) -> bool:
    return bool(_DEVICE.match(display.strip())) or bool(re.fullmatch(r"[A-Z0-9-]{6,}", display.strip()))


def propose(participants: list[Participant], candidates: list[Candidate]) -> list[Proposal]:
    """A proposal per participant. `candidates` are the people who may be matched (for a meeting we only
    attended, the caller passes just our own satker's people)."""
    by_email = {c.email.lower(): c for c in candidates if c.email}
    keys = [name_key(c.name) for c in candidates]
    exact: dict[str, int] = {}
    for i, k in enumerate(keys):
        exact.setdefault(k, i)
    out = []
    for p in participants:
        display = p.names[0]
        person_part, office = split_display_name(display)
        c = by_email.get(p.email) if p.email else None
        if c is not None:
            out.append(Proposal(p, MATCH, c.person_id, 100, satker_hint=office))
            continue
        if _is_device(display) and not p.email:
            out.append(Proposal(p, IGNORE, confidence=0, guest_name=display))
            continue
        wanted = name_key(person_part)
        if wanted in exact:
            best = (wanted, 100, exact[wanted])
        else:
            best = process.extractOne(wanted, keys, scorer=fuzz.token_sort_ratio, processor=None,
                                      score_cutoff=MIN_SCORE)
        if best is not None:
            _key, score, index = best
            cand = candidates[index]
            if office and cand.satker_name:
                # The office part agrees: a little more sure; disagrees: a little less. It never lifts a
                # weak name over the line: "Much. Amarodin" of Tulungagung is not "Much. Amiruddin" there.
                score += 5 if fuzz.token_set_ratio(fold(office), fold(cand.satker_name)) >= 80 else -10
            if score >= MIN_SCORE:
                out.append(Proposal(p, MATCH, cand.person_id, int(min(score, 99)), satker_hint=office))
                continue
        out.append(Proposal(p, NEW, guest_name=person_part, satker_hint=office))
    return out
