"""Schema versions and the steps between them.

A new database starts from the frozen SQL of version 7 (schema_v7.py), then runs the steps after it; an older
database runs each step after its version, in order, in one transaction per step. Steps are frozen too: they
use SQL and field definitions, never the live models, so a later model change cannot change what an old step
does. Every released schema stays upgradeable: never edit a step that has shipped; add a new one and change
`models` to match (tests/test_migrations.py checks that a migrated database and the models agree).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

import peewee

from .errors import UserError

log = logging.getLogger(__name__)


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)  # naive UTC, like the models' timestamps


class SchemaMigration(peewee.Model):
    version = peewee.IntegerField(primary_key=True)
    name = peewee.CharField(max_length=120)
    applied_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "schema_migrations"


@dataclass(frozen=True)
class Step:
    version: int
    name: str
    up: Callable[[peewee.Database, object], None]
    down: Callable[[peewee.Database, object], None] | None = None
    # What the frozen schema SQL does not make (triggers, a full-text index): run on a new database too.
    fresh: Callable[[peewee.Database], None] | None = None


def _migrator(db: peewee.Database):
    # playhouse.migrate (and the PostgreSQL parts it brings) only when a step runs, not at every start.
    from playhouse.migrate import PostgresqlMigrator, SqliteMigrator

    return SqliteMigrator(db) if isinstance(db, peewee.SqliteDatabase) else PostgresqlMigrator(db)


def migrate(*operations) -> None:
    from playhouse.migrate import migrate as run

    run(*operations)


# --- the steps -------------------------------------------------------------------------------------------

def _v1_up(db, migrator):
    """Version 1 is the first release's tables; only reached by a database made before any stamp existed."""
    raise UserError("Basis data ini tidak memiliki versi skema dan tidak dapat ditingkatkan otomatis.")


def _v2_up(db, migrator):
    from .names import name_key

    # Search and sorting ignore titles, accents and case ("amarodin" finds "Much. Amarodin"): keep that key.
    field = peewee.CharField(max_length=300, default="")
    migrate(migrator.add_column("person", "name_key", field))
    migrate(migrator.add_index("person", ("name_key",), False))
    rows = list(db.execute_sql("SELECT id, name FROM person"))
    update = f"UPDATE person SET name_key = {db.param} WHERE id = {db.param}"
    for pid, name in rows:
        db.execute_sql(update, (name_key(name), pid))


def _v2_down(db, migrator):
    migrate(migrator.drop_index("person", "person_name_key"))
    migrate(migrator.drop_column("person", "name_key"))


def _v3_up(db, migrator):
    # Desks ask "anything new in this meeting since …?" every second; this answers from the index alone.
    migrate(migrator.add_index("attendance", ("meeting_id", "updated_at"), False))


def _v3_down(db, migrator):
    migrate(migrator.drop_index("attendance", "attendance_meeting_id_updated_at"))


def _v4_up(db, migrator):
    migrate(migrator.add_column("attendance", "online_intervals", peewee.TextField(null=True)),
            migrator.add_column("attendance", "zoom_keys", peewee.TextField(null=True)),
            migrator.add_column("attendance", "needs_review", peewee.BooleanField(default=False)))


def _v4_down(db, migrator):
    migrate(migrator.drop_column("attendance", "needs_review"),
            migrator.drop_column("attendance", "zoom_keys"),
            migrator.drop_column("attendance", "online_intervals"))


def _v5_up(db, migrator):
    # Full-text search over minutes, decisions, quotes, follow-ups and news drafts. Triggers keep the index,
    # so every writer (services, imports, another PC) is covered; the rows already there are indexed now.
    from . import search_index

    search_index.create(db, fields=search_index.FIELDS_V5)
    search_index.fill(db, search_index.FIELDS_V5)


def _v5_down(db, migrator):
    from . import search_index

    search_index.drop(db)


def _v5_fresh(db):
    from . import search_index

    search_index.create(db, fields=search_index.FIELDS_V5)


def _v6_up(db, migrator):
    # Personal data (UU 27/2022): when a person was anonymised, and whether the office deleted them while a
    # printed record (attendance, roles, quotes, minutes) kept their anonymised row.
    migrate(migrator.add_column("person", "anonymised_at", peewee.DateTimeField(null=True)),
            migrator.add_column("person", "deleted_at", peewee.DateTimeField(null=True)))


def _v6_down(db, migrator):
    migrate(migrator.drop_column("person", "deleted_at"),
            migrator.drop_column("person", "anonymised_at"))


def _v7_up(db, migrator):
    # Which phone sent each LAN sign-in (its device cookie), so one phone signing in several people shows.
    migrate(migrator.add_column("attendance", "device", peewee.CharField(max_length=64, null=True)),
            migrator.add_index("attendance", ("meeting_id", "device"), False))


def _v7_down(db, migrator):
    migrate(migrator.drop_index("attendance", "attendance_meeting_id_device"),
            migrator.drop_column("attendance", "device"))


