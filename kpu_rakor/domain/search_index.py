"""The full-text index of what meetings leave behind (schema step 5), and the triggers that keep it right.

Minutes, decisions, quotes, follow-ups and news drafts are written by several services, by imports and by
other PCs; database triggers index every insert, update and delete (cascades included), whoever writes.

- SQLite: an FTS5 table `search_fts` (unicode61, diacritics removed). Its rowid orders entries newest meeting
  first: `start minute << 36 | source id << 4 | field`, so "the newest 50 hits" is a walk down the rowid, never
  a sort of every hit; a meeting's entries are one rowid range.
- PostgreSQL: a table `search_entry` with a `tsvector` ('simple' configuration, no stemming: Indonesian has no
  snowball stemmer) under a GIN index, and the meeting's start for the order.

Both index text folded the same way (`fold_sql`): apostrophes dropped so "maruf" finds "Ma'ruf", accents
removed, and on PostgreSQL punctuation turned into spaces so both engines cut words alike. Changing any of
this, or adding a field, means a new migration step that calls `drop()`, `create()` and `fill()` again; the
earlier steps keep creating the fields of their time (`FIELDS_V5`), whose columns exist then.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import peewee


@dataclass(frozen=True)
class Field:
    code: int  # 1..15; also the order of a meeting's hits
    table: str
    column: str
    kind: str  # notulen / keputusan / kutipan / tindak_lanjut / berita


# The fields as schema step 5 indexed them; step 12 added the Pembahasan typed without an agenda item.
FIELDS_V5: tuple[Field, ...] = (
    Field(1, "minutes", "opening_text", "notulen"),
    Field(2, "agenda_minutes", "discussion", "notulen"),
    Field(3, "agenda_minutes", "decisions", "keputusan"),
    Field(4, "minutes", "conclusions", "keputusan"),
    Field(5, "minutes", "closing_text", "notulen"),
    Field(6, "quote", "text", "kutipan"),
    Field(7, "follow_up", "description", "tindak_lanjut"),
    Field(8, "follow_up", "closing_note", "tindak_lanjut"),
    Field(9, "news_draft", "headline", "berita"),
    Field(10, "news_draft", "body", "berita"),
)
FIELDS: tuple[Field, ...] = FIELDS_V5 + (Field(11, "minutes", "discussion", "notulen"),)
BY_CODE = {f.code: f for f in FIELDS}
# How a row reaches its meeting: the column on the row, and whether it goes through the minutes row.
LINK = {"minutes": ("meeting_id", False), "agenda_minutes": ("minutes_id", True), "quote": ("minutes_id", True),
        "follow_up": ("meeting_id", False), "news_draft": ("meeting_id", False)}
TABLES = tuple(LINK)
MINUTES_CHILDREN = ("agenda_minutes", "quote")

FIELD_BITS, SOURCE_BITS = 4, 32
MINUTE_SHIFT = FIELD_BITS + SOURCE_BITS  # rowid = start minute << 36 | source id << 4 | field
MAX_MINUTE = (1 << 26) - 1  # minutes since 1970: enough until 2097, and the rowid stays below 2**62

# Written like apostrophes in names (Ma'ruf, Jum'at): dropped, so the two halves stay one word.
APOSTROPHES = "'\u2019\u02bc`\u2018"
# Letters that have no accent to strip (so SQLite's tokenizer keeps them) but that people type plainly.
EXTRA_FOLD = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ı": "i", "ß": "ss", "æ": "ae",
              "Æ": "AE", "œ": "oe", "Œ": "OE"}
TOKENIZER = "unicode61 remove_diacritics 2"

SQLITE_TABLE = "search_fts"
PG_TABLE = "search_entry"


def is_sqlite(db: peewee.Database) -> bool:
    return isinstance(db, peewee.SqliteDatabase)


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# --- SQLite ----------------------------------------------------------------------------------------------

def _sqlite_fold(expr: str) -> str:
    out = expr
    for ch in APOSTROPHES:
        out = f"replace({out}, {_lit(ch)}, '')"
    for ch, plain in EXTRA_FOLD.items():
        out = f"replace({out}, {_lit(ch)}, {_lit(plain)})"
    return out


def _sqlite_key(starts_at: str) -> str:
    minute = f"coalesce(CAST(strftime('%s', {starts_at}) AS INTEGER) / 60, 0)"
    return f"(max(0, min({MAX_MINUTE}, {minute})) << {MINUTE_SHIFT})"


def _sqlite_meeting(table: str, row: str) -> str:
    column, via_minutes = LINK[table]
    if via_minutes:
        return f"(SELECT meeting_id FROM minutes WHERE id = {row}.{column})"
    return f"{row}.{column}"


def _sqlite_entry(f: Field, row: str, meeting: str = "m") -> str:
    """rowid, body, meeting_id of `row`'s field `f`, with `meeting` the joined meeting row."""
    return (f"{_sqlite_key(meeting + '.starts_at')} | ({row}.id << {FIELD_BITS}) | {f.code}, "
            f"{_sqlite_fold(f'{row}.{f.column}')}, {meeting}.id")


