"""Who is who: the satker directory (KPU offices and other institutions), the people, and this office."""
from __future__ import annotations

import peewee

from .base import BaseModel, TimestampedModel, utcnow

# Levels of the KPU hierarchy; other institutions (Bawaslu, Pemda, universities, media) are "lain".
LEVEL_RI, LEVEL_PROVINSI, LEVEL_KABKOTA, LEVEL_LAIN = "ri", "provinsi", "kabkota", "lain"
LEVELS = (LEVEL_RI, LEVEL_PROVINSI, LEVEL_KABKOTA, LEVEL_LAIN)

KIND_KPU, KIND_BAWASLU, KIND_PEMDA, KIND_UNIVERSITAS, KIND_MEDIA, KIND_LAIN = (
    "kpu", "bawaslu", "pemda", "universitas", "media", "lainnya")
KINDS = (KIND_KPU, KIND_BAWASLU, KIND_PEMDA, KIND_UNIVERSITAS, KIND_MEDIA, KIND_LAIN)


class Satker(TimestampedModel):
    """An office or institution. The 553 KPU offices ship with the app (`builtin`); users add the others."""

    name = peewee.CharField(max_length=200)  # "KPU Kabupaten Tulungagung", "KIP Aceh", "Bawaslu Kota Blitar"
    short_name = peewee.CharField(max_length=80, default="")  # "KPU Kab. Tulungagung"
    full_name = peewee.CharField(max_length=250, default="")  # "Komisi Pemilihan Umum Kabupaten Tulungagung"
    level = peewee.CharField(max_length=10, default=LEVEL_LAIN, index=True)
    kind = peewee.CharField(max_length=15, default=KIND_LAIN)
    parent = peewee.ForeignKeyField("self", null=True, backref="children", on_delete="SET NULL")
    region_code = peewee.CharField(max_length=10, null=True, unique=True)  # Kemendagri code: "35", "35.04"
    region_name = peewee.CharField(max_length=120, default="")  # "Kabupaten Tulungagung"
    city = peewee.CharField(max_length=80, default="")  # dateline city: "Tulungagung"
    timezone = peewee.CharField(max_length=4, default="WIB")  # WIB / WITA / WIT
    website = peewee.CharField(max_length=120, default="")
    address = peewee.TextField(default="")
    builtin = peewee.BooleanField(default=False)


class Person(TimestampedModel):
    """A person as the office knows them. The name is kept exactly as typed, titles and all."""

    name = peewee.CharField(max_length=300)
    # The name without titles, accents or case: what lists sort by and what search matches.
    name_key = peewee.CharField(max_length=300, index=True, default="")
    nip = peewee.CharField(max_length=18, null=True)
    position = peewee.CharField(max_length=200, default="")  # jabatan: "Ketua", "Anggota Divisi Teknis"
    position_rank = peewee.IntegerField(default=90)  # official lists order by position (Ketua first)
    satker = peewee.ForeignKeyField(Satker, null=True, backref="people", on_delete="SET NULL")
    institution = peewee.CharField(max_length=200, default="")  # free text when no satker fits
    phone = peewee.CharField(max_length=30, default="")
    email = peewee.CharField(max_length=200, default="")
    code_id = peewee.CharField(max_length=16, unique=True)  # opaque id carried by the person's QR code
    is_guest = peewee.BooleanField(default=False)  # a walk-in or unconfirmed sign-in
    active = peewee.BooleanField(default=True)
    # UU 27/2022: a person anonymised on request or by the retention rule keeps their attendance rows (counts
    # and printed lists stay right) under a placeholder name; `deleted_at` marks one the office deleted whose
    # rows a printed record still needs (a person without such rows is deleted outright).
    anonymised_at = peewee.DateTimeField(null=True)
    deleted_at = peewee.DateTimeField(null=True)
    # What a news article calls them after the first mention, when the rule in names.short_name gets it wrong
    # ("Raka Sandi" for "I Dewa Kade Wiarsa Raka Sandi"); empty = worked out from the name.
    short_name = peewee.CharField(max_length=60, default="")


class OfficeProfile(TimestampedModel):
    """This installation's office: one row. Letterhead, signatories and defaults for documents."""

    satker = peewee.ForeignKeyField(Satker, null=True, on_delete="SET NULL")
    letterhead_lines = peewee.TextField(default="")  # one line per line of the kop, top to bottom
    logo_path = peewee.CharField(max_length=500, default="")
    logo = peewee.BlobField(null=True)  # the logo itself, so a shared server serves every PC
    address = peewee.TextField(default="")
    city = peewee.CharField(max_length=80, default="")
    website = peewee.CharField(max_length=120, default="")
    writer_initials = peewee.CharField(max_length=10, default="")  # "(amr)" at the end of news articles
    default_venue = peewee.CharField(max_length=200, default="")
    late_threshold_minutes = peewee.IntegerField(default=15)
    paper = peewee.CharField(max_length=4, default="a4")  # a4 / f4


SIGNATORY_CHAIR, SIGNATORY_SECRETARY = "ketua", "sekretaris"


class Signatory(BaseModel):
    """Who signs documents for the office (Ketua, Sekretaris), with NIP where they have one."""

    role = peewee.CharField(max_length=20, unique=True)
    name = peewee.CharField(max_length=300)
    nip = peewee.CharField(max_length=18, null=True)
    title = peewee.CharField(max_length=200, default="")  # the line above the name: "Ketua KPU Kabupaten …"
    person = peewee.ForeignKeyField(Person, null=True, on_delete="SET NULL")


class Setting(BaseModel):
    """Installation-wide settings that every PC sharing the database must agree on (e.g. the QR secret); the keys
    and the way to read and write them are in domain/shared_settings.py."""

    key = peewee.CharField(max_length=80, primary_key=True)
    value = peewee.TextField()


class PersonImport(BaseModel):
    """One import of people from a file (CSV or XLSX): whom it added and which fields it changed, with their old
    values, so the whole import can be undone (`services/people_import_undo.py`)."""

    created_at = peewee.DateTimeField(default=utcnow, index=True)
    actor = peewee.CharField(max_length=120, default="")
    file_name = peewee.CharField(max_length=300, default="")
    added = peewee.TextField(default="[]")  # JSON: ids of the people the import added
    updated = peewee.TextField(default="{}")  # JSON: {person id: {field: [old, new]}}
    undone_at = peewee.DateTimeField(null=True)
