"""Full-text search over what meetings leave behind: notulen, decisions, quotes, follow-ups and news drafts.

What the user types becomes plain words (never query syntax: quotes, `*`, `-`, `AND`, `:` are just text), each
matched as the start of a word, all of them in the same passage, ignoring case, accents and apostrophes.
Hits come newest meeting first, each with its meeting and the passage that matched. The index and the
triggers that keep it are in `domain/search_index.py`.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

import peewee

from ..db import database
from ..models import AgendaItem, AgendaMinutes, FollowUp, Meeting, Minutes, NewsDraft, Person, Quote
from ..search_index import (APOSTROPHES, BY_CODE, EXTRA_FOLD, FIELD_BITS, PG_TABLE, SOURCE_BITS, SQLITE_TABLE,
                            is_sqlite)

KIND_LABELS = {"notulen": "Notulen", "keputusan": "Keputusan", "kutipan": "Kutipan",
               "tindak_lanjut": "Tindak lanjut", "berita": "Berita"}
# Which part of the record, when the kind alone does not say it.
PART_LABELS = {"opening_text": "pembukaan", "discussion": "pembahasan", "decisions": "",
               "conclusions": "kesimpulan", "closing_text": "penutupan", "text": "", "description": "",
               "closing_note": "catatan penyelesaian", "headline": "judul", "body": "isi"}
FOLLOW_UP_STATUS = {"terbuka": "terbuka", "selesai": "selesai", "batal": "batal"}

DEFAULT_LIMIT, MAX_LIMIT = 50, 500
MAX_TERMS, MAX_TERM_CHARS, MAX_INPUT_CHARS = 8, 40, 500
PASSAGE_CHARS, BEFORE_HIT = 220, 70

_WORD = re.compile(r"[^\W_]+")
_FOLD_TABLE = str.maketrans({**{c: "" for c in APOSTROPHES}, **EXTRA_FOLD})
# A meeting's hits in reading order: opening, the Pembahasan typed without an agenda item, the items, conclusions…
_READING_ORDER = {code: n for n, code in enumerate((1, 11, 2, 3, 4, 5, 6, 7, 8, 9, 10))}
_EPOCH = datetime(1970, 1, 1)


@dataclass(frozen=True)
class Hit:
    meeting_id: int
    meeting_title: str
    starts_at: datetime  # UTC, like the meeting
    timezone: str
    kind: str  # notulen / keputusan / kutipan / tindak_lanjut / berita
    part: str  # the column that matched: opening_text, discussion, decisions, text, description, body …
    source_id: int  # the row in its table (minutes, agenda_minutes, quote, follow_up, news_draft)
    context: str  # the agenda item, the speaker, or the follow-up's status and person
    passage: str  # one line of the text around the first match
    highlights: tuple[tuple[int, int], ...]  # [start, end) of each matched word in `passage`

    @property
    def label(self) -> str:
        """`Keputusan (kesimpulan)`, `Kutipan`: the kind in Indonesian, with the part when it helps."""
        part = PART_LABELS.get(self.part, "")
        kind = KIND_LABELS[self.kind]
        return f"{kind} ({part})" if part else kind


# --- what the user typed -----------------------------------------------------------------------------------

def _prepare(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(_FOLD_TABLE)


def fold(word: str) -> str:
    """A word as the index sees it: no apostrophes, no accents, lower case."""
    decomposed = unicodedata.normalize("NFKD", _prepare(word))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def terms(text: str | None) -> list[str]:
    """The words to look for: letters and digits only, so nothing the user types is read as query syntax."""
    out: list[str] = []
    for word in _WORD.findall(_prepare((text or "")[:MAX_INPUT_CHARS])):
        for part in _WORD.findall(fold(word)):  # folding may make punctuation ("⑴" is "(1)"): drop it again
            term = part[:MAX_TERM_CHARS]
            if term not in out:
                out.append(term)
    return out[:MAX_TERMS]


def _prefix(term: str) -> bool:
    # One letter as a prefix matches half the index and tells nothing: it must be a whole word.
    return len(term) >= 2


# --- the query -------------------------------------------------------------------------------------------

def _sqlite_matches(words: list[str], limit: int, offset: int) -> list[tuple[int, int, int]]:
    query = " ".join(f'"{t}"' + ("*" if _prefix(t) else "") for t in words)
    rows = database.obj.execute_sql(
        f"SELECT rowid, meeting_id FROM {SQLITE_TABLE} WHERE {SQLITE_TABLE} MATCH ? "
        "ORDER BY rowid DESC LIMIT ? OFFSET ?", (query, limit, offset)).fetchall()
    mask = (1 << SOURCE_BITS) - 1
    return [(rowid & ((1 << FIELD_BITS) - 1), (rowid >> FIELD_BITS) & mask, meeting_id)
            for rowid, meeting_id in rows]


# PostgreSQL's planner guesses how many rows a word matches from statistics, and a wrong guess is costly either
# way: walking the newest-first index for a word that is nowhere reads the whole table, while collecting every
# match of a common word through the word index (to sort them) costs tens of milliseconds. So look among the
# newest entries first, which finds a common word's page at once; only when they do not fill the page, collect
# the (then few) matches through the word index.
RECENT_WINDOW, WINDOW_PER_HIT = 4000, 20
_ORDER = "ORDER BY starts_at DESC, meeting_id DESC, field, source_id"


def _pg_matches(words: list[str], limit: int, offset: int) -> list[tuple[int, int, int]]:
    db = database.obj
    parts = [("to_tsquery('simple', quote_literal(search_fold(%s)) || ':*')" if _prefix(t)
              else "to_tsquery('simple', quote_literal(search_fold(%s)))") for t in words]
    query = db.execute_sql(f"SELECT ({' && '.join(parts)})::text", words).fetchone()[0]
    window = RECENT_WINDOW + WINDOW_PER_HIT * (offset + limit)
    rows = db.execute_sql(
        f"SELECT field, source_id, meeting_id FROM (SELECT field, source_id, meeting_id, starts_at, doc "
        f"FROM {PG_TABLE} {_ORDER} LIMIT %s) recent WHERE doc @@ %s::tsquery {_ORDER} LIMIT %s OFFSET %s",
        (window, query, limit, offset)).fetchall()
    if len(rows) < limit:
        with db.atomic():
            db.execute_sql("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off")
            rows = db.execute_sql(f"SELECT field, source_id, meeting_id FROM {PG_TABLE} WHERE doc @@ %s::tsquery "
                                  f"{_ORDER} LIMIT %s OFFSET %s", (query, limit, offset)).fetchall()
            # Inside a caller's transaction this is a savepoint, and SET LOCAL would outlive it: undo it now.
            db.execute_sql("SET LOCAL enable_seqscan TO DEFAULT; SET LOCAL enable_indexscan TO DEFAULT")
    return [(int(f), int(s), int(m)) for f, s, m in rows]


def search(text: str | None, limit: int = DEFAULT_LIMIT, offset: int = 0) -> list[Hit]:
    """Hits for `text`, newest meeting first (within a meeting: opening, discussion, decisions, conclusions,
    closing, quotes, follow-ups, news). Empty or wordless input finds nothing; it never raises."""
    words = terms(text)
    limit = max(0, min(int(limit), MAX_LIMIT))
    offset = max(0, int(offset))
    if not words or not limit:
        return []
    find = _sqlite_matches if is_sqlite(database.obj) else _pg_matches
    matches = find(words, limit, offset)
    return _hits(matches, words)


# --- turning matches into results ------------------------------------------------------------------------

def _ids(matches, table: str) -> list[int]:
    return [s for f, s, _m in matches if BY_CODE[f].table == table]


# The matched rows of each table, by id, as dicts with the searched columns and a "context" where one is shown.

def _minutes_rows(ids: list[int]):
    return Minutes.select(Minutes.id, Minutes.opening_text, Minutes.discussion, Minutes.conclusions,
                          Minutes.closing_text).where(Minutes.id.in_(ids)).dicts()


def _agenda_minutes_rows(ids: list[int]):
    return (AgendaMinutes.select(AgendaMinutes.id, AgendaMinutes.discussion, AgendaMinutes.decisions,
                                 AgendaItem.title.alias("context"))
            .join(AgendaItem, peewee.JOIN.LEFT_OUTER, on=(AgendaMinutes.agenda_item == AgendaItem.id))
            .where(AgendaMinutes.id.in_(ids)).dicts())


def _quote_rows(ids: list[int]):
    return (Quote.select(Quote.id, Quote.text, Person.name.alias("context"))
            .join(Person, peewee.JOIN.LEFT_OUTER, on=(Quote.person == Person.id))
            .where(Quote.id.in_(ids)).dicts())


def _follow_up_rows(ids: list[int]):
    q = (FollowUp.select(FollowUp.id, FollowUp.description, FollowUp.closing_note, FollowUp.status,
                         Person.name.alias("person"))
         .join(Person, peewee.JOIN.LEFT_OUTER, on=(FollowUp.person == Person.id))
         .where(FollowUp.id.in_(ids)).dicts())
    for r in q:
        status = FOLLOW_UP_STATUS.get(r["status"], r["status"])
        r["context"] = ", ".join(x for x in (status, r["person"]) if x)
        yield r


def _news_draft_rows(ids: list[int]):
    return NewsDraft.select(NewsDraft.id, NewsDraft.headline, NewsDraft.body).where(NewsDraft.id.in_(ids)).dicts()


_ROWS = {"minutes": _minutes_rows, "agenda_minutes": _agenda_minutes_rows, "quote": _quote_rows,
         "follow_up": _follow_up_rows, "news_draft": _news_draft_rows}


def _load(matches) -> dict[tuple[str, int], dict]:
    """The matched rows' texts and context, by (table, id): one query per table."""
    rows: dict[tuple[str, int], dict] = {}
    for table, read in _ROWS.items():
        ids = _ids(matches, table)
        if ids:
            for r in read(ids):
                rows[(table, r["id"])] = r
    return rows


