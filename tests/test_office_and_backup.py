"""Office settings (logo, signatories) and backups: what an office sets once and relies on."""
from __future__ import annotations

import sqlite3

import pytest

from kpu_rakor.domain.errors import UserError
from kpu_rakor.domain.services import backup, people


def test_backup_holds_the_latest_commit_and_passes_the_integrity_check(sqlite_db, tmp_path):
    people.create(name="Hj. Siti Aminah, S.E.")
    folder = tmp_path / "cadangan"
    folder.mkdir()
    out = backup.backup_sqlite(folder)  # a folder: a dated file name is made in it
    assert out.name.startswith("kpu-rakor-cadangan-")
    con = sqlite3.connect(out)
    assert con.execute("SELECT name FROM person").fetchall() == [("Hj. Siti Aminah, S.E.",)]
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_backup_never_overwrites(sqlite_db, tmp_path):
    target = tmp_path / "a.db"
    backup.backup_sqlite(target)
    with pytest.raises(UserError, match="sudah ada"):
        backup.backup_sqlite(target)


def test_logo_is_stored_downscaled_and_a_non_image_is_refused(sqlite_db, tmp_path):
    from PIL import Image

    from kpu_rakor.domain.services import installation

    big = tmp_path / "logo.png"
    Image.new("RGB", (2400, 2400), "red").save(big)
    installation.set_logo(str(big))
    import io
    assert max(Image.open(io.BytesIO(installation.profile().logo)).size) == 600
    bad = tmp_path / "logo.png.txt"
    bad.write_text("bukan gambar")
    with pytest.raises(UserError, match="bukan gambar"):
        installation.set_logo(str(bad))


def test_signatories_keep_nip_and_can_be_cleared(sqlite_db):
    from kpu_rakor.domain.errors import ValidationError
    from kpu_rakor.domain.services import signatories

    s = signatories.set_signatory("sekretaris", "Drs. Sutrisno, M.M.", "NIP. 19700101 199503 1 002")
    assert s.nip == "197001011995031002"
    with pytest.raises(ValidationError, match="NIP harus 18 angka"):
        signatories.set_signatory("ketua", "Ketua", "12345")
    signatories.set_signatory("sekretaris", "")
    assert signatories.get("sekretaris") is None


def test_backup_command_prints_where_the_copy_is(tmp_path, capsys):
    from kpu_rakor.cli.main import main

    url = f"sqlite:///{tmp_path / 'rakor.db'}"
    assert main(["--db", url, "backup", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Cadangan tersimpan" in out and "kpu-rakor-cadangan-" in out
    assert main(["--db", url, "backup", str(tmp_path / "x" / "y.db")]) == 0
    assert main(["--db", url, "backup", str(tmp_path / "x" / "y.db")]) == 1
    assert "sudah ada" in capsys.readouterr().err
