"""The codes printed on badges and shown on screens, and their images."""
from __future__ import annotations

import io

import qrcode
import qrcode.constants

from ..codes import KIND_INVITATION, KIND_MEETING, KIND_PERSON, make_code
from . import installation, meetings, people

EC_PRINT = qrcode.constants.ERROR_CORRECT_Q  # badges get creased and smudged
EC_SCREEN = qrcode.constants.ERROR_CORRECT_M


def person_code(person_id: int) -> str:
    return make_code(installation.secret(), KIND_PERSON, people.get(person_id).code_id)


def invitation_code(meeting_id: int, person_id: int) -> str:
    return make_code(installation.secret(), KIND_INVITATION, meetings.invitation(meeting_id, person_id).code_id)


def meeting_code(meeting_id: int) -> str:
    return make_code(installation.secret(), KIND_MEETING, meetings.get(meeting_id).code_id)


def qr_image(text: str, *, for_print: bool = True, box_size: int = 10):
    """A PIL image of the QR, with the 4-module quiet zone scanners need."""
    qr = qrcode.QRCode(error_correction=EC_PRINT if for_print else EC_SCREEN, box_size=box_size, border=4)
    qr.add_data(text)  # upper-case base32 only: qrcode picks the compact alphanumeric mode
    qr.make(fit=True)
    return qr.make_image(fill_color="black", back_color="white").get_image()


def qr_png(text: str, *, for_print: bool = True, box_size: int = 10) -> bytes:
    buf = io.BytesIO()
    qr_image(text, for_print=for_print, box_size=box_size).save(buf, format="PNG")
    return buf.getvalue()
