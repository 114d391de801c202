"""The people of the demo: about a hundred invented names from KPU offices in Jawa Timur and their partners.

Every name is made up, but written the way offices write them (titles before, degrees after the comma,
single names); staff have valid NIPs, commissioners and guests none.
"""
from __future__ import annotations

import random

from . import people as people_service
from . import satker as satker_service

# Our office: (name, position, has NIP, key used by the meetings).
TULUNGAGUNG = (
    ("Drs. H. Mohammad Arif Hidayat, M.Si.", "Ketua", False, "ketua"),
    ("Much. Amiruddin", "Anggota Divisi Sosialisasi, Pendidikan Pemilih, Partisipasi Masyarakat dan SDM", False,
     "parmas"),
    ("Ahmad Fauzi Rahman, S.Sos.", "Anggota Divisi Teknis Penyelenggaraan", False, "teknis"),
    ("Hj. Siti Nur Aini, S.H., M.H.", "Anggota Divisi Hukum dan Pengawasan", False, "hukum"),
    ("Dwi Retno Wulandari, S.E., M.M.", "Anggota Divisi Perencanaan, Data dan Informasi", False, "datin"),
    ("Drs. Bambang Setiawan, M.Si.", "Sekretaris", True, "sekretaris"),
    ("Endah Puspitasari, S.Sos.", "Kasubag Teknis Penyelenggaraan Pemilu, Partisipasi dan Hupmas", True, "kasubag"),
    ("Agus Prasetyo, S.H.", "Kasubag Hukum dan SDM", True, "kasubag_hukum"),
    ("Rina Kusumawati, S.Kom.", "Kasubag Perencanaan, Data dan Informasi", True, "kasubag_datin"),
    ("H. Sugeng Riyadi, S.E.", "Kasubag Keuangan, Umum dan Logistik", True, "kasubag_kul"),
    ("Moch. Rizal Fahmi, S.Kom.", "Staf Teknis dan Hupmas (Operator Medsos)", True, "operator"),
    ("Dian Permatasari, S.I.Kom.", "Staf Teknis dan Hupmas", True, "staf_hupmas"),
    ("Yuli Astutik", "Staf Teknis Penyelenggaraan", True, "staf_teknis"),
    ("Wahyu Nugroho, A.Md.", "Staf Perencanaan, Data dan Informasi", True, "staf_datin"),
    ("Sri Handayani", "Staf Keuangan, Umum dan Logistik", True, "staf_kul"),
    ("Lilik Suryani, S.AP.", "Staf Hukum dan SDM", True, "staf_hukum"),
    ("Kusnadi", "Pengemudi", False, "pengemudi"),
    ("Eko Budi Santoso", "Staf Umum", True, "staf_umum"),
)

KPU_RI = (
    ("Dr. H. Syamsul Bahri Lubis, S.H., M.H.", "Ketua", False, "ketua_ri"),
    ("Dra. Ratna Dewi Kartikasari, M.Si.", "Anggota Divisi Sosialisasi, Pendidikan Pemilih dan Partisipasi "
     "Masyarakat", False, "parmas_ri"),
    ("Drs. Cahyo Wibowo, M.Si.", "Kepala Biro Partisipasi dan Hubungan Masyarakat", True, "biro_ri"),
    ("Nur Laila Fitriani, S.I.P.", "Koordinator Hubungan Masyarakat", True, "humas_ri"),
    ("Andreas Simanjuntak, S.Kom.", "Staf Biro Partisipasi dan Humas", True, "staf_ri"),
)

