"""User text shown as text, never as markup. Qt renders a tooltip (and a label left on AutoText, and a message
box) as HTML when `Qt.mightBeRichText` guesses so: a name like `<b>Budi</b>` would print bold, and an
`<img src=…>` in a caption would load a file. The PDF and the table cells print such names literally; so do
tooltips, through `tip()`, and labels, through `PlainText`."""
from __future__ import annotations

from PySide6.QtGui import Qt


def tip(text):
    """`text` for setToolTip or a model's ToolTipRole: as it is when Qt would show it as plain text anyway,
    else escaped into a paragraph that shows it literally (line breaks kept, long lines wrapped)."""
    if text is None:
        return None
    text = str(text)
    if not text or not Qt.mightBeRichText(text):
        return text
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceNormal)


def set_tip(widget_or_item, text) -> None:
    """`setToolTip` with the text shown literally."""
    widget_or_item.setToolTip(tip(text) or "")
