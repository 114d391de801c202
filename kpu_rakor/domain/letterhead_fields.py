"""The kop surat as separate fields (the satker's name, address, phone, e-mail, website) over the one stored
text, `OfficeProfile.letterhead_lines` (one printed line per line), so no column is added and every document
keeps printing the stored lines as they are. `split` reads any kop typed before (free lines); `join` writes the
lines a KPU letterhead carries:

    KOMISI PEMILIHAN UMUM            <- the name: one or more lines in capitals
    KABUPATEN TULUNGAGUNG
    Jl. Ki Hajar Dewantara No. 31…   <- the address: the other lines
    Telp. (0355) 321234 · Laman: kab-tulungagung.kpu.go.id · Surel: kpu@…   <- the contact line
"""
from __future__ import annotations

import re
from dataclasses import dataclass

SEPARATOR = " · "
_LABELS = {
    "phone": r"(?:telp|telepon|tel|phone|telp\./faks|faks|fax)",
    "email": r"(?:surel|e-?mail|posel)",
    "website": r"(?:laman|website|situs(?: web)?|web)",
}
_LABELLED = {key: re.compile(rf"^{label}\.?\s*:?\s*(.+)$", re.IGNORECASE) for key, label in _LABELS.items()}
# "… 66233 Telp. (0355) 321234": a phone number written on the address line.
_PHONE_INSIDE = re.compile(r"^(.*?)[\s,]+(telp\.?|telepon)\s*:?\s*(.+)$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_WEB = re.compile(r"^(?:https?://|www\.)\S+$|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:go\.id|id|com|org|net)(?:/\S*)?$",
                  re.IGNORECASE)


@dataclass(frozen=True)
class LetterheadFields:
    name: str = ""  # one line per printed line ("KOMISI PEMILIHAN UMUM\nKABUPATEN TULUNGAGUNG")
    address: str = ""  # may hold more than one line
    phone: str = ""
    email: str = ""
    website: str = ""


def normalize_website(text: str) -> str:
    """`https://Kab-Tulungagung.kpu.go.id/` → `kab-tulungagung.kpu.go.id`: what a letter, a dateline and the
    office profile print (a site, not a link)."""
    text = " ".join((text or "").split())
    text = re.sub(r"^[a-z]+://", "", text, flags=re.IGNORECASE)
    text = text.rstrip("/")
    host, slash, path = text.partition("/")
    return host.lower() + slash + path


def _clean(text: str) -> str:
    return " ".join((text or "").split())


def _lines(text: str) -> list[str]:
    return [_clean(line) for line in (text or "").splitlines() if _clean(line)]


def _is_name_line(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and SEPARATOR.strip() not in line


def split(text: str) -> LetterheadFields:
    """The fields of a stored kop. Contact parts are recognised by their label (Telp., Surel/E-mail,
    Laman/Website) or their form (an address with @, a web address); the rest is the address."""
    lines = _lines(text)
    if not lines:
        return LetterheadFields()
    name = [lines[0]]
    rest = lines[1:]
    while rest and _is_name_line(rest[0]):
        name.append(rest.pop(0))
    found = {"phone": [], "email": [], "website": []}
    address = []
    for line in rest:
        kept = []
        for part in (p.strip() for p in re.split(r"\s+[·|]\s+", line)):
            key = next((k for k, rx in _LABELLED.items() if rx.match(part)), None)
            if key is not None:
                found[key].append(_LABELLED[key].match(part).group(1).strip())
            elif _EMAIL.match(part):
                found["email"].append(part)
            elif _WEB.match(part):
                found["website"].append(part)
            elif _PHONE_INSIDE.match(part):
                m = _PHONE_INSIDE.match(part)
                kept.append(m.group(1).strip())
                found["phone"].append(m.group(3).strip())
            else:
                kept.append(part)
        if kept:
            address.append(SEPARATOR.join(kept))
    return LetterheadFields(
        name="\n".join(name), address="\n".join(address), phone=SEPARATOR.join(found["phone"]),
        email=SEPARATOR.join(found["email"]), website=normalize_website(SEPARATOR.join(found["website"])))


def join(fields: LetterheadFields) -> str:
    """The stored kop text: the name lines, the address lines, then one contact line."""
    contact = [f"Telp. {_clean(fields.phone)}" if _clean(fields.phone) else "",
               f"Laman: {normalize_website(fields.website)}" if normalize_website(fields.website) else "",
               f"Surel: {_clean(fields.email)}" if _clean(fields.email) else ""]
    lines = _lines(fields.name) + _lines(fields.address)
    if any(contact):
        lines.append(SEPARATOR.join(c for c in contact if c))
    return "\n".join(lines)


def printed_lines(fields: LetterheadFields) -> list[str]:
    """The lines the letterhead prints (the preview draws these)."""
    return join(fields).splitlines()
