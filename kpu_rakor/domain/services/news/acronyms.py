"""Acronyms a KPU article uses, with their full forms: the draft spells each out on first use, and the
checklist flags one that appears before its full name."""
from __future__ import annotations

import re

# Longest first, so "Sosdiklih Parmas dan SDM" is explained as one before its parts are looked at.
# Full forms as KPU articles write them; common nouns in lower case (they stand mid-sentence).
FULL_FORMS: dict[str, str] = {
    "Sosdiklih Parmas dan SDM": "Sosialisasi, Pendidikan Pemilih, Partisipasi Masyarakat dan Sumber Daya Manusia",
    "Sosdiklih Parmas": "Sosialisasi, Pendidikan Pemilih dan Partisipasi Masyarakat",
    "KPU": "Komisi Pemilihan Umum",
    "KIP": "Komisi Independen Pemilihan",
    "Bawaslu": "Badan Pengawas Pemilihan Umum",
    "DKPP": "Dewan Kehormatan Penyelenggara Pemilu",
    "Bakohumas": "Badan Koordinasi Hubungan Masyarakat",
    "SDM": "Sumber Daya Manusia",
    "Sosdiklih": "Sosialisasi dan Pendidikan Pemilih",
    "Parmas": "Partisipasi Masyarakat",
    "Hupmas": "Hubungan Masyarakat",
    "Rakor": "Rapat Koordinasi",
    "Bimtek": "Bimbingan Teknis",
    "Juknis": "Petunjuk Teknis",
    "PKPU": "Peraturan Komisi Pemilihan Umum",
    "Pemilu": "Pemilihan Umum",
    "Pilkada": "Pemilihan Kepala Daerah",
    "Medsos": "media sosial",
    "FGD": "Focus Group Discussion",
    "Monev": "monitoring dan evaluasi",
    "DPT": "Daftar Pemilih Tetap",
    "DPS": "Daftar Pemilih Sementara",
    "PDPB": "Pemutakhiran Data Pemilih Berkelanjutan",
    "DPB": "Daftar Pemilih Berkelanjutan",
    "UIN": "Universitas Islam Negeri",
    "IAIN": "Institut Agama Islam Negeri",
    "PPK": "Panitia Pemilihan Kecamatan",
    "PPS": "Panitia Pemungutan Suara",
    "KPPS": "Kelompok Penyelenggara Pemungutan Suara",
    "TPS": "Tempat Pemungutan Suara",
    "Pantarlih": "Petugas Pemutakhiran Data Pemilih",
    "Coklit": "pencocokan dan penelitian",
    "PPID": "Pejabat Pengelola Informasi dan Dokumentasi",
    "JDIH": "Jaringan Dokumentasi dan Informasi Hukum",
    "ASN": "Aparatur Sipil Negara",
    "OPD": "Organisasi Perangkat Daerah",
    "Pemda": "Pemerintah Daerah",
    "Pemkab": "Pemerintah Kabupaten",
    "Pemkot": "Pemerintah Kota",
    "Diskominfo": "Dinas Komunikasi dan Informatika",
    "Kominfo": "Komunikasi dan Informatika",
    "Parpol": "partai politik",
    "Ormas": "organisasi kemasyarakatan",
    "Sipol": "Sistem Informasi Partai Politik",
    "Sidalih": "Sistem Informasi Data Pemilih",
    "Silon": "Sistem Informasi Pencalonan",
    "Sirekap": "Sistem Informasi Rekapitulasi",
    "SE": "Surat Edaran",
    "MoU": "nota kesepahaman",
    "WAG": "WhatsApp Group",
    "UU": "Undang-Undang",
    "SK": "Surat Keputusan",
    "DIPA": "Daftar Isian Pelaksanaan Anggaran",
    "LHKPN": "Laporan Harta Kekayaan Penyelenggara Negara",
    "TNI": "Tentara Nasional Indonesia",
    "DPRD": "Dewan Perwakilan Rakyat Daerah",
    "DPR": "Dewan Perwakilan Rakyat",
    "DPD": "Dewan Perwakilan Daerah",
    "BEM": "Badan Eksekutif Mahasiswa",
    "Dukcapil": "Kependudukan dan Pencatatan Sipil",
    "Disdukcapil": "Dinas Kependudukan dan Pencatatan Sipil",
    "Polri": "Kepolisian Negara Republik Indonesia",
}

# Short forms every reader knows, Roman numerals and the like: never flagged, never spelled out.
WELL_KNOWN = {
    "RI", "WIB", "WITA", "WIT", "NIP", "NIK", "HP", "WA", "PDF", "HTML", "ID", "TV", "OK", "COVID", "PT", "CV",
    "UMKM", "SMA", "SMK", "SMP", "SD", "DKI", "DIY", "NTB", "NTT", "IT", "URL", "QR", "AM", "PM", "USB", "LCD",
}
_ROMAN = re.compile(r"^[IVXLC]+$")
_SMALL_WORDS = {"dan", "di", "ke", "dari", "yang", "untuk", "atau", "serta", "pada", "dalam"}
_BOUND_BEFORE = r"(?<![\w/.@-])"
_BOUND_AFTER = r"(?![\w/@-]|\.\w)"
_ALL_CAPS = re.compile(_BOUND_BEFORE + r"([A-Z]{2,6})" + _BOUND_AFTER)
_QUOTED = re.compile(r"“[^”]*”?")

PATTERNS = {a: re.compile(_BOUND_BEFORE + re.escape(a) + _BOUND_AFTER) for a in FULL_FORMS}
ORDER = sorted(FULL_FORMS, key=len, reverse=True)


