"""Who signs the office's documents (Ketua, Sekretaris), with NIP where they have one."""
from __future__ import annotations

from dataclasses import dataclass

from ..db import write_tx
from ..errors import ValidationError
from ..models import SIGNATORY_CHAIR, SIGNATORY_SECRETARY, Signatory
from ..nip import format_nip, normalize_nip
from . import audit

ROLES = (SIGNATORY_CHAIR, SIGNATORY_SECRETARY)
ROLE_LABELS = {SIGNATORY_CHAIR: "Ketua", SIGNATORY_SECRETARY: "Sekretaris"}
ISSUER_ORDER = (SIGNATORY_SECRETARY, SIGNATORY_CHAIR)  # the secretariat issues letters and lists


@dataclass(frozen=True)
class Signer:
    """A signature block: the line above the space to sign, the name and the NIP line."""
    title: str  # "Sekretaris KPU Kabupaten Tulungagung,"
    name: str
    nip: str  # "NIP. 19700101 199503 1 001", "" for a commissioner


def get(role: str) -> Signatory | None:
    return Signatory.get_or_none(Signatory.role == role)


def issuer(office_name: str, order=ISSUER_ORDER) -> Signer | None:
    """Who signs a document the office issues: the first of `order` with a name; None when nobody is set."""
    for role in order:
        s = get(role)
        if s is not None and s.name.strip():
            title = s.title.strip() or f"{ROLE_LABELS[role]} {office_name}".strip()
            return Signer(title=title.rstrip(",") + ",", name=s.name.strip(), nip=format_nip(s.nip) if s.nip else "")
    return None


def set_signatory(role: str, name: str, nip: str | None = None, title: str = "",
                  person_id: int | None = None) -> Signatory | None:
    """Set or clear (empty name) the signatory for `role`. The title is the line above the name."""
    if role not in ROLES:
        raise ValidationError(f"Penanda tangan {role!r} tidak dikenal; pilih ketua atau sekretaris.", "role")
    name = " ".join((name or "").split())
    with write_tx():
        if not name:
            Signatory.delete().where(Signatory.role == role).execute()
            audit.log("delete", "signatory", detail={"role": role})
            return None
        values = dict(name=name, nip=normalize_nip(nip), title=(title or "").strip(), person=person_id)
        row = Signatory.get_or_none(Signatory.role == role)
        if row is None:
            row = Signatory.create(role=role, **values)
        else:
            for k, v in values.items():
                setattr(row, k, v)
            row.save()
        audit.log("update", "signatory", row.id, detail={"role": role, "name": name}, personal_data=True)
    return row
