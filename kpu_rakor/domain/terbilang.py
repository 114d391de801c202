"""Numbers in Indonesian words (*terbilang*), as receipts and finance documents write an amount a second time:
1.250.000 → "satu juta dua ratus lima puluh ribu". Pure: no database, no Qt."""
from __future__ import annotations

_ONES = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
         "sebelas")
# Scales of a thousand; 10^15 and above are beyond any honorarium, refused rather than misread.
_SCALES = ((10 ** 12, "triliun"), (10 ** 9, "miliar"), (10 ** 6, "juta"), (10 ** 3, "ribu"))
LIMIT = 10 ** 15


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words += [_ONES[hundreds], "ratus"]
    if rest == 0:
        return words
    if rest < 12:
        words.append(_ONES[rest])
    elif rest < 20:
        words += [_ONES[rest - 10], "belas"]
    else:
        tens, ones = divmod(rest, 10)
        words += [_ONES[tens], "puluh"] + ([_ONES[ones]] if ones else [])
    return words


def terbilang(n: int) -> str:
    """`n` in words, lower case: 0 "nol", 11 "sebelas", 100 "seratus", 1000 "seribu" (not "satu ribu"),
    1.000.000 "satu juta". Negative numbers say "minus"; 10^15 or more is a ValueError."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError("terbilang() takes an int")
    if n < 0:
        return "minus " + terbilang(-n)
    if n >= LIMIT:
        raise ValueError("number too large for terbilang")
    if n == 0:
        return "nol"
    words: list[str] = []
    for size, name in _SCALES:
        count, n = divmod(n, size)
        if not count:
            continue
        if count == 1 and size == 1000:
            words.append("seribu")  # only a thousand shortens: "satu juta", "satu miliar"
        else:
            words += _below_thousand(count) + [name]
    words += _below_thousand(n)
    return " ".join(words)


def rupiah_words(n: int) -> str:
    """`terbilang(n)` followed by "rupiah": "satu juta dua ratus lima puluh ribu rupiah"."""
    return f"{terbilang(n)} rupiah"


def rupiah(n: int) -> str:
    """`1.250.000`: thousands separated by dots, as Indonesian documents print amounts."""
    return f"{n:,}".replace(",", ".")
