"""Full-text search speed: 10,000 meetings with minutes (four agenda items each), quotes, follow-ups and some
news drafts, on SQLite, and on PostgreSQL when KPU_RAKOR_TEST_PG is set (that test database is emptied).

Times `search.search()` as the Rapat page calls it (first page of 50, with meetings and passages), for common,
middling, rare, two-word and short-prefix queries; and the cost the index adds to an autosave of the minutes.
Run: .venv/bin/python benchmarks/bench_search.py
"""
from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kpu_rakor.domain import db as dbmod  # noqa: E402
from kpu_rakor.domain.codes import new_code_id  # noqa: E402
from kpu_rakor.domain.db import write_tx  # noqa: E402
from kpu_rakor.domain.models import (AgendaItem, AgendaMinutes, FollowUp, Meeting, Minutes, NewsDraft,  # noqa: E402
                                     Quote)
from kpu_rakor.domain.services import installation, search  # noqa: E402

# Words of KPU minutes, most frequent first: picked with a Zipf-like weight, so "rapat" is everywhere and
# "coklit" in a few percent of passages, as in real minutes.
WORDS = """rapat dan yang di dengan untuk kpu data pemilih dalam pemilu tahapan pada kabupaten akan sosialisasi
kegiatan ke oleh agar dari ini bahwa telah anggota komisi pemilihan umum ketua sekretariat divisi teknis
penyelenggaraan hukum pengawasan perencanaan informasi partisipasi masyarakat pendidikan sdm logistik anggaran
keuangan laporan pertanggungjawaban jadwal evaluasi monitoring kecamatan desa kelurahan ppk pps kpps tps
pantarlih coklit pemutakhiran daftar tetap sementara hasil perbaikan dpt dps dpshp verifikasi faktual
administrasi partai politik calon dprd dpd presiden wakil gubernur bupati wali kota pencalonan kampanye
dana alat peraga bahan surat suara kotak bilik tinta formulir rekapitulasi penghitungan pemungutan
sengketa gugatan bawaslu mahkamah konstitusi putusan rekomendasi temuan pelanggaran kode etik dkpp netralitas
asn tni polri pemerintah daerah pemda dinas kominfo dukcapil disdukcapil kesbangpol satpol pp media
wartawan website berita publikasi hupmas bakohumas infografis video siaran langsung zoom daring luring
hibrida disabilitas pemilih pemula milenial perempuan marginal relawan demokrasi sekolah kampus pesantren
sirekap sidalih sipol silon sidapil sikadeka helpdesk bimbingan bimtek pelatihan narasumber moderator
peserta undangan notulen kesimpulan keputusan tindak lanjut koordinasi konsolidasi sinergi kolaborasi
integritas profesional transparan akuntabel mandiri jujur adil serentak tahun januari februari maret april
mei juni juli agustus september oktober november desember senin selasa rabu kamis jumat sabtu minggu pukul
wib wita wit aula kantor hotel gedung pendopo balai kecamatan ruang rapat lantai gudang distribusi
pengadaan lelang kontrak penyedia barang jasa honorarium perjalanan dinas spj kwitansi rekening bank
pajak pph ppn audit inspektorat bpk temuan tindak disampaikan dijelaskan menyampaikan menjelaskan
memaparkan menegaskan mengingatkan meminta mengajak menekankan berharap diharapkan segera paling lambat
minggu depan bulan batas waktu target capaian persen jumlah orang lembaga instansi satker provinsi
jawa timur tulungagung blitar kediri trenggalek nganjuk ngantru kauman ngunut sumbergempol boyolangu""".split()
NAMES = ["Much. Amarodin", "Gogot Cahyo Baskoro", "Ma'ruf Hidayat", "Rochani", "Siti Aminah", "Łukasz Nowak",
         "Agus Salim", "Dwi Endah Prasetyowati", "Nurul Hidayah", "Bambang Wijayanto"]
QUERIES = ["rapat", "pemilih", "coklit", "Ma'ruf", "data pemilih", "pe", "sirekap rekapitulasi", "tidakada",
           "distribusi logistik kotak", "lukasz"]


def _weights(n: int) -> list[float]:
    return [1.0 / (i + 1) ** 0.9 for i in range(n)]


class Writer:
    def __init__(self, seed: int = 7):
        self.rng = random.Random(seed)
        self.weights = _weights(len(WORDS))

    def sentence(self) -> str:
        words = self.rng.choices(WORDS, self.weights, k=self.rng.randint(8, 22))
        if self.rng.random() < 0.15:
            words.insert(self.rng.randint(0, len(words)), self.rng.choice(NAMES))
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def text(self, lo: int, hi: int) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(lo, hi)))


