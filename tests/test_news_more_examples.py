"""Five more meetings recorded as meeting files in the style of the real articles (tests/data/news, written by
make_more_examples.py): a hosted class at a Rumah Pintar Pemilu in Bali, a rakor in Malang attended by KPU Kota
Batu, a hybrid FGD in Kendari, a plenary in Sleman and a KPU RI bimtek followed online from Jayapura. Each is
imported with `--set-office` semantics, drafted, and every fact is found in every phrasing."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kpu_rakor.domain.services import transfer
from kpu_rakor.domain.services.news import acronyms, checklist, drafts, export, facts
from kpu_rakor.domain.services.news.compose import split_paragraphs
from kpu_rakor.domain.services.news.prose import is_list

DATA = Path(__file__).parent / "data" / "news"


def import_example(name: str) -> int:
    """A fresh installation takes the file's office, as `meeting import --set-office` does."""
    return transfer.import_file(DATA / name, set_office=True).id


def _flat(text: str) -> str:
    return " ".join(text.split())


EXAMPLES = {
    "badung_pendidikan_pemilih_2023.json": [
        "Mangupura, kab-badung.kpu.go.id –",  # https:// and the trailing slash of the profile dropped
        "Rumah Pintar Pemilu KPU Kabupaten Badung",  # the hall's name keeps "Pemilu"
        "Rabu, 12 Juli 2023", "pukul 09.00 s.d. 12.00 WITA",
        "diikuti oleh 14 peserta",  # fourteen recorded present; the journalist is not one of them
        "SMA Negeri 1 Kuta", "SMA Negeri 2 Mengwi", "SMK Negeri 1 Petang", "SMA Negeri 1 Abiansemal",
        "Ketua KPU Kabupaten Badung I Gusti Ngurah Agung Darmayasa",
        "Dr. Ni Wayan Widhiasthini, M.Si., Dosen Ilmu Politik Universitas Pendidikan Nasional,",
        "Ni Kadek Sri Wahyuni Pertiwi, S.Sos.",
        "tiga hal yang perlu diketahui pemilih pemula:",
        "1. Syarat terdaftar sebagai pemilih\n2. Cara mengecek nama di Daftar Pemilih Tetap\n3. Tata cara",
        "Widhiasthini juga mengingatkan bahaya politik uang",
        "“Pemilih pemula jangan hanya menjadi penonton",
        "1. Kelas pendidikan pemilih di tiga sekolah peserta\n2. Duta Demokrasi dari setiap sekolah\n"
        "3. Kunjungan siswa ke Rumah Pintar Pemilu setiap bulan",
        "(gus)",
    ],
    "batu_rakor_pencalonan_2023.json": [
        "Malang, kota-batu.kpu.go.id –",  # held in Malang, written from Batu
        "KPU Kota Batu mengikuti", "yang diselenggarakan oleh KPU Provinsi Jawa Timur",
        "Ballroom Hotel Santika Premiere", "Selasa, 18 April 2023", "pukul 08.30 s.d. 15.00 WIB",
        "Ketua Divisi Teknis Penyelenggaraan dan operator Sistem Informasi Pencalonan (Silon) KPU Kabupaten/Kota "
        "se-Jawa Timur",
        "412/PL.01.4-Und/35/2023", "12 April 2023",
        "Moch. Imam Syafi'i selaku Ketua Divisi Teknis Penyelenggaraan",
        "Muhammad Rizal Fahmi, S.Kom. selaku Operator Silon",
        "Nur Salam, Ketua Divisi Teknis Penyelenggaraan KPU Provinsi Jawa Timur,",
        "Nur Salam menjelaskan bahwa pengajuan bakal calon", "14 Mei 2023", "meja bantuan (help desk)",
        "“Pastikan operator Silon sudah siap", "Imam mengatakan KPU Kota Batu akan segera menyiapkan meja bantuan",
        "“Kami akan langsung menyiapkan meja bantuan", "(rz)",
    ],
    "kendari_fgd_pemilih_muda_2023.json": [
        "Kendari, kota-kendari.kpu.go.id –", "Aula KPU Kota Kendari", "secara daring melalui Zoom Meeting",
        "Selasa, 05 September 2023", "pukul 09.00 s.d. 13.00 WITA",
        "perwakilan organisasi kemahasiswaan, organisasi perempuan dan komunitas pemuda di Kota Kendari",
        "Ketua KPU Kota Kendari Jumwal Shaleh",
        "Dr. La Ode Abdul Rahman, M.Si., Direktur Eksekutif Lembaga Kajian Demokrasi Sultra,",
        "Nurhidayah Sekar Arum", "Abdul Rahman memaparkan hasil survei lembaganya tentang pemilih muda:",
        "1. Sebagian besar pemilih muda mencari informasi Pemilu melalui media sosial\n2. Minat pemilih muda",
        "“Anak muda tidak apatis", "Andi Muh. Fadli", "“Kami siap menjadi mitra KPU",
        "1. KPU Kota Kendari memperbanyak konten media sosial", "(hpm)",
    ],
    "sleman_pleno_dpb_2023.json": [
        "Sleman, kab-sleman.kpu.go.id –",
        "Rapat Pleno Terbuka Rekapitulasi Daftar Pemilih Berkelanjutan Triwulan II Tahun 2023",
        "Ruang Rapat Utama KPU Kabupaten Sleman", "Rabu, 05 Juli 2023", "pukul 09.00 s.d. 11.30 WIB",
        "diikuti oleh empat peserta",  # the Harian Jogja journalist covered it
        "Bawaslu Kabupaten Sleman", "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sleman",
        "Trapsi Haryadi, S.Sos.", "Indah Sri Wulandari, S.T.",
        "Anggota Divisi Perencanaan, Data dan Informasi KPU Kabupaten Sleman",
        "“Data pemilih yang baik adalah fondasi Pemilu yang baik",
        "meminta pemilih yang meninggal dunia segera dicoret",
        "1. Jumlah pemilih Triwulan II Tahun 2023 sebanyak 812.345 orang\n2. Pemilih baru 2.314 orang\n"
        "3. Pemilih tidak memenuhi syarat 1.120 orang",
        "(ans)",
    ],
    "jayapura_bimtek_sidalih_2023.json": [
        "Jayapura, kota-jayapura.kpu.go.id –",  # followed online: the office's own city
        "KPU Kota Jayapura mengikuti", "yang diselenggarakan oleh KPU RI", "secara daring melalui Zoom Meeting",
        "Rabu, 08 Februari 2023", "pukul 11.00 s.d. 15.00 WIT",  # 09.00 WIB in Jakarta
        "Yohanes Kayame selaku Anggota Divisi Perencanaan, Data dan Informasi",
        "Muhammad Nur Fauzi selaku Operator", "Anggota KPU RI Betty Epsilon Idroos",
        "I Made Wiranata, Penata Kelola", "Wiranata memperagakan langkah pemutakhiran data di Sidalih:",
        "1. Mengunggah hasil pencocokan dan penelitian\n2. Memeriksa data ganda\n3. Mencetak daftar pemilih sementara",
        "“Setiap perubahan data tercatat", "(yk)",
    ],
}


