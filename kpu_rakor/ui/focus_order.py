"""Tab follows the page: the order in which a form's fields are visited, written down once per form.

Qt visits widgets in the order they were created, which is rarely the order they are laid out in (a table made
before the entry line above it, a column of fields made in another order than shown)."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget


def tab_chain(*widgets: QWidget) -> None:
    """Tab goes from each widget to the next, in this order (hidden or disabled ones are skipped by Qt)."""
    for first, second in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(first, second)
