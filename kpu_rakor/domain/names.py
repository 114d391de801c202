"""Names as Indonesian offices write them: titles before and degrees after, kept for display, ignored for
sorting and matching ("amarodin" finds "Much. Amarodin"; "Dr. H. Rochani, S.Pd., M.Si." sorts under R)."""
from __future__ import annotations

import re
import unicodedata

# Honorifics and academic prefixes that stand before a name. Compared without dots and case.
PREFIX_TITLES = {
    "prof", "dr", "drs", "dra", "ir", "h", "hj", "kh", "k.h", "hc", "drg", "apt", "ns", "ners", "bpk",
    "bapak", "ibu", "sdr", "sdri", "saudara", "saudari", "tn", "ny", "nn", "rd", "r", "raden", "mr", "mrs",
    "ms", "dt", "st", "kyai", "kiai", "ustadz", "ust", "habib", "gus",
}
_PREFIXES = frozenset(t.replace(".", "") for t in PREFIX_TITLES)
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_APOSTROPHES = re.compile(r"['’ʼ`]")  # inside a word: "Ma'ruf" is searched as "maruf"
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation to spaces, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    no_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
    # Letters NFKD cannot split (ł, ø, đ) still fold to their base letter.
    no_marks = no_marks.translate(str.maketrans("łŁøØđĐßæÆ", "lLoOdDsaA"))
    return _SPACE.sub(" ", _PUNCT.sub(" ", _APOSTROPHES.sub("", no_marks.casefold()))).strip()


def strip_titles(name: str) -> str:
    """The name without leading titles and without the degrees after the first comma."""
    core = (name or "").split(",", 1)[0]
    words = core.split()
    while len(words) > 1 and words[0].lower().replace(".", "").strip() in _PREFIXES:
        words.pop(0)
    return " ".join(words).strip() or (name or "").strip()


def name_key(name: str) -> str:
    """The key lists sort by and search compares against."""
    return fold(strip_titles(name))


def short_name(name: str) -> str:
    """What an article calls someone after the first mention: the first word of the name without titles
    ("Gogot Cahyo Baskoro" → "Gogot"), or the first two when the first is an abbreviation ("Much. Amarodin")."""
    bare = strip_titles(name).split()
    if not bare:
        return name
    if bare[0].endswith(".") and len(bare) > 1:
        return bare[1].rstrip(",")
    return bare[0]
