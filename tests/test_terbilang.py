"""Indonesian number words for receipts: what a finance officer checks against the figures."""
import pytest

from kpu_rakor.domain.terbilang import rupiah, rupiah_words, terbilang


@pytest.mark.parametrize("n, words", [
    (0, "nol"),
    (1, "satu"),
    (9, "sembilan"),
    (10, "sepuluh"),
    (11, "sebelas"),
    (12, "dua belas"),
    (19, "sembilan belas"),
    (20, "dua puluh"),
    (21, "dua puluh satu"),
    (99, "sembilan puluh sembilan"),
    (100, "seratus"),
    (101, "seratus satu"),
    (111, "seratus sebelas"),
    (115, "seratus lima belas"),
    (200, "dua ratus"),
    (999, "sembilan ratus sembilan puluh sembilan"),
    (1000, "seribu"),
    (1001, "seribu satu"),
    (1100, "seribu seratus"),
    (1500, "seribu lima ratus"),
    (2000, "dua ribu"),
    (11000, "sebelas ribu"),
    (100000, "seratus ribu"),
    (101000, "seratus satu ribu"),
    (111111, "seratus sebelas ribu seratus sebelas"),
    (150000, "seratus lima puluh ribu"),
    (1000000, "satu juta"),
    (1001000, "satu juta seribu"),
    (1250000, "satu juta dua ratus lima puluh ribu"),
    (2500000, "dua juta lima ratus ribu"),
    (10000000, "sepuluh juta"),
    (100000000, "seratus juta"),
    (1000000000, "satu miliar"),
    (1000001000, "satu miliar seribu"),
    (2345678901, "dua miliar tiga ratus empat puluh lima juta enam ratus tujuh puluh delapan ribu "
                 "sembilan ratus satu"),
    (1000000000000, "satu triliun"),
])
def test_terbilang(n, words):
    assert terbilang(n) == words


def test_rupiah_words_and_figures():
    assert rupiah_words(1250000) == "satu juta dua ratus lima puluh ribu rupiah"
    assert rupiah_words(0) == "nol rupiah"
    assert rupiah(1250000) == "1.250.000"
    assert rupiah(0) == "0"
    assert rupiah(999) == "999"
    assert rupiah(1000000000) == "1.000.000.000"


def test_negative_and_out_of_range():
    assert terbilang(-5) == "minus lima"
    with pytest.raises(ValueError):
        terbilang(10 ** 15)
    with pytest.raises(TypeError):
        terbilang(1.5)