def fill(meetings: int = 10_000, chunk: int = 250) -> dict:
    w = Writer()
    start = datetime(2015, 1, 5, 2, 0)
    t0 = time.perf_counter()
    for base in range(0, meetings, chunk):
        with write_tx():
            rows = [dict(title=f"Rakor ke-{i + 1} {w.rng.choice(WORDS)} {w.rng.choice(WORDS)}", code_id=new_code_id(),
                         starts_at=start + timedelta(hours=8 * i + w.rng.randint(0, 3)))
                    for i in range(base, min(base + chunk, meetings))]
            Meeting.insert_many(rows).execute()
            ids = [m.id for m in Meeting.select(Meeting.id).order_by(Meeting.id.desc()).limit(len(rows))]
            items, minutes, follow, news = [], [], [], []
            for mid in ids:
                items += [dict(meeting=mid, position=p, title=w.sentence()[:120]) for p in range(1, 5)]
                minutes.append(dict(meeting=mid, opening_text=w.text(1, 2), conclusions=w.text(1, 4),
                                    closing_text=w.text(1, 1)))
                follow += [dict(meeting=mid, description=w.text(1, 1),
                                closing_note=w.text(1, 1) if w.rng.random() < 0.4 else "") for _ in range(2)]
                if mid % 3 == 0:
                    news.append(dict(meeting=mid, headline=w.sentence()[:200], body=w.text(8, 14)))
            AgendaItem.insert_many(items).execute()
            Minutes.insert_many(minutes).execute()
            FollowUp.insert_many(follow).execute()
            NewsDraft.insert_many(news).execute()
            by_meeting = dict(Minutes.select(Minutes.meeting, Minutes.id).where(Minutes.meeting.in_(ids)).tuples())
            agenda = []
            for item_id, mid, pos in (AgendaItem.select(AgendaItem.id, AgendaItem.meeting, AgendaItem.position)
                                      .where(AgendaItem.meeting.in_(ids)).tuples()):
                agenda.append(dict(minutes=by_meeting[mid], agenda_item=item_id, position=pos,
                                   discussion=w.text(2, 5), decisions=w.text(1, 3)))
            AgendaMinutes.insert_many(agenda).execute()
            Quote.insert_many([dict(minutes=mi, text=w.text(1, 2)) for mi in by_meeting.values()
                               for _ in range(w.rng.randint(1, 2))]).execute()
    return {"load_s": round(time.perf_counter() - t0, 1)}


def _percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, int(round(len(values) * p)) - 1))]


def measure(prefix: str, rounds: int = 20) -> dict:
    out: dict = {}
    for q in QUERIES:  # warm the caches once, as a running app has them
        search.search(q)
    timings, worst = [], ("", 0.0)
    for _ in range(rounds):
        for q in QUERIES:
            t0 = time.perf_counter()
            hits = search.search(q)
            ms = (time.perf_counter() - t0) * 1000
            timings.append(ms)
            worst = max(worst, (q, ms), key=lambda x: x[1])
            assert q == "tidakada" or hits, q
    per_query = {}
    for q in QUERIES:
        runs = []
        for _ in range(5):
            t0 = time.perf_counter()
            search.search(q)
            runs.append((time.perf_counter() - t0) * 1000)
        per_query[q] = round(statistics.median(runs), 1)
    out[f"{prefix}_query_p50_ms"] = round(statistics.median(timings), 1)
    out[f"{prefix}_query_p99_ms"] = round(_percentile(timings, 0.99), 1)
    out[f"{prefix}_query_slowest"] = max(per_query.items(), key=lambda kv: kv[1])
    out[f"{prefix}_query_median_by_text"] = per_query
    # What the index costs an autosave: one agenda item's discussion rewritten, in its own transaction.
    item = AgendaMinutes.select().order_by(AgendaMinutes.id.desc()).first()
    w = Writer(seed=11)
    saves = []
    for _ in range(50):
        item.discussion = w.text(10, 10)
        t0 = time.perf_counter()
        with write_tx():
            item.save()
        saves.append((time.perf_counter() - t0) * 1000)
    out[f"{prefix}_autosave_item_p50_ms"] = round(statistics.median(saves), 2)
    plain = []  # the same save when no indexed text changes (the triggers' WHEN skips the index)
    for i in range(50):
        item.position = i
        t0 = time.perf_counter()
        with write_tx():
            item.save()
        plain.append((time.perf_counter() - t0) * 1000)
    out[f"{prefix}_autosave_unindexed_p50_ms"] = round(statistics.median(plain), 2)
    return out


def _entries() -> int:
    from kpu_rakor.domain import search_index
    raw = dbmod.database.obj
    table = search_index.SQLITE_TABLE if search_index.is_sqlite(raw) else search_index.PG_TABLE
    return raw.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]


def run(meetings: int = 10_000) -> dict:
    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        dbmod.open_database(f"sqlite:///{tmp}/bench.db")
        try:
            installation.ensure_ready()
            out.update({f"search_sqlite_{k}": v for k, v in fill(meetings).items()})
            out["search_sqlite_entries"] = _entries()
            out.update(measure("search_sqlite"))
        finally:
            dbmod.close_database()
    url = os.environ.get("KPU_RAKOR_TEST_PG")
    if url:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
        from conftest import reset_postgres

        reset_postgres(url)
        dbmod.open_database(url)
        try:
            installation.ensure_ready()
            out.update({f"search_pg_{k}": v for k, v in fill(meetings).items()})
            dbmod.database.obj.execute_sql("ANALYZE")
            out["search_pg_entries"] = _entries()
            out.update(measure("search_pg"))
        finally:
            dbmod.close_database()
    return out


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    for k, v in run(n).items():
        print(f"{k}: {v}")
