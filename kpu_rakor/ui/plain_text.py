"""Text typed by users shown as typed: Qt reads `<b>` at the start of a tooltip as markup."""
from __future__ import annotations

import html


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `<` and `&` literally (forced rich text, with the text escaped)."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>" if text else ""
