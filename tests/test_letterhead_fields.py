"""The kop surat as fields over the stored text: typed kops are read back into fields, and fields written
are read back unchanged (domain/letterhead_fields)."""
from __future__ import annotations

import pytest

from kpu_rakor.domain.letterhead_fields import LetterheadFields, join, normalize_website, split
from kpu_rakor.domain.services.demo import LETTERHEAD


def test_the_demo_kop_splits_into_its_fields():
    f = split(LETTERHEAD)
    assert f == LetterheadFields(
        name="KOMISI PEMILIHAN UMUM\nKABUPATEN TULUNGAGUNG",
        address="Jl. Ki Hajar Dewantara No. 31, Beji, Boyolangu, Tulungagung 66233",
        phone="(0355) 321234", email="kpu.tulungagungkab@gmail.com", website="kab-tulungagung.kpu.go.id")
    assert join(f) == LETTERHEAD  # the kop prints exactly as before once saved from the fields


@pytest.mark.parametrize("typed, expected", [
    ("KPU KOTA BLITAR\nJl. Ciliwung No. 12 Blitar Telp. (0342) 801234\nkpu.blitarkota@gmail.com\n"
     "https://kota-blitar.kpu.go.id/",
     LetterheadFields("KPU KOTA BLITAR", "Jl. Ciliwung No. 12 Blitar", "(0342) 801234", "kpu.blitarkota@gmail.com",
                      "kota-blitar.kpu.go.id")),
    ("KOMISI PEMILIHAN UMUM PROVINSI JAWA TIMUR\nJl. Tenggilis Mejoyo Kav. 1-3 Surabaya\n"
     "Telepon: 031-8430000 | E-mail: jatim@kpu.go.id | Website: www.jatim.kpu.go.id",
     LetterheadFields("KOMISI PEMILIHAN UMUM PROVINSI JAWA TIMUR", "Jl. Tenggilis Mejoyo Kav. 1-3 Surabaya",
                      "031-8430000", "jatim@kpu.go.id", "www.jatim.kpu.go.id")),
    ("", LetterheadFields()),
])
def test_typed_kops_are_read_into_fields(typed, expected):
    assert split(typed) == expected


def test_fields_round_trip():
    f = LetterheadFields("KOMISI PEMILIHAN UMUM\nKABUPATEN KEDIRI", "Jl. Pamenang No. 1\nKediri 64182",
                         "(0354) 689000", "kab-kediri@kpu.go.id", "kab-kediri.kpu.go.id")
    assert split(join(f)) == f


@pytest.mark.parametrize("typed, shown", [
    ("https://Kab-Tulungagung.kpu.go.id/", "kab-tulungagung.kpu.go.id"),
    ("http://www.kpu.go.id//", "www.kpu.go.id"),
    ("  jdih.kpu.go.id/Peraturan/ ", "jdih.kpu.go.id/Peraturan"),
    ("", ""),
])
def test_website_is_normalised(typed, shown):
    assert normalize_website(typed) == shown
