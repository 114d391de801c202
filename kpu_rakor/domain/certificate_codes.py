"""Certificate codes: the QR on a sertifikat, signed like the sign-in codes (codes.py) but never one of them.

A code is `S<role><meeting id><person id><mac>`: the letter S, one letter for the role the certificate names
(P peserta, N narasumber, M moderator, C pembawa acara), the meeting's and the person's opaque 16-character
ids, and the first 80 bits of an HMAC-SHA256 over all of that with the installation's secret, in base32:
50 characters of `A-Z2-7`. Its length and first letter differ from every sign-in code, so `codes.parse_code`
calls it garbage and a desk can never record attendance with it. No personal data is in it; it names rows,
and only this installation can make one.
"""
from __future__ import annotations

import re
from hmac import compare_digest
from dataclasses import dataclass

from .codes import ID_LEN, MAC_LEN, CodeError, normalize, sign

KIND_CERTIFICATE = "S"
PESERTA, NARASUMBER, MODERATOR, PEMBAWA_ACARA = "P", "N", "M", "C"
ROLE_LETTERS = (PESERTA, NARASUMBER, MODERATOR, PEMBAWA_ACARA)
CODE_LEN = 2 + 2 * ID_LEN + MAC_LEN
_SHAPE = re.compile(rf"^{KIND_CERTIFICATE}[{''.join(ROLE_LETTERS)}][A-Z2-7]{{{2 * ID_LEN + MAC_LEN}}}$")


@dataclass(frozen=True)
class CertificateCode:
    role: str  # one of ROLE_LETTERS
    meeting_code_id: str
    person_code_id: str


def make(secret: str, role: str, meeting_code_id: str, person_code_id: str) -> str:
    if role not in ROLE_LETTERS:
        raise ValueError(f"unknown certificate role {role!r}")
    body = f"{role}{meeting_code_id}{person_code_id}"
    return f"{KIND_CERTIFICATE}{body}{sign(secret, KIND_CERTIFICATE, body)}"


def looks_like(raw: str) -> bool:
    """Whether `raw` has a certificate code's shape (its signature unchecked): what a desk asks first."""
    return bool(_SHAPE.match(normalize(raw)))


def parse(secret: str, raw: str) -> CertificateCode:
    """The parts of a certificate code whose signature is ours; CodeError `garbage` for anything not shaped
    like one, `forged` when the signature does not match (a changed letter, another installation's code)."""
    code = normalize(raw)
    if not _SHAPE.match(code):
        raise CodeError("garbage")
    body, mac = code[1:1 + 1 + 2 * ID_LEN], code[1 + 1 + 2 * ID_LEN:]
    if not compare_digest(mac, sign(secret, KIND_CERTIFICATE, body)):
        raise CodeError("forged")
    return CertificateCode(body[0], body[1:1 + ID_LEN], body[1 + ID_LEN:])
