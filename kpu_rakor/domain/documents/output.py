"""Writing a finished document (PDF, XLSX, CSV) to the file the user chose: each failure is one sentence."""
from __future__ import annotations

import errno
import logging
from pathlib import Path

from ..db import refuse_database_file
from ..errors import UserError

log = logging.getLogger(__name__)


def write_file(path, data: bytes) -> Path:
    """Write the whole document at once (rendered in memory first, so a failure never leaves half a file behind
    an old one)."""
    path = Path(path)
    refuse_database_file(path)  # a PDF written over it would destroy it
    try:
        path.write_bytes(data)
    except PermissionError:
        raise UserError(f"Berkas {path.name} tidak dapat ditulis (mungkin sedang dibuka di program lain). "
                        "Tutup berkas itu atau simpan dengan nama lain.") from None
    except OSError as exc:
        path.unlink(missing_ok=True)
        if exc.errno == errno.ENOSPC:
            raise UserError(f"Disk penuh: {path.name} tidak dapat disimpan. Kosongkan ruang disk atau simpan "
                            "ke disk lain.") from None
        if exc.errno == errno.ENOENT:
            raise UserError(f"Folder {path.parent} tidak ada; pilih folder lain.") from None
        raise UserError(f"Berkas {path.name} tidak dapat disimpan: {exc.strerror or exc}.") from None
    log.info("%s disimpan (%d byte)", path.suffix.lstrip(".").upper() or "berkas", len(data))
    return path


write_pdf = write_file  # the name the document code has always used
