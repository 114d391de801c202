"""A stand-in for Windows' system icuuc.dll inside a Wine prefix, written by hand as a tiny PE file.

Qt 6.12's Qt6Core.dll imports 20 converter functions (ucnv_*) from icuuc.dll, which every Windows 10 1903+ and
11 has in System32 and Wine 8 lacks: without it `import PySide6.QtCore` fails with "DLL load failed". Qt uses
these only for text codecs beyond its built-in UTF-8/16/32 and Latin-1 (QStringConverter by name); the app
never asks for one. This stub exports the same names: ucnv_open sets U_FILE_ACCESS_ERROR and returns NULL (Qt
then reports the codec as unavailable), everything else returns 0. It goes into the test prefix only, never
into the installer. Building it needs no compiler (the test machine has none for Windows).
"""
from __future__ import annotations

import struct
from pathlib import Path

NAMES = [
    "UCNV_FROM_U_CALLBACK_SUBSTITUTE", "UCNV_TO_U_CALLBACK_SUBSTITUTE", "ucnv_cbFromUWriteUChars",
    "ucnv_cbToUWriteUChars", "ucnv_close", "ucnv_countAvailable", "ucnv_fromUCountPending", "ucnv_fromUnicode",
    "ucnv_getAvailableName", "ucnv_getFromUCallBack", "ucnv_getMaxCharSize", "ucnv_getName",
    "ucnv_getStandardName", "ucnv_getToUCallBack", "ucnv_open", "ucnv_reset", "ucnv_setFromUCallBack",
    "ucnv_setToUCallBack", "ucnv_toUCountPending", "ucnv_toUnicode",
]

DLLMAIN = bytes.fromhex("b801000000c3")  # mov eax, 1; ret
RET0 = bytes.fromhex("31c0c3")  # xor eax, eax; ret
# ucnv_open(name, UErrorCode *err): if (err) *err = U_FILE_ACCESS_ERROR (4); return NULL
OPEN = bytes.fromhex("4885d2" "7406" "c70204000000" "31c0" "c3")

SECTION_RVA, FILE_ALIGN, SECTION_ALIGN = 0x1000, 0x200, 0x1000


def build(dll_name: str = "icuuc.dll") -> bytes:
    names = sorted(NAMES, key=lambda n: n.encode())  # the loader binary-searches the name table
    code = bytearray(DLLMAIN.ljust(8, b"\xcc") + RET0.ljust(8, b"\xcc") + OPEN.ljust(16, b"\xcc"))
    ret0_rva, open_rva = SECTION_RVA + 8, SECTION_RVA + 16
    export_off = len(code)
    n = len(names)
    functions_off = export_off + 40
    names_off = functions_off + 4 * n
    ordinals_off = names_off + 4 * n
    strings_off = ordinals_off + 2 * n
    strings = bytearray()
    dll_name_rva = SECTION_RVA + strings_off + len(strings)
    strings += dll_name.encode() + b"\0"
    name_rvas = []
    for name in names:
        name_rvas.append(SECTION_RVA + strings_off + len(strings))
        strings += name.encode() + b"\0"
    export = struct.pack("<IIHHIIIIIII", 0, 0, 0, 0, dll_name_rva, 1, n, n, SECTION_RVA + functions_off,
                         SECTION_RVA + names_off, SECTION_RVA + ordinals_off)
    functions = b"".join(struct.pack("<I", open_rva if name == "ucnv_open" else ret0_rva) for name in names)
    section = bytes(code) + export + functions + b"".join(struct.pack("<I", r) for r in name_rvas) \
        + b"".join(struct.pack("<H", i) for i in range(n)) + bytes(strings)
    export_size = len(section) - export_off
    raw_size = -(-len(section) // FILE_ALIGN) * FILE_ALIGN
    image_size = SECTION_RVA + -(-len(section) // SECTION_ALIGN) * SECTION_ALIGN

    dos = b"MZ" + b"\0" * 58 + struct.pack("<I", 0x40)
    coff = struct.pack("<HHIIIHH", 0x8664, 1, 0, 0, 0, 240, 0x2022)  # AMD64; executable, large-address, DLL
    opt = struct.pack("<HBBIIIII", 0x20B, 14, 0, raw_size, 0, 0, SECTION_RVA, SECTION_RVA)
    opt += struct.pack("<QII", 0x6F000000, SECTION_ALIGN, FILE_ALIGN)
    opt += struct.pack("<HHHHHHI", 6, 0, 0, 0, 6, 0, 0)
    opt += struct.pack("<IIIHH", image_size, FILE_ALIGN, 0, 2, 0x0100)  # GUI subsystem, NX compatible
    opt += struct.pack("<QQQQII", 0x100000, 0x1000, 0x100000, 0x1000, 0, 16)
    dirs = [(SECTION_RVA + export_off, export_size)] + [(0, 0)] * 15
    opt += b"".join(struct.pack("<II", *d) for d in dirs)
    assert len(opt) == 240
    sect = struct.pack("<8sIIIIIIHHI", b".text", len(section), SECTION_RVA, raw_size, FILE_ALIGN, 0, 0, 0, 0,
                       0x60000020 | 0x40000000)  # code, execute, read
    headers = (dos + b"PE\0\0" + coff + opt + sect).ljust(FILE_ALIGN, b"\0")
    return headers + section.ljust(raw_size, b"\0")


def install(system32: Path) -> Path:
    target = system32 / "icuuc.dll"
    if not target.exists():
        target.write_bytes(build())
    return target
