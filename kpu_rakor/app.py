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


def set_window_icon(app) -> None:
    """KPU Rakor's icon on every window and taskbar button: on Windows the app runs as pythonw.exe, whose own
    icon would show otherwise."""
    from importlib import resources

    from PySide6.QtGui import QIcon

    with resources.as_file(resources.files("kpu_rakor.resources").joinpath("kpu-rakor.ico")) as path:
        icon = QIcon(str(path))
    if not icon.isNull():
        app.setWindowIcon(icon)


def main(argv: list[str] | None = None) -> int:
    from .cli.parsing import UsageError

    argv = sys.argv if argv is None else argv
    try:
        args = parse_args(argv[1:])
    except UsageError as exc:  # one Indonesian line, like the CLI, never an English argparse message
        print(f"kpu-rakor: {exc}", file=sys.stderr)
        return EXIT_START_FAILED

    import peewee
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from .domain.db import open_database
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
        open_database(args.db)
        installation.ensure_ready()
    except UserError as exc:
        return fail(str(exc))
    except peewee.DatabaseError as exc:  # OperationalError too: a text file, a damaged file, another schema
        import logging
        logging.getLogger("kpu_rakor").error("Basis data tidak dapat dibuka: %s", exc)
        return fail(database_error_text())

    from .ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if args.quit_after_start:
        def finish():
            window.repaint()  # make sure the first frame was really drawn before measuring stops
            app.processEvents()
            app.exit(0)
        QTimer.singleShot(0, finish)
    else:
        QTimer.singleShot(0, window.ask_office_if_needed)
    code = app.exec()
    return code


if __name__ == "__main__":
    sys.exit(main())
