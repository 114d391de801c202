# ruff: noqa: E501 - the meetings' notes are typed as one line each, as the minutes hold them
"""Writes the five extra example meetings beside it (tests/data/news/*.json), in the style of the real articles
in shared/examples/news. Run it after changing a meeting here: `python tests/data/news/make_more_examples.py`."""
import json
from pathlib import Path

OUT = Path(__file__).parent


def kpu(code, name):
    return {"region_code": code, "name": name, "kind": "kpu"}


def person(ref, name, position, satker=None, institution="", nip=None):
    d = {"ref": ref, "name": name, "nip": nip, "position": position}
    if satker:
        d["satker"] = satker
    if institution:
        d["institution"] = institution
    return d


def att(ref, at, channel="luring", method="manual"):
    return {"person": ref, "status": "hadir", "channel": channel, "method": method, "checked_in_at": at}


def doc(office, meeting, people, agenda, roles, attendance, minutes, news, follow_ups=()):
    return {"format": "kpu-rakor-meeting", "version": 1, "exported_at": meeting["starts_at"],
            "office": office, "meeting": meeting, "people": people, "agenda": agenda, "roles": roles,
            "attendance": attendance, "minutes": minutes, "follow_ups": list(follow_ups), "news": news}


BADUNG = kpu("51.03", "KPU Kabupaten Badung")
badung_people = [
    person("ketua", "I Gusti Ngurah Agung Darmayasa", "Ketua", BADUNG),
    person("anggota", "Ni Kadek Sri Wahyuni Pertiwi, S.Sos.", "Anggota Divisi Sosdiklih Parmas dan SDM", BADUNG),
    person("dosen", "Dr. Ni Wayan Widhiasthini, M.Si.", "Dosen Ilmu Politik", institution="Universitas Pendidikan Nasional"),
    person("wartawan", "Komang Adi Saputra", "Jurnalis", institution="Bali Post"),
] + [person(f"siswa{k}", name, "Siswa", institution=school) for k, (name, school) in enumerate([
    ("Putu Ayu Lestari", "SMA Negeri 1 Kuta"), ("Made Surya Pratama", "SMA Negeri 1 Kuta"),
    ("Kadek Dwi Cahyani", "SMA Negeri 1 Kuta"), ("Gede Arya Wibawa", "SMA Negeri 2 Mengwi"),
    ("Nyoman Tri Handayani", "SMA Negeri 2 Mengwi"), ("Ketut Budi Santosa", "SMA Negeri 2 Mengwi"),
    ("Luh Putu Sinta Dewi", "SMK Negeri 1 Petang"), ("Wayan Agus Setiawan", "SMK Negeri 1 Petang"),
    ("Ni Made Ayu Anggreni", "SMK Negeri 1 Petang"), ("I Putu Eka Mahendra", "SMA Negeri 1 Abiansemal"),
    ("Desak Ketut Mirah", "SMA Negeri 1 Abiansemal")])]
badung = doc(
    {"satker": BADUNG, "city": "Mangupura", "website": "https://kab-badung.kpu.go.id/", "writer_initials": "gus"},
    {"title": "Pendidikan Pemilih bagi Pemilih Pemula", "kind": "sosialisasi",
     "our_role": "host", "mode": "luring", "status": "done", "timezone": "WITA",
     "starts_at": "2023-07-12T01:00:00Z", "ends_at": "2023-07-12T04:00:00Z",
     "venue": "Rumah Pintar Pemilu KPU Kabupaten Badung", "venue_address": "Jl. Raya Sempidi, Mengwi, Badung"},
    badung_people,
    [{"title": "Pembukaan"}, {"title": "Pemilih Pemula dan Pemilu 2024"}, {"title": "Kesepakatan tindak lanjut"}],
    [{"person": "ketua", "role": "opening", "agenda": 0},
     {"person": "dosen", "role": "speaker", "agenda": 1, "topic": "Pemilih Pemula dan Pemilu 2024"},
     {"person": "anggota", "role": "moderator", "agenda": 1}],
    [att("ketua", "2023-07-12T00:50:00Z"), att("anggota", "2023-07-12T00:45:00Z"),
     att("dosen", "2023-07-12T00:55:00Z"), att("wartawan", "2023-07-12T01:05:00Z")]
    + [att(f"siswa{k}", f"2023-07-12T00:{30 + k:02d}:00Z") for k in range(11)],
    {"status": "draft", "opened_by": "ketua",
     "opening_text": "Mengajak para siswa menggunakan hak pilihnya pada Pemilu 2024 dan menjadi agen pendidikan pemilih di sekolah masing-masing.",
     "items": [
         {"agenda": 1, "discussion": "Narasumber menyampaikan tiga hal yang perlu diketahui pemilih pemula:\n1. syarat terdaftar sebagai pemilih\n2. cara mengecek nama di Daftar Pemilih Tetap\n3. tata cara memberikan suara di TPS\nNarasumber juga mengingatkan bahaya politik uang dan berita bohong menjelang Pemilu 2024."},
         {"agenda": 2, "discussion": "Peserta dan KPU Kabupaten Badung membahas kegiatan lanjutan di sekolah.",
          "decisions": "1. Kelas pendidikan pemilih di tiga sekolah peserta\n2. Duta Demokrasi dari setiap sekolah\n3. Kunjungan siswa ke Rumah Pintar Pemilu setiap bulan"}],
     "quotes": [{"agenda": 1, "person": "dosen", "text": "Pemilih pemula jangan hanya menjadi penonton, tetapi ikut menentukan arah bangsa."}]},
    {"headline": "", "body": "", "writer_initials": "gus", "edited_by_user": False})

