"""The news settings every PC of the office shares: the hashtags added to social-media captions, and per
meeting who took part as the user recorded it (the article says only what was recorded)."""
from __future__ import annotations

import re

from ...errors import ValidationError
from ... import shared_settings
from ...db import write_tx
from ...i18n import QT_TRANSLATE_NOOP
from .. import installation

MAX_HASHTAGS = 15
_TAG = re.compile(r"^#[^\W_][\w]{0,59}$", re.UNICODE)


def default_hashtags() -> list[str]:
    """Until the office sets its own: #TemanPemilih, #KPUMelayani and the office's name (#KPUKotaBlitar,
    #KPUTulungagung)."""
    p = installation.profile()
    tags = ["#TemanPemilih", "#KPUMelayani"]
    if p.satker_id:
        name = p.satker.name.replace("Kabupaten ", "").replace("Provinsi ", "")
        tag = "#" + re.sub(r"[^\w]", "", name.title().replace("Kpu", "KPU").replace("Kip", "KIP"))
        if _TAG.match(tag):
            tags.append(tag)
    return tags


def parse_hashtags(text) -> list[str]:
    """Hashtags from what the user typed ("#KPU, TemanPemilih  #Pemilu2024"): `#` added where missing,
    duplicates dropped (ignoring case). A tag with spaces or punctuation is refused with a sentence."""
    items = text if isinstance(text, (list, tuple)) else re.split(r"[\s,;]+", str(text or ""))
    out, seen = [], set()
    for raw in items:
        raw = raw.strip()
        if not raw:
            continue
        tag = raw if raw.startswith("#") else "#" + raw
        if not _TAG.match(tag):
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("domain", "Tagar {raw!r} tidak sah: pakai huruf dan angka saja, tanpa spasi atau "
                                            "tanda baca (mis. #TemanPemilih)."),
                "hashtags", raw=raw)
        if tag.lower() not in seen:
            seen.add(tag.lower())
            out.append(tag)
    if len(out) > MAX_HASHTAGS:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Terlalu banyak tagar ({count}); paling banyak {MAX_HASHTAGS}."),
            "hashtags", count=len(out), MAX_HASHTAGS=MAX_HASHTAGS)
    return out


def hashtags() -> list[str]:
    value = shared_settings.get(shared_settings.NEWS_HASHTAGS)
    if value is None:
        return default_hashtags()
    return value.split()


def set_hashtags(text) -> list[str]:
    """Save the office's hashtags (an empty list means none). Returns them as stored."""
    tags = parse_hashtags(text)
    with write_tx():
        shared_settings.put(shared_settings.NEWS_HASHTAGS, " ".join(tags))
    return tags


AUDIENCE_LIMIT = 300
_AUDIENCE_LABEL = re.compile(r"^\s*peserta\s*:\s*", re.IGNORECASE)


def audience(meeting_id: int) -> str:
    """Who took part, as recorded ("jajaran KPU Provinsi dan KPU Kabupaten/Kota se-Indonesia"); "" when
    nobody recorded it: then the article names no audience at all."""
    return shared_settings.get(shared_settings.news_audience(meeting_id)) or ""


def set_audience(meeting_id: int, text: str) -> str:
    """Record who took part; "Peserta: …" as typed on a minutes line is accepted. Returns it as stored."""
    from .. import meetings

    meetings.get(meeting_id)
    value = " ".join(_AUDIENCE_LABEL.sub("", text or "").split()).rstrip(".")
    if len(value) > AUDIENCE_LIMIT:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("domain", "Keterangan peserta terlalu panjang ({length} huruf; paling banyak "
                                        "{AUDIENCE_LIMIT})."), "audience", length=len(value),
            AUDIENCE_LIMIT=AUDIENCE_LIMIT)
    with write_tx():
        shared_settings.put(shared_settings.news_audience(meeting_id), value)
    return value
