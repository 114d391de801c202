"""Marks the domain's sentences for Qt Linguist without importing Qt: the screens translate them."""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """`QT_TRANSLATE_NOOP("domain", "Rapat nomor {meeting_id} tidak ada.")` is that text; lupdate files it
    under the context, and kpu_rakor/ui/messages.py translates it when the screen speaks English."""
    return text
