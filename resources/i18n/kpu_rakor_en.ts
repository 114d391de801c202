<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../kpu_rakor/ui/agenda_tab.py" line="26"/>
        <source>Jam “{0}” pada acara nomor {1} tidak sah; tulis seperti 09.30.</source>
        <translation>The time “{0}” of agenda item {1} is not valid; write it like 09.30.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/agenda_tab.py" line="38"/>
        <source>Acara</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/agenda_tab.py" line="38"/>
        <location filename="../../kpu_rakor/ui/agenda_tab.py" line="59"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/agenda_tab.py" line="38"/>
        <location filename="../../kpu_rakor/ui/agenda_tab.py" line="61"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/agenda_tab.py" line="47"/>
        <source>Judul acara, mis. Pembukaan oleh Ketua</source>
        <translation>Item title, e.g. Opening by the Chair</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/agenda_tab.py" line="52"/>
        <source>&amp;Tambah acara</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/agenda_tab.py" line="53"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/agenda_tab.py" line="54"/>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/agenda_tab.py" line="55"/>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/agenda_tab.py" line="71"/>
        <source>Judul dan jam dapat diubah langsung di tabel (klik dua kali). Jam boleh kosong.</source>
        <translation>Titles and times can be edited in the table (double-click). Times may be left empty.</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/camera.py" line="139"/>
        <source>&amp;Kamera:</source>
        <translation>&amp;Camera:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/camera.py" line="126"/>
        <source>(tidak ada kamera)</source>
        <translation>(no camera)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/camera.py" line="301"/>
        <source>Pustaka multimedia sistem tidak tersedia; gunakan pemindai USB.</source>
        <translation>The system's multimedia libraries are not available; use a USB scanner.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/camera.py" line="302"/>
        <source>Tidak ada kamera terpasang. Sambungkan webcam atau gunakan pemindai USB.</source>
        <translation>No camera is connected. Plug in a webcam or use a USB scanner.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/camera.py" line="303"/>
        <source>Kamera sedang dipakai program lain atau tidak dapat dibuka. Tutup program itu (kamera dicoba lagi sendiri), atau gunakan pemindai USB.</source>
        <translation>The camera is in use by another program or cannot be opened. Close that program (the camera is tried again by itself), or use a USB scanner.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/camera.py" line="305"/>
        <source>Kamera mati.</source>
        <translation>Camera off.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/camera.py" line="306"/>
        <source>Menyalakan kamera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/camera.py" line="307"/>
        <source>Tunjukkan kode QR ke kamera.</source>
        <translation>Hold the QR code up to the camera.</translation>
    </message>
</context>
<context>
    <name>_Preview</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/camera.py" line="100"/>
        <source>Belum ada gambar dari kamera</source>
        <translation>No picture from the camera yet</translation>
    </message>
