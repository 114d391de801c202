"""Small rules of Indonesian news prose: sentences, lists, quotes, and fitting typed notes into a sentence."""
from __future__ import annotations

import hashlib
import re

ORDINALS = ("Pertama", "Kedua", "Ketiga", "Keempat", "Kelima", "Keenam", "Ketujuh", "Kedelapan", "Kesembilan",
            "Kesepuluh")
# Words that start a typed note but are no verb, although they look like one (di-, me-, ber-, ter-).
_NOT_VERBS = {
    "dinas", "divisi", "direktur", "dirjen", "direktorat", "daerah", "data", "dalam", "demi", "dengan", "dari",
    "beliau", "bersama", "berdasarkan", "berikut", "berbagai", "bagi", "terkait", "terhadap", "tersebut",
    "menurut", "mengenai", "melalui", "meski", "meskipun", "memang", "mereka", "media", "materi", "menteri",
    "peserta", "pemilih", "pemilu", "pemilihan", "pemerintah", "pendidikan", "penyelenggara", "perlu",
    "masyarakat", "metode", "mekanisme", "dokumen", "diskusi", "disabilitas",
}
_VERB_PREFIXES = ("meng", "meny", "mem", "men", "me", "ber", "di", "ter", "per")
_SUBJECT_WORDS = ("narasumber", "pemateri", "beliau", "yang bersangkutan")
CHAIR_WORDS = ("pimpinan rapat", "ketua rapat", "pimpinan sidang")
_END = re.compile(r"[.!?…]([”’\"')]*)$")


class Chooser:
    """Picks one phrasing per part of the article from a seed: the same meeting always reads the same, and
    different meetings (or another variant of one) read differently."""

    def __init__(self, seed: str):
        self.seed = seed

    def pick(self, part: str, options: list):
        if not options:
            raise ValueError(part)
        digest = hashlib.sha256(f"{self.seed}|{part}".encode()).digest()
        return options[int.from_bytes(digest[:4], "big") % len(options)]


def words(text: str) -> int:
    return len(text.split())


def sentence(text: str) -> str:
    """Trimmed, first letter capitalised, ending with a full stop unless it already ends a sentence."""
    text = " ".join((text or "").split())
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    if not _END.search(text):
        text = text.rstrip(",;:") + "."
    return text


_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z][.)]|[-•*])\s+")
PRONOUN = "\x00"  # "\x00Gogot\x00": the person named again; "Ia" inside a paragraph, the name opening one


def is_list(block: str) -> bool:
    """A typed list kept as one: "1. …\n2. …" (never split, never made into sentences)."""
    return "\n" in block and all(re.match(r"\d{1,2}\. ", line) for line in block.split("\n"))


def as_list(items: list[str]) -> str:
    """`items` numbered, one a line: how a typed list stays in the article ("1. …" lines; HTML <ol>)."""
    out = []
    for k, item in enumerate(items, 1):
        item = " ".join(item.split()).rstrip(";,")
        out.append(f"{k}. {item[:1].upper() + item[1:]}")
    return "\n".join(out)


