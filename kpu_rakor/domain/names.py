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


# Words that open a name without being what anyone is called: Balinese birth-order and caste names ("I Dewa
# Kade Wiarsa Raka Sandi" is "Raka Sandi", never "I"), and the spellings of Muhammad that stand before the name
# people use ("Much. Amarodin" is "Amarodin"). Compared without dots and case. docs/naming.md lists the rules.
BALINESE_MARKERS = {
    "i", "ni", "putu", "wayan", "gede", "made", "kade", "kadek", "nengah", "nyoman", "komang", "ketut", "dewa",
    "gusti", "ngurah", "anak", "agung", "aa", "ida", "bagus", "cokorda", "desak", "luh", "dayu", "sagung",
}
BALINESE_OPENERS = {"i", "ni", "ida", "anak", "aa", "gusti", "dewa", "cokorda", "desak", "putu", "made", "wayan",
                    "nyoman", "ketut", "kadek", "komang", "gede"}
# Words that open a name but are not said alone: Buton and Bugis noble titles ("La Ode", "Wa Ode", "Andi") are
# left out; "Nur" and "Abdul" are said with the word after them ("Nur Salam", "Abdul Rahman").
NOBLE = {"la", "wa", "ode", "andi"}
NOT_ALONE = {"nur", "abdul", "abd", "abdul."}
MUHAMMAD = {"muhammad", "muhamad", "mohammad", "mohamad", "mochammad", "mochamad", "mokhamad", "mohamed", "moch",
            "moh", "much", "muh", "mhd", "md", "m"}


def _bare(word: str) -> str:
    return word.lower().replace(".", "").strip(",")


def short_name(name: str, chosen: str = "") -> str:
    """What an article calls someone after the first mention: `chosen` when the person's record sets it
    (person.short_name), else the name without titles, Muhammad's spellings or an initial ("Much. Amarodin" →
    "Amarodin", "Gogot Cahyo Baskoro" → "Gogot"); a Balinese name drops its birth-order and caste words and
    keeps the last two of the rest ("I Dewa Kade Wiarsa Raka Sandi" → "Raka Sandi")."""
    chosen = " ".join((chosen or "").split())
    if chosen:
        return chosen
    bare = [w.rstrip(",") for w in strip_titles(name).split()]
    if not bare:
        return name
    if _bare(bare[0]) in BALINESE_OPENERS and len(bare) > 1:
        rest = list(bare)
        while len(rest) > 1 and _bare(rest[0]) in BALINESE_MARKERS:
            rest.pop(0)
        return " ".join(rest[-2:]) if len(rest) >= 3 else rest[0]
    rest = list(bare)
    # Muhammad's spellings and initials ("M.", "A.") stand before the name people use.
    while len(rest) > 1 and (_bare(rest[0]) in MUHAMMAD | NOBLE
                             or (rest[0].endswith(".") and len(_bare(rest[0])) <= 4)):
        rest.pop(0)
    if len(rest) > 1 and _bare(rest[0]) in NOT_ALONE:
        return f"{rest[0]} {rest[1]}"
    return rest[0]
