"""The last line of defence: every uncaught exception is logged with its traceback and shown as one sentence."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from ..domain.db import app_data_dir

log = logging.getLogger(__name__)

_log_path: Path | None = None


def default_log_path() -> Path:
    """Next to the CLI's log (logs/kpu-rakor-cli.log), so an office sends one folder when something breaks."""
    return app_data_dir() / "logs" / "kpu-rakor.log"


def log_path() -> Path:
    return _log_path or default_log_path()


class _RotatingLog(logging.Handler):
    """logging.handlers.RotatingFileHandler, opened with the first line logged: a start that logs nothing does
    not import logging.handlers (and the pickle and queue modules it brings, ~4 ms)."""

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self.file: logging.Handler | None = None

    def emit(self, record) -> None:
        if self.file is None:
            import logging.handlers

            try:
                self.file = logging.handlers.RotatingFileHandler(self.path, maxBytes=1_000_000, backupCount=2,
                                                                 encoding="utf-8")
            except OSError:
                self.file = logging.StreamHandler()  # a read-only profile must not stop the app
            self.file.setFormatter(self.formatter)
        self.file.handle(record)

    def flush(self) -> None:
        if self.file is not None:
            self.file.flush()

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
        super().close()


def setup_logging() -> Path:
    """A small rotating log in the app-data folder, so an office can send it when something breaks."""
    global _log_path
    path = default_log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = _RotatingLog(path)
    except OSError:
        handler = logging.StreamHandler()  # a read-only profile must not stop the app from starting
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("kpu_rakor")
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    _log_path = path
    return path


_showing = False
_headless = False  # --quit-after-start: no one is there to close a box


def excepthook(exc_type, exc, tb) -> None:
    global _showing
    log.error("Kesalahan tak tertangani", exc_info=(exc_type, exc, tb))
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if _headless:
        from . import messages

        text = messages.sentence_for(exc) or messages.unexpected_text()
        print(text, file=sys.stderr)
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            app.exit(2)
        return
    if _showing:  # an error inside the error box must not stack boxes without end
        return
    _showing = True
    try:
        from . import messages

        messages.error(None, messages.sentence_for(exc) or messages.unexpected_text())
    finally:
        _showing = False


def install(headless: bool = False) -> None:
    global _headless
    _headless = headless
    setup_logging()
    sys.excepthook = excepthook