def _sqlite_delete(f: Field, row: str, meeting_id: str) -> str:
    return (f"DELETE FROM {SQLITE_TABLE} WHERE rowid = (SELECT {_sqlite_key('m.starts_at')} | "
            f"({row}.id << {FIELD_BITS}) | {f.code} FROM meeting m WHERE m.id = {meeting_id});")


def _sqlite_insert(f: Field, row: str, meeting_id: str) -> str:
    # OR REPLACE: a stale entry with the same rowid (a database edited with triggers off) is overwritten
    # instead of failing the user's save.
    return (f"INSERT OR REPLACE INTO {SQLITE_TABLE} (rowid, body, meeting_id) SELECT {_sqlite_entry(f, row)} "
            f"FROM meeting m WHERE m.id = {meeting_id} AND coalesce({row}.{f.column}, '') <> '';")


def _sqlite_rows_of(f: Field, where: str, meeting: str = "m") -> str:
    """SELECT the entries of field `f` for the source rows (alias t) and meeting rows matching `where`."""
    column, via_minutes = LINK[f.table]
    if via_minutes:
        source = (f"{f.table} t JOIN minutes mi ON mi.id = t.{column} "
                  f"JOIN meeting {meeting} ON {meeting}.id = mi.meeting_id")
    else:
        source = f"{f.table} t JOIN meeting {meeting} ON {meeting}.id = t.{column}"
    return (f"SELECT {_sqlite_entry(f, 't', meeting)} FROM {source} "
            f"WHERE coalesce(t.{f.column}, '') <> ''{' AND ' + where if where else ''}")


def _sqlite_statements(fields: tuple[Field, ...]) -> list[str]:
    stmts = [f"CREATE VIRTUAL TABLE IF NOT EXISTS {SQLITE_TABLE} USING fts5(body, meeting_id UNINDEXED, "
             f"tokenize={_lit(TOKENIZER)}, prefix='2 3 4')"]
    for f in fields:
        name = f"search_{f.table}_{f.column}"
        link, _via = LINK[f.table]
        stmts.append(f"CREATE TRIGGER IF NOT EXISTS {name}_ai AFTER INSERT ON {f.table} BEGIN "
                     f"{_sqlite_insert(f, 'new', _sqlite_meeting(f.table, 'new'))} END")
        stmts.append(f"CREATE TRIGGER IF NOT EXISTS {name}_ad AFTER DELETE ON {f.table} BEGIN "
                     f"{_sqlite_delete(f, 'old', _sqlite_meeting(f.table, 'old'))} END")
        stmts.append(f"CREATE TRIGGER IF NOT EXISTS {name}_au AFTER UPDATE ON {f.table} "
                     f"WHEN old.{f.column} IS NOT new.{f.column} OR old.{link} IS NOT new.{link} "
                     f"OR old.id IS NOT new.id BEGIN "
                     f"{_sqlite_delete(f, 'old', _sqlite_meeting(f.table, 'old'))} "
                     f"{_sqlite_insert(f, 'new', _sqlite_meeting(f.table, 'new'))} END")
    children = [f for f in fields if f.table in MINUTES_CHILDREN]

    def child_keys(minutes_row: str, meeting_id: str) -> str:
        return " UNION ALL ".join(
            f"SELECT {_sqlite_key('m.starts_at')} | (c.id << {FIELD_BITS}) | {f.code} FROM {f.table} c "
            f"JOIN meeting m ON m.id = {meeting_id} WHERE c.minutes_id = {minutes_row}.id" for f in children)

    # Deleting minutes cascades to its items and quotes after the minutes row is gone, when their own triggers
    # can no longer find the meeting: take their entries out first.
    stmts.append(f"CREATE TRIGGER IF NOT EXISTS search_minutes_children_bd BEFORE DELETE ON minutes BEGIN "
                 f"DELETE FROM {SQLITE_TABLE} WHERE rowid IN ({child_keys('old', 'old.meeting_id')}); END")
    moves = " ".join(f"INSERT OR REPLACE INTO {SQLITE_TABLE} (rowid, body, meeting_id) "
                     f"{_sqlite_rows_of(f, 't.minutes_id = new.id')};" for f in children)
    stmts.append(f"CREATE TRIGGER IF NOT EXISTS search_minutes_meeting_au AFTER UPDATE ON minutes "
                 f"WHEN old.meeting_id IS NOT new.meeting_id BEGIN "
                 f"DELETE FROM {SQLITE_TABLE} WHERE rowid IN ({child_keys('old', 'old.meeting_id')}); {moves} END")
    # A meeting's entries are one rowid range: a delete drops it (before the cascade, while the start is known);
    # a new start moves it.
    span = 1 << MINUTE_SHIFT
    old_range = (f"rowid >= {_sqlite_key('old.starts_at')} AND rowid < {_sqlite_key('old.starts_at')} + {span} "
                 f"AND meeting_id = old.id")
    stmts.append(f"CREATE TRIGGER IF NOT EXISTS search_meeting_bd BEFORE DELETE ON meeting BEGIN "
                 f"DELETE FROM {SQLITE_TABLE} WHERE {old_range}; END")
    refill = " ".join(f"INSERT OR REPLACE INTO {SQLITE_TABLE} (rowid, body, meeting_id) "
                      f"{_sqlite_rows_of(f, 'm.id = new.id')};" for f in fields)
    stmts.append(f"CREATE TRIGGER IF NOT EXISTS search_meeting_au AFTER UPDATE ON meeting "
                 f"WHEN old.starts_at IS NOT new.starts_at OR old.id IS NOT new.id BEGIN "
                 f"DELETE FROM {SQLITE_TABLE} WHERE {old_range}; {refill} END")
    return stmts


