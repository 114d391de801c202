"""The choices a surat undangan carries besides its number and date: Sifat, Lampiran and who signs it.

They are chosen per letter (stored on the meeting), and the last choice is remembered office-wide in the
shared settings, so the next meeting's letter starts with it (most offices write "Biasa", "-" and let the
Sekretaris sign, month after month).
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from .. import shared_settings
from ..db import write_tx
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import SIGNATORY_CHAIR, SIGNATORY_SECRETARY
from . import audit
from . import meetings as meeting_service
from . import signatories

# Sifat surat as tata naskah dinas uses them; the field accepts any other word the office types.
NATURES = ("Biasa", "Penting", "Segera", "Sangat Segera", "Terbatas", "Rahasia")
ATTACHMENTS = ("-", "1 (satu) berkas", "1 (satu) lembar", "2 (dua) lembar")
AUTO = ""  # the signatory of a letter that did not choose: the Sekretaris, else the Ketua
SIGNATORY_CHOICES = (AUTO, SIGNATORY_SECRETARY, SIGNATORY_CHAIR)
NATURE_MAX, ATTACHMENT_MAX = 40, 60  # the columns' lengths


@dataclass(frozen=True)
class LetterFields:
    nature: str  # Sifat: "Biasa"
    attachment: str  # Lampiran: "-"
    signatory: str  # "", "sekretaris" or "ketua"


def remembered() -> dict:
    """The last letter's choices as meetings.create's fields; {} when none was ever saved."""
    raw = shared_settings.get(shared_settings.LETTER_DEFAULTS)
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        return {}  # a damaged value must not stop a meeting from being made
    if not isinstance(data, dict):
        return {}
    out = {}
    for key, column in (("nature", "invitation_nature"), ("attachment", "invitation_attachment"),
                        ("signatory", "invitation_signatory")):
        if isinstance(data.get(key), str):
            out[column] = data[key]
    if out.get("invitation_signatory") not in SIGNATORY_CHOICES:
        out.pop("invitation_signatory", None)
    return out


def get(meeting_id: int) -> LetterFields:
    m = meeting_service.get(meeting_id)
    return LetterFields(nature=m.invitation_nature, attachment=m.invitation_attachment,
                        signatory=m.invitation_signatory if m.invitation_signatory in SIGNATORY_CHOICES else AUTO)


def save(meeting_id: int, *, nature: str, attachment: str, signatory: str) -> LetterFields:
    """Store the letter's choices and remember them for the next letter."""
    nature = " ".join((nature or "").split())
    attachment = " ".join((attachment or "").split()) or "-"
    if not nature:
        raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Sifat surat wajib diisi, misalnya Biasa."), "nature")
    if signatory not in SIGNATORY_CHOICES:
        raise ValidationError.of(QT_TRANSLATE_NOOP("domain", "Pilih penanda tangan: Ketua atau Sekretaris."),
                                 "signatory")
    chosen = LetterFields(nature=nature, attachment=attachment, signatory=signatory)
    with write_tx():
        meeting_service.update(meeting_id, invitation_nature=nature, invitation_attachment=attachment,
                               invitation_signatory=signatory)
        shared_settings.put(shared_settings.LETTER_DEFAULTS, json.dumps(asdict(chosen)))
        audit.log("update", "meeting", meeting_id, meeting_id=meeting_id, detail={"letter": asdict(chosen)})
    return chosen


def signer_order(signatory: str) -> tuple[str, ...]:
    """Whom to look for, in order, to sign a letter that chose `signatory` ("" for the usual order)."""
    if signatory in (SIGNATORY_CHAIR, SIGNATORY_SECRETARY):
        return (signatory,) + tuple(r for r in signatories.ISSUER_ORDER if r != signatory)
    return signatories.ISSUER_ORDER

