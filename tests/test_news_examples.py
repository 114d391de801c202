"""The three real articles in shared/examples/news, each recorded as a meeting file (tests/data/news): imported,
drafted, and every fact of the article found in the draft."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kpu_rakor.domain.services import installation, satker, transfer
from kpu_rakor.domain.services.news import acronyms, checklist, drafts, facts
from kpu_rakor.domain.services.news.compose import split_paragraphs

DATA = Path(__file__).parent / "data" / "news"


def import_example(name: str) -> int:
    """Set the installation up as the office that recorded the file, then import it as the app does."""
    doc = json.loads((DATA / name).read_text(encoding="utf-8"))
    office = doc["office"]
    s = satker.by_region_code(office["satker"]["region_code"])
    installation.set_office(s.id, city=office["city"], website=office["website"],
                            writer_initials=office["writer_initials"])
    return transfer.import_file(DATA / name).id


def _sentence_starts(para: str) -> list[str]:
    """The words that begin sentences: after a word ending in . ! ? (or a closing quote after them), but not
    after a degree or initials ("S.E.", "S.Sos.", "Much.")."""
    words = para.split()
    out = [words[0]]
    for prev, word in zip(words, words[1:]):
        bare = prev.rstrip("”")
        if bare.endswith((".", "!", "?")) and "." not in bare[:-1] and not (bare[:-1].istitle()
                                                                            and len(bare) <= 6):
            out.append(word)
    return out


def _flat(text: str) -> str:
    return " ".join(text.split())


# Facts of each article: names, positions and offices, written date, time and zone, place or mode, letter
# numbers, website, initials. Where the draft spells an acronym out, the fact is written as the draft has it.
EXAMPLES = {
    "tulungagung_bakohumas_2021.json": [
        "Surabaya, kpu-tulungagungkab.go.id –",  # held in Surabaya, not at the office
        "aula lantai 2 KPU Provinsi Jawa Timur",  # the hall's name keeps its words
        "Komisi Pemilihan Umum (KPU) Kabupaten Tulungagung mengikuti",
        "Rapat Koordinasi Penguatan Bakohumas dan Optimalisasi Medsos",  # the event's title, as it is
        "Badan Koordinasi Hubungan Masyarakat (Bakohumas)",  # spelled out in running text
        "yang diselenggarakan oleh KPU Provinsi Jawa Timur",
        "Rabu, 07 April 2021", "pukul 09.00 WIB",
        "244/HM.02-SD/06/KPU/III/2021",
        "Gogot Cahyo Baskoro, Anggota Divisi Sosdiklih Parmas dan SDM KPU Provinsi Jawa Timur",
        "Much. Amarodin selaku Anggota Divisi Sosialisasi, Pendidikan Pemilih, Partisipasi Masyarakat dan Sumber "
        "Daya Manusia (Sosdiklih Parmas dan SDM)",
        "Endah Puspitasari, S.Sos. selaku Subkoordinator Teknis dan Hubungan Masyarakat (Hupmas)",
        "diikuti oleh 37 KPU Kabupaten/Kota se-Jawa Timur",  # as recorded
        "vaksinasi Covid-19",
        "“Setelah terbentuknya Bakohumas, segera lakukan koordinasi",
        "akan segera menindaklanjuti Surat Edaran KPU RI tentang pembentukan Bakohumas di Kabupaten Tulungagung",
        "“Seusai rakor kita akan segera melakukan komunikasi dan koordinasi",
        "(amr)",
    ],
    "bolmong_juknis_bakohumas_2021.json": [
        "Lolak, kab-bolaangmongondow.kpu.go.id –",
        "Komisi Pemilihan Umum (KPU) Kabupaten Bolaang Mongondow mengikuti",
        "yang diselenggarakan oleh KPU RI", "secara daring melalui Zoom Meeting",
        "disiarkan secara langsung",
        "Rabu, 15 September 2021", "seluruh satker KPU Provinsi dan KPU Kabupaten/Kota se-Indonesia",
        "pukul 10.00 WITA",  # 09.00 WIB at KPU RI is 10.00 in Sulawesi
        "467/HM.03.5-Und/06/KPU/IX/2021", "03 September 2021", "542/HM.03.5-Kpt/06/KPU/VIII/2021",
        "Ketua KPU RI Ilham Saputra",
        "I Dewa Kade Wiarsa Raka Sandi selaku Anggota KPU RI, Ketua Divisi Sosialisasi, Pendidikan Pemilih, "
        "dan Partisipasi Masyarakat",
        "Anisha Dasuki selaku Jurnalis/TV Anchor Public Speaker",
        "Robby Leo Agust, Kabag Humas dan Informasi Publik KPU RI, selaku moderator",
        "Hasrul Dumambow selaku Ketua Divisi Sosialisasi, Pendidikan Pemilih, Partisipasi Masyarakat dan Sumber "
        "Daya Manusia (SDM)",
        "Meydi Wolah selaku Sekretaris", "Pierre Angkouw selaku Kasubag Teknis dan Hubungan Masyarakat (Hupmas)",
        "Evie Jane Indria selaku Kasubag Hukum",
        "hoaks",
        "(pa)",
    ],
    "blitar_sosialisasi_tahapan_2022.json": [
        "Blitar, kpu.blitarkota.go.id –",
        "Komisi Pemilihan Umum (KPU) Kota Blitar mengikuti",
        "Rapat Sosialisasi Tahapan Pemilu dan Pelaksanaan Perjanjian Kerjasama KPU Kabupaten/Kota di Jawa Timur",
        "yang diselenggarakan oleh KPU Provinsi Jawa Timur", "secara daring melalui Zoom Meeting",
        "Selasa, 28 Juni 2022", "Kasubag Teknis dan Hubungan Masyarakat (Hupmas) KPU Kabupaten/Kota se-Jawa Timur",
        "pukul 10.00 WIB",
        "Gogot Cahyo Baskoro, Anggota Divisi Sosialisasi, Pendidikan Pemilih dan Partisipasi Masyarakat KPU "
        "Provinsi Jawa Timur",
        "Tahapan dan Jadwal Pemilu 2024",
        "Ketentuan dan Rencana Pelaksanaan Kerjasama di Lingkungan KPU Provinsi Jawa Timur",
        "nota kesepahaman (MoU)", "persetujuan dari Ketua KPU RI",
        "“Penting dan menjadi harapan saya untuk dipedomani oleh teman-teman Divisi Parmas",
        "“Sosialisasi di tahapan Pemilu 2024 dapat dilakukan dengan mengoptimalkan media sosial",
        "Dian Wulandari selaku Anggota Divisi", "Agus Prasetyo, S.E. selaku Kepala Subbagian Teknis",
        "perguruan tinggi yang terakreditasi",
        "(Hms/Kot)",
    ],
}


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_every_fact_of_the_article_is_in_the_draft(any_db, name):
    mid = import_example(name)
    d = drafts.draft(mid)
    text = _flat(d.body)
    missing = [fact for fact in EXAMPLES[name] if _flat(fact) not in text]
    assert not missing, f"{name}: not in the draft: {missing}\n\n{d.body}"
    assert d.headline and len(d.headline) <= 120
    assert d.body.rstrip().endswith(f"({drafts.initials_of(mid)})")


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_every_phrasing_keeps_the_facts(sqlite_db, name):
    """Whatever phrasing the seed picks, no fact is lost."""
    mid = import_example(name)
    for variant in range(12):
        # Another phrasing may spell an acronym out elsewhere, or start a sentence with a fact: compared with
        # the acronyms folded back and without case.
        text = acronyms.collapse(_flat(drafts.draft(mid, variant=variant, overwrite=True).body)).lower()
        missing = [fact for fact in EXAMPLES[name] if acronyms.collapse(_flat(fact)).lower() not in text]
        assert not missing, f"{name} variant {variant}: {missing}\n\n{text}"


def test_the_drafts_read_cleanly(sqlite_db):
    """No doubled words or punctuation, no empty brackets, sentences start with a capital, paragraphs fit."""
    for name in sorted(EXAMPLES):
        mid = import_example(name)
        for variant in range(8):
            d = drafts.draft(mid, variant=variant, overwrite=True)
            for para in split_paragraphs(d.body):
                assert not re.search(r"\b(\w+) \1\b", para.replace("Kabupaten/Kota", "")), para
                assert ",," not in para and ".." not in para and " ," not in para and " ." not in para, para
                assert "()" not in para and "  " not in para
                assert len(para.split()) <= checklist.PARAGRAPH_WORDS
                for sent in _sentence_starts(para):
                    assert sent[0].isupper() or sent[0] in "“(", para


def test_only_recorded_gaps_are_flagged(sqlite_db):
    """Tulungagung's article names no opener and Bolmong's quotes none for its speakers: the checklist says
    what is missing and nothing else."""
    codes = {}
    for name in sorted(EXAMPLES):
        mid = import_example(name)
        d = drafts.draft(mid)
        codes[name] = {f.code for f in checklist.check(facts.gather(mid), d.headline, d.body)}
    assert codes["tulungagung_bakohumas_2021.json"] == {"opener"}
    assert codes["blitar_sosialisasi_tahapan_2022.json"] == {"opener"}
    assert codes["bolmong_juknis_bakohumas_2021.json"] == set()


def test_the_example_files_keep_their_photos_and_chosen_photos(sqlite_db):
    mid = import_example("tulungagung_bakohumas_2021.json")
    photos = facts.gather(mid).photos
    assert len(photos) == 1 and photos[0].caption.startswith("Gogot Cahyo Baskoro")
    assert drafts.chosen_photos(mid) == [photos[0].id]