BATU = kpu("35.79", "KPU Kota Batu")
JATIM = kpu("35", "KPU Provinsi Jawa Timur")
batu = doc(
    {"satker": BATU, "city": "Batu", "website": "kota-batu.kpu.go.id/", "writer_initials": "rz"},
    {"title": "Rapat Koordinasi Persiapan Pencalonan Anggota DPRD Kabupaten/Kota", "kind": "rakor",
     "our_role": "participant", "mode": "luring", "status": "done", "timezone": "WIB",
     "starts_at": "2023-04-18T01:30:00Z", "ends_at": "2023-04-18T08:00:00Z",
     "venue": "Ballroom Hotel Santika Premiere", "venue_address": "Jl. Letjen S. Parman No. 60, Kota Malang",
     "organizer": JATIM, "invitation_number": "412/PL.01.4-Und/35/2023", "invitation_date": "2023-04-12"},
    [person("nursalam", "Nur Salam", "Ketua Divisi Teknis Penyelenggaraan", JATIM),
     person("imam", "Moch. Imam Syafi'i", "Ketua Divisi Teknis Penyelenggaraan", BATU),
     person("rizal", "Muhammad Rizal Fahmi, S.Kom.", "Operator Silon", BATU)],
    [{"title": "Pembukaan"}, {"title": "Tahapan pencalonan dan penggunaan Silon"}],
    [{"person": "nursalam", "role": "speaker", "agenda": 1, "topic": "tahapan pencalonan anggota DPRD dan penggunaan Silon"}],
    [att("imam", "2023-04-18T01:20:00Z"), att("rizal", "2023-04-18T01:22:00Z")],
    {"status": "draft",
     "items": [{"agenda": 1, "discussion": "Narasumber menjelaskan bahwa pengajuan bakal calon anggota DPRD dilakukan melalui Silon paling lambat 14 Mei 2023.\nNarasumber meminta setiap KPU Kabupaten/Kota menyiapkan meja bantuan (help desk) bagi partai politik."}],
     "quotes": [{"agenda": 1, "person": "nursalam", "text": "Pastikan operator Silon sudah siap melayani partai politik sejak hari pertama pengajuan."},
                {"agenda": None, "person": "imam", "text": "Kami akan langsung menyiapkan meja bantuan di kantor KPU Kota Batu."}]},
    {"headline": "", "body": "", "writer_initials": "rz", "edited_by_user": False,
     "audience": "Ketua Divisi Teknis Penyelenggaraan dan operator Silon KPU Kabupaten/Kota se-Jawa Timur"},
    [{"description": "Menyiapkan meja bantuan pengajuan bakal calon di kantor KPU Kota Batu", "person": "imam",
      "satker": BATU, "status": "terbuka"}])