def _sqlite_trigger_names(fields: tuple[Field, ...] = FIELDS) -> list[str]:
    names = []
    for f in fields:
        names += [f"search_{f.table}_{f.column}_{s}" for s in ("ai", "ad", "au")]
    return names + ["search_minutes_children_bd", "search_minutes_meeting_au", "search_meeting_bd",
                    "search_meeting_au"]


# --- PostgreSQL ------------------------------------------------------------------------------------------

# Punctuation becomes a space before PostgreSQL's parser sees the text: it would otherwise keep
# "kab-tulungagung.kpu.go.id" as one host name, where SQLite (and the user) see words.
PG_PUNCT = ("[[:punct:]\u201c\u201d\u201e\u00ab\u00bb\u2013\u2014\u2026\u2022\u00b7\u2039\u203a"
            "\u00a1\u00bf\u00a7\u00b6\u00b0]+")


def _accent_map() -> tuple[str, str]:
    """Latin letters with accents and their plain letter, for PostgreSQL servers without `unaccent`."""
    src, dst = [], []
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        if base != ch and len(base) == 1 and base.isascii() and base.isalpha():
            src.append(ch)
            dst.append(base)
    for ch, plain in EXTRA_FOLD.items():
        if len(plain) == 1 and ch not in src:
            src.append(ch)
            dst.append(plain)
    return "".join(src), "".join(dst)


def _pg_fold_body(unaccent_schema: str | None) -> str:
    text = f"translate($1, {_lit(APOSTROPHES)}, '')"
    if unaccent_schema:
        schema = '"' + unaccent_schema.replace('"', '""') + '"'
        text = f"{schema}.unaccent({_lit(schema + '.unaccent')}::regdictionary, {text})"
    else:
        src, dst = _accent_map()
        text = f"translate({text}, {_lit(src)}, {_lit(dst)})"
        for ch, plain in EXTRA_FOLD.items():
            if len(plain) > 1:
                text = f"replace({text}, {_lit(ch)}, {_lit(plain)})"
    return f"SELECT regexp_replace({text}, {_lit(PG_PUNCT)}, ' ', 'g')"


def unaccent_schema(db: peewee.Database, install: bool = True) -> str | None:
    """The schema of the `unaccent` extension, installing it when the server has it and we may (PostgreSQL 13+
    lets a database owner install it; elsewhere CREATE EXTENSION may need a superuser). None: fold without it."""
    sql = ("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
           "WHERE e.extname = 'unaccent'")
    row = db.execute_sql(sql).fetchone()
    if row or not install:
        return row[0] if row else None
    if not db.execute_sql("SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'").fetchone():
        return None
    try:
        with db.atomic():  # a savepoint: a refused CREATE EXTENSION must not abort the migration
            db.execute_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
    except peewee.DatabaseError:
        return None
    row = db.execute_sql(sql).fetchone()
    return row[0] if row else None


