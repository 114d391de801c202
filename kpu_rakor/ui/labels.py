"""Indonesian labels for the codes the domain stores (mode, role, status, meeting roles), translatable."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ..domain import models as m
from ..domain import timefmt


def modes() -> dict[str, str]:
    return {m.MODE_LURING: QCoreApplication.translate("labels", "Luring"),
            m.MODE_DARING: QCoreApplication.translate("labels", "Daring"),
            m.MODE_HIBRIDA: QCoreApplication.translate("labels", "Hibrida")}


def our_roles() -> dict[str, str]:
    return {m.ROLE_HOST: QCoreApplication.translate("labels", "Tuan rumah"),
            m.ROLE_PARTICIPANT: QCoreApplication.translate("labels", "Peserta")}


def statuses() -> dict[str, str]:
    return {m.STATUS_DRAFT: QCoreApplication.translate("labels", "Konsep"),
            m.STATUS_SCHEDULED: QCoreApplication.translate("labels", "Terjadwal"),
            m.STATUS_UNDERWAY: QCoreApplication.translate("labels", "Berlangsung"),
            m.STATUS_DONE: QCoreApplication.translate("labels", "Selesai")}


def meeting_roles() -> dict[str, str]:
    return {m.ROLE_CHAIR: QCoreApplication.translate("labels", "Pimpinan rapat"),
            m.ROLE_OPENING: QCoreApplication.translate("labels", "Pembukaan"),
            m.ROLE_SPEAKER: QCoreApplication.translate("labels", "Narasumber"),
            m.ROLE_MODERATOR: QCoreApplication.translate("labels", "Moderator"),
            m.ROLE_MC: QCoreApplication.translate("labels", "MC/Pembawa acara"),
            m.ROLE_NOTE_TAKER: QCoreApplication.translate("labels", "Notulis")}


def month_year(year: int, month: int) -> str:
    # Month names stay Indonesian in both languages: they are how the office's documents name them.
    return f"{timefmt.MONTHS[month - 1]} {year}"


def short_date(d) -> str:
    """`Rabu, 07 Apr 2021`: the long form with a three-letter month fits a list column."""
    return f"{timefmt.DAYS[d.weekday()]}, {d.day:02d} {timefmt.MONTHS[d.month - 1][:3]} {d.year}"


def number(n: int) -> str:
    """`10.000`: Indonesian groups thousands with a dot."""
    return QLocale(QLocale.Indonesian, QLocale.Indonesia).toString(n)


def institution_kinds(include_kpu: bool = False) -> dict[str, str]:
    """The kinds of institution a user can add (a KPU office is already in the directory)."""
    kinds = {m.KIND_BAWASLU: QCoreApplication.translate("labels", "Bawaslu"),
             m.KIND_PEMDA: QCoreApplication.translate("labels", "Pemerintah daerah"),
             m.KIND_UNIVERSITAS: QCoreApplication.translate("labels", "Perguruan tinggi"),
             m.KIND_MEDIA: QCoreApplication.translate("labels", "Media"),
             m.KIND_LAIN: QCoreApplication.translate("labels", "Lainnya")}
    if include_kpu:
        kinds = {m.KIND_KPU: QCoreApplication.translate("labels", "KPU"), **kinds}
    return kinds
