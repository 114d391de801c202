"""The desktop app's entry point: `kpu-rakor [--db URL] [--lang id|en] [--quit-after-start]`."""
from __future__ import annotations

import argparse
import sys


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kpu-rakor", description="KPU Rakor: rapat koordinasi satker KPU.")
    parser.add_argument("--db", help="alamat basis data: sqlite:///berkas.db atau postgresql://… "
                                     "(bawaan: KPU_RAKOR_DB, lalu berkas di folder data aplikasi)")
    parser.add_argument("--lang", choices=("id", "en"), help="bahasa tampilan (bawaan: pilihan di Pengaturan)")
    parser.add_argument("--quit-after-start", action="store_true",
                        help="tampilkan jendela utama lalu keluar (uji asap dan ukur waktu mulai)")
    # Qt's own options (-platform, -style) pass through to QApplication.
    return parser.parse_known_args(argv)[0]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    args = parse_args(argv[1:])

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from .domain.db import open_database
    from .domain.errors import UserError
    from .domain.services import installation
    from .ui import crash, i18n, messages

    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName("KPU")
    app.setApplicationName("KPU Rakor")
    crash.install()
    i18n.install(app, i18n.chosen_language(args.lang))

    try:
        open_database(args.db)
        installation.ensure_ready()
    except UserError as exc:
        if args.quit_after_start:
            print(str(exc), file=sys.stderr)  # no one is there to close a message box
        else:
            messages.error(None, str(exc))
        return 2

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
