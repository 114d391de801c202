"""The daftar tanda terima (receipt list) of transport money or honorarium: who is paid how much, from the
attendance and the roles, with the amounts per role (and per person where it differs) and the finance
office's signers. Settings are kept per meeting in the shared `setting` table (one JSON value per meeting);
the last ones saved are the defaults of the next meeting. reports/tanda_terima.py draws the list."""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace

from ..db import write_tx
from ..errors import UserError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import ROLE_MC, ROLE_MODERATOR, ROLE_NOTE_TAKER, ROLE_SPEAKER
from ..nip import format_nip, normalize_nip
from ..terbilang import rupiah, rupiah_words
from ..timefmt import date_only, to_local
from .. import shared_settings
from . import audit, meeting_header, role_holders
from .meeting_header import Heading, MeetingHeader
from .people import display_institution
from .signatories import Signer

PESERTA = "peserta"
# Who is paid as what, highest first: a narasumber who also moderated is paid once, as narasumber.
ROLES = ((ROLE_SPEAKER, "Narasumber"), (ROLE_MODERATOR, "Moderator"), (ROLE_MC, "Pembawa Acara"),
         (ROLE_NOTE_TAKER, "Notulis"), (PESERTA, "Peserta"))
ROLE_LABELS = dict(ROLES)
ROLE_KEYS = tuple(k for k, _ in ROLES)
DEFAULT_PURPOSE = "Uang Transport"
PPK_TITLE, BENDAHARA_TITLE = "Pejabat Pembuat Komitmen,", "Bendahara Pengeluaran,"
MAX_AMOUNT = 10 ** 12  # one person's amount; more is a typing error
TITLE = "DAFTAR TANDA TERIMA"


@dataclass(frozen=True)
class Official:
    """A finance signer as the office typed them: name and NIP (digits, or "")."""
    name: str = ""
    nip: str = ""


@dataclass(frozen=True)
class ReceiptSettings:
    purpose: str = DEFAULT_PURPOSE  # "Uang Transport", "Honorarium Narasumber"
    amounts: dict = field(default_factory=dict)  # role key -> rupiah
    people: dict = field(default_factory=dict)  # person id -> rupiah, where it differs from the role's
    ppk: Official = Official()
    bendahara: Official = Official()
    saved: bool = False  # whether this meeting's own settings exist (else: the office's defaults)

    def amount_for(self, person_id: int, role: str) -> int:
        return self.people.get(person_id, self.amounts.get(role, 0))


@dataclass(frozen=True)
class Payee:
    """One person to be paid, as the settings dialog lists them."""
    person_id: int
    name: str
    position: str
    institution: str
    role: str  # a key of ROLES

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]


@dataclass(frozen=True)
class ReceiptRow:
    number: int
    name: str
    position: str
    institution: str
    role_label: str
    amount: int

    @property
    def name_lines(self) -> str:
        """The name, with the role under it for whoever is paid as more than a participant."""
        return self.name if self.role_label == ROLE_LABELS[PESERTA] else f"{self.name}\n({self.role_label})"

    @property
    def amount_shown(self) -> str:
        return rupiah(self.amount)  # 1.250.000, as the list prints it


@dataclass
class ReceiptList(Heading):
    title: str = TITLE
    purpose: str = DEFAULT_PURPOSE
    rows: list[ReceiptRow] = field(default_factory=list)
    place_date: str = ""
    ppk: Signer | None = None
    bendahara: Signer | None = None

    @property
    def total(self) -> int:
        return sum(r.amount for r in self.rows)

    @property
    def total_shown(self) -> str:
        return rupiah(self.total)

    @property
    def total_words(self) -> str:
        """"Satu juta dua ratus lima puluh ribu rupiah": the amount a second time, capitalised as receipts do."""
        words = rupiah_words(self.total)
        return words[0].upper() + words[1:]


# --- settings ----------------------------------------------------------------------------------------------

def _decode(raw: str | None) -> dict:
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        return {}  # a damaged value must not stop the office: it starts again from the defaults
    return data if isinstance(data, dict) else {}


def _amount(value) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < MAX_AMOUNT else 0


def _official(data) -> Official:
    data = data if isinstance(data, dict) else {}
    return Official(str(data.get("name", "")), str(data.get("nip", "")))


def _from_json(data: dict, saved: bool) -> ReceiptSettings:
    amounts = data.get("amounts") if isinstance(data.get("amounts"), dict) else {}
    per_person = data.get("people") if isinstance(data.get("people"), dict) else {}
    people = {}
    for key, value in per_person.items():
        if str(key).isdigit():
            people[int(key)] = _amount(value)
    return ReceiptSettings(
        purpose=str(data.get("purpose") or DEFAULT_PURPOSE),
        amounts={k: _amount(amounts.get(k, 0)) for k in ROLE_KEYS}, people=people,
        ppk=_official(data.get("ppk")), bendahara=_official(data.get("bendahara")), saved=saved)


def settings(meeting_id: int) -> ReceiptSettings:
    """The meeting's own settings, else the office's defaults (the last saved) with no per-person amounts."""
    own = shared_settings.get(shared_settings.receipt(meeting_id))
    if own is not None:
        return _from_json(_decode(own), True)
    return replace(_from_json(_decode(shared_settings.get(shared_settings.RECEIPT_DEFAULTS)), False), people={})


def _checked_amount(value, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0 or value >= MAX_AMOUNT:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Jumlah uang untuk {what} harus angka rupiah dari 0 sampai "
                                        "999.999.999.999."), "amount", what=what)
    return value


