<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/agenda_tab.py" line="28"/>
        <source>Jam “{0}” pada acara nomor {1} tidak sah; tulis seperti 09.30.</source>
        <translation>The time “{0}” of agenda item {1} is not valid; write it like 09.30.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/agenda_tab.py" line="71"/>
        <source>Acara</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/agenda_tab.py" line="71"/>
        <location filename="../../kpu_rakor/ui/meeting/agenda_tab.py" line="101"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/agenda_tab.py" line="71"/>
        <location filename="../../kpu_rakor/ui/meeting/agenda_tab.py" line="103"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/agenda_tab.py" line="81"/>
        <source>Judul acara, mis. Pembukaan oleh Ketua</source>
        <translation>Item title, e.g. Opening by the Chair</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/agenda_tab.py" line="94"/>
        <source>&amp;Tambah acara</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/agenda_tab.py" line="95"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/agenda_tab.py" line="96"/>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/agenda_tab.py" line="97"/>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/agenda_tab.py" line="117"/>
        <source>Judul dan jam dapat diubah langsung di tabel (klik dua kali). Jam boleh kosong.</source>
        <translation>Titles and times can be edited in the table (double-click). Times may be left empty.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/agenda_tab.py" line="158"/>
        <source>Acara {0} “{1}” berakhir pukul {2}, melewati akhir rapat pukul {3}.</source>
        <translation>Item {0} “{1}” ends at {2}, after the meeting ends at {3}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/agenda_tab.py" line="161"/>
        <source>Acara {0} “{1}” mulai pukul {2}, sebelum acara {3} selesai pukul {4}.</source>
        <translation>Item {0} “{1}” starts at {2}, before item {3} ends at {4}.</translation>
    </message>
</context>
<context>
    <name>AgendaTemplateActions</name>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/agenda_templates_ui.py" line="20"/>
        <source>&amp;Pakai templat…</source>
        <translation>&amp;Use template…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/agenda_templates_ui.py" line="21"/>
        <source>&amp;Simpan sebagai templat…</source>
        <translation>&amp;Save as template…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/agenda_templates_ui.py" line="25"/>
        <source>Templat</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/agenda_templates_ui.py" line="26"/>
        <source>Templat agenda per jenis kegiatan (rakor, bimtek, …)</source>
        <translation>Agenda templates per kind of meeting (rakor, bimtek, …)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/agenda_templates_ui.py" line="33"/>
        <source>Pakai templat</source>
        <translation>Use template</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/agenda_templates_ui.py" line="57"/>
        <source>Templat agenda “{0}”: {1}.</source>
        <translation>Agenda template “{0}”: {1}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/agenda_templates_ui.py" line="66"/>
        <source>Belum ada templat agenda untuk jenis kegiatan “{0}”. Susun agendanya, lalu Simpan sebagai templat.</source>
        <translation>There is no agenda template for the kind “{0}” yet. Build the agenda, then Save as template.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/agenda_templates_ui.py" line="70"/>
        <source>Ganti {0} acara yang sudah ada dengan templat “{1}”?</source>
        <translation>Replace the {0} existing items with the template “{1}”?</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/agenda_templates_ui.py" line="71"/>
        <location filename="../../kpu_rakor/ui/meeting/agenda_templates_ui.py" line="97"/>
        <source>Ganti</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/agenda_templates_ui.py" line="89"/>
        <source>Isi jenis kegiatan di tab Rapat dulu.</source>
        <translation>Fill in the kind of meeting on the Meeting tab first.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/agenda_templates_ui.py" line="93"/>
        <source>Agenda masih kosong; tidak ada yang disimpan sebagai templat.</source>
        <translation>The agenda is empty; nothing was saved as a template.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/agenda_templates_ui.py" line="96"/>
        <source>Ganti templat agenda “{0}” dengan agenda ini ({1} acara)? Templat berlaku untuk semua PC kantor.</source>
        <translation>Replace the agenda template “{0}” with this agenda ({1} items)? Templates apply to every PC of the office.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/agenda_templates_ui.py" line="102"/>
        <source>Templat agenda “{0}” disimpan ({1} acara).</source>
        <translation>Agenda template “{0}” saved ({1} items).</translation>
    </message>
</context>
<context>
    <name>ApproverDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="141"/>
        <source>Setujui notulen</source>
        <translation>Approve the minutes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="146"/>
        <source>Setelah disetujui, notulen terkunci. Perubahan sesudahnya perlu alasan dan menjadi revisi baru.</source>
        <translation>Once approved, the minutes are locked. Any later change needs a reason and becomes a new revision.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="149"/>
        <source>&amp;Disetujui oleh:</source>
        <translation>Approved &amp;by:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="151"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
