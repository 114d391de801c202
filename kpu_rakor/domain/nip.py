"""NIP, the 18-digit civil-servant number: birth date, appointment month, sex, serial."""
from __future__ import annotations

import re
from datetime import date

from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP

_DIGITS = re.compile(r"\D")


def normalize_nip(raw: str | None) -> str | None:
    """Digits only, or None when empty. Accepts `NIP. 19860926 201505 1 001` as typed on letters."""
    if raw is None:
        return None
    text = raw.strip()
    if text.upper().startswith("NIP"):
        text = text[3:].lstrip(". :")
    if text in ("", "-"):
        return None
    digits = _DIGITS.sub("", text)
    if len(digits) != 18:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "NIP harus 18 angka (tertulis {digits} angka): {raw!r}."),
            "nip", digits=len(digits), raw=raw.strip())
    try:
        date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "8 angka pertama NIP bukan tanggal lahir yang sah: {raw!r}."),
            "nip", raw=raw.strip()) from None
    if digits[14] not in "12":
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Angka ke-15 NIP (jenis kelamin) harus 1 atau 2: {raw!r}."),
            "nip", raw=raw.strip())
    return digits


def format_nip(nip: str | None) -> str:
    """`NIP. 19860926 201505 1 001`, or `-` for commissioners and guests who have none."""
    if not nip:
        return "-"
    return f"NIP. {nip[0:8]} {nip[8:14]} {nip[14]} {nip[15:18]}"


def format_nip_bare(nip: str | None) -> str:
    return "-" if not nip else f"{nip[0:8]} {nip[8:14]} {nip[14]} {nip[15:18]}"