def save(meeting_id: int, new: ReceiptSettings) -> ReceiptSettings:
    """Store the meeting's settings and make them the office's defaults (without the per-person amounts)."""
    if not editable(meeting_id):  # NotFound for a meeting that does not exist
        raise UserError("Daftar tanda terima hanya dibuat untuk kegiatan yang diselenggarakan kantor ini.")
    purpose = " ".join((new.purpose or "").split()) or DEFAULT_PURPOSE
    amounts = {k: _checked_amount(new.amounts.get(k, 0), ROLE_LABELS[k]) for k in ROLE_KEYS}
    people = {int(pid): _checked_amount(v, "satu orang") for pid, v in new.people.items()}
    officials = {}
    for key, o in (("ppk", new.ppk), ("bendahara", new.bendahara)):
        officials[key] = {"name": " ".join((o.name or "").split()), "nip": normalize_nip(o.nip or "") or ""}
    data = {"purpose": purpose, "amounts": amounts, "people": {str(k): v for k, v in people.items()}, **officials}
    with write_tx():
        shared_settings.put(shared_settings.receipt(meeting_id), json.dumps(data, ensure_ascii=False))
        shared_settings.put(shared_settings.RECEIPT_DEFAULTS,
                            json.dumps({**data, "people": {}}, ensure_ascii=False))
        audit.log("update", "tanda_terima", meeting_id, meeting_id=meeting_id, personal_data=bool(people),
                  detail={"purpose": purpose, "amounts": amounts, "people": len(people)})
    return settings(meeting_id)


# --- who is paid ---------------------------------------------------------------------------------------------

def payees(meeting_id: int) -> list[Payee]:
    """Everyone the list may pay: the narasumber, moderators, MC and note-takers, then those present, each
    once under their highest role; ordered by role, then as official lists are (position, name)."""
    # PESERTA is the last of ROLE_KEYS: the rank of someone present without a role.
    return [Payee(p.id, p.name, p.position or "", display_institution(p) or "", ROLE_KEYS[rank])
            for p, rank in role_holders.ranked(meeting_id, ROLE_KEYS[:-1])]


NOT_SET = QT_TRANSLATE_NOOP("domain", "Daftar tanda terima belum dapat dibuat: besaran uang rapat ini belum "
                                     "diisi. Isi dulu jumlah per peran lewat tombol Atur daftar tanda terima.")


def editable(meeting_id: int) -> bool:
    """Whether the meeting's amounts can be set: only a meeting the office holds pays anybody."""
    return not meeting_header.read(meeting_id).report


def unavailable(h: MeetingHeader) -> str:
    """Why the list cannot be made now ("" when it can): not ours to pay, or no amounts yet."""
    if h.report:
        return QT_TRANSLATE_NOOP("domain", "Daftar tanda terima hanya dibuat untuk kegiatan yang "
                                           "diselenggarakan kantor ini.")
    if shared_settings.get(shared_settings.receipt(h.meeting_id)) is None:
        return NOT_SET
    return ""


def _signer(title: str, o: Official) -> Signer | None:
    if not o.name:
        return None
    return Signer(title=title, name=o.name, nip=format_nip(o.nip) if o.nip else "")


def from_header(h: MeetingHeader) -> ReceiptList:
    """The list of the meeting `h` heads: everyone with an amount above zero, numbered."""
    if h.report:
        raise UserError(unavailable(h))
    s = settings(h.meeting_id)  # read once: its `saved` is what unavailable() asks the store
    if not s.saved:
        raise UserError(NOT_SET)
    rows = []
    for p in payees(h.meeting_id):
        amount = s.amount_for(p.person_id, p.role)
        if amount > 0:
            rows.append(ReceiptRow(len(rows) + 1, p.name, p.position, p.institution, p.role_label, amount))
    if not rows:
        raise UserError("Daftar tanda terima kosong: tidak ada orang yang menerima uang (belum ada yang tercatat "
                        "hadir, atau semua jumlahnya 0).")
    m = h.meeting
    return ReceiptList(
        **meeting_header.heading(h), purpose=s.purpose, rows=rows,
        place_date=f"{h.office.sign_city}, {date_only(to_local(m.starts_at, m.timezone))}",
        ppk=_signer(PPK_TITLE, s.ppk), bendahara=_signer(BENDAHARA_TITLE, s.bendahara))


def read(meeting_id: int) -> ReceiptList:
    return from_header(meeting_header.read(meeting_id))


# --- for Excel ----------------------------------------------------------------------------------------------

def workbook(meeting_id: int):
    """The list as a `domain.tables.Workbook` (typed: amounts are numbers, so the bendahara can sum and pay
    from it), with a last JUMLAH row; the Informasi sheet says the purpose, the total in words and the signers."""
    from ..tables import INT, TEXT, Column, Sheet, Workbook
    from .list_exports import meeting_info

    h = meeting_header.read(meeting_id)
    sheet = from_header(h)
    columns = (Column("No", INT, 5), Column("Nama"), Column("Jabatan"), Column("Satker/Instansi"),
               Column("Sebagai", TEXT, 14), Column("Jumlah (Rp)", INT, 14), Column("Tanda Tangan", TEXT, 18))
    rows = [[r.number, r.name, r.position, r.institution, r.role_label, r.amount, None] for r in sheet.rows]
    rows.append([None, "JUMLAH", None, None, None, sheet.total, None])
    info = meeting_info(h, len(sheet.rows), "Jumlah penerima") + (
        ("Uraian", sheet.purpose), ("Jumlah uang", f"Rp {rupiah(sheet.total)}"), ("Terbilang", sheet.total_words),
        ("Pejabat Pembuat Komitmen", sheet.ppk.name if sheet.ppk else ""),
        ("Bendahara Pengeluaran", sheet.bendahara.name if sheet.bendahara else ""))
    return Workbook(title=f"Daftar tanda terima - {h.title}", sheets=(Sheet("Tanda Terima", columns, rows),),
                    info=info)