def blocks(text: str) -> list[str]:
    """A typed note as sentences and lists: two or more list lines in a row ("1. …", "a) …", "- …") stay one
    numbered list; a line that introduces one keeps its colon; every other line is one or more sentences."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    out: list[str] = []
    k = 0
    while k < len(lines):
        run = []
        while k + len(run) < len(lines) and _LIST_MARK.match(lines[k + len(run)]):
            run.append(_LIST_MARK.sub("", lines[k + len(run)]))
        if len(run) >= 2:
            out.append(as_list(run))
            k += len(run)
            continue
        line = _LIST_MARK.sub("", lines[k]) if run else lines[k]
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        if line.endswith(":") and _LIST_MARK.match(nxt):
            line = " ".join(line.split())
            out.append(line[0].upper() + line[1:])  # "Narasumber menyampaikan tiga hal:" before its list
        else:
            out.append(sentence(line))
        k += 1
    return out


def sentences(text: str) -> list[str]:
    """A typed note as sentences: every line is one or more sentences; list marks are dropped."""
    out = []
    for line in (text or "").splitlines():
        line = line.strip().lstrip("-•*").strip()
        head, _, rest = line.partition(" ")
        if rest and head.rstrip(".)").isdigit() and head[-1:] in ".)":
            line = rest
        if line.strip():
            out.append(sentence(line))
    return out


def strip_end(text: str) -> str:
    return " ".join((text or "").split()).rstrip(".;:, ")


def is_proper(word: str, proper: set[str]) -> bool:
    w = word.strip("“”\"'(),.;:")
    if not w:
        return True
    if sum(c.isupper() for c in w) >= 2 or any(c.isdigit() for c in w):
        return True  # KPU, MoU, 2024
    return w in proper


def lower_first(text: str, proper: set[str]) -> str:
    """`text` continuing a sentence: its first letter in lower case, unless the first word is a name, an
    acronym or another word written with a capital elsewhere."""
    text = " ".join((text or "").split())
    if not text:
        return text
    first = text.split(" ", 1)[0]
    if is_proper(first, proper):
        return text
    return text[0].lower() + text[1:]


def is_verb_phrase(text: str) -> bool:
    first = (text or "").split(" ", 1)[0].lower().strip(",.;:")
    if len(first) < 5 or first in _NOT_VERBS or not first.isalpha():
        return False
    return first.startswith(_VERB_PREFIXES)


_MODALS = {"akan", "dapat", "bisa", "harus", "wajib", "perlu", "telah", "sudah", "sedang", "segera", "adalah",
           "merupakan", "menjadi", "tetap"}


def has_verb(text: str) -> bool:
    """Whether a typed item reads as a clause (a verb or a modal somewhere), not a bare noun phrase
    ("Jadwal sosialisasi bulan Mei")."""
    for word in (text or "").lower().split():
        word = word.strip(",.;:()“”\"'")
        if word in _MODALS or is_verb_phrase(word):
            return True
    return False


def replace_subject(text: str, name: str, words=_SUBJECT_WORDS) -> str:
    """ "Narasumber menjelaskan …" typed in the notulen becomes "Gogot menjelaskan …"."""
    low = text.lower()
    for word in words:
        if low.startswith(word + " "):
            return name + text[len(word):]
    return text


def as_clause(text: str, proper: set[str]) -> str | None:
    """A typed note as the rest of a sentence whose subject is a person ("… dalam sambutannya <clause>"):
    "Menghimbau agar …" → "menghimbau agar …", "Agar …" → "mengimbau agar …", "Bahwa …" → "menyampaikan
    bahwa …". None when the note is a sentence of its own."""
    text = strip_end(text)
    if not text:
        return None
    first = text.split(" ", 1)[0].lower()
    if first == "bahwa":
        return "menyampaikan " + text[0].lower() + text[1:]
    if first in ("agar", "supaya"):
        return "mengimbau " + text[0].lower() + text[1:]
    if is_verb_phrase(text):
        return text[0].lower() + text[1:]
    return None


def join_list(items: list[str], last: str = "dan") -> str:
    """`A`, `A dan B`, `A, B, dan C` (or with `serta` when the items themselves hold "dan")."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return items[0] if items else ""
    if len(items) == 2:
        return f"{items[0]} {last} {items[1]}"
    return ", ".join(items[:-1]) + f", {last} {items[-1]}"


def quote(text: str, verb: str, who: str) -> str:
    """ “…,” ujar Gogot. — the quote's own full stop becomes the comma before the verb."""
    q = " ".join((text or "").split()).strip("“”\"' ")
    if not q:
        return ""
    q = q[0].upper() + q[1:]
    if q.endswith(("?", "!")):
        return f"“{q}” {verb} {who}."
    return f"“{q.rstrip('.,;:')},” {verb} {who}."


def said(text: str) -> str:
    """The words after "X mengatakan, …": “Seusai rakor kita akan …”."""
    q = " ".join((text or "").split()).strip("“”\"' ")
    if not q:
        return ""
    q = q[0].upper() + q[1:]
    if not q.endswith((".", "?", "!")):
        q += "."
    return f"“{q}”"


def paragraphs(parts: list[str], limit: int = 90) -> list[str]:
    """Sentences gathered into paragraphs of at most `limit` words (a sentence never splits); a typed list is
    a paragraph of its own, whole, however long."""
    out, current = [], []
    for s in parts:
        if not s:
            continue
        if is_list(s):
            if current:
                out.append(" ".join(current))
                current = []
            out.append(s)
            continue
        if current and words(" ".join(current + [s])) > limit:
            out.append(" ".join(current))
            current = []
        current.append(s)
    if current:
        out.append(" ".join(current))
    return out


_NUMBERS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")


def count_words(n: int) -> str:
    """Counts under ten in words, as news writes them ("tiga peserta"); larger ones in digits."""
    return _NUMBERS[n] if 0 <= n < 10 else str(n)
