"""The schema of version 7 as SQL, per engine: what a new database starts from (see migrations.py).

Frozen: this is the text peewee's create_tables() ran for the models of schema version 7, kept as text so a
later change to a model can never change what an old step creates. Never edit it; a new schema version is a
new migration step (tests/test_migrations.py checks that steps and models still agree).
"""
from __future__ import annotations

VERSION = 7

SQLITE: tuple[str, ...] = (
    'CREATE TABLE IF NOT EXISTS "satker" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, '
    '"updated_at" DATETIME NOT NULL, "name" VARCHAR(200) NOT NULL, "short_name" VARCHAR(80) NOT NULL, '
    '"full_name" VARCHAR(250) NOT NULL, "level" VARCHAR(10) NOT NULL, "kind" VARCHAR(15) NOT NULL, '
    '"parent_id" INTEGER, "region_code" VARCHAR(10), "region_name" VARCHAR(120) NOT NULL, '
    '"city" VARCHAR(80) NOT NULL, "timezone" VARCHAR(4) NOT NULL, "website" VARCHAR(120) NOT NULL, '
    '"address" TEXT NOT NULL, "builtin" INTEGER NOT NULL, '
    'FOREIGN KEY ("parent_id") REFERENCES "satker" ("id") ON DELETE SET NULL)',
    'CREATE INDEX IF NOT EXISTS "satker_level" ON "satker" ("level")',
    'CREATE INDEX IF NOT EXISTS "satker_parent_id" ON "satker" ("parent_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "satker_region_code" ON "satker" ("region_code")',
    'CREATE TABLE IF NOT EXISTS "person" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, '
    '"updated_at" DATETIME NOT NULL, "name" VARCHAR(300) NOT NULL, "name_key" VARCHAR(300) NOT NULL, '
    '"nip" VARCHAR(18), "position" VARCHAR(200) NOT NULL, "position_rank" INTEGER NOT NULL, "satker_id" INTEGER, '
    '"institution" VARCHAR(200) NOT NULL, "phone" VARCHAR(30) NOT NULL, "email" VARCHAR(200) NOT NULL, '
    '"code_id" VARCHAR(16) NOT NULL, "is_guest" INTEGER NOT NULL, "active" INTEGER NOT NULL, '
    '"anonymised_at" DATETIME, "deleted_at" DATETIME, '
    'FOREIGN KEY ("satker_id") REFERENCES "satker" ("id") ON DELETE SET NULL)',
    'CREATE INDEX IF NOT EXISTS "person_name_key" ON "person" ("name_key")',
    'CREATE INDEX IF NOT EXISTS "person_satker_id" ON "person" ("satker_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "person_code_id" ON "person" ("code_id")',
    'CREATE TABLE IF NOT EXISTS "meeting_series" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "name" VARCHAR(200) NOT NULL)',
    'CREATE UNIQUE INDEX IF NOT EXISTS "meeting_series_name" ON "meeting_series" ("name")',
    'CREATE TABLE IF NOT EXISTS "meeting" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, '
    '"updated_at" DATETIME NOT NULL, "title" VARCHAR(300) NOT NULL, "kind" VARCHAR(60) NOT NULL, '
    '"our_role" VARCHAR(12) NOT NULL, "mode" VARCHAR(8) NOT NULL, "starts_at" DATETIME NOT NULL, '
    '"ends_at" DATETIME, "timezone" VARCHAR(4) NOT NULL, "venue" VARCHAR(300) NOT NULL, '
    '"venue_address" TEXT NOT NULL, "online_platform" VARCHAR(60) NOT NULL, '
    '"zoom_meeting_id" VARCHAR(30) NOT NULL, "zoom_passcode" VARCHAR(60) NOT NULL, '
    '"online_link" VARCHAR(500) NOT NULL, "livestream_link" VARCHAR(500) NOT NULL, "organizer_id" INTEGER, '
    '"invitation_number" VARCHAR(120) NOT NULL, "invitation_date" DATE, '
    '"invitation_nature" VARCHAR(40) NOT NULL, "invitation_attachment" VARCHAR(60) NOT NULL, '
    '"basis_letters" TEXT NOT NULL, "description" TEXT NOT NULL, "chair_id" INTEGER, "note_taker_id" INTEGER, '
    '"status" VARCHAR(10) NOT NULL, "series_id" INTEGER, "code_id" VARCHAR(16) NOT NULL, '
    '"late_threshold_minutes" INTEGER, '
    'FOREIGN KEY ("organizer_id") REFERENCES "satker" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("chair_id") REFERENCES "person" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("note_taker_id") REFERENCES "person" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("series_id") REFERENCES "meeting_series" ("id") ON DELETE SET NULL)',
    'CREATE INDEX IF NOT EXISTS "meeting_our_role" ON "meeting" ("our_role")',
    'CREATE INDEX IF NOT EXISTS "meeting_mode" ON "meeting" ("mode")',
    'CREATE INDEX IF NOT EXISTS "meeting_starts_at" ON "meeting" ("starts_at")',
    'CREATE INDEX IF NOT EXISTS "meeting_organizer_id" ON "meeting" ("organizer_id")',
    'CREATE INDEX IF NOT EXISTS "meeting_chair_id" ON "meeting" ("chair_id")',
    'CREATE INDEX IF NOT EXISTS "meeting_note_taker_id" ON "meeting" ("note_taker_id")',
    'CREATE INDEX IF NOT EXISTS "meeting_status" ON "meeting" ("status")',
    'CREATE INDEX IF NOT EXISTS "meeting_series_id" ON "meeting" ("series_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "meeting_code_id" ON "meeting" ("code_id")',
    'CREATE TABLE IF NOT EXISTS "agenda_item" ("id" INTEGER NOT NULL PRIMARY KEY, "meeting_id" INTEGER NOT NULL, '
    '"position" INTEGER NOT NULL, "title" VARCHAR(300) NOT NULL, "planned_start" DATETIME, '
    '"planned_end" DATETIME, "notes" TEXT NOT NULL, '
    'FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE)',
    'CREATE INDEX IF NOT EXISTS "agenda_item_meeting_id" ON "agenda_item" ("meeting_id")',
    'CREATE INDEX IF NOT EXISTS "agenda_item_meeting_id_position" ON "agenda_item" ("meeting_id", "position")',
    'CREATE TABLE IF NOT EXISTS "minutes" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, '
    '"updated_at" DATETIME NOT NULL, "meeting_id" INTEGER NOT NULL, "opened_at" DATETIME, '
    '"opened_by_id" INTEGER, "opening_text" TEXT NOT NULL, "closed_at" DATETIME, "closing_text" TEXT NOT NULL, '
    '"conclusions" TEXT NOT NULL, "status" VARCHAR(10) NOT NULL, "approved_by_id" INTEGER, '
    '"approved_at" DATETIME, "revision" INTEGER NOT NULL, '
    'FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("opened_by_id") REFERENCES "person" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("approved_by_id") REFERENCES "person" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX IF NOT EXISTS "minutes_meeting_id" ON "minutes" ("meeting_id")',
    'CREATE INDEX IF NOT EXISTS "minutes_opened_by_id" ON "minutes" ("opened_by_id")',
    'CREATE INDEX IF NOT EXISTS "minutes_approved_by_id" ON "minutes" ("approved_by_id")',
    'CREATE TABLE IF NOT EXISTS "agenda_minutes" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "minutes_id" INTEGER NOT NULL, '
    '"agenda_item_id" INTEGER, "position" INTEGER NOT NULL, "discussion" TEXT NOT NULL, '
    '"decisions" TEXT NOT NULL, FOREIGN KEY ("minutes_id") REFERENCES "minutes" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE SET NULL)',
    'CREATE INDEX IF NOT EXISTS "agenda_minutes_minutes_id" ON "agenda_minutes" ("minutes_id")',
    'CREATE INDEX IF NOT EXISTS "agenda_minutes_agenda_item_id" ON "agenda_minutes" ("agenda_item_id")',
    'CREATE TABLE IF NOT EXISTS "attendance" ("id" INTEGER NOT NULL PRIMARY KEY, "meeting_id" INTEGER NOT NULL, '
    '"person_id" INTEGER NOT NULL, "status" VARCHAR(20) NOT NULL, "channel" VARCHAR(8) NOT NULL, '
    '"method" VARCHAR(8) NOT NULL, "checked_in_at" DATETIME, "desk" VARCHAR(60) NOT NULL, '
    '"minutes_late" INTEGER NOT NULL, "online_minutes" INTEGER, "online_intervals" TEXT, "zoom_keys" TEXT, '
    '"needs_review" INTEGER NOT NULL, "delegate_id" INTEGER, "note" VARCHAR(300) NOT NULL, "signature" TEXT, '
    '"device" VARCHAR(64), "recorded_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, '
    'FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("delegate_id") REFERENCES "person" ("id") ON DELETE SET NULL)',
    'CREATE INDEX IF NOT EXISTS "attendance_meeting_id" ON "attendance" ("meeting_id")',
    'CREATE INDEX IF NOT EXISTS "attendance_person_id" ON "attendance" ("person_id")',
    'CREATE INDEX IF NOT EXISTS "attendance_delegate_id" ON "attendance" ("delegate_id")',
    'CREATE INDEX IF NOT EXISTS "attendance_updated_at" ON "attendance" ("updated_at")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "attendance_meeting_id_person_id" ON "attendance" ("meeting_id", '
    '"person_id")',
    'CREATE INDEX IF NOT EXISTS "attendance_meeting_id_updated_at" ON "attendance" ("meeting_id", "updated_at")',
    'CREATE INDEX IF NOT EXISTS "attendance_meeting_id_device" ON "attendance" ("meeting_id", "device")',
    'CREATE TABLE IF NOT EXISTS "audit_log" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, '
    '"actor" VARCHAR(120) NOT NULL, "action" VARCHAR(40) NOT NULL, "entity" VARCHAR(40) NOT NULL, '
    '"entity_id" INTEGER, "meeting_id" INTEGER, "detail" TEXT NOT NULL, "personal_data" INTEGER NOT NULL, '
    'FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE SET NULL)',
    'CREATE INDEX IF NOT EXISTS "audit_log_at" ON "audit_log" ("at")',
    'CREATE INDEX IF NOT EXISTS "audit_log_meeting_id" ON "audit_log" ("meeting_id")',
    'CREATE TABLE IF NOT EXISTS "follow_up" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, '
    '"updated_at" DATETIME NOT NULL, "meeting_id" INTEGER NOT NULL, "agenda_item_id" INTEGER, '
    '"description" TEXT NOT NULL, "person_id" INTEGER, "satker_id" INTEGER, "due_date" DATE, '
    '"status" VARCHAR(10) NOT NULL, "closing_note" TEXT NOT NULL, "carried_from_id" INTEGER, '
    '"position" INTEGER NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("satker_id") REFERENCES "satker" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("carried_from_id") REFERENCES "follow_up" ("id") ON DELETE SET NULL)',
    'CREATE INDEX IF NOT EXISTS "follow_up_meeting_id" ON "follow_up" ("meeting_id")',
    'CREATE INDEX IF NOT EXISTS "follow_up_agenda_item_id" ON "follow_up" ("agenda_item_id")',
    'CREATE INDEX IF NOT EXISTS "follow_up_person_id" ON "follow_up" ("person_id")',
    'CREATE INDEX IF NOT EXISTS "follow_up_satker_id" ON "follow_up" ("satker_id")',
    'CREATE INDEX IF NOT EXISTS "follow_up_status" ON "follow_up" ("status")',
    'CREATE INDEX IF NOT EXISTS "follow_up_carried_from_id" ON "follow_up" ("carried_from_id")',
    'CREATE TABLE IF NOT EXISTS "invitation" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, '
    '"updated_at" DATETIME NOT NULL, "meeting_id" INTEGER NOT NULL, "person_id" INTEGER NOT NULL, '
    '"code_id" VARCHAR(16) NOT NULL, "channel" VARCHAR(8) NOT NULL, "note" VARCHAR(300) NOT NULL, '
    '"sent_at" DATETIME, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE)',
    'CREATE INDEX IF NOT EXISTS "invitation_meeting_id" ON "invitation" ("meeting_id")',
    'CREATE INDEX IF NOT EXISTS "invitation_person_id" ON "invitation" ("person_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "invitation_code_id" ON "invitation" ("code_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "invitation_meeting_id_person_id" ON "invitation" ("meeting_id", '
    '"person_id")',
    'CREATE TABLE IF NOT EXISTS "meeting_role" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"meeting_id" INTEGER NOT NULL, "person_id" INTEGER NOT NULL, "role" VARCHAR(12) NOT NULL, '
    '"agenda_item_id" INTEGER, "topic" VARCHAR(300) NOT NULL, "position" INTEGER NOT NULL, '
    'FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE SET NULL)',
    'CREATE INDEX IF NOT EXISTS "meeting_role_meeting_id" ON "meeting_role" ("meeting_id")',
    'CREATE INDEX IF NOT EXISTS "meeting_role_person_id" ON "meeting_role" ("person_id")',
    'CREATE INDEX IF NOT EXISTS "meeting_role_agenda_item_id" ON "meeting_role" ("agenda_item_id")',
    'CREATE INDEX IF NOT EXISTS "meeting_role_meeting_id_person_id_role_agenda_item_id" ON '
    '"meeting_role" ("meeting_id", '
    '"person_id", "role", "agenda_item_id")',
    'CREATE TABLE IF NOT EXISTS "minutes_revision" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"minutes_id" INTEGER NOT NULL, "revision" INTEGER NOT NULL, "content" TEXT NOT NULL, '
    '"reason" TEXT NOT NULL, "created_at" DATETIME NOT NULL, '
    'FOREIGN KEY ("minutes_id") REFERENCES "minutes" ("id") ON DELETE CASCADE)',
    'CREATE INDEX IF NOT EXISTS "minutes_revision_minutes_id" ON "minutes_revision" ("minutes_id")',
    'CREATE TABLE IF NOT EXISTS "news_draft" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, '
    '"updated_at" DATETIME NOT NULL, "meeting_id" INTEGER NOT NULL, "headline" VARCHAR(300) NOT NULL, '
    '"body" TEXT NOT NULL, "writer_initials" VARCHAR(10) NOT NULL, "edited_by_user" INTEGER NOT NULL, '
    'FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE)',
    'CREATE INDEX IF NOT EXISTS "news_draft_meeting_id" ON "news_draft" ("meeting_id")',
    'CREATE TABLE IF NOT EXISTS "office_profile" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "satker_id" INTEGER, '
    '"letterhead_lines" TEXT NOT NULL, "logo_path" VARCHAR(500) NOT NULL, "logo" BLOB, "address" TEXT NOT NULL, '
    '"city" VARCHAR(80) NOT NULL, "website" VARCHAR(120) NOT NULL, "writer_initials" VARCHAR(10) NOT NULL, '
    '"default_venue" VARCHAR(200) NOT NULL, "late_threshold_minutes" INTEGER NOT NULL, '
    '"paper" VARCHAR(4) NOT NULL, FOREIGN KEY ("satker_id") REFERENCES "satker" ("id") ON DELETE SET NULL)',
    'CREATE INDEX IF NOT EXISTS "office_profile_satker_id" ON "office_profile" ("satker_id")',
    'CREATE TABLE IF NOT EXISTS "photo" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, '
    '"updated_at" DATETIME NOT NULL, "meeting_id" INTEGER NOT NULL, "file_name" VARCHAR(300) NOT NULL, '
    '"image" BLOB NOT NULL, "caption" TEXT NOT NULL, "person_id" INTEGER, "taken_at" DATETIME, '
    '"position" INTEGER NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE SET NULL)',
    'CREATE INDEX IF NOT EXISTS "photo_meeting_id" ON "photo" ("meeting_id")',
    'CREATE INDEX IF NOT EXISTS "photo_person_id" ON "photo" ("person_id")',
    'CREATE TABLE IF NOT EXISTS "quote" ("id" INTEGER NOT NULL PRIMARY KEY, "minutes_id" INTEGER NOT NULL, '
    '"agenda_item_id" INTEGER, "person_id" INTEGER, "text" TEXT NOT NULL, "position" INTEGER NOT NULL, '
    'FOREIGN KEY ("minutes_id") REFERENCES "minutes" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE SET NULL)',
    'CREATE INDEX IF NOT EXISTS "quote_minutes_id" ON "quote" ("minutes_id")',
    'CREATE INDEX IF NOT EXISTS "quote_agenda_item_id" ON "quote" ("agenda_item_id")',
    'CREATE INDEX IF NOT EXISTS "quote_person_id" ON "quote" ("person_id")',
    'CREATE TABLE IF NOT EXISTS "setting" ("key" VARCHAR(80) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)',
    'CREATE TABLE IF NOT EXISTS "signatory" ("id" INTEGER NOT NULL PRIMARY KEY, "role" VARCHAR(20) NOT NULL, '
    '"name" VARCHAR(300) NOT NULL, "nip" VARCHAR(18), "title" VARCHAR(200) NOT NULL, "person_id" INTEGER, '
    'FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX IF NOT EXISTS "signatory_role" ON "signatory" ("role")',
    'CREATE INDEX IF NOT EXISTS "signatory_person_id" ON "signatory" ("person_id")',
)