def _hits(matches, words: list[str]) -> list[Hit]:
    if not matches:
        return []
    meeting_ids = sorted({m for _f, _s, m in matches})
    meetings = {r["id"]: r for r in Meeting.select(Meeting.id, Meeting.title, Meeting.starts_at, Meeting.timezone
                                                   ).where(Meeting.id.in_(meeting_ids)).dicts()}
    rows = _load(matches)
    hits = []  # (sort key, hit)
    for code, source_id, meeting_id in matches:
        field = BY_CODE[code]
        row, meeting = rows.get((field.table, source_id)), meetings.get(meeting_id)
        if row is None or meeting is None:  # deleted between the two reads
            continue
        passage_text, spans = passage(row.get(field.column) or "", words)
        hit = Hit(meeting_id=meeting_id, meeting_title=meeting["title"], starts_at=meeting["starts_at"],
                  timezone=meeting["timezone"], kind=field.kind, part=field.column, source_id=source_id,
                  context=row.get("context") or "", passage=passage_text, highlights=spans)
        hits.append(((-_minute(hit.starts_at), -meeting_id, _READING_ORDER[code], source_id), hit))
    # SQLite's index order is by start minute and row; keep a meeting's hits together, in reading order.
    hits.sort(key=lambda pair: pair[0])
    return [hit for _key, hit in hits]


