"""The dialogs of one form (a person, an institution): the error sentence above the fields, Simpan/Batal
below, and a save that keeps the dialog open with the refused field framed in red."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QVBoxLayout

from ..domain.errors import ValidationError
from . import messages
from .widgets import HintLabel, save_cancel_buttons
from .screen_fit import fit_to_screen

ERROR_STYLE = "border: 2px solid #b00020;"


class FormDialog(QDialog):
    """A subclass makes its fields, then `_lay_out(form, width)`; its save() calls `_try_save`."""

    def _lay_out(self, form: QFormLayout, width: int) -> None:
        self.error_label = HintLabel()
        buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_to_screen(self, (width, 0))

    def save(self) -> None:
        raise NotImplementedError

    def _try_save(self, action, fields: dict) -> tuple[bool, object]:
        """Runs `action`; a ValidationError is shown above the form, its field (a key of `fields`) framed and
        focused, anything else as a sentence. (True, what action returned) when it went through."""
        for w in fields.values():
            w.setStyleSheet("")
        try:
            return True, action()
        except ValidationError as exc:
            self.error_label.set_error(messages.sentence(exc))
            widget = fields.get(exc.field or "")
            if widget is not None:
                widget.setStyleSheet(ERROR_STYLE)
                widget.setFocus()
        except Exception as exc:  # noqa: BLE001 - shown as a sentence at the edge of the action
            messages.show_exception(self, exc)
        return False, None