JATIM = (
    ("Dr. Choirul Anam, S.Ag., M.Pd.I.", "Ketua", False, "ketua_jatim"),
    ("Gatot Wahyu Baskoro", "Anggota Divisi Sosialisasi, Pendidikan Pemilih, Partisipasi Masyarakat dan SDM",
     False, "parmas_jatim"),
    ("Rochmad Hidayatullah, S.Sos., M.Si.", "Anggota Divisi Teknis Penyelenggaraan", False, "teknis_jatim"),
    ("Ir. H. Nanang Kosim, M.M.", "Sekretaris", True, "sekretaris_jatim"),
    ("Heru Santoso, S.Sos., M.AP.", "Kepala Bagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hupmas", True,
     "kabag_jatim"),
    ("Retno Ambarwati, S.Sos.", "Kasubag Partisipasi dan Hupmas", True, "kasubag_jatim"),
    ("Fajar Maulana", "Staf Partisipasi dan Hupmas", True, "staf_jatim"),
)

# Neighbouring KPU Kabupaten/Kota by region code.
NEIGHBOURS = ("35.05", "35.72", "35.03", "35.06", "35.71", "35.01", "35.02", "35.07", "35.16", "35.77")
NEIGHBOUR_POSITIONS = (
    ("Ketua", False),
    ("Anggota Divisi Sosialisasi, Pendidikan Pemilih, Partisipasi Masyarakat dan SDM", False),
    ("Anggota Divisi Teknis Penyelenggaraan", False),
    ("Sekretaris", True),
    ("Kasubag Teknis Penyelenggaraan Pemilu, Partisipasi dan Hupmas", True),
    ("Staf Teknis dan Hupmas (Operator Medsos)", True),
)

# Institutions outside the KPU directory: (name, kind, [(name, position, key)]).
PARTNERS = (
    ("Bawaslu Kabupaten Tulungagung", "bawaslu", (
        ("Drs. Imam Mukhlis, M.Pd.", "Ketua", "bawaslu_ketua"),
        ("Nurul Hidayah, S.H.", "Anggota Koordinator Divisi Pencegahan", "bawaslu_anggota"),
        ("Sutrisno", "Staf Pengawasan", "bawaslu_staf"))),
    ("Dinas Komunikasi dan Informatika Kabupaten Tulungagung", "pemda", (
        ("Ir. Joko Purnomo, M.T.", "Kepala Dinas", "kominfo_kadis"),
        ("Tri Wahyuningsih, S.Sos.", "Kepala Bidang Informasi dan Komunikasi Publik", "kominfo_kabid"))),
    ("Badan Kesatuan Bangsa dan Politik Kabupaten Tulungagung", "pemda", (
        ("H. Didik Suprayitno, S.Sos., M.Si.", "Kepala Badan", "bakesbangpol"),
        ("Anang Kurniawan", "Analis Kebijakan", "bakesbangpol_staf"))),
    ("UIN Sayyid Ali Rahmatullah Tulungagung", "universitas", (
        ("Prof. Dr. H. Abdul Hakim, M.Ag.", "Dosen Fakultas Ushuluddin, Adab dan Dakwah", "dosen"),
        ("Dr. Ika Rahmawati, M.Si.", "Dosen Ilmu Komunikasi", "dosen2"))),
    ("Radar Tulungagung", "media", (
        ("Teguh Santosa", "Wartawan", "wartawan"),
        ("Mega Lestari", "Redaktur", "redaktur"))),
    ("Radio Suara Tulungagung FM", "media", (("Bayu Aji Pratama", "Penyiar", "penyiar"),)),
)

FEMALE_KEYS = {"hukum", "datin", "kasubag", "kasubag_datin", "staf_hupmas", "staf_teknis", "staf_kul", "staf_hukum",
               "parmas_ri", "humas_ri", "kasubag_jatim", "bawaslu_anggota", "kominfo_kabid", "dosen2", "redaktur"}
MALE = ("Agus", "Bambang", "Budi", "Dedi", "Eko", "Hadi", "Imam", "Joko", "Kukuh", "Lukman", "Mohammad", "Nanang",
        "Puji", "Rudi", "Slamet", "Sigit", "Wahyu", "Yusuf", "Zainal", "Arif", "Heru", "Anang", "Didik", "Hendra")