def _lines(text: str) -> str:
    """Spaces tidied but line breaks (a list's items) kept."""
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


def _has(text: str, fact: str) -> bool:
    """The fact as written, or with an acronym the draft spelled out there folded back ("KPU Kota Batu")."""
    text, fact = _lines(text), _lines(fact)
    return any(f in t or _flat(f) in _flat(t) for t in (text, acronyms.collapse(text)) for f in (fact,))


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_every_fact_of_the_meeting_is_in_the_draft(any_db, name):
    mid = import_example(name)
    d = drafts.draft(mid)
    missing = [fact for fact in EXAMPLES[name] if not _has(d.body, fact)]
    assert not missing, f"{name}: not in the draft: {missing}\n\n{d.body}"
    assert d.headline and len(d.headline) <= 120


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_every_phrasing_keeps_the_facts(sqlite_db, name):
    mid = import_example(name)
    for variant in range(10):
        body = drafts.draft(mid, variant=variant, overwrite=True).body
        text = acronyms.collapse(_lines(body)).lower()
        # An apposition closes with a comma or ends the sentence, as the phrasing has it.
        facts_ = [f.rstrip(",") for f in EXAMPLES[name]]
        missing = [f for f in facts_ if acronyms.collapse(_lines(f)).lower() not in text
                   and _flat(acronyms.collapse(f)).lower() not in _flat(text)]
        assert not missing, f"{name} variant {variant}: {missing}\n\n{body}"


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_the_drafts_read_cleanly_and_the_checklist_has_nothing_on_style(sqlite_db, name):
    mid = import_example(name)
    f = facts.gather(mid)
    for variant in range(10):
        d = drafts.draft(mid, variant=variant, overwrite=True)
        paras = split_paragraphs(d.body)
        assert 0 < len(d.body.split()) <= 400
        for para in paras:
            assert not re.search(r"(?<!\.)\.\.(?!\.)", para), para
            assert not para.startswith(("Ia ", "Beliau ")), para
            assert ",," not in para and " ," not in para and "()" not in para and "  " not in para, para
            if not is_list(para):
                assert len(para.split()) <= checklist.PARAGRAPH_WORDS, para
        codes = {fl.code for fl in checklist.check(f, d.headline, d.body)}
        assert not codes & {"double_period", "pronoun", "apposition", "institution", "order", "length",
                            "dateline", "paragraph"}, (codes, d.body)


