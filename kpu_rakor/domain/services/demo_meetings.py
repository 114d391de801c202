"""The rakor of the demo, as data: dates are days from today, so the list always looks current."""
from __future__ import annotations

from datetime import time

BAKOHUMAS_SE = ("Surat Edaran KPU Nomor 244/HM.02-SD/06/KPU/III/2021 tentang Pembentukan Badan Koordinasi "
                "Hubungan Masyarakat (Bakohumas) sampai dengan Tingkat KPU Kabupaten/Kota")
BAKOHUMAS_KPT = ("Keputusan KPU Nomor 542/HM.03.5-Kpt/06/KPU/VIII/2021 tentang Pedoman Teknis Badan Koordinasi "
                 "Hubungan Masyarakat di Lingkungan Komisi Pemilihan Umum")
PKPU_TAHAPAN = ("Peraturan KPU Nomor 3 Tahun 2022 tentang Tahapan dan Jadwal Penyelenggaraan Pemilihan Umum "
                "Tahun 2024")
AULA = "Aula KPU Kabupaten Tulungagung"
ADDRESS = "Jl. Ki Hajar Dewantara No. 31, Beji, Boyolangu, Tulungagung"

# Agenda items: (title, speaker key or None, topic, what the minutes say the speaker explained).
MEETINGS = [
    dict(offset=-110, start=time(9, 0), title="Rakor Penguatan Bakohumas dan Optimalisasi Media Sosial",
         role="participant", mode="hibrida", organizer="35", serial=131, basis=[BAKOHUMAS_SE],
         venue="Aula Lantai 2 KPU Provinsi Jawa Timur", chair="ketua_jatim", note_taker="operator",
         attend=["parmas", "kasubag"], agenda=[
             ("Pembukaan", "ketua_jatim", "", "rakor menjadi tindak lanjut pembentukan Bakohumas di semua tingkat"),
             ("Pembentukan Bakohumas KPU Kabupaten/Kota", "parmas_jatim", "Penguatan Bakohumas",
              "setelah Bakohumas terbentuk, KPU Kabupaten/Kota segera berkoordinasi dengan instansi pemerintah daerah "
              "yang membidangi kehumasan dan informasi publik"),
             ("Optimalisasi Media Sosial", "kabag_jatim", "Optimalisasi Medsos",
              "setiap satker wajib mengunggah berita kegiatan paling lambat satu hari setelah kegiatan")],
         quotes=[("parmas_jatim", "Setelah terbentuknya Bakohumas, segera lakukan koordinasi dan membuat grup "
                                  "WhatsApp bersama instansi pemerintah daerah yang membidangi kehumasan.", 1),
                 ("parmas", "Seusai rakor kita akan segera melakukan komunikasi dan koordinasi dengan instansi "
                            "pemerintah daerah yang membidangi kehumasan.", None)]),
    dict(offset=-90, start=time(13, 30), title="Sosialisasi Juknis Bakohumas KPU, KPU Provinsi dan KPU "
         "Kabupaten/Kota", kind="sosialisasi", role="participant", mode="daring", organizer="00", serial=467,
         basis=[BAKOHUMAS_KPT], livestream=True, chair="ketua_ri", note_taker="staf_hupmas",
         attend=["parmas", "sekretaris", "kasubag", "operator"], agenda=[
             ("Sambutan dan pembukaan", "ketua_ri", "", "Bakohumas di semua aras harus aktif dan responsif"),
             ("Petunjuk teknis Bakohumas", "biro_ri", "Juknis Bakohumas",
              "keanggotaan Bakohumas kabupaten/kota meliputi humas pemerintah daerah, Bawaslu dan perguruan tinggi")],
         quotes=[("ketua_ri", "Berikan informasi yang selalu terkini dan jalin komunikasi dengan pemangku "
                              "kepentingan di daerah masing-masing.", 0)]),
    dict(offset=-75, start=time(9, 0), end=time(12, 0), title="Rapat Koordinasi Pemutakhiran Data Pemilih "
         "Berkelanjutan", role="host", mode="luring", serial=212, venue=AULA, chair="ketua", opening="ketua",
         moderator="datin", note_taker="staf_datin",
         invite=["@komisioner", "@kasubag", "bawaslu_ketua", "bawaslu_anggota", "bakesbangpol", "kominfo_kabid"],
         absent={"hukum": "dinas_luar", "kominfo_kabid": "izin"}, late=["bakesbangpol"], agenda=[
             ("Pembukaan", "ketua", "", "pemutakhiran data pemilih berkelanjutan dilaksanakan setiap bulan"),
             ("Paparan rekapitulasi DPB triwulan", "datin", "Rekapitulasi DPB",
              "terdapat 1.254 pemilih baru dan 873 pemilih tidak memenuhi syarat pada triwulan ini"),
             ("Tanggapan Bawaslu dan Pemda", "bawaslu_ketua", "Pengawasan DPB",
              "Bawaslu meminta data pemilih meninggal dicocokkan dengan data Dinas Kependudukan")],
         conclusions=["Data pemilih meninggal dicocokkan setiap bulan dengan Dinas Kependudukan dan Pencatatan Sipil.",
                      "Rekapitulasi DPB diumumkan di laman dan media sosial KPU Kabupaten Tulungagung."],
         followups=[("Menyurati Dinas Kependudukan dan Pencatatan Sipil tentang data pemilih meninggal",
                     "kasubag_datin", -60, "selesai"),
                    ("Mengunggah rekapitulasi DPB ke laman dan media sosial", "operator", -70, "selesai")]),
    dict(offset=-60, start=time(10, 0), title="Rakor Evaluasi Pengelolaan Laman dan Media Sosial KPU "
         "Kabupaten/Kota se-Jawa Timur", role="participant", mode="daring", organizer="35", serial=188,
         chair="parmas_jatim", note_taker="operator", attend=["parmas", "kasubag", "operator", "staf_hupmas"],
         absent={"staf_hupmas": "sakit"}, agenda=[
             ("Evaluasi laman dan media sosial", "kasubag_jatim", "Evaluasi Medsos",
              "masih ada satker yang belum memperbarui laman lebih dari dua minggu")]),
    dict(offset=-45, start=time(9, 0), end=time(11, 30), title="Rapat Koordinasi Persiapan Sosialisasi Tahapan "
         "Pemilu 2024", role="host", mode="hibrida", serial=251, venue=AULA, basis=[PKPU_TAHAPAN],
         chair="parmas", opening="ketua", note_taker="staf_hupmas", moderator="kasubag",
         invite=["@komisioner", "@kasubag", "operator", "@tetangga"], absent={"datin": "izin"},
         late=["35.05/1", "teknis"], agenda=[
             ("Pembukaan", "ketua", "", "sosialisasi tahapan harus menjangkau pemilih pemula dan disabilitas"),
             ("Tahapan dan jadwal Pemilu 2024", "teknis", "Tahapan Pemilu 2024",
              "tahapan dimulai 14 bulan sebelum hari pemungutan suara"),
             ("Rencana sosialisasi dan pendidikan pemilih", "parmas", "Rencana Sosdiklih",
              "sosialisasi dilakukan bersama komunitas, sekolah dan pesantren")],
         conclusions=["Setiap KPU Kabupaten/Kota menyusun kalender sosialisasi paling lambat akhir bulan."],
         followups=[("Menyusun kalender sosialisasi tahapan", "kasubag", -20, "selesai"),
                    ("Menyiapkan materi sosialisasi untuk pemilih pemula", "staf_hupmas", 10, "terbuka")]),
    dict(offset=-30, start=time(9, 30), end=time(12, 0), title="Rakor Pembentukan Bakohumas Kabupaten "
         "Tulungagung", role="host", mode="luring", serial=274, venue=AULA, basis=[BAKOHUMAS_SE, BAKOHUMAS_KPT],
         chair="ketua", opening="ketua", note_taker="staf_hupmas", moderator="parmas",
         invite=["@komisioner", "sekretaris", "kasubag", "operator", "@mitra"],
         absent={"dosen": "diwakili:dosen2", "penyiar": "izin"}, late=["wartawan"], agenda=[
             ("Pembukaan", "ketua", "", "Bakohumas memperkuat penyebaran informasi kepemiluan"),
             ("Pembentukan Bakohumas dan tata kerjanya", "parmas", "Bakohumas Kabupaten Tulungagung",
              "Bakohumas beranggotakan humas KPU, Bawaslu, pemerintah daerah, perguruan tinggi dan media"),
             ("Peran Diskominfo dalam penyebaran informasi", "kominfo_kadis", "Sinergi kehumasan daerah",
              "Diskominfo siap menyebarkan konten KPU melalui kanal pemerintah daerah")],
         quotes=[("kominfo_kadis", "Kanal informasi pemerintah daerah terbuka untuk konten kepemiluan dari KPU.",
                  2)],
         conclusions=["Bakohumas Kabupaten Tulungagung dibentuk dengan keputusan KPU Kabupaten Tulungagung.",
                      "Grup WhatsApp Bakohumas dibuat oleh Subbagian Teknis dan Hupmas."],
         followups=[("Menyusun rancangan keputusan pembentukan Bakohumas", "kasubag_hukum", -10, "selesai"),
                    ("Membuat grup WhatsApp Bakohumas", "operator", -25, "selesai"),
                    ("Menyusun jadwal rapat Bakohumas triwulanan", "kasubag", 15, "terbuka")]),
    dict(offset=-21, start=time(10, 0), title="Rapat Sosialisasi Tahapan Pemilu dan Pelaksanaan Perjanjian "
         "Kerja Sama KPU Kabupaten/Kota di Jawa Timur", kind="sosialisasi", role="participant", mode="daring",
         organizer="35", serial=302, basis=[PKPU_TAHAPAN], chair="parmas_jatim", note_taker="staf_hupmas",
         attend=["parmas", "kasubag"], agenda=[
             ("Tahapan dan jadwal Pemilu 2024", "parmas_jatim", "Tahapan dan Jadwal Pemilu 2024",
              "sosialisasi harus dilaksanakan di seluruh tahapan Pemilu")],
         quotes=[("parmas_jatim", "Penting dan menjadi harapan saya untuk dipedomani oleh teman-teman Divisi "
                                  "Parmas agar melaksanakan sosialisasi di semua tahapan Pemilu.", 0)]),
    dict(offset=-9, start=time(13, 0), title="Rakor Penyusunan Berita Kegiatan dan Konten Pendidikan Pemilih",
         role="host", mode="daring", serial=318, chair="parmas", opening="parmas", note_taker="operator",
         invite=["kasubag", "operator", "staf_hupmas", "@tetangga"], late=["35.72/4"], agenda=[
             ("Teknik menulis berita kegiatan", "kasubag", "Menulis berita kegiatan",
              "berita memuat siapa, apa, kapan, di mana dan mode kegiatan sejak paragraf pertama"),
             ("Desain konten media sosial", "operator", "Konten pendidikan pemilih",
              "konten memakai templat resmi dan mencantumkan sumber")],
         conclusions=["Berita kegiatan diunggah paling lambat satu hari setelah kegiatan."]),
    dict(offset=-3, start=time(9, 0), title="Rapat Koordinasi Evaluasi Rekrutmen Badan Ad Hoc", role="participant",
         mode="daring", organizer="00", serial=521, chair="ketua_ri", note_taker="staf_hukum",
         attend=["hukum", "kasubag_hukum", "staf_hukum"], agenda=[
             ("Evaluasi rekrutmen PPK dan PPS", "parmas_ri", "Evaluasi rekrutmen badan ad hoc",
              "aplikasi SIAKBA dipakai untuk seluruh pendaftaran badan ad hoc")]),
    dict(offset=0, start=time(9, 0), title="Rakor Persiapan Pemutakhiran Data Pemilih Berkelanjutan", role="host",
         mode="luring", serial=336, venue=AULA, chair="datin", opening="ketua", note_taker="staf_datin",
         invite=["@komisioner", "@kasubag", "staf_datin", "bawaslu_anggota", "bakesbangpol_staf"],
         absent={"teknis": "dinas_luar", "bawaslu_anggota": "izin"}, agenda=[
             ("Pembukaan", "ketua", "", ""), ("Rencana kerja pemutakhiran", "datin", "Rencana kerja DPB", ""),
             ("Tanggapan peserta", None, "", "")]),
    dict(offset=0, start=time(13, 30), title="Rakor Kehumasan dan Pengelolaan JDIH KPU Kabupaten/Kota "
         "se-Jawa Timur", role="participant", mode="daring", organizer="35", serial=347, chair="parmas_jatim",
         note_taker="operator", attend=["parmas", "kasubag", "operator"], agenda=[
             ("Pengelolaan JDIH", "kabag_jatim", "JDIH dan kehumasan", "")]),
    dict(offset=4, start=time(9, 0), end=time(12, 0), title="Focus Group Discussion Partisipasi Pemilih Pemula",
         kind="focus group discussion", role="host", mode="hibrida", serial=352, venue=AULA, chair="parmas",
         opening="ketua", moderator="kasubag", note_taker="staf_hupmas",
         invite=["@komisioner", "kasubag", "dosen", "dosen2", "wartawan", "kominfo_kabid"], agenda=[
             ("Pembukaan", "ketua", "", ""), ("Pemilih pemula dan media sosial", "dosen2", "Perilaku pemilih pemula",
                                               ""), ("Diskusi", None, "", "")]),
    dict(offset=12, start=time(9, 0), title="Rapat Koordinasi Bakohumas Kabupaten Tulungagung Triwulan",
         role="host", mode="luring", status="draft", serial=0, venue=AULA, chair="parmas",
         invite=["@mitra"], agenda=[("Laporan kegiatan kehumasan", "kasubag", "", "")]),
    dict(offset=20, start=time(9, 0), title="Bimbingan Teknis Pengelolaan Laman dan Media Sosial KPU",
         kind="bimtek", role="participant", mode="daring", organizer="00", serial=588, livestream=True,
         chair="parmas_ri", attend=["kasubag", "operator", "staf_hupmas"], agenda=[
             ("Pengelolaan laman satker", "humas_ri", "Standar laman KPU", "")]),
]