def _explanation(acronym: str) -> re.Pattern:
    return re.compile(re.escape(FULL_FORMS[acronym]) + r"\s*\(" + re.escape(acronym) + r"\)", re.IGNORECASE)


def _title_case(words: str) -> str:
    return " ".join(w if w in _SMALL_WORDS or w[:1].isupper() else w[:1].upper() + w[1:]
                    for w in words.split(" "))


def _quote_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTED.finditer(text)]


def _inside(pos: int, spans) -> bool:
    return any(a <= pos < b for a, b in spans)


_NAME_WORDS = ("Rumah Pintar Pemilu", "Aula", "Ruang", "Gedung", "Hall", "Balai", "Pendopo", "Hotel", "Wisma",
               "Graha")


def kept_spans(text: str, kept=()) -> list[tuple[int, int]]:
    """Where `text` holds a proper name kept word for word: the phrases in `kept` (the event's title, the
    venue) and hall or building names ("Rumah Pintar Pemilu", "Aula Pemilu Lantai 2")."""
    spans = []
    for name in kept:
        if name:
            spans += [m.span() for m in re.finditer(re.escape(name), text, re.IGNORECASE)]
    words = "|".join(re.escape(w) for w in _NAME_WORDS)
    spans += [m.span() for m in re.finditer(rf"\b(?:{words})(?: (?:[A-Z][\w/.-]*|\d+))*", text)]
    return spans


def expand(text: str, explained: set[str] | None = None, kept=()) -> str:
    """`text` with each known acronym spelled out where it is first used ("Komisi Pemilihan Umum (KPU)
    Kabupaten Tulungagung"), unless it is already explained; never inside quotation marks (someone's words).
    `explained` collects the acronyms explained so far, for text that continues elsewhere."""
    explained = set() if explained is None else explained
    for acronym in ORDER:
        if acronym in explained:
            continue
        if _explanation(acronym).search(text):
            explained.add(acronym)
            explained.update(a for a in FULL_FORMS if a != acronym and PATTERNS[a].search(acronym))
            continue
        spans = _quote_spans(text)
        names = kept_spans(text, kept)  # a proper name keeps its words: spelled out in running text only
        for m in PATTERNS[acronym].finditer(text):
            if _inside(m.start(), spans) or _inside(m.start(), names) \
                    or text.count("(", 0, m.start()) > text.count(")", 0, m.start()):
                continue  # someone's words, or already inside brackets: "(Operator Medsos)"
            full = FULL_FORMS[acronym]
            before = text[:m.start()].rstrip()
            prev = before.split()[-1] if before.split() else ""
            if acronym[:1].isupper() and prev[:1].isupper() and not before.endswith((".", "!", "?", ":")):
                full = _title_case(full)  # inside a name or title: "Optimalisasi Media Sosial (Medsos)"
            text = f"{text[:m.start()]}{full} ({acronym}){text[m.end():]}"
            explained.add(acronym)
            explained.update(a for a in FULL_FORMS if a != acronym and PATTERNS[a].search(acronym))
            break
    return text


def problems(text: str, ignore: set[str] = frozenset(), kept=()) -> list[tuple[str, str]]:
    """Acronyms used before (or without) their full name, in order of appearance: (acronym, kind) with kind
    "sebelum" (the full name comes later), "tanpa" (a known acronym never spelled out) or "asing" (an
    unknown short form never explained in brackets). Words in `ignore` (parts of people's names) pass."""
    found: list[tuple[int, str, str]] = []
    covered: list[tuple[int, int]] = []  # text of an explained compound ("Sosdiklih Parmas dan SDM")
    explained_at: dict[str, int] = {}  # parts of an explained compound count as explained there
    covered.extend(kept_spans(text, kept))  # inside a proper name an acronym stays as it is
    for acronym in ORDER:
        uses = [m for m in PATTERNS[acronym].finditer(text) if not _inside(m.start(), covered)]
        first = uses[0] if uses else None
        covered.extend(m.span() for m in uses)  # its parts ("SDM" in "… dan SDM") are judged with it
        expl = _explanation(acronym).search(text)
        if expl is not None:
            covered.append(expl.span())
            for part in FULL_FORMS:
                if part != acronym and PATTERNS[part].search(acronym):
                    explained_at.setdefault(part, expl.start())
        if first is None:
            continue
        if acronym in explained_at and explained_at[acronym] <= first.start():
            continue
        if expl is not None:
            if expl.end() - 1 - len(acronym) <= first.start() < expl.end():
                continue
            found.append((first.start(), acronym, "sebelum"))
        else:
            found.append((first.start(), acronym, "tanpa"))
    for m in _ALL_CAPS.finditer(text):
        word = m.group(1)
        if word in FULL_FORMS or word in WELL_KNOWN or word in ignore or _ROMAN.match(word) \
                or _inside(m.start(), covered):
            continue
        if any(w == word for _, w, _k in found):
            continue
        if re.search(r"\(" + word + r"\)", text[: m.end() + 1]):
            continue  # "Komite Olahraga Nasional Indonesia (KONI)"
        later = re.search(r"\(" + word + r"\)", text[m.end():])
        found.append((m.start(), word, "sebelum" if later else "asing"))
    seen, out = set(), []
    for _pos, word, kind in sorted(found):
        if word not in seen:
            seen.add(word)
            out.append((word, kind))
    return out


def collapse(text: str) -> str:
    """`text` with each spelled-out acronym back to its short form ("Komisi Pemilihan Umum (KPU) Provinsi"
    → "KPU Provinsi"), to find a typed name in the article."""
    for acronym in ORDER:
        text = _explanation(acronym).sub(acronym, text)
    return text