def _pg_meeting(table: str, row: str) -> str:
    column, via_minutes = LINK[table]
    if via_minutes:
        return f"(SELECT meeting_id FROM minutes WHERE id = {row}.{column})"
    return f"{row}.{column}"


def _pg_rows_of(f: Field, where: str = "") -> str:
    column, via_minutes = LINK[f.table]
    if via_minutes:
        source = f"{f.table} t JOIN minutes mi ON mi.id = t.{column} JOIN meeting m ON m.id = mi.meeting_id"
    else:
        source = f"{f.table} t JOIN meeting m ON m.id = t.{column}"
    return (f"SELECT {f.code}, t.id, m.id, m.starts_at, to_tsvector('simple', search_fold(t.{f.column}::text)) "
            f"FROM {source} WHERE coalesce(t.{f.column}, '') <> ''{' AND ' + where if where else ''}")


def _pg_statements(unaccent: str | None, all_fields: tuple[Field, ...]) -> list[str]:
    stmts = [
        f"CREATE OR REPLACE FUNCTION search_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE "
        f"AS $fold$ {_pg_fold_body(unaccent)} $fold$",
        f"CREATE TABLE IF NOT EXISTS {PG_TABLE} (field smallint NOT NULL, source_id integer NOT NULL, "
        "meeting_id integer NOT NULL REFERENCES meeting (id) ON DELETE CASCADE, starts_at timestamp NOT NULL, "
        "doc tsvector NOT NULL, PRIMARY KEY (field, source_id))",
        f"CREATE INDEX IF NOT EXISTS {PG_TABLE}_doc ON {PG_TABLE} USING gin (doc)",
        f"CREATE INDEX IF NOT EXISTS {PG_TABLE}_order ON {PG_TABLE} "
        "(starts_at DESC, meeting_id DESC, field, source_id)",
        f"CREATE INDEX IF NOT EXISTS {PG_TABLE}_meeting ON {PG_TABLE} (meeting_id)",
    ]
    upsert = ("ON CONFLICT (field, source_id) DO UPDATE SET meeting_id = EXCLUDED.meeting_id, "
              "starts_at = EXCLUDED.starts_at, doc = EXCLUDED.doc")
    for table in TABLES:
        fields = [f for f in all_fields if f.table == table]
        codes = ", ".join(str(f.code) for f in fields)
        values = ", ".join(f"({f.code}, NEW.{f.column}::text)" for f in fields)
        link, _via = LINK[table]
        extra = ""
        if table == "minutes":
            children = [f for f in all_fields if f.table in MINUTES_CHILDREN]
            which = " OR ".join(f"(field = {f.code} AND source_id IN (SELECT id FROM {f.table} "
                                f"WHERE minutes_id = NEW.id))" for f in children)
            extra = (f"IF TG_OP = 'UPDATE' AND OLD.meeting_id IS DISTINCT FROM NEW.meeting_id THEN "
                     f"UPDATE {PG_TABLE} SET meeting_id = m.id, starts_at = m.starts_at FROM meeting m "
                     f"WHERE m.id = NEW.meeting_id AND ({which}); END IF;")
        stmts.append(
            f"CREATE OR REPLACE FUNCTION search_sync_{table}() RETURNS trigger LANGUAGE plpgsql AS $sync$ BEGIN "
            f"IF TG_OP <> 'INSERT' THEN DELETE FROM {PG_TABLE} WHERE field IN ({codes}) AND source_id = OLD.id; "
            f"END IF; "
            f"IF TG_OP <> 'DELETE' THEN INSERT INTO {PG_TABLE} (field, source_id, meeting_id, starts_at, doc) "
            f"SELECT x.f, NEW.id, m.id, m.starts_at, to_tsvector('simple', search_fold(x.v)) "
            f"FROM (VALUES {values}) AS x (f, v) JOIN meeting m ON m.id = {_pg_meeting(table, 'NEW')} "
            f"WHERE coalesce(x.v, '') <> '' {upsert}; END IF; {extra} "
            f"RETURN NULL; END $sync$")
        changed = " OR ".join([f"OLD.{f.column} IS DISTINCT FROM NEW.{f.column}" for f in fields]
                              + [f"OLD.{link} IS DISTINCT FROM NEW.{link}", "OLD.id IS DISTINCT FROM NEW.id"])
        stmts.append(f"DROP TRIGGER IF EXISTS search_sync_{table} ON {table}")
        stmts.append(f"CREATE TRIGGER search_sync_{table} AFTER INSERT OR DELETE ON {table} FOR EACH ROW "
                     f"EXECUTE FUNCTION search_sync_{table}()")
        stmts.append(f"DROP TRIGGER IF EXISTS search_sync_{table}_upd ON {table}")
        stmts.append(f"CREATE TRIGGER search_sync_{table}_upd AFTER UPDATE ON {table} FOR EACH ROW "
                     f"WHEN ({changed}) EXECUTE FUNCTION search_sync_{table}()")
    # A meeting's delete cascades through the foreign key; a new start time re-sorts its entries.
    stmts.append(f"CREATE OR REPLACE FUNCTION search_sync_meeting() RETURNS trigger LANGUAGE plpgsql AS $sync$ "
                 f"BEGIN UPDATE {PG_TABLE} SET starts_at = NEW.starts_at WHERE meeting_id = NEW.id; "
                 f"RETURN NULL; END $sync$")
    stmts.append("DROP TRIGGER IF EXISTS search_sync_meeting ON meeting")
    stmts.append("CREATE TRIGGER search_sync_meeting AFTER UPDATE ON meeting FOR EACH ROW "
                 "WHEN (OLD.starts_at IS DISTINCT FROM NEW.starts_at) EXECUTE FUNCTION search_sync_meeting()")
    return stmts


