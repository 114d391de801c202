"""What a page shows instead of an empty list: what belongs here and how to start, with buttons that do it
(Rapat: *Buat rapat*, *Impor berkas rapat*; Direktori: *Impor daftar orang*)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

TITLE_STYLE = "font-size: 14pt; font-weight: bold;"
TEXT_STYLE = "color: #455a64; font-size: 11pt;"


class EmptyState(QWidget):
    """A heading, a sentence, and one button per way to start; `buttons[i]` in the order given."""

    def __init__(self, title: str, text: str, actions: list[tuple[str, Callable[[], None]]], parent=None):
        super().__init__(parent)
        self.title_label = QLabel(title)
        self.title_label.setStyleSheet(TITLE_STYLE)
        self.title_label.setAlignment(Qt.AlignCenter)
        self.text_label = QLabel(text)
        self.text_label.setStyleSheet(TEXT_STYLE)
        self.text_label.setAlignment(Qt.AlignCenter)
        self.text_label.setWordWrap(True)
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.addStretch(1)
        for i, (label, slot) in enumerate(actions):
            button = QPushButton(label)
            button.setMinimumHeight(36)
            button.setDefault(i == 0)
            button.clicked.connect(lambda _=False, slot=slot: slot())
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_label)  # full width, centred text: a narrower wrapped label loses lines
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addStretch(2)
