"""Full-text search over minutes, decisions, quotes, follow-ups and news drafts, on SQLite and PostgreSQL.

Rows are written straight through the models (as any writer could): the database's triggers must keep the
index right for inserts, updates, deletes and cascades, whoever does them.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from datetime import datetime

import pytest

from kpu_rakor.domain import db as dbmod
from kpu_rakor.domain import search_index
from kpu_rakor.domain.codes import new_code_id
from kpu_rakor.domain.db import write_tx
from kpu_rakor.domain.migrations import LATEST, current_version, downgrade_to
from kpu_rakor.domain.models import AgendaItem, AgendaMinutes, FollowUp, Meeting, Minutes, NewsDraft, Quote
from kpu_rakor.domain.services import installation, meetings, people, search

NASTY = ['"', '""', "*", "-", "(", ")", "AND", "OR", "NOT", "NEAR", ":", "a:b", "rapat AND", "(rapat", "rapat*",
         "-rapat", '"rapat pleno', "title:rapat", "^rapat", "rapat NEAR/2 pleno", "{rapat}", "'", "''", "\\",
         "%", "_", "&", "|", "!", "<->", ":*", "rapat:*", "a & b | !c", "\x00", "   ", "", None, "ü", "\u0301",
         "x" * 5000, " ".join(["kata"] * 100), "😀 rapat", "ـ", "½", "™", "′", "’", "…", "⑴", "＂rapat＂", "ﬁ", "İ"]


def _meeting(title: str, when: datetime) -> Meeting:
    return Meeting.create(title=title, starts_at=when, code_id=new_code_id())


@contextmanager
def models_as_stored(raw, *models):
    """The models without the fields a later schema step adds: rows written at an old schema version name only
    the columns its tables have."""
    removed = []
    for model in models:
        columns = {c.name for c in raw.get_columns(model._meta.table_name)}
        for field in [f for f in model._meta.sorted_fields if f.column_name not in columns]:
            model._meta.remove_field(field.name)
            removed.append((model, field))
    try:
        yield
    finally:
        for model, field in removed:
            model._meta.add_field(field.name, field)


@pytest.fixture
def record(any_db):
    """Two meetings with one of every kind of text, written inside write_tx() like a service would."""
    gogot = people.create(name="Gogot Cahyo Baskoro", position="Anggota")
    with write_tx():
        older = _meeting("Rakor Penguatan Bakohumas", datetime(2021, 4, 7, 3, 0))
        newer = _meeting("Rapat Pleno Rekapitulasi", datetime(2024, 2, 20, 2, 0))
        item = AgendaItem.create(meeting=older, position=1, title="Pemutakhiran data pemilih")
        minutes = Minutes.create(meeting=older, opening_text="Rapat dibuka oleh Ketua KPU, Ma'ruf Łukasz.",
                                 conclusions="Sosialisasi serentak di setiap kecamatan.",
                                 closing_text="Rapat ditutup pukul 12.15 WIB oleh moderator.")
        agenda = AgendaMinutes.create(minutes=minutes, agenda_item=item, position=1,
                                      discussion="Narasumber menjelaskan tahapan coklit oleh pantarlih.",
                                      decisions="Rekapitulasi daftar pemilih tetap dipercepat.")
        quote = Quote.create(minutes=minutes, person=gogot, text="Kita harus tetap netral dan profesional.")
        follow = FollowUp.create(meeting=older, description="Menyiapkan logistik kotak suara",
                                 closing_note="Sudah diserahkan ke gudang Ngantru.", person=gogot,
                                 status="selesai")
        news = NewsDraft.create(meeting=newer, headline="KPU Tulungagung Gelar Pleno Terbuka",
                                body="Tulungagung (kab-tulungagung.kpu.go.id) – Komisi Pemilihan Umum menggelar "
                                     "rapat pleno résumé hasil penghitungan.")
    return dict(older=older, newer=newer, item=item, minutes=minutes, agenda=agenda, quote=quote,
                follow=follow, news=news, gogot=gogot, url=any_db)


def _found(text: str) -> list[tuple[int, str, str]]:
    return [(h.meeting_id, h.kind, h.part) for h in search.search(text)]


def _highlighted(hit: search.Hit) -> list[str]:
    return [hit.passage[s:e] for s, e in hit.highlights]


def test_every_kind_of_text_is_found_with_its_meeting_and_passage(record):
    older, newer = record["older"].id, record["newer"].id
    assert _found("dibuka") == [(older, "notulen", "opening_text")]
    assert _found("coklit") == [(older, "notulen", "discussion")]
    assert _found("dipercepat") == [(older, "keputusan", "decisions")]
    assert _found("serentak") == [(older, "keputusan", "conclusions")]
    assert _found("moderator") == [(older, "notulen", "closing_text")]
    assert _found("profesional") == [(older, "kutipan", "text")]
    assert _found("logistik") == [(older, "tindak_lanjut", "description")]
    assert _found("ngantru") == [(older, "tindak_lanjut", "closing_note")]
    assert _found("terbuka") == [(newer, "berita", "headline")]
    assert _found("penghitungan") == [(newer, "berita", "body")]

    hit = search.search("coklit")[0]
    assert hit.meeting_title == "Rakor Penguatan Bakohumas"
    assert hit.starts_at == datetime(2021, 4, 7, 3, 0) and hit.timezone == "WIB"
    assert hit.context == "Pemutakhiran data pemilih"  # the agenda item the discussion belongs to
    assert hit.passage == "Narasumber menjelaskan tahapan coklit oleh pantarlih."
    assert _highlighted(hit) == ["coklit"]
    assert hit.label == "Notulen (pembahasan)"
    assert search.search("netral")[0].context == "Gogot Cahyo Baskoro"
    assert search.search("logistik")[0].context == "selesai, Gogot Cahyo Baskoro"
    assert search.search("serentak")[0].label == "Keputusan (kesimpulan)"


def test_newest_meeting_first_and_a_meetings_hits_in_reading_order(record):
    older, newer = record["older"].id, record["newer"].id
    # "rapat" is in the older meeting's opening and closing, and in the newer one's news body.
    assert _found("rapat") == [(newer, "berita", "body"), (older, "notulen", "opening_text"),
                               (older, "notulen", "closing_text")]
    assert _found("rekapitulasi") == [(older, "keputusan", "decisions")]  # the title is not content


def test_accents_case_and_apostrophes_are_ignored(record):
    for text in ("maruf", "MARUF", "Ma'ruf", "ma’ruf", "MAʼRUF", "lukasz", "ŁUKASZ", "Łukasz"):
        assert _found(text) == [(record["older"].id, "notulen", "opening_text")], text
    assert _found("resume") == _found("RÉSUMÉ") == [(record["newer"].id, "berita", "body")]
    assert _highlighted(search.search("maruf")[0]) == ["Ma'ruf"]
    assert _highlighted(search.search("resume")[0]) == ["résumé"]


def test_words_match_as_prefixes_and_all_must_be_in_the_passage(record):
    older = record["older"].id
    assert _found("pemil tet") == [(older, "keputusan", "decisions")]
    assert _found("coklit pantar") == [(older, "notulen", "discussion")]
    assert _found("coklit logistik") == []  # in one meeting, but never in the same passage
    assert _found("t") == []  # one letter is a whole word, never a prefix of everything
    # Punctuation inside words cuts them the same way on both engines: a web address is words.
    assert _found("tulungagung kpu go id") == [(record["newer"].id, "berita", "body")]
    assert _found("12") == [(older, "notulen", "closing_text")]


def test_query_syntax_and_odd_input_never_raise(record):
    for text in NASTY:
        assert isinstance(search.search(text), list), text
        assert isinstance(search.search(f"coklit {text}"), list), text


def test_syntax_characters_are_plain_text(record):
    older = record["older"].id
    assert _found('"coklit') == _found("coklit*") == _found("(coklit)") == _found("-coklit") == \
        [(older, "notulen", "discussion")]
    assert _found("coklit AND") == []  # "and" is a word to find, not an operator
    assert _found("netral DAN profesional") == [(older, "kutipan", "text")]
    assert _found("tahapan:coklit") == [(older, "notulen", "discussion")]
    assert search.terms('"Ma\'ruf" AND (coklit*) -x: ') == ["maruf", "and", "coklit", "x"]
    assert search.terms("") == search.terms(None) == search.terms(" *-:() ") == []
    assert search.terms("⑴ Rapat½") == ["1", "rapat1", "2"]  # folding never lets punctuation through


def test_updates_are_reflected(record):
    older = record["older"].id
    with write_tx():
        agenda = record["agenda"]
        agenda.discussion = "Narasumber memaparkan jadwal kampanye."
        agenda.save()
        Quote.update(text="Jaga integritas penyelenggara.").where(Quote.id == record["quote"].id).execute()
        FollowUp.update(closing_note="").where(FollowUp.id == record["follow"].id).execute()
        NewsDraft.update(headline="KPU Tulungagung Tetapkan Hasil").execute()
    assert _found("coklit") == []
    assert _found("kampanye") == [(older, "notulen", "discussion")]
    assert _found("profesional") == [] and _found("integritas") == [(older, "kutipan", "text")]
    assert _found("ngantru") == []  # emptied
    assert _found("terbuka") == [] and _found("tetapkan") == [(record["newer"].id, "berita", "headline")]
    assert _found("dipercepat") == [(older, "keputusan", "decisions")]  # the other field kept
    with write_tx():
        FollowUp.update(closing_note="Diserahkan ke gudang Ngantru.").execute()
    assert _found("ngantru") == [(older, "tindak_lanjut", "closing_note")]


def test_a_saved_row_with_unchanged_text_stays_found_once(record):
    with write_tx():
        for _ in range(3):
            record["minutes"].status = "ready"
            record["minutes"].save()
    assert _found("dibuka") == [(record["older"].id, "notulen", "opening_text")]


def test_deletes_and_cascades_are_reflected(record):
    older = record["older"].id
    with write_tx():
        record["quote"].delete_instance()
        FollowUp.delete().where(FollowUp.id == record["follow"].id).execute()
    assert _found("netral") == [] and _found("logistik") == []
    with write_tx():
        record["minutes"].delete_instance()  # its agenda minutes go with it, by the foreign key
    assert AgendaMinutes.select().count() == 0
    assert _found("dibuka") == _found("coklit") == _found("dipercepat") == []
    with write_tx():
        minutes = Minutes.create(meeting=older, opening_text="Dibuka kembali.")
        AgendaMinutes.create(minutes=minutes, discussion="Pembahasan ulang coklit.")
        Quote.create(minutes=minutes, text="Kutipan netral.")
        FollowUp.create(meeting=older, description="Laporan logistik.")
    for text, kind in (("kembali", "notulen"), ("ulang", "notulen"), ("kutipan", "kutipan"),
                       ("laporan", "tindak_lanjut")):
        assert [(h.meeting_id, h.kind) for h in search.search(text)] == [(older, kind)], text
    meetings.delete(older)  # the service, which relies on the cascade
    assert _found("dibuka") == _found("coklit") == _found("netral") == _found("logistik") == []
    assert _found("penghitungan") == [(record["newer"].id, "berita", "body")]
    with write_tx():
        Meeting.delete().execute()  # a bulk delete cascades too
    assert search.search("penghitungan") == []
    assert _index_size() == 0


def _index_size() -> int:
    raw = dbmod.database.obj
    table = search_index.SQLITE_TABLE if search_index.is_sqlite(raw) else search_index.PG_TABLE
    return raw.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_a_meeting_moved_in_time_or_minutes_moved_to_another_meeting(record):
    older, newer = record["older"].id, record["newer"].id
    with write_tx():
        Meeting.update(starts_at=datetime(2025, 1, 6, 2, 0)).where(Meeting.id == older).execute()
    assert [h.meeting_id for h in search.search("rapat")] == [older, older, newer]
    assert search.search("coklit")[0].starts_at == datetime(2025, 1, 6, 2, 0)
    with write_tx():
        Minutes.update(meeting=newer).where(Minutes.id == record["minutes"].id).execute()
    assert _found("dibuka") == [(newer, "notulen", "opening_text")]
    assert _found("coklit") == [(newer, "notulen", "discussion")]
    assert _found("netral") == [(newer, "kutipan", "text")]
    with write_tx():
        AgendaMinutes.update(minutes=Minutes.create(meeting=older)).execute()
    assert _found("coklit") == [(older, "notulen", "discussion")]
    assert _index_size() == 10


def test_long_text_gives_a_passage_around_the_match(record):
    filler = " ".join(f"kalimat{i}" for i in range(200))
    text = f"{filler}. Rapat menetapkan jadwal\n\nverifikasi faktual partai politik. {filler}"
    with write_tx():
        Minutes.update(conclusions=text).where(Minutes.id == record["minutes"].id).execute()
    hit = search.search("faktual")[0]
    assert hit.passage.startswith("…Rapat menetapkan jadwal verifikasi faktual")  # from its sentence, one line
    assert hit.passage.endswith("…") and "\n" not in hit.passage
    assert len(hit.passage) <= search.PASSAGE_CHARS + 2
    assert _highlighted(hit) == ["faktual"]
    words = search.terms("fakt")
    body, spans = search.passage("Ada faktual. " + "x " * 300 + "FAKTUAL lagi", words, width=40)
    assert body.startswith("Ada faktual.") and [body[s:e] for s, e in spans] == ["faktual"]
    body, spans = search.passage("x " * 100 + "Hasil Faktual ok " + "y " * 100, words, width=60)
    assert body.startswith("…") and body.endswith("…") and [body[s:e] for s, e in spans] == ["Faktual"]


def test_the_passage_shows_the_words_together_where_they_are(any_db):
    words = search.terms("coklit pantarlih")
    text = "Coklit dibahas singkat. " + "kata " * 100 + "Jadwal coklit oleh pantarlih dimulai. " + "akhir " * 100
    body, spans = search.passage(text, words, width=120)
    assert [body[s:e] for s, e in spans] == ["coklit", "pantarlih"]
    assert "Jadwal coklit oleh pantarlih" in body and not body.startswith("Coklit")


def test_limit_and_offset_page_through_every_hit_once(any_db):
    with write_tx():
        for i in range(30):
            m = _meeting(f"Rakor ke-{i}", datetime(2023, 1, 1 + i % 28, 1 + i // 28, 0))
            Minutes.create(meeting=m, opening_text=f"Pembukaan sosialisasi ke-{i}", closing_text="Sosialisasi usai.")
    pages = [search.search("sosialisasi", limit=7, offset=o) for o in range(0, 70, 7)]
    keys = [(h.meeting_id, h.part) for page in pages for h in page]
    assert len(keys) == 60 and len(set(keys)) == 60
    starts = [h.starts_at for page in pages for h in page]
    assert starts == sorted(starts, reverse=True)
    assert search.search("sosialisasi", limit=0) == []
    assert len(search.search("sosialisasi", limit=10**6)) == 60


def test_the_plan_chosen_never_changes_the_answer(any_db, monkeypatch):
    """PostgreSQL looks among the newest entries first and falls back to the word index: same hits, same order."""
    with write_tx():
        for i in range(12):
            m = _meeting(f"Rakor {i}", datetime(2022, 3, 1 + i, 2, 0))
            word = "verifikasi" if i % 4 == 0 else "kampanye"
            Minutes.create(meeting=m, opening_text=f"Pembahasan {word} tahap {i}.", closing_text=f"Usai {word}.")
    expected = [[(h.meeting_id, h.part) for h in search.search("verifikasi", limit=2, offset=o)] for o in (0, 2, 4)]
    assert sum(len(p) for p in expected) == 6
    monkeypatch.setattr(search, "RECENT_WINDOW", 0)
    for per_hit in (1, 2, 3):  # windows too small, just right, and larger than the page
        monkeypatch.setattr(search, "WINDOW_PER_HIT", per_hit)
        got = [[(h.meeting_id, h.part) for h in search.search("verifikasi", limit=2, offset=o)] for o in (0, 2, 4)]
        assert got == expected, per_hit


def test_schema_step_5_indexes_rows_written_before_it(any_db_url):
    dbmod.open_database(any_db_url)
    installation.ensure_ready()
    raw = dbmod.database.obj
    assert search_index.missing(raw) == []
    downgrade_to(raw, 4)
    assert current_version(raw) == 4
    assert set(search_index.missing(raw)) >= {search_index.SQLITE_TABLE if search_index.is_sqlite(raw)
                                             else search_index.PG_TABLE}
    with write_tx(), models_as_stored(raw, Meeting, Minutes, FollowUp):  # no trigger yet: step 5 indexes them
        m = _meeting("Rakor lama", datetime(2020, 12, 1, 2, 0))
        Minutes.create(meeting=m, opening_text="Rapat dibuka oleh Ketua.")
        FollowUp.create(meeting=m, description="Coklit ulang di Desa Ngunut.")
    dbmod.close_database()
    dbmod.open_database(any_db_url)
    try:
        raw = dbmod.database.obj
        assert current_version(raw) == LATEST
        assert search_index.missing(raw) == []
        assert _found("ngunut") == [(m.id, "tindak_lanjut", "description")]
        assert _found("dibuka") == [(m.id, "notulen", "opening_text")]
    finally:
        dbmod.close_database()


def test_the_pembahasan_typed_without_an_agenda_item_is_found_in_reading_order(any_db):
    """A meeting attended without an agenda: its free Pembahasan (minutes.discussion) is found like the rest,
    between the opening and the conclusions, and follows every save."""
    from kpu_rakor.domain.services import minutes as minutes_service

    with write_tx():
        m = _meeting("Rakor KPU RI", datetime(2024, 3, 1, 2, 0))
    minutes_service.save(m.id, {"opening_text": "Rapat dibuka oleh Ketua KPU RI.",
                                "discussion": "KPU RI menyampaikan jadwal tahapan pencocokan dan penelitian.",
                                "conclusions": "Tahapan dimulai bulan Mei."})
    assert _found("pencocokan") == [(m.id, "notulen", "discussion")]
    assert search.search("pencocokan")[0].label == "Notulen (pembahasan)"
    assert _found("tahapan") == [(m.id, "notulen", "discussion"), (m.id, "keputusan", "conclusions")]
    minutes_service.save(m.id, {"discussion": "Sosialisasi kepada pemilih pemula."})
    assert _found("pencocokan") == [] and _found("pemula") == [(m.id, "notulen", "discussion")]
    with write_tx():
        m.delete_instance(recursive=True)
    assert _found("pemula") == []


def test_schema_step_12_indexes_the_pembahasan_written_before_it(any_db_url):
    dbmod.open_database(any_db_url)
    installation.ensure_ready()
    raw = dbmod.database.obj
    downgrade_to(raw, 11)
    with write_tx(), models_as_stored(raw, Meeting, Minutes):  # step 5's triggers do not index it yet
        m = _meeting("Rakor lama", datetime(2023, 6, 1, 2, 0))
        Minutes.create(meeting=m, discussion="Pembahasan rekrutmen badan adhoc.")
    assert _found("adhoc") == []
    dbmod.close_database()
    dbmod.open_database(any_db_url)
    try:
        raw = dbmod.database.obj
        assert current_version(raw) == LATEST and search_index.missing(raw) == []
        assert _found("adhoc") == [(m.id, "notulen", "discussion")]
    finally:
        dbmod.close_database()


def test_a_new_database_has_the_index_and_every_trigger(any_db):
    assert search_index.missing(dbmod.database.obj) == []


def test_postgresql_without_unaccent_still_ignores_accents(pg_db):
    """A server where CREATE EXTENSION is refused: the fold falls back to a built-in letter table."""
    raw = dbmod.database.obj
    with raw.atomic():
        search_index.drop(raw)
        raw.execute_sql("DROP EXTENSION IF EXISTS unaccent")
        search_index.create(raw, use_unaccent=False)
    assert search_index.unaccent_schema(raw, install=False) is None
    with write_tx():
        m = _meeting("Rakor", datetime(2024, 5, 1, 2, 0))
        Minutes.create(meeting=m, opening_text="Dibuka oleh Ma’ruf, Łukasz dan Çağlar; café Ærø.")
    for text in ("maruf", "lukasz", "caglar", "cafe", "CAFÉ", "aero"):
        assert _found(text) == [(m.id, "notulen", "opening_text")], text
    assert search_index.missing(raw) == []


def test_cli_search_prints_meeting_part_and_passage(record, capsys):
    from kpu_rakor.cli.main import main

    url = record["url"]
    dbmod.close_database()
    assert main(["--db", url, "search", "Ma’ruf"]) == 0
    out = capsys.readouterr().out
    assert "Rabu, 07 April 2021, 10.00 WIB · Rakor Penguatan Bakohumas" in out
    assert "Notulen (pembukaan): Rapat dibuka oleh Ketua KPU, Ma'ruf Łukasz." in out
    assert main(["--db", url, "search", "coklit", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(d["kind"], d["part"], d["context"], d["date"]) for d in data] == [
        ("notulen", "discussion", "Pemutakhiran data pemilih", "Rabu, 07 April 2021")]
    passage, (start, end) = data[0]["passage"], data[0]["highlights"][0]
    assert passage[start:end] == "coklit"
    assert main(["--db", url, "search", "rapat", "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert "2 hasil pertama" in out and out.count("Rapat Pleno Rekapitulasi") == 1
    assert main(["--db", url, "search", "tidakadasamasekali"]) == 0
    assert "Tidak ditemukan" in capsys.readouterr().out
    for args in (["search", '"(*'], ["search", "--", "-"]):
        assert main(["--db", url, *args]) == 1
        assert "Tidak ada kata untuk dicari" in capsys.readouterr().err
    assert main(["--db", url, "search", "x", "--limit", "0"]) == 2
    assert "--limit" in capsys.readouterr().err