# Step 8: offices invited as a whole ("Ketua KPU Kabupaten Blitar") and saved invitee groups. New tables only;
# the SQL is frozen here ({pk} and {ts} are the engine's key and timestamp types).
_V8_TABLES = (
    'CREATE TABLE IF NOT EXISTS "office_invitation" ("id" {pk}, "created_at" {ts} NOT NULL, '
    '"updated_at" {ts} NOT NULL, "meeting_id" INTEGER NOT NULL, "satker_id" INTEGER NOT NULL, '
    '"position_line" VARCHAR(200) NOT NULL, "channel" VARCHAR(8) NOT NULL, "note" VARCHAR(300) NOT NULL, '
    '"position" INTEGER NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("satker_id") REFERENCES "satker" ("id") ON DELETE CASCADE)',
    'CREATE INDEX IF NOT EXISTS "office_invitation_meeting_id" ON "office_invitation" ("meeting_id")',
    'CREATE INDEX IF NOT EXISTS "office_invitation_satker_id" ON "office_invitation" ("satker_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "office_invitation_meeting_id_satker_id" ON "office_invitation" '
    '("meeting_id", "satker_id")',
    'CREATE TABLE IF NOT EXISTS "invitee_group" ("id" {pk}, "created_at" {ts} NOT NULL, '
    '"updated_at" {ts} NOT NULL, "name" VARCHAR(200) NOT NULL)',
    'CREATE UNIQUE INDEX IF NOT EXISTS "invitee_group_name" ON "invitee_group" ("name")',
    'CREATE TABLE IF NOT EXISTS "invitee_group_member" ("id" {pk}, "group_id" INTEGER NOT NULL, '
    '"person_id" INTEGER, "satker_id" INTEGER, "position_line" VARCHAR(200) NOT NULL, '
    '"position" INTEGER NOT NULL, '
    'FOREIGN KEY ("group_id") REFERENCES "invitee_group" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("satker_id") REFERENCES "satker" ("id") ON DELETE CASCADE)',
    'CREATE INDEX IF NOT EXISTS "invitee_group_member_group_id" ON "invitee_group_member" ("group_id")',
    'CREATE INDEX IF NOT EXISTS "invitee_group_member_person_id" ON "invitee_group_member" ("person_id")',
    'CREATE INDEX IF NOT EXISTS "invitee_group_member_satker_id" ON "invitee_group_member" ("satker_id")',
)


def _v8_up(db, migrator):
    sqlite = isinstance(db, peewee.SqliteDatabase)
    types = {"pk": "INTEGER NOT NULL PRIMARY KEY" if sqlite else "SERIAL NOT NULL PRIMARY KEY",
             "ts": "DATETIME" if sqlite else "TIMESTAMP"}
    for sql in _V8_TABLES:
        db.execute_sql(sql.format(**types))


def _v8_down(db, migrator):
    for table in ("invitee_group_member", "invitee_group", "office_invitation"):
        db.execute_sql(f'DROP TABLE IF EXISTS "{table}"')


def _v9_table():
    """A frozen copy of the person_import table as step 9 makes it (the live model may change later). Named
    like the model, so the index gets the model's name."""

    class PersonImport(peewee.Model):
        created_at = peewee.DateTimeField(default=utcnow, index=True)
        actor = peewee.CharField(max_length=120, default="")
        file_name = peewee.CharField(max_length=300, default="")
        added = peewee.TextField(default="[]")  # JSON: ids of the people the import added
        updated = peewee.TextField(default="{}")  # JSON: {person id: {field: [old, new]}}
        undone_at = peewee.DateTimeField(null=True)

        class Meta:
            table_name = "person_import"
            legacy_table_names = False

    return PersonImport


def _v9_up(db, migrator):
    # People imported from a file, one row per import: whom it added and what it changed (old and new values),
    # so the whole import can be undone later, also after a restart or from another PC.
    table = _v9_table()
    with db.bind_ctx([table]):
        db.create_tables([table])


def _v9_down(db, migrator):
    table = _v9_table()
    with db.bind_ctx([table]):
        db.drop_tables([table])


def _v10_up(db, migrator):
    # Who signs a meeting's letter (Ketua or Sekretaris; "" = the office's default), chosen per letter; and the
    # Pembahasan of minutes typed without an agenda item (a meeting attended without an agenda).
    # Plain ALTER TABLE (both engines take NOT NULL with a default): playhouse would rebuild the SQLite table to
    # add NOT NULL, and the search triggers that name "meeting" and "minutes" would break on the renamed copy.
    db.execute_sql('ALTER TABLE "meeting" ADD COLUMN "invitation_signatory" VARCHAR(12) NOT NULL DEFAULT \'\'')
    db.execute_sql('ALTER TABLE "minutes" ADD COLUMN "discussion" TEXT NOT NULL DEFAULT \'\'')


def _v10_down(db, migrator):
    db.execute_sql('ALTER TABLE "minutes" DROP COLUMN "discussion"')
    db.execute_sql('ALTER TABLE "meeting" DROP COLUMN "invitation_signatory"')


def _v11_up(db, migrator):
    # The short name a news article uses for a person, set by hand where the rule gets it wrong. Plain ALTER
    # TABLE for the same reason as step 10 (the person table has search triggers too).
    db.execute_sql('ALTER TABLE "person" ADD COLUMN "short_name" VARCHAR(60) NOT NULL DEFAULT \'\'')


