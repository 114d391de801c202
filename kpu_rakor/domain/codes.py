"""Sign-in codes: opaque, signed, and made only of characters every scanner and keyboard layout survives.

A code is `<kind><id><mac>`: one letter for the kind (P person, U invitation, M meeting), a random id of
16 base32 characters (80 bits) stored on the row, and the first 80 bits of an HMAC-SHA256 over kind and
id with the installation's secret, in base32. Only `A-Z` and `2-7`: QR's alphanumeric mode keeps the
symbol small, and no `:` or `-` that a scanner on another keyboard layout would turn into something else.
No personal data is in the code; it names a row, and only this installation can make one.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

KIND_PERSON, KIND_INVITATION, KIND_MEETING = "P", "U", "M"
KINDS = (KIND_PERSON, KIND_INVITATION, KIND_MEETING)
ID_LEN = 16
MAC_LEN = 16
CODE_LEN = 1 + ID_LEN + MAC_LEN
_SHAPE = re.compile(rf"^[{''.join(KINDS)}][A-Z2-7]{{{ID_LEN + MAC_LEN}}}$")


def new_code_id() -> str:
    """A fresh random id for a person, invitation or meeting (80 bits, base32)."""
    return base64.b32encode(secrets.token_bytes(10)).decode("ascii")


def new_secret() -> str:
    return secrets.token_hex(32)


def _mac(secret: str, kind: str, code_id: str) -> str:
    digest = hmac.new(secret.encode("ascii"), f"{kind}{code_id}".encode("ascii"), hashlib.sha256).digest()
    return base64.b32encode(digest[:10]).decode("ascii")


def sign(secret: str, kind: str, body: str) -> str:
    """The truncated HMAC of `kind` + `body`, in base32: what makes a code ours (certificate_codes signs with it
    too, under its own kind letter)."""
    return _mac(secret, kind, body)


def make_code(secret: str, kind: str, code_id: str) -> str:
    return f"{kind}{code_id}{_mac(secret, kind, code_id)}"


@dataclass(frozen=True)
class ParsedCode:
    kind: str
    code_id: str


class CodeError(Exception):
    """`reason` is `garbage` (not one of our codes at all) or `forged` (our shape, wrong signature)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def normalize(raw: str) -> str:
    # A scanner may add spaces, CR or a lower-case layout; anything else makes the code garbage.
    return "".join((raw or "").split()).upper()


def parse_code(secret: str, raw: str) -> ParsedCode:
    code = normalize(raw)
    if not _SHAPE.match(code):
        raise CodeError("garbage")
    kind, code_id, mac = code[0], code[1:1 + ID_LEN], code[1 + ID_LEN:]
    if not hmac.compare_digest(mac, _mac(secret, kind, code_id)):
        raise CodeError("forged")
    return ParsedCode(kind, code_id)
