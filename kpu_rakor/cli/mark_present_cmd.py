"""`checkin mark-present ID_RAPAT --people 1,2,3 --channel daring`: our people present at a meeting the office
only attended, at the meeting's own start (domain/services/mark_present.py)."""
from __future__ import annotations

from ..domain.services import mark_present
from .parsing import IndonesianArgumentParser, UsageError, add_meeting_id, record_id


class _CheckinParser(IndonesianArgumentParser):
    """`checkin` takes ID_RAPAT KODE; `checkin mark-present …` is a command of its own. argparse cannot give a
    command both positionals and an optional subcommand, so the word is routed here before parsing."""

    mark_present: IndonesianArgumentParser

    def parse_known_args(self, args=None, namespace=None):
        if args and args[0] == "mark-present":
            return self.mark_present.parse_known_args(args[1:], namespace)
        return super().parse_known_args(args, namespace)


def register(sub) -> None:
    checkin = sub.choices["checkin"]
    checkin.__class__ = _CheckinParser
    checkin.description += (" Untuk rapat yang hanya kita hadiri: 'checkin mark-present ID_RAPAT --people 1,2,3 "
                            "--channel daring' (lihat --help-nya).")
    p = IndonesianArgumentParser(
        prog="kpu-rakor-cli checkin mark-present",
        description="Tandai orang kantor kita hadir di rapat yang kantor ini hadiri sebagai peserta, pada jam "
                    "mulai rapat (bukan jam perintah ini). Yang sudah tercatat tidak diubah.")
    add_meeting_id(p)
    p.add_argument("--people", required=True, type=_ids, metavar="ID,ID,…", help="nomor orang, dipisah koma")
    p.add_argument("--channel", required=True, choices=mark_present.CHANNELS, help="luring atau daring")
    p.add_argument("--by", default="CLI", metavar="NAMA", help="siapa yang mencatat (bawaan: CLI)")
    p.set_defaults(func=cmd_mark_present)
    checkin.mark_present = p


def _ids(text: str) -> list[int]:
    parts = [x for x in text.replace(" ", "").split(",") if x]
    if not parts:
        raise UsageError("--people perlu nomor orang, mis. 1,2,3")
    return [record_id(x) for x in parts]


def cmd_mark_present(args) -> int:
    result = mark_present.mark_present(args.meeting_id, args.people, args.channel, args.by)
    print(f"{result.added} orang ditandai hadir ({args.channel}) di rapat nomor {args.meeting_id}"
          + (f"; {result.kept} sudah tercatat dan tidak diubah." if result.kept else "."))
    return 0