def _pg_trigger_names() -> list[str]:
    return [n for t in TABLES for n in (f"search_sync_{t}", f"search_sync_{t}_upd")] + ["search_sync_meeting"]


# --- what the migration step and the tests call ----------------------------------------------------------

def create(db: peewee.Database, *, use_unaccent: bool = True, fields: tuple[Field, ...] = FIELDS) -> None:
    """Make the index and its triggers (idempotent). Fill it with `fill()` when rows exist already."""
    if is_sqlite(db):
        statements = _sqlite_statements(fields)
    else:
        statements = _pg_statements(unaccent_schema(db) if use_unaccent else None, fields)
    for sql in statements:
        db.execute_sql(sql)


def fill(db: peewee.Database, fields: tuple[Field, ...] = FIELDS) -> None:
    """Index every existing row again from the source tables (after `create()`, or to repair)."""
    if is_sqlite(db):
        db.execute_sql(f"DELETE FROM {SQLITE_TABLE}")
        for f in fields:
            db.execute_sql(f"INSERT INTO {SQLITE_TABLE} (rowid, body, meeting_id) {_sqlite_rows_of(f, '')}")
    else:
        db.execute_sql(f"DELETE FROM {PG_TABLE}")
        for f in fields:
            db.execute_sql(f"INSERT INTO {PG_TABLE} (field, source_id, meeting_id, starts_at, doc) "
                           f"{_pg_rows_of(f)}")


def drop(db: peewee.Database) -> None:
    if is_sqlite(db):
        for name in _sqlite_trigger_names():  # the names of every step's fields: IF EXISTS skips the others
            db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
        db.execute_sql(f"DROP TABLE IF EXISTS {SQLITE_TABLE}")
        return
    for table in TABLES:
        db.execute_sql(f"DROP TRIGGER IF EXISTS search_sync_{table} ON {table}")
        db.execute_sql(f"DROP TRIGGER IF EXISTS search_sync_{table}_upd ON {table}")
        db.execute_sql(f"DROP FUNCTION IF EXISTS search_sync_{table}()")
    db.execute_sql("DROP TRIGGER IF EXISTS search_sync_meeting ON meeting")
    db.execute_sql("DROP FUNCTION IF EXISTS search_sync_meeting()")
    db.execute_sql(f"DROP TABLE IF EXISTS {PG_TABLE}")
    db.execute_sql("DROP FUNCTION IF EXISTS search_fold(text)")


def missing(db: peewee.Database) -> list[str]:
    """The index's tables and triggers that are not in the database. A later step that rebuilds one of the
    source tables (SQLite drops a table's triggers with it) must create them again: the tests check this."""
    if is_sqlite(db):
        present = {r[0] for r in db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') AND name LIKE 'search%'")}
        expected = [SQLITE_TABLE] + _sqlite_trigger_names()
    else:
        present = {r[0] for r in db.execute_sql(
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND left(tgname, 6) = 'search' "
            "UNION ALL SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            "AND left(tablename, 6) = 'search' UNION ALL SELECT proname FROM pg_proc WHERE proname = 'search_fold'")}
        expected = [PG_TABLE, "search_fold"] + _pg_trigger_names()
    return [name for name in expected if name not in present]