</context>
<context>
    <name>BadgeExport</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/badge_export.py" line="95"/>
        <source>Simpan kartu peserta</source>
        <translation>Save participant cards</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/badge_export.py" line="96"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/badge_export.py" line="117"/>
        <source>Membuat kartu peserta ({0} orang)…</source>
        <translation>Making participant cards ({0} people)…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/badge_export.py" line="117"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/badge_export.py" line="119"/>
        <source>Kartu peserta</source>
        <translation>Participant cards</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/badge_export.py" line="157"/>
        <source>Kartu peserta sudah disimpan di {0}, tetapi tidak ada program yang dapat membukanya. Buka berkas itu dari pengelola berkas, atau pasang pembaca PDF.</source>
        <translation>The participant cards were saved in {0}, but no program can open them. Open the file from a file manager, or install a PDF reader.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../kpu_rakor/ui/directory_page.py" line="19"/>
        <source>Cari nama atau NIP…</source>
        <translation>Search name or NIP…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory_page.py" line="20"/>
        <source>Orang &amp;baru</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory_page.py" line="21"/>
        <source>&amp;Ubah</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory_page.py" line="22"/>
        <source>&amp;Instansi baru</source>
        <translation>&amp;New institution</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory_page.py" line="23"/>
        <source>Bawaslu, pemerintah daerah, perguruan tinggi, media…</source>
        <translation>Bawaslu, local government, universities, media…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory_page.py" line="40"/>
        <source>Direktori</source>
        <translation>Directory</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory_page.py" line="57"/>
        <source>Orang</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory_page.py" line="58"/>
        <source>Satker dan instansi</source>
        <translation>Offices and institutions</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory_page.py" line="63"/>
        <source>Orang baru</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory_page.py" line="67"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory_page.py" line="83"/>
        <source>{0} orang</source>
        <translation>{0} people</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/first_start.py" line="16"/>
        <source>Selamat datang di KPU Rakor</source>
        <translation>Welcome to KPU Rakor</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/first_start.py" line="17"/>
        <source>Satker mana kantor ini? Ketik sebagian nama kabupaten, kota atau provinsi, lalu tekan Enter. Pilihan ini mengisi kop surat, kota dan zona waktu, dan dapat diubah nanti di Pengaturan.</source>
        <translation>Which satker is this office? Type part of the regency, city or province name, then press Enter. This fills in the letterhead, city and time zone, and can be changed later in Settings.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/first_start.py" line="22"/>
        <source>mis. Tulungagung</source>
        <translation>e.g. Tulungagung</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/first_start.py" line="29"/>
        <source>Pilih</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/first_start.py" line="30"/>
        <source>Nanti saja</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/institution_dialog.py" line="19"/>
        <source>Instansi baru</source>
        <translation>New institution</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/institution_dialog.py" line="22"/>
        <source>mis. Bawaslu Kabupaten Tulungagung</source>
        <translation>e.g. Bawaslu Kabupaten Tulungagung</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/institution_dialog.py" line="28"/>
        <source>mis. Tulungagung</source>
        <translation>e.g. Tulungagung</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/institution_dialog.py" line="35"/>
        <source>mis. tulungagung.bawaslu.go.id (boleh kosong)</source>
        <translation>e.g. tulungagung.bawaslu.go.id (optional)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/institution_dialog.py" line="38"/>
        <source>&amp;Nama instansi:</source>
        <translation>&amp;Name of the institution:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/institution_dialog.py" line="39"/>
        <source>&amp;Jenis:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/institution_dialog.py" line="40"/>
        <source>&amp;Kota:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/institution_dialog.py" line="41"/>
        <source>&amp;Zona waktu:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/institution_dialog.py" line="42"/>
        <source>Situs &amp;web:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/institution_dialog.py" line="44"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/institution_dialog.py" line="45"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>InviteesTab</name>
    <message>
        <location filename="../../kpu_rakor/ui/invitees_tab.py" line="0"/>
        <source>Salin teks &amp;WhatsApp</source>
        <translation>Copy &amp;WhatsApp text</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/invitees_tab.py" line="0"/>
        <source>Simpan kode &amp;QR…</source>
        <translation>Save &amp;QR code…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/invitees_tab.py" line="0"/>
        <source>Cetak &amp;kartu QR…</source>
        <translation>Print QR &amp;badges…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/invitees_tab.py" line="0"/>
        <source>Tersedia setelah rapat dan undangan disimpan.</source>
        <translation>Available once the meeting and its invitations are saved.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/invitees_tab.py" line="0"/>
        <source>Teks undangan untuk {0} sudah disalin; tempelkan di WhatsApp.</source>
        <translation>The invitation text for {0} is copied; paste it into WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/invitees_tab.py" line="0"/>
        <source>Simpan kode QR {0}</source>
        <translation>Save QR code of {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/invitees_tab.py" line="0"/>
        <source>Gambar PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/invitees_tab.py" line="28"/>
        <source>&amp;Undang →</source>
        <translation>&amp;Invite →</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/invitees_tab.py" line="29"/>
        <source>← &amp;Batalkan</source>
        <translation>← &amp;Remove</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/invitees_tab.py" line="32"/>
        <source>Direktori</source>
        <translation>Directory</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/invitees_tab.py" line="34"/>
        <source>Diundang</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/invitees_tab.py" line="85"/>
        <source>{0} orang diundang</source>
        <translation>{0} people invited</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="23"/>
        <source>KPU Rakor</source>
        <translation>KPU Rakor</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="33"/>
        <source>Rapat</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="34"/>
        <source>Direktori</source>
        <translation>Directory</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="35"/>
        <location filename="../../kpu_rakor/ui/main_window.py" line="97"/>
        <source>Presensi</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="36"/>
        <location filename="../../kpu_rakor/ui/main_window.py" line="101"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="37"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="41"/>
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="98"/>
        <source>Di sini nanti peserta rapat hari ini mencatat kehadiran: memindai kode QR pada undangan atau kartu dengan pemindai USB atau kamera, atau mencari namanya, lalu tanda tangan. Daftar yang hadir dan yang belum datang tampil langsung. Halaman ini belum tersedia pada versi ini.</source>
        <translation>Here participants of today&apos;s meetings will check in: scan the QR code on the invitation or badge with a USB scanner or a camera, or search for their name, then sign. Who is present and who has not arrived yet will show live. This page is not available in this version yet.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="102"/>
        <source>Di sini nanti dibuat dokumen setiap rapat: daftar hadir (A4 atau F4), notula rapat, dan draf berita kegiatan untuk situs web kantor, siap dicetak atau disimpan sebagai PDF. Halaman ini belum tersedia pada versi ini.</source>
        <translation>Here the documents of each meeting will be made: the attendance list (A4 or F4), the minutes, and a draft news article for the office website, ready to print or save as PDF. This page is not available in this version yet.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="116"/>
        <source>Basis data: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="118"/>
        <source>Server PostgreSQL: {0}</source>
        <translation>PostgreSQL server: {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="122"/>
        <source>Kantor: {0}</source>
        <translation>Office: {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="124"/>
        <source>Kantor belum dipilih (Pengaturan)</source>
        <translation>Office not chosen yet (Settings)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="139"/>
        <source>Kantor tersimpan.</source>
        <translation>Office saved.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="142"/>
        <source>Kantor belum dipilih: pilih satker kantor ini di Pengaturan sebelum membuat dokumen.</source>
        <translation>Office not chosen: choose this office&apos;s satker in Settings before making documents.</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_editor.py" line="24"/>
        <source>Rapat baru</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_editor.py" line="24"/>
        <location filename="../../kpu_rakor/ui/meeting_editor.py" line="109"/>
        <source>Ubah rapat</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_editor.py" line="35"/>
        <source>&amp;1 Rapat</source>
        <translation>&amp;1 Meeting</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_editor.py" line="36"/>
        <source>&amp;2 Agenda</source>
        <translation>&amp;2 Agenda</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_editor.py" line="37"/>
        <source>&amp;3 Peran</source>
        <translation>&amp;3 Roles</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_editor.py" line="38"/>
        <source>&amp;4 Undangan</source>
        <translation>&amp;4 Invitees</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_editor.py" line="40"/>
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_editor.py" line="41"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_editor.py" line="47"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_editor.py" line="145"/>
        <source>Perubahan pada rapat ini belum disimpan. Tutup tanpa menyimpan?</source>
        <translation>Changes to this meeting are not saved. Close without saving?</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_editor.py" line="146"/>
        <source>Tutup tanpa menyimpan</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_editor.py" line="41"/>
        <source>&amp;5 Kehadiran</source>
        <translation>&amp;5 Attendance</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="34"/>
        <source>mis. Rapat Koordinasi Persiapan Pemilihan</source>
        <translation>e.g. Rapat Koordinasi Persiapan Pemilihan</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="51"/>
        <source>s.d. selesai</source>
        <translation>until finished</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="74"/>
        <source>mis. 244/HM.02-SD/06/KPU/III/2021</source>
        <translation>e.g. 244/HM.02-SD/06/KPU/III/2021</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="80"/>
        <source>Satu surat per baris</source>
        <translation>One letter per line</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="90"/>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="92"/>
        <source>&amp;Nama kegiatan:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="93"/>
        <source>&amp;Jenis:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="94"/>
        <source>Peran &amp;kantor:</source>
        <translation>Our &amp;role:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="95"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="96"/>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="97"/>
        <source>Waktu:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="99"/>
        <source>Penyelengg&amp;ara:</source>
        <translation>Or&amp;ganiser:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="100"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="101"/>
        <source>Se&amp;ri rapat:</source>
        <translation>Se&amp;ries:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="103"/>
        <source>Tempat dan daring</source>
        <translation>Venue and online</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="105"/>
        <source>Tem&amp;pat:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="106"/>
        <source>Alamat tempat:</source>
        <translation>Venue address:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="107"/>
        <source>Platform daring:</source>
        <translation>Online platform:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="108"/>
        <source>ID rapat Zoom:</source>
        <translation>Zoom meeting ID:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="109"/>
        <source>Kode sandi:</source>
        <translation>Passcode:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="110"/>
        <source>Tautan rapat:</source>
        <translation>Meeting link:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="111"/>
        <source>Siaran langsung:</source>
        <translation>Livestream:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="113"/>
        <source>Surat undangan</source>
        <translation>Invitation letter</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="115"/>
        <source>N&amp;omor surat:</source>
        <translation>Letter n&amp;umber:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="116"/>
        <source>Tanggal surat:</source>
        <translation>Letter date:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="117"/>
        <source>&amp;Dasar:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="191"/>
        <source>Di zona kantor ini: pukul {0} s.d. selesai.</source>
        <translation>In this office's time zone: {0} until finished.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting_form.py" line="195"/>
        <source>Di zona kantor ini: pukul {0} s.d. {1}.</source>
        <translation>In this office's time zone: {0} to {1}.</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../kpu_rakor/ui/meetings_model.py" line="23"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings_model.py" line="23"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings_model.py" line="23"/>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings_model.py" line="23"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings_model.py" line="24"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings_model.py" line="24"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings_model.py" line="24"/>
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings_model.py" line="24"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../kpu_rakor/ui/meetings_page.py" line="18"/>
        <source>Cari kegiatan, tempat, jenis atau nomor undangan…</source>
        <translation>Search title, venue, kind or invitation number…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings_page.py" line="22"/>
        <source>Semua mode</source>
        <translation>All modes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings_page.py" line="25"/>
        <source>Semua peran</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings_page.py" line="28"/>
        <source>&amp;Baru</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings_page.py" line="29"/>
        <source>B&amp;uka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings_page.py" line="30"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings_page.py" line="31"/>
        <source>Rapat baru (Ctrl+N)</source>
        <translation>New meeting (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings_page.py" line="32"/>
        <source>Buka rapat terpilih (Enter)</source>
        <translation>Open the selected meeting (Enter)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings_page.py" line="33"/>
        <source>Hapus rapat terpilih (Delete)</source>
        <translation>Delete the selected meeting (Delete)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings_page.py" line="63"/>
        <source>Rapat</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings_page.py" line="93"/>
        <source>Rapat baru</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings_page.py" line="94"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings_page.py" line="96"/>
        <location filename="../../kpu_rakor/ui/meetings_page.py" line="182"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings_page.py" line="108"/>
        <source>Semua bulan</source>
        <translation>All months</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings_page.py" line="137"/>
        <source>{0} rapat</source>
        <translation>{0} meetings</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings_page.py" line="180"/>
        <source>Hapus rapat “{0}” beserta agenda, peran, undangan dan daftar hadirnya? Tindakan ini tidak dapat dibatalkan.</source>
        <translation>Delete the meeting “{0}” with its agenda, roles, invitations and attendance? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../kpu_rakor/ui/people_model.py" line="17"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/people_model.py" line="17"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/people_model.py" line="17"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/people_model.py" line="17"/>
        <source>Satker/Instansi</source>
        <translation>Satker/Institution</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/people_model.py" line="18"/>
        <source>No. HP</source>
        <translation>Mobile</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/person_dialog.py" line="19"/>
        <source>Orang baru</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/person_dialog.py" line="19"/>
        <source>Ubah data orang</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/person_dialog.py" line="21"/>
        <source>Lengkap dengan gelar, mis. Dr. H. Rochani, S.Pd., M.Si.</source>
        <translation>With titles, e.g. Dr. H. Rochani, S.Pd., M.Si.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/person_dialog.py" line="23"/>
        <source>18 angka; kosongkan bila tidak ada</source>
        <translation>18 digits; leave empty if none</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/person_dialog.py" line="27"/>
        <source>Bila satkernya tidak ada di daftar</source>
        <translation>When the satker is not in the list</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/person_dialog.py" line="32"/>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/person_dialog.py" line="33"/>
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/person_dialog.py" line="34"/>
        <source>&amp;Jabatan:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/person_dialog.py" line="35"/>
        <source>&amp;Satker:</source>
        <translation>&amp;Satker:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/person_dialog.py" line="36"/>
        <source>&amp;Instansi lain:</source>
        <translation>Other &amp;institution:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/person_dialog.py" line="37"/>
        <source>No. &amp;HP:</source>
        <translation>&amp;Mobile:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/person_dialog.py" line="38"/>
        <source>&amp;Surel:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/person_dialog.py" line="40"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/person_dialog.py" line="41"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <location filename="../../kpu_rakor/ui/person_search.py" line="28"/>
        <source>Cari nama atau NIP di direktori…</source>
        <translation>Search the directory by name or NIP…</translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <location filename="../../kpu_rakor/ui/roles_tab.py" line="30"/>
        <source>Materi yang disampaikan (boleh kosong)</source>
        <translation>What they present (optional)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/roles_tab.py" line="31"/>
        <source>&amp;Tambah peran</source>
        <translation>&amp;Add role</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/roles_tab.py" line="32"/>
        <source>Hapus peran</source>
        <translation>Remove role</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/roles_tab.py" line="35"/>
        <location filename="../../kpu_rakor/ui/roles_tab.py" line="49"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/roles_tab.py" line="35"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/roles_tab.py" line="35"/>
        <source>Acara</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/roles_tab.py" line="36"/>
        <source>Topik</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/roles_tab.py" line="47"/>
        <source>Orang dari direktori</source>
        <translation>People in the directory</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/roles_tab.py" line="51"/>
        <source>Pe&amp;ran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/roles_tab.py" line="52"/>
        <source>Pada a&amp;cara:</source>
        <translation>For agenda &amp;item:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/roles_tab.py" line="53"/>
        <source>T&amp;opik:</source>
        <translation>T&amp;opic:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/roles_tab.py" line="78"/>
        <source>(seluruh rapat)</source>
        <translation>(whole meeting)</translation>
    </message>
</context>
<context>
    <name>SatkerCombo</name>
    <message>
        <location filename="../../kpu_rakor/ui/widgets.py" line="56"/>
        <source>Ketik nama satker…</source>
        <translation>Type a satker name…</translation>
    </message>
</context>
<context>
    <name>SatkerList</name>
    <message>
        <location filename="../../kpu_rakor/ui/directory_page.py" line="125"/>
        <source>Cari nama satker, instansi atau daerah…</source>
        <translation>Search office, institution or region…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory_page.py" line="127"/>
        <source>Semua jenis</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory_page.py" line="134"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory_page.py" line="134"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory_page.py" line="134"/>
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory_page.py" line="135"/>
        <source>Zona</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory_page.py" line="135"/>
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory_page.py" line="153"/>
        <source>Kantor KPU sudah tersedia dan tidak perlu ditambahkan. Instansi yang ditambahkan tampil paling atas dan dapat dipilih sebagai satker saat mengisi data orang.</source>
        <translation>KPU offices are already listed and need not be added. Institutions you add are listed first and can be chosen as the office of a person.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory_page.py" line="176"/>
        <source>{0} satker</source>
        <translation>{0} offices</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="30"/>
        <source>Satu baris kop per baris, dari atas ke bawah</source>
        <translation>One letterhead line per line, top to bottom</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="36"/>
        <source>mis. amr</source>
        <translation>e.g. amr</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="38"/>
        <source>mis. Ruang Rapat KPU Kabupaten Tulungagung</source>
        <translation>e.g. Ruang Rapat KPU Kabupaten Tulungagung</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="41"/>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="42"/>
        <source>&amp;Simpan profil kantor</source>
        <translation>&amp;Save office profile</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="51"/>
        <source>Pilih &amp;logo…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="57"/>
        <source>Lengkap dengan gelar</source>
        <translation>In full, with titles</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="58"/>
        <source>18 angka; kosongkan bila tidak ada</source>
        <translation>18 digits; leave empty if none</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="60"/>
        <source>Simpan &amp;penanda tangan</source>
        <translation>Save &amp;signatories</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="63"/>
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="65"/>
        <source>Sat&amp;ker kantor ini:</source>
        <translation>This office&apos;s sat&amp;ker:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="66"/>
        <source>&amp;Kop surat:</source>
        <translation>&amp;Letterhead:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="67"/>
        <source>Ko&amp;ta pada baris tanggal berita:</source>
        <translation>Ci&amp;ty in the news dateline:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="68"/>
        <source>Situs &amp;web:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="69"/>
        <source>&amp;Inisial penulis berita:</source>
        <translation>News writer&apos;s &amp;initials:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="70"/>
        <source>Tempat rapat &amp;biasa:</source>
        <translation>Usual &amp;venue:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="71"/>
        <source>Dianggap &amp;terlambat setelah:</source>
        <translation>Counted &amp;late after:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="77"/>
        <source>Logo kop surat</source>
        <translation>Letterhead logo</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="81"/>
        <source>Gambar PNG atau JPG; disimpan di basis data dan diperkecil otomatis.</source>
        <translation>A PNG or JPG image; stored in the database and scaled down automatically.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="88"/>
        <source>Penanda tangan dokumen</source>
        <translation>Document signatories</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="90"/>
        <source>Ketua</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="90"/>
        <source>Sekretaris</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="95"/>
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="96"/>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="97"/>
        <source>Jabatan:</source>
        <translation>Title line:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="104"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="106"/>
        <source>Bahasa &amp;tampilan:</source>
        <translation>Display &amp;language:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="107"/>
        <source>Perubahan bahasa berlaku setelah aplikasi ditutup dan dibuka kembali.</source>
        <translation>A language change takes effect after the app is closed and opened again.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="133"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="172"/>
        <source>mis. {0} {1}</source>
        <translation>e.g. {0} {1}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="177"/>
        <source>Pilih dulu satker kantor ini dari daftar.</source>
        <translation>First choose this office&apos;s satker from the list.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="187"/>
        <source>Profil kantor tersimpan.</source>
        <translation>Office profile saved.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="199"/>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="204"/>
        <source>Pilih logo kop surat</source>
        <translation>Choose the letterhead logo</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="204"/>
        <source>Gambar (*.png *.jpg *.jpeg);;Semua berkas (*)</source>
        <translation>Images (*.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="221"/>
        <source>Logo tersimpan; dipakai pada kop surat setiap dokumen.</source>
        <translation>Logo saved; it is used on the letterhead of every document.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="247"/>
        <source>Penanda tangan tersimpan.</source>
        <translation>Signatories saved.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="250"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/settings_page.py" line="257"/>
        <source>Bahasa tersimpan; tutup dan buka kembali aplikasi untuk menerapkannya.</source>
        <translation>Language saved; close and reopen the app to apply it.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../kpu_rakor/app.py" line="30"/>
        <source>Berkas basis data rusak atau bukan basis data KPU Rakor. Pulihkan dari cadangan.</source>
        <translation>The database file is damaged or is not a KPU Rakor database. Restore it from a backup.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="11"/>
        <source>Luring</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="12"/>
        <source>Daring</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="13"/>
        <source>Hibrida</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="17"/>
        <source>Tuan rumah</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="18"/>
        <source>Peserta</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="22"/>
        <source>Konsep</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="23"/>
        <source>Terjadwal</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="24"/>
        <source>Berlangsung</source>
        <translation>Under way</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="25"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="29"/>
        <source>Pimpinan rapat</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="30"/>
        <source>Pembukaan</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="31"/>
        <source>Narasumber</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="32"/>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="33"/>
        <source>MC/Pembawa acara</source>
        <translation>MC/Host</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="34"/>
        <source>Notulis</source>
        <translation>Note-taker</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="54"/>
        <source>Bawaslu</source>
        <translation>Bawaslu (election supervisory body)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="55"/>
        <source>Pemerintah daerah</source>
        <translation>Local government</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="56"/>
        <source>Perguruan tinggi</source>
        <translation>University</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="57"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="58"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="60"/>
        <source>KPU</source>
        <translation>KPU</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../kpu_rakor/ui/messages.py" line="29"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/messages.py" line="39"/>
        <location filename="../../kpu_rakor/ui/messages.py" line="43"/>
        <location filename="../../kpu_rakor/ui/messages.py" line="48"/>
        <source>KPU Rakor</source>
        <translation>KPU Rakor</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/messages.py" line="47"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/messages.py" line="63"/>
        <source>Terjadi kesalahan yang tidak terduga. Rinciannya dicatat di {0}; pekerjaan yang sudah disimpan aman. Laporkan berkas itu kepada pengelola aplikasi.</source>
        <translation>An unexpected error occurred. The details are logged in {0}; work already saved is safe. Please report that file to the app administrator.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/signature_dialog.py" line="22"/>
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/signature_dialog.py" line="26"/>
        <source>Tanda tangan dengan tetikus, pena atau jari di bidang putih. Ctrl+Z membatalkan goresan terakhir.</source>
        <translation>Sign with the mouse, a pen or a finger in the white area. Ctrl+Z undoes the last stroke.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/signature_dialog.py" line="28"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/signature_dialog.py" line="29"/>
        <source>&amp;Lewati</source>
        <translation>S&amp;kip</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/signature_dialog.py" line="30"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/signature_dialog.py" line="74"/>
        <source>Tanda tangan masih kosong. Tanda tangani bidang putih, atau pilih Lewati.</source>
        <translation>The signature is still empty. Sign in the white area, or choose Skip.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/signature_pad.py" line="54"/>
        <source>Bidang tanda tangan</source>
        <translation>Signature pad</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/signature_pad.py" line="55"/>
        <source>Tanda tangan dengan tetikus, pena atau jari. Ctrl+Z membatalkan goresan terakhir.</source>
        <translation>Sign with the mouse, a pen or a finger. Ctrl+Z undoes the last stroke.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/signature_pad.py" line="206"/>
        <source>Tanda tangan di sini</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="85"/>
        <source>Ubah status kehadiran</source>
        <translation>Change attendance status</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="90"/>
        <source>&amp;Izin</source>
        <translation>&amp;Excused</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="90"/>
        <source>S&amp;akit</source>
        <translation>S&amp;ick</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="91"/>
        <source>&amp;Dinas luar</source>
        <translation>&amp;Official travel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="91"/>
        <source>Di&amp;wakili</source>
        <translation>Re&amp;presented</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="101"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="106"/>
        <source>mis. tugas ke KPU Provinsi, surat izin menyusul</source>
        <translation>e.g. on duty at the provincial KPU, letter to follow</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="108"/>
        <source>Yang mewakili</source>
        <translation>Represented by</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="109"/>
        <source>Ketik nama yang mewakili…</source>
        <translation>Type the representative&apos;s name…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="131"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="132"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="137"/>
        <source>&amp;Keterangan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="181"/>
        <source>sudah hadir</source>
        <translation>already present</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="219"/>
        <source>Belum ada yang dipilih. Ketik nama, lalu pilih dari daftar.</source>
        <translation>Nobody chosen yet. Type a name, then pick from the list.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="222"/>
        <source>Diwakili oleh: {0} (dicatat hadir saat disimpan)</source>
        <translation>Represented by: {0} (checked in when saved)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="232"/>
        <source>Pilih dulu orang yang mewakili: ketik namanya, lalu pilih dari daftar.</source>
        <translation>First choose the representative: type their name, then pick from the list.</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/undo_dialog.py" line="21"/>
        <location filename="../../kpu_rakor/ui/checkin/undo_dialog.py" line="34"/>
        <source>Batalkan kehadiran</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/undo_dialog.py" line="26"/>
        <source>Catatan kehadirannya dihapus; alasannya disimpan di log audit. Bila orangnya ternyata hadir, pindai lagi kodenya.</source>
        <translation>The attendance record is removed; the reason is kept in the audit log. If the person is here after all, scan their code again.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/undo_dialog.py" line="30"/>
        <source>mis. salah pilih nama, orangnya belum datang</source>
        <translation>e.g. wrong name picked, the person has not arrived</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/undo_dialog.py" line="35"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/undo_dialog.py" line="40"/>
        <source>&amp;Alasan:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/undo_dialog.py" line="58"/>
        <source>Orang ini belum tercatat di rapat ini.</source>
        <translation>This person is not recorded at this meeting yet.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/undo_dialog.py" line="61"/>
        <source>{0} pukul {1} di {2}</source>
        <translation>{0} at {1} at {2}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/undo_dialog.py" line="63"/>
        <source>{0} pukul {1}</source>
        <translation>{0} at {1}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/undo_dialog.py" line="64"/>
        <source>{0} (dicatat tanpa jam hadir)</source>
        <translation>{0} (recorded without an arrival time)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/undo_dialog.py" line="68"/>
        <source>Tulis alasan pembatalannya; alasan itu disimpan di log audit.</source>
        <translation>Write the reason for undoing; it is kept in the audit log.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="46"/>
        <source>Tamu (belum ada di direktori)</source>
        <translation>Guest (not in the directory)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="49"/>
        <source>Lengkap dengan gelar, mis. Dr. H. Rochani, S.Pd., M.Si.</source>
        <translation>In full with titles, e.g. Dr. H. Rochani, S.Pd., M.Si.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="52"/>
        <source>mis. Ketua Bawaslu, wartawan</source>
        <translation>e.g. Chair of Bawaslu, journalist</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="55"/>
        <source>Ketik nama instansi; pilih bila ada di daftar</source>
        <translation>Type the institution; pick it if it is in the list</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="58"/>
        <source>mis. 0812 3456 7890</source>
        <translation>e.g. 0812 3456 7890</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="65"/>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="66"/>
        <source>&amp;Jabatan:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="67"/>
        <source>&amp;Instansi:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="68"/>
        <source>No. &amp;HP:</source>
        <translation>&amp;Mobile no.:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="71"/>
        <source>&amp;Simpan dan catat hadir</source>
        <translation>&amp;Save and check in</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="72"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="73"/>
        <source>Cetak &amp;kode QR…</source>
        <translation>Print QR &amp;code…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="74"/>
        <source>Simpan kode QR undangan tamu ini sebagai gambar PNG untuk dicetak</source>
        <translation>Save this guest&apos;s invitation QR code as a PNG image for printing</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="78"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="105"/>
        <source>Nama tamu wajib diisi.</source>
        <translation>The guest&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="131"/>
        <source>{0} tercatat hadir pukul {1}.</source>
        <translation>{0} checked in at {1}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="133"/>
        <source>Terlambat {0} menit.</source>
        <translation>{0} minutes late.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="165"/>
        <source>Simpan kode QR</source>
        <translation>Save QR code</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="165"/>
        <source>Gambar PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="176"/>
        <source>Kode QR tidak dapat disimpan di {0}: {1}. Pilih folder lain.</source>
        <translation>The QR code could not be saved to {0}: {1}. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="181"/>
        <source>Kode QR disimpan di {0}.</source>
        <translation>QR code saved to {0}.</translation>
    </message>
</context>
<context>
    <name>attendance_labels</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="25"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="25"/>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="25"/>
        <source>Izin</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="25"/>
        <source>Sakit</source>
        <translation>Sick</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="26"/>
        <source>Dinas luar</source>
        <translation>Official travel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="26"/>
        <source>Diwakili</source>
        <translation>Represented</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="26"/>
        <source>Tanpa keterangan</source>
        <translation>No reason given</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/name_search.py" line="46"/>
        <source>  (sudah hadir)</source>
        <translation>  (already here)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/name_search.py" line="48"/>
        <source>  (tidak diundang)</source>
        <translation>  (not invited)</translation>
    </message>
</context>

<context>
    <name>CountsBar</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/counts_bar.py" line="24"/>
        <source>Diundang</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/counts_bar.py" line="24"/>
        <source>Sudah hadir</source>
        <translation>Here</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/counts_bar.py" line="24"/>
        <source>Tepat waktu</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/counts_bar.py" line="25"/>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/counts_bar.py" line="26"/>
        <source>Izin</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/counts_bar.py" line="26"/>
        <source>Sakit</source>
        <translation>Sick</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/counts_bar.py" line="26"/>
        <source>Dinas luar</source>
        <translation>On duty elsewhere</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/counts_bar.py" line="27"/>
        <source>Diwakili</source>
        <translation>Represented</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/counts_bar.py" line="27"/>
        <source>Belum hadir</source>
        <translation>Not yet here</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/counts_bar.py" line="48"/>
        <source>Semua yang sudah datang: tepat waktu dan terlambat</source>
        <translation>Everyone who has arrived: on time and late</translation>
    </message>
</context>

<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="68"/>
        <source>Bunyi &amp;mati</source>
        <translation>&amp;Mute sounds</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="71"/>
        <source>P&amp;IN kiosk…</source>
        <translation>K&amp;iosk PIN…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="73"/>
        <source>Mode kiosk (F11)</source>
        <translation>Kiosk mode (F11)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="76"/>
        <source>&amp;Rapat:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="78"/>
        <source>Nama m&amp;eja:</source>
        <translation>D&amp;esk name:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="93"/>
        <source>Pindai kode QR, atau ketik kodenya lalu Enter</source>
        <translation>Scan the QR code, or type the code and press Enter</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="100"/>
        <source>K&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="117"/>
        <source>&amp;Cari nama (tanpa kode):</source>
        <translation>&amp;Search by name (no code):</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="136"/>
        <source>&amp;Pindaian terakhir (semua meja):</source>
        <translation>&amp;Last scans (all desks):</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="149"/>
        <source>Tamu baru (F6)</source>
        <translation>New guest (F6)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="150"/>
        <source>Status… (F7)</source>
        <translation>Status… (F7)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="151"/>
        <source>Batalkan presensi (F8)</source>
        <translation>Undo check-in (F8)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="152"/>
        <source>Kamera (F9)</source>
        <translation>Camera (F9)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="154"/>
        <source>Cetak kartu QR…</source>
        <translation>Print QR cards…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="155"/>
        <source>Minta &amp;tanda tangan setelah presensi</source>
        <translation>Ask for a &amp;signature after check-in</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="219"/>
        <source>Belum ada rapat: buat rapatnya dulu di halaman Rapat.</source>
        <translation>No meeting yet: create it first on the Meetings page.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="233"/>
        <source>Mulai {0}; datang lebih dari {1} menit sesudahnya dicatat terlambat.</source>
        <translation>Starts {0}; arriving more than {1} minutes later is recorded as late.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="252"/>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="371"/>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="390"/>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="429"/>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="466"/>
        <source>Pilih rapatnya dulu.</source>
        <translation>Choose the meeting first.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="292"/>
        <source>Pilih rapat di atas untuk mulai.</source>
        <translation>Choose a meeting above to start.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="367"/>
        <source>Dipilih: {0}</source>
        <translation>Selected: {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="374"/>
        <source>Pilih orangnya dulu: cari namanya atau pilih di daftar pindaian terakhir.</source>
        <translation>Choose the person first: search for the name or pick them in the last scans.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="385"/>
        <source>Belum tersedia.</source>
        <translation>Not available yet.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="459"/>
        <source>PIN mode kiosk tersimpan di komputer ini.</source>
        <translation>The kiosk PIN is saved on this computer.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="469"/>
        <source>Atur dulu PIN untuk keluar dari mode kiosk.</source>
        <translation>First set the PIN for leaving kiosk mode.</translation>
    </message>
</context>

<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk.py" line="105"/>
        <source>KPU Rakor — Presensi</source>
        <translation>KPU Rakor — Check-in</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk.py" line="111"/>
        <source>Keluar dari mode kiosk: Esc, lalu PIN.</source>
        <translation>To leave kiosk mode: Esc, then the PIN.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk.py" line="123"/>
        <source>&amp;PIN untuk keluar:</source>
        <translation>&amp;PIN to leave:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk.py" line="161"/>
        <source>PIN salah.</source>
        <translation>Wrong PIN.</translation>
    </message>
</context>

<context>
    <name>MeetingPicker</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/meeting_picker.py" line="25"/>
        <source>(belum ada rapat)</source>
        <translation>(no meetings yet)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/meeting_picker.py" line="49"/>
        <source>Hari ini, {0} — {1}</source>
        <translation>Today, {0} — {1}</translation>
    </message>
</context>

<context>
    <name>NameSearch</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/name_search.py" line="88"/>
        <source>Cari nama peserta (tanpa gelar), lalu Enter</source>
        <translation>Search a participant by name (without titles), then Enter</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/name_search.py" line="193"/>
        <source>Tekan Enter sekali lagi untuk mencatat hadir {0} · Esc batal</source>
        <translation>Press Enter again to check in {0} · Esc cancels</translation>
    </message>
</context>

<context>
    <name>RecentModel</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/recent_model.py" line="30"/>
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/recent_model.py" line="30"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/recent_model.py" line="30"/>
        <source>Jabatan / satker</source>
        <translation>Position / office</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/recent_model.py" line="30"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/recent_model.py" line="31"/>
        <source>Meja</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/recent_model.py" line="12"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/recent_model.py" line="12"/>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/recent_model.py" line="12"/>
        <source>Izin</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/recent_model.py" line="12"/>
        <source>Sakit</source>
        <translation>Sick</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/recent_model.py" line="12"/>
        <source>Dinas luar</source>
        <translation>On duty elsewhere</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/recent_model.py" line="12"/>
        <source>Diwakili</source>
        <translation>Represented</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/recent_model.py" line="12"/>
        <source>Tanpa keterangan</source>
        <translation>No notice</translation>
    </message>
</context>

<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="57"/>
        <source>Siap</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="57"/>
        <source>Silakan pindai kode QR</source>
        <translation>Please scan your QR code</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="59"/>
        <source>Arahkan kode pada undangan atau kartu ke pemindai, atau cari nama peserta.</source>
        <translation>Hold the code on the invitation or card to the scanner, or search the participant by name.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="63"/>
        <source>Tercatat hadir pukul {0}</source>
        <translation>Checked in at {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="65"/>
        <source> · terlambat {0} menit</source>
        <translation> · {0} minutes late</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="66"/>
        <source>Tidak ada di daftar undangan; tetap dicatat hadir.</source>
        <translation>Not on the invitation list; checked in all the same.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="67"/>
        <source>Selamat datang</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="70"/>
        <source>Sudah hadir pukul {0} di {1}</source>
        <translation>Already here since {0} at {1}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="72"/>
        <source>Sudah hadir pukul {0}</source>
        <translation>Already here since {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="74"/>
        <source>Sudah tercatat</source>
        <translation>Already recorded</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="75"/>
        <source>Sudah hadir</source>
        <translation>Here</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="76"/>
        <source>Tidak dicatat dua kali.</source>
        <translation>Not recorded twice.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="78"/>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="79"/>
        <source>Cari nama peserta, atau minta panitia memeriksa kodenya.</source>
        <translation>Search the participant by name, or ask the committee to check the code.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="82"/>
        <source>Belum tercatat</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="86"/>
        <source>Bukan kode KPU Rakor.</source>
        <translation>Not a KPU Rakor code.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="87"/>
        <source>Kode tidak sah.</source>
        <translation>Invalid code.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="88"/>
        <source>Tidak terdaftar: kode ini tidak dikenal.</source>
        <translation>Not registered: this code is unknown.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="89"/>
        <source>Bukan untuk rapat ini: kode ini milik rapat lain.</source>
        <translation>Not for this meeting: this code belongs to another meeting.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="90"/>
        <source>Ini kode rapat, bukan kode peserta.</source>
        <translation>This is a meeting code, not a participant code.</translation>
    </message>
</context>

<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk.py" line="56"/>
        <source>PIN mode kiosk</source>
        <translation>Kiosk mode PIN</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk.py" line="62"/>
        <source>PIN ini diminta untuk keluar dari mode kiosk. Paling sedikit {0} angka.</source>
        <translation>This PIN is asked for to leave kiosk mode. At least {0} digits.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk.py" line="65"/>
        <source>&amp;PIN baru:</source>
        <translation>New &amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk.py" line="66"/>
        <source>&amp;Ulangi PIN:</source>
        <translation>&amp;Repeat PIN:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk.py" line="68"/>
        <source>Simpan PIN</source>
        <translation>Save PIN</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk.py" line="69"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk.py" line="81"/>
        <source>PIN harus angka, paling sedikit {0} angka.</source>
        <translation>The PIN must be digits, at least {0} of them.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk.py" line="85"/>
        <source>Kedua PIN tidak sama; ketik ulang.</source>
        <translation>The two PINs differ; type them again.</translation>
    </message>
</context>
<context>
    <name>qr_file</name>
    <message>
        <location filename="../../kpu_rakor/ui/qr_file.py" line="0"/>
        <source>Simpan kode QR {0}</source>
        <translation>Save QR code of {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/qr_file.py" line="0"/>
        <source>Gambar PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/qr_file.py" line="0"/>
        <source>Kode QR tidak dapat disimpan di {0}: {1}. Pilih folder lain.</source>
        <translation>The QR code could not be saved to {0}: {1}. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../kpu_rakor/ui/widgets.py" line="0"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/widgets.py" line="0"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ZoomImport</name>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="37"/>
        <source>Impor laporan peserta Zoom</source>
        <translation>Import a Zoom participant report</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="38"/>
        <source>Laporan Zoom (*.csv *.xlsx);;Semua berkas (*)</source>
        <translation>Zoom reports (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="150"/>
        <source>Membaca laporan Zoom…</source>
        <translation>Reading the Zoom report…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="150"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="151"/>
        <source>Impor laporan Zoom</source>
        <translation>Import Zoom report</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_model.py" line="43"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_model.py" line="43"/>
        <source>Jabatan · instansi</source>
        <translation>Position · institution</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_model.py" line="43"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_model.py" line="43"/>
        <source>Cara</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_model.py" line="44"/>
        <source>Pukul</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_model.py" line="44"/>
        <source>Menit</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_model.py" line="44"/>
        <source>TTD</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_model.py" line="44"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_model.py" line="44"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_model.py" line="45"/>
        <source>Menit daring (di Zoom)</source>
        <translation>Minutes online (in Zoom)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_model.py" line="45"/>
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_model.py" line="46"/>
        <source>Luring (di ruang rapat) atau daring (Zoom)</source>
        <translation>In person (in the meeting room) or online (Zoom)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_model.py" line="55"/>
        <source>perlu ditinjau</source>
        <translation>needs review</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_model.py"/>
        <source>Luring</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_model.py"/>
        <source>Daring</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_model.py"/>
        <source>Kode QR</source>
        <translation>QR code</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_model.py"/>
        <source>Manual</source>
        <translation>By hand</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_model.py"/>
        <source>Laporan Zoom</source>
        <translation>Zoom report</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_model.py"/>
        <source>HP (LAN)</source>
        <translation>Phone (LAN)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_model.py"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_tab.py" line="36"/>
        <source>Simpan rapat ini dulu. Kehadiran dicatat untuk rapat yang sudah tersimpan: dari meja presensi, HP peserta, atau laporan Zoom.</source>
        <translation>Save this meeting first. Attendance is recorded for saved meetings: at the check-in desk, from participants' phones, or from a Zoom report.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_tab.py" line="38"/>
        <source>Impor laporan &amp;Zoom…</source>
        <translation>Import &amp;Zoom report…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_tab.py" line="39"/>
        <source>Baca laporan peserta dari Zoom (CSV atau XLSX) dan tinjau sebelum dicatat.</source>
        <translation>Read a participant report from Zoom (CSV or XLSX) and review it before anything is recorded.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_tab.py" line="41"/>
        <source>Buka presensi lewat &amp;HP…</source>
        <translation>Open check-in by &amp;phone…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_tab.py" line="42"/>
        <source>Peserta di ruang rapat mengisi presensi dari HP lewat jaringan kantor (pindai kode QR di layar).</source>
        <translation>Participants in the room sign in from their phones over the office network (they scan the QR code on screen).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_tab.py" line="49"/>
        <source>Cari nama, jabatan, instansi, catatan… (Ctrl+F)</source>
        <translation>Search name, position, institution, note… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_tab.py" line="50"/>
        <source>Hanya yang perlu &amp;ditinjau</source>
        <translation>Only those needing re&amp;view</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_tab.py" line="51"/>
        <source>Muat ulang (F5)</source>
        <translation>Reload (F5)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_tab.py" line="83"/>
        <source>&amp;Konfirmasi</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_tab.py" line="84"/>
        <source>Terima baris ini apa adanya. Tamu yang dikonfirmasi masuk ke direktori.</source>
        <translation>Accept this row as it is. A confirmed guest joins the directory.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_tab.py" line="86"/>
        <source>&amp;Gabungkan dengan…</source>
        <translation>&amp;Merge with…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_tab.py" line="87"/>
        <source>Tamu ini sebenarnya orang yang sudah ada di direktori: pindahkan kehadirannya ke orang itu.</source>
        <translation>This guest is really someone already in the directory: move their attendance to that person.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_tab.py" line="118"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_tab.py" line="123"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_tab.py" line="202"/>
        <source>{0} orang tercatat · {1} luring · {2} daring</source>
        <translation>{0} recorded · {1} in person · {2} online</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_tab.py" line="205"/>
        <source>⚠ {0} orang perlu ditinjau (baris kuning, di urutan teratas): pilih barisnya, lalu Konfirmasi atau Gabungkan dengan orang di direktori.</source>
        <translation>⚠ {0} need review (yellow rows, at the top): select the row, then Confirm it or Merge it with a person in the directory.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_tab.py" line="242"/>
        <source>{0}: tamu, belum ada di direktori.</source>
        <translation>{0}: a guest, not in the directory yet.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_tab.py" line="260"/>
        <source>Gabungkan tamu dengan orang di direktori</source>
        <translation>Merge the guest with a person in the directory</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_tab.py" line="261"/>
        <source>Tamu: {0}</source>
        <translation>Guest: {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_tab.py" line="262"/>
        <source>Pilih orang di direktori yang sebenarnya adalah tamu ini. Kehadiran, jam dan tanda tangan tamu dipindahkan kepadanya; entri tamu dihapus.</source>
        <translation>Choose the person in the directory this guest really is. The guest's attendance, time and signature move to them; the guest entry is deleted.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_tab.py" line="264"/>
        <source>Gabungkan…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_tab.py" line="271"/>
        <source>Gabungkan tamu {0} dengan {1}? Kehadirannya dicatat atas nama orang di direktori itu.</source>
        <translation>Merge the guest {0} with {1}? The attendance is then recorded for that directory person.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_tab.py" line="273"/>
        <source>Gabungkan</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_tab.py" line="352"/>
        <source>Presensi lewat HP masih dibuka. Menutup jendela rapat ini juga menutup presensi HP; peserta tidak dapat mengisi lagi. Tutup?</source>
        <translation>Check-in by phone is still open. Closing this meeting window also closes phone check-in; participants can no longer sign in. Close?</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance_tab.py" line="353"/>
        <source>Tutup presensi</source>
        <translation>Close check-in</translation>
    </message>
</context>
<context>
    <name>PersonPickDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/merge_guest_dialog.py" line="50"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PhoneSigninDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/phone_signin_dialog.py" line="77"/>
        <source>Presensi lewat HP</source>
        <translation>Check-in by phone</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/phone_signin_dialog.py" line="80"/>
        <source>Kode QR untuk HP peserta muncul di sini setelah presensi dibuka.</source>
        <translation>The QR code for participants' phones appears here once check-in is open.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/phone_signin_dialog.py" line="97"/>
        <source>&amp;Buka presensi</source>
        <translation>&amp;Open check-in</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/phone_signin_dialog.py" line="98"/>
        <source>&amp;Tutup presensi</source>
        <translation>&amp;Close check-in</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/phone_signin_dialog.py" line="99"/>
        <source>&amp;Salin alamat</source>
        <translation>Co&amp;py address</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/phone_signin_dialog.py" line="103"/>
        <source>Sudah mengisi lewat HP:</source>
        <translation>Signed in by phone:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/phone_signin_dialog.py" line="109"/>
        <source>HP peserta harus tersambung ke jaringan (Wi-Fi) kantor yang sama dengan PC ini. Peserta memindai kode QR dengan kamera HP, mengisi nama dan satker, lalu Kirim. Tamu yang tidak ada di undangan ditandai untuk ditinjau di tab Kehadiran.</source>
        <translation>Participants' phones must be on the same office network (Wi-Fi) as this PC. Participants scan the QR code with the phone camera, fill in name and office, then Send. Guests who are not invited are marked for review on the Attendance tab.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/phone_signin_dialog.py" line="115"/>
        <source>&amp;Alamat PC ini:</source>
        <translation>This PC's &amp;address:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/phone_signin_dialog.py" line="116"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/phone_signin_dialog.py" line="163"/>
        <source>{0} (hanya PC ini, untuk mencoba)</source>
        <translation>{0} (this PC only, for trying it out)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/phone_signin_dialog.py" line="211"/>
        <source>{0} orang</source>
        <translation>{0} people</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/phone_signin_dialog.py" line="225"/>
        <source>Presensi dibuka. Pindai kode QR ini dengan kamera HP, atau ketik alamatnya di peramban HP.</source>
        <translation>Check-in is open. Scan this QR code with a phone camera, or type the address into the phone's browser.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/phone_signin_dialog.py" line="229"/>
        <source>Presensi lewat HP ditutup: alamat tadi tidak dapat dibuka lagi. Buka lagi untuk kode QR baru.</source>
        <translation>Check-in by phone is closed: the address shown before no longer opens. Open it again for a new QR code.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/phone_signin_dialog.py" line="232"/>
        <source>Pilih alamat jaringan kantor PC ini, lalu Buka presensi.</source>
        <translation>Choose this PC's office network address, then Open check-in.</translation>
    </message>
</context>
<context>
    <name>ZoneDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="47"/>
        <source>Zona waktu laporan</source>
        <translation>Time zone of the report</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="52"/>
        <source>Di zona waktu mana laporan {0} diunduh dari Zoom?</source>
        <translation>In which time zone was the report {0} downloaded from Zoom?</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="55"/>
        <source>Zoom menulis jam menurut komputer yang mengunduh laporan. Biasanya sama dengan zona rapat ({0}).</source>
        <translation>Zoom writes the times of the computer that downloaded the report. Usually the same as the meeting's zone ({0}).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="58"/>
        <source>Baca laporan</source>
        <translation>Read report</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="59"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="63"/>
        <source>&amp;Zona waktu:</source>
        <translation>Time &amp;zone:</translation>
    </message>
</context>
<context>
    <name>ZoomReviewDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="217"/>
        <source>Tinjau laporan Zoom — {0}</source>
        <translation>Review Zoom report — {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="219"/>
        <source>{0}: jam ditampilkan dalam {1}. Periksa usulan tiap peserta, ubah bila perlu, lalu Terapkan. Sebelum Terapkan belum ada yang dicatat.</source>
        <translation>{0}: times shown in {1}. Check the proposal for each participant, change it if needed, then Apply. Nothing is recorded before Apply.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="255"/>
        <source>&amp;Cocokkan</source>
        <translation>&amp;Match</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="256"/>
        <source>Tamu &amp;baru</source>
        <translation>New &amp;guest</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="257"/>
        <source>&amp;Abaikan</source>
        <translation>&amp;Ignore</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="258"/>
        <source>&amp;Pilih orang…</source>
        <translation>&amp;Pick person…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="259"/>
        <source>Kembali ke orang yang diusulkan untuk baris terpilih.</source>
        <translation>Back to the proposed person for the selected rows.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="260"/>
        <source>Cari orang di direktori untuk baris terpilih (Ctrl+P).</source>
        <translation>Search the directory for the selected row's person (Ctrl+P).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="262"/>
        <source>Baris terpilih:</source>
        <translation>Selected rows:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="269"/>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="271"/>
        <source>Yang lebih singkat tetap dicatat hadir daring, tetapi ditandai untuk ditinjau.</source>
        <translation>Shorter attendance is still recorded as online, but marked for review.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="274"/>
        <source>&amp;Minimal menit di Zoom:</source>
        <translation>&amp;Minimum minutes in Zoom:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="282"/>
        <source>&amp;Terapkan</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="283"/>
        <source>Catat kehadiran sesuai tabel (Ctrl+Enter).</source>
        <translation>Record attendance as the table shows (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="284"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="328"/>
        <source>{0} baris laporan · {1} peserta: {2} dicocokkan, {3} tamu baru, {4} diabaikan</source>
        <translation>{0} report rows · {1} participants: {2} matched, {3} new guests, {4} ignored</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="363"/>
        <source>Pilih orang untuk peserta Zoom</source>
        <translation>Choose the person for a Zoom participant</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="364"/>
        <source>Cari orang di direktori yang memakai nama Zoom ini, lalu Enter.</source>
        <translation>Search the directory for the person using this Zoom name, then Enter.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_dialog.py" line="365"/>
        <source>Cocokkan</source>
        <translation>Match</translation>
    </message>
</context>
<context>
    <name>ZoomReviewModel</name>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_model.py" line="46"/>
        <source>Nama di Zoom</source>
        <translation>Name in Zoom</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_model.py" line="46"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_model.py" line="46"/>
        <source>Masuk</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_model.py" line="46"/>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_model.py" line="47"/>
        <source>Menit</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_model.py" line="47"/>
        <source>Usulan</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_model.py" line="47"/>
        <source>Dicatat sebagai</source>
        <translation>Recorded as</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_model.py" line="52"/>
        <source>Cocokkan</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_model.py" line="52"/>
        <location filename="../../kpu_rakor/ui/zoom_review_model.py" line="69"/>
        <source>Tamu baru</source>
        <translation>New guest</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_model.py" line="52"/>
        <location filename="../../kpu_rakor/ui/zoom_review_model.py" line="70"/>
        <source>Abaikan</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_model.py" line="59"/>
        <source>orang nomor {0}</source>
        <translation>person number {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_model.py" line="61"/>
        <source>{0} (dipilih)</source>
        <translation>{0} (chosen)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_model.py" line="62"/>
        <source>{0} (cocok {1}%)</source>
        <translation>{0} ({1}% match)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_model.py" line="68"/>
        <source>Cocokkan dengan {0}</source>
        <translation>Match with {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_model.py" line="71"/>
        <source>Pilih orang di direktori…</source>
        <translation>Pick a person from the directory…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_model.py" line="109"/>
        <source>— tidak dicatat</source>
        <translation>— not recorded</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_model.py" line="132"/>
        <source>Satker di nama Zoom: {0}</source>
        <translation>Office in the Zoom name: {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_model.py" line="133"/>
        <source>{0} baris di laporan</source>
        <translation>{0} rows in the report</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_model.py" line="136"/>
        <source>Kurang dari {0} menit: dicatat dan ditandai untuk ditinjau.</source>
        <translation>Less than {0} minutes: recorded and marked for review.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_model.py" line="138"/>
        <source>Nama tamu baru; ubah dengan F2 atau klik dua kali.</source>
        <translation>The new guest's name; change it with F2 or a double-click.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_model.py" line="140"/>
        <source>Kecocokan nama kurang pasti: periksa.</source>
        <translation>The name match is not certain: check it.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/zoom_review_model.py" line="142"/>
        <source>Ubah dengan F2, klik, atau tombol di bawah tabel.</source>
        <translation>Change with F2, a click, or the buttons below the table.</translation>
    </message>
</context>
</TS>