def test_an_audience_nobody_recorded_is_not_invented(sqlite_db):
    """Jayapura recorded no audience for a KPU RI bimtek: no "se-Indonesia", no count."""
    mid = import_example("jayapura_bimtek_sidalih_2023.json")
    for variant in range(10):
        body = drafts.draft(mid, variant=variant, overwrite=True).body
        assert "se-Indonesia" not in body and "diikuti oleh jajaran" not in body and "peserta" not in body


def test_the_count_is_who_came_and_a_journalist_is_no_participant(sqlite_db):
    mid = import_example("badung_pendidikan_pemilih_2023.json")
    f = facts.gather(mid)
    assert f.participants == 14 and [p.name for p in f.press] == ["Komang Adi Saputra"]
    assert "Bali Post" not in f.guest_offices
    body = drafts.draft(mid, overwrite=True).body
    assert "Komang Adi Saputra" not in body and "15 peserta" not in body


def test_lists_stay_lists_in_text_and_html(sqlite_db):
    mid = import_example("sleman_pleno_dpb_2023.json")
    d = drafts.draft(mid)
    lists = [p for p in split_paragraphs(d.body) if is_list(p)]
    assert lists == ["1. Jumlah pemilih Triwulan II Tahun 2023 sebanyak 812.345 orang\n2. Pemilih baru 2.314 orang\n"
                     "3. Pemilih tidak memenuhi syarat 1.120 orang"]
    assert "Pertama," not in d.body and "Kedua," not in d.body  # no verbless sentence made of an item
    html = export.html(d.headline, d.body)
    assert "<ol><li>Jumlah pemilih Triwulan II Tahun 2023 sebanyak 812.345 orang</li><li>Pemilih baru 2.314 orang" \
           "</li><li>Pemilih tidak memenuhi syarat 1.120 orang</li></ol>" in html
    text = export.plain_text(d.headline, d.body)
    assert "\n1. Jumlah pemilih" in text and "\n2. Pemilih baru 2.314 orang\n3. Pemilih" in text


def test_the_meeting_file_carries_the_recording_office_and_the_audience(sqlite_db, tmp_path):
    mid = import_example("batu_rakor_pencalonan_2023.json")
    data = json.loads(transfer.export_json(mid, "test"))
    assert data["office"]["satker"]["region_code"] == "35.79"
    assert data["office"]["website"] == "kota-batu.kpu.go.id/"  # as the file had it; the article normalises it
    assert data["news"]["audience"].startswith("Ketua Divisi Teknis Penyelenggaraan dan operator Silon")
