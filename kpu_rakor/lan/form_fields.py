"""Reading the sign-in form's fields: the satker choice and the signature strokes, checked for shape before
anything reaches the service; every refusal names its field."""
from __future__ import annotations

import json
import math

from ..domain.errors import ValidationError


def satker_id(text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    if not text.isascii() or not text.isdigit() or len(text) > 10:
        raise ValidationError("Satker yang dipilih tidak dikenal; pilih lagi dari daftar.", "satker")
    return int(text)


def _reject_constant(_name):
    raise ValueError("not a number")


def strokes(text: str):
    """The hidden field's JSON: strokes of [x, y] in 0..1. Checked for shape here, so nothing odd reaches the
    service; the service rounds, bounds and stores it."""
    text = text.strip()
    if not text:
        return None
    unreadable = ValidationError("Tanda tangan tidak terbaca; hapus lalu ulangi.", "signature")
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        raise unreadable from None
    if not isinstance(data, list):
        raise unreadable
    for stroke in data:
        if not isinstance(stroke, list):
            raise unreadable
        for point in stroke:
            if (not isinstance(point, list) or len(point) != 2
                    or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
                               for v in point)):
                raise unreadable
    return data or None
