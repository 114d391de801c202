"""The desktop app's entry point: `kpu-rakor [--db URL] [--lang id|en] [--quit-after-start]`."""
from __future__ import annotations

import argparse
import sys

EXIT_START_FAILED = 2


def build_parser():
    from .cli.parsing import IndonesianArgumentParser

    parser = IndonesianArgumentParser(prog="kpu-rakor", description="KPU Rakor: rapat koordinasi satker KPU.")
    parser.add_argument("--db", help="alamat basis data: sqlite:///berkas.db atau postgresql://… "
                                     "(bawaan: KPU_RAKOR_DB, lalu berkas di folder data aplikasi)")
    parser.add_argument("--lang", choices=("id", "en"), help="bahasa tampilan (bawaan: pilihan di Pengaturan)")
    parser.add_argument("--quit-after-start", action="store_true",
                        help="tampilkan jendela utama lalu keluar (uji asap dan ukur waktu mulai)")
    return parser


def parse_args(argv: list[str]) -> argparse.Namespace:
    # Qt's own options (-platform, -style) pass through to QApplication.
    return build_parser().parse_known_args(argv)[0]


def database_error_text() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "app", "Berkas basis data rusak atau bukan basis data KPU Rakor. Pulihkan dari cadangan.")


def _open_database(args) -> None:
    """Open the database; an existing 0-byte file becomes a new database only when the user says so."""
    from PySide6.QtCore import QCoreApplication

    from .domain.db import EmptyDatabaseFile, open_database
    from .ui import messages

    def policy():  # where the backup before a schema upgrade goes: this PC's backup folder (asked only then)
        from .ui.preferences import backup_prefs

        return backup_prefs.policy()

    try:
        open_database(args.db, backup_policy=policy)
    except EmptyDatabaseFile as exc:
        question = QCoreApplication.translate("app", "Berkas {0} kosong (0 byte). Jadikan basis data baru?\n\n"
                                                     "Bila seharusnya berisi data, pilih Batal lalu pulihkan dari "
                                                     "cadangan (kpu-rakor-cli restore BERKAS).").format(exc.path)
        yes = QCoreApplication.translate("app", "Jadikan basis data baru")
        if args.quit_after_start or not messages.confirm(None, question, yes):
            raise
        open_database(args.db, init_empty=True, backup_policy=policy)


def set_window_icon(app) -> None:
    """KPU Rakor's icon on every window and taskbar button: on Windows the app runs as pythonw.exe, whose own
    icon would show otherwise."""
    from pathlib import Path

    from PySide6.QtGui import QIcon

    from . import resources  # its folder, not importlib.resources (about 5 ms at every start)

    icon = QIcon(str(Path(resources.__file__).with_name("kpu-rakor.ico")))
    if not icon.isNull():
        app.setWindowIcon(icon)


def _import_peewee() -> None:
    """peewee imports psycopg2, and with it OpenSSL, whenever it is installed (about 10 ms); a start on SQLite
    needs none of it. So the app imports peewee without it, and domain.db gives peewee the driver when a
    PostgreSQL address is opened (db.peewee_psycopg2)."""
    if "peewee" in sys.modules or "psycopg2" in sys.modules:
        return
    sys.modules["psycopg2"] = None  # `import psycopg2` inside peewee fails as if it were not installed
    try:
        import peewee  # noqa: F401
    finally:
        del sys.modules["psycopg2"]


def _after_first_paint(page, action, timeout_ms: int, on_timeout) -> None:
    """Call `action` once the first page has really been painted, not merely shown (Qt paints a window's widgets
    in one pass, so the event loop's next turn after the page's paint comes after the whole frame); `on_timeout`
    instead when no paint came within `timeout_ms` (a window started minimized paints only when restored)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Paint:
                page.removeEventFilter(self)
                QTimer.singleShot(0, lambda: self.finish(action))
            return False

        def finish(self, then):
            if not self.done:
                self.done = True
                then()

    watcher = FirstPaint(page)
    page.installEventFilter(watcher)
    QTimer.singleShot(timeout_ms, lambda: watcher.finish(on_timeout))


def main(argv: list[str] | None = None) -> int:
    from .cli.parsing import UsageError

    argv = sys.argv if argv is None else argv
    try:
        args = parse_args(argv[1:])
    except UsageError as exc:  # one Indonesian line, like the CLI, never an English argparse message
        print(f"kpu-rakor: {exc}", file=sys.stderr)
        return EXIT_START_FAILED

    _import_peewee()
    import peewee
    from PySide6.QtWidgets import QApplication

    from .domain.errors import UserError
    from .domain.services import installation
    from .ui import crash, i18n, messages
    from .ui.none_refcount import protect_none

    protect_none()  # PySide6 6.12 on Python 3.11 loses references to None; see the module
    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName("KPU")
    app.setApplicationName("KPU Rakor")
    set_window_icon(app)
    # With --quit-after-start no one is there to close a message box: errors go to stderr, exit 2.
    crash.install(headless=args.quit_after_start)
    i18n.install(app, i18n.chosen_language(args.lang))

    def fail(text: str) -> int:
        if args.quit_after_start:
            print(text, file=sys.stderr)
        else:
            messages.error(None, text)
        return EXIT_START_FAILED

    try:
        _open_database(args)
        installation.ensure_ready()
    except UserError as exc:
        return fail(str(exc))
    except peewee.DatabaseError as exc:  # OperationalError too: a text file, a damaged file, another schema
        import logging
        logging.getLogger(__name__).error("Basis data tidak dapat dibuka: %s", exc)
        return fail(database_error_text())

    from .ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    page = window.stack.currentWidget()
    if args.quit_after_start:  # for the smoke tests and benchmarks/bench_startup.py: the whole start, painted
        def not_painted_yet():
            # Some platforms never send the page a paint of its own while nothing shows the window (Qt's
            # offscreen platform under Wine): render the whole window into an image instead, which runs every
            # widget's painting just the same, and count that as the first paint.
            try:
                painted = not window.grab().isNull()
            except Exception:  # noqa: BLE001 - reported as the start's failure below
                painted = False
            if not painted:
                print("kpu-rakor: jendela utama tidak dapat digambar", file=sys.stderr)
            app.exit(0 if painted else EXIT_START_FAILED)
        _after_first_paint(page, lambda: app.exit(0), 5_000, not_painted_yet)
    else:
        def started():
            # Nothing in the process may open the database files but SQLite (see file_dialogs). Its guard is an
            # event filter on the whole application, which would cost the first paint tens of milliseconds;
            # the windows shown before it (the main window, a message box) list no files, and no user can
            # reach a file dialog before the window is painted.
            from .ui import file_dialogs

            file_dialogs.install(app)
            window.ask_office_if_needed()
        _after_first_paint(page, started, 2_000, started)
    code = app.exec()
    return code


if __name__ == "__main__":
    sys.exit(main())