def _v11_down(db, migrator):
    db.execute_sql('ALTER TABLE "person" DROP COLUMN "short_name"')


def _v12_up(db, migrator):
    # The Pembahasan typed without an agenda item (step 10) is found by the search like every other part of the
    # minutes: the index is made again with its triggers and filled from the rows already there.
    from . import search_index

    search_index.drop(db)
    search_index.create(db)
    search_index.fill(db)


def _v12_down(db, migrator):
    from . import search_index

    search_index.drop(db)
    search_index.create(db, fields=search_index.FIELDS_V5)
    search_index.fill(db, search_index.FIELDS_V5)


STEPS: list[Step] = [
    Step(1, "tabel awal", _v1_up),
    Step(2, "kunci nama untuk pencarian", _v2_up, _v2_down),
    Step(3, "indeks perubahan presensi per rapat", _v3_up, _v3_down),
    Step(4, "selang waktu Zoom dan tanda tinjau pada presensi", _v4_up, _v4_down),
    Step(5, "indeks pencarian isi notulen, tindak lanjut dan berita", _v5_up, _v5_down, _v5_fresh),
    Step(6, "penanda anonimisasi dan penghapusan orang", _v6_up, _v6_down),
    Step(7, "perangkat HP pada presensi lewat LAN", _v7_up, _v7_down),
    Step(8, "undangan per kantor dan kelompok undangan", _v8_up, _v8_down),
    Step(9, "riwayat impor orang yang dapat diurungkan", _v9_up, _v9_down),
    Step(10, "penanda tangan surat per rapat dan pembahasan tanpa acara", _v10_up, _v10_down),
    Step(11, "nama panggilan orang untuk berita", _v11_up, _v11_down),
    Step(12, "pencarian pembahasan tanpa acara", _v12_up, _v12_down),
]
LATEST = STEPS[-1].version


# --- running them ----------------------------------------------------------------------------------------

def current_version(db: peewee.Database) -> int | None:
    """The schema version of the database, 0 for an empty one, None if it has tables but no stamp."""
    with db.bind_ctx([SchemaMigration]):
        if SchemaMigration.table_exists():
            return SchemaMigration.select(peewee.fn.MAX(SchemaMigration.version)).scalar() or 0
    # Tables but no stamp: another program's database (or a damaged one). Never add our tables to it.
    return None if db.get_tables() else 0


def _stamp(db, version: int, name: str) -> None:
    with db.bind_ctx([SchemaMigration]):
        SchemaMigration.insert(version=version, name=name, applied_at=utcnow()).on_conflict_ignore().execute()


def upgrade(db: peewee.Database, target: int = LATEST) -> int:
    """Bring the schema to `target`. Returns the version reached."""
    version = current_version(db)
    if version is None:
        raise UserError("Basis data ini bukan milik KPU Rakor atau versinya tidak dikenal; tidak diubah.")
    if version > LATEST:
        raise UserError(
            f"Basis data ini dibuat oleh versi KPU Rakor yang lebih baru (skema {version}, aplikasi ini "
            f"mengenal sampai {LATEST}). Perbarui aplikasi di PC ini.")
    with db.bind_ctx([SchemaMigration]):
        db.create_tables([SchemaMigration], safe=True)
    if version == 0:
        from . import schema_v7  # a new database only: every other start skips the 75 statements

        # The frozen tables of version 7 and what its steps add beyond tables; the later steps run below.
        with db.atomic():
            for sql in schema_v7.SQLITE if isinstance(db, peewee.SqliteDatabase) else schema_v7.POSTGRESQL:
                db.execute_sql(sql)
            for step in STEPS:
                if step.version <= min(target, schema_v7.VERSION):
                    if step.fresh is not None:
                        step.fresh(db)
                    _stamp(db, step.version, step.name)
        if target <= schema_v7.VERSION:
            log.info("skema baru dibuat: versi %d", target)
            return target
        start, version = 0, schema_v7.VERSION
    else:
        start = version
    migrator = _migrator(db)
    for step in STEPS:
        if version < step.version <= target:
            # The migrator's context turns SQLite's foreign keys off around the step (a table rebuild must
            # not cascade-delete child rows) and wraps it in one transaction.
            with migrator.migration_context():
                step.up(db, migrator)
                _stamp(db, step.version, step.name)
            version = step.version
    if start == 0:
        log.info("skema baru dibuat: versi %d", version)
    elif version != start:
        log.info("skema ditingkatkan: versi %d ke %d", start, version)
    return version


def downgrade_to(db: peewee.Database, target: int) -> None:
    """Undo steps down to `target`. Used by tests to build an older schema on a server database."""
    migrator = _migrator(db)
    for step in reversed(STEPS):
        if step.version > target:
            if step.down is None:
                raise RuntimeError(f"step {step.version} cannot be undone")
            with migrator.migration_context():
                step.down(db, migrator)
                with db.bind_ctx([SchemaMigration]):
                    SchemaMigration.delete().where(SchemaMigration.version == step.version).execute()

