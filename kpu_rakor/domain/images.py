"""Opening pictures the user brings (photos, the letterhead logo, photos inside a meeting file) without
decoding a picture too large to hold: a 428 KB PNG can say 110 megapixels and take 1.8 GB once decoded.

`Image.open` reads only the header, so the size is known before any pixel is: above MAX_MEGAPIXELS the
picture is refused with a sentence. Pillow's own guard (a DecompressionBombWarning printed on stderr from
89 megapixels, an error from 179) never reaches the user: the sentence below comes first.
"""
from __future__ import annotations

import re
import warnings
from contextlib import contextmanager

from .errors import UserError

MAX_MEGAPIXELS = 50  # a 48-megapixel phone camera still passes; a scan at 600 dpi of an A3 poster does not
MAX_PIXELS = MAX_MEGAPIXELS * 1_000_000

_BOMB_PIXELS = re.compile(r"\((\d+) pixels\)")


def megapixels(pixels: int) -> str:
    """`110` or `50,3`, as Indonesian writes a decimal."""
    mp = pixels / 1_000_000
    return f"{mp:.0f}" if mp >= 100 or mp == int(mp) else f"{mp:.1f}".replace(".", ",")


def too_big_text(pixels: int | None) -> str:
    """The part of the sentence after what is refused: `terlalu besar (110 megapiksel; paling banyak 50)…`."""
    size = f"{megapixels(pixels)} megapiksel" if pixels else f"lebih dari {MAX_MEGAPIXELS} megapiksel"
    return (f"terlalu besar ({size}; paling banyak {MAX_MEGAPIXELS}). Perkecil dulu ukurannya (misalnya "
            "di aplikasi galeri HP atau Paint) lalu coba lagi.")


def check_size(size: tuple[int, int], what: str) -> None:
    """Refuse a picture whose header says more than MAX_PIXELS. `what` starts the sentence ("Foto x.png")."""
    pixels = int(size[0]) * int(size[1])
    if pixels > MAX_PIXELS:
        raise UserError(f"{what} {too_big_text(pixels)}")


@contextmanager
def open_image(source, what: str):
    """`with open_image(path_or_file, "Foto x.png") as img:` an undecoded Pillow image whose size is within
    the limit; above it a UserError naming `what`. Other Pillow errors pass through for the caller to word."""
    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # the size check below says it
        try:
            img = Image.open(source)
        except Image.DecompressionBombError as exc:  # over twice Pillow's limit: refused inside open()
            m = _BOMB_PIXELS.search(str(exc))
            raise UserError(f"{what} {too_big_text(int(m.group(1)) if m else None)}") from None
    with img:
        check_size(img.size, what)
        yield img