def _minute(value: datetime) -> int:
    return int((value - _EPOCH).total_seconds() // 60) if isinstance(value, datetime) else 0


# --- the passage -----------------------------------------------------------------------------------------
# Finding the matched words must stay cheap for 50 long texts per page: fold the text one character for one
# character (so positions stay valid) with str.translate, then let one regular expression find the words.

_CHAR_FOLD: dict[int, str] = {}
_APOS = "[" + re.escape(APOSTROPHES) + "]"


def _same_length_fold(text: str) -> str:
    table = {}
    for ch in set(text):
        code = ord(ch)
        if code < 128 and not ("A" <= ch <= "Z"):
            continue
        if code not in _CHAR_FOLD:
            folded = ch if ch in APOSTROPHES else fold(ch)
            _CHAR_FOLD[code] = folded[:1] or ch  # ß, æ: their first letter; only the highlight is approximate
        table[code] = _CHAR_FOLD[code]
    return text.translate(table)


def _word_pattern(words: tuple[str, ...]) -> re.Pattern:
    alternatives = []
    for i, t in enumerate(words):
        letters = f"{_APOS}?".join(re.escape(c) for c in t)
        tail = rf"[^\W_]*(?:{_APOS}[^\W_]+)*" if _prefix(t) else rf"(?![^\W_]|{_APOS}[^\W_])"
        alternatives.append(f"(?P<t{i}>{letters}{tail})")  # the group says which word matched
    # A word starts here: no letter before, nor a letter and an apostrophe ("ruf" is not a word of "Ma'ruf").
    return re.compile(rf"(?<![^\W_])(?<![^\W_]{_APOS})(?:{'|'.join(alternatives)})")


_PATTERNS: dict[tuple[str, ...], re.Pattern] = {}


def _pattern(words: list[str]) -> re.Pattern:
    key = tuple(words)
    if key not in _PATTERNS:
        if len(_PATTERNS) > 64:
            _PATTERNS.clear()
        _PATTERNS[key] = _word_pattern(key)
    return _PATTERNS[key]


def passage(text: str, words: list[str], width: int = PASSAGE_CHARS) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The part of `text` around the first matching word, on one line, and where the matching words are in it.
    Words match as the search does (start of a word, case, accents and apostrophes ignored)."""
    flat = unicodedata.normalize("NFC", " ".join(text.split()))
    folded = _same_length_fold(flat)
    pattern = _pattern(words) if words else None
    first_hit = pattern.search(folded) if pattern else None
    if len(flat) <= width:
        start, end = 0, len(flat)
    else:
        before = min(BEFORE_HIT, width // 3)
        first, first_end = _best_hit(pattern, folded, width - before) if first_hit else (0, 0)
        start = _passage_start(flat, first, before)
        end = min(len(flat), start + width)
        if end < len(flat):
            space = flat.rfind(" ", start, end)
            end = space if space >= first_end else end
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(flat) else ""
    shift = len(prefix) - start
    spans = tuple((m.start() + shift, m.end() + shift) for m in pattern.finditer(folded, start, end)
                  ) if first_hit else ()
    return prefix + flat[start:end] + suffix, spans


def _best_hit(pattern: re.Pattern, folded: str, reach: int) -> tuple[int, int]:
    """The match to start from: the first one followed, within `reach`, by the most of the different words."""
    hits = [(m.start(), m.end(), m.lastgroup) for _i, m in zip(range(200), pattern.finditer(folded))]
    best, best_count = hits[0], 0
    for i, (s, e, _w) in enumerate(hits):
        count = len({w for s2, _e2, w in hits[i:] if s2 < s + reach})
        if count > best_count:
            best, best_count = (s, e, _w), count
    return best[0], best[1]


def _passage_start(flat: str, first: int, before: int) -> int:
    """Where the passage starts: the sentence of the first match if it began shortly before, else a word
    boundary a little before the match."""
    lo = max(0, first - before)
    if lo == 0:
        return 0
    window = flat[lo:first]
    sentence = max(window.rfind(". "), window.rfind("? "), window.rfind("! "), window.rfind("; "))
    if sentence >= 0:
        return lo + sentence + 2
    space = flat.find(" ", lo, first)
    return space + 1 if space >= 0 else first