FEMALE = ("Ani", "Dewi", "Endang", "Fitri", "Indah", "Kartika", "Lestari", "Mega", "Nurul", "Retno", "Sri", "Umi",
          "Wulan", "Yeni", "Siti", "Rina", "Dyah", "Novita")
FAMILY = ("Santoso", "Prasetyo", "Wibowo", "Hidayat", "Susanto", "Purnomo", "Setiawan", "Kurniawan", "Saputra",
          "Nugroho", "Hartono", "Wahyudi", "Maulana", "Firmansyah", "Kusuma", "Pratama", "Utomo")
FEMALE_FAMILY = ("Rahayu", "Suryani", "Handayani", "Wahyuni", "Astuti", "Lestari", "Rahmawati", "Puspitasari",
                 "Kusumawati", "Safitri", "Susanti", "Anggraini")
DEGREES = ("S.Sos.", "S.H.", "S.E.", "S.Pd.", "S.Kom.", "S.IP.", "S.AP.")
MASTERS = ("M.Si.", "M.Pd.", "M.H.", "M.M.", "M.AP.")


def _nip(rng: random.Random, female: bool, used: set[str]) -> str:
    while True:
        year = rng.randint(1966, 1994)
        born = f"{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        hired = f"{min(year + rng.randint(22, 30), 2020)}{rng.randint(1, 12):02d}"
        nip = f"{born}{hired}{'2' if female else '1'}{rng.randint(1, 6):03d}"
        if nip not in used:
            used.add(nip)
            return nip


def _invented_name(rng: random.Random, female: bool, senior: bool) -> str:
    first = rng.choice(FEMALE if female else MALE)
    if rng.random() < 0.15:
        return first  # a single name, as many Javanese have
    name = f"{first} {rng.choice(FEMALE_FAMILY if female else FAMILY)}"
    if senior and rng.random() < 0.4:
        name = ("Hj. " if female else rng.choice(("H. ", "Drs. "))) + name
    degrees = [rng.choice(DEGREES)] if rng.random() < 0.8 else []
    if senior and degrees and rng.random() < 0.5:
        degrees.append(rng.choice(MASTERS))
    return ", ".join([name, *degrees]) if not name.startswith("Drs.") else f"{name}, {rng.choice(MASTERS)}"


def _phone(rng: random.Random) -> str:
    return "08" + rng.choice(("12", "13", "15", "21", "52", "56", "57", "77", "81", "95")) + \
        "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((7, 8))))


def create_people(rng: random.Random) -> dict[str, object]:
    """All demo people, keyed by a role name the meetings use; neighbours are keyed by region code."""
    used: set[str] = set()
    out: dict[str, object] = {}

    def add(name, position, satker_id, has_nip, key, female=None):
        female = key in FEMALE_KEYS if female is None else female  # the NIP's 15th digit records sex
        p = people_service.create(name=name, position=position, satker_id=satker_id,
                                  nip=_nip(rng, female, used) if has_nip else None, phone=_phone(rng))
        out[key] = p
        return p

    for rows, code in ((TULUNGAGUNG, "35.04"), (KPU_RI, "00"), (JATIM, "35")):
        sid = satker_service.by_region_code(code).id
        for name, position, has_nip, key in rows:
            add(name, position, sid, has_nip, key)
    for code in NEIGHBOURS:
        sid = satker_service.by_region_code(code).id
        for n, (position, has_nip) in enumerate(NEIGHBOUR_POSITIONS):
            if n == 5 and rng.random() < 0.4:
                continue  # not every office sends its operator
            female = rng.random() < 0.4
            add(_invented_name(rng, female, n < 5), position, sid, has_nip, f"{code}/{n}", female=female)
    for inst, kind, rows in PARTNERS:
        s = satker_service.add_institution(inst, kind=kind, city="Tulungagung")
        for name, position, key in rows:
            add(name, position, s.id, False, key)
    return out