KENDARI = kpu("74.71", "KPU Kota Kendari")
kendari = doc(
    {"satker": KENDARI, "city": "Kendari", "website": "kota-kendari.kpu.go.id", "writer_initials": "hpm"},
    {"title": "Focus Group Discussion Peningkatan Partisipasi Pemilih Muda", "kind": "focus group discussion",
     "our_role": "host", "mode": "hibrida", "status": "done", "timezone": "WITA",
     "starts_at": "2023-09-05T01:00:00Z", "ends_at": "2023-09-05T05:00:00Z",
     "venue": "Aula KPU Kota Kendari", "online_platform": "Zoom Meeting"},
    [person("ketua", "Jumwal Shaleh", "Ketua", KENDARI),
     person("laode", "Dr. La Ode Abdul Rahman, M.Si.", "Direktur Eksekutif", institution="Lembaga Kajian Demokrasi Sultra"),
     person("parmas", "Nurhidayah Sekar Arum", "Anggota Divisi Sosdiklih Parmas dan SDM", KENDARI),
     person("bem", "Andi Muh. Fadli", "Ketua BEM", institution="Universitas Halu Oleo"),
     person("kpi", "Wa Ode Sitti Marhani", "Ketua", institution="Koalisi Perempuan Indonesia Sulawesi Tenggara")],
    [{"title": "Pembukaan"}, {"title": "Pemilih Muda dan Media Sosial"}, {"title": "Diskusi"}],
    [{"person": "ketua", "role": "opening", "agenda": 0},
     {"person": "laode", "role": "speaker", "agenda": 1},
     {"person": "parmas", "role": "moderator", "agenda": 1}],
    [att("ketua", "2023-09-05T00:50:00Z"), att("laode", "2023-09-05T00:52:00Z"), att("parmas", "2023-09-05T00:40:00Z"),
     att("bem", "2023-09-05T00:58:00Z"), att("kpi", "2023-09-05T01:02:00Z", "daring", "zoom")],
    {"status": "draft", "opened_by": "ketua",
     "opening_text": "Menyampaikan bahwa pemilih muda di Kota Kendari mencapai lebih dari separuh jumlah pemilih pada Pemilu 2024.",
     "items": [{"agenda": 1, "discussion": "Narasumber memaparkan hasil survei lembaganya tentang pemilih muda:\n- sebagian besar pemilih muda mencari informasi Pemilu melalui media sosial\n- minat pemilih muda datang ke TPS meningkat bila kandidat hadir di kampus\n- pemilih muda masih sulit membedakan informasi resmi dan hoaks"},
               {"agenda": 2, "discussion": "Peserta menyampaikan usulan kegiatan bersama kampus dan organisasi perempuan."}],
     "conclusions": "1. KPU Kota Kendari memperbanyak konten media sosial yang menjawab pertanyaan pemilih muda\n2. Sosialisasi di kampus dilakukan bersama organisasi kemahasiswaan",
     "quotes": [{"agenda": 1, "person": "laode", "text": "Anak muda tidak apatis; mereka hanya menunggu diajak dengan bahasa mereka sendiri."},
                {"agenda": 2, "person": "bem", "text": "Kami siap menjadi mitra KPU untuk sosialisasi di kampus."}]},
    {"headline": "", "body": "", "writer_initials": "hpm", "edited_by_user": False,
     "audience": "perwakilan organisasi kemahasiswaan, organisasi perempuan dan komunitas pemuda di Kota Kendari"})