</context>
<context>
    <name>ApproversBox</name>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/approvers_box.py" line="19"/>
        <location filename="../../kpu_rakor/ui/preferences/approvers_box.py" line="62"/>
        <source>Penyetuju notulen</source>
        <translation>Minutes approvers</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/approvers_box.py" line="20"/>
        <source>Pimpinan rapat dan penanda tangan kantor selalu boleh menyetujui notulen. Orang berikut juga boleh, untuk setiap rapat:</source>
        <translation>The meeting chair and the office&apos;s signatories may always approve minutes. These people may too, for every meeting:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/approvers_box.py" line="28"/>
        <source>T&amp;ambah penyetuju…</source>
        <translation>A&amp;dd approver…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/approvers_box.py" line="29"/>
        <source>Hapus dari daftar</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/approvers_box.py" line="62"/>
        <source>Tambah penyetuju notulen</source>
        <translation>Add a minutes approver</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/approvers_box.py" line="63"/>
        <source>Cari orang di direktori yang boleh menyetujui notulen, lalu Enter.</source>
        <translation>Search the directory for the person who may approve minutes, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/approvers_box.py" line="64"/>
        <source>Tambahkan</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/approvers_box.py" line="71"/>
        <source>Penyetuju ditambahkan.</source>
        <translation>Approver added.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/approvers_box.py" line="79"/>
        <source>Penyetuju dihapus dari daftar.</source>
        <translation>Approver removed from the list.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_model.py" line="32"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_model.py" line="32"/>
        <source>Jabatan · instansi</source>
        <translation>Position · institution</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_model.py" line="32"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_model.py" line="32"/>
        <source>Cara</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_model.py" line="33"/>
        <source>Pukul</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_model.py" line="33"/>
        <source>Menit</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_model.py" line="33"/>
        <source>TTD</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_model.py" line="33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_model.py" line="33"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_model.py" line="34"/>
        <source>Menit daring (di Zoom)</source>
        <translation>Minutes online (in Zoom)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_model.py" line="34"/>
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_model.py" line="35"/>
        <source>Luring (di ruang rapat) atau daring (Zoom)</source>
        <translation>In person (in the meeting room) or online (Zoom)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_model.py" line="44"/>
        <source>perlu ditinjau</source>
        <translation>needs review</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_model.py" line="45"/>
        <source>HP {0}</source>
        <translation>phone {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_model.py" line="74"/>
        <location filename="../../kpu_rakor/ui/attendance/attendance_model.py" line="78"/>
        <source>tanda tangan</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_model.py" line="74"/>
        <source>tanpa tanda tangan</source>
        <translation>not signed</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_model.py" line="75"/>
        <source>perangkat {0}</source>
        <translation>device {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_model.py" line="76"/>
        <source>tanpa cookie perangkat</source>
        <translation>no device cookie</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="39"/>
        <source>Simpan rapat ini dulu. Kehadiran dicatat untuk rapat yang sudah tersimpan: dari meja presensi, HP peserta, atau laporan Zoom.</source>
        <translation>Save this meeting first. Attendance is recorded for saved meetings: at the check-in desk, from participants&apos; phones, or from a Zoom report.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="41"/>
        <source>Impor laporan &amp;Zoom…</source>
        <translation>Import &amp;Zoom report…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="42"/>
        <source>Baca laporan peserta dari Zoom (CSV atau XLSX) dan tinjau sebelum dicatat.</source>
        <translation>Read a participant report from Zoom (CSV or XLSX) and review it before anything is recorded.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="44"/>
        <source>Buka presensi lewat &amp;HP…</source>
        <translation>Open check-in by &amp;phone…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="45"/>
        <source>Peserta di ruang rapat mengisi presensi dari HP lewat jaringan kantor (pindai kode QR di layar).</source>
        <translation>Participants in the room sign in from their phones over the office network (they scan the QR code on screen).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="53"/>
        <source>Cari nama, jabatan, instansi, catatan… (Ctrl+F)</source>
        <translation>Search name, position, institution, note… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="54"/>
        <source>Hanya yang perlu &amp;ditinjau</source>
        <translation>Only those needing re&amp;view</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="55"/>
        <source>Muat ulang (F5)</source>
        <translation>Reload (F5)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="80"/>
        <source>&amp;Konfirmasi</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="81"/>
        <source>Terima baris ini apa adanya. Tamu yang dikonfirmasi masuk ke direktori.</source>
        <translation>Accept this row as it is. A confirmed guest joins the directory.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="83"/>
        <source>&amp;Gabungkan dengan…</source>
        <translation>&amp;Merge with…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="84"/>
        <source>Tamu ini sebenarnya orang yang sudah ada di direktori: pindahkan kehadirannya ke orang itu.</source>
        <translation>This guest is really someone already in the directory: move their attendance to that person.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="131"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="136"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="220"/>
        <source>{0} orang tercatat · {1} luring · {2} daring</source>
        <translation>{0} recorded · {1} in person · {2} online</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="224"/>
        <source>{0} · {1} kantor diundang, {2} terisi</source>
        <translation>{0} · {1} offices invited, {2} filled</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="227"/>
        <source>⚠ {0} orang perlu ditinjau (baris kuning, di urutan teratas): pilih barisnya, lalu Konfirmasi atau Gabungkan dengan orang di direktori.</source>
        <translation>⚠ {0} need review (yellow rows, at the top): select the row, then Confirm it or Merge it with a person in the directory.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="264"/>
        <source>{0}: tamu, belum ada di direktori.</source>
        <translation>{0}: a guest, not in the directory yet.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="282"/>
        <source>Gabungkan tamu dengan orang di direktori</source>
        <translation>Merge the guest with a person in the directory</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="283"/>
        <source>Tamu: {0}</source>
        <translation>Guest: {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="284"/>
        <source>Pilih orang di direktori yang sebenarnya adalah tamu ini. Kehadiran, jam dan tanda tangan tamu dipindahkan kepadanya; entri tamu dihapus.</source>
        <translation>Choose the person in the directory this guest really is. The guest&apos;s attendance, time and signature move to them; the guest entry is deleted.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="286"/>
        <source>Gabungkan…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="293"/>
        <source>Gabungkan tamu {0} dengan {1}? Kehadirannya dicatat atas nama orang di direktori itu.</source>
        <translation>Merge the guest {0} with {1}? The attendance is then recorded for that directory person.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="295"/>
        <source>Gabungkan</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="374"/>
        <source>Presensi lewat HP masih dibuka. Menutup jendela rapat ini juga menutup presensi HP; peserta tidak dapat mengisi lagi. Tutup?</source>
        <translation>Check-in by phone is still open. Closing this meeting window also closes phone check-in; participants can no longer sign in. Close?</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/attendance_tab.py" line="375"/>
        <source>Tutup presensi</source>
        <translation>Close check-in</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/mark_present_dialog.py" line="24"/>
        <source>&amp;Tandai kehadiran kita…</source>
        <translation>&amp;Mark our attendance…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/mark_present_dialog.py" line="25"/>
        <source>Catat orang kantor kita hadir (luring atau daring) sekaligus, pada jam mulai rapat: untuk rapat yang hanya kita hadiri.</source>
        <translation>Record our office&apos;s people present (in person or online) in one step, at the meeting&apos;s start: for meetings we only attended.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/audit_log_dialog.py" line="22"/>
        <source>Ekspor log audit</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/audit_log_dialog.py" line="23"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/audit_log_dialog.py" line="29"/>
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/audit_log_dialog.py" line="38"/>
        <source>&amp;Ekspor CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/audit_log_dialog.py" line="50"/>
        <source>Waktu dalam zona kantor ({0}). Setiap ekspor data pribadi, perubahan dan penghapusan tercatat di sini.</source>
        <translation>Times in the office&apos;s zone ({0}). Every export of personal data, every change and every deletion is recorded here.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/audit_log_dialog.py" line="55"/>
        <source>&amp;Orang:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/audit_log_dialog.py" line="58"/>
        <source>&amp;Rapat:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/audit_log_dialog.py" line="64"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/audit_log_dialog.py" line="81"/>
        <source>Semua orang</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/audit_log_dialog.py" line="85"/>
        <source>Semua rapat</source>
        <translation>All meetings</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/audit_log_dialog.py" line="91"/>
        <source>Nomor {0}</source>
        <translation>Number {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/audit_log_dialog.py" line="103"/>
        <source>{0} catatan</source>
        <translation>{0} entries</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/audit_log_dialog.py" line="116"/>
        <source>Log audit diekspor ke {0}.</source>
        <translation>Audit log exported to {0}.</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/audit_log_model.py" line="28"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/audit_log_model.py" line="28"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/audit_log_model.py" line="28"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/audit_log_model.py" line="28"/>
        <source>Rapat</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/audit_log_model.py" line="29"/>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../kpu_rakor/ui/autosave_timer.py" line="78"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/autosave_timer.py" line="97"/>
        <source>Tersimpan {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <source>Notulen belum dapat disimpan ke basis data.</source>
        <translation type="vanished">The minutes could not be saved to the database.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/autosave_timer.py" line="131"/>
        <source>{0} Ketikan tetap di layar, belum tersimpan; disimpan lagi pada perubahan berikutnya.</source>
        <translation>{0} Your typing stays on screen, not yet saved; saving is tried again on the next change.</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <source>Folder</source>
        <translation type="vanished">Folder</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation type="vanished">File</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/backup_box.py" line="24"/>
        <source>Pilih folder cadangan</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/backup_box.py" line="27"/>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/backup_box.py" line="28"/>
        <source>Cadangan KPU Rakor (kpu-rakor-cadangan-*.db *.db)</source>
        <translation>KPU Rakor backups (kpu-rakor-cadangan-*.db *.db)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/backup_box.py" line="29"/>
        <source>Semua berkas (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/backup_box.py" line="38"/>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/backup_box.py" line="53"/>
        <source>&amp;Cadangkan sekarang</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/backup_box.py" line="54"/>
        <source>P&amp;ulihkan dari cadangan…</source>
        <translation>Rest&amp;ore from a backup…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/backup_box.py" line="57"/>
        <source>Ganti &amp;folder…</source>
        <translation>Change &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/backup_box.py" line="61"/>
        <source> cadangan terbaru</source>
        <translation> newest backups</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/backup_box.py" line="62"/>
        <source>Cadangkan otomatis sekali sehari saat aplikasi ditutup</source>
        <translation>Back up automatically once a day when the app closes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/backup_box.py" line="70"/>
        <source>Cadangan terakhir:</source>
        <translation>Last backup:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/backup_box.py" line="74"/>
        <source>Folder cadangan:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/backup_box.py" line="75"/>
        <source>Jumlah &amp;disimpan:</source>
        <translation>&amp;Keep:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/backup_box.py" line="85"/>
        <source>Cadangan berisi data pribadi (nama, NIP, nomor telepon, tanda tangan): simpan salinannya di disk lain atau flashdisk dengan hati-hati.</source>
        <translation>Backups hold personal data (names, NIP, phone numbers, signatures): keep the copies on another disk or a flash drive, and with care.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/backup_box.py" line="112"/>
        <source>Folder cadangan tersimpan.</source>
        <translation>Backup folder saved.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/backup_box.py" line="116"/>
        <source>belum ada di folder ini</source>
        <translation>none in this folder yet</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/backup_box.py" line="125"/>
        <source>Mencadangkan basis data…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/backup_box.py" line="130"/>
        <source>Cadangan tersimpan dan sudah diperiksa: {0}</source>
        <translation>Backup saved and checked: {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/backup_box.py" line="147"/>
        <source>Berkas ini berisi {0}.

Seluruh isi basis data sekarang akan diganti dengan isi cadangan itu. Salinan basis data sekarang disimpan dulu di {1}. Tutup jendela rapat yang sedang terbuka sebelum melanjutkan.

Pulihkan?</source>
        <translation>This file holds {0}.

Everything in the current database will be replaced with the contents of that backup. A copy of the current database is saved first in {1}. Close any open meeting windows before you go on.

Restore?</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/backup_box.py" line="150"/>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/backup_box.py" line="161"/>
        <source>Memulihkan basis data…</source>
        <translation>Restoring the database…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/backup_box.py" line="168"/>
        <source>Semua halaman dimuat ulang dari data yang dipulihkan.</source>
        <translation>Every page was reloaded from the restored data.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/backup_box.py" line="189"/>
        <source>Gagal; lihat pesan.</source>
        <translation>Failed; see the message.</translation>
    </message>
</context>
<context>
    <name>BadgeExport</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/badge_export.py" line="28"/>
        <source>Simpan kartu peserta</source>
        <translation>Save participant cards</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/badge_export.py" line="30"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/badge_export.py" line="60"/>
        <source>Membuat kartu peserta ({0} orang)…</source>
        <translation>Making participant cards ({0} people)…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/badge_export.py" line="59"/>
        <source>Kartu peserta</source>
        <translation>Participant cards</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/badge_export.py" line="78"/>
        <source>Kartu peserta sudah disimpan di {0}, tetapi tidak ada program yang dapat membukanya. Buka berkas itu dari pengelola berkas, atau pasang pembaca PDF.</source>
        <translation>The participant cards were saved in {0}, but no program can open them. Open the file from a file manager, or install a PDF reader.</translation>
    </message>
</context>
<context>
    <name>BatchInvitations</name>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/batch_invitations.py" line="23"/>
        <source>Undangan WA &amp;massal…</source>
        <translation>Bulk WhatsApp &amp;invitations…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/batch_invitations.py" line="24"/>
        <source>Kode QR dan teks WhatsApp untuk semua undangan sekaligus (atau yang dipilih, bila lebih dari satu): satu folder berisi gambar dan teks per orang, atau satu PDF untuk dicetak.</source>
        <translation>QR codes and WhatsApp texts for all invitees at once (or the selected ones, when more than one is selected): a folder with an image and a text per person, or one PDF to print.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/batch_invitations.py" line="34"/>
        <source>Folder gambar QR dan teks WhatsApp ({0} orang)…</source>
        <translation>Folder of QR images and WhatsApp texts ({0} people)…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/batch_invitations.py" line="36"/>
        <source>Lembar cetak PDF ({0} orang)…</source>
        <translation>PDF sheet to print ({0} people)…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/batch_invitations.py" line="51"/>
        <source>Undangan WA massal</source>
        <translation>Bulk WhatsApp invitations</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/batch_invitations.py" line="53"/>
        <source>Membuat undangan ({0} orang)…</source>
        <translation>Making the invitations ({0} people)…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/batch_invitations.py" line="71"/>
        <source>Pilih folder untuk undangan WhatsApp</source>
        <translation>Choose a folder for the WhatsApp invitations</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/batch_invitations.py" line="86"/>
        <source>Tersimpan: {0} gambar QR dan {0} teks WhatsApp, dengan daftar {1}.

Folder: {2}</source>
        <translation>Saved: {0} QR images and {0} WhatsApp texts, with the list {1}.

Folder: {2}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/batch_invitations.py" line="97"/>
        <source>Simpan lembar undangan WhatsApp</source>
        <translation>Save the WhatsApp invitation sheet</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/batch_invitations.py" line="99"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/batch_invitations.py" line="112"/>
        <source>Tersimpan: {0}

Folder: {1}</source>
        <translation>Saved: {0}

Folder: {1}</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/camera.py" line="144"/>
        <source>&amp;Kamera:</source>
        <translation>&amp;Camera:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/camera.py" line="131"/>
        <source>(tidak ada kamera)</source>
        <translation>(no camera)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/camera.py" line="336"/>
        <source>Pustaka multimedia sistem tidak tersedia; gunakan pemindai USB.</source>
        <translation>The system&apos;s multimedia libraries are not available; use a USB scanner.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/camera.py" line="337"/>
        <source>Tidak ada kamera terpasang. Sambungkan webcam atau gunakan pemindai USB.</source>
        <translation>No camera is connected. Plug in a webcam or use a USB scanner.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/camera.py" line="338"/>
        <source>Kamera sedang dipakai program lain atau tidak dapat dibuka. Tutup program itu (kamera dicoba lagi sendiri), atau gunakan pemindai USB.</source>
        <translation>The camera is in use by another program or cannot be opened. Close that program (the camera is tried again by itself), or use a USB scanner.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/camera.py" line="340"/>
        <source>Kamera mati.</source>
        <translation>Camera off.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/camera.py" line="341"/>
        <source>Menyalakan kamera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/camera.py" line="342"/>
        <source>Tunjukkan kode QR ke kamera.</source>
        <translation>Hold the QR code up to the camera.</translation>
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
    <name>CertificateCheckDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/certificate_check_dialog.py" line="23"/>
        <source>Periksa sertifikat</source>
        <translation>Check certificate</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/certificate_check_dialog.py" line="25"/>
        <source>Pindai kode QR pada sertifikat dengan pemindai, atau tempel/ketik teks kodenya (diawali huruf S) lalu tekan Enter. Pemeriksaan tidak mencatat kehadiran.</source>
        <translation>Scan the QR code on the certificate with the scanner, or paste/type its text (starting with the letter S) and press Enter. Checking does not record attendance.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/certificate_check_dialog.py" line="28"/>
        <location filename="../../kpu_rakor/ui/meeting/certificate_check_dialog.py" line="29"/>
        <source>Kode sertifikat</source>
        <translation>Certificate code</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/certificate_check_dialog.py" line="32"/>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/certificate_check_dialog.py" line="49"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/certificate_check_dialog.py" line="64"/>
        <source>Tempel atau pindai kode sertifikat terlebih dahulu.</source>
        <translation>Paste or scan a certificate code first.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/certificate_check_dialog.py" line="72"/>
        <source>Sertifikat SAH
{0}
sebagai {1}
{2}
{3}, {4}</source>
        <translation>Certificate VALID
{0}
as {1}
{2}
{3}, {4}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/certificate_check_dialog.py" line="75"/>
        <source>Kode asli, tetapi tidak berlaku lagi: {0} tidak lagi tercatat sebagai {1} dalam {2} ({3}).</source>
        <translation>Genuine code, but no longer valid: {0} is no longer recorded as {1} at {2} ({3}).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/certificate_check_dialog.py" line="78"/>
        <source>Sertifikat TIDAK SAH: kode ini palsu atau telah diubah; tandanya tidak cocok dengan kode yang diterbitkan kantor ini.</source>
        <translation>Certificate NOT VALID: this code is forged or has been altered; its signature does not match the codes this office issued.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/certificate_check_dialog.py" line="81"/>
        <source>Kode sertifikat tidak dikenal: kegiatan atau orangnya tidak ada dalam data kantor ini.</source>
        <translation>Unknown certificate code: the event or the person is not in this office&apos;s records.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/certificate_check_dialog.py" line="84"/>
        <source>Ini bukan kode sertifikat KPU Rakor. Kode sertifikat diawali huruf S dan panjangnya 50 karakter.</source>
        <translation>This is not a KPU Rakor certificate code. Certificate codes start with the letter S and are 50 characters long.</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_widgets.py" line="30"/>
        <source>Daftar periksa berita</source>
        <translation>News checklist</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_widgets.py" line="38"/>
        <source>✓ Tidak ada catatan. Baca sekali lagi sebelum terbit.</source>
        <translation>✓ Nothing to flag. Read it once more before publishing.</translation>
    </message>
</context>
<context>
    <name>ClockField</name>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_fields.py" line="133"/>
        <source>jj.mm</source>
        <translation>hh.mm</translation>
    </message>
</context>
<context>
    <name>CopyActions</name>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/copy_actions.py" line="14"/>
        <source>&amp;Duplikat rapat…</source>
        <translation>&amp;Duplicate meeting…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/copy_actions.py" line="15"/>
        <source>Rapat baru seperti rapat terpilih, pada tanggal lain</source>
        <translation>A new meeting like the selected one, on another date</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/copy_actions.py" line="16"/>
        <source>Rapat &amp;berikutnya dalam seri…</source>
        <translation>&amp;Next meeting in the series…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/copy_actions.py" line="17"/>
        <source>Rapat berikutnya dalam seri rapat terpilih (bulan depan, atau jarak biasa seri itu)</source>
        <translation>The next meeting of the selected meeting&apos;s series (next month, or the series&apos; usual interval)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/copy_actions.py" line="24"/>
        <source>&amp;Salin</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/copy_actions.py" line="25"/>
        <source>Buat rapat baru dari rapat terpilih: duplikat, atau rapat berikutnya dalam seri</source>
        <translation>Make a new meeting from the selected one: a duplicate, or the next meeting in the series</translation>
    </message>
</context>
<context>
    <name>CopyMeetingDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/copy_dialog.py" line="29"/>
        <source>Rapat berikutnya dalam seri</source>
        <translation>Next meeting in the series</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/copy_dialog.py" line="29"/>
        <source>Duplikat rapat</source>
        <translation>Duplicate meeting</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/copy_dialog.py" line="31"/>
        <source>Dari: {0}
{1}, pukul {2}</source>
        <translation>From: {0}
{1}, at {2}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/copy_dialog.py" line="44"/>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/copy_dialog.py" line="45"/>
        <source>&amp;Mulai:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/copy_dialog.py" line="50"/>
        <source>Seri: {0}. Tanggal yang diusulkan mengikuti jarak biasa seri ini.</source>
        <translation>Series: {0}. The proposed date follows the usual interval of this series.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/copy_dialog.py" line="51"/>
        <source>Rapat ini belum masuk seri: seri “{0}” dibuat untuk kedua rapat. Tanggal yang diusulkan: hari yang sama pada bulan berikutnya.</source>
        <translation>This meeting is not in a series yet: the series “{0}” is created for both meetings. Proposed date: the same weekday of the next month.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/copy_dialog.py" line="54"/>
        <source>Disalin: agenda (jamnya ikut bergeser), peran, undangan, tempat dan detail Zoom. Tidak disalin: kehadiran, notulen, foto, serta nomor dan tanggal surat undangan. Rapat baru dibuka setelah dibuat.</source>
        <translation>Copied: agenda (its times move along), roles, invitees, venue and Zoom details. Not copied: attendance, minutes, photos, and the invitation letter&apos;s number and date. The new meeting opens once it is made.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/copy_dialog.py" line="59"/>
        <source>&amp;Buat rapat</source>
        <translation>&amp;Create meeting</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/copy_dialog.py" line="60"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CountsBar</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/counts_bar.py" line="28"/>
        <source>Diundang</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/counts_bar.py" line="28"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/counts_bar.py" line="28"/>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/counts_bar.py" line="29"/>
        <source>Tanpa undangan</source>
        <translation>Without invitation</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/counts_bar.py" line="30"/>
        <source>Berhalangan</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/counts_bar.py" line="51"/>
        <source>Semua yang sudah datang: tepat waktu dan terlambat, termasuk yang tanpa undangan</source>
        <translation>Everyone who has arrived: on time and late, including those without an invitation</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/counts_bar.py" line="53"/>
        <source>Hadir tanpa undangan (tamu baru, kode pribadi): tidak menambah jumlah Diundang</source>
        <translation>Present without an invitation (new guests, personal codes): not added to Invited</translation>
    </message>
    <message>
        <source>Sudah hadir</source>
        <translation type="vanished">Here</translation>
    </message>
    <message>
        <source>Tepat waktu</source>
        <translation type="vanished">On time</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/counts_bar.py" line="29"/>
        <source>Belum hadir</source>
        <translation>Not yet here</translation>
    </message>
    <message>
        <source>Semua yang sudah datang: tepat waktu dan terlambat</source>
        <translation type="vanished">Everyone who has arrived: on time and late</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="482"/>
        <source>Dipilih: {0}</source>
        <translation>Selected: {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_actions.py" line="34"/>
        <source>Pilih rapatnya dulu.</source>
        <translation>Choose the meeting first.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_actions.py" line="60"/>
        <source>Pilih orangnya dulu: cari namanya atau pilih di daftar pindaian terakhir.</source>
        <translation>Choose the person first: search for the name or pick them in the last scans.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_actions.py" line="27"/>
        <source>Belum tersedia.</source>
        <translation>Not available yet.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk_mode.py" line="28"/>
        <source>Ganti P&amp;IN kiosk…</source>
        <translation>Change kiosk P&amp;IN…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk_mode.py" line="29"/>
        <source>Atur P&amp;IN kiosk…</source>
        <translation>Set kiosk P&amp;IN…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk_mode.py" line="42"/>
        <source>PIN mode kiosk tersimpan di komputer ini.</source>
        <translation>The kiosk PIN is saved on this computer.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk_mode.py" line="50"/>
        <source>Mode kiosk perlu PIN untuk keluar, dan komputer ini belum punya PIN. Atur PIN sekarang?</source>
        <translation>Kiosk mode needs a PIN to leave it, and this computer has no PIN yet. Set a PIN now?</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk_mode.py" line="53"/>
        <source>Atur PIN</source>
        <translation>Set PIN</translation>
    </message>
    <message>
        <source>Atur dulu PIN untuk keluar dari mode kiosk.</source>
        <translation type="vanished">First set the PIN for leaving kiosk mode.</translation>
    </message>
</context>
<context>
    <name>DeskLists</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_lists.py" line="30"/>
        <source>&amp;Pindaian terakhir (semua meja)</source>
        <translation>&amp;Last scans (all desks)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_lists.py" line="55"/>
        <source>&amp;Belum hadir ({0})</source>
        <translation>&amp;Not arrived yet ({0})</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Bunyi &amp;mati</source>
        <translation type="vanished">&amp;Mute sounds</translation>
    </message>
    <message>
        <source>Suara tidak tersedia di PC ini (pustaka audio tidak ada).</source>
        <translation type="vanished">Sound is not available on this PC (the audio library is missing).</translation>
    </message>
    <message>
        <source>Pasang paket libpulse0 agar meja berbunyi.</source>
        <translation type="vanished">Install the libpulse0 package for the desk to make sounds.</translation>
    </message>
    <message>
        <source>P&amp;IN kiosk…</source>
        <translation type="vanished">K&amp;iosk PIN…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="77"/>
        <source>Mode kiosk (F11)</source>
        <translation>Kiosk mode (F11)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="80"/>
        <source>&amp;Rapat:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="82"/>
        <source>Nama m&amp;eja:</source>
        <translation>D&amp;esk name:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="97"/>
        <source>Pindai kode QR, atau ketik kodenya lalu Enter</source>
        <translation>Scan the QR code, or type the code and press Enter</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="104"/>
        <source>K&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="121"/>
        <source>&amp;Cari nama (tanpa kode):</source>
        <translation>&amp;Search by name (no code):</translation>
    </message>
    <message>
        <source>&amp;Pindaian terakhir (semua meja):</source>
        <translation type="vanished">&amp;Last scans (all desks):</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="138"/>
        <source>Tamu baru (F6)</source>
        <translation>New guest (F6)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="139"/>
        <source>Status… (F7)</source>
        <translation>Status… (F7)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="140"/>
        <source>Batalkan presensi (F8)</source>
        <translation>Undo check-in (F8)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="141"/>
        <source>Kamera (F9)</source>
        <translation>Camera (F9)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="143"/>
        <source>Cetak kartu QR…</source>
        <translation>Print QR cards…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="144"/>
        <source>Minta &amp;tanda tangan setelah presensi</source>
        <translation>Ask for a &amp;signature after check-in</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="223"/>
        <source>Nama meja {0} sedang dipakai jendela presensi lain di komputer ini; pilih nama lain.</source>
        <translation>The desk name {0} is in use by another check-in window on this computer; choose another name.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="246"/>
        <source>Belum ada rapat: buat rapatnya dulu di halaman Rapat.</source>
        <translation>No meeting yet: create it first on the Meetings page.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="285"/>
        <source>Rapat sudah selesai pukul {0}: setiap pindaian ditanyakan dulu.</source>
        <translation>The meeting ended at {0}: each scan is asked about first.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="287"/>
        <source>Rapat baru mulai pukul {0}: setiap pindaian ditanyakan dulu.</source>
        <translation>The meeting only starts at {0}: each scan is asked about first.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="297"/>
        <source>Mulai {0}; datang lebih dari {1} menit sesudahnya dicatat terlambat.</source>
        <translation>Starts {0}; arriving more than {1} minutes later is recorded as late.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="327"/>
        <source>Pilih rapatnya dulu.</source>
        <translation>Choose the meeting first.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="366"/>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="393"/>
        <source>Tanda tangan: selesaikan dulu yang sedang terbuka.</source>
        <translation>Signature: finish the one that is open first.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/desk_page.py" line="381"/>
        <source>Pilih rapat di atas untuk mulai.</source>
        <translation>Choose a meeting above to start.</translation>
    </message>
    <message>
        <source>Dipilih: {0}</source>
        <translation type="vanished">Selected: {0}</translation>
    </message>
    <message>
        <source>Pilih orangnya dulu: cari namanya atau pilih di daftar pindaian terakhir.</source>
        <translation type="vanished">Choose the person first: search for the name or pick them in the last scans.</translation>
    </message>
    <message>
        <source>Belum tersedia.</source>
        <translation type="vanished">Not available yet.</translation>
    </message>
    <message>
        <source>PIN mode kiosk tersimpan di komputer ini.</source>
        <translation type="vanished">The kiosk PIN is saved on this computer.</translation>
    </message>
    <message>
        <source>Atur dulu PIN untuk keluar dari mode kiosk.</source>
        <translation type="vanished">First set the PIN for leaving kiosk mode.</translation>
    </message>
</context>
<context>
    <name>DirectoryFilters</name>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_filters.py" line="21"/>
        <source>Semua tingkat</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_filters.py" line="25"/>
        <source>Semua provinsi</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_filters.py" line="31"/>
        <source>Semua instansi</source>
        <translation>All institutions</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_filters.py" line="36"/>
        <source>Tingkat:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_filters.py" line="36"/>
        <source>Provinsi:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_filters.py" line="37"/>
        <source>Instansi:</source>
        <translation>Institution:</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Cari nama atau NIP…</source>
        <translation type="vanished">Search name or NIP…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_page.py" line="31"/>
        <source>Cari nama, NIP, jabatan atau satker…</source>
        <translation>Search name, NIP, position or office…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_page.py" line="33"/>
        <source>Orang &amp;baru</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_page.py" line="34"/>
        <source>&amp;Ubah</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_page.py" line="35"/>
        <source>&amp;Instansi baru</source>
        <translation>&amp;New institution</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_page.py" line="36"/>
        <source>Bawaslu, pemerintah daerah, perguruan tinggi, media…</source>
        <translation>Bawaslu, local government, universities, media…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_page.py" line="46"/>
        <source>Direktori</source>
        <translation>Directory</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_page.py" line="76"/>
        <source>Direktori masih kosong</source>
        <translation>The directory is empty</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_page.py" line="77"/>
        <source>Impor daftar orang dari berkas CSV atau Excel (.xlsx), atau tambahkan orang satu per satu.</source>
        <translation>Import a list of people from a CSV or Excel (.xlsx) file, or add people one by one.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_page.py" line="78"/>
        <source>Impor daftar orang…</source>
        <translation>Import a list of people…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_page.py" line="79"/>
        <source>Tambah orang</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_page.py" line="90"/>
        <source>Orang</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_page.py" line="91"/>
        <source>Satker dan instansi</source>
        <translation>Offices and institutions</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_page.py" line="96"/>
        <source>Orang baru</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_page.py" line="100"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_page.py" line="121"/>
        <source>{0} orang</source>
        <translation>{0} people</translation>
    </message>
</context>
<context>
    <name>DocumentFolder</name>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/document_folder.py" line="47"/>
        <source>Folder dokumen {0} tidak ada atau tidak dapat ditulisi. Pilih folder lain untuk menyimpan dokumen.</source>
        <translation>The document folder {0} does not exist or cannot be written to. Choose another folder to save documents in.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/document_folder.py" line="17"/>
        <source>Pilih folder dokumen</source>
        <translation>Choose the documents folder</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/documents_tab.py" line="44"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/documents_tab.py" line="45"/>
        <source>F4/Folio (215 × 330 mm)</source>
        <translation>F4/Folio (215 × 330 mm)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/documents_tab.py" line="46"/>
        <source>Ukuran kertas</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/documents_tab.py" line="50"/>
        <source>Ganti folder…</source>
        <translation>Change folder…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/documents_tab.py" line="56"/>
        <source>Kertas:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/documents_tab.py" line="58"/>
        <source>Disimpan ke:</source>
        <translation>Saved to:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/documents_tab.py" line="65"/>
        <source>Dokumen rapat</source>
        <translation>Meeting documents</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/documents_tab.py" line="68"/>
        <source>Undangan</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/documents_tab.py" line="68"/>
        <source>Daftar Hadir</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/documents_tab.py" line="69"/>
        <source>Notulen</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/documents_tab.py" line="70"/>
        <source>Dokumentasi</source>
        <translation>Photo documentation</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/documents_tab.py" line="70"/>
        <source>Berita Kegiatan</source>
        <translation>News article</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/documents_tab.py" line="73"/>
        <source>Paket dokumen (semua)</source>
        <translation>Document pack (all)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/documents_tab.py" line="87"/>
        <source>Sertifikat</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/documents_tab.py" line="88"/>
        <source>Daftar Tanda Terima</source>
        <translation>Receipt List</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/documents_tab.py" line="92"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/documents_tab.py" line="101"/>
        <source>Dokumen dibuat dari data yang sudah tersimpan, masing-masing sebagai berkas baru, lalu ditampilkan untuk diperiksa dan dicetak.</source>
        <translation>Documents are made from the saved data, each as a new file, then shown for checking and printing.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/documents_tab.py" line="143"/>
        <source>Simpan rapat ini dulu; dokumen dibuat dari data yang tersimpan.</source>
        <translation>Save this meeting first; documents are made from the saved data.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/documents_tab.py" line="69"/>
        <source>Laporan Hasil Rapat</source>
        <translation>Meeting report</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/documents_tab.py" line="159"/>
        <source>Berisi: {0}; satu PDF dengan penanda (bookmark) per bagian.</source>
        <translation>Contains: {0}; one PDF with a bookmark for each part.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/documents_tab.py" line="207"/>
        <source>Paket dokumen</source>
        <translation>Document pack</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/documents_tab.py" line="221"/>
        <source>Dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/documents_tab.py" line="224"/>
        <source>Membuat {0}…</source>
        <translation>Making {0}…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/documents_tab.py" line="247"/>
        <source>Dokumen tidak dibuat.</source>
        <translation>The document was not made.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/documents_tab.py" line="253"/>
        <source>{0} disimpan di {1}.</source>
        <translation>{0} saved in {1}.</translation>
    </message>
</context>
<context>
    <name>ExtraDocuments</name>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/extra_documents.py" line="29"/>
        <source>Sertifikat dan keuangan</source>
        <translation>Certificates and finance</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/extra_documents.py" line="38"/>
        <source>Sertifikat (semua)</source>
        <translation>Certificates (all)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/extra_documents.py" line="39"/>
        <source>Sertifikat orang ini</source>
        <translation>This person&apos;s certificate</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/extra_documents.py" line="40"/>
        <source>Daftar Tanda Terima</source>
        <translation>Receipt List</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/extra_documents.py" line="48"/>
        <source>Penerima sertifikat</source>
        <translation>Certificate recipient</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/extra_documents.py" line="50"/>
        <source>Atur daftar tanda terima…</source>
        <translation>Set up receipt list…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/extra_documents.py" line="52"/>
        <source>Ekspor ke Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/extra_documents.py" line="53"/>
        <source>Daftar tanda terima sebagai XLSX atau CSV, jumlahnya berupa angka.</source>
        <translation>The receipt list as XLSX or CSV, with the amounts as numbers.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/extra_documents.py" line="55"/>
        <source>Periksa sertifikat…</source>
        <translation>Check certificate…</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../kpu_rakor/ui/file_dialogs.py" line="71"/>
        <source>Diska</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/file_dialogs.py" line="73"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/file_dialogs.py" line="80"/>
        <source>Berkas {0}</source>
        <translation>{0} file</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/file_dialogs.py" line="81"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/file_dialogs.py" line="130"/>
        <source>Lihat di:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/file_dialogs.py" line="131"/>
        <source>Nama berkas:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/file_dialogs.py" line="132"/>
        <source>Jenis berkas:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/file_dialogs.py" line="133"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/file_dialogs.py" line="164"/>
        <source>{0} adalah berkas basis data KPU Rakor yang sedang dipakai; pilih berkas lain.</source>
        <translation>{0} is a file of the KPU Rakor database in use; choose another file.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/file_dialogs.py" line="174"/>
        <location filename="../../kpu_rakor/ui/file_dialogs.py" line="184"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/file_dialogs.py" line="196"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/file_dialogs.py" line="221"/>
        <source>Pilih folder</source>
        <translation>Choose folder</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/first_start.py" line="17"/>
        <source>Selamat datang di KPU Rakor</source>
        <translation>Welcome to KPU Rakor</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/first_start.py" line="18"/>
        <source>Satker mana kantor ini? Ketik sebagian nama kabupaten, kota atau provinsi, lalu tekan Enter. Pilihan ini mengisi kop surat, kota dan zona waktu, dan dapat diubah nanti di Pengaturan.</source>
        <translation>Which satker is this office? Type part of the regency, city or province name, then press Enter. This fills in the letterhead, city and time zone, and can be changed later in Settings.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/first_start.py" line="23"/>
        <source>mis. Tulungagung</source>
        <translation>e.g. Tulungagung</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/first_start.py" line="30"/>
        <source>Pilih</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/first_start.py" line="31"/>
        <source>Nanti saja</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>FollowUpDelegate</name>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_tab.py" line="92"/>
        <source>hh/bb/tttt</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_tab.py" line="94"/>
        <source>Apa yang harus dikerjakan…</source>
        <translation>What needs to be done…</translation>
    </message>
</context>
<context>
    <name>FollowUpLine</name>
    <message>
        <location filename="../../kpu_rakor/ui/home/home_page.py" line="97"/>
        <source>Terlambat {0} hari (batas {1})</source>
        <translation>{0} days late (due {1})</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/home/home_page.py" line="100"/>
        <source>Batas waktu hari ini</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/home/home_page.py" line="102"/>
        <source>Batas waktu {0}</source>
        <translation>Due {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/home/home_page.py" line="114"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/home/home_page.py" line="115"/>
        <source>Buka rapatnya pada tab Tindak lanjut</source>
        <translation>Open its meeting on the Follow-ups tab</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_page.py" line="58"/>
        <source>Tindak Lanjut</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_page.py" line="59"/>
        <source>Cari tindak lanjut, nama, satker atau rapat… (Ctrl+F)</source>
        <translation>Search follow-ups, names, offices or meetings… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_page.py" line="60"/>
        <source>Semua penanggung jawab</source>
        <translation>Everyone responsible</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_page.py" line="61"/>
        <source>Semua satker</source>
        <translation>All offices</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_page.py" line="62"/>
        <source>Semua seri rapat</source>
        <translation>All meeting series</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_page.py" line="63"/>
        <source>B&amp;uka rapat (Enter)</source>
        <translation>&amp;Open meeting (Enter)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_page.py" line="64"/>
        <source>Ubah &amp;status… (F4)</source>
        <translation>Change &amp;status… (F4)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_page.py" line="65"/>
        <source>Muat ulang (F5)</source>
        <translation>Reload (F5)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_page.py" line="115"/>
        <source>Buka rapat</source>
        <translation>Open meeting</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_page.py" line="117"/>
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_page.py" line="119"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_page.py" line="120"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_page.py" line="158"/>
        <source>{0} tindak lanjut terbuka</source>
        <translation>{0} open follow-ups</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_page.py" line="160"/>
        <source>{0} dari {1} tindak lanjut terbuka</source>
        <translation>{0} of {1} open follow-ups</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_page.py" line="162"/>
        <source> · {0} terlambat</source>
        <translation> · {0} overdue</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_tab.py" line="176"/>
        <source>Simpan rapat ini dulu. Tindak lanjut dicatat untuk rapat yang sudah tersimpan.</source>
        <translation>Save this meeting first. Follow-ups are recorded for a saved meeting.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_tab.py" line="183"/>
        <source>&amp;Bawa ke rapat ini</source>
        <translation>&amp;Carry over to this meeting</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_tab.py" line="184"/>
        <source>Salin tindak lanjut yang masih terbuka dari rapat sebelumnya dalam seri ini ke rapat ini.</source>
        <translation>Copy the still-open follow-ups of the series&apos; previous meeting into this meeting.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_tab.py" line="191"/>
        <source>&amp;Tambah (Ctrl+N)</source>
        <translation>&amp;Add (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_tab.py" line="192"/>
        <source>Ubah &amp;status… (F4)</source>
        <translation>Change &amp;status… (F4)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_tab.py" line="193"/>
        <source>&amp;Hapus (Del)</source>
        <translation>&amp;Delete (Del)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_tab.py" line="214"/>
        <source>Enter atau F2: ubah sel · Tab: kolom berikutnya · Esc: batal mengetik · F4: ubah status · Delete: hapus. Setiap perubahan langsung tersimpan.</source>
        <translation>Enter or F2: edit cell · Tab: next column · Esc: cancel typing · F4: change status · Delete: delete. Every change is saved at once.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_tab.py" line="246"/>
        <source>Tindak lanjut baru</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_tab.py" line="248"/>
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_tab.py" line="250"/>
        <location filename="../../kpu_rakor/ui/followups/followups_tab.py" line="413"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_tab.py" line="289"/>
        <source>{0} tindak lanjut terbuka dari rapat sebelumnya</source>
        <translation>{0} open follow-ups from the previous meeting</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_tab.py" line="291"/>
        <source> ({0} terlambat)</source>
        <translation> ({0} overdue)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_tab.py" line="300"/>
        <source>Belum ada tindak lanjut</source>
        <translation>No follow-ups yet</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_tab.py" line="304"/>
        <source>{0} tindak lanjut · {1} terbuka</source>
        <translation>{0} follow-ups · {1} open</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_tab.py" line="306"/>
        <source> · {0} terlambat</source>
        <translation> · {0} overdue</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_tab.py" line="409"/>
        <source>Hapus tindak lanjut “{0}”?</source>
        <translation>Delete the follow-up “{0}”?</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_tab.py" line="411"/>
        <source>Tindak lanjut aslinya di rapat {0} akan tampil terbuka lagi.</source>
        <translation>The original follow-up in the meeting {0} will show as open again.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_tab.py" line="432"/>
        <source>{0} tindak lanjut dibawa dari rapat sebelumnya.</source>
        <translation>{0} follow-ups carried over from the previous meeting.</translation>
    </message>
</context>
<context>
    <name>HashtagsDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_widgets.py" line="114"/>
        <source>Tagar media sosial</source>
        <translation>Social media hashtags</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_widgets.py" line="116"/>
        <source>#TemanPemilih #KPUMelayani</source>
        <translation>#TemanPemilih #KPUMelayani</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_widgets.py" line="120"/>
        <source>Tagar yang ditambahkan ke keterangan Instagram, Facebook, WhatsApp dan X, dipisah spasi:</source>
        <translation>Hashtags added to the Instagram, Facebook, WhatsApp and X captions, separated by spaces:</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../kpu_rakor/ui/home/home_page.py" line="131"/>
        <source>Rapat hari ini</source>
        <translation>Today&apos;s meetings</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/home/home_page.py" line="131"/>
        <source>Tidak ada rapat hari ini.</source>
        <translation>No meetings today.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/home/home_page.py" line="132"/>
        <source>Rapat minggu ini</source>
        <translation>This week&apos;s meetings</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/home/home_page.py" line="132"/>
        <source>Tidak ada rapat lain minggu ini.</source>
        <translation>No other meetings this week.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/home/home_page.py" line="133"/>
        <source>Tindak lanjut jatuh tempo dalam 7 hari atau terlambat</source>
        <translation>Follow-ups due within 7 days or late</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/home/home_page.py" line="134"/>
        <source>Tidak ada tindak lanjut yang mendesak.</source>
        <translation>No follow-ups are due soon.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/home/home_page.py" line="135"/>
        <source>Notulen menunggu persetujuan</source>
        <translation>Minutes awaiting approval</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/home/home_page.py" line="136"/>
        <source>Tidak ada notulen yang menunggu persetujuan.</source>
        <translation>No minutes are awaiting approval.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/home/home_page.py" line="137"/>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/home/home_page.py" line="156"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/home/home_page.py" line="212"/>
        <source>{0} lainnya di halaman Tindak Lanjut</source>
        <translation>{0} more on the Follow-ups page</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/home/home_page.py" line="222"/>
        <source>Basis data di server PostgreSQL dicadangkan di server (pg_dump).</source>
        <translation>A database on a PostgreSQL server is backed up on the server (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/home/home_page.py" line="225"/>
        <source>Belum pernah ada cadangan. Buat cadangan sekarang agar data aman.</source>
        <translation>No backup has been made yet. Make one now to keep the data safe.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/home/home_page.py" line="227"/>
        <source>Cadangan terakhir: {0}, {1}</source>
        <translation>Last backup: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/home/home_page.py" line="230"/>
        <source>(lebih dari 7 hari yang lalu; buat cadangan baru)</source>
        <translation>(more than 7 days ago; make a new backup)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/home/home_page.py" line="234"/>
        <source>Buka Pengaturan › Cadangan</source>
        <translation>Open Settings › Backup</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/directory/import_dialog.py" line="25"/>
        <location filename="../../kpu_rakor/ui/directory/import_dialog.py" line="98"/>
        <source>Impor daftar orang</source>
        <translation>Import a list of people</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/import_dialog.py" line="39"/>
        <source>sudah sama dengan data di Direktori</source>
        <translation>already the same as in the Directory</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/import_dialog.py" line="102"/>
        <source>Berkas: {0} ({1} baris)</source>
        <translation>File: {0} ({1} rows)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/import_dialog.py" line="109"/>
        <source>(tidak dipakai)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/import_dialog.py" line="111"/>
        <source>Kolom {0}</source>
        <translation>Column {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/import_dialog.py" line="126"/>
        <source>Orang dengan NIP yang sama, atau nama dan satker yang sama, diperbarui; isian yang kosong di berkas tidak mengubah data yang ada. Belum ada yang disimpan sebelum tombol Impor ditekan, dan impor dapat diurungkan.</source>
        <translation>People with the same NIP, or the same name and satker, are updated; empty cells in the file do not change existing data. Nothing is saved until you press Import, and the import can be undone.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/import_dialog.py" line="130"/>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/import_dialog.py" line="133"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/import_dialog.py" line="157"/>
        <source>Tidak ada kolom yang dikenali sebagai nama. Pilih kolom yang berisi nama orang pada kotak Nama.</source>
        <translation>No column was recognised as the name. Choose the column holding the people&apos;s names in the Name box.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/import_dialog.py" line="166"/>
        <source>{0} ditambahkan · {1} diperbarui · {2} tetap · {3} ditolak</source>
        <translation>{0} added · {1} updated · {2} unchanged · {3} refused</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/import_dialog.py" line="181"/>
        <source>Menyimpan {0} orang…</source>
        <translation>Saving {0} people…</translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/directory/institution_dialog.py" line="16"/>
        <source>Instansi baru</source>
        <translation>New institution</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/institution_dialog.py" line="19"/>
        <source>mis. Bawaslu Kabupaten Tulungagung</source>
        <translation>e.g. Bawaslu Kabupaten Tulungagung</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/institution_dialog.py" line="25"/>
        <source>mis. Tulungagung</source>
        <translation>e.g. Tulungagung</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/institution_dialog.py" line="32"/>
        <source>mis. tulungagung.bawaslu.go.id (boleh kosong)</source>
        <translation>e.g. tulungagung.bawaslu.go.id (optional)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/institution_dialog.py" line="34"/>
        <source>&amp;Nama instansi:</source>
        <translation>&amp;Name of the institution:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/institution_dialog.py" line="35"/>
        <source>&amp;Jenis:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/institution_dialog.py" line="36"/>
        <source>&amp;Kota:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/institution_dialog.py" line="37"/>
        <source>&amp;Zona waktu:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/institution_dialog.py" line="38"/>
        <source>Situs &amp;web:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="vanished">Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="vanished">Cancel</translation>
    </message>
</context>
<context>
    <name>InviteeGroupsDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/invitee_groups_dialog.py" line="20"/>
        <source>Kelompok undangan</source>
        <translation>Invitee groups</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/invitee_groups_dialog.py" line="26"/>
        <source>Belum ada kelompok. Susun undangan rapat ini, lalu &quot;Simpan sebagai kelompok…&quot; agar dapat diundang lagi di rapat lain.</source>
        <translation>No groups yet. Put together this meeting&apos;s invitees, then &quot;Save as group…&quot; to invite them again to other meetings.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/invitee_groups_dialog.py" line="29"/>
        <source>Ganti &amp;nama…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/invitee_groups_dialog.py" line="30"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/invitee_groups_dialog.py" line="32"/>
        <source>&amp;Undang kelompok ini</source>
        <translation>&amp;Invite this group</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/invitee_groups_dialog.py" line="33"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/invitee_groups_dialog.py" line="39"/>
        <source>Yang belum diundang ditambahkan; yang sudah diundang tetap.</source>
        <translation>Those not yet invited are added; those already invited stay as they are.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/invitee_groups_dialog.py" line="57"/>
        <source>{0} ({1} orang, {2} kantor)</source>
        <translation>{0} ({1} people, {2} offices)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/invitee_groups_dialog.py" line="89"/>
        <source>Ganti nama kelompok</source>
        <translation>Rename group</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/invitee_groups_dialog.py" line="89"/>
        <source>Nama baru:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/invitee_groups_dialog.py" line="99"/>
        <source>Hapus kelompok &quot;{0}&quot;? Undangan rapat yang sudah dibuat tidak berubah.</source>
        <translation>Delete the group &quot;{0}&quot;? Invitations already made for meetings do not change.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/invitee_groups_dialog.py" line="100"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/invitee_groups_dialog.py" line="110"/>
        <source>Simpan sebagai kelompok</source>
        <translation>Save as group</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/invitee_groups_dialog.py" line="111"/>
        <source>Nama kelompok, mis. &quot;Anggota Bakohumas Jatim&quot;:</source>
        <translation>Group name, e.g. &quot;Anggota Bakohumas Jatim&quot;:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/invitee_groups_dialog.py" line="118"/>
        <source>Kelompok &quot;{0}&quot; sudah ada. Ganti isinya dengan undangan rapat ini?</source>
        <translation>The group &quot;{0}&quot; already exists. Replace its members with this meeting&apos;s invitees?</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/invitee_groups_dialog.py" line="121"/>
        <source>Ganti isinya</source>
        <translation>Replace members</translation>
    </message>
</context>
<context>
    <name>InviteesTab</name>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/invitees_tab.py" line="35"/>
        <source>Salin teks &amp;WhatsApp</source>
        <translation>Copy &amp;WhatsApp text</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/invitees_tab.py" line="36"/>
        <source>Simpan kode &amp;QR…</source>
        <translation>Save &amp;QR code…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/invitees_tab.py" line="37"/>
        <source>Cetak &amp;kartu QR…</source>
        <translation>Print QR &amp;badges…</translation>
    </message>
    <message>
        <source>Tersedia setelah rapat dan undangan disimpan.</source>
        <translation type="vanished">Available once the meeting and its invitations are saved.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/invitees_tab.py" line="158"/>
        <source>Teks undangan untuk {0} sudah disalin; tempelkan di WhatsApp.</source>
        <translation>The invitation text for {0} is copied; paste it into WhatsApp.</translation>
    </message>
    <message>
        <source>Simpan kode QR {0}</source>
        <translation type="vanished">Save QR code of {0}</translation>
    </message>
    <message>
        <source>Gambar PNG (*.png)</source>
        <translation type="vanished">PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/invitees_tab.py" line="29"/>
        <source>&amp;Undang →</source>
        <translation>&amp;Invite →</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/invitees_tab.py" line="30"/>
        <source>← &amp;Batalkan</source>
        <translation>← &amp;Remove</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/invitees_tab.py" line="41"/>
        <source>Direktori</source>
        <translation>Directory</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/invitees_tab.py" line="45"/>
        <source>Diundang</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/invitees_tab.py" line="120"/>
        <source>{0} orang diundang</source>
        <translation>{0} people invited</translation>
    </message>
</context>
<context>
    <name>ItemBlock</name>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_item_editor.py" line="84"/>
        <source>Siapa menyampaikan apa, mis. Narasumber menjelaskan bahwa …</source>
        <translation>Who said what, e.g. The speaker explained that …</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_item_editor.py" line="85"/>
        <source>Satu kesimpulan atau keputusan per baris; nomornya otomatis</source>
        <translation>One conclusion or decision per line; numbered automatically</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_item_editor.py" line="97"/>
        <source>Pembahasan</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_item_editor.py" line="99"/>
        <source>Kesimpulan / keputusan</source>
        <translation>Conclusions / decisions</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk.py" line="100"/>
        <source>KPU Rakor — Presensi</source>
        <translation>KPU Rakor — Check-in</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk.py" line="106"/>
        <source>Keluar dari mode kiosk: Esc, lalu PIN.</source>
        <translation>To leave kiosk mode: Esc, then the PIN.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk.py" line="118"/>
        <source>&amp;PIN untuk keluar:</source>
        <translation>&amp;PIN to leave:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk.py" line="156"/>
        <source>PIN salah.</source>
        <translation>Wrong PIN.</translation>
    </message>
</context>
<context>
    <name>LetterFieldsBox</name>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/letter_fields.py" line="18"/>
        <source>Surat undangan</source>
        <translation>Invitation letter</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/letter_fields.py" line="24"/>
        <source>Sifat surat</source>
        <translation>Letter classification</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/letter_fields.py" line="28"/>
        <source>Lampiran surat</source>
        <translation>Letter enclosures</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/letter_fields.py" line="30"/>
        <source>Penanda tangan surat</source>
        <translation>Letter signatory</translation>
    </message>
    <message>
        <source>Simpan pilihan surat</source>
        <translation type="vanished">Save letter choices</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/letter_fields.py" line="42"/>
        <source>Sifat:</source>
        <translation>Classification:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/letter_fields.py" line="43"/>
        <source>Lampiran:</source>
        <translation>Enclosures:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/letter_fields.py" line="44"/>
        <source>Ditandatangani:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/letter_fields.py" line="55"/>
        <source>belum diisi di Pengaturan</source>
        <translation>not yet set in Settings</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/letter_fields.py" line="56"/>
        <source>Otomatis (Sekretaris; bila kosong, Ketua)</source>
        <translation>Automatic (Secretary; if not set, Chair)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/letter_fields.py" line="57"/>
        <source>Sekretaris ({0})</source>
        <translation>Secretary ({0})</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/letter_fields.py" line="59"/>
        <source>Ketua ({0})</source>
        <translation>Chair ({0})</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/letter_fields.py" line="102"/>
        <source>Tersimpan. Surat undangan berikutnya memakai pilihan ini juga.</source>
        <translation>Saved. The next invitation letter starts with these choices too.</translation>
    </message>
</context>
<context>
    <name>LetterheadBox</name>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/letterhead_box.py" line="48"/>
        <source>Pratinjau kop surat</source>
        <translation>Letterhead preview</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/letterhead_box.py" line="49"/>
        <source>Pratinjau: kop seperti tercetak di setiap dokumen.</source>
        <translation>Preview: the letterhead as printed on every document.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/letterhead_box.py" line="54"/>
        <source>&amp;Nama satker:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/letterhead_box.py" line="55"/>
        <source>&amp;Alamat:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/letterhead_box.py" line="56"/>
        <source>&amp;Telepon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/letterhead_box.py" line="57"/>
        <source>&amp;Surel (e-mail):</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/letterhead_box.py" line="58"/>
        <source>Situs &amp;web:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/letterhead_box.py" line="97"/>
        <source>mis. KOMISI PEMILIHAN UMUM</source>
        <translation>e.g. KOMISI PEMILIHAN UMUM</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/letterhead_box.py" line="98"/>
        <source>mis. Jl. … No. …, {0}</source>
        <translation>e.g. Jl. … No. …, {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/letterhead_box.py" line="99"/>
        <source>mis. Jl. … No. …</source>
        <translation>e.g. Jl. … No. …</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/letterhead_box.py" line="100"/>
        <source>mis. (0355) 321234</source>
        <translation>e.g. (0355) 321234</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/letterhead_box.py" line="101"/>
        <source>alamat surel kantor</source>
        <translation>the office&apos;s e-mail address</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/letterhead_box.py" line="102"/>
        <source>mis. {0}</source>
        <translation>e.g. {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/letterhead_box.py" line="127"/>
        <source>(pratinjau tidak tersedia)</source>
        <translation>(preview not available)</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../kpu_rakor/ui/list_export.py" line="24"/>
        <source>Ekspor daftar…</source>
        <translation>Export list…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/list_export.py" line="39"/>
        <source>Buku kerja Excel (*.xlsx);;CSV, dipisah koma (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/list_export.py" line="57"/>
        <source>Membaca daftar…</source>
        <translation>Reading the list…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/list_export.py" line="59"/>
        <source>Menulis {0}…</source>
        <translation>Writing {0}…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/list_export.py" line="63"/>
        <source>Menyiapkan {0}…</source>
        <translation>Preparing {0}…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/list_export.py" line="75"/>
        <source>Tersimpan: {0}

Folder: {1}</source>
        <translation>Saved: {0}

Folder: {1}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/list_export.py" line="85"/>
        <source>Ekspor daftar undangan</source>
        <translation>Export the invitee list</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/list_export.py" line="93"/>
        <source>Ekspor kehadiran</source>
        <translation>Export attendance</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/list_export.py" line="101"/>
        <source>Ekspor daftar tanda terima</source>
        <translation>Export receipt list</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/list_export.py" line="113"/>
        <source>Ekspor tindak lanjut</source>
        <translation>Export follow-ups</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/list_export.py" line="122"/>
        <source>Ekspor direktori</source>
        <translation>Export the directory</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/list_export.py" line="129"/>
        <source>Simpan daftar undangan yang tersimpan sebagai berkas Excel (XLSX) atau CSV.</source>
        <translation>Save the saved invitee list as an Excel (XLSX) or CSV file.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/list_export.py" line="131"/>
        <source>Simpan kehadiran semua undangan dan yang tercatat (status, saluran, cara, jam masuk, menit terlambat dan menit daring) sebagai berkas Excel (XLSX) atau CSV.</source>
        <translation>Save the attendance of every invitee and everyone recorded (status, channel, how, check-in time, minutes late and minutes online) as an Excel (XLSX) or CSV file.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/list_export.py" line="134"/>
        <source>Simpan tindak lanjut yang tampil di daftar ini sebagai berkas Excel (XLSX) atau CSV.</source>
        <translation>Save the follow-ups shown in this list as an Excel (XLSX) or CSV file.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/list_export.py" line="136"/>
        <source>Simpan orang yang tampil di direktori, beserta daftar satker dan instansi, sebagai berkas Excel (XLSX) atau CSV.</source>
        <translation>Save the people shown in the directory, with the list of offices and institutions, as an Excel (XLSX) or CSV file.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="96"/>
        <source>KPU Rakor</source>
        <translation>KPU Rakor</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="79"/>
        <source>Rapat</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="78"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="81"/>
        <source>Direktori</source>
        <translation>Directory</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="83"/>
        <source>Presensi</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation type="vanished">Reports</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="88"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>{0} (Ctrl+{1})</source>
        <translation type="vanished">{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <source>Di sini nanti peserta rapat hari ini mencatat kehadiran: memindai kode QR pada undangan atau kartu dengan pemindai USB atau kamera, atau mencari namanya, lalu tanda tangan. Daftar yang hadir dan yang belum datang tampil langsung. Halaman ini belum tersedia pada versi ini.</source>
        <translation type="vanished">Here participants of today&apos;s meetings will check in: scan the QR code on the invitation or badge with a USB scanner or a camera, or search for their name, then sign. Who is present and who has not arrived yet will show live. This page is not available in this version yet.</translation>
    </message>
    <message>
        <source>Di sini nanti dibuat dokumen setiap rapat: daftar hadir (A4 atau F4), notula rapat, dan draf berita kegiatan untuk situs web kantor, siap dicetak atau disimpan sebagai PDF. Halaman ini belum tersedia pada versi ini.</source>
        <translation type="vanished">Here the documents of each meeting will be made: the attendance list (A4 or F4), the minutes, and a draft news article for the office website, ready to print or save as PDF. This page is not available in this version yet.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="85"/>
        <source>Tindak Lanjut</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="87"/>
        <source>Rekap</source>
        <translation>Recap</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="192"/>
        <source>Basis data: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="194"/>
        <source>Server PostgreSQL: {0}</source>
        <translation>PostgreSQL server: {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="198"/>
        <source>Kantor: {0}</source>
        <translation>Office: {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="200"/>
        <source>Kantor belum dipilih (Pengaturan)</source>
        <translation>Office not chosen yet (Settings)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="215"/>
        <source>Kantor tersimpan.</source>
        <translation>Office saved.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/main_window.py" line="218"/>
        <source>Kantor belum dipilih: pilih satker kantor ini di Pengaturan sebelum membuat dokumen.</source>
        <translation>Office not chosen: choose this office&apos;s satker in Settings before making documents.</translation>
    </message>
</context>
<context>
    <name>MarkPresentDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/mark_present_dialog.py" line="56"/>
        <source>Tandai kehadiran kita</source>
        <translation>Mark our attendance</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/mark_present_dialog.py" line="66"/>
        <source>Orang yang dicentang dicatat hadir pada jam mulai rapat ({0}), bukan jam sekarang. Yang sudah tercatat (hadir, izin, sakit…) tidak diubah.</source>
        <translation>The people ticked are recorded present at the meeting&apos;s start ({0}), not the current time. Anyone already recorded (present, excused, sick…) is left unchanged.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/mark_present_dialog.py" line="77"/>
        <source>Hadir secara:</source>
        <translation>Attended:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/mark_present_dialog.py" line="81"/>
        <source>Dicatat oleh:</source>
        <translation>Recorded by:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/mark_present_dialog.py" line="85"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/mark_present_dialog.py" line="85"/>
        <source>Jabatan · Instansi</source>
        <translation>Position · Institution</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/mark_present_dialog.py" line="85"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/mark_present_dialog.py" line="93"/>
        <source>Centang &amp;semua</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/mark_present_dialog.py" line="94"/>
        <source>&amp;Kosongkan</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/mark_present_dialog.py" line="104"/>
        <source>Tandai &amp;hadir</source>
        <translation>Mark &amp;present</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/mark_present_dialog.py" line="105"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/mark_present_dialog.py" line="136"/>
        <source>Sudah tercatat: {0}</source>
        <translation>Already recorded: {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/mark_present_dialog.py" line="138"/>
        <source>Diundang</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/mark_present_dialog.py" line="140"/>
        <source>Punya peran</source>
        <translation>Has a role</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/mark_present_dialog.py" line="162"/>
        <source>{0} orang dicentang</source>
        <translation>{0} people ticked</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/mark_present_dialog.py" line="172"/>
        <source>{0} orang ditandai hadir ({1}).</source>
        <translation>{0} people marked present ({1}).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/mark_present_dialog.py" line="174"/>
        <source>{0} orang sudah tercatat dan tidak diubah.</source>
        <translation>{0} people were already recorded and were left unchanged.</translation>
    </message>
</context>
<context>
    <name>MeetingAutosave</name>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_autosave.py" line="137"/>
        <source>Perubahan belum dapat disimpan ke basis data; dicoba lagi sebentar.</source>
        <translation>The change could not be saved to the database yet; trying again shortly.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_autosave.py" line="147"/>
        <source>Tersimpan {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_autosave.py" line="172"/>
        <source>Langkah ini belum dapat disimpan ke basis data; coba lagi.</source>
        <translation>This step could not be saved to the database; try again.</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_editor.py" line="57"/>
        <source>Rapat baru</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Ubah rapat</source>
        <translation type="vanished">Edit meeting</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_editor.py" line="75"/>
        <source>&amp;1 Rapat</source>
        <translation>&amp;1 Meeting</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_editor.py" line="76"/>
        <source>&amp;2 Agenda</source>
        <translation>&amp;2 Agenda</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_editor.py" line="77"/>
        <source>&amp;3 Peran</source>
        <translation>&amp;3 Roles</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_editor.py" line="78"/>
        <source>&amp;4 Undangan</source>
        <translation>&amp;4 Invitees</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_editor.py" line="80"/>
        <source>&amp;6 Notulen</source>
        <translation>&amp;6 Minutes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_editor.py" line="81"/>
        <source>&amp;7 Tindak lanjut</source>
        <translation>&amp;7 Follow-ups</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_editor.py" line="82"/>
        <source>&amp;8 Foto</source>
        <translation>&amp;8 Photos</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_editor.py" line="83"/>
        <source>&amp;9 Dokumen</source>
        <translation>&amp;9 Documents</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_editor.py" line="84"/>
        <source>&amp;0 Berita</source>
        <translation>&amp;0 News</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_editor.py" line="114"/>
        <source>Setiap perubahan langsung tersimpan; Ctrl+Z mengurungkan.</source>
        <translation>Every change is saved at once; Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_editor.py" line="132"/>
        <source>&amp;Urungkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_editor.py" line="134"/>
        <source>U&amp;langi</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_editor.py" line="136"/>
        <source>&amp;Simpan sekarang</source>
        <translation>&amp;Save now</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_editor.py" line="137"/>
        <source>&amp;Tutup jendela</source>
        <translation>&amp;Close window</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_editor.py" line="142"/>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_editor.py" line="143"/>
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_editor.py" line="144"/>
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_editor.py" line="151"/>
        <source>Sunting</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_editor.py" line="203"/>
        <source>{0} — Rapat</source>
        <translation>{0} — Meeting</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_editor.py" line="298"/>
        <source>{0} Perbaiki isinya, atau tutup jendela sekali lagi untuk meninggalkan perubahan yang belum tersimpan.</source>
        <translation>{0} Correct it, or close the window again to leave the unsaved changes behind.</translation>
    </message>
    <message>
        <source>Simpan (Ctrl+S)</source>
        <translation type="vanished">Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="vanished">Save</translation>
    </message>
    <message>
        <source>Perubahan pada rapat ini belum disimpan. Tutup tanpa menyimpan?</source>
        <translation type="vanished">Changes to this meeting are not saved. Close without saving?</translation>
    </message>
    <message>
        <source>Tutup tanpa menyimpan</source>
        <translation type="vanished">Close without saving</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_editor.py" line="79"/>
        <source>&amp;5 Kehadiran</source>
        <translation>&amp;5 Attendance</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_parts.py" line="56"/>
        <source>Ubah data rapat</source>
        <translation>Change meeting details</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_parts.py" line="78"/>
        <source>Ubah agenda</source>
        <translation>Change agenda</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_parts.py" line="97"/>
        <source>Acara untuk peran ini belum tersimpan; perbaiki agendanya dulu.</source>
        <translation>The agenda item of this role is not saved yet; correct the agenda first.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_parts.py" line="113"/>
        <source>Ubah peran</source>
        <translation>Change roles</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_parts.py" line="128"/>
        <source>Ubah undangan</source>
        <translation>Change invitees</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_parts.py" line="150"/>
        <source>Ubah kantor diundang</source>
        <translation>Change invited offices</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="25"/>
        <source>mis. Rapat Koordinasi Persiapan Pemilihan</source>
        <translation>e.g. Rapat Koordinasi Persiapan Pemilihan</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="39"/>
        <source>s.d. selesai</source>
        <translation>until finished</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="62"/>
        <source>mis. 244/HM.02-SD/06/KPU/III/2021</source>
        <translation>e.g. 244/HM.02-SD/06/KPU/III/2021</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="65"/>
        <source>Satu surat per baris</source>
        <translation>One letter per line</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="75"/>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="77"/>
        <source>&amp;Nama kegiatan:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="78"/>
        <source>&amp;Jenis:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="79"/>
        <source>Peran &amp;kantor:</source>
        <translation>Our &amp;role:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="80"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="81"/>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="82"/>
        <source>Waktu:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="88"/>
        <source>Penyelengg&amp;ara:</source>
        <translation>Or&amp;ganiser:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="89"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="90"/>
        <source>Se&amp;ri rapat:</source>
        <translation>Se&amp;ries:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="92"/>
        <source>Tempat dan daring</source>
        <translation>Venue and online</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="94"/>
        <source>Tem&amp;pat:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="95"/>
        <source>Alamat tempat:</source>
        <translation>Venue address:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="96"/>
        <source>Platform daring:</source>
        <translation>Online platform:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="97"/>
        <source>ID rapat Zoom:</source>
        <translation>Zoom meeting ID:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="98"/>
        <source>Kode sandi:</source>
        <translation>Passcode:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="99"/>
        <source>Tautan rapat:</source>
        <translation>Meeting link:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="100"/>
        <source>Siaran langsung:</source>
        <translation>Livestream:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="102"/>
        <source>Surat undangan</source>
        <translation>Invitation letter</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="104"/>
        <source>N&amp;omor surat:</source>
        <translation>Letter n&amp;umber:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="105"/>
        <source>Tanggal surat:</source>
        <translation>Letter date:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="106"/>
        <source>&amp;Dasar:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="186"/>
        <source>Di zona kantor ini: pukul {0} s.d. selesai.</source>
        <translation>In this office&apos;s time zone: {0} until finished.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/meeting_form.py" line="190"/>
        <source>Di zona kantor ini: pukul {0} s.d. {1}.</source>
        <translation>In this office&apos;s time zone: {0} to {1}.</translation>
    </message>
</context>
<context>
    <name>MeetingImport</name>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meeting_import.py" line="19"/>
        <location filename="../../kpu_rakor/ui/meetings/meeting_import.py" line="56"/>
        <source>Impor berkas rapat</source>
        <translation>Import a meeting file</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meeting_import.py" line="20"/>
        <source>Berkas rapat KPU Rakor (*.json)</source>
        <translation>KPU Rakor meeting files (*.json)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meeting_import.py" line="21"/>
        <source>Semua berkas (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meeting_import.py" line="35"/>
        <source>PC ini belum punya profil kantor. Berkas ini dicatat oleh {0}. Jadikan {0} kantor PC ini (satker, kota, laman dan inisial penulis berita diambil dari berkas)?</source>
        <translation>This PC has no office profile yet. This file was recorded by {0}. Make {0} this PC&apos;s office (satker, city, website and news writer&apos;s initials are taken from the file)?</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meeting_import.py" line="38"/>
        <source>Ya, jadikan kantor PC ini</source>
        <translation>Yes, make it this PC&apos;s office</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meeting_import.py" line="57"/>
        <source>Membaca {0}…</source>
        <translation>Reading {0}…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meeting_import.py" line="69"/>
        <source>Berkas {0} tidak dapat diimpor: bukan berkas ekspor rapat KPU Rakor yang dapat dibaca.</source>
        <translation>The file {0} cannot be imported: it is not a readable KPU Rakor meeting export.</translation>
    </message>
</context>
<context>
    <name>MeetingLine</name>
    <message>
        <location filename="../../kpu_rakor/ui/home/home_page.py" line="80"/>
        <source>Buka presensi</source>
        <translation>Open check-in</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/home/home_page.py" line="81"/>
        <source>Meja presensi untuk rapat ini</source>
        <translation>The check-in desk for this meeting</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/home/home_page.py" line="83"/>
        <source>Notulen</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/home/home_page.py" line="84"/>
        <source>Buka rapat ini pada tab Notulen</source>
        <translation>Open this meeting on the Minutes tab</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_model.py" line="25"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_model.py" line="25"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_model.py" line="25"/>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_model.py" line="25"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_model.py" line="26"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_model.py" line="26"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_model.py" line="26"/>
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_model.py" line="26"/>
        <source>Status</source>
        <translation>Status</translation>
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
        <location filename="../../kpu_rakor/ui/checkin/meeting_picker.py" line="63"/>
        <source>Hari ini, {0} — {1}</source>
        <translation>Today, {0} — {1}</translation>
    </message>
</context>
<context>
    <name>MeetingWindows</name>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/windows.py" line="69"/>
        <source>Rapat baru</source>
        <translation>New meeting</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="27"/>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="175"/>
        <source>Cari kegiatan, tempat, jenis atau nomor undangan…</source>
        <translation>Search title, venue, kind or invitation number…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="29"/>
        <source>Cari di isi &amp;notulen</source>
        <translation>Search in &amp;minutes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="31"/>
        <source>Cari di notulen, keputusan, kutipan, tindak lanjut dan berita semua rapat (Ctrl+Shift+F)</source>
        <translation>Search the minutes, decisions, quotes, follow-ups and news of all meetings (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="36"/>
        <source>Semua mode</source>
        <translation>All modes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="39"/>
        <source>Semua peran</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="42"/>
        <source>&amp;Baru</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="43"/>
        <source>B&amp;uka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="44"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="45"/>
        <source>&amp;Impor…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="46"/>
        <source>Impor berkas rapat yang diekspor dari PC atau kantor lain</source>
        <translation>Import a meeting file exported from another PC or office</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="47"/>
        <source>Rapat baru (Ctrl+N)</source>
        <translation>New meeting (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="48"/>
        <source>Buka rapat terpilih (Enter)</source>
        <translation>Open the selected meeting (Enter)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="49"/>
        <source>Hapus rapat terpilih (Delete)</source>
        <translation>Delete the selected meeting (Delete)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="66"/>
        <source>Belum ada rapat</source>
        <translation>No meetings yet</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="67"/>
        <source>Buat rapat pertama kantor ini, atau impor berkas rapat yang diekspor dari PC atau kantor lain.</source>
        <translation>Create this office&apos;s first meeting, or import a meeting file exported from another PC or office.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="69"/>
        <source>Buat rapat</source>
        <translation>Create a meeting</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="69"/>
        <source>Impor berkas rapat…</source>
        <translation>Import a meeting file…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="86"/>
        <source>Rapat</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="117"/>
        <source>Rapat baru</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="118"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="120"/>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="307"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="122"/>
        <source>Cari di isi notulen</source>
        <translation>Search in minutes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="135"/>
        <source>Semua bulan</source>
        <translation>All months</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="174"/>
        <source>Cari di notulen, keputusan, kutipan, tindak lanjut dan berita…</source>
        <translation>Search minutes, decisions, quotes, follow-ups and news…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="219"/>
        <source>Ketik kata yang dicari</source>
        <translation>Type the words to find</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="221"/>
        <source>Tidak ditemukan</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="223"/>
        <source>{0} hasil</source>
        <translation>{0} results</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="225"/>
        <source>{0} hasil pertama, gulir untuk selebihnya</source>
        <translation>First {0} results; scroll for more</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="229"/>
        <source>{0} rapat</source>
        <translation>{0} meetings</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/meetings_page.py" line="305"/>
        <source>Hapus rapat “{0}” beserta agenda, peran, undangan dan daftar hadirnya? Tindakan ini tidak dapat dibatalkan.</source>
        <translation>Delete the meeting “{0}” with its agenda, roles, invitations and attendance? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="51"/>
        <source>Simpan rapat ini dulu. Notulen ditulis untuk rapat yang sudah tersimpan, per acara pada agendanya.</source>
        <translation>Save this meeting first. Minutes are written for a saved meeting, per item of its agenda.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="57"/>
        <source>Ctrl+T waktu sekarang · Ctrl+↓/↑ acara berikut/sebelumnya · Ctrl+K kutipan · Ctrl+Z/Ctrl+Shift+Z urung/ulang</source>
        <translation>Ctrl+T current time · Ctrl+↓/↑ next/previous item · Ctrl+K quote · Ctrl+Z/Ctrl+Shift+Z undo/redo</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="65"/>
        <source>Kata pembukaan: siapa membuka rapat dan apa yang disampaikannya</source>
        <translation>Opening remarks: who opened the meeting and what they said</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="68"/>
        <source>Kesimpulan rapat secara keseluruhan, satu per baris</source>
        <translation>Conclusions of the meeting as a whole, one per line</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="71"/>
        <source>mis. Rapat ditutup oleh Ketua dengan ucapan terima kasih</source>
        <translation>e.g. The Chair closed the meeting with thanks</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="74"/>
        <source>Tambah &amp;kutipan (Ctrl+K)</source>
        <translation>Add &amp;quote (Ctrl+K)</translation>
    </message>
    <message>
        <source>Rapat ini belum punya agenda. Tambahkan acara di tab Agenda lalu simpan rapat, atau tulis pembahasannya di Kesimpulan umum.</source>
        <translation type="vanished">This meeting has no agenda yet. Add items on the Agenda tab and save the meeting, or write the discussion under General conclusions.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="47"/>
        <source>Notulen belum dapat disimpan ke basis data.</source>
        <translation>The minutes could not be saved to the database.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="76"/>
        <source>Rapat ini tidak punya agenda: tulis pembahasannya di bawah ini, atau tambahkan acara di tab Agenda lalu simpan rapat.</source>
        <translation>This meeting has no agenda: write the discussion below, or add items on the Agenda tab and save the meeting.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="79"/>
        <source>Apa yang disampaikan dan dibahas, satu paragraf per baris</source>
        <translation>What was presented and discussed, one paragraph per line</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="89"/>
        <source>Pembukaan</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="90"/>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="102"/>
        <source>Pukul</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="91"/>
        <source>Dibuka oleh</source>
        <translation>Opened by</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="92"/>
        <source>Kata pembukaan</source>
        <translation>Opening remarks</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="95"/>
        <source>Pembahasan</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="98"/>
        <source>Kesimpulan umum</source>
        <translation>General conclusions</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="99"/>
        <source>Kesimpulan</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="101"/>
        <source>Penutupan</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="103"/>
        <source>Catatan penutup</source>
        <translation>Closing notes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="108"/>
        <source>Kutipan (untuk berita)</source>
        <translation>Quotes (for the news)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_item_editor.py" line="57"/>
        <source>(Ctrl+T: sekarang)</source>
        <translation>(Ctrl+T: now)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="254"/>
        <source>Tersimpan otomatis saat diketik</source>
        <translation>Saved automatically as you type</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="365"/>
        <source>{0} “{1}” bukan jam; tulis seperti 09.05.</source>
        <translation>{0} “{1}” is not a time; write it like 09.05.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="378"/>
        <source>Pukul pembukaan</source>
        <translation>Opening time</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="380"/>
        <source>Pukul penutupan</source>
        <translation>Closing time</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="385"/>
        <source>“{0}” tidak ada di daftar orang rapat ini; pilih nama dari daftar.</source>
        <translation>“{0}” is not among the people of this meeting; choose a name from the list.</translation>
    </message>
    <message>
        <source>Sebagian notulen belum tersimpan: {0} Tutup dan buang ketikan yang belum tersimpan?</source>
        <translation type="vanished">Part of the minutes is not saved: {0} Close and discard the unsaved typing?</translation>
    </message>
    <message>
        <source>Buang dan tutup</source>
        <translation type="vanished">Discard and close</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_tab.py" line="452"/>
        <source>(orang yang sudah dihapus dari direktori)</source>
        <translation>(a person deleted from the directory)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_signoff.py" line="38"/>
        <source>Notulen belum tersimpan: {0}</source>
        <translation>The minutes are not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_signoff.py" line="69"/>
        <source>Belum ada yang berwenang menyetujui notulen ini. Isi pimpinan rapat di tab Peran, penanda tangan di Pengaturan, atau daftar Penyetuju notulen di Pengaturan.</source>
        <translation>Nobody may approve these minutes yet. Set the meeting chair on the Roles tab, or the signatories or the Minutes approvers list in Settings.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_signoff.py" line="93"/>
        <source>Ketikan yang belum tersimpan akan dibuang dan notulen kembali terkunci. Lanjutkan?</source>
        <translation>Unsaved typing will be discarded and the minutes locked again. Continue?</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_signoff.py" line="95"/>
        <source>Buang ketikan</source>
        <translation>Discard typing</translation>
    </message>
</context>
<context>
    <name>NameSearch</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/name_search.py" line="89"/>
        <source>Cari nama peserta (tanpa gelar), lalu Enter</source>
        <translation>Search a participant by name (without titles), then Enter</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/name_search.py" line="200"/>
        <source>Tekan Enter sekali lagi untuk mencatat hadir {0} · Esc batal</source>
        <translation>Press Enter again to check in {0} · Esc cancels</translation>
    </message>
</context>
<context>
    <name>NewsExports</name>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_exports.py" line="81"/>
        <source>Berkas {0} tidak dapat disimpan: {1}.</source>
        <translation>The file {0} could not be saved: {1}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_exports.py" line="85"/>
        <location filename="../../kpu_rakor/ui/news/news_exports.py" line="117"/>
        <source>Disimpan di {0}</source>
        <translation>Saved in {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_exports.py" line="109"/>
        <source>Membuat PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_exports.py" line="121"/>
        <source>Berita Kegiatan</source>
        <translation>News article</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_exports.py" line="137"/>
        <source>Keterangan {0} disalin ({1} huruf).</source>
        <translation>{0} caption copied ({1} characters).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_exports.py" line="142"/>
        <source>Tagar disimpan: {0}</source>
        <translation>Hashtags saved: {0}</translation>
    </message>
</context>
<context>
    <name>NewsTab</name>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="38"/>
        <source>Simpan rapat ini dulu. Berita disusun dari rapat yang sudah tersimpan: agenda, peran, kehadiran, notulen dan tindak lanjut.</source>
        <translation>Save this meeting first. The news is written from a saved meeting: agenda, roles, attendance, minutes and follow-ups.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="40"/>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="240"/>
        <source>&amp;Buat draf</source>
        <translation>Create &amp;draft</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="41"/>
        <source>Susun berita dari data rapat yang tersimpan.</source>
        <translation>Write the news from the meeting&apos;s saved data.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="42"/>
        <source>Susunan &amp;kalimat lain</source>
        <translation>Other &amp;wording</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="43"/>
        <source>Susun ulang dengan pilihan kalimat yang berbeda.</source>
        <translation>Rewrite it with a different choice of sentences.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="44"/>
        <source>&amp;Versi panjang</source>
        <translation>&amp;Long version</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="45"/>
        <source>Memuat semua catatan notulen. Tanpa centang, berita disusun 250–400 kata seperti berita kegiatan di situs KPU.</source>
        <translation>Includes every note of the minutes. Unticked, the article is written in 250–400 words like the activity news on KPU websites.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="51"/>
        <source>mis. jajaran KPU Kabupaten/Kota se-Jawa Timur; kosong: berita tidak menyebut peserta</source>
        <translation>e.g. the KPU regency/city offices of East Java; empty: the article does not mention participants</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="53"/>
        <source>Peserta kegiatan</source>
        <translation>Participants of the activity</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="54"/>
        <source>Siapa yang mengikuti kegiatan, sebagaimana tercatat. Berita hanya menyebut peserta yang dicatat di sini; tekan Buat ulang sesudahnya.</source>
        <translation>Who took part in the activity, as recorded. The article only mentions the participants recorded here; press Recreate draft afterwards.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="57"/>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="58"/>
        <source>Judul berita</source>
        <translation>News headline</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="61"/>
        <source>Isi berita; pisahkan paragraf dengan satu baris kosong.</source>
        <translation>News text; separate paragraphs with one blank line.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="62"/>
        <source>Isi berita</source>
        <translation>News text</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="66"/>
        <source>mis. amr</source>
        <translation>e.g. amr</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="68"/>
        <source>Ditulis dalam kurung di akhir berita.</source>
        <translation>Written in brackets at the end of the news.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="74"/>
        <source>Simpan &amp;TXT</source>
        <translation>Save &amp;TXT</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="75"/>
        <source>Simpan &amp;HTML</source>
        <translation>Save &amp;HTML</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="76"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="77"/>
        <source>Berita dengan kop, foto terpilih dan keterangannya; dibuka di pratinjau.</source>
        <translation>The news with letterhead, the chosen photos and their captions; opens in the preview.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="83"/>
        <source>Platform media sosial</source>
        <translation>Social media platform</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="84"/>
        <source>&amp;Salin keterangan</source>
        <translation>&amp;Copy caption</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="85"/>
        <source>Salin keterangan singkat untuk platform ini ke papan klip.</source>
        <translation>Copy a short caption for this platform to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="86"/>
        <source>Ta&amp;gar…</source>
        <translation>Hashta&amp;gs…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="131"/>
        <source>&amp;Judul:</source>
        <translation>Head&amp;line:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="132"/>
        <source>P&amp;eserta:</source>
        <translation>P&amp;articipants:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="136"/>
        <source>&amp;Inisial penulis:</source>
        <translation>Writer&apos;s &amp;initials:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="147"/>
        <source>Periksa sebelum terbit</source>
        <translation>Check before publishing</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="149"/>
        <source>Foto untuk PDF</source>
        <translation>Photos for the PDF</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="162"/>
        <source>Ekspor:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="240"/>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="336"/>
        <source>Buat &amp;ulang</source>
        <translation>Recreate &amp;draft</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="266"/>
        <source>Ketikan terakhir belum tersimpan: {0}</source>
        <translation>The last typing is not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="270"/>
        <source>Draf berita ini sudah Anda ubah. Menyusun ulang akan mengganti judul dan isi dengan susunan baru dari data rapat. Lanjutkan?</source>
        <translation>You have edited this news draft. Recreating it replaces the headline and text with a new draft from the meeting&apos;s data. Continue?</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="272"/>
        <source>Ganti dengan draf baru</source>
        <translation>Replace with a new draft</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="301"/>
        <source>Peserta tersimpan. Tekan Buat ulang agar berita menyebutnya.</source>
        <translation>Participants saved. Press Recreate draft so the article mentions them.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation type="vanished">Saving…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="98"/>
        <source>Berita belum dapat disimpan ke basis data.</source>
        <translation>The news could not be saved to the database.</translation>
    </message>
    <message>
        <source>{0} Ketikan tetap di layar, belum tersimpan.</source>
        <translation type="vanished">{0} Your typing stays on screen, not yet saved.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="340"/>
        <source>Tersimpan {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <source>Berita belum tersimpan: {0} Tutup dan buang ketikan yang belum tersimpan?</source>
        <translation type="vanished">The news is not saved: {0} Close and discard the unsaved typing?</translation>
    </message>
    <message>
        <source>Buang dan tutup</source>
        <translation type="vanished">Discard and close</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="363"/>
        <source>Belum ada draf. Tekan Buat draf untuk menyusun berita dari data rapat.</source>
        <translation>No draft yet. Press Create draft to write the news from the meeting&apos;s data.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_tab.py" line="371"/>
        <source>{0} kata</source>
        <translation>{0} words</translation>
    </message>
</context>
<context>
    <name>NotArrivedList</name>
    <message>
        <location filename="../../kpu_rakor/ui/not_arrived_list.py" line="66"/>
        <source>&amp;Salin</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/not_arrived_list.py" line="67"/>
        <source>Salin nama dan nomor HP yang belum hadir, siap ditempel di WhatsApp</source>
        <translation>Copy the names and mobile numbers of those not yet arrived, ready to paste into WhatsApp</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/not_arrived_list.py" line="105"/>
        <source>Belum hadir: {0} orang</source>
        <translation>Not arrived yet: {0} people</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/not_arrived_list.py" line="117"/>
        <source>Tersalin: {0} orang, tempel di WhatsApp</source>
        <translation>Copied: {0} people, paste into WhatsApp</translation>
    </message>
</context>
<context>
    <name>NotArrivedModel</name>
    <message>
        <location filename="../../kpu_rakor/ui/not_arrived_list.py" line="23"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/not_arrived_list.py" line="23"/>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/not_arrived_list.py" line="42"/>
        <source>kantor</source>
        <translation>office</translation>
    </message>
</context>
<context>
    <name>OfficeInviteDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/office_invite_dialog.py" line="26"/>
        <source>Undang kantor</source>
        <translation>Invite offices</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/office_invite_dialog.py" line="29"/>
        <source>Cari nama kantor…</source>
        <translation>Search office name…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/office_invite_dialog.py" line="36"/>
        <source>Pilih &amp;semua yang tampil</source>
        <translation>Select &amp;all shown</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/office_invite_dialog.py" line="43"/>
        <source>Setiap kantor menjadi satu baris undangan tanpa nama orang. Siapa pun dari kantor itu yang hadir (meja, HP, Zoom) mengisi barisnya. Pilih provinsi lalu &quot;Pilih semua&quot; untuk mengundang KPU kabupaten/kota se-provinsi.</source>
        <translation>Each office becomes one line of the invitation, without a person&apos;s name. Whoever of that office attends (desk, phone, Zoom) fills its line. Choose a province, then &quot;Select all&quot; to invite every regency/city KPU of the province.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/office_invite_dialog.py" line="48"/>
        <source>&amp;Undang</source>
        <translation>&amp;Invite</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/office_invite_dialog.py" line="49"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/office_invite_dialog.py" line="51"/>
        <source>Baris jabatan:</source>
        <translation>Position line:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/office_invite_dialog.py" line="52"/>
        <source>Dicetak:</source>
        <translation>Printed as:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/office_invite_dialog.py" line="94"/>
        <source>{0} dari {1} kantor dipilih</source>
        <translation>{0} of {1} offices selected</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/office_invite_dialog.py" line="95"/>
        <source>KPU Kabupaten Blitar</source>
        <translation>KPU Kabupaten Blitar</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/office_invite_dialog.py" line="101"/>
        <source>{0} (satu baris per kantor)</source>
        <translation>{0} (one line per office)</translation>
    </message>
</context>
<context>
    <name>OfficeInvitees</name>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/office_invitees.py" line="34"/>
        <source>Undang &amp;kantor…</source>
        <translation>Invite &amp;offices…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/office_invitees.py" line="35"/>
        <source>Undang kantor tanpa nama orang, mis. &quot;Ketua KPU Kabupaten Blitar&quot; atau KPU kabupaten/kota se-provinsi</source>
        <translation>Invite offices without naming a person, e.g. &quot;Ketua KPU Kabupaten Blitar&quot; or every regency/city KPU of a province</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/office_invitees.py" line="37"/>
        <source>Batalkan kantor</source>
        <translation>Remove office</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/office_invitees.py" line="38"/>
        <source>Undang ke&amp;lompok…</source>
        <translation>Invite &amp;group…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/office_invitees.py" line="39"/>
        <source>Simpan sebagai kelompok…</source>
        <translation>Save as group…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/office_invitees.py" line="40"/>
        <source>Simpan orang dan kantor yang diundang agar dapat diundang lagi di rapat lain</source>
        <translation>Save the invited people and offices to invite them again to other meetings</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/office_invitees.py" line="51"/>
        <source>Kantor diundang (diisi oleh siapa pun dari kantor itu yang hadir):</source>
        <translation>Invited offices (filled by whoever of that office attends):</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/office_invitees.py" line="96"/>
        <source>{0} — diisi: {1}</source>
        <translation>{0} — filled by: {1}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/office_invitees.py" line="113"/>
        <source>{0} kantor diundang</source>
        <translation>{0} offices invited</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/office_invitees.py" line="115"/>
        <source>{0}, {1} sudah terisi</source>
        <translation>{0}, {1} filled</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/office_invitees.py" line="173"/>
        <source>Belum ada yang diundang; undang orang atau kantor dulu.</source>
        <translation>Nobody is invited yet; invite people or offices first.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/office_invitees.py" line="177"/>
        <source>Kelompok &quot;{0}&quot; tersimpan: {1} orang, {2} kantor.</source>
        <translation>Group &quot;{0}&quot; saved: {1} people, {2} offices.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="39"/>
        <source>Simpan dokumen</source>
        <translation>Save document</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="40"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="60"/>
        <source>{0} — pratinjau</source>
        <translation>{0} — preview</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="71"/>
        <source>Nomor halaman</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="76"/>
        <source>Halaman sebelumnya</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="77"/>
        <source> Halaman </source>
        <translation> Page </translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="81"/>
        <source>Halaman berikutnya</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="83"/>
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="84"/>
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="85"/>
        <source>Sesuai lebar</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="89"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="90"/>
        <source>Simpan sebagai…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="91"/>
        <source>Buka di penampil sistem</source>
        <translation>Open in system viewer</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="95"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="111"/>
        <source>Bagian dokumen</source>
        <translation>Document parts</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="149"/>
        <source>Berkas {0} tidak dapat dibuka.</source>
        <translation>The file {0} could not be opened.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="155"/>
        <source> dari {0} </source>
        <translation> of {0} </translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="170"/>
        <source>Halaman {0} dari {1}</source>
        <translation>Page {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="250"/>
        <source>Pencetakan dibatalkan.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="254"/>
        <source>Mencetak…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="269"/>
        <source>{0} halaman dikirim ke printer.</source>
        <translation>{0} pages sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="273"/>
        <source>Pencetakan gagal.</source>
        <translation>Printing failed.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="289"/>
        <source>Berkas {0} tidak dapat ditulis (mungkin sedang dibuka di program lain). Simpan dengan nama lain.</source>
        <translation>The file {0} could not be written (it may be open in another program). Save it under another name.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="292"/>
        <source>Berkas {0} tidak dapat disimpan: {1}.</source>
        <translation>The file {0} could not be saved: {1}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="297"/>
        <source>Disimpan di {0}</source>
        <translation>Saved in {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_preview.py" line="303"/>
        <source>Tidak ada program yang dapat membuka {0}. Buka berkas itu dari pengelola berkas, atau pasang pembaca PDF.</source>
        <translation>No program can open {0}. Open the file from the file manager, or install a PDF reader.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/pdf_print.py" line="45"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>PeopleListActions</name>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_list_actions.py" line="24"/>
        <source>Im&amp;por…</source>
        <translation>Im&amp;port…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_list_actions.py" line="25"/>
        <source>Tambah atau perbarui orang dari berkas CSV atau Excel (.xlsx); pratinjau dulu sebelum disimpan.</source>
        <translation>Add or update people from a CSV or Excel (.xlsx) file; previewed before anything is saved.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_list_actions.py" line="27"/>
        <location filename="../../kpu_rakor/ui/directory/people_list_actions.py" line="78"/>
        <source>Urungkan impor</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_list_actions.py" line="28"/>
        <source>Ga&amp;bungkan dengan…</source>
        <translation>&amp;Merge with…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_list_actions.py" line="29"/>
        <source>Gabungkan orang yang dipilih dengan entri lain yang sebenarnya orang yang sama; riwayat kehadirannya ikut dipindahkan.</source>
        <translation>Merge the selected person with another entry that is really the same person; the attendance history moves along.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_list_actions.py" line="46"/>
        <source>Urungkan impor {0} ({1}): hapus orang yang ditambahkannya dan kembalikan data yang diubahnya.</source>
        <translation>Undo the import of {0} ({1}): delete the people it added and restore the data it changed.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_list_actions.py" line="48"/>
        <source>Belum ada impor yang dapat diurungkan.</source>
        <translation>There is no import to undo.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_list_actions.py" line="63"/>
        <source>Impor selesai: {0} orang ditambahkan, {1} diperbarui, {2} tetap, {3} baris ditolak. Bila keliru, tekan Urungkan impor.</source>
        <translation>Import finished: {0} people added, {1} updated, {2} unchanged, {3} rows refused. If it was a mistake, press Undo import.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_list_actions.py" line="74"/>
        <source>Urungkan impor {0} ({1})? {2} orang yang ditambahkannya dihapus dan {3} orang yang diubahnya dikembalikan ke data lamanya.</source>
        <translation>Undo the import of {0} ({1})? The {2} people it added are deleted and the {3} people it changed get their earlier data back.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_list_actions.py" line="85"/>
        <source>Impor diurungkan: {0} orang dihapus, {1} orang dikembalikan ke data lamanya.</source>
        <translation>Import undone: {0} people deleted, {1} people restored to their earlier data.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_list_actions.py" line="102"/>
        <source>Pilih satu orang yang dipertahankan, atau dua orang yang akan digabungkan, di daftar.</source>
        <translation>Select in the list one person to keep, or two people to merge.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_list_actions.py" line="110"/>
        <source>Gabungkan orang</source>
        <translation>Merge people</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_list_actions.py" line="110"/>
        <source>Dipertahankan: {0}</source>
        <translation>Kept: {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_list_actions.py" line="111"/>
        <source>Pilih entri lain yang sebenarnya orang yang sama. Kehadiran, undangan, peran dan catatan lainnya dipindahkan ke {0}; entri itu lalu dihapus.</source>
        <translation>Choose the other entry that is really the same person. Attendance, invitations, roles and other records move to {0}; that entry is then deleted.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_list_actions.py" line="113"/>
        <source>Gabungkan…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_list_actions.py" line="121"/>
        <source>Gabungkan</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_list_actions.py" line="132"/>
        <source>Gabungkan {0} ke {1}? {0} dihapus dari Direktori.</source>
        <translation>Merge {0} into {1}? {0} is deleted from the Directory.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_list_actions.py" line="133"/>
        <source>Yang dipindahkan: {0}.</source>
        <translation>Moved: {0}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_list_actions.py" line="134"/>
        <source>Tidak ada catatan rapat yang perlu dipindahkan.</source>
        <translation>There are no meeting records to move.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_list_actions.py" line="136"/>
        <source>{0} rapat dihadiri keduanya: hanya kehadiran yang terkuat (hadir, lalu izin, lalu tanpa keterangan) yang disimpan.</source>
        <translation>{0} meetings were attended by both: only the stronger attendance (present, then excused, then absent) is kept.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_list_actions.py" line="139"/>
        <source>{0} mengambil isian yang masih kosong: {1}.</source>
        <translation>{0} takes the fields still empty: {1}.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_model.py" line="19"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_model.py" line="19"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_model.py" line="19"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_model.py" line="19"/>
        <source>Satker/Instansi</source>
        <translation>Satker/Institution</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/people_model.py" line="20"/>
        <source>No. HP</source>
        <translation>Mobile</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../kpu_rakor/ui/recap/period_bar.py" line="34"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/period_bar.py" line="34"/>
        <source>Triwulan</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/period_bar.py" line="34"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/period_bar.py" line="34"/>
        <source>Rentang</source>
        <translation>Range</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/period_bar.py" line="38"/>
        <source>Periode sebelumnya (Alt+Kiri)</source>
        <translation>Previous period (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/period_bar.py" line="42"/>
        <source>Periode berikutnya (Alt+Kanan)</source>
        <translation>Next period (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/period_bar.py" line="55"/>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/period_bar.py" line="114"/>
        <source>Triwulan {0} {1}</source>
        <translation>Quarter {0} {1}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/period_bar.py" line="116"/>
        <source>Tahun {0}</source>
        <translation>Year {0}</translation>
    </message>
</context>
<context>
    <name>PersonCombo</name>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_fields.py" line="158"/>
        <source>Ketik nama…</source>
        <translation>Type a name…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_dialog.py" line="16"/>
        <source>Orang baru</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_dialog.py" line="16"/>
        <source>Ubah data orang</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_dialog.py" line="18"/>
        <source>Lengkap dengan gelar, mis. Dr. H. Rochani, S.Pd., M.Si.</source>
        <translation>With titles, e.g. Dr. H. Rochani, S.Pd., M.Si.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_dialog.py" line="20"/>
        <source>18 angka; kosongkan bila tidak ada</source>
        <translation>18 digits; leave empty if none</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_dialog.py" line="24"/>
        <source>Bila satkernya tidak ada di daftar</source>
        <translation>When the satker is not in the list</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_dialog.py" line="26"/>
        <source>Kosongkan: disusun dari nama, mis. Raka Sandi, Amarodin</source>
        <translation>Leave empty: worked out from the name, e.g. Raka Sandi, Amarodin</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_dialog.py" line="27"/>
        <source>Sebutan orang ini dalam berita setelah nama lengkapnya disebut sekali.</source>
        <translation>What the news article calls this person after their full name has been given once.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_dialog.py" line="31"/>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_dialog.py" line="32"/>
        <source>Nama &amp;panggilan (berita):</source>
        <translation>&amp;Short name (news):</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_dialog.py" line="33"/>
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_dialog.py" line="34"/>
        <source>&amp;Jabatan:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_dialog.py" line="35"/>
        <source>&amp;Satker:</source>
        <translation>&amp;Satker:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_dialog.py" line="36"/>
        <source>&amp;Instansi lain:</source>
        <translation>Other &amp;institution:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_dialog.py" line="37"/>
        <source>No. &amp;HP:</source>
        <translation>&amp;Mobile:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_dialog.py" line="38"/>
        <source>&amp;Surel:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="vanished">Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="vanished">Cancel</translation>
    </message>
</context>
<context>
    <name>PersonPickDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/merge_guest_dialog.py" line="51"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PersonPrivacyActions</name>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_privacy_actions.py" line="17"/>
        <source>Ekspor data pribadi</source>
        <translation>Export personal data</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_privacy_actions.py" line="40"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_privacy_actions.py" line="41"/>
        <source>Anoni&amp;mkan</source>
        <translation>Anony&amp;mise</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_privacy_actions.py" line="42"/>
        <source>Ekspor data &amp;pribadi…</source>
        <translation>Export &amp;personal data…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_privacy_actions.py" line="43"/>
        <source>Hapus orang ini. Bila ia tercatat pada dokumen rapat, datanya dianonimkan agar dokumen tetap benar.</source>
        <translation>Delete this person. If they appear in a meeting record, their data is anonymised so the record stays correct.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_privacy_actions.py" line="45"/>
        <source>Ganti nama dan hapus NIP, HP, surel dan tanda tangan; kehadirannya tetap dihitung.</source>
        <translation>Replace the name and remove NIP, phone, e-mail and signature; their attendance still counts.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_privacy_actions.py" line="47"/>
        <source>Semua data yang tersimpan tentang orang ini, untuk permintaan akses (JSON atau CSV).</source>
        <translation>Everything stored about this person, for an access request (JSON or CSV).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_privacy_actions.py" line="59"/>
        <source>Pilih dulu orangnya di daftar.</source>
        <translation>Select the person in the list first.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_privacy_actions.py" line="74"/>
        <source>{0} tercatat pada dokumen rapat (daftar hadir, peran, kutipan, tindak lanjut atau notulen). Datanya akan dianonimkan dan ditandai terhapus: nama diganti menjadi &quot;{1}&quot;, NIP, HP, surel dan tanda tangan dihapus, agar dokumen tetap benar. Tidak dapat dibatalkan.</source>
        <translation>{0} appears in meeting records (attendance list, roles, quotes, follow-ups or minutes). Their data will be anonymised and marked deleted: the name becomes &quot;{1}&quot;, NIP, phone, e-mail and signature are removed, so the records stay correct. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_privacy_actions.py" line="79"/>
        <source>Hapus {0} dari direktori beserta undangannya? Tidak dapat dibatalkan.</source>
        <translation>Delete {0} and their invitations from the directory? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_privacy_actions.py" line="80"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_privacy_actions.py" line="86"/>
        <source>Orang itu dihapus.</source>
        <translation>The person was deleted.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_privacy_actions.py" line="87"/>
        <source>Data orang itu dianonimkan menjadi &quot;{0}&quot;; kehadirannya tetap tercatat.</source>
        <translation>The person&apos;s data was anonymised as &quot;{0}&quot;; their attendance stays recorded.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_privacy_actions.py" line="94"/>
        <source>Anonimkan {0}? Nama diganti menjadi &quot;{1}&quot;; NIP, jabatan, HP, surel, tanda tangan dan tautan foto dihapus, kode QR lamanya tidak berlaku lagi. Kehadirannya tetap dihitung. Tidak dapat dibatalkan.</source>
        <translation>Anonymise {0}? The name becomes &quot;{1}&quot;; NIP, position, phone, e-mail, signature and photo links are removed, and their old QR code stops working. Their attendance still counts. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_privacy_actions.py" line="97"/>
        <source>Anonimkan</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/person_privacy_actions.py" line="116"/>
        <source>Data pribadi diekspor ke {0}. Serahkan hanya kepada yang bersangkutan.</source>
        <translation>Personal data exported to {0}. Hand it only to the person concerned.</translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <source>Cari nama atau NIP di direktori…</source>
        <translation type="vanished">Search the directory by name or NIP…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/person_search.py" line="29"/>
        <source>Cari nama, NIP, jabatan atau satker…</source>
        <translation>Search name, NIP, position or office…</translation>
    </message>
</context>
<context>
    <name>PhoneSigninDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/phone_signin_dialog.py" line="77"/>
        <source>Presensi lewat HP</source>
        <translation>Check-in by phone</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/phone_signin_dialog.py" line="80"/>
        <source>Kode QR untuk HP peserta muncul di sini setelah presensi dibuka.</source>
        <translation>The QR code for participants&apos; phones appears here once check-in is open.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/phone_signin_dialog.py" line="96"/>
        <source>&amp;Buka presensi</source>
        <translation>&amp;Open check-in</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/phone_signin_dialog.py" line="97"/>
        <source>&amp;Tutup presensi</source>
        <translation>&amp;Close check-in</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/phone_signin_dialog.py" line="98"/>
        <source>&amp;Salin alamat</source>
        <translation>Co&amp;py address</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/phone_signin_dialog.py" line="102"/>
        <source>Sudah mengisi lewat HP:</source>
        <translation>Signed in by phone:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/phone_signin_dialog.py" line="108"/>
        <source>HP peserta harus tersambung ke jaringan (Wi-Fi) kantor yang sama dengan PC ini. Peserta memindai kode QR dengan kamera HP, mengisi nama dan satker, lalu Kirim. Tamu yang tidak ada di undangan ditandai untuk ditinjau di tab Kehadiran.</source>
        <translation>Participants&apos; phones must be on the same office network (Wi-Fi) as this PC. Participants scan the QR code with the phone camera, fill in name and office, then Send. Guests who are not invited are marked for review on the Attendance tab.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/phone_signin_dialog.py" line="114"/>
        <source>&amp;Alamat PC ini:</source>
        <translation>This PC&apos;s &amp;address:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/phone_signin_dialog.py" line="115"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/phone_signin_dialog.py" line="162"/>
        <source>{0} (hanya PC ini, untuk mencoba)</source>
        <translation>{0} (this PC only, for trying it out)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/phone_signin_dialog.py" line="209"/>
        <source>{0} orang</source>
        <translation>{0} people</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/phone_signin_dialog.py" line="223"/>
        <source>Presensi dibuka. Pindai kode QR ini dengan kamera HP, atau ketik alamatnya di peramban HP.</source>
        <translation>Check-in is open. Scan this QR code with a phone camera, or type the address into the phone&apos;s browser.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/phone_signin_dialog.py" line="227"/>
        <source>Presensi lewat HP ditutup: alamat tadi tidak dapat dibuka lagi. Buka lagi untuk kode QR baru.</source>
        <translation>Check-in by phone is closed: the address shown before no longer opens. Open it again for a new QR code.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/phone_signin_dialog.py" line="230"/>
        <source>Pilih alamat jaringan kantor PC ini, lalu Buka presensi.</source>
        <translation>Choose this PC&apos;s office network address, then Open check-in.</translation>
    </message>
</context>
<context>
    <name>PhotoChooser</name>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_widgets.py" line="68"/>
        <source>Foto untuk PDF berita</source>
        <translation>Photos for the news PDF</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_widgets.py" line="69"/>
        <source>Belum ada foto. Tambahkan di tab Foto.</source>
        <translation>No photos yet. Add them on the Photos tab.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/news/news_widgets.py" line="84"/>
        <source>Foto {0}</source>
        <translation>Photo {0}</translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photo_import.py" line="23"/>
        <source>Tambah foto kegiatan</source>
        <translation>Add activity photos</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photo_import.py" line="24"/>
        <source>Foto ({0});;Semua berkas (*)</source>
        <translation>Photos ({0});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photo_list_model.py" line="71"/>
        <source>(tanpa keterangan)</source>
        <translation>(no caption)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photo_import.py" line="33"/>
        <source>Memproses {0} ({1} dari {2})…</source>
        <translation>Processing {0} ({1} of {2})…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photo_import.py" line="41"/>
        <source>Berkas {0} tidak dapat diproses.</source>
        <translation>The file {0} could not be processed.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photo_import.py" line="60"/>
        <source>Memproses foto…</source>
        <translation>Processing photos…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photo_import.py" line="59"/>
        <source>Tambah foto</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photos_tab.py" line="38"/>
        <source>Simpan rapat ini dulu. Foto disimpan untuk rapat yang sudah tersimpan.</source>
        <translation>Save this meeting first. Photos are stored for a saved meeting.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photos_tab.py" line="40"/>
        <source>&amp;Tambah foto…</source>
        <translation>&amp;Add photos…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photos_tab.py" line="41"/>
        <source>Pilih satu atau beberapa foto (JPG, PNG). Foto diputar sesuai kamera dan diperkecil sebelum disimpan.</source>
        <translation>Choose one or more photos (JPG, PNG). Photos are rotated as the camera held them and scaled down before they are stored.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photos_tab.py" line="43"/>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photos_tab.py" line="44"/>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photos_tab.py" line="45"/>
        <source>Hapus…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photos_tab.py" line="46"/>
        <source>Pindahkan foto terpilih ke depan (Alt+Atas).</source>
        <translation>Move the selected photo forward (Alt+Up).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photos_tab.py" line="47"/>
        <source>Pindahkan foto terpilih ke belakang (Alt+Bawah).</source>
        <translation>Move the selected photo back (Alt+Down).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photos_tab.py" line="48"/>
        <source>Hapus foto terpilih (Del).</source>
        <translation>Delete the selected photo (Del).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photos_tab.py" line="50"/>
        <source>Tampilan &amp;daftar</source>
        <translation>&amp;List view</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photos_tab.py" line="75"/>
        <source>Nama, jabatan saat … (7/4/2021)</source>
        <translation>Name, position, while … (7/4/2021)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photos_tab.py" line="76"/>
        <source>&amp;Usulkan keterangan</source>
        <translation>&amp;Suggest caption</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photos_tab.py" line="77"/>
        <source>Tulis ulang keterangan dengan gaya berita dari orang di foto dan perannya dalam rapat (dapat dibatalkan dengan Ctrl+Z).</source>
        <translation>Rewrite the caption in news style from the person in the photo and their role in the meeting (Ctrl+Z undoes it).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photos_tab.py" line="79"/>
        <location filename="../../kpu_rakor/ui/photos/photos_tab.py" line="229"/>
        <source>Keterangan tersimpan otomatis saat diketik.</source>
        <translation>The caption is saved automatically as you type.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photos_tab.py" line="83"/>
        <source>&amp;Orang di foto:</source>
        <translation>&amp;Person in photo:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photos_tab.py" line="84"/>
        <source>&amp;Keterangan:</source>
        <translation>&amp;Caption:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photos_tab.py" line="143"/>
        <source>(tidak ada orang tertentu)</source>
        <translation>(no particular person)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photos_tab.py" line="166"/>
        <source>{0} foto</source>
        <translation>{0} photos</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photos_tab.py" line="214"/>
        <source>Belum ada foto. Klik Tambah foto… untuk memilih foto kegiatan.</source>
        <translation>No photos yet. Click Add photos… to choose activity photos.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photos_tab.py" line="251"/>
        <source>Keterangan tersimpan.</source>
        <translation>Caption saved.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photos_tab.py" line="315"/>
        <source>{0} foto ditambahkan; {1} berkas dilewati:</source>
        <translation>{0} photos added; {1} files skipped:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photos_tab.py" line="337"/>
        <source>Hapus foto {0} ({1}) dari rapat ini? Foto yang dihapus tidak dapat dikembalikan.</source>
        <translation>Delete photo {0} ({1}) from this meeting? A deleted photo cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/photos/photos_tab.py" line="339"/>
        <source>Hapus foto</source>
        <translation>Delete photo</translation>
    </message>
</context>
<context>
    <name>PickCombo</name>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_tab.py" line="68"/>
        <source>Ada {0} orang yang cocok dengan “{1}”; ketik lebih lengkap atau pilih dari daftar.</source>
        <translation>{0} people match “{1}”; type more of the name or choose from the list.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_tab.py" line="70"/>
        <source>Tidak ada orang bernama “{0}” di direktori; pilih dari daftar atau tambahkan orangnya di halaman Direktori.</source>
        <translation>There is nobody named “{0}” in the directory; choose from the list or add the person on the Directory page.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_tab.py" line="73"/>
        <source>Ada {0} satker yang cocok dengan “{1}”; ketik lebih lengkap atau pilih dari daftar.</source>
        <translation>{0} offices match “{1}”; type more of the name or choose from the list.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_tab.py" line="75"/>
        <source>Tidak ada satker bernama “{0}”; pilih dari daftar.</source>
        <translation>There is no office named “{0}”; choose from the list.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../kpu_rakor/ui/directory/import_dialog.py" line="51"/>
        <source>Baris</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/import_dialog.py" line="51"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/import_dialog.py" line="51"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/import_dialog.py" line="51"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>PrivacyBox</name>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/privacy_box.py" line="18"/>
        <source>Data pribadi (UU 27/2022)</source>
        <translation>Personal data (Law 27/2022)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/privacy_box.py" line="19"/>
        <source>Cetak kolom No. &amp;HP pada daftar hadir</source>
        <translation>Print the &amp;phone number column on the attendance list</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/privacy_box.py" line="20"/>
        <source>Daftar hadir diedarkan di ruang rapat: tanpa kolom ini, nomor HP peserta tidak terbaca oleh peserta lain.</source>
        <translation>The attendance list goes round the room: without this column, participants cannot read each other&apos;s phone numbers.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/privacy_box.py" line="24"/>
        <source> bulan</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/privacy_box.py" line="25"/>
        <source>Pratin&amp;jau</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/privacy_box.py" line="26"/>
        <source>A&amp;nonimkan sekarang</source>
        <translation>A&amp;nonymise now</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/privacy_box.py" line="28"/>
        <source>Log a&amp;udit…</source>
        <translation>A&amp;udit log…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/privacy_box.py" line="34"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/privacy_box.py" line="34"/>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/privacy_box.py" line="34"/>
        <source>Rapat terakhir</source>
        <translation>Last meeting</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/privacy_box.py" line="34"/>
        <source>Rapat</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/privacy_box.py" line="46"/>
        <source>Data tamu dan peserta tanpa undangan yang rapat terakhirnya lebih lama dari masa simpan dianonimkan: nama diganti, NIP, HP, surel dan tanda tangan dihapus. Kehadirannya tetap dihitung.</source>
        <translation>Guests and uninvited participants whose last meeting is older than the retention period are anonymised: the name is replaced, NIP, phone, e-mail and signature are removed. Their attendance still counts.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/privacy_box.py" line="51"/>
        <source>&amp;Masa simpan data tamu:</source>
        <translation>Guest data &amp;retention:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/privacy_box.py" line="84"/>
        <source>Daftar hadir berikutnya mencetak kolom No. HP.</source>
        <translation>Attendance lists from now on print the phone number column.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/privacy_box.py" line="85"/>
        <source>Daftar hadir berikutnya tidak mencetak nomor HP.</source>
        <translation>Attendance lists from now on print no phone numbers.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/privacy_box.py" line="109"/>
        <source>{0} orang akan dianonimkan.</source>
        <translation>{0} people will be anonymised.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/privacy_box.py" line="110"/>
        <source>Tidak ada data tamu yang lebih lama dari {0} bulan.</source>
        <translation>No guest data older than {0} months.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/privacy_box.py" line="119"/>
        <source>Anonimkan data {0} orang? Nama mereka diganti menjadi &quot;Peserta terhapus&quot;, NIP, HP, surel dan tanda tangannya dihapus. Ini tidak dapat dibatalkan; kehadiran mereka tetap dihitung.</source>
        <translation>Anonymise the data of {0} people? Their names become &quot;Peserta terhapus&quot; and their NIP, phone, e-mail and signature are removed. This cannot be undone; their attendance still counts.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/privacy_box.py" line="121"/>
        <source>Anonimkan</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/privacy_box.py" line="126"/>
        <source>{0} orang dianonimkan.</source>
        <translation>{0} people anonymised.</translation>
    </message>
</context>
<context>
    <name>QuoteRow</name>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_item_editor.py" line="132"/>
        <source>(umum)</source>
        <translation>(general)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_item_editor.py" line="140"/>
        <source>Kalimatnya persis seperti diucapkan</source>
        <translation>The words exactly as spoken</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_item_editor.py" line="144"/>
        <source>Hapus kutipan ini (atau kosongkan kalimatnya)</source>
        <translation>Delete this quote (or empty its text)</translation>
    </message>
</context>
<context>
    <name>QuotesBox</name>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/minutes_item_editor.py" line="187"/>
        <source>Belum ada kutipan. Ctrl+K menambah kutipan; teks yang dipilih di pembahasan langsung menjadi kalimatnya.</source>
        <translation>No quotes yet. Ctrl+K adds a quote; text selected in the discussion becomes its words.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="167"/>
        <source>Ubah notulen yang sudah disetujui</source>
        <translation>Change approved minutes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="170"/>
        <source>mis. Jam penutupan salah ketik</source>
        <translation>e.g. Closing time mistyped</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="172"/>
        <source>Versi yang sudah disetujui disimpan sebagai revisi dan tetap dapat dibaca. Notulen yang diubah perlu disetujui lagi.</source>
        <translation>The approved version is kept as a revision and can still be read. The changed minutes need approving again.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="175"/>
        <source>&amp;Alasan perubahan:</source>
        <translation>&amp;Reason for the change:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="177"/>
        <source>Buka untuk diubah</source>
        <translation>Unlock for editing</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="187"/>
        <source>Tuliskan alasannya; alasan disimpan bersama revisi.</source>
        <translation>Write the reason; it is kept with the revision.</translation>
    </message>
</context>
<context>
    <name>RecapCharts</name>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_charts.py" line="90"/>
        <source>Rapat per bulan menurut mode</source>
        <translation>Meetings per month by mode</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_charts.py" line="106"/>
        <source>Kedatangan terlambat per bulan</source>
        <translation>Late arrivals per month</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_charts.py" line="108"/>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_charts.py" line="128"/>
        <source>Tingkat kehadiran per satker (15 teratas)</source>
        <translation>Attendance rate per office (top 15)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_charts.py" line="134"/>
        <source>Kehadiran (%)</source>
        <translation>Attendance (%)</translation>
    </message>
</context>
<context>
    <name>RecapExports</name>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_exports.py" line="26"/>
        <source>Ekspor rekap ke Excel</source>
        <translation>Export the recap to Excel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_exports.py" line="27"/>
        <source>Ekspor rekap ke CSV</source>
        <translation>Export the recap to CSV</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_exports.py" line="28"/>
        <source>Simpan PDF rekap</source>
        <translation>Save the recap PDF</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_exports.py" line="29"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_exports.py" line="30"/>
        <source>Berkas CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_exports.py" line="31"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_exports.py" line="53"/>
        <source>Ekspor rekap</source>
        <translation>Export recap</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_exports.py" line="54"/>
        <source>Menulis {0}…</source>
        <translation>Writing {0}…</translation>
    </message>
</context>
<context>
    <name>RecapPage</name>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="48"/>
        <source>Semua peran</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="50"/>
        <source>Semua mode</source>
        <translation>All modes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="52"/>
        <source>Semua jenis</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="53"/>
        <source>Semua seri</source>
        <translation>All series</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="55"/>
        <source>Ekspor &amp;Excel…</source>
        <translation>Export to &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="56"/>
        <source>Ekspor &amp;CSV…</source>
        <translation>Export to &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="57"/>
        <source>Tabel yang sedang dibuka, sebagai CSV</source>
        <translation>The table now open, as CSV</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="58"/>
        <source>&amp;PDF rekap…</source>
        <translation>Recap &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="59"/>
        <source>Semua tabel rekap dalam satu buku kerja Excel</source>
        <translation>Every table of the recap in one Excel workbook</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="60"/>
        <source>Rekap dengan kop surat kantor, siap dicetak</source>
        <translation>The recap on the office letterhead, ready to print</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="69"/>
        <source>Penanggung jawab</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="70"/>
        <source>Satker</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="79"/>
        <source>Per orang</source>
        <translation>Per person</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="80"/>
        <source>Per satker</source>
        <translation>Per office</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="81"/>
        <source>Per bulan</source>
        <translation>Per month</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="82"/>
        <source>Per rapat</source>
        <translation>Per meeting</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="89"/>
        <source>Rapat pada periode ini belum mempunyai tindak lanjut.</source>
        <translation>The meetings of this period have no follow-ups yet.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="96"/>
        <source>Tindak lanjut</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="97"/>
        <source>Grafik</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="98"/>
        <source>Klik dua kali (atau Enter) untuk membuka rapat</source>
        <translation>Double-click (or Enter) to open the meeting</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="109"/>
        <source>Rekap</source>
        <translation>Recap</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="114"/>
        <source>Peran:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="114"/>
        <source>Mode:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="115"/>
        <source>Jenis:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="115"/>
        <source>Seri:</source>
        <translation>Series:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="143"/>
        <source>Buka rapat</source>
        <translation>Open meeting</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="145"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="211"/>
        <source>Menghitung rekap…</source>
        <translation>Counting the recap…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="251"/>
        <source>{0} rapat ({1} sebagai tuan rumah, {2} sebagai peserta)</source>
        <translation>{0} meetings ({1} as host, {2} as participant)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="255"/>
        <source> · {0} undangan, {1} hadir, {2} terlambat · kehadiran {3}</source>
        <translation> · {0} invitations, {1} present, {2} late · attendance {3}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="263"/>
        <source>Tidak ada rapat pada {0}.</source>
        <translation>There are no meetings in {0}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="265"/>
        <source>Pilih periode lain dengan ◀ ▶ atau di kotak Periode, atau kembalikan saringan Peran, Mode, Jenis dan Seri ke “Semua”.</source>
        <translation>Choose another period with ◀ ▶ or in the Period box, or set the Role, Mode, Kind and Series filters back to “All”.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="267"/>
        <source>Pilih periode lain dengan ◀ ▶ atau di kotak Periode (Bulan, Triwulan, Tahun, Rentang).</source>
        <translation>Choose another period with ◀ ▶ or in the Period box (Month, Quarter, Year, Range).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_page.py" line="317"/>
        <source>Disimpan di {0}</source>
        <translation>Saved in {0}</translation>
    </message>
</context>
<context>
    <name>RecapTables</name>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="39"/>
        <source>RI</source>
        <translation>RI</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="40"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="41"/>
        <source>Kab/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="42"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="47"/>
        <source>Diundang</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="48"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="49"/>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="50"/>
        <source>Izin</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="51"/>
        <source>Sakit</source>
        <translation>Sick</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="52"/>
        <source>Dinas luar</source>
        <translation>On duty</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="53"/>
        <source>Diwakili</source>
        <translation>Delegated</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="54"/>
        <source>Tanpa keterangan</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="55"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="56"/>
        <source>Undangan yang dihadiri dibagi jumlah undangan</source>
        <translation>Invitations attended divided by invitations</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="63"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="64"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="66"/>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="72"/>
        <source>Satker</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="73"/>
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="75"/>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="82"/>
        <source>Rapat</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="80"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="83"/>
        <source>Luring</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="84"/>
        <source>Daring</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="85"/>
        <source>Hibrida</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="86"/>
        <source>Tuan rumah</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="87"/>
        <source>Sebagai peserta</source>
        <translation>As participant</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="94"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="96"/>
        <source>Nama rapat</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="98"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="100"/>
        <source>Peran kita</source>
        <translation>Our role</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="103"/>
        <source>Tak diundang</source>
        <translation>Uninvited</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="104"/>
        <source>Hadir tanpa undangan (tidak dihitung dalam tingkat kehadiran)</source>
        <translation>Present without an invitation (not counted in the attendance rate)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="111"/>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="112"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="113"/>
        <source>Lewat batas waktu</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="188"/>
        <source>NIP {0}</source>
        <translation>NIP {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/recap/recap_tables.py" line="190"/>
        <source>Jenis: {0}</source>
        <translation>Kind: {0}</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/receipt_dialog.py" line="31"/>
        <source>Daftar tanda terima</source>
        <translation>Receipt list</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/receipt_dialog.py" line="37"/>
        <source>mis. Uang Transport, Honorarium Narasumber</source>
        <translation>e.g. Transport Allowance, Speaker Honorarium</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/receipt_dialog.py" line="39"/>
        <source>&amp;Uraian:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/receipt_dialog.py" line="41"/>
        <source>Jumlah per peran (Rp)</source>
        <translation>Amount per role (Rp)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/receipt_dialog.py" line="72"/>
        <source>Penerima</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/receipt_dialog.py" line="75"/>
        <source>Yang hadir dan yang berperan di rapat ini. Ketik jumlah lain untuk seseorang (tebal); ketik 0 bila ia tidak menerima, atau kosongkan untuk kembali ke jumlah per peran.</source>
        <translation>Those present and those with a role in this meeting. Type a different amount for someone (bold); type 0 if they receive nothing, or clear it to go back to the amount per role.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/receipt_dialog.py" line="78"/>
        <source>Belum ada yang tercatat hadir atau berperan di rapat ini.</source>
        <translation>Nobody is recorded as present or as having a role in this meeting yet.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/receipt_dialog.py" line="84"/>
        <source>Penanda tangan</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/receipt_dialog.py" line="89"/>
        <source>Pejabat Pembuat Komitmen</source>
        <translation>Commitment-Making Officer (PPK)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/receipt_dialog.py" line="90"/>
        <source>Bendahara Pengeluaran</source>
        <translation>Expenditure Treasurer</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/receipt_dialog.py" line="92"/>
        <source>Nama dengan gelar</source>
        <translation>Name with titles</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/receipt_dialog.py" line="94"/>
        <source>NIP (18 angka)</source>
        <translation>NIP (18 digits)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/receipt_dialog.py" line="95"/>
        <source>NIP {0}</source>
        <translation>NIP of the {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/receipt_dialog.py" line="102"/>
        <source>Simpan dan buat PDF</source>
        <translation>Save and make PDF</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/receipt_dialog.py" line="104"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/receipt_dialog.py" line="105"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/receipt_dialog.py" line="132"/>
        <source>&quot;{0}&quot; bukan jumlah rupiah; ketik angka saja, mis. 150000.</source>
        <translation>&quot;{0}&quot; is not a rupiah amount; type digits only, e.g. 150000.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/receipt_dialog.py" line="136"/>
        <source>Jumlah: Rp {0} untuk {1} orang ({2})</source>
        <translation>Total: Rp {0} for {1} people ({2})</translation>
    </message>
</context>
<context>
    <name>ReceiptPeopleModel</name>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/receipt_people.py" line="43"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/receipt_people.py" line="43"/>
        <source>Sebagai</source>
        <translation>As</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/receipt_people.py" line="43"/>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/receipt_people.py" line="73"/>
        <source>Jumlah khusus orang ini; kosongkan untuk memakai jumlah per peran.</source>
        <translation>This person&apos;s own amount; clear it to use the amount per role.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/receipt_people.py" line="74"/>
        <source>Jumlah per peran; ketik angka untuk jumlah khusus orang ini (0: tidak menerima).</source>
        <translation>The amount per role; type a number for this person&apos;s own amount (0: receives nothing).</translation>
    </message>
</context>
<context>
    <name>RecentModel</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/recent_model.py" line="24"/>
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/recent_model.py" line="24"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/recent_model.py" line="24"/>
        <source>Jabatan / satker</source>
        <translation>Position / office</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/recent_model.py" line="24"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/recent_model.py" line="25"/>
        <source>Meja</source>
        <translation>Desk</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="60"/>
        <source>Siap</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="60"/>
        <source>Silakan pindai kode QR</source>
        <translation>Please scan your QR code</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="62"/>
        <source>Arahkan kode pada undangan atau kartu ke pemindai, atau cari nama peserta.</source>
        <translation>Hold the code on the invitation or card to the scanner, or search the participant by name.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="66"/>
        <source>Rapat sudah selesai pukul {0}</source>
        <translation>The meeting ended at {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="67"/>
        <source>Rapat baru mulai pukul {0}</source>
        <translation>The meeting only starts at {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="72"/>
        <source>Enter = catat tetap · Esc = batal</source>
        <translation>Enter = record anyway · Esc = cancel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="72"/>
        <source>Belum dicatat.</source>
        <translation>Not recorded yet.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="74"/>
        <source>Tercatat di luar jam rapat</source>
        <translation>Recorded outside meeting hours</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="75"/>
        <source>Dicatat pukul {0}</source>
        <translation>Recorded at {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="77"/>
        <source>Tercatat hadir pukul {0}</source>
        <translation>Checked in at {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="79"/>
        <source> · terlambat {0} menit</source>
        <translation> · {0} minutes late</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="80"/>
        <source>Tidak ada di daftar undangan; tetap dicatat hadir.</source>
        <translation>Not on the invitation list; checked in all the same.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="81"/>
        <source>Selamat datang</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="84"/>
        <source>Sudah hadir pukul {0} di {1}</source>
        <translation>Already here since {0} at {1}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="86"/>
        <source>Sudah hadir pukul {0}</source>
        <translation>Already here since {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="88"/>
        <source>Sudah tercatat</source>
        <translation>Already recorded</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="89"/>
        <source>Sudah hadir</source>
        <translation>Here</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="90"/>
        <source>Tidak dicatat dua kali.</source>
        <translation>Not recorded twice.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="94"/>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="95"/>
        <source>Cari nama peserta, atau minta panitia memeriksa kodenya.</source>
        <translation>Search the participant by name, or ask the committee to check the code.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="110"/>
        <source>Ini kode sertifikat: kehadiran tidak dicatat.</source>
        <translation>This is a certificate code: attendance is not recorded.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="113"/>
        <source>Sertifikat sah</source>
        <translation>Valid certificate</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="113"/>
        <source>sebagai {0}</source>
        <translation>as {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="116"/>
        <source>Sertifikat tidak berlaku lagi</source>
        <translation>Certificate no longer valid</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="117"/>
        <source>tidak lagi tercatat sebagai {0}</source>
        <translation>no longer recorded as {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="119"/>
        <source>Kode sertifikat palsu atau telah diubah.</source>
        <translation>The certificate code is forged or has been altered.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="120"/>
        <source>Kode sertifikat tidak dikenal di data kantor ini.</source>
        <translation>The certificate code is not known in this office&apos;s records.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="121"/>
        <source>Bukan kode sertifikat KPU Rakor.</source>
        <translation>Not a KPU Rakor certificate code.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="122"/>
        <source>Sertifikat tidak sah</source>
        <translation>Invalid certificate</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="125"/>
        <source>Belum tercatat</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="129"/>
        <source>Bukan kode KPU Rakor.</source>
        <translation>Not a KPU Rakor code.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="130"/>
        <source>Kode tidak sah.</source>
        <translation>Invalid code.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="131"/>
        <source>Tidak terdaftar: kode ini tidak dikenal.</source>
        <translation>Not registered: this code is unknown.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="132"/>
        <source>Bukan untuk rapat ini: kode ini milik rapat lain.</source>
        <translation>Not for this meeting: this code belongs to another meeting.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/result_panel.py" line="133"/>
        <source>Ini kode rapat, bukan kode peserta.</source>
        <translation>This is a meeting code, not a participant code.</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/revisions_dialog.py" line="31"/>
        <source>(orang yang sudah dihapus dari direktori)</source>
        <translation>(a person deleted from the directory)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/revisions_dialog.py" line="43"/>
        <source>PEMBUKAAN</source>
        <translation>OPENING</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/revisions_dialog.py" line="44"/>
        <source>pukul {0}</source>
        <translation>at {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/revisions_dialog.py" line="46"/>
        <source>dibuka oleh {0}</source>
        <translation>opened by {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/revisions_dialog.py" line="62"/>
        <source>Pembahasan:</source>
        <translation>Discussion:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/revisions_dialog.py" line="64"/>
        <source>Kesimpulan / keputusan:</source>
        <translation>Conclusions / decisions:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/revisions_dialog.py" line="67"/>
        <source>KESIMPULAN UMUM</source>
        <translation>GENERAL CONCLUSIONS</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/revisions_dialog.py" line="69"/>
        <source>PENUTUPAN</source>
        <translation>CLOSING</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/revisions_dialog.py" line="71"/>
        <source>Rapat ditutup pukul {0}.</source>
        <translation>The meeting closed at {0}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/revisions_dialog.py" line="76"/>
        <source>KUTIPAN</source>
        <translation>QUOTES</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/revisions_dialog.py" line="78"/>
        <source>(tanpa nama)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/revisions_dialog.py" line="89"/>
        <source>Riwayat revisi notulen</source>
        <translation>Minutes revision history</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/revisions_dialog.py" line="113"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/revisions_dialog.py" line="116"/>
        <source>Setiap versi yang pernah disetujui, sebelum diubah. Hanya untuk dibaca.</source>
        <translation>Every version that was once approved, before it was changed. Read only.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/revisions_dialog.py" line="130"/>
        <source>Revisi {0}
diubah {1}, {2}</source>
        <translation>Revision {0}
changed {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/revisions_dialog.py" line="143"/>
        <source>Revisi {0}, diganti dengan alasan: {1}</source>
        <translation>Revision {0}, replaced for this reason: {1}</translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/roles_tab.py" line="30"/>
        <source>Materi yang disampaikan (boleh kosong)</source>
        <translation>What they present (optional)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/roles_tab.py" line="31"/>
        <source>&amp;Tambah peran</source>
        <translation>&amp;Add role</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/roles_tab.py" line="32"/>
        <source>Hapus peran</source>
        <translation>Remove role</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/roles_tab.py" line="35"/>
        <location filename="../../kpu_rakor/ui/meeting/roles_tab.py" line="49"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/roles_tab.py" line="35"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/roles_tab.py" line="35"/>
        <source>Acara</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/roles_tab.py" line="36"/>
        <source>Topik</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/roles_tab.py" line="47"/>
        <source>Orang dari direktori</source>
        <translation>People in the directory</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/roles_tab.py" line="51"/>
        <source>Pe&amp;ran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/roles_tab.py" line="52"/>
        <source>Pada a&amp;cara:</source>
        <translation>For agenda &amp;item:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/roles_tab.py" line="53"/>
        <source>T&amp;opik:</source>
        <translation>T&amp;opic:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/roles_tab.py" line="78"/>
        <source>(seluruh rapat)</source>
        <translation>(whole meeting)</translation>
    </message>
</context>
<context>
    <name>SatkerCombo</name>
    <message>
        <location filename="../../kpu_rakor/ui/widgets.py" line="68"/>
        <source>Ketik nama satker…</source>
        <translation>Type a satker name…</translation>
    </message>
</context>
<context>
    <name>SatkerList</name>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_page.py" line="209"/>
        <source>Cari nama satker, instansi atau daerah…</source>
        <translation>Search office, institution or region…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_page.py" line="211"/>
        <source>Semua jenis</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_page.py" line="218"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_page.py" line="218"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_page.py" line="218"/>
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_page.py" line="219"/>
        <source>Zona</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_page.py" line="219"/>
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_page.py" line="230"/>
        <source>Kantor KPU sudah tersedia dan tidak perlu ditambahkan. Instansi yang ditambahkan tampil paling atas dan dapat dipilih sebagai satker saat mengisi data orang.</source>
        <translation>KPU offices are already listed and need not be added. Institutions you add are listed first and can be chosen as the office of a person.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/directory/directory_page.py" line="253"/>
        <source>{0} satker</source>
        <translation>{0} offices</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>PIN mode kiosk</source>
        <translation type="vanished">Kiosk mode PIN</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk.py" line="51"/>
        <source>Atur PIN mode kiosk</source>
        <translation>Set the kiosk mode PIN</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk.py" line="57"/>
        <source>PIN ini diminta untuk keluar dari mode kiosk. Paling sedikit {0} angka.</source>
        <translation>This PIN is asked for to leave kiosk mode. At least {0} digits.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk.py" line="60"/>
        <source>&amp;PIN baru:</source>
        <translation>New &amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk.py" line="61"/>
        <source>&amp;Ulangi PIN:</source>
        <translation>&amp;Repeat PIN:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk.py" line="63"/>
        <source>Simpan PIN</source>
        <translation>Save PIN</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk.py" line="64"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk.py" line="76"/>
        <source>PIN harus angka, paling sedikit {0} angka.</source>
        <translation>The PIN must be digits, at least {0} of them.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/kiosk.py" line="80"/>
        <source>Kedua PIN tidak sama; ketik ulang.</source>
        <translation>The two PINs differ; type them again.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Satu baris kop per baris, dari atas ke bawah</source>
        <translation type="vanished">One letterhead line per line, top to bottom</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="37"/>
        <source>mis. amr</source>
        <translation>e.g. amr</translation>
    </message>
    <message>
        <source>mis. Ruang Rapat KPU Kabupaten Tulungagung</source>
        <translation type="vanished">e.g. Ruang Rapat KPU Kabupaten Tulungagung</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="41"/>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="42"/>
        <source>&amp;Simpan profil kantor</source>
        <translation>&amp;Save office profile</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="51"/>
        <source>Pilih &amp;logo…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="57"/>
        <source>Lengkap dengan gelar</source>
        <translation>In full, with titles</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="58"/>
        <source>18 angka; kosongkan bila tidak ada</source>
        <translation>18 digits; leave empty if none</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="60"/>
        <source>Simpan &amp;penanda tangan</source>
        <translation>Save &amp;signatories</translation>
    </message>
    <message>
        <source>Profil kantor</source>
        <translation type="vanished">Office profile</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="65"/>
        <source>Sat&amp;ker kantor ini:</source>
        <translation>This office&apos;s sat&amp;ker:</translation>
    </message>
    <message>
        <source>&amp;Kop surat:</source>
        <translation type="vanished">&amp;Letterhead:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="67"/>
        <source>Ko&amp;ta pada baris tanggal berita:</source>
        <translation>Ci&amp;ty in the news dateline:</translation>
    </message>
    <message>
        <source>Situs &amp;web:</source>
        <translation type="vanished">&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="63"/>
        <source>Profil kantor dan kop surat</source>
        <translation>Office profile and letterhead</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="68"/>
        <source>&amp;Inisial penulis berita:</source>
        <translation>News writer&apos;s &amp;initials:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="69"/>
        <source>Tempat rapat &amp;biasa:</source>
        <translation>Usual &amp;venue:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="70"/>
        <source>Dianggap &amp;terlambat setelah:</source>
        <translation>Counted &amp;late after:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="76"/>
        <source>Logo kop surat</source>
        <translation>Letterhead logo</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="80"/>
        <source>Gambar PNG atau JPG; disimpan di basis data dan diperkecil otomatis.</source>
        <translation>A PNG or JPG image; stored in the database and scaled down automatically.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="87"/>
        <source>Penanda tangan dokumen</source>
        <translation>Document signatories</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="89"/>
        <source>Ketua</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="89"/>
        <source>Sekretaris</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="94"/>
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="95"/>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="96"/>
        <source>Jabatan:</source>
        <translation>Title line:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="103"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="105"/>
        <source>Bahasa &amp;tampilan:</source>
        <translation>Display &amp;language:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="106"/>
        <source>Perubahan bahasa berlaku setelah aplikasi ditutup dan dibuka kembali.</source>
        <translation>A language change takes effect after the app is closed and opened again.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="127"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="165"/>
        <source>mis. Ruang Rapat {0}</source>
        <translation>e.g. Ruang Rapat {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="166"/>
        <source>mis. Ruang Rapat Kantor</source>
        <translation>e.g. Office meeting room</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="167"/>
        <source>mis. {0}</source>
        <translation>e.g. {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="178"/>
        <source>mis. {0} {1}</source>
        <translation>e.g. {0} {1}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="183"/>
        <source>Pilih dulu satker kantor ini dari daftar.</source>
        <translation>First choose this office&apos;s satker from the list.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="194"/>
        <source>Profil kantor tersimpan.</source>
        <translation>Office profile saved.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="206"/>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="210"/>
        <source>Pilih logo kop surat</source>
        <translation>Choose the letterhead logo</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="211"/>
        <source>Gambar (*.png *.jpg *.jpeg);;Semua berkas (*)</source>
        <translation>Images (*.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="228"/>
        <source>Logo tersimpan; dipakai pada kop surat setiap dokumen.</source>
        <translation>Logo saved; it is used on the letterhead of every document.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="254"/>
        <source>Penanda tangan tersimpan.</source>
        <translation>Signatories saved.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="257"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/settings_page.py" line="264"/>
        <source>Bahasa tersimpan; tutup dan buka kembali aplikasi untuk menerapkannya.</source>
        <translation>Language saved; close and reopen the app to apply it.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/signature_dialog.py" line="21"/>
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/signature_dialog.py" line="25"/>
        <source>Tanda tangan dengan tetikus, pena atau jari di bidang putih. Ctrl+Z membatalkan goresan terakhir.</source>
        <translation>Sign with the mouse, a pen or a finger in the white area. Ctrl+Z undoes the last stroke.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/signature_dialog.py" line="27"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/signature_dialog.py" line="28"/>
        <source>&amp;Lewati</source>
        <translation>S&amp;kip</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/signature_dialog.py" line="29"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/signature_dialog.py" line="73"/>
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
    <name>SignoffBar</name>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="28"/>
        <source>Disetujui oleh {0}</source>
        <translation>Approved by {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="30"/>
        <source>Disetujui oleh {0} pada {1} pukul {2}</source>
        <translation>Approved by {0} on {1} at {2}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="49"/>
        <source>Tandai si&amp;ap</source>
        <translation>Mark rea&amp;dy</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="50"/>
        <source>Notulis selesai: serahkan notulen kepada pimpinan rapat untuk disetujui.</source>
        <translation>The note-taker is done: hand the minutes to the meeting chair for approval.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="52"/>
        <source>Kembalikan ke dra&amp;f</source>
        <translation>Back to dra&amp;ft</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="53"/>
        <source>Setu&amp;jui…</source>
        <translation>A&amp;pprove…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="54"/>
        <source>Pimpinan rapat (atau yang ditetapkan di Pengaturan) menyetujui; notulen lalu terkunci.</source>
        <translation>The meeting chair (or someone set in Settings) approves; the minutes are then locked.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="56"/>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="117"/>
        <source>&amp;Riwayat revisi…</source>
        <translation>&amp;Revision history…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="75"/>
        <source>&amp;Ubah (buat revisi)…</source>
        <translation>&amp;Edit (new revision)…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="76"/>
        <source>Perubahan pada notulen yang sudah disetujui perlu alasan; versi yang disetujui disimpan sebagai revisi dan tetap dapat dibaca.</source>
        <translation>Changing approved minutes needs a reason; the approved version is kept as a revision and can still be read.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="78"/>
        <source>Batal ubah</source>
        <translation>Cancel editing</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="102"/>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="104"/>
        <source> · revisi ke-{0}</source>
        <translation> · revision {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="114"/>
        <source>Tandai siap dulu: notulen disetujui setelah notulis menyerahkannya.</source>
        <translation>Mark them ready first: minutes are approved after the note-taker hands them over.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="116"/>
        <source>&amp;Riwayat revisi ({0})…</source>
        <translation>&amp;Revision history ({0})…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="121"/>
        <source>Mengubah notulen yang sudah disetujui. Alasan: “{0}”. Perubahan pertama menyimpan versi yang disetujui sebagai revisi {1} dan notulen kembali menjadi draf.</source>
        <translation>Editing approved minutes. Reason: “{0}”. The first change keeps the approved version as revision {1} and the minutes become a draft again.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/minutes/signoff_bar.py" line="128"/>
        <source>Notulen disetujui dan terkunci.</source>
        <translation>The minutes are approved and locked.</translation>
    </message>
</context>
<context>
    <name>SoundBox</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/sound_box.py" line="16"/>
        <source>Bunyi &amp;mati</source>
        <translation>&amp;Mute sounds</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/sound_box.py" line="41"/>
        <source>Suara tidak tersedia</source>
        <translation>Sound unavailable</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/sound_box.py" line="44"/>
        <source>(pustaka audio tidak ada di PC ini)</source>
        <translation>(no audio library on this PC)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/sound_box.py" line="45"/>
        <source>Pasang paket libpulse0 agar meja berbunyi.</source>
        <translation>Install the libpulse0 package so the desk can play sounds.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/sound_box.py" line="47"/>
        <source>(tidak ada perangkat suara di PC ini)</source>
        <translation>(no audio device on this PC)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/sound_box.py" line="48"/>
        <source>Pasang atau nyalakan pengeras suara, lalu buka lagi halaman Presensi.</source>
        <translation>Connect or switch on a speaker, then open the Check-in page again.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/sound_box.py" line="50"/>
        <source>(suara gagal diputar di PC ini)</source>
        <translation>(sounds failed to play on this PC)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/sound_box.py" line="51"/>
        <source>Periksa pengaturan suara PC ini, lalu buka lagi halaman Presensi.</source>
        <translation>Check this PC&apos;s sound settings, then open the Check-in page again.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Ubah status kehadiran</source>
        <translation type="vanished">Change attendance status</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="79"/>
        <source>Ubah status: {0}</source>
        <translation>Change status: {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="83"/>
        <source>&amp;Izin</source>
        <translation>&amp;Excused</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="83"/>
        <source>S&amp;akit</source>
        <translation>S&amp;ick</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="84"/>
        <source>&amp;Dinas luar</source>
        <translation>&amp;Official travel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="84"/>
        <source>Di&amp;wakili</source>
        <translation>Re&amp;presented</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="94"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="99"/>
        <source>mis. tugas ke KPU Provinsi, surat izin menyusul</source>
        <translation>e.g. on duty at the provincial KPU, letter to follow</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="101"/>
        <source>Yang mewakili</source>
        <translation>Represented by</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="102"/>
        <source>Ketik nama yang mewakili…</source>
        <translation>Type the representative&apos;s name…</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation type="vanished">Save</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_status_dialog.py" line="21"/>
        <source>Status tindak lanjut</source>
        <translation>Follow-up status</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_status_dialog.py" line="39"/>
        <source>Bagaimana tindak lanjut ini diselesaikan, atau mengapa dibatalkan</source>
        <translation>How this follow-up was completed, or why it was cancelled</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_status_dialog.py" line="43"/>
        <source>Tindak lanjut ini dibawa antarrapat; statusnya di rapat lain ikut berubah.</source>
        <translation>This follow-up is carried between meetings; its status changes in the other meetings too.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_status_dialog.py" line="46"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_status_dialog.py" line="47"/>
        <source>Catatan &amp;penyelesaian:</source>
        <translation>Resolution &amp;note:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_status_dialog.py" line="51"/>
        <source>Simpan (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_status_dialog.py" line="52"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="126"/>
        <source>&amp;Keterangan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="170"/>
        <source>sudah hadir</source>
        <translation>already present</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="208"/>
        <source>Belum ada yang dipilih. Ketik nama, lalu pilih dari daftar.</source>
        <translation>Nobody chosen yet. Type a name, then pick from the list.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="211"/>
        <source>Diwakili oleh: {0} (dicatat hadir saat disimpan)</source>
        <translation>Represented by: {0} (checked in when saved)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="220"/>
        <source>Pilih dulu statusnya: izin, sakit, dinas luar, atau diwakili.</source>
        <translation>Choose the status first: excused, sick, on duty elsewhere, or represented.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/status_dialog.py" line="225"/>
        <source>Pilih dulu orang yang mewakili: ketik namanya, lalu pilih dari daftar.</source>
        <translation>First choose the representative: type their name, then pick from the list.</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../kpu_rakor/ui/time_field.py" line="27"/>
        <source>jj.mm</source>
        <translation>hh.mm</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/time_field.py" line="30"/>
        <source>Tulis jam seperti 09.45 atau 0945.</source>
        <translation>Type the time like 09.45 or 0945.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/time_field.py" line="60"/>
        <source>“{0}” bukan jam. Tulis seperti 09.45 atau 0945.</source>
        <translation>“{0}” is not a time. Type it like 09.45 or 0945.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/time_field.py" line="62"/>
        <source>Jam harus diisi, mis. 09.45.</source>
        <translation>A time is required, e.g. 09.45.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/time_field.py" line="66"/>
        <source>{0} Jam tetap {1}.</source>
        <translation>{0} The time stays {1}.</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
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
        <location filename="../../kpu_rakor/ui/checkin/undo_dialog.py" line="21"/>
        <source>Batalkan kehadiran: {0}</source>
        <translation>Cancel attendance: {0}</translation>
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
        <location filename="../../kpu_rakor/ui/checkin/undo_dialog.py" line="57"/>
        <source>Orang ini belum tercatat di rapat ini.</source>
        <translation>This person is not recorded at this meeting yet.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/undo_dialog.py" line="60"/>
        <source>{0} pukul {1} di {2}</source>
        <translation>{0} at {1} at {2}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/undo_dialog.py" line="62"/>
        <source>{0} pukul {1}</source>
        <translation>{0} at {1}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/undo_dialog.py" line="63"/>
        <source>{0} (dicatat tanpa jam hadir)</source>
        <translation>{0} (recorded without an arrival time)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/undo_dialog.py" line="67"/>
        <source>Tulis alasan pembatalannya; alasan itu disimpan di log audit.</source>
        <translation>Write the reason for undoing; it is kept in the audit log.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="34"/>
        <source>Tamu (belum ada di direktori)</source>
        <translation>Guest (not in the directory)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="37"/>
        <source>Lengkap dengan gelar, mis. Dr. H. Rochani, S.Pd., M.Si.</source>
        <translation>In full with titles, e.g. Dr. H. Rochani, S.Pd., M.Si.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="40"/>
        <source>mis. Ketua Bawaslu, wartawan</source>
        <translation>e.g. Chair of Bawaslu, journalist</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="43"/>
        <source>Ketik nama instansi; pilih bila ada di daftar</source>
        <translation>Type the institution; pick it if it is in the list</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="46"/>
        <source>mis. 0812 3456 7890</source>
        <translation>e.g. 0812 3456 7890</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="53"/>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="54"/>
        <source>&amp;Jabatan:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="55"/>
        <source>&amp;Instansi:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="56"/>
        <source>No. &amp;HP:</source>
        <translation>&amp;Mobile no.:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="59"/>
        <source>&amp;Simpan dan catat hadir</source>
        <translation>&amp;Save and check in</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="60"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="61"/>
        <source>Cetak &amp;kode QR…</source>
        <translation>Print QR &amp;code…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="62"/>
        <source>Simpan kode QR pribadi tamu ini sebagai gambar PNG untuk dicetak</source>
        <translation>Save this guest&apos;s personal QR code as a PNG image for printing</translation>
    </message>
    <message>
        <source>Simpan kode QR undangan tamu ini sebagai gambar PNG untuk dicetak</source>
        <translation type="vanished">Save this guest&apos;s invitation QR code as a PNG image for printing</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="66"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="93"/>
        <source>Nama tamu wajib diisi.</source>
        <translation>The guest&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="118"/>
        <source>{0} tercatat hadir pukul {1}.</source>
        <translation>{0} checked in at {1}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="120"/>
        <source>Terlambat {0} menit.</source>
        <translation>{0} minutes late.</translation>
    </message>
    <message>
        <source>Simpan kode QR</source>
        <translation type="vanished">Save QR code</translation>
    </message>
    <message>
        <source>Gambar PNG (*.png)</source>
        <translation type="vanished">PNG image (*.png)</translation>
    </message>
    <message>
        <source>Kode QR tidak dapat disimpan di {0}: {1}. Pilih folder lain.</source>
        <translation type="vanished">The QR code could not be saved to {0}: {1}. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/walk_in_dialog.py" line="154"/>
        <source>Kode QR disimpan di {0}.</source>
        <translation>QR code saved to {0}.</translation>
    </message>
</context>
<context>
    <name>WordExport</name>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/word_export.py" line="26"/>
        <source>Word (.docx) untuk disunting atau diunggah ke naskah dinas elektronik</source>
        <translation>Word (.docx) to edit or to upload to the electronic official-letter system</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/word_export.py" line="40"/>
        <source>Untuk TTE (tanda tangan elektronik)</source>
        <translation>For TTE (electronic signature)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/word_export.py" line="42"/>
        <source>Tanpa blok tanda tangan basah. Nomor, tanggal dan tanda tangan diganti penanda ${nomor_naskah}, ${tanggal_naskah} dan ${ttd_pengirim} yang diisi sistem naskah dinas elektronik saat surat ditandatangani.</source>
        <translation>Without the wet-signature block. The number, date and signature are replaced by the placeholders ${nomor_naskah}, ${tanggal_naskah} and ${ttd_pengirim}, which the electronic official-letter system fills in when the letter is signed.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/word_export.py" line="45"/>
        <source>Buka berkas Word</source>
        <translation>Open Word file</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/word_export.py" line="100"/>
        <source>Membuat {0} (Word)…</source>
        <translation>Making {0} (Word)…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/word_export.py" line="119"/>
        <source>Berkas Word tidak dibuat.</source>
        <translation>The Word file was not made.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/word_export.py" line="124"/>
        <source>{0} (Word, untuk TTE) disimpan di {1}.</source>
        <translation>{0} (Word, for TTE) saved in {1}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/word_export.py" line="125"/>
        <source>{0} (Word) disimpan di {1}.</source>
        <translation>{0} (Word) saved in {1}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/word_export.py" line="135"/>
        <source>Tidak ada program untuk membuka berkas Word di komputer ini. Berkasnya ada di {0}.</source>
        <translation>No program on this computer can open Word files. The file is in {0}.</translation>
    </message>
</context>
<context>
    <name>ZoneDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="43"/>
        <source>Zona waktu laporan</source>
        <translation>Time zone of the report</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="48"/>
        <source>Di zona waktu mana laporan {0} diunduh dari Zoom?</source>
        <translation>In which time zone was the report {0} downloaded from Zoom?</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="51"/>
        <source>Zoom menulis jam menurut komputer yang mengunduh laporan. Biasanya sama dengan zona rapat ({0}).</source>
        <translation>Zoom writes the times of the computer that downloaded the report. Usually the same as the meeting&apos;s zone ({0}).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="54"/>
        <source>Baca laporan</source>
        <translation>Read report</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="55"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="59"/>
        <source>&amp;Zona waktu:</source>
        <translation>Time &amp;zone:</translation>
    </message>
</context>
<context>
    <name>ZoomImport</name>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="33"/>
        <source>Impor laporan peserta Zoom</source>
        <translation>Import a Zoom participant report</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="34"/>
        <source>Laporan Zoom (*.csv *.xlsx);;Semua berkas (*)</source>
        <translation>Zoom reports (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="88"/>
        <source>Membaca laporan Zoom…</source>
        <translation>Reading the Zoom report…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="87"/>
        <source>Impor laporan Zoom</source>
        <translation>Import Zoom report</translation>
    </message>
</context>
<context>
    <name>ZoomReviewDialog</name>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="104"/>
        <source>Tinjau laporan Zoom — {0}</source>
        <translation>Review Zoom report — {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="106"/>
        <source>{0}: jam ditampilkan dalam {1}. Periksa usulan tiap peserta, ubah bila perlu, lalu Terapkan. Sebelum Terapkan belum ada yang dicatat.</source>
        <translation>{0}: times shown in {1}. Check the proposal for each participant, change it if needed, then Apply. Nothing is recorded before Apply.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="142"/>
        <source>&amp;Cocokkan</source>
        <translation>&amp;Match</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="143"/>
        <source>Tamu &amp;baru</source>
        <translation>New &amp;guest</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="144"/>
        <source>&amp;Abaikan</source>
        <translation>&amp;Ignore</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="145"/>
        <source>&amp;Pilih orang…</source>
        <translation>&amp;Pick person…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="146"/>
        <source>Kembali ke orang yang diusulkan untuk baris terpilih.</source>
        <translation>Back to the proposed person for the selected rows.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="147"/>
        <source>Cari orang di direktori untuk baris terpilih (Ctrl+P).</source>
        <translation>Search the directory for the selected row&apos;s person (Ctrl+P).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="149"/>
        <source>Baris terpilih:</source>
        <translation>Selected rows:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="156"/>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="158"/>
        <source>Yang lebih singkat tetap dicatat hadir daring, tetapi ditandai untuk ditinjau.</source>
        <translation>Shorter attendance is still recorded as online, but marked for review.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="161"/>
        <source>&amp;Minimal menit di Zoom:</source>
        <translation>&amp;Minimum minutes in Zoom:</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="169"/>
        <source>&amp;Terapkan</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="170"/>
        <source>Catat kehadiran sesuai tabel (Ctrl+Enter).</source>
        <translation>Record attendance as the table shows (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="171"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="215"/>
        <source>{0} baris laporan · {1} peserta: {2} dicocokkan, {3} tamu baru, {4} diabaikan</source>
        <translation>{0} report rows · {1} participants: {2} matched, {3} new guests, {4} ignored</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="250"/>
        <source>Pilih orang untuk peserta Zoom</source>
        <translation>Choose the person for a Zoom participant</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="251"/>
        <source>Cari orang di direktori yang memakai nama Zoom ini, lalu Enter.</source>
        <translation>Search the directory for the person using this Zoom name, then Enter.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_dialog.py" line="252"/>
        <source>Cocokkan</source>
        <translation>Match</translation>
    </message>
</context>
<context>
    <name>ZoomReviewModel</name>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_model.py" line="47"/>
        <source>Nama di Zoom</source>
        <translation>Name in Zoom</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_model.py" line="47"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_model.py" line="47"/>
        <source>Masuk</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_model.py" line="47"/>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_model.py" line="48"/>
        <source>Menit</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_model.py" line="48"/>
        <source>Usulan</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_model.py" line="48"/>
        <source>Dicatat sebagai</source>
        <translation>Recorded as</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_model.py" line="53"/>
        <source>Cocokkan</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_model.py" line="53"/>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_model.py" line="70"/>
        <source>Tamu baru</source>
        <translation>New guest</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_model.py" line="53"/>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_model.py" line="71"/>
        <source>Abaikan</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_model.py" line="60"/>
        <source>orang nomor {0}</source>
        <translation>person number {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_model.py" line="62"/>
        <source>{0} (dipilih)</source>
        <translation>{0} (chosen)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_model.py" line="63"/>
        <source>{0} (cocok {1}%)</source>
        <translation>{0} ({1}% match)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_model.py" line="69"/>
        <source>Cocokkan dengan {0}</source>
        <translation>Match with {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_model.py" line="72"/>
        <source>Pilih orang di direktori…</source>
        <translation>Pick a person from the directory…</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_model.py" line="110"/>
        <source>— tidak dicatat</source>
        <translation>— not recorded</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_model.py" line="133"/>
        <source>Satker di nama Zoom: {0}</source>
        <translation>Office in the Zoom name: {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_model.py" line="134"/>
        <source>{0} baris di laporan</source>
        <translation>{0} rows in the report</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_model.py" line="137"/>
        <source>Kurang dari {0} menit: dicatat dan ditandai untuk ditinjau.</source>
        <translation>Less than {0} minutes: recorded and marked for review.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_model.py" line="139"/>
        <source>Nama tamu baru; ubah dengan F2 atau klik dua kali.</source>
        <translation>The new guest&apos;s name; change it with F2 or a double-click.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_model.py" line="141"/>
        <source>Kecocokan nama kurang pasti: periksa.</source>
        <translation>The name match is not certain: check it.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/attendance/zoom_review_model.py" line="143"/>
        <source>Ubah dengan F2, klik, atau tombol di bawah tabel.</source>
        <translation>Change with F2, a click, or the buttons below the table.</translation>
    </message>
</context>
<context>
    <name>_Preview</name>
    <message>
        <location filename="../../kpu_rakor/ui/checkin/camera.py" line="103"/>
        <source>Belum ada gambar dari kamera</source>
        <translation>No picture from the camera yet</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../kpu_rakor/app.py" line="30"/>
        <source>Berkas basis data rusak atau bukan basis data KPU Rakor. Pulihkan dari cadangan.</source>
        <translation>The database file is damaged or is not a KPU Rakor database. Restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/app.py" line="49"/>
        <source>Berkas {0} kosong (0 byte). Jadikan basis data baru?

Bila seharusnya berisi data, pilih Batal lalu pulihkan dari cadangan (kpu-rakor-cli restore BERKAS).</source>
        <translation>The file {0} is empty (0 bytes). Make it a new database?

If it should hold data, choose Cancel and restore it from a backup (kpu-rakor-cli restore FILE).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/app.py" line="52"/>
        <source>Jadikan basis data baru</source>
        <translation>Make a new database</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../kpu_rakor/ui/preferences/backup_prefs.py" line="53"/>
        <source>Cadangan harian saat menutup aplikasi gagal: {0}</source>
        <translation>The daily backup on closing the app failed: {0}</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../kpu_rakor/domain/services/attendance_review.py" line="106"/>
        <source>Orang ini tidak tercatat di presensi rapat ini.</source>
        <translation>This person is not recorded in this meeting&apos;s attendance.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/attendance_review.py" line="150"/>
        <source>Pilih orang lain dari direktori untuk digabungkan.</source>
        <translation>Choose another person from the directory to merge with.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/attendance_review.py" line="154"/>
        <location filename="../../kpu_rakor/domain/services/checkin.py" line="357"/>
        <location filename="../../kpu_rakor/domain/services/mark_present.py" line="87"/>
        <location filename="../../kpu_rakor/domain/services/minutes.py" line="328"/>
        <location filename="../../kpu_rakor/domain/services/photos.py" line="199"/>
        <source>Orang nomor {person_id} tidak ada di direktori.</source>
        <translation>Person number {person_id} is not in the directory.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/attendance_review.py" line="162"/>
        <source>Hanya tamu yang belum dikonfirmasi yang dapat digabungkan.</source>
        <translation>Only guests who have not been confirmed can be merged.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/backup.py" line="69"/>
        <location filename="../../kpu_rakor/domain/services/restore.py" line="163"/>
        <source>Basis data belum dibuka.</source>
        <translation>The database is not open yet.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/backup.py" line="108"/>
        <source>Folder cadangan {target.parent} tidak dapat dibuat: {reason}. Pilih folder lain; basis data tidak berubah.</source>
        <translation>The backup folder {target.parent} could not be created: {reason}. Choose another folder; the database is unchanged.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/backup.py" line="131"/>
        <source>Salinan cadangan rusak ({verdict}); tidak disimpan. Coba lagi ke disk lain; basis data tidak berubah.</source>
        <translation>The backup copy is damaged ({verdict}); it was not kept. Try again to another disk; the database is unchanged.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/backup.py" line="141"/>
        <location filename="../../kpu_rakor/domain/services/backup.py" line="208"/>
        <source>Berkas {target} sudah ada; pilih nama lain agar cadangan lama tidak tertimpa.</source>
        <translation>The file {target} already exists; choose another name so the old backup is not overwritten.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/backup.py" line="155"/>
        <source>Cadangan tidak dapat ditulis ke {target}: {reason}. Periksa izin folder; basis data tidak berubah.</source>
        <translation>The backup could not be written to {target}: {reason}. Check the folder&apos;s permissions; the database is unchanged.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/backup.py" line="162"/>
        <source>Cadangan tidak dapat ditulis ke {target.parent} ({exc}). Periksa ruang disk dan folder tujuan, atau pilih folder lain; basis data tidak berubah.</source>
        <translation>The backup could not be written to {target.parent} ({exc}). Check the disk space and the destination folder, or choose another folder; the database is unchanged.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/checkin.py" line="330"/>
        <source>Nama meja terlalu panjang (paling banyak 60 huruf).</source>
        <translation>The desk name is too long (at most 60 characters).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/checkin.py" line="352"/>
        <source>Status kehadiran {status!r} tidak dikenal; pilih salah satu: {options}.</source>
        <translation>Unknown attendance status {status!r}; choose one of: {options}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/checkin.py" line="362"/>
        <source>Keterangan terlalu panjang (paling banyak 300 huruf).</source>
        <translation>The note is too long (at most 300 characters).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/checkin.py" line="365"/>
        <source>Wakil hanya diisi untuk status diwakili.</source>
        <translation>A representative is only given for the status &quot;represented&quot;.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/checkin.py" line="369"/>
        <source>Status diwakili perlu orang yang mewakili (--delegate).</source>
        <translation>The status &quot;represented&quot; needs the person who represents them (--delegate).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/checkin.py" line="372"/>
        <source>Seseorang tidak dapat mewakili dirinya sendiri.</source>
        <translation>Nobody can represent themselves.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/checkin.py" line="375"/>
        <source>Wakil nomor {delegate_id} tidak ada di direktori.</source>
        <translation>Representative number {delegate_id} is not in the directory.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/checkin.py" line="403"/>
        <source>Alasan pembatalan wajib diisi.</source>
        <translation>A reason for undoing is required.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/checkin.py" line="408"/>
        <source>Orang ini belum tercatat hadir di rapat ini.</source>
        <translation>This person has not been checked in to this meeting.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/desk.py" line="79"/>
        <location filename="../../kpu_rakor/domain/services/desk.py" line="83"/>
        <location filename="../../kpu_rakor/domain/services/desk.py" line="90"/>
        <source>Tanda tangan tidak terbaca; ulangi.</source>
        <translation>The signature could not be read; please sign again.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/desk.py" line="93"/>
        <source>Tanda tangan keluar dari bidangnya; ulangi.</source>
        <translation>The signature goes outside its box; please sign again.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/desk.py" line="98"/>
        <source>Tanda tangan terlalu rumit; hapus lalu ulangi dengan lebih sederhana.</source>
        <translation>The signature is too complex; clear it and sign again more simply.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/desk.py" line="103"/>
        <source>Tanda tangan masih kosong.</source>
        <translation>The signature is still empty.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/desk.py" line="112"/>
        <location filename="../../kpu_rakor/domain/services/phone_signin.py" line="93"/>
        <source>Tanda tangan terlalu besar; ulangi dengan lebih sederhana.</source>
        <translation>The signature is too large; sign again more simply.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/desk.py" line="118"/>
        <source>Orang ini belum tercatat hadir; tanda tangan disimpan setelah presensi.</source>
        <translation>This person has not been checked in yet; the signature is stored after check-in.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/followups.py" line="114"/>
        <source>Batas waktu “{start}” bukan tanggal yang sah; tulis seperti 07/04/2021 (hari/bulan/tahun).</source>
        <translation>The due date “{start}” is not a valid date; write it like 07/04/2021 (day/month/year).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/followups.py" line="119"/>
        <source>Tahun batas waktu {d.year} tidak masuk akal; periksa tanggalnya.</source>
        <translation>The year of the due date, {d.year}, does not make sense; check the date.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/followups.py" line="128"/>
        <source>Uraian tindak lanjut wajib diisi: tuliskan apa yang harus dikerjakan.</source>
        <translation>The follow-up description is required: write what has to be done.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/followups.py" line="132"/>
        <source>Uraian tindak lanjut terlalu panjang ({length} huruf; paling banyak {DESCRIPTION_LIMIT}).</source>
        <translation>The follow-up description is too long ({length} characters; at most {DESCRIPTION_LIMIT}).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/followups.py" line="142"/>
        <source>Catatan penyelesaian terlalu panjang ({length} huruf; paling banyak {NOTE_LIMIT}).</source>
        <translation>The closing note is too long ({length} characters; at most {NOTE_LIMIT}).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/followups.py" line="153"/>
        <source>Penanggung jawab tidak dikenal: orang nomor {pid} tidak ada di direktori.</source>
        <translation>Unknown person responsible: person number {pid} is not in the directory.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/followups.py" line="163"/>
        <location filename="../../kpu_rakor/domain/services/invitee_groups.py" line="97"/>
        <location filename="../../kpu_rakor/domain/services/office_invitations.py" line="57"/>
        <location filename="../../kpu_rakor/domain/services/people.py" line="60"/>
        <source>Satker nomor {sid} tidak ada di direktori.</source>
        <translation>Office number {sid} is not in the directory.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/followups.py" line="172"/>
        <source>Acara nomor {aid} bukan bagian dari agenda rapat ini.</source>
        <translation>Agenda item number {aid} is not part of this meeting&apos;s agenda.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/followups.py" line="203"/>
        <location filename="../../kpu_rakor/domain/services/followups.py" line="393"/>
        <source>Tindak lanjut nomor {followup_id} tidak ditemukan.</source>
        <translation>Follow-up number {followup_id} was not found.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/followups.py" line="235"/>
        <source>Kolom tindak lanjut tidak dikenal: {fields}.</source>
        <translation>Unknown follow-up fields: {fields}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/followups.py" line="283"/>
        <source>Status tindak lanjut “{status}” tidak dikenal; pilih terbuka, selesai atau batal.</source>
        <translation>Unknown follow-up status “{status}”; choose terbuka (open), selesai (done) or batal (cancelled).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/followups.py" line="289"/>
        <source>Tuliskan catatan penyelesaian: bagaimana tindak lanjut ini diselesaikan.</source>
        <translation>Write a closing note: how this follow-up was completed.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/followups.py" line="293"/>
        <source>Tuliskan catatan penyelesaian: mengapa tindak lanjut ini dibatalkan.</source>
        <translation>Write a closing note: why this follow-up was cancelled.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/followups.py" line="443"/>
        <source>Seri rapat “{wanted}” tidak ada. Seri yang ada: {known}.</source>
        <translation>There is no meeting series “{wanted}”. Existing series: {known}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/installation.py" line="96"/>
        <source>Satker dengan nomor {satker_id} tidak ada di direktori.</source>
        <translation>Office number {satker_id} is not in the directory.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/installation.py" line="143"/>
        <source>Berkas logo {path} tidak ditemukan.</source>
        <translation>The logo file {path} was not found.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/installation.py" line="146"/>
        <source>Berkas {path} bukan gambar yang dapat dibaca (gunakan PNG atau JPG).</source>
        <translation>The file {path} is not a readable image (use PNG or JPG).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/installation.py" line="151"/>
        <source>Logo terlalu besar setelah diperkecil; gunakan gambar yang lebih sederhana.</source>
        <translation>The logo is still too large after shrinking; use a simpler image.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/meetings.py" line="38"/>
        <source>Rapat dengan nomor {meeting_id} tidak ditemukan.</source>
        <translation>Meeting number {meeting_id} was not found.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/meetings.py" line="48"/>
        <source>{label} {value!r} tidak dikenal; pilih salah satu: {options}.</source>
        <translation>Unknown {label} {value!r}; choose one of: {options}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/meetings.py" line="57"/>
        <source>Orang nomor {pid} tidak ada di direktori.</source>
        <translation>Person number {pid} is not in the directory.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/meetings.py" line="68"/>
        <source>Nama seri rapat terlalu panjang (paling banyak 200 huruf).</source>
        <translation>The meeting series name is too long (at most 200 characters).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/meetings.py" line="97"/>
        <source>{label} terlalu panjang ({length} huruf; paling banyak {limit}).</source>
        <translation>{label} is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/meetings.py" line="101"/>
        <source>{label} berisi karakter yang tidak sah; ketik ulang isinya.</source>
        <translation>{label} contains invalid characters; type it again.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/meetings.py" line="110"/>
        <source>Kolom rapat tidak dikenal: {fields}.</source>
        <translation>Unknown meeting fields: {fields}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/meetings.py" line="115"/>
        <location filename="../../kpu_rakor/domain/services/meetings.py" line="194"/>
        <source>Nama kegiatan/rapat wajib diisi.</source>
        <translation>The activity/meeting name is required.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/meetings.py" line="140"/>
        <source>Tanggal rapat wajib diisi.</source>
        <translation>The meeting date is required.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/meetings.py" line="143"/>
        <source>Tahun rapat {day.year} tidak masuk akal; periksa tanggalnya.</source>
        <translation>The meeting year {day.year} does not make sense; check the date.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/meetings.py" line="147"/>
        <source>Jam selesai harus sesudah jam mulai (kosongkan untuk &quot;s.d. selesai&quot;).</source>
        <translation>The end time must be after the start time (leave it empty for &quot;until finished&quot;).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/meetings.py" line="161"/>
        <source>Satker penyelenggara nomor {sid} tidak ada.</source>
        <translation>Organising office number {sid} does not exist.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/meetings.py" line="173"/>
        <source>Batas terlambat harus antara 0 dan 1440 menit.</source>
        <translation>The lateness threshold must be between 0 and 1440 minutes.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/meetings.py" line="188"/>
        <source>Tanggal {text!r} tidak sah; tulis sebagai TTTT-BB-HH, mis. 2021-04-07.</source>
        <translation>The date {text!r} is not valid; write it as YYYY-MM-DD, e.g. 2021-04-07.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/meetings.py" line="323"/>
        <source>Acara nomor {position} belum diberi judul.</source>
        <translation>Agenda item number {position} has no title yet.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/meetings.py" line="328"/>
        <source>Jam selesai acara nomor {position} harus sesudah jam mulai.</source>
        <translation>The end time of agenda item number {position} must be after its start time.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/meetings.py" line="364"/>
        <source>Setiap peran perlu orangnya.</source>
        <translation>Every role needs its person.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/meetings.py" line="370"/>
        <source>Acara nomor {position} untuk peran ini tidak ada.</source>
        <translation>Agenda item number {position} for this role does not exist.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/meetings.py" line="376"/>
        <source>Acara nomor {aid} bukan bagian dari rapat ini.</source>
        <translation>Agenda item number {aid} is not part of this meeting.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/invitee_groups.py" line="35"/>
        <source>Nama kelompok wajib diisi.</source>
        <translation>The group name is required.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/invitee_groups.py" line="42"/>
        <source>Kelompok undangan nomor {group_id} tidak ada.</source>
        <translation>Invitee group number {group_id} does not exist.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/invitee_groups.py" line="56"/>
        <source>Kelompok bernama {name} sudah ada.</source>
        <translation>A group named {name} already exists.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/invitee_groups.py" line="91"/>
        <location filename="../../kpu_rakor/domain/services/meetings.py" line="414"/>
        <source>Orang nomor {missing} tidak ada di direktori.</source>
        <translation>Person number {missing} is not in the directory.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/meetings.py" line="444"/>
        <source>Orang nomor {person_id} tidak diundang ke rapat nomor {meeting_id}.</source>
        <translation>Person number {person_id} is not invited to meeting number {meeting_id}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/minutes.py" line="155"/>
        <source>{label} bukan waktu yang sah: {value!r}.</source>
        <translation>{label} is not a valid time: {value!r}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/minutes.py" line="164"/>
        <source>{label}: orang nomor {value} tidak ada di direktori.</source>
        <translation>{label}: person number {value} is not in the directory.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/minutes.py" line="173"/>
        <source>Notulen ini sudah disetujui dan terkunci. Tuliskan alasan perubahan untuk membuat revisi baru.</source>
        <translation>These minutes are already approved and locked. Write the reason for the change to make a new revision.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/minutes.py" line="196"/>
        <source>Bagian notulen tidak dikenal: {fields}.</source>
        <translation>Unknown parts of the minutes: {fields}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/minutes.py" line="216"/>
        <source>Waktu penutupan lebih awal dari waktu pembukaan.</source>
        <translation>The closing time is earlier than the opening time.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/minutes.py" line="232"/>
        <location filename="../../kpu_rakor/domain/services/minutes.py" line="260"/>
        <source>Butir notulen tidak dikenal; muat ulang notulen.</source>
        <translation>Unknown part of the minutes; reload the minutes.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/minutes.py" line="276"/>
        <location filename="../../kpu_rakor/domain/services/minutes.py" line="340"/>
        <source>Notulen ini sudah disetujui.</source>
        <translation>These minutes are already approved.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/minutes.py" line="332"/>
        <source>{person.name} tidak berwenang menyetujui notulen rapat ini. Yang berwenang: pimpinan rapat, penandatangan kantor, atau orang yang ditetapkan di Pengaturan.</source>
        <translation>{person.name} may not approve the minutes of this meeting. Who may: the chair of the meeting, the office&apos;s signatory, or the people set in Settings.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/minutes.py" line="343"/>
        <source>Notulis belum menandai notulen ini siap disetujui.</source>
        <translation>The note-taker has not yet marked these minutes ready for approval.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/minutes.py" line="364"/>
        <source>Revisi {number} tidak ada.</source>
        <translation>Revision {number} does not exist.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/drafts.py" line="69"/>
        <source>Judul berita terlalu panjang ({length} huruf; paling banyak {HEADLINE_LIMIT}).</source>
        <translation>The news headline is too long ({length} characters; at most {HEADLINE_LIMIT}).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/drafts.py" line="74"/>
        <source>Isi berita terlalu panjang (paling banyak 100.000 huruf).</source>
        <translation>The news text is too long (at most 100,000 characters).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/drafts.py" line="77"/>
        <source>Inisial penulis paling banyak {INITIALS_LIMIT} huruf, mis. amr atau Hms/Kot.</source>
        <translation>The writer&apos;s initials have at most {INITIALS_LIMIT} characters, e.g. amr or Hms/Kot.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/drafts.py" line="181"/>
        <source>Foto nomor {bad} bukan foto rapat ini.</source>
        <translation>Photo number {bad} is not a photo of this meeting.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/settings.py" line="42"/>
        <source>Tagar {raw!r} tidak sah: pakai huruf dan angka saja, tanpa spasi atau tanda baca (mis. #TemanPemilih).</source>
        <translation>The hashtag {raw!r} is not valid: use only letters and digits, without spaces or punctuation (e.g. #TemanPemilih).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/settings.py" line="50"/>
        <source>Terlalu banyak tagar ({count}); paling banyak {MAX_HASHTAGS}.</source>
        <translation>Too many hashtags ({count}); at most {MAX_HASHTAGS}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/settings.py" line="88"/>
        <source>Keterangan peserta terlalu panjang ({length} huruf; paling banyak {AUDIENCE_LIMIT}).</source>
        <translation>The participants line is too long ({length} characters; at most {AUDIENCE_LIMIT}).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/people.py" line="45"/>
        <location filename="../../kpu_rakor/domain/services/people.py" line="80"/>
        <source>Nama wajib diisi.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/people.py" line="48"/>
        <source>Nama terlalu panjang (paling banyak 300 huruf).</source>
        <translation>The name is too long (at most 300 characters).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/people.py" line="74"/>
        <source>Kolom tidak dikenal: {fields}.</source>
        <translation>Unknown fields: {fields}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/people.py" line="103"/>
        <location filename="../../kpu_rakor/domain/services/people_merge.py" line="54"/>
        <location filename="../../kpu_rakor/domain/services/privacy.py" line="64"/>
        <source>Orang dengan nomor {person_id} tidak ada di direktori.</source>
        <translation>Person number {person_id} is not in the directory.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/people_file.py" line="100"/>
        <source>Berkas {label} bukan CSV: isinya data biner (misalnya berkas Excel .xlsx). Simpan dulu sebagai CSV dari Excel.</source>
        <translation>The file {label} is not a CSV: it contains binary data (an Excel .xlsx file, for example). Save it as CSV from Excel first.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/people_import.py" line="152"/>
        <source>NIP {nip} tersimpan sebagai angka di Excel sehingga angka terakhirnya hilang; ubah sel NIP menjadi Teks, ketik ulang NIP-nya, lalu impor lagi.</source>
        <translation>NIP {nip} is stored as a number in Excel, so its last digits are lost; format the NIP cells as Text, type the NIP again, then import again.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/people_import.py" line="182"/>
        <source>Berkas {label} tidak punya kolom nama (judul kolom yang ditemukan: {shown}). Baris pertama harus berisi judul kolom, misalnya Nama;NIP;Jabatan;Instansi;No HP;Email.</source>
        <translation>The file {label} has no name column (column headings found: {shown}). The first row must hold the column headings, for example Nama;NIP;Jabatan;Instansi;No HP;Email.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/people_import.py" line="250"/>
        <source>berisi karakter NUL (data biner), baris tidak dapat disimpan.</source>
        <translation>contains a NUL character (binary data); the row cannot be stored.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/people_import.py" line="262"/>
        <source>orang yang sama sudah ada di baris {line} berkas ini.</source>
        <translation>the same person is already on row {line} of this file.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/people_import.py" line="147"/>
        <source>nama kosong.</source>
        <translation>empty name.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/people_import.py" line="149"/>
        <source>nama terlalu panjang (paling banyak 300 huruf).</source>
        <translation>name too long (at most 300 characters).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/people_file.py" line="82"/>
        <source>Berkas {label} terkunci kata sandi atau berformat Excel lama (.xls). Buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx atau CSV.</source>
        <translation>File {label} is locked with a password or is an old Excel file (.xls). Open it in Excel, remove the password, then save it as .xlsx or CSV.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/people_file.py" line="117"/>
        <location filename="../../kpu_rakor/domain/zoom/report_file.py" line="138"/>
        <source>Berkas {label} kosong.</source>
        <translation>The file {label} is empty.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/people_file.py" line="126"/>
        <source>Berkas {label} tidak dapat dibaca sebagai teks (bukan UTF-8 maupun Windows-1252).</source>
        <translation>The file {label} cannot be read as text (neither UTF-8 nor Windows-1252).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/people_file.py" line="150"/>
        <source>Berkas {label} bukan CSV yang sah (baris {reader.line_num}: {exc}).</source>
        <translation>The file {label} is not a valid CSV (line {reader.line_num}: {exc}).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/people_file.py" line="199"/>
        <source>Berkas {label} bukan berkas Excel .xlsx yang dapat dibaca (rusak atau bukan Excel). Buka di Excel dan simpan ulang sebagai .xlsx.</source>
        <translation>File {label} is not a readable Excel .xlsx file (damaged or not Excel). Open it in Excel and save it again as .xlsx.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/people_file.py" line="213"/>
        <source>Berkas {label} tidak berisi lembar kerja.</source>
        <translation>File {label} has no worksheet.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/people_file.py" line="248"/>
        <source>Berkas {label} rusak: baris {line} lembar pertamanya tidak dapat dibaca. Buka di Excel dan simpan ulang.</source>
        <translation>File {label} is damaged: row {line} of its first sheet cannot be read. Open it in Excel and save it again.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/people_file.py" line="254"/>
        <source>Lembar pertama berkas {label} kosong; daftar orang harus ada di lembar pertama.</source>
        <translation>The first sheet of file {label} is empty; the list of people must be on the first sheet.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/phone_signin.py" line="76"/>
        <source>{label} terlalu panjang (paling banyak {limit} huruf).</source>
        <translation>{label} is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/phone_signin.py" line="87"/>
        <source>Tanda tangan terlalu pendek; tanda tangani kotaknya dengan jari seperti di kertas.</source>
        <translation>The signature is too short; sign the box with your finger as you would on paper.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/phone_signin.py" line="167"/>
        <source>Tuliskan nama lengkap Anda.</source>
        <translation>Write your full name.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/phone_signin.py" line="172"/>
        <source>Nomor HP hanya boleh berisi angka, spasi, +, - dan tanda kurung.</source>
        <translation>The phone number may only contain digits, spaces, +, - and brackets.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/phone_signin.py" line="175"/>
        <source>Satker yang dipilih tidak dikenal; pilih lagi dari daftar.</source>
        <translation>The chosen office is unknown; choose again from the list.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/photos.py" line="116"/>
        <source>Berkas {shown} tidak ditemukan.</source>
        <translation>The file {shown} was not found.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/photos.py" line="119"/>
        <source>Berkas {shown} tidak dapat dibaca: {reason}.</source>
        <translation>The file {shown} cannot be read: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/photos.py" line="122"/>
        <source>{shown} adalah folder, bukan berkas foto.</source>
        <translation>{shown} is a folder, not a photo file.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/photos.py" line="124"/>
        <source>Berkas {shown} kosong.</source>
        <translation>The file {shown} is empty.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/photos.py" line="127"/>
        <source>Berkas {shown} terlalu besar ({megabytes} MB) untuk sebuah foto.</source>
        <translation>The file {shown} is too large ({megabytes} MB) for a photo.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/photos.py" line="145"/>
        <source>Berkas {shown} bukan gambar yang dapat dibaca; gunakan foto JPG atau PNG.</source>
        <translation>The file {shown} is not a readable image; use a JPG or PNG photo.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/photos.py" line="149"/>
        <source>Gambar {shown} rusak atau tidak lengkap; salin ulang foto itu dari kamera/HP.</source>
        <translation>The image {shown} is damaged or incomplete; copy that photo again from the camera/phone.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/photos.py" line="185"/>
        <source>Foto nomor {photo_id} tidak ditemukan (mungkin sudah dihapus).</source>
        <translation>Photo number {photo_id} was not found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/photos.py" line="264"/>
        <source>Urutan foto tidak cocok dengan foto rapat ini; muat ulang daftar foto.</source>
        <translation>The photo order does not match this meeting&apos;s photos; reload the photo list.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/privacy.py" line="140"/>
        <source>Orang nomor {person_id} sudah dianonimkan.</source>
        <translation>Person number {person_id} has already been anonymised.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/privacy.py" line="297"/>
        <source>Format {fmt!r} tidak dikenal; pilih json atau csv.</source>
        <translation>Unknown format {fmt!r}; choose json or csv.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/privacy.py" line="313"/>
        <source>Berkas {path.name} tidak dapat ditulis (mungkin sedang dibuka di program lain). Tutup berkas itu atau simpan dengan nama lain.</source>
        <translation>The file {path.name} cannot be written (it may be open in another program). Close that file or save under another name.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/privacy.py" line="319"/>
        <source>Folder {path.parent} tidak ada; pilih folder lain.</source>
        <translation>The folder {path.parent} does not exist; choose another folder.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/privacy.py" line="323"/>
        <source>Disk penuh: {path.name} tidak dapat disimpan. Kosongkan ruang disk atau simpan ke disk lain.</source>
        <translation>Disk full: {path.name} could not be saved. Free some disk space or save to another disk.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/privacy.py" line="327"/>
        <source>Berkas {path.name} tidak dapat disimpan: {reason}.</source>
        <translation>The file {path.name} cannot be saved: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/privacy.py" line="366"/>
        <source>Masa simpan harus berupa jumlah bulan.</source>
        <translation>The retention period must be a number of months.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/privacy.py" line="369"/>
        <source>Masa simpan harus 1 sampai {MAX_RETENTION_MONTHS} bulan.</source>
        <translation>The retention period must be 1 to {MAX_RETENTION_MONTHS} months.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/restore.py" line="86"/>
        <source>Berkas cadangan {path} tidak ditemukan.</source>
        <translation>The backup file {path} was not found.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/restore.py" line="89"/>
        <location filename="../../kpu_rakor/domain/services/restore.py" line="109"/>
        <source>Berkas cadangan {path} tidak dapat dibaca: {reason}.</source>
        <translation>The backup file {path} cannot be read: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/restore.py" line="93"/>
        <source>{path} bukan berkas; pilih berkas cadangan kpu-rakor-cadangan-….db.</source>
        <translation>{path} is not a file; choose a backup file kpu-rakor-cadangan-….db.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/restore.py" line="97"/>
        <source>Berkas {name} kosong (0 byte): bukan cadangan. Pilih berkas cadangan lain.</source>
        <translation>The file {name} is empty (0 bytes): not a backup. Choose another backup file.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/restore.py" line="102"/>
        <source>Berkas itu adalah basis data yang sedang dipakai, bukan cadangan. Pilih berkas cadangan kpu-rakor-cadangan-….db.</source>
        <translation>That file is the database in use, not a backup. Choose a backup file kpu-rakor-cadangan-….db.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/restore.py" line="113"/>
        <source>Berkas {name} bukan cadangan KPU Rakor (bukan basis data SQLite). Pilih berkas kpu-rakor-cadangan-….db.</source>
        <translation>The file {name} is not a KPU Rakor backup (not an SQLite database). Choose a file kpu-rakor-cadangan-….db.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/restore.py" line="116"/>
        <source>Berkas cadangan {name} rusak atau terpotong; tidak dapat dipulihkan. Pilih cadangan lain (basis data tidak berubah).</source>
        <translation>The backup file {name} is damaged or cut short; it cannot be restored. Choose another backup (the database is unchanged).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/restore.py" line="129"/>
        <source>Berkas {name} adalah basis data SQLite, tetapi bukan milik KPU Rakor. Pilih berkas kpu-rakor-cadangan-….db (basis data tidak berubah).</source>
        <translation>The file {name} is an SQLite database, but not a KPU Rakor one. Choose a file kpu-rakor-cadangan-….db (the database is unchanged).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/restore.py" line="135"/>
        <source>Cadangan {name} dibuat oleh versi KPU Rakor yang lebih baru (skema {version}, aplikasi ini mengenal sampai {LATEST}). Perbarui aplikasi dulu, lalu pulihkan.</source>
        <translation>The backup {name} was made by a newer version of KPU Rakor (schema {version}; this application knows up to {LATEST}). Update the application first, then restore.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/restore.py" line="142"/>
        <source>Berkas {name} tidak memiliki versi skema KPU Rakor; tidak dapat dipulihkan.</source>
        <translation>The file {name} has no KPU Rakor schema version; it cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/restore.py" line="179"/>
        <source>Salinan basis data saat ini tidak dapat dibuat, jadi pemulihan dibatalkan: {exc}</source>
        <translation>A copy of the current database could not be made, so the restore was cancelled: {exc}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/restore.py" line="207"/>
        <source>Basis data sedang dipakai menulis oleh program lain (mis. KPU Rakor di jendela lain atau perintah kpu-rakor-cli). Tutup atau tunggu program itu, lalu ulangi pemulihan; basis data tidak berubah.</source>
        <translation>Another program is writing to the database (e.g. KPU Rakor in another window, or the kpu-rakor-cli command). Close that program or wait for it, then restore again; the database is unchanged.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/restore.py" line="223"/>
        <source>Berkas cadangan {source.name} tidak dapat dibuka: {exc}.</source>
        <translation>The backup file {source.name} cannot be opened: {exc}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/restore.py" line="234"/>
        <source>Basis data setelah pemulihan tidak lolos pemeriksaan ({verdict}). Pulihkan dari salinan sebelum pemulihan di folder cadangan.</source>
        <translation>The database failed its check after the restore ({verdict}). Restore from the pre-restore copy in the backup folder.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/restore.py" line="247"/>
        <source>Disk penuh: basis data tidak dapat dipulihkan. Kosongkan ruang disk lalu ulangi; basis data tidak berubah.</source>
        <translation>Disk full: the database could not be restored. Free some disk space and try again; the database is unchanged.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/restore.py" line="251"/>
        <source>Ukuran halaman cadangan tidak cocok dengan basis data ini, atau basis data hanya dapat dibaca; basis data tidak berubah.</source>
        <translation>The backup&apos;s page size does not match this database, or the database is read-only; the database is unchanged.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/restore.py" line="254"/>
        <source>Pemulihan gagal: {exc}. Basis data tidak berubah.</source>
        <translation>The restore failed: {exc}. The database is unchanged.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/satker.py" line="19"/>
        <source>Satker/instansi dengan nomor {satker_id} tidak ditemukan.</source>
        <translation>Office/institution number {satker_id} was not found.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/satker.py" line="61"/>
        <source>Nama instansi wajib diisi.</source>
        <translation>The institution name is required.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/satker.py" line="64"/>
        <source>Jenis instansi {kind!r} tidak dikenal.</source>
        <translation>Unknown kind of institution {kind!r}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/satker.py" line="66"/>
        <source>Zona waktu harus WIB, WITA atau WIT.</source>
        <translation>The time zone must be WIB, WITA or WIT.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/zoom_import.py" line="101"/>
        <source>Menit minimal harus bilangan bulat 0 sampai 1440.</source>
        <translation>The minimum minutes must be a whole number from 0 to 1440.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/zoom_import.py" line="127"/>
        <source>Zona waktu {zone!r} tidak dikenal; pilih WIB, WITA atau WIT.</source>
        <translation>Unknown time zone {zone!r}; choose WIB, WITA or WIT.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/zoom_import.py" line="230"/>
        <source>Peserta {name!r} dicocokkan dengan orang yang tidak ada di direktori; pilih lagi.</source>
        <translation>Participant {name!r} was matched to a person who is not in the directory; choose again.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/zoom_import.py" line="239"/>
        <source>Tindakan {prop.action!r} tidak dikenal.</source>
        <translation>Unknown action {prop.action!r}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/zoom/report_file.py" line="108"/>
        <source>Baris {line}, kolom {column!r}: {text!r} bukan tanggal-waktu yang dikenal (contoh: 04/07/2021 09:58:12 AM, 2021-04-07 09:58:12, atau 07/04/2021 9:58).</source>
        <translation>Line {line}, column {column!r}: {text!r} is not a known date and time (for example: 04/07/2021 09:58:12 AM, 2021-04-07 09:58:12, or 07/04/2021 9:58).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/zoom/report_file.py" line="116"/>
        <source>Berkas {label} bukan laporan peserta Zoom (berkas biner). Unduh ulang dalam format CSV.</source>
        <translation>The file {label} is not a Zoom participant report (it is a binary file). Download it again in CSV format.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/zoom/report_file.py" line="124"/>
        <source>Berkas {label} tidak dapat dibaca sebagai teks.</source>
        <translation>The file {label} cannot be read as text.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/zoom/report_file.py" line="132"/>
        <source>Berkas {label} terlalu besar untuk laporan peserta Zoom (lebih dari 50 MB).</source>
        <translation>The file {label} is too large for a Zoom participant report (over 50 MB).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/zoom/report_file.py" line="150"/>
        <source>Berkas {label} bukan CSV yang sah: baris {line} tidak dapat dibaca ({exc}); biasanya ada tanda petik yang tidak ditutup. Unduh ulang laporannya.</source>
        <translation>The file {label} is not a valid CSV: line {line} cannot be read ({exc}); usually a quotation mark is not closed. Download the report again.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/zoom/report_file.py" line="181"/>
        <source>Berkas {label} bukan XLSX yang dapat dibaca; simpan ulang dari Zoom atau Excel.</source>
        <translation>The file {label} is not a readable XLSX; save it again from Zoom or Excel.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/zoom/report_file.py" line="188"/>
        <source>Berkas {label} tidak berisi lembar kerja; simpan ulang dari Zoom atau Excel.</source>
        <translation>The file {label} has no worksheet; save it again from Zoom or Excel.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/zoom/report_file.py" line="203"/>
        <source>Berkas {label} rusak: baris {line} lembar pertamanya tidak dapat dibaca. Simpan ulang dari Zoom atau Excel.</source>
        <translation>The file {label} is damaged: row {line} of its first sheet cannot be read. Save it again from Zoom or Excel.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/zoom/report_file.py" line="226"/>
        <source>Berkas {label} bukan laporan peserta Zoom: kolom nama, waktu bergabung dan waktu keluar tidak ditemukan. Unduh laporan &apos;Participants&apos; dari portal Zoom.</source>
        <translation>The file {label} is not a Zoom participant report: the name, join time and leave time columns were not found. Download the &apos;Participants&apos; report from the Zoom portal.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/zoom/report_file.py" line="279"/>
        <source>Baris {line}, kolom {column!r}: tanggal {local_day.day}/{local_day.month}/{local_day.year} lebih dari {MAX_DAYS_FROM_MEETING} hari dari tanggal rapat ({day_hint.day}/{day_hint.month}/{day_hint.year}). Periksa apakah berkasnya laporan rapat ini.</source>
        <translation>Line {line}, column {column!r}: the date {local_day.day}/{local_day.month}/{local_day.year} is more than {MAX_DAYS_FROM_MEETING} days from the meeting date ({day_hint.day}/{day_hint.month}/{day_hint.year}). Check that the file is this meeting&apos;s report.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/zoom/report_file.py" line="306"/>
        <source>Baris {n}, kolom {column!r}: berisi karakter NUL (data biner), jadi berkas ini rusak. Unduh ulang laporannya dari portal Zoom.</source>
        <translation>Line {n}, column {column!r}: contains a NUL character (binary data), so the file is damaged. Download the report again from the Zoom portal.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/zoom/report_file.py" line="313"/>
        <source>Baris {n}, kolom {column!r}: nama peserta kosong.</source>
        <translation>Line {n}, column {column!r}: the participant&apos;s name is empty.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/zoom/report_file.py" line="320"/>
        <source>Baris {n}: waktu keluar lebih awal dari waktu bergabung.</source>
        <translation>Line {n}: the leave time is earlier than the join time.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/zoom/report_file.py" line="323"/>
        <source>Baris {n}: dari waktu bergabung sampai waktu keluar lebih dari 24 jam ({hours}); satu baris laporan Zoom adalah satu sambungan. Periksa kolom {join_column!r} dan {leave_column!r}.</source>
        <translation>Line {n}: more than 24 hours from join time to leave time ({hours}); one row of a Zoom report is one connection. Check the columns {join_column!r} and {leave_column!r}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/zoom/report_file.py" line="332"/>
        <source>Berkas {label} tidak berisi satu pun peserta.</source>
        <translation>The file {label} contains no participants.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="59"/>
        <source>Judul berita belum diisi.</source>
        <translation>The headline is still empty.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="61"/>
        <source>Judul terlalu panjang ({length} huruf); usahakan di bawah {limit}.</source>
        <translation>The headline is too long ({length} characters); try to keep it under {limit}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="64"/>
        <source>Isi berita masih kosong.</source>
        <translation>The article text is still empty.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="68"/>
        <source>Kantor ini belum diatur (Pengaturan → Profil kantor): berita belum dapat menyebut nama kantor.</source>
        <translation>This office is not set up yet (Settings → Office profile): the article cannot name the office yet.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="72"/>
        <source>Kota untuk baris awal berita belum diisi (Pengaturan → Profil kantor).</source>
        <translation>The city for the article&apos;s opening line is not filled in (Settings → Office profile).</translation>
    </message>
    <message>
        <source>Berita sebaiknya dibuka dengan kota dan situs kantor: &quot;{city}, {website} – …&quot;.</source>
        <translation type="vanished">The article should open with the office&apos;s city and website: &quot;{city}, {website} – …&quot;.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="75"/>
        <source>Berita sebaiknya dibuka dengan kota tempat kegiatan dan situs kantor: &quot;{city}, {website} – …&quot;.</source>
        <translation>The article should open with the city where the activity took place and the office&apos;s website: &quot;{city}, {website} – …&quot;.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="79"/>
        <source>Tulis alamat situs pada baris awal tanpa https:// dan tanpa garis miring di akhir, mis. {website}.</source>
        <translation>Write the website in the dateline without https:// and without a trailing slash, e.g. {website}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="83"/>
        <source>Situs web kantor belum diisi (Pengaturan → Profil kantor); baris awal berita biasanya menyebutnya.</source>
        <translation>The office website is not filled in (Settings → Office profile); the article&apos;s opening line usually names it.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="88"/>
        <source>Tempat kegiatan belum dicatat (tab Rapat → Tempat).</source>
        <translation>The venue of the activity is not recorded (Meeting tab → Venue).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="90"/>
        <source>Berita belum menyebut tempat kegiatan ({venue}).</source>
        <translation>The article does not mention the venue of the activity ({venue}).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="94"/>
        <source>Berita belum menyebut bahwa kegiatan berlangsung secara daring (mis. melalui Zoom Meeting).</source>
        <translation>The article does not say that the activity took place online (e.g. through Zoom Meeting).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="98"/>
        <source>Hari dan tanggal kegiatan ({day_date}) tidak disebut.</source>
        <translation>The day and date of the activity ({day_date}) are not mentioned.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="101"/>
        <source>Jam kegiatan dengan zona waktunya (mis. pukul {time}) tidak disebut.</source>
        <translation>The time of the activity with its time zone (e.g. pukul {time}) is not mentioned.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="105"/>
        <source>Belum tercatat siapa yang membuka kegiatan (tab Peran → Pembukaan, atau di Notulen).</source>
        <translation>It is not recorded who opened the activity (Roles tab → Opening, or in the Minutes).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="108"/>
        <source>Yang membuka kegiatan ({name}) tidak disebut.</source>
        <translation>The person who opened the activity ({name}) is not mentioned.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="114"/>
        <source>Narasumber {name} belum tercatat instansinya (Direktori → orang itu).</source>
        <translation>Speaker {name} has no institution recorded (Directory → that person).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="117"/>
        <source>Narasumber {name} belum tercatat jabatannya (Direktori → orang itu).</source>
        <translation>Speaker {name} has no position recorded (Directory → that person).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="120"/>
        <source>Narasumber {name} tidak disebut dalam berita.</source>
        <translation>Speaker {name} is not mentioned in the article.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="123"/>
        <source>Belum tercatat siapa dari kantor ini yang mengikuti kegiatan (tab Kehadiran).</source>
        <translation>It is not recorded who from this office took part in the activity (Attendance tab).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="130"/>
        <source>Singkatan {word} dipakai sebelum kepanjangannya ditulis.</source>
        <translation>The acronym {word} is used before it is spelled out.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="132"/>
        <source>Singkatan {word} belum ditulis kepanjangannya: tulis &quot;{full} ({word})&quot; saat pertama disebut.</source>
        <translation>The acronym {word} is not spelled out: write &quot;{full} ({word})&quot; the first time it appears.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="135"/>
        <source>Singkatan {word} belum dijelaskan: tulis kepanjangannya lalu ({word}) saat pertama disebut.</source>
        <translation>The acronym {word} is not explained: write it out in full followed by ({word}) the first time it appears.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="142"/>
        <source>Inisial penulis dalam kurung belum ada di akhir berita, mis. (amr).</source>
        <translation>The writer&apos;s initials in brackets are missing at the end of the article, e.g. (amr).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="149"/>
        <source>Paragraf {n} terlalu panjang ({count} kata); pecah menjadi dua atau lebih.</source>
        <translation>Paragraph {n} is too long ({count} words); split it into two or more.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="152"/>
        <source>Tanda kutip di paragraf {n} tidak berpasangan.</source>
        <translation>The quotation marks in paragraph {n} do not pair up.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="163"/>
        <source>Paragraf {n} memuat titik ganda (mis. sesudah gelar &quot;S.Sos.&quot;); hapus satu titik.</source>
        <translation>Paragraph {n} has a double full stop (e.g. after the degree &quot;S.Sos.&quot;); remove one.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="167"/>
        <source>Paragraf {n} dibuka dengan &quot;{word}&quot;: awali paragraf dengan nama orangnya.</source>
        <translation>Paragraph {n} opens with &quot;{word}&quot;: start the paragraph with the person&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="183"/>
        <source>Keterangan jabatan {name} belum ditutup dengan koma: &quot;{name}, {role}, …&quot;.</source>
        <translation>The description of {name}&apos;s position is not closed with a comma: &quot;{name}, {role}, …&quot;.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="188"/>
        <source>&quot;{position}, {office}&quot; terbaca sebagai dua hal: tulis tanpa koma, mis. &quot;{position} {office}&quot;.</source>
        <translation>&quot;{position}, {office}&quot; reads as two things: write it without the comma, e.g. &quot;{position} {office}&quot;.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="196"/>
        <source>{short} disebut sebelum diperkenalkan dengan nama lengkap dan jabatannya ({name}).</source>
        <translation>{short} is mentioned before being introduced with full name and position ({name}).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/news/checklist.py" line="202"/>
        <source>Berita {count} kata; berita kegiatan biasanya {low}–{high} kata (pilih Versi panjang untuk yang lebih panjang).</source>
        <translation>The article has {count} words; activity news usually has {low}–{high} words (choose Long version for a longer one).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/nip.py" line="25"/>
        <source>NIP harus 18 angka (tertulis {digits} angka): {raw!r}.</source>
        <translation>A NIP has 18 digits (this one has {digits}): {raw!r}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/nip.py" line="31"/>
        <source>8 angka pertama NIP bukan tanggal lahir yang sah: {raw!r}.</source>
        <translation>The first 8 digits of the NIP are not a valid date of birth: {raw!r}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/nip.py" line="35"/>
        <source>Angka ke-15 NIP (jenis kelamin) harus 1 atau 2: {raw!r}.</source>
        <translation>Digit 15 of the NIP (sex) must be 1 or 2: {raw!r}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/transfer.py" line="171"/>
        <source>Berkas {path!r} bukan teks UTF-8, jadi bukan ekspor rapat KPU Rakor.</source>
        <translation>The file {path!r} is not UTF-8 text, so it is not a KPU Rakor meeting export.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/transfer.py" line="177"/>
        <source>Berkas {path!r} bukan JSON yang sah (rusak di baris {exc.lineno}, kolom {exc.colno}).</source>
        <translation>The file {path!r} is not valid JSON (damaged at line {exc.lineno}, column {exc.colno}).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/transfer.py" line="182"/>
        <source>Berkas {path!r} bersarang terlalu dalam untuk dibaca.</source>
        <translation>The file {path!r} is nested too deeply to be read.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/transfer.py" line="186"/>
        <source>Berkas {path!r} berisi angka yang terlalu panjang, jadi bukan ekspor rapat KPU Rakor yang sah.</source>
        <translation>The file {path!r} contains a number that is too long, so it is not a valid KPU Rakor meeting export.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/agenda_templates.py" line="36"/>
        <source>Jenis kegiatan templat wajib diisi.</source>
        <translation>The template&apos;s kind of meeting is required.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/agenda_templates.py" line="83"/>
        <source>Agenda masih kosong; tidak ada yang disimpan sebagai templat.</source>
        <translation>The agenda is empty; nothing was saved as a template.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/agenda_templates.py" line="139"/>
        <source>Belum ada templat agenda untuk jenis kegiatan “{kind}”.</source>
        <translation>There is no agenda template for the kind “{kind}” yet.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/agenda_templates.py" line="142"/>
        <source>Agenda rapat ini sudah berisi acara; templat hanya menggantinya bila diminta (CLI: --replace).</source>
        <translation>This meeting&apos;s agenda already has items; a template replaces them only when asked (CLI: --replace).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/invitation_batch.py" line="104"/>
        <source>Rapat ini belum punya undangan yang tersimpan. Tambahkan peserta di tab Undangan dan simpan rapat terlebih dahulu.</source>
        <translation>This meeting has no saved invitees yet. Add participants on the Invitees tab and save the meeting first.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/invitation_batch.py" line="140"/>
        <source>Folder {folder} tidak ada; pilih folder lain.</source>
        <translation>Folder {folder} does not exist; choose another folder.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/mark_present.py" line="73"/>
        <source>Tandai kehadiran sekaligus hanya untuk rapat yang kantor ini hadiri sebagai peserta; kehadiran rapat sendiri dicatat di meja presensi.</source>
        <translation>Marking attendance in one step is only for meetings this office attended as a participant; attendance at our own meetings is recorded at the check-in desk.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/mark_present.py" line="78"/>
        <source>Saluran kehadiran {channel!r} tidak dikenal; pilih luring atau daring.</source>
        <translation>Attendance channel {channel!r} is unknown; choose luring (in person) or daring (online).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/mark_present.py" line="82"/>
        <source>Belum ada orang yang dipilih.</source>
        <translation>No one has been chosen yet.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/meeting_copy.py" line="101"/>
        <source>Tanggal dan jam rapat baru wajib diisi.</source>
        <translation>The new meeting&apos;s date and time are required.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/office_invitations.py" line="85"/>
        <source>Satker nomor {sid} bukan provinsi atau tidak punya kabupaten/kota.</source>
        <translation>Office number {sid} is not a province or has no regencies/cities.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/people_import_undo.py" line="61"/>
        <source>Tidak ada impor orang yang dapat diurungkan.</source>
        <translation>There is no import of people to undo.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/people_import_undo.py" line="65"/>
        <source>Impor nomor {batch_id} tidak ada.</source>
        <translation>Import number {batch_id} does not exist.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/people_import_undo.py" line="67"/>
        <source>Impor nomor {batch_id} sudah diurungkan.</source>
        <translation>Import number {batch_id} has already been undone.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/people_import_undo.py" line="75"/>
        <source>Impor dari {file} tidak dapat diurungkan: {count} orang yang ditambahkannya sudah dipakai sejak itu (diundang, hadir, diberi peran atau tindak lanjut), yaitu {names}{more}. Hapus orang itu satu per satu dari Direktori bila memang perlu.</source>
        <translation>The import of {file} cannot be undone: {count} of the people it added have been used since (invited, present, given a role or a follow-up): {names}{more}. Delete those people one by one from the Directory if really needed.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/people_merge.py" line="49"/>
        <source>Pilih dua orang yang berbeda untuk digabungkan.</source>
        <translation>Choose two different people to merge.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/recap.py" line="202"/>
        <source>Akhir periode ({end}) lebih awal dari awalnya ({start}); periksa tanggalnya.</source>
        <translation>The end of the period ({end}) is before its start ({start}); check the dates.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/recap.py" line="207"/>
        <source>Saringan rekap tidak dikenal: peran {role!r}, mode {mode!r}.</source>
        <translation>Unknown recap filter: role {role!r}, mode {mode!r}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/recap_output.py" line="99"/>
        <source>Format {fmt!r} tidak dikenal; pilih xlsx, csv atau pdf.</source>
        <translation>Unknown format {fmt!r}; choose xlsx, csv or pdf.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/recap_output.py" line="107"/>
        <source>Rekap “{by}” tidak dikenal; pilih salah satu: {options}.</source>
        <translation>Unknown recap “{by}”; choose one of: {options}.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/table_export.py" line="22"/>
        <source>Format {fmt!r} tidak dikenal; pilih xlsx atau csv.</source>
        <translation>Unknown format {fmt!r}; choose xlsx or csv.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/letter_fields.py" line="66"/>
        <source>Sifat surat wajib diisi, misalnya Biasa.</source>
        <translation>The letter classification is required, e.g. Biasa (ordinary).</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/letter_fields.py" line="68"/>
        <source>Pilih penanda tangan: Ketua atau Sekretaris.</source>
        <translation>Choose the signatory: Chair or Secretary.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/receipts.py" line="155"/>
        <source>Jumlah uang untuk {what} harus angka rupiah dari 0 sampai 999.999.999.999.</source>
        <translation>The amount for {what} must be a rupiah number from 0 to 999,999,999,999.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/receipts.py" line="190"/>
        <source>Daftar tanda terima belum dapat dibuat: besaran uang rapat ini belum diisi. Isi dulu jumlah per peran lewat tombol Atur daftar tanda terima.</source>
        <translation>The receipt list cannot be made yet: no amounts are set for this meeting. First fill in the amount per role with the Set up receipt list button.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/receipts.py" line="202"/>
        <source>Daftar tanda terima hanya dibuat untuk kegiatan yang diselenggarakan kantor ini.</source>
        <translation>Receipt lists are only made for events this office organises.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/documents/registry.py" line="21"/>
        <source>Dokumentasi tidak dapat dibuat: rapat ini belum punya foto.</source>
        <translation>The photo documentation cannot be made: this meeting has no photos yet.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/documents/registry.py" line="27"/>
        <source>Berita Kegiatan tidak dapat dibuat: draf berita rapat ini belum ditulis.</source>
        <translation>The news article cannot be made: no draft has been written for this meeting yet.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/certificates.py" line="61"/>
        <source>Sertifikat hanya diterbitkan untuk kegiatan yang diselenggarakan kantor ini.</source>
        <translation>Certificates are only issued for events this office organises.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/domain/services/certificates.py" line="65"/>
        <source>Sertifikat dibuat untuk kegiatan sosialisasi, bimtek atau webinar; ubah Jenis kegiatan di tab Rapat bila kegiatan ini salah satunya.</source>
        <translation>Certificates are made for outreach events, technical guidance sessions or webinars; change the event kind on the Meeting tab if this event is one of them.</translation>
    </message>
</context>
<context>
    <name>followups</name>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_model.py" line="28"/>
        <location filename="../../kpu_rakor/ui/followups/followups_model.py" line="283"/>
        <source>terlambat {0} hari</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_model.py" line="31"/>
        <location filename="../../kpu_rakor/ui/followups/followups_model.py" line="285"/>
        <source>batas waktu hari ini</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_model.py" line="33"/>
        <source>dibawa dari rapat {0}</source>
        <translation>carried over from meeting {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_model.py" line="36"/>
        <source>dibawa ke rapat {0}</source>
        <translation>carried over to meeting {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_model.py" line="57"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_model.py" line="58"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_model.py" line="59"/>
        <source>Penanggung jawab</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_model.py" line="60"/>
        <source>Satker</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_model.py" line="61"/>
        <source>Batas waktu</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_model.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_model.py" line="63"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_model.py" line="64"/>
        <source>Rapat</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_model.py" line="65"/>
        <source>Seri</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/followups/followups_model.py" line="123"/>
        <source>Seri: {0}</source>
        <translation>Series: {0}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="13"/>
        <location filename="../../kpu_rakor/ui/labels.py" line="69"/>
        <source>Luring</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="14"/>
        <location filename="../../kpu_rakor/ui/labels.py" line="70"/>
        <source>Daring</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="15"/>
        <source>Hibrida</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="19"/>
        <source>Tuan rumah</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="20"/>
        <location filename="../../kpu_rakor/ui/labels.py" line="45"/>
        <location filename="../../kpu_rakor/ui/labels.py" line="52"/>
        <source>Peserta</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="24"/>
        <source>Konsep</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="25"/>
        <source>Terjadwal</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="26"/>
        <source>Berlangsung</source>
        <translation>Under way</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="27"/>
        <location filename="../../kpu_rakor/ui/labels.py" line="83"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="31"/>
        <source>Pimpinan rapat</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="32"/>
        <source>Pembukaan</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="33"/>
        <location filename="../../kpu_rakor/ui/labels.py" line="41"/>
        <location filename="../../kpu_rakor/ui/labels.py" line="53"/>
        <source>Narasumber</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="34"/>
        <location filename="../../kpu_rakor/ui/labels.py" line="42"/>
        <location filename="../../kpu_rakor/ui/labels.py" line="54"/>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="35"/>
        <source>MC/Pembawa acara</source>
        <translation>MC/Host</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="36"/>
        <location filename="../../kpu_rakor/ui/labels.py" line="44"/>
        <source>Notulis</source>
        <translation>Note-taker</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="43"/>
        <location filename="../../kpu_rakor/ui/labels.py" line="55"/>
        <source>Pembawa Acara</source>
        <translation>Master of Ceremonies</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="139"/>
        <source>sertifikat</source>
        <translation>certificates</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="140"/>
        <source>daftar tanda terima</source>
        <translation>receipt list</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="145"/>
        <source>kehadiran</source>
        <translation>attendance</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="146"/>
        <source>kehadiran sebagai wakil</source>
        <translation>attendance as a delegate</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="148"/>
        <source>peran</source>
        <translation>roles</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="149"/>
        <source>kutipan</source>
        <translation>quotes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="151"/>
        <source>notulen (pembuka)</source>
        <translation>minutes (opened)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="152"/>
        <source>notulen (penyetuju)</source>
        <translation>minutes (approved)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="153"/>
        <source>pimpinan rapat</source>
        <translation>meeting chair</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="154"/>
        <source>notulis rapat</source>
        <translation>note-taker</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="157"/>
        <source>kelompok undangan</source>
        <translation>invitee group</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="162"/>
        <source>Perbarui</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="163"/>
        <source>Tetap</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="164"/>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="168"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="169"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="170"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="171"/>
        <source>Satker</source>
        <translation>Satker</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="172"/>
        <source>HP</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="173"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="193"/>
        <source>Bawaslu</source>
        <translation>Bawaslu (election supervisory body)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="194"/>
        <source>Pemerintah daerah</source>
        <translation>Local government</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="195"/>
        <source>Perguruan tinggi</source>
        <translation>University</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="196"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="197"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="199"/>
        <source>KPU</source>
        <translation>KPU</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="205"/>
        <source>RI</source>
        <translation>National (RI)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="206"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="207"/>
        <source>Kab/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="208"/>
        <source>Instansi lain</source>
        <translation>Other institutions</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="59"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="60"/>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="61"/>
        <source>Izin</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="62"/>
        <source>Sakit</source>
        <translation>Sick</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="63"/>
        <source>Dinas luar</source>
        <translation>On duty elsewhere</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="64"/>
        <source>Diwakili</source>
        <translation>Represented</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="65"/>
        <source>Tanpa keterangan</source>
        <translation>No reason given</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="94"/>
        <location filename="../../kpu_rakor/ui/labels.py" line="161"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="95"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="96"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="97"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="78"/>
        <location filename="../../kpu_rakor/ui/labels.py" line="98"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="99"/>
        <source>Undang</source>
        <translation>Invite</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="100"/>
        <source>Ubah status kehadiran</source>
        <translation>Change attendance status</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="101"/>
        <source>Batalkan presensi</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="102"/>
        <source>Konfirmasi tamu</source>
        <translation>Confirm guest</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="103"/>
        <source>Gabungkan tamu</source>
        <translation>Merge guest</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="104"/>
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="105"/>
        <source>Tandai siap</source>
        <translation>Mark ready</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="106"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="107"/>
        <source>Revisi</source>
        <translation>Revise</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="108"/>
        <source>Susun draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="109"/>
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="110"/>
        <source>Bawa ke rapat berikut</source>
        <translation>Carry to next meeting</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="111"/>
        <source>Anonimkan</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="112"/>
        <source>Anonimkan (masa simpan)</source>
        <translation>Anonymise (retention)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="113"/>
        <source>Urungkan impor</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="114"/>
        <source>Gabungkan orang</source>
        <translation>Merge people</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="118"/>
        <source>orang</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="119"/>
        <source>rapat</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="120"/>
        <source>presensi</source>
        <translation>check-in</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="121"/>
        <source>daftar hadir</source>
        <translation>attendance list</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="122"/>
        <source>kartu peserta</source>
        <translation>badges</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="123"/>
        <location filename="../../kpu_rakor/ui/labels.py" line="147"/>
        <source>undangan</source>
        <translation>invitation</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="124"/>
        <location filename="../../kpu_rakor/ui/labels.py" line="125"/>
        <source>notulen</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="126"/>
        <source>dokumentasi</source>
        <translation>photo documentation</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="127"/>
        <source>paket dokumen</source>
        <translation>document pack</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="128"/>
        <source>berita</source>
        <translation>news</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="129"/>
        <source>cadangan</source>
        <translation>backup</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="130"/>
        <location filename="../../kpu_rakor/ui/labels.py" line="156"/>
        <source>penanda tangan</source>
        <translation>signatories</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="131"/>
        <source>satker</source>
        <translation>office</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="132"/>
        <location filename="../../kpu_rakor/ui/labels.py" line="155"/>
        <source>foto</source>
        <translation>photo</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="133"/>
        <source>urutan foto</source>
        <translation>photo order</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="134"/>
        <source>agenda</source>
        <translation>agenda</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="135"/>
        <source>peran rapat</source>
        <translation>meeting roles</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="136"/>
        <location filename="../../kpu_rakor/ui/labels.py" line="150"/>
        <source>tindak lanjut</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="137"/>
        <source>log audit</source>
        <translation>audit log</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="138"/>
        <source>pengaturan</source>
        <translation>settings</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="74"/>
        <source>Kode QR</source>
        <translation>QR code</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="75"/>
        <source>Manual</source>
        <translation>By hand</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="76"/>
        <source>Laporan Zoom</source>
        <translation>Zoom report</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="77"/>
        <source>HP (LAN)</source>
        <translation>Phone (LAN)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="82"/>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="84"/>
        <source>Batal</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="88"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="89"/>
        <source>Siap disetujui</source>
        <translation>Ready for approval</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/labels.py" line="90"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
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
        <location filename="../../kpu_rakor/ui/messages.py" line="46"/>
        <location filename="../../kpu_rakor/ui/messages.py" line="50"/>
        <location filename="../../kpu_rakor/ui/messages.py" line="55"/>
        <source>KPU Rakor</source>
        <translation>KPU Rakor</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/messages.py" line="54"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/messages.py" line="108"/>
        <source>Terjadi kesalahan yang tidak terduga. Rinciannya dicatat di {0}; pekerjaan yang sudah disimpan aman. Laporkan berkas itu kepada pengelola aplikasi.</source>
        <translation>An unexpected error occurred. The details are logged in {0}; work already saved is safe. Please report that file to the app administrator.</translation>
    </message>
</context>
<context>
    <name>qr_file</name>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/qr_file.py" line="32"/>
        <source>Simpan kode QR {0}</source>
        <translation>Save QR code of {0}</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/qr_file.py" line="33"/>
        <source>Gambar PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meeting/qr_file.py" line="44"/>
        <source>Kode QR tidak dapat disimpan di {0}: {1}. Pilih folder lain.</source>
        <translation>The QR code could not be saved to {0}: {1}. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>search_results</name>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/search_results.py" line="23"/>
        <source>Notulen</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/search_results.py" line="24"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/search_results.py" line="25"/>
        <source>Kutipan</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/search_results.py" line="26"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/search_results.py" line="27"/>
        <source>Berita</source>
        <translation>News</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/search_results.py" line="28"/>
        <source>pembukaan</source>
        <translation>opening</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/search_results.py" line="29"/>
        <source>pembahasan</source>
        <translation>discussion</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/search_results.py" line="30"/>
        <source>keputusan acara</source>
        <translation>item decisions</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/search_results.py" line="31"/>
        <source>kesimpulan</source>
        <translation>conclusions</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/search_results.py" line="32"/>
        <source>penutupan</source>
        <translation>closing</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/search_results.py" line="33"/>
        <source>catatan penyelesaian</source>
        <translation>resolution note</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/search_results.py" line="34"/>
        <source>judul</source>
        <translation>headline</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/meetings/search_results.py" line="35"/>
        <source>isi</source>
        <translation>text</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../kpu_rakor/ui/widgets.py" line="134"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kpu_rakor/ui/jobs.py" line="162"/>
        <location filename="../../kpu_rakor/ui/widgets.py" line="135"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