POSTGRESQL: tuple[str, ...] = (
    'CREATE TABLE IF NOT EXISTS "satker" ("id" SERIAL NOT NULL PRIMARY KEY, "created_at" TIMESTAMP NOT NULL, '
    '"updated_at" TIMESTAMP NOT NULL, "name" VARCHAR(200) NOT NULL, "short_name" VARCHAR(80) NOT NULL, '
    '"full_name" VARCHAR(250) NOT NULL, "level" VARCHAR(10) NOT NULL, "kind" VARCHAR(15) NOT NULL, '
    '"parent_id" INTEGER, "region_code" VARCHAR(10), "region_name" VARCHAR(120) NOT NULL, '
    '"city" VARCHAR(80) NOT NULL, "timezone" VARCHAR(4) NOT NULL, "website" VARCHAR(120) NOT NULL, '
    '"address" TEXT NOT NULL, "builtin" BOOLEAN NOT NULL, '
    'FOREIGN KEY ("parent_id") REFERENCES "satker" ("id") ON DELETE SET NULL)',
    'CREATE INDEX IF NOT EXISTS "satker_level" ON "satker" ("level")',
    'CREATE INDEX IF NOT EXISTS "satker_parent_id" ON "satker" ("parent_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "satker_region_code" ON "satker" ("region_code")',
    'CREATE TABLE IF NOT EXISTS "person" ("id" SERIAL NOT NULL PRIMARY KEY, "created_at" TIMESTAMP NOT NULL, '
    '"updated_at" TIMESTAMP NOT NULL, "name" VARCHAR(300) NOT NULL, "name_key" VARCHAR(300) NOT NULL, '
    '"nip" VARCHAR(18), "position" VARCHAR(200) NOT NULL, "position_rank" INTEGER NOT NULL, "satker_id" INTEGER, '
    '"institution" VARCHAR(200) NOT NULL, "phone" VARCHAR(30) NOT NULL, "email" VARCHAR(200) NOT NULL, '
    '"code_id" VARCHAR(16) NOT NULL, "is_guest" BOOLEAN NOT NULL, "active" BOOLEAN NOT NULL, '
    '"anonymised_at" TIMESTAMP, "deleted_at" TIMESTAMP, '
    'FOREIGN KEY ("satker_id") REFERENCES "satker" ("id") ON DELETE SET NULL)',
    'CREATE INDEX IF NOT EXISTS "person_name_key" ON "person" ("name_key")',
    'CREATE INDEX IF NOT EXISTS "person_satker_id" ON "person" ("satker_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "person_code_id" ON "person" ("code_id")',
    'CREATE TABLE IF NOT EXISTS "meeting_series" ("id" SERIAL NOT NULL PRIMARY KEY, '
    '"created_at" TIMESTAMP NOT NULL, "updated_at" TIMESTAMP NOT NULL, "name" VARCHAR(200) NOT NULL)',
    'CREATE UNIQUE INDEX IF NOT EXISTS "meeting_series_name" ON "meeting_series" ("name")',
    'CREATE TABLE IF NOT EXISTS "meeting" ("id" SERIAL NOT NULL PRIMARY KEY, "created_at" TIMESTAMP NOT NULL, '
    '"updated_at" TIMESTAMP NOT NULL, "title" VARCHAR(300) NOT NULL, "kind" VARCHAR(60) NOT NULL, '
    '"our_role" VARCHAR(12) NOT NULL, "mode" VARCHAR(8) NOT NULL, "starts_at" TIMESTAMP NOT NULL, '
    '"ends_at" TIMESTAMP, "timezone" VARCHAR(4) NOT NULL, "venue" VARCHAR(300) NOT NULL, '
    '"venue_address" TEXT NOT NULL, "online_platform" VARCHAR(60) NOT NULL, '
    '"zoom_meeting_id" VARCHAR(30) NOT NULL, "zoom_passcode" VARCHAR(60) NOT NULL, '
    '"online_link" VARCHAR(500) NOT NULL, "livestream_link" VARCHAR(500) NOT NULL, "organizer_id" INTEGER, '
    '"invitation_number" VARCHAR(120) NOT NULL, "invitation_date" DATE, '
    '"invitation_nature" VARCHAR(40) NOT NULL, "invitation_attachment" VARCHAR(60) NOT NULL, '
    '"basis_letters" TEXT NOT NULL, "description" TEXT NOT NULL, "chair_id" INTEGER, "note_taker_id" INTEGER, '
    '"status" VARCHAR(10) NOT NULL, "series_id" INTEGER, "code_id" VARCHAR(16) NOT NULL, '
    '"late_threshold_minutes" INTEGER, '
    'FOREIGN KEY ("organizer_id") REFERENCES "satker" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("chair_id") REFERENCES "person" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("note_taker_id") REFERENCES "person" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("series_id") REFERENCES "meeting_series" ("id") ON DELETE SET NULL)',
    'CREATE INDEX IF NOT EXISTS "meeting_our_role" ON "meeting" ("our_role")',
    'CREATE INDEX IF NOT EXISTS "meeting_mode" ON "meeting" ("mode")',
    'CREATE INDEX IF NOT EXISTS "meeting_starts_at" ON "meeting" ("starts_at")',
    'CREATE INDEX IF NOT EXISTS "meeting_organizer_id" ON "meeting" ("organizer_id")',
    'CREATE INDEX IF NOT EXISTS "meeting_chair_id" ON "meeting" ("chair_id")',
    'CREATE INDEX IF NOT EXISTS "meeting_note_taker_id" ON "meeting" ("note_taker_id")',
    'CREATE INDEX IF NOT EXISTS "meeting_status" ON "meeting" ("status")',
    'CREATE INDEX IF NOT EXISTS "meeting_series_id" ON "meeting" ("series_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "meeting_code_id" ON "meeting" ("code_id")',
    'CREATE TABLE IF NOT EXISTS "agenda_item" ("id" SERIAL NOT NULL PRIMARY KEY, "meeting_id" INTEGER NOT NULL, '
    '"position" INTEGER NOT NULL, "title" VARCHAR(300) NOT NULL, "planned_start" TIMESTAMP, '
    '"planned_end" TIMESTAMP, "notes" TEXT NOT NULL, '
    'FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE)',
    'CREATE INDEX IF NOT EXISTS "agenda_item_meeting_id" ON "agenda_item" ("meeting_id")',
    'CREATE INDEX IF NOT EXISTS "agenda_item_meeting_id_position" ON "agenda_item" ("meeting_id", "position")',
    'CREATE TABLE IF NOT EXISTS "minutes" ("id" SERIAL NOT NULL PRIMARY KEY, "created_at" TIMESTAMP NOT NULL, '
    '"updated_at" TIMESTAMP NOT NULL, "meeting_id" INTEGER NOT NULL, "opened_at" TIMESTAMP, '
    '"opened_by_id" INTEGER, "opening_text" TEXT NOT NULL, "closed_at" TIMESTAMP, "closing_text" TEXT NOT NULL, '
    '"conclusions" TEXT NOT NULL, "status" VARCHAR(10) NOT NULL, "approved_by_id" INTEGER, '
    '"approved_at" TIMESTAMP, "revision" INTEGER NOT NULL, '
    'FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("opened_by_id") REFERENCES "person" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("approved_by_id") REFERENCES "person" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX IF NOT EXISTS "minutes_meeting_id" ON "minutes" ("meeting_id")',
    'CREATE INDEX IF NOT EXISTS "minutes_opened_by_id" ON "minutes" ("opened_by_id")',
    'CREATE INDEX IF NOT EXISTS "minutes_approved_by_id" ON "minutes" ("approved_by_id")',
    'CREATE TABLE IF NOT EXISTS "agenda_minutes" ("id" SERIAL NOT NULL PRIMARY KEY, '
    '"created_at" TIMESTAMP NOT NULL, "updated_at" TIMESTAMP NOT NULL, "minutes_id" INTEGER NOT NULL, '
    '"agenda_item_id" INTEGER, "position" INTEGER NOT NULL, "discussion" TEXT NOT NULL, '
    '"decisions" TEXT NOT NULL, FOREIGN KEY ("minutes_id") REFERENCES "minutes" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE SET NULL)',
    'CREATE INDEX IF NOT EXISTS "agenda_minutes_minutes_id" ON "agenda_minutes" ("minutes_id")',
    'CREATE INDEX IF NOT EXISTS "agenda_minutes_agenda_item_id" ON "agenda_minutes" ("agenda_item_id")',
    'CREATE TABLE IF NOT EXISTS "attendance" ("id" SERIAL NOT NULL PRIMARY KEY, "meeting_id" INTEGER NOT NULL, '
    '"person_id" INTEGER NOT NULL, "status" VARCHAR(20) NOT NULL, "channel" VARCHAR(8) NOT NULL, '
    '"method" VARCHAR(8) NOT NULL, "checked_in_at" TIMESTAMP, "desk" VARCHAR(60) NOT NULL, '
    '"minutes_late" INTEGER NOT NULL, "online_minutes" INTEGER, "online_intervals" TEXT, "zoom_keys" TEXT, '
    '"needs_review" BOOLEAN NOT NULL, "delegate_id" INTEGER, "note" VARCHAR(300) NOT NULL, "signature" TEXT, '
    '"device" VARCHAR(64), "recorded_at" TIMESTAMP NOT NULL, "updated_at" TIMESTAMP NOT NULL, '
    'FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("delegate_id") REFERENCES "person" ("id") ON DELETE SET NULL)',
    'CREATE INDEX IF NOT EXISTS "attendance_meeting_id" ON "attendance" ("meeting_id")',
    'CREATE INDEX IF NOT EXISTS "attendance_person_id" ON "attendance" ("person_id")',
    'CREATE INDEX IF NOT EXISTS "attendance_delegate_id" ON "attendance" ("delegate_id")',
    'CREATE INDEX IF NOT EXISTS "attendance_updated_at" ON "attendance" ("updated_at")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "attendance_meeting_id_person_id" ON "attendance" ("meeting_id", '
    '"person_id")',
    'CREATE INDEX IF NOT EXISTS "attendance_meeting_id_updated_at" ON "attendance" ("meeting_id", "updated_at")',
    'CREATE INDEX IF NOT EXISTS "attendance_meeting_id_device" ON "attendance" ("meeting_id", "device")',
    'CREATE TABLE IF NOT EXISTS "audit_log" ("id" SERIAL NOT NULL PRIMARY KEY, "at" TIMESTAMP NOT NULL, '
    '"actor" VARCHAR(120) NOT NULL, "action" VARCHAR(40) NOT NULL, "entity" VARCHAR(40) NOT NULL, '
    '"entity_id" INTEGER, "meeting_id" INTEGER, "detail" TEXT NOT NULL, "personal_data" BOOLEAN NOT NULL, '
    'FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE SET NULL)',
    'CREATE INDEX IF NOT EXISTS "audit_log_at" ON "audit_log" ("at")',
    'CREATE INDEX IF NOT EXISTS "audit_log_meeting_id" ON "audit_log" ("meeting_id")',
    'CREATE TABLE IF NOT EXISTS "follow_up" ("id" SERIAL NOT NULL PRIMARY KEY, "created_at" TIMESTAMP NOT NULL, '
    '"updated_at" TIMESTAMP NOT NULL, "meeting_id" INTEGER NOT NULL, "agenda_item_id" INTEGER, '
    '"description" TEXT NOT NULL, "person_id" INTEGER, "satker_id" INTEGER, "due_date" DATE, '
    '"status" VARCHAR(10) NOT NULL, "closing_note" TEXT NOT NULL, "carried_from_id" INTEGER, '
    '"position" INTEGER NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("satker_id") REFERENCES "satker" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("carried_from_id") REFERENCES "follow_up" ("id") ON DELETE SET NULL)',
    'CREATE INDEX IF NOT EXISTS "follow_up_meeting_id" ON "follow_up" ("meeting_id")',
    'CREATE INDEX IF NOT EXISTS "follow_up_agenda_item_id" ON "follow_up" ("agenda_item_id")',
    'CREATE INDEX IF NOT EXISTS "follow_up_person_id" ON "follow_up" ("person_id")',
    'CREATE INDEX IF NOT EXISTS "follow_up_satker_id" ON "follow_up" ("satker_id")',
    'CREATE INDEX IF NOT EXISTS "follow_up_status" ON "follow_up" ("status")',
    'CREATE INDEX IF NOT EXISTS "follow_up_carried_from_id" ON "follow_up" ("carried_from_id")',
    'CREATE TABLE IF NOT EXISTS "invitation" ("id" SERIAL NOT NULL PRIMARY KEY, "created_at" TIMESTAMP NOT NULL, '
    '"updated_at" TIMESTAMP NOT NULL, "meeting_id" INTEGER NOT NULL, "person_id" INTEGER NOT NULL, '
    '"code_id" VARCHAR(16) NOT NULL, "channel" VARCHAR(8) NOT NULL, "note" VARCHAR(300) NOT NULL, '
    '"sent_at" TIMESTAMP, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE)',
    'CREATE INDEX IF NOT EXISTS "invitation_meeting_id" ON "invitation" ("meeting_id")',
    'CREATE INDEX IF NOT EXISTS "invitation_person_id" ON "invitation" ("person_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "invitation_code_id" ON "invitation" ("code_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "invitation_meeting_id_person_id" ON "invitation" ("meeting_id", '
    '"person_id")',
    'CREATE TABLE IF NOT EXISTS "meeting_role" ("id" SERIAL NOT NULL PRIMARY KEY, "meeting_id" INTEGER NOT NULL, '
    '"person_id" INTEGER NOT NULL, "role" VARCHAR(12) NOT NULL, "agenda_item_id" INTEGER, '
    '"topic" VARCHAR(300) NOT NULL, "position" INTEGER NOT NULL, '
    'FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE SET NULL)',
    'CREATE INDEX IF NOT EXISTS "meeting_role_meeting_id" ON "meeting_role" ("meeting_id")',
    'CREATE INDEX IF NOT EXISTS "meeting_role_person_id" ON "meeting_role" ("person_id")',
    'CREATE INDEX IF NOT EXISTS "meeting_role_agenda_item_id" ON "meeting_role" ("agenda_item_id")',
    'CREATE INDEX IF NOT EXISTS "meeting_role_meeting_id_person_id_role_agenda_item_id" ON '
    '"meeting_role" ("meeting_id", '
    '"person_id", "role", "agenda_item_id")',
    'CREATE TABLE IF NOT EXISTS "minutes_revision" ("id" SERIAL NOT NULL PRIMARY KEY, '
    '"minutes_id" INTEGER NOT NULL, "revision" INTEGER NOT NULL, "content" TEXT NOT NULL, '
    '"reason" TEXT NOT NULL, "created_at" TIMESTAMP NOT NULL, '
    'FOREIGN KEY ("minutes_id") REFERENCES "minutes" ("id") ON DELETE CASCADE)',
    'CREATE INDEX IF NOT EXISTS "minutes_revision_minutes_id" ON "minutes_revision" ("minutes_id")',
    'CREATE TABLE IF NOT EXISTS "news_draft" ("id" SERIAL NOT NULL PRIMARY KEY, "created_at" TIMESTAMP NOT NULL, '
    '"updated_at" TIMESTAMP NOT NULL, "meeting_id" INTEGER NOT NULL, "headline" VARCHAR(300) NOT NULL, '
    '"body" TEXT NOT NULL, "writer_initials" VARCHAR(10) NOT NULL, "edited_by_user" BOOLEAN NOT NULL, '
    'FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE)',
    'CREATE INDEX IF NOT EXISTS "news_draft_meeting_id" ON "news_draft" ("meeting_id")',
    'CREATE TABLE IF NOT EXISTS "office_profile" ("id" SERIAL NOT NULL PRIMARY KEY, '
    '"created_at" TIMESTAMP NOT NULL, "updated_at" TIMESTAMP NOT NULL, "satker_id" INTEGER, '
    '"letterhead_lines" TEXT NOT NULL, "logo_path" VARCHAR(500) NOT NULL, "logo" BYTEA, "address" TEXT NOT NULL, '
    '"city" VARCHAR(80) NOT NULL, "website" VARCHAR(120) NOT NULL, "writer_initials" VARCHAR(10) NOT NULL, '
    '"default_venue" VARCHAR(200) NOT NULL, "late_threshold_minutes" INTEGER NOT NULL, '
    '"paper" VARCHAR(4) NOT NULL, FOREIGN KEY ("satker_id") REFERENCES "satker" ("id") ON DELETE SET NULL)',
    'CREATE INDEX IF NOT EXISTS "office_profile_satker_id" ON "office_profile" ("satker_id")',
    'CREATE TABLE IF NOT EXISTS "photo" ("id" SERIAL NOT NULL PRIMARY KEY, "created_at" TIMESTAMP NOT NULL, '
    '"updated_at" TIMESTAMP NOT NULL, "meeting_id" INTEGER NOT NULL, "file_name" VARCHAR(300) NOT NULL, '
    '"image" BYTEA NOT NULL, "caption" TEXT NOT NULL, "person_id" INTEGER, "taken_at" TIMESTAMP, '
    '"position" INTEGER NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE SET NULL)',
    'CREATE INDEX IF NOT EXISTS "photo_meeting_id" ON "photo" ("meeting_id")',
    'CREATE INDEX IF NOT EXISTS "photo_person_id" ON "photo" ("person_id")',
    'CREATE TABLE IF NOT EXISTS "quote" ("id" SERIAL NOT NULL PRIMARY KEY, "minutes_id" INTEGER NOT NULL, '
    '"agenda_item_id" INTEGER, "person_id" INTEGER, "text" TEXT NOT NULL, "position" INTEGER NOT NULL, '
    'FOREIGN KEY ("minutes_id") REFERENCES "minutes" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE SET NULL)',
    'CREATE INDEX IF NOT EXISTS "quote_minutes_id" ON "quote" ("minutes_id")',
    'CREATE INDEX IF NOT EXISTS "quote_agenda_item_id" ON "quote" ("agenda_item_id")',
    'CREATE INDEX IF NOT EXISTS "quote_person_id" ON "quote" ("person_id")',
    'CREATE TABLE IF NOT EXISTS "setting" ("key" VARCHAR(80) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)',
    'CREATE TABLE IF NOT EXISTS "signatory" ("id" SERIAL NOT NULL PRIMARY KEY, "role" VARCHAR(20) NOT NULL, '
    '"name" VARCHAR(300) NOT NULL, "nip" VARCHAR(18), "title" VARCHAR(200) NOT NULL, "person_id" INTEGER, '
    'FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX IF NOT EXISTS "signatory_role" ON "signatory" ("role")',
    'CREATE INDEX IF NOT EXISTS "signatory_person_id" ON "signatory" ("person_id")',
)