SLEMAN = kpu("34.04", "KPU Kabupaten Sleman")
sleman = doc(
    {"satker": SLEMAN, "city": "Sleman", "website": "kab-sleman.kpu.go.id", "writer_initials": "ans"},
    {"title": "Rapat Pleno Terbuka Rekapitulasi Daftar Pemilih Berkelanjutan Triwulan II Tahun 2023",
     "kind": "rapat pleno", "our_role": "host", "mode": "luring", "status": "done", "timezone": "WIB",
     "starts_at": "2023-07-05T02:00:00Z", "ends_at": "2023-07-05T04:30:00Z",
     "venue": "Ruang Rapat Utama KPU Kabupaten Sleman", "chair": "ketua"},
    [person("ketua", "Trapsi Haryadi, S.Sos.", "Ketua", SLEMAN),
     person("data", "Indah Sri Wulandari, S.T.", "Anggota Divisi Perencanaan, Data dan Informasi", SLEMAN),
     person("bawaslu", "Arjuna Al Ichsan Siregar", "Ketua", kpu("", "Bawaslu Kabupaten Sleman") | {"kind": "bawaslu"}),
     person("dukcapil", "Susmiarto, S.H.", "Kepala Dinas", institution="Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sleman"),
     person("wartawan", "Yusuf Bayu Aji", "Wartawan", institution="Harian Jogja")],
    [{"title": "Pembukaan"}, {"title": "Penyampaian rekapitulasi"}, {"title": "Tanggapan peserta"}],
    [{"person": "ketua", "role": "opening", "agenda": 0},
     {"person": "data", "role": "speaker", "agenda": 1, "topic": "rekapitulasi Daftar Pemilih Berkelanjutan Triwulan II"}],
    [att("ketua", "2023-07-05T01:50:00Z"), att("data", "2023-07-05T01:45:00Z"), att("bawaslu", "2023-07-05T01:55:00Z"),
     att("dukcapil", "2023-07-05T01:58:00Z"), att("wartawan", "2023-07-05T02:05:00Z")],
    {"status": "draft", "opened_by": "ketua",
     "items": [{"agenda": 1, "discussion": "Narasumber memaparkan perubahan data pemilih sejak triwulan sebelumnya."},
               {"agenda": 2, "discussion": "Pimpinan rapat meminta Bawaslu dan Dinas Kependudukan dan Pencatatan Sipil menyampaikan tanggapan.\nBawaslu Kabupaten Sleman meminta pemilih yang meninggal dunia segera dicoret berdasarkan akta kematian.",
                "decisions": "1. Jumlah pemilih Triwulan II Tahun 2023 sebanyak 812.345 orang\n2. Pemilih baru 2.314 orang\n3. Pemilih tidak memenuhi syarat 1.120 orang"}],
     "quotes": [{"agenda": 1, "person": "data", "text": "Data pemilih yang baik adalah fondasi Pemilu yang baik."}]},
    {"headline": "", "body": "", "writer_initials": "ans", "edited_by_user": False})

JAYAPURA = kpu("91.71", "KPU Kota Jayapura")
RI = kpu("00", "KPU RI")
jayapura = doc(
    {"satker": JAYAPURA, "city": "Jayapura", "website": "kota-jayapura.kpu.go.id", "writer_initials": "yk"},
    {"title": "Bimbingan Teknis Penggunaan Sidalih untuk Pemutakhiran Data Pemilih", "kind": "bimtek",
     "our_role": "participant", "mode": "daring", "status": "done", "timezone": "WIB",
     "starts_at": "2023-02-08T02:00:00Z", "ends_at": "2023-02-08T06:00:00Z", "online_platform": "Zoom Meeting",
     "organizer": RI},
    [person("betty", "Betty Epsilon Idroos", "Anggota", RI),
     person("made", "I Made Wiranata", "Penata Kelola Pemilu Bagian Data Pemilih", RI),
     person("ketua", "Yohanes Kayame", "Anggota Divisi Perencanaan, Data dan Informasi", JAYAPURA),
     person("op", "Muhammad Nur Fauzi", "Operator Sidalih", JAYAPURA)],
    [{"title": "Pembukaan"}, {"title": "Materi"}],
    [{"person": "betty", "role": "opening", "agenda": 0},
     {"person": "made", "role": "speaker", "agenda": 1, "topic": "fitur baru Sidalih"}],
    [att("ketua", "2023-02-08T01:55:00Z", "daring", "zoom"), att("op", "2023-02-08T01:56:00Z", "daring", "zoom")],
    {"status": "draft", "opened_by": "betty",
     "opening_text": "Meminta seluruh operator menjaga kerahasiaan data pribadi pemilih selama pemutakhiran.",
     "items": [{"agenda": 1, "discussion": "Narasumber memperagakan langkah pemutakhiran data di Sidalih:\na) mengunggah hasil pencocokan dan penelitian\nb) memeriksa data ganda\nc) mencetak daftar pemilih sementara\nNarasumber menjawab pertanyaan operator tentang data pemilih di daerah yang sulit sinyal."}],
     "quotes": [{"agenda": 1, "person": "made", "text": "Setiap perubahan data tercatat, jadi operator wajib memakai akunnya sendiri."}]},
    {"headline": "", "body": "", "writer_initials": "yk", "edited_by_user": False})

for name, d in (("badung_pendidikan_pemilih_2023.json", badung), ("batu_rakor_pencalonan_2023.json", batu),
                ("kendari_fgd_pemilih_muda_2023.json", kendari), ("sleman_pleno_dpb_2023.json", sleman),
                ("jayapura_bimtek_sidalih_2023.json", jayapura)):
    (OUT / name).write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
