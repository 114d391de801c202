"""argparse in Indonesian: usage errors become one sentence, help headings and messages are translated; and
the parts of a command line many commands share (a command and its function, a meeting number, --json, -o)."""
from __future__ import annotations

import argparse
import re


class UsageError(Exception):
    """A mistake in the command line; main() prints it as one line and exits with status 2."""


# argparse's English messages (Python 3.11) and their Indonesian form.
_MESSAGES = (
    (re.compile(r"^argument (?P<arg>[^:]+): invalid choice: (?P<val>'[^']*') \(choose from (?P<opts>.*)\)$"),
     "pilihan {val} untuk {arg} tidak dikenal; pilih salah satu: {opts}"),
    (re.compile(r"^invalid choice: (?P<val>'[^']*') \(choose from (?P<opts>.*)\)$"),
     "pilihan {val} tidak dikenal; pilih salah satu: {opts}"),
    (re.compile(r"^the following arguments are required: (?P<args>.*)$"), "argumen berikut wajib diisi: {args}"),
    (re.compile(r"^unrecognized arguments: (?P<args>.*)$"), "argumen tidak dikenal: {args}"),
    (re.compile(r"^argument (?P<arg>[^:]+): expected one argument$"), "{arg} perlu satu nilai"),
    (re.compile(r"^argument (?P<arg>[^:]+): invalid (?P<type>\S+) value: (?P<val>.*)$"),
     "nilai {val} untuk {arg} tidak sah"),
    (re.compile(r"^argument (?P<arg>[^:]+): (?P<msg>.*)$"), "{arg}: {msg}"),
    (re.compile(r"^ambiguous option: (?P<opt>\S+) could match (?P<opts>.*)$"),
     "opsi {opt} ambigu; mungkin maksudnya: {opts}"),
)
_HEADINGS = (("usage: ", "Penggunaan: "), ("positional arguments:", "Argumen:"), ("options:", "Opsi:"))


def translate(message: str) -> str:
    for pattern, template in _MESSAGES:
        match = pattern.match(message)
        if match:
            return template.format(**match.groupdict())
    return message


class IndonesianArgumentParser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        # Our own -h, so its help text is Indonesian too.
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help="tampilkan bantuan ini lalu keluar")

    def error(self, message):
        raise UsageError(f"{translate(message)} (lihat: {self.prog} --help)")

    def format_help(self):
        return _headings(super().format_help())

    def format_usage(self):
        return _headings(super().format_usage())


def _headings(text: str) -> str:
    for en, idn in _HEADINGS:
        text = text.replace(en, idn)
    return text


MAX_ID = 2**31 - 1  # row numbers are 32-bit in PostgreSQL; a larger one cannot exist


def record_id(text: str) -> int:
    """A row number given on the command line: 1 up to 2147483647."""
    shown = repr(text) if len(text) <= 30 else repr(text[:27] + "...")
    stripped = text.strip()
    digits = stripped.lstrip("+-")
    if digits.isascii() and digits.isdigit() and len(digits) > 12:
        # Decided before int(): Python refuses to convert thousands of digits at all.
        if stripped.startswith("-"):
            raise argparse.ArgumentTypeError(f"nomor harus 1 atau lebih (tertulis {shown})")
        raise argparse.ArgumentTypeError(f"nomor {shown} terlalu besar; paling besar {MAX_ID}")
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{shown} bukan nomor; tulis angka, misalnya 12") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"nomor harus 1 atau lebih (tertulis {value})")
    if value > MAX_ID:
        raise argparse.ArgumentTypeError(f"nomor {value} terlalu besar; paling besar {MAX_ID}")
    return value


# --- the parts of a command line that many commands share ------------------------------------------------------

def command(parent, name: str, func, *, help: str, description: str | None = None):
    """A command's (or subcommand's) parser under `parent`; running it calls `func(args)`. The caller adds its
    arguments."""
    p = parent.add_parser(name, help=help, description=description)
    p.set_defaults(func=func)
    return p


def subcommands(sub, name: str, *, help: str, description: str, metavar: str = "SUBPERINTAH"):
    """A command made of subcommands (`kpu-rakor-cli NAME SUBPERINTAH …`, one of them required); `command()`
    adds each to what this returns."""
    p = sub.add_parser(name, help=help, description=description)
    return p.add_subparsers(dest=f"{name}_command", metavar=metavar, required=True)


def add_meeting_id(p, metavar: str = "ID_RAPAT", help: str | None = None) -> None:
    p.add_argument("meeting_id", type=record_id, metavar=metavar, help=help)


def add_json(p, help: str = "keluaran JSON") -> None:
    p.add_argument("--json", action="store_true", help=help)


def add_output(p, help: str = "simpan ke berkas (tanpa ini: ke layar/stdout)") -> None:
    p.add_argument("-o", "--output", metavar="BERKAS", help=help)
